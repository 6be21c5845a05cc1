"""A village abroad matched only through another language's name (placealias.py, alias37).

A sheet whose captions lie in one country names a village by a name GeoNames keeps only as
another language's name of a village elsewhere: the village is not written, a warning names it.
Exonyms of towns and cities ("Mailand", "Londres", "Milaan", "Kiew") keep working, and so does
a village whose country the caption names. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import last_place_warned as _last
from captionist.sources.sheet.placealias import another_name


# three captions in the sheet's country first, then the one under test
_DE = ("Helfer füllen am Montag Sandsäcke in Landshut. Foto: Eva Maier/dpa\n\n"
       "Die Donau steht am Dienstag hoch in Passau. Foto: Jonas Huber/dpa\n\n"
       "Ein Feuerwehrmann watet am Mittwoch durch eine Straße in Regensburg. Foto: Lena Graf/dpa\n\n")
_EN = ("Volunteers stack sandbags in Shrewsbury on Monday. (PA Photo/Tom Reed)\n\n"
       "The river Severn bursts its banks in Worcester on Tuesday. (PA Photo/Tom Reed)\n\n"
       "A firefighter wades through a street in Tewkesbury on Wednesday. (PA Photo/Tom Reed)\n\n")
_NL = ("Vrijwilligers vullen maandag zandzakken in Venlo. Foto ANP / Piet Smit\n\n"
       "De Maas staat dinsdag hoog in Roermond. Foto ANP / Piet Smit\n\n"
       "Een brandweerman waadt woensdag door een straat in Maastricht. Foto ANP / Piet Smit\n\n")
_FR = ("Des bénévoles remplissent des sacs de sable à Arles, lundi. AFP\n\n"
       "Le Rhône déborde à Avignon, mardi. AFP\n\n"
       "Un pompier traverse une rue inondée à Tarascon, mercredi. AFP\n\n")


@pytest.mark.parametrize("sheet, name", [
    # "Böhmischdorf": only another name of Česká Ves (CZ); "Agendorf": of Ágfalva (HU)
    (_DE + "Anwohner in Böhmischdorf räumen am Donnerstag Schlamm aus einem Keller. Foto: Lena Graf/dpa", "Böhmischdorf"),
    (_EN + "Residents clear mud from a cellar in Agendorf on Thursday. (PA Photo/Tom Reed)", "Agendorf"),
    (_NL + "Bewoners scheppen donderdag modder uit een kelder in Böhmischdorf. Foto ANP / Piet Smit", "Böhmischdorf"),
    (_FR + "Des habitants évacuent la boue d'une cave à Agendorf, jeudi. AFP", "Agendorf"),
])
def test_another_languages_name_of_a_village_abroad_is_not_written(sheet, name):
    city, country, warnings = _last(sheet)
    assert city is None, (city, country)
    assert any(name in w and "another language's name" in w for w in warnings), warnings


@pytest.mark.parametrize("sheet, city, country", [
    (_DE + "Modefans warten am Donnerstag vor einer Schau in Mailand. Foto: Lena Graf/dpa", "Milan", "ITA"),
    (_EN + "Pupils visit the parliament in Den Haag on Thursday. (PA Photo/Tom Reed)", "The Hague", "NLD"),
    (_NL + "Modefans wachten donderdag op een show in Milaan. Foto ANP / Piet Smit", "Milan", "ITA"),
    (_FR + "Des touristes devant Big Ben à Londres, jeudi. AFP", "London", "GBR"),
])
def test_exonyms_of_cities_abroad_keep_working(sheet, city, country):
    got, code, warnings = _last(sheet)
    assert (got, code) == (city, country), warnings


def test_a_village_whose_country_the_caption_names_is_not_refused_by_this_rule():
    # the caption names Hungary: the name points to its country (the gate's other rules decide)
    _, _, warnings = _last(_DE + "Anwohner in Agendorf in Ungarn räumen am Donnerstag Schlamm aus "
                                 "einem Keller. Foto: Lena Graf/dpa")
    assert not any("another language's name" in w for w in warnings), warnings


@pytest.mark.parametrize("written, own, other", [
    ("Barzdorf", "Bernartice", True),
    ("Medugorje", "Međugorje", False),      # a spelling without the accent
    ("Lech am Arlberg", "Lech", False),     # a long form
    ("Ilanz", "Ilanz/Glion", False),        # one half of a bilingual name
])
def test_another_name_tells_a_name_from_a_spelling(written, own, other):
    assert another_name(written, own) is other
