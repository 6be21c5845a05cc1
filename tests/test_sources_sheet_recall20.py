"""Blank cities of the blind part 06-10 (issue 9, recall20), one class per test, in our own
wording: what must now be taken through the place gate, and what still must not."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. a dateline with a numeric date, day first ---------------------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Erfurt, 14.03.2026: Handwerker decken das Dach des Doms neu ein. Foto: Jan Brandt/dpa",
     "Erfurt", "DEU"),
    ("Deventer, 14-03-2026 - Vrijwilligers vullen zandzakken langs de IJssel. Foto ANP / Kees Bos",
     "Deventer", "NLD"),
    ("Sheffield, 14/03/2026: Steelworkers gather outside the plant gates. REUTERS/Amy Hart",
     "Sheffield", "GBR"),
    ("Rennes, le 14/03/2026. Des étudiants bloquent l'entrée du campus. JEAN MOREL / AFP",
     "Rennes", "FRA"),
])
def test_a_dateline_with_a_numeric_date_gives_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a label before the numeric date is no town
    "Update, 14.03.2026: Die Polizei sperrt die Innenstadt. Foto: Jan Brandt/dpa",
    # a weekday before the numeric date is no town
    "Dienstag, 14.03.2026: Die Polizei sperrt die Innenstadt. Foto: Jan Brandt/dpa",
    # mixed separators are no date, and a date alone names no town
    "14.03.2026: Die Polizei sperrt die Innenstadt. Foto: Jan Brandt/dpa",
])
def test_no_town_from_a_numeric_date_without_a_town_before_it(text):
    assert place(text)[0] is None
