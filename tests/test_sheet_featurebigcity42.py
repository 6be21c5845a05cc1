"""A lake, sea, forest or hill near a big city gives the city (gate42, placeorigin.py).

Round 14 read a city of 100,000 people or more after "near" / "bij" / "bei" / "près de" and a
named natural feature as only locating the feature, and wrote its country alone. The corpus
convention (tests/sheets/corpus/README.md) has since given X as the city of a picture taken
near X when no village is named, whatever X's size; the exception is gone. A village named
before the near-word still keeps the city out, and "north of" / "above" are no near-words.
The captions are our own.
"""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet


def _place(text: str):
    rec = parse_sheet(text + "\n").captions[-1].record
    return rec.get("cityName"), rec.get("countryCode")


@pytest.mark.parametrize("text, city, country", [
    ("Kitesurfers on Lake Ontario near Toronto, Canada, on Sunday. Photo: Mia Park/Reuters",
     "Toronto", "CAN"),
    ("Zeilboten op het Markermeer bij Almere, zondag. Foto: ANP / Joris Veld", "Almere", "NLD"),
    ("Eisschwimmer steigen am Sonntag in den Müggelsee bei Berlin. Foto: Lea Sommer/dpa", "Berlin", "DEU"),
    ("Wanderer am Rand der Ostsee bei Rostock am Morgen. Foto: Jens Abel/dpa", "Rostock", "DEU"),
    ("Des promeneurs dans la forêt de Soignes près de Bruxelles, dimanche. Photo : BELGA / Eva Roels",
     "Brussels", "BEL"),
    ("Mountain bikers ride through the Sonian Forest near Brussels, Belgium. Photo: Tom Aerts/Belga",
     "Brussels", "BEL"),
])
def test_a_feature_near_a_big_city_gives_the_city(text, city, country):
    assert _place(text) == (city, country)


@pytest.mark.parametrize("text, city", [
    # a village named before the near-word is the place, the city only locates it
    ("Winzer bei der Lese in Sommerach bei Würzburg. Foto: Jan Roth/dpa", "Sommerach"),
    ("Boeren oogsten prei in het dorp Westmaas bij Rotterdam. Foto: ANP / Piet Bos", "Westmaas"),
])
def test_a_village_named_still_keeps_the_city_out(text, city):
    assert _place(text)[0] == city


@pytest.mark.parametrize("text", [
    # "north of" / "au nord de" are no near-words: the city is not the picture's
    "A fishing boat on Lake Bracciano, north of Rome, on Friday. Photo: Ugo Neri/ANSA",
    "Des skieurs sur le plateau du Grand Bornand, au nord d'Annecy. Photo : Luc Roux / AFP",
])
def test_north_of_a_city_is_not_in_it(text):
    assert _place(text)[0] is None


@pytest.mark.parametrize("text", [
    # an island is a place of its own, often named like its village: the city only locates it
    "Pilgrims climb to a shrine on Ninoshima island near Hiroshima, Japan. Photo: Aki Mori/Kyodo",
    "Vissers op het eiland Pampus bij Amsterdam, zaterdag. Foto: ANP / Ruud Smit",
])
def test_an_island_near_a_big_city_is_not_in_it(text):
    assert _place(text)[0] is None
