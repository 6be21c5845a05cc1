"""A city's old quarter is written as the city (issue 9, wrongb44: placeoldquarter).
Captions are our own wording, in the four languages; the negative twins must stay as they were:
a town whose own name starts with the word for "old", and "old" before a small town."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text,city,country", [
    ("Snow ploughs clear a cobbled lane in Old Montreal, Monday. Photo: Tom Green/AP", "Montréal", "CAN"),
    ("A vendor pours tea beside a church in Old Cairo. Photo: Tom Green/AP", "Cairo", "EGY"),
    ("Des touristes flânent à Vieux-Lyon, dimanche. Photo: Luc Moreau", "Lyon", "FRA"),
    ("Ein Nachtwächter führt Besucher durch Alt-Berlin, Mittwoch. Foto: Kari Lund/dpa", "Berlin", "DEU"),
    ("Toeristen fietsen donderdag in Oud-Rotterdam. Foto: Jan Vos", "Rotterdam", "NLD"),
])
def test_old_quarter_is_its_city(text, city, country):
    got, got_country, warnings = place(text)
    assert (got, got_country) == (city, country), warnings
    assert any("old quarter" in w for w in warnings), warnings


@pytest.mark.parametrize("text,city", [
    # a town of its own whose name opens with "old": the index's town, never its neighbour
    ("Een veerpont vaart zaterdag bij Oud-Beijerland over het Spui. Foto: Jan Vos", "Oud-Beijerland"),
    ("Sailboats rest in the harbour of Old Saybrook, Connecticut, on Sunday. Photo: Tom Green/AP", "Old Saybrook"),
])
def test_town_named_old_stays_itself(text, city):
    assert place(text)[0] == city


@pytest.mark.parametrize("text", [
    # "old" before a small town: no quarter a caption names so; no town of 500 written instead
    "Volunteers repaint the bandstand in Old Ashby on Saturday. Photo: Tom Green/AP",
    "Des bénévoles repeignent le lavoir du Vieux-Crotenay, samedi. Photo: Luc Moreau",
])
def test_old_before_small_town_gives_no_city(text):
    city, _, warnings = place(text)
    assert city not in {"Ashby", "Crotenay"}, warnings


@pytest.mark.parametrize("text,name", [
    # "old" before a name the index lacks altogether: neither a city's quarter nor a sure village
    ("Film crews block a lane in Old Brackwick, Tuesday. Photo: Tom Green/AP", "Old Brackwick"),
    ("Touristen drängen sich in Alt-Quessenbrück, Samstag. Foto: Kari Lund/dpa", "Alt-Quessenbrück"),
])
def test_old_before_unknown_name_is_not_written(text, name):
    city, _, warnings = place(text)
    assert city is None, warnings
    assert any(name in w and w.startswith("place not written") for w in warnings), warnings
