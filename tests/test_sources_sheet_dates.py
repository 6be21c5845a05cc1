"""Relative day words in the four languages, read from the parser's own table (no date
library): each is resolved against the sheet's reference date."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet.dates import find_date

REF = dt.date(2024, 3, 14)   # a Thursday


@pytest.mark.parametrize("text,lang,want", [
    ("Boeren bij het Binnenhof in Den Haag, gisteren.", "nl", "2024-03-13"),
    ("Boeren bij het Binnenhof, eergisteren om 14.30 uur.", "nl", "2024-03-12T14:30:00"),
    ("Bauern vor dem Reichstag in Berlin, gestern.", "de", "2024-03-13"),
    ("Bauern vor dem Reichstag, vorgestern.", "de", "2024-03-12"),
    ("Des agriculteurs à Paris, hier.", "fr", "2024-03-13"),
    ("Des agriculteurs à Paris, avant-hier.", "fr", "2024-03-12"),
    ("Des agriculteurs à Paris aujourd’hui.", "fr", "2024-03-14"),
    ("Farmers in London the day before yesterday.", "en", "2024-03-12"),
    ("Farmers in London today at 2 p.m.", "en", "2024-03-14T14:00:00"),
    ("Farmers in London on Thursday.", "en", "2024-03-14"),
    ("Farmers in London on 24 February 2022.", "en", "2022-02-24"),
    ("Boeren op 3 maart 2023 in Ede.", "nl", "2023-03-03"),
])
def test_relative_and_absolute_dates(text, lang, want):
    assert find_date(text, lang, REF).iso() == want


def test_relative_without_reference_stays_relative():
    got = find_date("Farmers in London yesterday.", "en", None)
    assert got.how == "relative" and got.iso() is None


@pytest.mark.parametrize("text,lang,want", [
    # another event's date is not the picture's: no date rather than a wrong one
    ("Eine Menschenkette um die Altstadt zum Gedenken an die Bombardierung vom 13. Februar 1945.", "de", None),
    ("Migrants wait at the border in this photo released Wednesday by the Border Guard.", "en", None),
    ("Des enquêteurs à Courtalain, après les actes de sabotage de vendredi.", "fr", None),
    ("Herdenking van de aanslag van dinsdag in Brussel.", "nl", None),
    ("Boeren protesteren sinds 24 februari 2024 bij het provinciehuis.", "nl", None),
    # ... while the picture's own date next to it is kept
    ("Des gerbes au monument, le 14 juillet 2024, après le défilé du 14 juillet 2023.", "fr", "2024-07-14"),
    ("Juno Beach, where troops came ashore in 1944, during Thursday's ceremony.", "en", "2024-03-14"),
])
def test_event_dates_are_not_the_pictures(text, lang, want):
    got = find_date(text, lang, REF)
    assert (got.iso() if got else None) == want
