"""An island named in the caption is an area (placeisland.py, islands46): a town the caption
writes is read among its namesakes on that island ("op", "on", "auf der Insel", "sur l'île de",
"X, Island"); a territory with its own ISO code gets that code; a bare name is no island, and an
island never refuses a town that lies elsewhere. The captions are our own.
"""

from __future__ import annotations

import json

import pytest

from captionist.places import haversine
from captionist.sources.sheet import placeisland
from captionist.sources.sheet.gazetteer import load_gazetteer, norm

from sheet_helpers import place


@pytest.mark.parametrize("text, city, country", [
    # Horta in Catalonia is four times the size of the Azorean town
    ("Vissers lossen woensdag hun vangst in de haven van Horta op Faial. Foto: Rui Soares/ANP",
     "Horta", "PRT"),
    # El Paso, Texas, without the island
    ("Farmers pick bananas outside El Paso on La Palma on Monday. (AP Photo/Ana Ruiz)", "El Paso", "ESP"),
    # Phillipsburg, New Jersey, without it; Sint Maarten has its own code
    ("Ein Fischerboot im Hafen von Philipsburg auf Sint Maarten am Montag. Foto: Jan Boer/dpa",
     "Philipsburg", "SXM"),
    # a Santa Maria in Brazil, the USA and the Philippines
    ("Des kitesurfeurs sur la plage de Santa Maria, sur l'île de Sal, samedi. Photo: Ana Lopes / AFP",
     "Santa Maria", "CPV"),
    # "São Miguel" is also a municipality of Cape Verde (a region of the index)
    ("Hikers walk above the lakes near Sete Cidades, São Miguel, on Friday. (AP Photo/Rui Costa)",
     "Sete Cidades", "PRT"),
    # an island word at the end of a German compound; Valverde near Madrid is bigger
    ("Ein Markt in Valverde auf der Kanareninsel El Hierro am Samstag. Foto: Pedro Gil/dpa", "Valverde", "ESP"),
])
def test_a_town_on_the_island_named_is_read_there(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)


@pytest.mark.parametrize("text, city, country", [
    # the town is not on the island the caption names: nothing narrowed, nothing refused
    ("Boeren van Texel demonstreren dinsdag in Den Haag. Foto: Piet Kok/ANP", "The Hague", "NLD"),
])
def test_a_town_off_the_island_is_read_as_before(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text, country", [
    # an island written as one gives its country or its own code when the caption names no other
    # (the index files Sint Maarten and Sint-Eustatius as regions of the Netherlands)
    ("Eine Familie aus Köln beim Wandern auf Mallorca. Foto: Karl Bauer/dpa", "ESP"),
    ("Een stel uit Gent wandelt op Mallorca. Foto ANP / Jan de Vries", "ESP"),
    ("Toeristen zonnen dinsdag op het strand op Sint Maarten. Foto ANP / Jan de Vries", "SXM"),
    ("Une infirmière vaccine des enfants sur l'île de Sint-Eustatius, mardi. Photo: Léa Roy / AFP", "BES"),
])
def test_an_island_alone_gives_its_code(text, country):
    assert place(text)[:2] == (None, country)


@pytest.mark.parametrize("text", [
    "Students march in Santiago on Thursday.",       # Chile's capital, not the island of Cape Verde
    "Ein Urlauber aus Madeira Beach in Florida.",    # no on-word, no island word
    "Fans cheer while Tenerife score a late goal.",  # "while" is no island word
    "Il est arrivé sur Paris mardi.",                # an on-word before a name not in the table
])
def test_a_name_not_written_as_an_island_is_none(text):
    assert placeisland.cued_islands(text) == []


@pytest.mark.parametrize("text, name", [
    ("Een strand op Curaçao.", "curacao"),
    ("A beach on the island of Sal.", "sal"),
    ("Wanderer auf der Insel La Gomera.", "la gomera"),
    ("Une plage sur l'île de Fogo.", "fogo"),
    ("Ein Hafen auf Fehmarn.", "fehmarn"),
    ("Een markt in Valverde, El Hierro.", "el hierro"),
])
def test_an_island_written_as_one_is_read(text, name):
    assert [i.name for i in placeisland.cued_islands(text)] == [name]


def test_each_island_of_the_table_holds_its_chief_town():
    # the data check: a middle point and a reach that cover the island's own chief town, in its
    # code (a typo in a coordinate moves the island off its towns); no name stands for two islands
    gz = load_gazetteer()
    table = json.loads(placeisland._DATA.read_text("utf-8"))["islands"]
    owners: dict[str, int] = {}
    for n, row in enumerate(table):
        for name in row["names"]:
            assert owners.setdefault(norm(name), n) == n, f"{name} stands for two islands"
    missing = []
    for row in table:
        island = placeisland.island_named(norm(row["names"][0]))
        if not row.get("town"):
            continue
        towns = [c for c in gz.cities.get(norm(row["town"]), ()) if c["countrycode"] in island.countries]
        if towns and not any(island.holds(c) for c in towns):
            near = min(haversine(*island.point, c["latitude"], c["longitude"]) for c in towns)
            missing.append(f"{row['names'][0]}: {row['town']} at {near:.0f} km")
    assert not missing, missing


@pytest.mark.parametrize("text", [
    # a made-up harbour village before "op Faial": the island's name is no town of its own
    # (Faial is also a parish of Madeira, which the island's code would have let through)
    "Walvisspotters varen dinsdag uit de haven van Vrouwenhaverdijk op Faial. Foto: Rui Soares/ANP",
    "Ein Fischer flickt Netze in Quintalvora auf der Insel Faial. Foto: Pedro Gil/dpa",
])
def test_the_island_written_after_a_name_is_never_the_town(text):
    got_city, _, _ = place(text)
    assert got_city in (None, "Vrouwenhaverdijk", "Quintalvora")
