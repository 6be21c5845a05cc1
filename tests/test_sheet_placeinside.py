"""A street, building or quarter named like a town elsewhere, written before its town ("X,
City"), and a name headed by a town's word ("the Battle of X") (issue 9, wrong33,
placeinside.py). Captions in our own wording: what must be refused and what must still be taken."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- "in X, City" with X far from City: a street or building of City -------------------------

@pytest.mark.parametrize("text, city, country", [
    ("Veterans march past the memorial in Whitehall, London, on Sunday. Photo: Jan Maier/PA", "London", "GBR"),
    ("Des visiteurs devant le Palais de Tokyo, Paris, samedi. Photo : Jan Maier / AFP", "Paris", "FRA"),
    ("Crowds gather at the Palais de Tokyo, Paris, for the opening night. Photograph: Jan Maier/Getty Images",
     "Paris", "FRA"),
    ("Besucher vor dem Palais de Tokyo, Paris, am Samstag. Foto: Jan Maier/dpa", "Paris", "FRA"),
])
def test_a_street_or_building_before_its_town_gives_the_town(text, city, country):
    got, code, warnings = place(text)
    assert got == city and code == country


@pytest.mark.parametrize("text, city", [
    # a village near the town it is written with: the village stays (the corpus convention)
    ("Firefighters at a warehouse in Saint-Denis, Paris, on Monday. Photo: Jan Maier/AFP", "Saint-Denis"),
    # a list of towns is no town and its quarter
    ("Protesters marched in Lyon, Marseille and Lille on Saturday. Photo: Jan Maier/AFP", None),
])
def test_a_nearby_village_or_a_list_is_not_read_as_a_quarter(text, city):
    got, code, warnings = place(text)
    assert got != "Marseille"
    if city:
        assert got == city


# --- "the X of Y": the head of a longer name is no town ---------------------------------------

@pytest.mark.parametrize("text, refused", [
    ("A Spitfire of the Battle of Britain Memorial Flight over the coast on Sunday. Photo: Jan Maier/PA",
     "Battle"),
    ("Re-enactors mark the anniversary of the Battle of Hastings on Saturday. Photo: Jan Maier/PA", "Battle"),
])
def test_the_head_of_a_longer_name_is_no_town(text, refused):
    got, code, warnings = place(text)
    assert got != refused


def test_a_town_after_the_and_before_of_is_still_read_when_cued_alone():
    # "the Port of Rotterdam": the tail is left to the other rules
    got, code, _ = place("Containers stacked in the Port of Rotterdam on Monday. Photo: Jan Maier/ANP")
    assert got in ("Rotterdam", None) and code in ("NLD", None)
