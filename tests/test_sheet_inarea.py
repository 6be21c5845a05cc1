"""A place must lie in every area the caption writes it in (placeinarea.py, agree36): the areas
written right after a town's name filter its candidates; when none lies in them the town is not
written and a warning names the area and the candidates; a name that is the area of the town
before it is not a town. The captions are our own.
"""

from __future__ import annotations

import pytest

from captionist.sources.sheet import placeinarea
from captionist.sources.sheet.gazetteer import norm

from sheet_helpers import place


@pytest.mark.parametrize("text, area", [
    # the index knows only a district of Lima by this name: the Pyrenees span ES, FR, AD, not PE
    ("Les remontées mécaniques de La Molina, dans les Pyrénées, le 2 février. Photo: Jordi Puig / AFP",
     "Pyrénées"),
    ("Skiërs in de rij voor de lift in La Molina in de Pyreneeën, zaterdag. Foto EPA / Jordi Puig",
     "Pyreneeën"),
    ("Schlange am Skilift in La Molina in den Pyrenäen am Samstag. Foto: Jordi Puig/dpa", "Pyrenäen"),
    ("Queues for the chairlift at La Molina in the Pyrenees on Saturday. (AP Photo/Jordi Puig)", "Pyrenees"),
])
def test_a_town_none_of_whose_candidates_lies_in_the_named_area_is_not_written(text, area):
    city, country, warnings = place(text)
    assert (city, country) == (None, None)
    w = next(w for w in warnings if w.startswith("place not written: La Molina"))
    assert f"not in {area}, which the caption names" in w and "La Molina (PE)" in w


@pytest.mark.parametrize("text", [
    "Un pêcheur répare ses filets dans le port de Lampaul, sur l'île d'Ouessant, mardi. Photo: Yann Le Gall / AFP",
    "Ein Fischer im Hafen von Lampaul auf der Insel Ouessant am Dienstag. Foto: Yann Le Gall/AFP",
])
def test_an_island_holds_only_the_towns_on_it(text):
    # the mainland's Lampaul-Guimiliau is in the same department, 40 km from the island
    city, country, warnings = place(text)
    assert city is None and country in (None, "FRA")
    assert any("not in Ouessant" in w for w in warnings)


@pytest.mark.parametrize("text", [
    "Nebel über den Kaffeeplantagen bei Salento im Departamento Quindío am Dienstag. Foto: Ana Ruiz/dpa",
    "Mist boven de koffieplantages bij Salento in het departement Quindío, dinsdag. Foto AFP",
])
def test_the_named_area_picks_the_namesake_in_it(text):
    # before: no city (Salento, Apulia, a rival) and Italy as the country
    assert place(text)[:2] == ("Salento", "COL")


@pytest.mark.parametrize("text", [
    "Queues at the Middlewich salt mine, Cheshire, Monday. (PA/Tom Hill)",
    "Pickets outside the Middlewich chemical works, Cheshire, on Tuesday. (PA/Tom Hill)",
])
def test_an_area_named_like_a_town_elsewhere_is_the_area(text):
    # "X, Cheshire": the county the English town lies in, not Cheshire, Connecticut (before:
    # Cheshire, USA)
    assert place(text)[:2] == ("Middlewich", "GBR")


@pytest.mark.parametrize("text, city, country", [
    # a country after a comma binds through places.py; an adjective or a mother country says
    # nothing against the town
    ("Protesters rally in Tbilisi, Georgia, on Monday. (AP Photo/Nino Beridze)", "Tbilisi", "GEO"),
    # a river after "sur la" is no department
    ("Les vendanges au-dessus de Remich, sur la Moselle, mardi. Photo: Marc Weber / AFP", "Remich", "LUX"),
    # a person's name after a comma is no area (Sabine, Texas)
    ("Die Bürgermeisterin von Meppen, Sabine Kuhn, im Rathaus am Montag. Foto: Karl Bauer/dpa", "Meppen", "DEU"),
    # a town in its namesake area stays a town
    ("Ein Café im Prenzlauer Berg in Berlin am Montag. Foto: Karl Bauer/dpa", "Berlin", "DEU"),
    ("Een terras in het centrum van Valkenburg, Limburg, zaterdag. Foto ANP / Piet Smit", "Valkenburg", "NLD"),
    ("Wanderer bei Oberstdorf in den Alpen am Sonntag. Foto: Karl Bauer/dpa", "Oberstdorf", "DEU"),
    ("A farmer near Tamworth, New South Wales, on Monday. (AAP Image/Jo Lee)", "Tamworth", "AUS"),
])
def test_a_town_that_lies_in_the_named_area_is_kept(text, city, country):
    assert place(text)[:2] == (city, country)


def test_cross_border_areas_allow_each_of_their_countries():
    alps = placeinarea.area_named(norm("Alpes"))
    assert {cc for cc, _ in alps.places} >= {"FR", "CH", "AT", "IT", "DE"}
    assert placeinarea.area_named(norm("Bodensee")).places == placeinarea.area_named(norm("lac de Constance")).places
    assert placeinarea.area_named(norm("Spain")) is None    # countries bind elsewhere
