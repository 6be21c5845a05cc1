"""The named country against a town read from the first word of a longer unknown name (issue 9,
country32: placerunson.py). Our own captions."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text,country", [
    ("Hikers cross the sand of Wadi Feynan, in southern Jordan, at dawn. (REUTERS/Omar Haddad)\n", "JOR"),
    ("Goats graze beside the ruins at Wadi Rum in Jordan. (AP Photo/Omar Haddad)\n", "JOR"),
])
def test_a_town_that_is_the_first_word_of_a_longer_name_does_not_stop_the_country(text, country):
    assert place(text)[:2] == (None, country)


def test_a_disagreeing_town_alone_still_stops_it():
    # Huningue is a French town in its own right: the caption may have misplaced either
    assert place("Fans celebrate at Huningue, near Basel, Switzerland. (AP Photo/Omar Haddad)\n")[1] is None
