"""Blank cities of the blind parts 81-85 and 91-95 (issue 9), one class per test, in our own
wording: what must now be taken through the place gate, and what still must not."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. a dateline carrying a date, and a town name with "am/an der/aan/op" inside ---------

@pytest.mark.parametrize("text,city,country", [
    ("Nantes, le 3 mars 2026. Des infirmières défilent devant la préfecture. JEAN MOREL / AFP",
     "Nantes", "FRA"),
    ("Hué, le 12 février. Des pèlerins allument des bougies au temple. MAI TRAN / AFP", "Huế", "VNM"),
    ("Zwolle, 3 maart - Een boer rijdt met zijn trekker over de dijk. Foto ANP / Kees Bos",
     "Zwolle", "NLD"),
    ("Leeds, March 3 - Commuters queue for buses after a rail strike. REUTERS/Amy Hart",
     "Leeds", "GBR"),
    ("Kiel, 3. März: Segler machen ihre Boote an der Förde fest. Foto: Jan Brandt/dpa", "Kiel", "DEU"),
    ("Frankfurt an der Oder: Pendler warten an der Grenzbrücke. Foto: Jan Brandt/dpa",
     "Frankfurt (Oder)", "DEU"),
])
def test_a_dateline_with_a_date_or_a_linked_town_name_gives_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a headline with "am" inside: the whole phrase is no town, a river is no town
    "Hochwasser am Rhein: Die Pegel steigen weiter. Foto: Jan Brandt/dpa",
    # a date alone before the colon: no town at all
    "Le 25 novembre 2026. Des étudiants manifestent. SOPHIE DELANNOY / AFP",
    # a town without a date ending in a full stop is a sentence, not a dateline
    "Amiens. Des étudiants manifestent devant le rectorat. SOPHIE DELANNOY / AFP",
])
def test_no_dateline_without_its_shape(text):
    assert place(text)[0] is None


# --- 2. a Swiss/German town adjective in "-ler" of a town in "-el", at the place -----------

@pytest.mark.parametrize("text,city,country", [
    ("Touristen stehen im Basler Münster vor dem Altar. Foto: Keystone/Urs Frei", "Basel", "CHE"),
    ("Pendler warten am Kasseler Hauptbahnhof auf den Zug. Foto: Jan Brandt/dpa", "Kassel", "DEU"),
])
def test_a_town_adjective_in_ler_gives_the_town_in_el(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # dishes named after a town are no place of the picture
    "Ein Metzger legt Kassler Rippchen in die Theke. Foto: Jan Brandt/dpa",
    "Eine Bäckerin verpackt Basler Leckerli in Dosen. Foto: Keystone/Urs Frei",
])
def test_a_dish_named_after_a_town_is_no_place(text):
    assert place(text)[0] is None


# --- 3. French "au-dessus de" like "above"; German "über" is also "about": not a cue -------

def test_above_in_french_places_the_picture():
    assert place("Un arc-en-ciel au-dessus de Rennes, vendredi. Photo : Luc Bas / AFP")[:2] == ("Rennes", "FRA")


@pytest.mark.parametrize("text", [
    "Der Kanzler spricht über Kiew und Moskau. Foto: Jan Brandt/dpa",
])
def test_german_ueber_about_a_town_is_no_place(text):
    assert place(text)[0] is None


@pytest.mark.parametrize("text,city,country", [
    ("Nordlichter über Tromsø in der Nacht zum Freitag. Foto: Jan Brandt/dpa", "Tromsø", "NOR"),
    ("Ein Regenbogen über Dresden am Freitagabend. Foto: Jan Brandt/dpa", "Dresden", "DEU"),
])
def test_what_is_seen_in_the_sky_over_a_town_places_the_picture_there(text, city, country):
    assert place(text)[:2] == (city, country)


def test_german_ueber_does_not_hide_the_place_named_with_in():
    assert place("Die Ministerin spricht im Bundestag über Paris. Foto: Jan Brandt/dpa")[:2] == ("Berlin", "DEU")


# --- 4. people leaving a town: the picture is in the town ----------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Families leave Kherson by bus on Friday. (AP Photo/Dana Kirk)", "Kherson", "UKR"),
    ("Familien verlassen Bachmut in einem Kleinbus. Foto: Jan Brandt/dpa", "Bakhmut", "UKR"),
    ("Bewoners verlaten Kramatorsk met de trein. Foto ANP / Kees Bos", "Kramatorsk", "UKR"),
    ("Des habitants quittent Kherson en bus, vendredi. Photo : Luc Bas / AFP", "Kherson", "UKR"),
])
def test_leaving_a_town_places_the_picture_there(text, city, country):
    assert place(text)[:2] == (city, country)


def test_leaving_for_a_town_is_not_leaving_it():
    # "leave for X": where they go, not where the picture is
    assert place("Refugees board a train to leave for Lviv. (AP Photo/Dana Kirk)")[0] != "Lviv"


# --- 6. German spellings of Arabic and Persian names after a positional word ---------------

@pytest.mark.parametrize("text,city,country", [
    ("Händler verkaufen Teppiche in Masar-i-Scharif am Freitag. Foto: Jan Brandt/dpa", "Mazār-e Sharīf", "AFG"),
    ("Ein Obstmarkt in Dschalalabad am Freitag. Foto: Jan Brandt/dpa", "Jalālābād", "AFG"),
    ("Besucher im Garten in Schiras am Freitag. Foto: Jan Brandt/dpa", "Shiraz", "IRN"),
])
def test_a_german_spelling_of_an_arabic_or_persian_name_gives_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text,city", [
    # a German town spelt with "sch" stays itself: the respelling is only for those countries
    ("Ein Händler in Schwerin am Freitag. Foto: Jan Brandt/dpa", "Schwerin"),
    ("Ein Händler in Oschatz am Freitag. Foto: Jan Brandt/dpa", "Oschatz"),
])
def test_a_german_town_with_sch_is_not_respelt(text, city):
    assert place(text)[:2] == (city, "DEU")


def test_a_respelling_needs_a_positional_word():
    # a name in "sch" without "in/bei/nahe" before it is no place, respelt or not
    assert place("Dschalalabad ist eine Stadt im Osten. Foto: Jan Brandt/dpa")[0] != "Jalālābād"


# --- 5. an unknown district or venue after a positional word, then ", <City>" ---------------

@pytest.mark.parametrize("text,city,country", [
    ("A jockey celebrates at Leopardstown, Dublin, on Sunday. Photo: Sportsfile/Orla Keane", "Dublin", "IRL"),
    ("Tourists queue at Fushimi Inari, Kyoto, on Sunday. REUTERS/Amy Hart", "Kyoto", "JPN"),
])
def test_a_city_after_an_unknown_district_at_the_place_is_the_place(text, city, country):
    assert place(text)[:2] == (city, country)


def test_a_city_after_an_unknown_district_of_origin_is_not_the_place():
    # "from": where someone comes from, not where the picture is
    assert place("A trainer from Leopardstown, Dublin, speaks on Sunday. Photo: Sportsfile/Orla Keane")[0] is None


# --- a town name with "auf" inside, after a positional word --------------------------------

@pytest.mark.parametrize("text", [
    "Ein Schäfer treibt seine Herde über den Deich bei Wyk auf Föhr. Foto: Jan Brandt/dpa",
    "Die Fähre legt am Morgen in Wyk auf Föhr ab. Foto: Jan Brandt/dpa",
])
def test_a_town_name_with_auf_inside_is_read_whole(text):
    assert place(text)[:2] == ("Wyk auf Föhr", "DEU")


def test_auf_after_a_town_is_not_part_of_its_name():
    assert place("Ein Artist läuft in Hamburg auf Stelzen. Foto: Jan Brandt/dpa")[:2] == ("Hamburg", "DEU")
