"""A country written after an unknown district and a comma, a compass adjective between or not
(issue 9, country32: placeunitcomma.py). Our own captions, in the agencies' shapes."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.placeunitcomma import unknown_then_country
from sheet_helpers import place


@pytest.mark.parametrize("text,country", [
    ("Women carry water past tents in Rolpa district, western Nepal, on Friday. (AP Photo/Sita Gurung)\n", "NPL"),
    ("Farmers inspect a flooded paddy in Dolpa district, Nepal. (AP Photo/Sita Gurung)\n", "NPL"),
    ("Rescuers search the rubble in Khost province, eastern Afghanistan. (AP Photo/Omar Sadiq)\n", "AFG"),
])
def test_the_country_after_an_unknown_district_is_the_caption_s(text, country):
    city, got, _ = place(text)
    assert (city, got) == (None, country)


@pytest.mark.parametrize("text,start,end,ok", [
    ("in Rolpa district, western Nepal", 8, 26, True),
    ("in Rolpa, Nepal", 8, 10, True),
    ("in Khost province, north-eastern Afghanistan", 8, 33, True),
    # something else between the name and the country: no binding
    ("in Rolpa district now in Nepal", 8, 25, False),
    ("in Rolpa and Nepal", 8, 13, False),
])
def test_only_a_unit_word_and_a_compass_adjective_may_stand_between(text, start, end, ok):
    assert text[end:].split()[0].strip(",") in ("Nepal", "Afghanistan")
    assert unknown_then_country(text, start, end) is ok
