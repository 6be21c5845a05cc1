"""Speed34's gates: one str.endswith test on a table's endings before each ending is tried
(town adjectives, demonyms, people's names, facility heads). Most capitalised words end in
none of them; a word that does must still be read as before. Words are our own choice of
regular forms, each with a word that ends in none of the endings (the gate's path)."""

from __future__ import annotations

import pytest

from captionist.places.words import _ADJ_ENDINGS
from captionist.sources.sheet.gazetteer import load_gazetteer
from captionist.sources.sheet.placeclues import french_demonym_city, small_adjective_city
from captionist.sources.sheet.placefacility import facility_head
from captionist.sources.sheet.placetokens import _adjective_city
from captionist.sources.sheet.placetownforms import dutch_people


def _towns(cities):
    return [(c["name"], c["countrycode"]) for c in cities]


@pytest.mark.parametrize("word, head", [
    ("Landgerichts", "gericht"), ("Stadttheaters", "theater"), ("Museums", "museum"),
    ("Kunstmuseum", "museum"), ("Haus", "Haus"), ("Bahnhof", "Bahnhof")])
def test_facility_head(word, head):
    assert facility_head(word) == head


@pytest.mark.parametrize("word, towns", [
    ("Zwollenaren", [("Zwolle", "NL")]), ("Gentenaars", [("Gent", "BE")]), ("Leidenaar", [("Leiden", "NL")]),
    ("Amsterdam", [])])
def test_dutch_people(word, towns):
    assert _towns(dutch_people(word, load_gazetteer())) == towns


@pytest.mark.parametrize("word, towns", [
    ("sétois", [("Sète", "FR")]), ("Tournaisien", [("Tournai", "BE")]),
    ("marvejolais", [("Marvejols", "FR")]),     # the small towns' table, after the gate
    ("ancien", []), ("maison", [])])
def test_french_demonym(word, towns):
    assert _towns(french_demonym_city(word, load_gazetteer())) == towns


@pytest.mark.parametrize("word, towns", [
    ("Rotterdamse", [("Rotterdam", "NL")]), ("Basler", [("Basel", "CH")]), ("Karlsruher", [("Karlsruhe", "DE")]),
    ("Haus", [])])
def test_town_adjective(word, towns):
    assert _towns(_adjective_city(word, load_gazetteer(), "Markt")) == towns


@pytest.mark.parametrize("word, towns", [
    ("Kappelner", [("Kappeln", "DE")]), ("Oudewaterse", [("Oudewater", "NL")]), ("Tisch", [])])
def test_small_town_adjective(word, towns):
    assert _towns(small_adjective_city(word, load_gazetteer(), "Markt", _ADJ_ENDINGS)) == towns
