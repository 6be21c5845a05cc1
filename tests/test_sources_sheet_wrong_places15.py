"""The wrong places of the blind part 71-75 (issue 9), one class per test, in our own wording:
a US state after a town named like a country, a district abroad, the sea off a coast, a bay
named after a town, an institution named after a city but located in another town."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. an AP style US state after a town: the town in that state, never a country ----------

@pytest.mark.parametrize("text", [
    "Poll workers sort ballots at a fire station in Lebanon, N.H., on Tuesday. (AP Photo/Dana Kirk)",
    "A line of voters outside the library in Lebanon, Pa., on Tuesday. (AP Photo/Dana Kirk)",
    "Students cast early ballots in Lebanon, Pennsylvania, on Monday. (AP Photo/Dana Kirk)",
])
def test_a_country_name_before_a_us_state_is_the_us_town(text):
    city, country, _ = place(text)
    assert (city, country) == ("Lebanon", "USA")


@pytest.mark.parametrize("text,city", [
    ("Snow covers the mill yard in Manchester, N.H., on Friday. (AP Photo/Dana Kirk)", "Manchester"),
    ("Fans wait outside the arena in Raleigh, N.C., on Friday. (AP Photo/Dana Kirk)", "Raleigh"),
    ("Rain soaks a farmers market in Portland, Ore., on Friday. (AP Photo/Dana Kirk)", "Portland"),
])
def test_a_dotted_state_abbreviation_places_the_town_in_the_us(text, city):
    assert place(text)[:2] == (city, "USA")


def test_the_country_after_a_city_is_still_the_country():
    assert place("Rescuers search the rubble in Beirut, Lebanon, on Friday. (AP Photo/Dana Kirk)")[:2] \
        == ("Beirut", "LBN")


# --- 3. the sea off a coast: the named place only locates it, its country stays -------------

@pytest.mark.parametrize("text,country", [
    ("Divers check coral plots off the coast of Unguja, Zanzibar's main island. (AP Photo/Amani Juma)", "TZA"),
    ("Un thonier croise au large de Boulogne-sur-Mer, vendredi. Photo : Luc Bas / AFP", "FRA"),
    ("Een zeehond zwemt voor de kust van Vlissingen, vrijdag. Foto ANP / Jan Vos", "NLD"),
    ("Ein Seenotkreuzer übt vor der Küste von Rostock am Freitag. Foto: Eva Stein/dpa", "DEU"),
])
def test_off_the_coast_is_at_sea_not_in_the_town(text, country):
    city, got, warnings = place(text)
    assert (city, got) == (None, country), warnings


# --- 4. a basin or lagoon named after a town is water: its country only ---------------------

@pytest.mark.parametrize("text,country", [
    ("Des parcs à huîtres à marée basse dans le bassin d'Arcachon, samedi. Photo : Luc Bas / AFP", "FRA"),
    ("Flamingos feed in the lagoon of Aveiro on Saturday. (AP Photo/Rui Costa)", None),
])
def test_a_basin_or_lagoon_named_after_a_town_is_not_the_town(text, country):
    city, got, warnings = place(text)
    assert city is None, warnings
    assert got == country


def test_in_the_town_itself_the_town_stays():
    assert place("Des ostréiculteurs au port d'Arcachon, samedi. Photo : Luc Bas / AFP")[:2] == ("Arcachon", "FRA")


# --- 2. a district at home that is a village abroad: the team's town says which country -----

def test_a_village_abroad_is_not_written_next_to_a_team_of_another_country():
    city, country, warnings = place("Leeds Rhinos forwards stretch at Headingley before the derby. "
                                    "Photo: SWpix.com/Nina Hale")
    assert (city, country) != ("Headingley", "CAN")
    # the venue table (venues17, placevenues.py) knows the ground: Leeds, where the blank was
    assert (city, country) == ("Leeds", "GBR"), warnings


def test_a_team_of_the_same_country_keeps_the_village():
    assert place("Leeds Rhinos fans queue in Otley before the cup tie. Photo: SWpix.com/Nina Hale")[:2] \
        == ("Otley", "GBR")


# --- 5. an institution named after a city, located in another town: that town --------------

@pytest.mark.parametrize("text", [
    "Des chercheurs du campus de Vichy dans un laboratoire à Bellerive-sur-Allier, lundi. Photo : Léa Roux / AFP",
    "Des étudiants du campus de Vichy courent sur l'hippodrome de Bellerive-sur-Allier, lundi. Photo : Léa Roux / AFP",
])
def test_an_institution_named_after_a_city_stands_where_the_caption_puts_it(text):
    assert place(text)[:2] == ("Bellerive-sur-Allier", "FRA")


def test_an_institution_alone_keeps_its_city():
    assert place("Des étudiants devant le campus de Vichy, lundi. Photo : Léa Roux / AFP")[:2] == ("Vichy", "FRA")


def test_a_person_named_like_a_town_does_not_move_the_institution():
    assert place("Des étudiants de l'université de Lille écoutent Paul Calais, lundi. Photo : Léa Roux / AFP")[:2] \
        == ("Lille", "FRA")
