"""The mutation bench on a fixed subset of the tuned corpus (bench/sheet_mutate.py, issue 9).

Each tuned caption found right keeps its sentence and gets its city swapped for another town
of the same country (`swap`), of another country (`abroad`) or a made-up village the index
lacks (`unlisted`). A rule that only works for the names it was tuned on (a list of known
towns, an adjective of known towns only) loses here although the tuned corpus still passes;
a rule that turns a made-up village into a real town elsewhere adds wrong places. The floors
are the figures reached minus a margin, like FLOORS in test_sources_sheet_corpus.py: raise
them when the parser gets better, never lower them.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from sheet_helpers import load_bench

ROOT = Path(__file__).resolve().parents[1]
# sheets 11-15 of every language (news, sport, galleries) and the red-team sheets 77 (town
# names that are not the picture's place): about 1,040 mutants, ~10 s of CPU
SUBSET = r"-(1[1-5]|77)-"

# (city % floor, country % floor, wrong places at most) per mode, on SUBSET
FLOORS = {
    "swap": (97.5, 98.0, 2),        # reached 98.7 / 98.9 / 0 (mutate24)
    "abroad": (95.0, 95.0, 2),      # reached 96.2 / 96.2 / 0
    # reached 95.6 / 18.3 / 10 (unlisted27: a weaker mention's town is no longer written when the
    # stated place is unknown; its country, right by chance in 3% of the subset, went with it)
    # wrong29 (placeunknownslot.py: a state after an unknown village, a town written only as "of Y"
    # next to one, a longer place's start, a facility's town): 96.3 / 18.3 / 8
    "unlisted": (95.5, 18.0, 8),
}


@pytest.fixture(scope="module")
def figures():
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        return load_bench("sheet_mutate").run(match=SUBSET)
    finally:
        sys.path.remove(str(ROOT / "bench"))


@pytest.mark.parametrize("mode", sorted(FLOORS))
def test_mutants_hold_their_floors(figures, mode):
    city, country, wrong = FLOORS[mode]
    got = figures[mode]["total"]
    assert got["mutants"] >= 200, got       # the subset still yields mutants of this mode
    assert got["city"] >= city, (mode, got)
    assert got["country"] >= country, (mode, got)
    assert got["wrong_places"] <= wrong, (mode, got)


def test_every_language_is_mutated(figures):
    for mode in FLOORS:
        assert {"nl", "en", "de", "fr"} <= set(figures[mode]), (mode, sorted(figures[mode]))
