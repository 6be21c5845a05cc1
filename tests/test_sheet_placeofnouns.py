"""A noun of a place before "von X" / "de X" / "of X" is no first name (placeofnouns.py, origin40).

placenotown reads a capitalised word, a particle and a town as a person's name ("Wethouder
Karin van Amerongen"); the nouns of places in placeofnouns.py ("das Ortszentrum von X", "die
heißen Quellen von X", "les anciens Thermes de X") and the accented words of its own table
("Bürgermeister") are no first names, so the town is read as where that place is. A mayor's
town stays a mayor's town (placeoffice.py): "der Bürgermeister von X besucht Y" is Y. The
captions are our own. (English writes such nouns in lower case; a capitalised "the Quays of
X" is the name of a site, which placenaming reads: no English case here but the negatives.)
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, city, country", [
    ("Das überschwemmte Ortszentrum von Grimma am Dienstagmorgen. Foto: Jens Krause/dpa", "Grimma", "DEU"),
    ("Die verschneite Seepromenade von Lindau am 4. Januar 2026. Foto: Eva Brunner/dpa", "Lindau", "DEU"),
    ("Nebel über den heißen Quellen von Bad Ems, aufgenommen am Montag. Foto: Uwe Lorenz/dpa", "Bad Ems", "DEU"),
    ("Les anciens Thermes de Vichy, fermés depuis l'été, mardi 3 mars 2026. © Paul Morel / AFP", "Vichy", "FRA"),
    ("Des touristes sous les anciennes Halles de Quimper, samedi 7 mars 2026. AFP", "Quimper", "FRA"),
    ("Toeristen lopen door de oude Hallen van Brugge, zaterdag 7 maart 2026. Foto Belga / Jan Peeters", "Brugge", "BEL"),
])
def test_a_place_noun_before_the_town_is_no_first_name(text, city, country):
    got, code, warnings = place(text)
    assert (got, code) == (city, country), warnings


def test_an_accented_office_is_no_first_name():
    # "gewählte Bürgermeister von X": before, the accented "bürgermeister" of the table never
    # matched its unaccented key, and the town was a surname (a person, never a place)
    text = ("Der neu gewählte Bürgermeister von Meppen, Jan Weber, am Sonntag im Rathaus der Stadt. "
            "Foto: Karl Bauer/dpa")
    got, code, warnings = place(text)
    assert (got, code) == ("Meppen", "DEU"), warnings


@pytest.mark.parametrize("text, city, mayors", [
    ("Der Bürgermeister von Passau besucht am Montag die Helfer in Deggendorf. Foto: Lena Huber/dpa",
     "Deggendorf", "Passau"),
    ("Le maire de Vichy, Jean Dupont, en visite à Clermont-Ferrand, lundi 2 mars 2026. AFP",
     "Clermont-Ferrand", "Vichy"),
    ("De burgemeester van Zwolle bezoekt dinsdag de dijkwerkers in Kampen. Foto ANP / Jan de Vries",
     "Kampen", "Zwolle"),
    ("The mayor of Bath meets flood volunteers in Tewkesbury on Monday, March 2, 2026. (AP Photo/Ann Lee)",
     "Tewkesbury", "Bath"),
])
def test_a_mayors_town_stays_a_mayors_town(text, city, mayors):
    got, _, warnings = place(text)
    assert got == city, warnings


@pytest.mark.parametrize("text, town", [
    ("Wethouder Karin van Amerongen opent de nieuwe brug. Foto ANP / Jan de Vries", "Amerongen"),
    ("Die Sängerin Hanna von Essen singt am Samstag. Foto: Karl Bauer/dpa", "Essen"),
    ("La chanteuse Marie de Lille sur scène, samedi. AFP", "Lille"),
])
def test_a_first_name_and_a_particle_stay_a_person(text, town):
    got, _, warnings = place(text)
    assert got != town, warnings


@pytest.mark.parametrize("text, city, country", [
    ("Des visiteurs au musée Henri-Martin de Cahors, samedi 7 mars 2026. © Léa Roux / AFP", "Cahors", "FRA"),
    ("Supporters at the Estádio Municipal de Braga before kick-off on Sunday, March 8, 2026. "
     "(AP Photo/Ann Lee)", "Braga", "PRT"),
    ("Een voorstelling in het Teatro Romano de Sagunto, zaterdag 7 maart 2026. Foto EFE / Ana Ruiz", "Sagunto", "ESP"),
    ("Zuschauer im Teatro Greco de Taormina am Samstag, 7. März 2026. Foto: Eva Brunner/dpa", "Taormina", "ITA"),
])
def test_a_venues_name_is_no_first_name(text, city, country):
    # "musée X de Y", "Estádio X de Y": the capitalised word is the venue's name, Y its town
    got, code, warnings = place(text)
    assert (got, code) == (city, country), warnings
