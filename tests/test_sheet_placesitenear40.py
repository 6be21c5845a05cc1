"""A site named after one town, near another: the other town, never the site's namesake (issue 9,
wrong40, placesitenear.py). Captions in our own wording, nl/en/de/fr."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, city", [
    ("Pilgrims queue at the Guadalupe sanctuary near Morelia, Mexico, on Friday. "
     "Photo: Jan Maier/AP", "Morelia"),
    ("Des péniches sur le canal de Nantes à Brest près de Josselin, en Bretagne, mardi. "
     "Photo : Jan Maier / AFP", "Josselin"),
    ("Containerkräne im Hafen von Hamburg bei Wedel in Schleswig-Holstein. Foto: Jan Maier/dpa", "Wedel"),
    ("Een file op de ring van Antwerpen ter hoogte van Wommelgem, België. Foto ANP / Jan Maier", "Wommelgem"),
])
def test_the_town_the_site_lies_near_is_written(text, city):
    got, _country, warnings = place(text)
    assert got == city, (got, warnings)


@pytest.mark.parametrize("text, refused", [
    ("Rangers count birds at the Ainsdale reserve near Formby, England, on Sunday. Photo: Jan Maier/AP",
     "Ainsdale"),
    ("Bouchons sur le ring de Bruxelles à hauteur de Wavre, Belgique, lundi. Photo : Jan Maier / AFP",
     "Brussels"),
    ("Stakers bij de haven van Antwerpen bij Kallo, België. Foto ANP / Jan Maier", "Antwerp"),
])
def test_the_site_s_namesake_is_not_written(text, refused):
    got, _country, warnings = place(text)
    assert got != refused, (got, warnings)


@pytest.mark.parametrize("text, city", [
    # a settlement near a town is the place itself: the town after "near" only locates it
    ("Rescuers search a house in Brovary, near Kyiv, on Monday. Photo: Jan Maier/AP", "Brovary"),
    # no site word: the rule stays out ("Fans in Lisbon near the stadium")
    ("Fans celebrate in Lisbon, Portugal, near the stadium on Friday. Photo: Jan Maier/AP", "Lisbon"),
    ("Ein Radfahrer am Strand von Warnemünde bei Sonnenaufgang. Foto: Jan Maier/dpa", "Warnemünde"),
    # a beach lies at the village of its name: "la plage de X, près de Y" is X
    ("Des baigneurs sur la plage de Carnac, près d'Auray, samedi. Photo : Jan Maier / AFP", "Carnac"),
])
def test_other_places_are_read_as_before(text, city):
    got, _country, warnings = place(text)
    assert got == city, (got, warnings)


def test_a_port_village_near_a_bigger_town_stays():
    # the port is the village: a site word before a smaller town than the one it lies near
    got, _country, warnings = place("Kutter im Hafen Greetsiel bei Emden am Morgen. Foto: Jan Maier/dpa")
    assert got == "Greetsiel", (got, warnings)
