"""Movable Christian feasts named as the day of a picture ("op pinksterzondag", "Orvelte,
pinkstermaandag", "am Ostermontag", "le lundi de Pentecôte"), in nl/en/de/fr.

Each feast is a fixed number of days from Easter Sunday of its year; Easter is computed with
the Gregorian computus (the anonymous "Meeus/Jones/Butcher" algorithm). Only names of ONE
day are read: "Pasen", "Pfingsten", "Easter", "Pentecôte" alone name a feast of several days
(and "l'ascension" is also a climb), so they give no date; a wrong day is worse than none."""

from __future__ import annotations

import datetime as dt
import re

# days after Easter Sunday -> names of that day (lowercase; matched case-insensitively)
_FEASTS = {
    -48: "rosenmontag",
    -46: "aswoensdag|ash wednesday|aschermittwoch|mercredi des cendres",
    -2: "goede vrijdag|good friday|karfreitag|vendredi saint",
    0: "paaszondag|eerste paasdag|easter sunday|ostersonntag|dimanche de pâques",
    1: "paasmaandag|tweede paasdag|easter monday|ostermontag|lundi de pâques",
    39: "hemelvaartsdag|hemelvaart|ascension day|christi himmelfahrt|himmelfahrtstag|jeudi de l'ascension",
    49: "pinksterzondag|eerste pinksterdag|whit sunday|pfingstsonntag|dimanche de pentecôte",
    50: "pinkstermaandag|tweede pinksterdag|whit monday|pfingstmontag|lundi de pentecôte",
}
_OFFSET = {name: off for off, names in _FEASTS.items() for name in names.split("|")}
# as a time only, like the fixed holidays (dates._HOLIDAY_RE), or after a comma like a day
# name ("in Orvelte, pinkstermaandag"): "Pinksteren trekt veel pelgrims" names no day
FEAST_RE = re.compile(r"(?:\b(?:am|an|op|on|at|le|au|à|tijdens|during|pendant)\s{1,2}(?:(?:the|la|de|der)\s{1,2})?"
                      r"|,\s{1,2})(?P<f>" + "|".join(sorted(map(re.escape, _OFFSET), key=len, reverse=True))
                      + r")\b", re.IGNORECASE)


def easter(year: int) -> dt.date:
    """Easter Sunday of a Gregorian year (the anonymous computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def feast_date(name: str, ref: dt.date) -> dt.date:
    """The most recent day of that feast at `ref` (this year's if it has come, else last year's)."""
    off = dt.timedelta(days=_OFFSET[" ".join(name.casefold().split())])
    day = easter(ref.year) + off
    return day if day <= ref else easter(ref.year - 1) + off
