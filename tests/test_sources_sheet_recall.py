"""Place recall rules of the sheet parser (issue 9, engineer places13): each rule finds a city
or country the parser used to leave blank, and each has a twin that must stay blank or right.
Captions are our own wording, with places that are not in the corpus where we could."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet


def place(text: str) -> tuple[str | None, str | None]:
    caps = parse_sheet(text).captions
    cap = caps[-1]
    return cap.record.get("cityName"), cap.record.get("countryCode")


def last(sheet: str) -> tuple[str | None, str | None]:
    """City and country of a sheet's last caption (the others set the sheet's country)."""
    return place(sheet)


# --- R1: a country's name written small is no country; an island word names only its island ---

@pytest.mark.parametrize("text,city,country", [
    # "island" written small is English, not German "Island" (Iceland)
    ("Children play on a floating island near Iquitos, Peru, on Monday. Photo: Ada Veen/AFP", "Iquitos", "PER"),
    # the island word two words before the town says nothing of the town
    ("A fisherman mends nets on a small island near Split, Croatia. Photo: Ada Veen/AFP", "Split", "HRV"),
])
def test_small_island_word_is_no_country_nor_island(text, city, country):
    assert place(text) == (city, country)


def test_island_word_still_names_its_island():
    # "l'île espagnole de X": the island, not a town of that name elsewhere
    city, _ = place("Des touristes sur l'île grecque de Kos, mardi. Photo : Jean Dupont / AFP")
    assert city is None


# --- R2: "near X" is the place when nothing else in the caption is written as a place ----------

@pytest.mark.parametrize("text,city,country", [
    # a capital that opens the caption is no other place
    ("Cocoa farmers near Kumasi, Ghana, dry beans in the sun. Photo: Ada Veen/AFP", "Kumasi", "GHA"),
    # "Lake" matches a village only by another of its names
    ("Boats on Lake Titicaca near Copacabana, Bolivia, on Friday. Photo: Ada Veen/AFP", "Copacabana", "BOL"),
    # a month's abbreviation is a date
    ("Pilgrims rest near Fatima, Portugal, Oct. 12, 2025. Photo: Ada Veen/AFP", "Fátima", "PRT"),
])
def test_near_is_the_place_when_alone(text, city, country):
    assert place(text) == (city, country)


def test_near_still_only_locates_a_named_place():
    # a named village before "near Y": Y only says where it is
    city, country = place("Farmers block the road in Hrubieszow, near Zamosc, Poland. Photo: Ada Veen/AFP")
    assert city != "Zamość"
    assert country == "POL"
