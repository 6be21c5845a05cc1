"""Climbers and hikers FROM a town are where they come from, like pilgrims and choirs
(placegroupwords, issue 9, strays46: a gallery's numbered captions, once found, showed "Climbers
from <city> set off ... to <summit>" written as the city). Our own captions in the four
languages; the negatives keep the town where the walkers are."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text,town", [
    ("Hikers from Lyon climb towards the summit of the Matterhorn. (AP Photo/Tom Reed)", "Lyon"),
    ("Wanderer aus Stuttgart rasten unterhalb des Gipfels. Foto: Lena Brandt/dpa", "Stuttgart"),
    ("Klimmers uit Utrecht beginnen aan de beklimming van de Mont Blanc. Foto ANP / Remco Bos", "Utrecht"),
    ("Des randonneurs de Grenoble montent vers le refuge du Goûter. Photo : Paul Girard / AFP", "Grenoble"),
    ("Des alpinistes de Lyon bivouaquent sous le sommet. Photo : Paul Girard / AFP", "Lyon"),
])
def test_walkers_from_a_town(text, town):
    city, _, warnings = place(text)
    assert city is None
    assert any(town in w for w in warnings), warnings


@pytest.mark.parametrize("text,town", [
    ("Hikers rest in Zermatt, Switzerland. (AP Photo/Tom Reed)", "Zermatt"),
    ("Wanderer rasten in Oberstdorf. Foto: Lena Brandt/dpa", "Oberstdorf"),
    ("Des randonneurs pique-niquent à Chamonix. Photo : Paul Girard / AFP", "Chamonix-Mont-Blanc"),
    ("Climbers from Munich rest at a hut in Zermatt, Switzerland. (AP Photo/Tom Reed)", "Zermatt"),
])
def test_walkers_in_a_town(text, town):
    assert place(text)[0] == town
