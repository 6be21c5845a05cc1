"""The big town after "<village>, <compass> of" only says where the village lies (issue 9,
wrong33, placecompassof.py). Captions in our own wording."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, city", [
    # the village the index knows wins; the one it lacks gives no town
    ("Ein Löschflugzeug über einem Wald bei Keratea, südöstlich von Athen, am Montag. Foto: Jan Maier/dpa",
     "Keratéa"),
    ("Des pompiers près de Keratea, au sud-est d'Athènes, lundi. Photo : Jan Maier / AFP", "Keratéa"),
    ("Verbrannte Häuser in Dorfxyz östlich von Athen am Montag. Foto: Jan Maier/dpa", None),
    ("Burnt cars on a street in Villxyz, east of Athens, on Monday. Photo: Jan Maier/AP", None),
])
def test_the_town_a_village_lies_near_is_not_taken(text, city):
    got, country, warnings = place(text)
    assert got != "Athens"
    if city:
        assert got == city


@pytest.mark.parametrize("text", [
    "Eine Waldbrandfläche östlich von Athen am Montag. Foto: Jan Maier/dpa",
    "A burnt hillside north of Athens on Monday. Photo: Jan Maier/AP",
])
def test_a_compass_phrase_with_no_village_named_keeps_the_town(text):
    assert place(text)[0] == "Athens"
