"""A cued town of the sheet's country against a namesake abroad of comparable size (issue 9,
namesake40, placesheetrival.py): written when the caption names no country and no namesake
abroad is more than five times its size; withheld or written abroad otherwise. The captions
are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import sheet_places



# a sheet on the north of England, in each language
ENGLAND = {
    "en": ("Rain sweeps over the moors near Leeds. Photo: Tom Hale/PA",
           "Commuters wait on a platform at Piccadilly station in Manchester. Photo: Tom Hale/PA"),
    "de": ("Regen zieht über das Moor bei Leeds. Foto: Tom Hale/PA/dpa",
           "Pendler warten am Bahnhof Piccadilly in Manchester. Foto: Tom Hale/PA/dpa"),
    "nl": ("Regen trekt over de heide bij Leeds. Foto: Tom Hale / PA",
           "Forenzen wachten op het station Piccadilly in Manchester. Foto: Tom Hale / PA"),
    "fr": ("La pluie balaie la lande près de Leeds. Photo : Tom Hale / PA",
           "Des navetteurs attendent à la gare de Piccadilly à Manchester. Photo : Tom Hale / PA"),
}


@pytest.mark.parametrize("lang, first", [
    ("en", "Students leave the castle in Lancaster after their last exam. Photo: Tom Hale/PA"),
    ("de", "Studierende verlassen nach der letzten Prüfung die Burg in Lancaster. Foto: Tom Hale/PA/dpa"),
    ("nl", "Studenten verlaten na hun laatste tentamen het kasteel van Lancaster. Foto: Tom Hale / PA"),
    ("fr", "Des étudiants quittent le château de Lancaster après leur dernier examen. Photo : Tom Hale / PA"),
])
def test_the_sheets_town_outweighs_a_namesake_abroad_of_comparable_size(lang, first):
    assert sheet_places(first, *ENGLAND[lang])[0] == ("Lancaster", "GBR")


@pytest.mark.parametrize("lang, first", [
    # the caption says the namesake abroad is meant
    ("en", "Amish buggies on a road outside Lancaster, Pennsylvania. Photo: Tom Hale/PA"),
    ("de", "Kutschen der Amischen auf einer Landstraße bei Lancaster (Pennsylvania, USA). Foto: Tom Hale/PA/dpa"),
])
def test_a_namesake_the_caption_places_abroad_stays_abroad(lang, first):
    assert sheet_places(first, *ENGLAND[lang])[0][1] == "USA"


@pytest.mark.parametrize("lang, first", [
    # the namesake abroad is far bigger than the sheet's town: no guess
    ("en", "Fans outside the stadium in Windsor before the match. Photo: Tom Hale/PA"),
    ("nl", "Supporters voor het stadion in Windsor, zaterdag. Foto: Tom Hale / PA"),
])
def test_a_much_bigger_namesake_abroad_still_withholds(lang, first):
    assert sheet_places(first, *ENGLAND[lang])[0] == (None, None)


def test_a_french_town_dwarfed_by_its_namesake_abroad_is_not_guessed():
    got = sheet_places("Des supporters devant le stade de Laval, samedi. Photo : Jean Morel / AFP",
                  "Le marché de Tours, dimanche. Photo : Jean Morel / AFP",
                  "Des cyclistes sur les quais à Blois. Photo : Jean Morel / AFP")
    assert got[0] == (None, None)


def test_several_namesakes_in_the_sheets_own_country_are_no_reason_to_pick_one():
    # a sheet on the United States: "Lancaster" is several US towns, not England's
    got = sheet_places("Shoppers at a farmers' market in Lancaster on Saturday. Photo: Ann Reed/AP",
                  "Traffic on the freeway in Los Angeles. Photo: Ann Reed/AP",
                  "Snow falls on Chicago. Photo: Ann Reed/AP")
    assert got[0][1] != "GBR"


def test_a_dutch_town_named_abroad_with_its_country_stays_abroad():
    got = sheet_places("Marktkramen langs de weg in Ede, Nigeria, zaterdag. Foto ANP / Sanne Bakker",
                  "Wandelaars op de Veluwe bij Apeldoorn. Foto ANP / Sanne Bakker",
                  "De markt in Deventer. Foto ANP / Sanne Bakker")
    assert got[0] == ("Ede", "NGA")


# --- placeseat: a town giving its name to its area at home ------------------------------------

SPAIN = {
    "en": ("Crowds in the Plaza Mayor in Madrid. Photo: Ana Ruiz/EFE",
           "Cyclists ride through Seville on Sunday. Photo: Ana Ruiz/EFE"),
    "fr": ("La foule sur la Plaza Mayor de Madrid. Photo : Ana Ruiz / AFP",
           "Des cyclistes traversent Séville, dimanche. Photo : Ana Ruiz / AFP"),
    "de": ("Menschen auf der Plaza Mayor in Madrid. Foto: Ana Ruiz/EFE/dpa",
           "Radfahrer fahren am Sonntag durch Sevilla. Foto: Ana Ruiz/EFE/dpa"),
    "nl": ("Drukte op de Plaza Mayor in Madrid. Foto: Ana Ruiz / EFE",
           "Fietsers rijden zondag door Sevilla. Foto: Ana Ruiz / EFE"),
}


@pytest.mark.parametrize("lang, first, city", [
    ("en", "Tourists queue at the gates of the Alhambra in Granada on Saturday. Photo: Ana Ruiz/EFE", "Granada"),
    ("fr", "Des pèlerins se reposent devant la cathédrale de León, dimanche. Photo : Ana Ruiz / AFP", "León"),
    ("de", "Gläubige verlassen am Sonntag die Mezquita in Córdoba. Foto: Ana Ruiz/EFE/dpa", "Córdoba"),
    ("nl", "Gelovigen verlaten zondag na de mis de kathedraal van Toledo. Foto: Ana Ruiz / EFE", "Toledo"),
])
def test_the_seat_of_its_namesake_area_in_the_sheets_country_is_the_town(lang, first, city):
    assert sheet_places(first, *SPAIN[lang])[0] == (city, "ESP")


def test_a_town_the_caption_places_abroad_is_not_the_spanish_seat():
    got = sheet_places("Students march through the centre of Córdoba, Argentina, on Friday. Photo: Ana Ruiz/EFE",
                  *SPAIN["en"])
    assert got[0][1] == "ARG"


def test_outside_the_sheets_country_a_region_abroad_still_withholds():
    # a sheet on England: the Spanish seat is not the sheet's, the gate is left as it was
    got = sheet_places("Worshippers leave the cathedral in Toledo after Mass on Sunday. Photo: Tom Hale/PA",
                  *ENGLAND["en"])
    assert got[0][0] is None
