"""An island that is a province of the index is checked as that province (placeinarea, gate40).

"X on the island of Y" refuses a town outside the island; a small island is checked by reach
from the town of its name ("sur l'île d'Ouessant"). An island that is itself a province or
region of the index (Leyte) is far bigger than that reach: the town of its name lies at one
end, and its other towns were refused. The index's region checks them. The captions are ours.
"""

from __future__ import annotations

import pytest

from sheet_helpers import last_place


@pytest.mark.parametrize("text", [
    "Fishermen haul a boat ashore in Ormoc on the island of Leyte after the storm. Photo: Lito Bacani/AFP",
    "Helfer verteilen Reis in Ormoc auf der Insel Leyte. Foto: Lito Bacani/AFP",
    "Des habitants nettoient une rue d'Ormoc, sur l'île de Leyte. Photo : Lito Bacani / AFP",
    "Vissers in de haven van Ormoc op het eiland Leyte. Foto: AFP",
])
def test_town_on_an_island_province(text):
    assert last_place(text) == ("Ormoc", "PHL")


def test_small_island_still_checked_by_reach():
    # the mainland villages called Lampaul lie far from Ouessant: none is written
    text = "Des touristes sur la plage de Lampaul, sur l'île d'Ouessant. Photo : Loïc Morel / AFP"
    assert last_place(text)[0] is None
