"""The country of the newest blind parts' captions (issue 9, round 30, country30): what must be
taken and what must not, in our own wording."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet


def _place(text: str):
    cap = parse_sheet(text + "\n").captions[0]
    return cap.record.get("cityName"), cap.record.get("countryCode")


# --- a town that only says where a feature lies gives its country (placenearland) ----------

@pytest.mark.parametrize("text,country", [
    # a small town of one country: the hut above it is in France
    ("Le refuge Cézanne, au-dessus de Vallouise, sous les premières neiges. (Photo Anne Roux/Hans Lucas)", "FRA"),
    # no town abroad bears the name: the reservoir is in Morocco
    ("Les studios Atlas Corporation, près d'Ouarzazate, en août. (Photo Said Amrani/SIPA)", "MAR"),
    # Dunstable, England dwarfs its namesake in Massachusetts
    ("The chalk figure on Dunstable Downs, near Dunstable, after a frost. (Tom Reeve/PA Wire)", "GBR"),
])
def test_a_feature_near_a_town_of_one_country_is_in_that_country(text, country):
    assert _place(text) == (None, country)


@pytest.mark.parametrize("text", [
    # towns of that name lie in many countries of similar size: no country
    "The old mission church of San Isidro, near Santa Cruz, after the rains. (Pat Lee/AP)",
    # a name the index lacks besides the small town: it would be written as a village
    "Keepers feed the calves at Wrestwood Wildlife Reserve, near Dunstable, on Monday. (Tom Reeve/PA Wire)",
])
def test_a_shared_or_crowded_near_town_gives_no_country(text):
    city, country = _place(text)
    assert city is None or city not in {"Santa Cruz", "Wrestwood Wildlife Reserve"}
    assert country is None


def test_a_small_near_town_gives_no_country_to_a_village_named_with_it():
    # the village may lie anywhere: the small town it is said to be near is no proof (the
    # mutation bench's "abroad" captions: a foreign town the index spells otherwise)
    assert _place("Kinderen schaatsen in Beruniy bij Losser. (ANP / Jan Vos)")[1] is None


# --- the named country, confirmed by a town written with it, against a stray word (placeconfirmed)

@pytest.mark.parametrize("text,country", [
    # "Waen" is only another name of Werne, Germany; Llanwrtyd Wells is written with Wales
    ("Walkers cross a stream at Waen Fach, near Llanwrtyd Wells, Wales, on Saturday. (Jo Price/PA Wire)", "GBR"),
    # towns called Santa Cruz lie in a dozen countries, none in Ecuador; Puerto Ayora is written with it
    ("Sea lions rest on a beach of Santa Cruz island, near Puerto Ayora, Galapagos, Ecuador. (AFP PHOTO / ANA MORA)",
     "ECU"),
])
def test_the_named_country_confirmed_by_a_town_outweighs_a_stray_word(text, country):
    assert _place(text) == (None, country)


def test_a_town_by_its_own_name_that_disagrees_leaves_the_country_blank():
    # Huningue is a French town by its own name: the caption may have misplaced either
    assert _place("Ferry passengers wait in Huningue, near Basel, Switzerland, on Monday. (REUTERS/Jo Klein)")[1] is None
