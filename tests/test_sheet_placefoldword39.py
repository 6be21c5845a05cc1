"""A German noun is no village (placefoldword.py, fold39).

German capitalises every noun, and the index holds a village for many of them: a capitalised
word right after its article ("durch die Tore", "an der Mauer") is not written as a village
unless the caption names the village's country; a warning names it. Towns written without an
article, adjectives, and captions in Dutch, English and French are untouched. The captions are
our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import last_place_warned as _last
from captionist.sources.sheet.placefoldword import noun_after_article


# two captions first, so that the sheet has a country, then the one under test
_DE = ("Helfer füllen am Montag Sandsäcke in Landshut. Foto: Eva Maier/dpa\n\n"
       "Die Donau steht am Dienstag hoch in Passau. Foto: Jonas Huber/dpa\n\n")
_EN = ("Volunteers stack sandbags in Shrewsbury on Monday. (PA Photo/Tom Reed)\n\n"
       "The river Severn bursts its banks in Worcester on Tuesday. (PA Photo/Tom Reed)\n\n")
_NL = ("Vrijwilligers vullen maandag zandzakken in Venlo. Foto ANP / Piet Smit\n\n"
       "De Maas staat dinsdag hoog in Roermond. Foto ANP / Piet Smit\n\n")
_FR = ("Des bénévoles remplissent des sacs de sable à Arles, lundi. AFP\n\n"
       "Le Rhône déborde à Avignon, mardi. AFP\n\n")


@pytest.mark.parametrize("caption, word", [
    # Tore: Töre, Sweden (a folded spelling); Almen: a village in the Netherlands
    ("Eine Läuferin fädelt am Sonntag beim Riesenslalom durch die Tore. Foto: Lena Graf/dpa", "Tore"),
    ("Kühe ziehen am Samstag mit Glocken durch die Almen ins Tal. Foto: Lena Graf/dpa", "Almen"),
    # and at home: "durch die Grube", "durch die Mauer" are no Grube or Mauer, Germany
    ("Ein Bagger gräbt sich am Montag durch die Grube. Foto: Lena Graf/dpa", "Grube"),
    ("Ein Abrissbagger bricht am Morgen durch die Mauer. Foto: Lena Graf/dpa", "Mauer"),
])
def test_german_noun_after_its_article_is_no_village(caption, word):
    city, country, warnings = _last(_DE + caption)
    assert city is None, (city, country)
    assert any(word in w and "a noun of the caption's language" in w for w in warnings), warnings


@pytest.mark.parametrize("sheet, city, country", [
    # a town without an article is a town, in German too
    (_DE + "Ein Skifahrer trainiert am Sonntag in Oberstdorf. Foto: Lena Graf/dpa", "Oberstdorf", "DEU"),
    # an adjective after its article is the town's adjective
    (_DE + "Die Zürcher Stadtpolizei sperrt am Sonntag eine Straße. Foto: Lena Graf/dpa", "Zürich", "CHE"),
    # a folded spelling of a village whose country the caption names keeps it
    (_DE + "Touristen warten am Montag am Hafen in Lardos, Griechenland. Foto: Lena Graf/dpa", "Lárdos", "GRC"),
    # plain-ASCII spellings of big towns abroad keep working
    (_EN + "Fishermen mend their nets in Tromso on Wednesday. (PA Photo/Tom Reed)", "Tromsø", "NOR"),
    (_NL + "Carnavalsvierders trekken zondag door de straten van Malmedy. Foto ANP / Piet Smit", "Malmédy", "BEL"),
    (_FR + "Des supporters brésiliens dans les rues de Sao Paulo, mercredi. AFP", "São Paulo", "BRA"),
])
def test_towns_adjectives_and_spellings_keep_working(sheet, city, country):
    got, code, warnings = _last(sheet)
    assert (got, code) == (city, country), warnings


@pytest.mark.parametrize("written, text, lang, expected", [
    ("Tore", "Ein Läufer fährt durch die Tore.", "de", True),
    ("Tore", "Ein Läufer fährt durch die Tore, dann nach Tore.", "de", False),   # once without article
    ("Sölden", "Ein Läufer trainiert in Sölden.", "de", False),
    ("Hoek", "De bus rijdt naar de Hoek.", "nl", False),          # Dutch nouns are not capitalised
    ("Shepherd", "Sheep graze near the Shepherd inn.", "en", False),
    ("Bonhomme", "Les secours au col du Bonhomme.", "fr", False),
    ("Bad Tore", "Ein Läufer fährt durch die Bad Tore.", "de", False),  # a name of two words
])
def test_noun_after_article(written, text, lang, expected):
    assert noun_after_article(written, text, lang) is expected
