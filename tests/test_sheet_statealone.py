"""A state, county or province written alone as where the picture is gives its country, never a
city (issue 9, country32: placestatealone.py). Our own captions, in the shapes newsrooms use."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text,country", [
    # a US state also the name of towns in Cuba, Uruguay and Colombia, and of a department of Uruguay
    ("Firefighters dig a break against a brush fire in Florida. (AP Photo/Lena Ruiz)\n", "USA"),
    ("Ein Löschflugzeug über einem Waldbrand in Florida. (Foto: Jan Kurz/dpa)\n", "USA"),
    # a US state that is also a Bulgarian province and a Bulgarian town
    ("Bisons grazen in de sneeuw in Montana. (ANP / AP)\n", "USA"),
    # an English county whose name a US city bears
    ("Hop pickers at work on a farm in Kent. (Photo: Sam Hale/PA)\n", "GBR"),
    ("Pickers load crates of pears at an orchard in Suffolk. (Sam Hale/PA Wire)\n", "GBR"),
])
def test_a_region_of_one_country_written_alone_gives_its_country(text, country):
    assert place(text)[:2] == (None, country)


@pytest.mark.parametrize("text,wrong", [
    # Limburg is a province of the Netherlands and of Belgium, countries of comparable size
    ("Carnavalswagens trekken door de straten in Limburg. (ANP / Piet Kuipers)\n", {"NLD", "BEL"}),
    # a country's name first
    ("Voters wait outside a polling station in Georgia. (AP Photo/Lena Ruiz)\n", {"USA"}),
    # the province written after the name: the Canadian city, not the English county's
    ("A goalie stretches before the game in Peterborough, Ont. (Photo by Mia Lund/Getty Images)\n", {"GBR"}),
    # where people come from is no place of the picture
    ("Tourists from Florida shelter from the rain under umbrellas. (AP Photo/Lena Ruiz)\n", {"USA"}),
    # the country written: the Bulgarian province or town
    ("Flood water covers a street in Montana, Bulgaria. (AP Photo/Ivo Petrov)\n", {"USA"}),
])
def test_a_region_shared_qualified_or_not_the_place_gives_no_country(text, wrong):
    assert place(text)[1] not in wrong


def test_a_state_alone_does_not_make_the_sheet_s_country():
    # three captions in US states do not make "in Durham" the city in North Carolina
    sheet = "\n\n".join([
        "Smoke over a ridge in Montana. (AP Photo/Lena Ruiz)",
        "Storm damage in Florida. (AP Photo/Lena Ruiz)",
        "Hail on a cornfield in Virginia. (AP Photo/Lena Ruiz)",
        "Lambs on a hillside in Durham. (AP Photo/Lena Ruiz)",
    ]) + "\n"
    from captionist.sources.sheet import parse_sheet
    last = parse_sheet(sheet).captions[-1].record
    assert last.get("cityName") is None and last.get("countryCode") is None


@pytest.mark.parametrize("text,country", [
    ("Un canadair largue de l'eau sur un incendie dans le Montana. (Photo Léa Morin/AFP)\n", "USA"),
    ("Des vendanges précoces dans le Var. (Photo Léa Morin/AFP)\n", "FRA"),
])
def test_dans_le_region_of_the_far_bigger_country(text, country):
    assert place(text)[1] == country


def test_dans_le_region_of_two_comparable_countries_gives_none():
    assert place("Un cortège de carnaval dans le Limbourg. (Photo Léa Morin/AFP)\n")[1] is None
