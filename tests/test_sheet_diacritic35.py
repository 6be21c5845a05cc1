"""The accents a writer typed tell which name is meant (issue 9: a place must agree with the
country the caption names). "Mação" folds to "macao", one of Macao's names; written with its
cedilla and tilde it is the Portuguese town, never Macao. Our own captions."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text", [
    "Residents of Mação, central Portugal, fight the flames with buckets on Tuesday. (Photo by Rita Sousa / AFP)\n",
    "Bewoners van Mação, in het midden van Portugal, blussen met tuinslangen. Foto: ANP / AFP / Rita Sousa\n",
    "Anwohner in Mação in Portugal löschen mit Gartenschläuchen. Foto: Rita Sousa/AFP/dpa\n",
    "Des habitants de Mação, au Portugal, arrosent leurs maisons mardi. Photo Rita Sousa / AFP\n",
])
def test_a_town_written_with_its_accents_is_no_country_they_fold_into(text):
    city, country, _ = place(text)
    assert (city, country) == ("Mação", "PRT")


@pytest.mark.parametrize("text,country", [
    # a country whose own name carries the accents stays the country
    ("Touristen am Strand von Willemstad auf Curaçao. Foto: Jan Brandt/dpa\n", "CUW"),
    ("Skifahrer auf der Piste in Österreich, am Samstag. Foto: APA / Eva Gruber\n", "AUT"),
    # written without accents, Macao is Macao
    ("Visitors crowd a casino floor in Macao on Saturday. (AP Photo/Ken Lau)\n", "MAC"),
])
def test_a_country_written_as_its_own_name_stays_the_country(text, country):
    _, got, _ = place(text)
    assert got == country
