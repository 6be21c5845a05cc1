"""Round speed32: cheap gates before costly patterns must never change an answer.

The gates are strings every match of the gated pattern holds (credit styles' "needs",
furniture's class words); these tests hold them to that, with captions of our own.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from captionist.sources.sheet.credits import _END_STYLES, find_credit
from captionist.sources.sheet.furniture import page_furniture
from captionist.sources.sheet.language import language_counts

_TABLE = json.loads((Path(__file__).resolve().parents[1] / "src" / "captionist" / "data"
                     / "credit_styles.json").read_text("utf-8"))


def test_every_needs_string_is_one_the_pattern_cannot_match_without():
    needs = {s["name"]: s["needs"] for s in _TABLE["styles"] if "needs" in s}
    assert set(needs) == {"agency-slash", "name-slash-agency", "source-via-agency"}
    tails = ["Boats leave the harbour at dawn. REUTERS/Lena Hart",
             "Boten in de haven van Harlingen. ANP / EPA / Piet de Vries",
             "Rescue teams search the rubble. State Emergency Service via AP",
             "Ein Bagger räumt den Schlamm. Jonas Keller/dpa"]
    for style in _END_STYLES:
        if style.needs:
            assert style.needs == needs[style.name]
            for tail in tails:
                assert not style.pattern.search(tail.replace(style.needs, " ")), (style.name, tail)


@pytest.mark.parametrize("par, creators", [
    ("Boats leave the harbour of Bergen at dawn on 3 May 2024. REUTERS/Lena Hart", ["Lena Hart"]),
    ("Een brandweerman in Zwolle op 2 maart 2024. ANP / Piet de Vries", ["Piet de Vries"]),
    ("Rescue teams search the rubble in Kharkiv on 5 May 2024. State Emergency Service of Ukraine via AP", []),
])
def test_gated_credit_styles_still_read_their_credits(par, creators):
    got = find_credit(par)
    assert got is not None and got.creators == creators


@pytest.mark.parametrize("par, kind", [
    ("Meer foto's van de wedstrijd vind je in onze app.", "promo"),
    ("More pictures of the storm: you'll find them in our gallery.", "promo"),
    ("İN OUR APP you will find every result of the day.", "promo"),
    ("Lena Hart and Jonas Keller contributed to this report.", "author"),
    ("Lena Hart contrıbuted to this report.", "author"),      # a dotless ı: re's IGNORECASE reads it as i
    ("Ook Piet de Vries heeft bijgedragen aan dit artikel.", "author"),
    ("Über den Autor: Jonas Keller schreibt über Verkehr.", "author"),
    ("Fans celebrate in our town square in Leeds on 4 May 2024.", None),
    ("Des enfants jouent dans le parc de Lyon, le 4 mai 2024.", None),
])
def test_furniture_behind_its_gates(par, kind):
    assert page_furniture(par) == kind


def test_language_counts_keep_the_order_met_for_ties():
    # a tie the default is not in goes to the language met first
    assert language_counts("la van", "en", 4000)[:2] == ("fr", 0)
    assert language_counts("van la", "en", 4000)[:2] == ("nl", 0)
    # past max_words nothing is counted, on the short path and the long one alike
    assert language_counts("het het het the the the the", "en", 3) == language_counts(
        "het het het the the the the" + " " * 5000, "en", 3)
