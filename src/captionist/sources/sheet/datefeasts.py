"""Movable feasts as the day of a picture: "am Rosenmontag", "am Güdismontag",
"Aschermittwoch: ...", "op pinksterzondag", "on Good Friday", "le lundi de Pâques".

Each feast is a fixed number of days from Easter Sunday; Easter is computed for a year
with the Gregorian computus (the "anonymous Gregorian algorithm", Meeus, Astronomical
Algorithms, ch. 8). The feast is resolved like a fixed holiday in dates.py: the most
recent one at the reference date (this year's if it has come, else last year's); with
no reference date the day is not known, so nothing is returned.

A feast dates the picture only when the caption uses it as a time: after a preposition
("am", "an", "op", "on", "le", "tijdens", "during"...), as the caption's opening word
before a colon ("Aschermittwoch: Ein Priester ..."), or as the last item of a dateline
after a comma ("in Orvelte, pinkstermaandag."). "der Rosenmontagszug" (a compound) and
"Warum der Aschermittwoch so heißt" (a headline about the feast) give no date.
"""

from __future__ import annotations

import datetime as dt
import re

# days from Easter Sunday; names in de, nl, en, fr (all lower case, as matched casefolded)
_FEASTS = {
    -52: "weiberfastnacht|schmutziger donnerstag|schmotziger donnerstag|schmotzigen donnerstag",
    -48: "rosenmontag|güdismontag|carnavalsmaandag",
    -47: "fastnachtsdienstag|faschingsdienstag|güdisdienstag|carnavalsdinsdag|shrove tuesday|mardi gras",
    -46: "aschermittwoch|aswoensdag|ash wednesday|mercredi des cendres",
    -7: "palmsonntag|palmzondag|palm sunday|dimanche des rameaux",
    -3: "gründonnerstag|witte donderdag|maundy thursday|jeudi saint",
    -2: "karfreitag|goede vrijdag|good friday|vendredi saint",
    -1: "karsamstag|stille zaterdag|holy saturday|samedi saint",
    0: "ostersonntag|paaszondag|eerste paasdag|easter sunday|dimanche de pâques",
    1: "ostermontag|paasmaandag|tweede paasdag|easter monday|lundi de pâques",
    39: "christi himmelfahrt|himmelfahrtstag|auffahrt|hemelvaartsdag|hemelvaart|ascension day|jeudi de l'ascension",
    49: "pfingstsonntag|pinksterzondag|eerste pinksterdag|whit sunday|pentecost sunday|dimanche de pentecôte",
    50: "pfingstmontag|pinkstermaandag|tweede pinksterdag|whit monday|lundi de pentecôte",
    60: "fronleichnam|fête-dieu",
}
_OFFSET = {name: off for off, names in _FEASTS.items() for name in names.split("|")}
_NAMES = "|".join(sorted(map(re.escape, _OFFSET), key=len, reverse=True))
# after a preposition (and an article): "am Rosenmontag", "on Good Friday", "op de tweede paasdag"
_AFTER_PREP = re.compile(r"\b(?:am|an|op|on|at|le|au|à|tijdens|during|pendant)\s{1,2}(?:(?:the|la|de|der|le)\s{1,2})?"
                         r"(?P<h>" + _NAMES + r")\b", re.IGNORECASE)
# the caption's first word(s), then a colon: "Aschermittwoch: ..."
_OPENING = re.compile(r"^\s{0,3}(?P<h>" + _NAMES + r")\s{0,2}:", re.IGNORECASE)
# the last item of a dateline: "..., pinkstermaandag." (a comma before, the sentence ends after)
_CLOSING = re.compile(r",\s{1,2}(?P<h>" + _NAMES + r")\s{0,2}(?:[.]|$)", re.IGNORECASE)


def easter(year: int) -> dt.date:
    """Easter Sunday of `year` in the Gregorian calendar (Meeus's algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def feast_match(plain: str) -> re.Match | None:
    """The first movable feast `plain` uses as a time (see the module's docstring)."""
    found = [m for rx in (_AFTER_PREP, _OPENING, _CLOSING) for m in (rx.search(plain),) if m]
    return min(found, key=lambda m: m.start("h")) if found else None


def feast_day(name: str, ref: dt.date) -> dt.date:
    """The most recent day named `name` at `ref`: this year's if it has come, else last year's."""
    off = dt.timedelta(days=_OFFSET[" ".join(name.casefold().split())])
    day = easter(ref.year) + off
    return day if day <= ref else easter(ref.year - 1) + off
