"""A country written right after a town someone comes from or goes to is that town's
(placeorigincountry.py, origin42): the picture is at the town the main verb places it in, in
another country, and the gate no longer refuses it as "not in <the origin's country>". A
country written after the placed town itself, or an origin alone, changes nothing. The
captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, city, country", [
    ("Des routiers venus de Gdansk, en Pologne, bloquent le péage à Narbonne, mardi 3 mars 2026. "
     "© Paul Morel / AFP", "Narbonne", "FRA"),
    ("Une camionnette de dons destinée à Porto, au Portugal, est chargée à Lille, samedi 7 mars 2026. AFP",
     "Lille", "FRA"),
    ("Schoolchildren from a primary school in Galway, Ireland, tour the cathedral in Cologne on "
     "Tuesday, March 3, 2026. (AP Photo/Anna Berg)", "Cologne", "DEU"),
    ("Een veerboot uit Harwich, Engeland, meert dinsdag 3 maart 2026 af in Hoek van Holland. "
     "Foto ANP / Piet de Vries", "Hoek van Holland", "NLD"),
    ("Lastwagen auf dem Weg nach Verona, Italien, stauen sich am 3. März 2026 in Kufstein. "
     "Foto: Eva Brunner/dpa", "Kufstein", "AUT"),
])
def test_the_origins_country_does_not_refuse_the_placed_town(text, city, country):
    got, code, warnings = place(text)
    assert (got, code) == (city, country), warnings


@pytest.mark.parametrize("text, city, country", [
    # the country follows the placed town: it is the picture's
    ("Des routiers venus de Narbonne attendent à Gdansk, en Pologne, mardi 3 mars 2026. AFP",
     "Gdańsk", "POL"),
    # the placed town lies in the origin's country: the country stays the caption's and binds it
    ("Pupils from Galway, Ireland, sing in the cathedral in Killarney on Tuesday, March 3, 2026. "
     "(AP Photo/Anna Berg)", "Killarney", "IRL"),
    # no other town placed: the origin alone stays the candidate, in its country
    ("Pupils from Galway, Ireland, sing in the cathedral on Tuesday, March 3, 2026. (AP Photo/Anna Berg)",
     "Galway", "IRL"),
])
def test_the_country_of_a_placed_town_or_of_an_origin_alone_stays(text, city, country):
    got, code, warnings = place(text)
    assert (got, code) == (city, country), warnings
