"""Date grammar, round 2 (issue 9, dateCreated): French clock times, times without a
preposition, deadlines, "Aufnahme vom", then-and-now pairs, fixed holidays, a month
without a year, day parts in German compounds. Captions of our own wording."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet.dates import find_date

REF = dt.date(2025, 10, 8)   # a Wednesday


def iso(text: str, lang: str, ref: dt.date | None = REF) -> str | None:
    got = find_date(text, lang, ref)
    return got.iso() if got else None


@pytest.mark.parametrize("text,lang,want", [
    # French clock times are printed "9 h 30": the minutes count
    ("Des pompiers à Nîmes, mardi à 9 h 30.", "fr", "2025-10-07T09:30:00"),
    ("Le départ du marathon à Lyon, dimanche 5 octobre 2025 à 8h45.", "fr", "2025-10-05T08:45:00"),
    ("Le feu d'artifice à Nice, samedi vers 22 h 10.", "fr", "2025-10-04T22:10:00"),
    # minutes and a marker need no "om"/"um"
    ("Mist boven de Maas in Venlo, dinsdagochtend 07.40 uur.", "nl", "2025-10-07T07:40:00"),
    ("Nebel über dem Main in Würzburg, Dienstagmorgen 7.40 Uhr.", "de", "2025-10-07T07:40:00"),
    # ... but a bare number is still no time
    ("Boeren in Ede, dinsdag. Er kwamen 12.50 bezoekers.", "nl", "2025-10-07"),
])
def test_clock_times(text, lang, want):
    assert iso(text, lang) == want


@pytest.mark.parametrize("text,lang,want", [
    # a deadline is not when the picture was taken
    ("Besucher auf dem Cannstatter Wasen. Das Fest dauert bis zum 12. Oktober.", "de", None),
    ("Visitors at the fair in York. It runs until the 12 October.", "en", None),
    ("Des visiteurs à la foire de Caen, ouverte jusqu'au 12 octobre.", "fr", None),
    ("Bezoekers op de kermis in Tilburg, die duurt tot en met 12 oktober.", "nl", None),
    # "Aufnahme vom ..." names the picture's own day
    ("Der Rhein bei Bonn. Aufnahme vom 29. September 2025.", "de", "2025-09-29"),
    ("De Waal bij Nijmegen. Opname van 29 september 2025.", "nl", "2025-09-29"),
    # another event's day stays refused
    ("Gedenken an die Flut vom 14. Juli 2021 in Ahrweiler.", "de", None),
])
def test_deadlines_and_picture_dates(text, lang, want):
    assert iso(text, lang) == want


@pytest.mark.parametrize("text,lang", [
    ("Kombi: Der Marktplatz von Halle im Jahr 1989 und heute.", "de"),
    ("Combination picture: the pier at Brighton in 1975 and today.", "en"),
    ("Le port de Sète en 1960 et aujourd'hui.", "fr"),
    ("De Coolsingel in Rotterdam, toen en nu.", "nl"),
])
def test_then_and_now_gives_no_date(text, lang):
    assert iso(text, lang) is None


@pytest.mark.parametrize("text,lang,ref,want", [
    ("Fahnen vor dem Reichstag in Berlin am Tag der Deutschen Einheit.", "de", REF, "2025-10-03"),
    ("Oranje kleding op de Dam in Amsterdam op Koningsdag.", "nl", REF, "2025-04-27"),
    ("Swimmers in the sea at Brighton on Boxing Day.", "en", REF, "2024-12-26"),
    ("Des chrysanthèmes au cimetière de Lille à la Toussaint.", "fr", dt.date(2025, 11, 3), "2025-11-01"),
    # the feast as the subject, not a time: no date
    ("In Willemstad werd Koningsdag gevierd met een optocht.", "nl", REF, None),
])
def test_fixed_holidays(text, lang, ref, want):
    assert iso(text, lang, ref) == want


def test_holiday_without_reference_date_has_no_year():
    got = find_date("Swimmers at Brighton on Boxing Day.", "en", None)
    assert (got.year, got.month, got.day, got.how) == (None, 12, 26, "no-year")


@pytest.mark.parametrize("text,lang,want", [
    ("Un troupeau sur le plateau du Larzac, en septembre.", "fr", "2025-09"),
    ("Kühe auf einer Alm bei Oberstdorf im August.", "de", "2025-08"),
    # a month still to come at the reference date is a plan: no date
    ("Het parlement in Straatsburg, dat in november bijeenkomt.", "nl", None),
])
def test_month_without_year(text, lang, want):
    assert iso(text, lang) == want


def test_day_part_compounds_in_german():
    assert iso("Löschflugzeuge über dem Harz, Samstagmittag.", "de") == "2025-10-04"
    assert iso("Nebel am Bodensee, Sonntagvormittag.", "de") == "2025-10-05"


@pytest.mark.parametrize("text,lang,want", [
    # a clause on the place that tells, in a past tense, what happened there dates that event
    ("Des bougies devant la gare de Lyon, où un incendie a tué trois personnes le 2 mars 2025.", "fr", None),
    ("Flowers outside the school in Leeds, where a roof collapsed on 3 March 2025.", "en", None),
    ("Bloemen bij de kerk in Ede, waar op 3 maart 2025 een brand woedde en die werd gesloopt.", "nl", None),
    # in the present the clause describes the picture: its date stays
    ("Fans in Kyiv, where people gather on 24 February 2025 for the anniversary.", "en", "2025-02-24"),
    # a comma closes the clause: the date after it is the picture's again
    ("Bloemen bij de school in Leeds, waar het dak instortte, op 4 maart 2025.", "nl", "2025-03-04"),
])
def test_past_tense_clause_dates_another_event(text, lang, want):
    assert iso(text, lang) == want
