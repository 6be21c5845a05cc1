"""Dates in captions: "24 februari 2022", "February 24, 2022", "24.02.2022",
"donderdag", "gisteren", "am 24. Februar"... in nl, en, de and fr, and a time of day.

The patterns here find the spans and read them with the month, day-name and
relative-word tables below; relative words and day names are resolved against the
reference date given to the parser. No date library is asked: the tables cover every
form the patterns find, and loading one (dateparser: its locale data and time-zone
regexes) cost more than half a second of every `captionist parse` start. Like everywhere in the parser, the patterns use bounded quantifiers only, so
the time spent on a paragraph stays proportional to its length.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from captionist.places.names import norm
from captionist.rxgate import gate

from .dateother import in_shown_photo, of_building, other_year, pair_of_days, programme_month
from .datefeasts import feast_day, feast_match
from .datedeath import birth_year, death_day
from .dateevents import during_event, here_year, not_the_pictures_day, not_the_pictures_year, time_of_day_before
from .dateevents import day_of_a_rite, last_week, month_not_the_pictures, nowadays, pluperfect_sentence
from .text import as_plain

_MONTHS = {
    1: "januari jan january januar jänner janvier janv",
    2: "februari feb february februar février fevrier févr fevr",
    3: "maart mrt march märz maerz mars",
    4: "april apr avril avr",
    5: "mei may mai",
    6: "juni jun june juin",
    7: "juli jul july juillet juil",
    8: "augustus aug august août aout",
    9: "september sep sept septembre",
    10: "oktober okt october oct octobre",
    11: "november nov novembre",
    12: "december dec dezember décembre decembre déc",
}
_MONTH_NUM = {name: num for num, names in _MONTHS.items() for name in names.split()}
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTH_NUM), key=len, reverse=True))
MONTH_RE = _MONTH_RE     # the month names of the four languages, for placedateline.py


def _first_letter(words) -> str:
    """A lookahead on the words' first letters: put before an alternation of words, it turns
    away the other words of a caption before the alternation is tried (3x faster scans)."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


_Y = r"(?P<y>(?:19|20)\d\d)"
_DAY_MONTH = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:e|er|ste|de|st|nd|rd|th)?\.?(?:\s{1,2}|-)(?:of\s)?(?P<m>" + _MONTH_RE + r")\b\.?"
    r"(?:,?\s{1,2}" + _Y + r"\b)?", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"\b" + _first_letter(_MONTH_NUM)
    + r"(?P<m>" + _MONTH_RE + r")\.?\s{1,2}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s{1,2}" + _Y + r"\b)?",
    re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b" + _first_letter(_MONTH_NUM) + r"(?P<m>" + _MONTH_RE + r")\.?,?\s{1,2}" + _Y + r"\b",
                         re.IGNORECASE)
_NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)[-/.](?P<m>[01]?\d)[-/.]" + _Y + r"\b")
# "..., Kazakhstan, May 15.": the month written capitalised after a comma or "on" and the day
# closing the clause is the AP dateline's date, not the verb (recall23en)
_MAY_DATELINE = re.compile(r"(?:, |\bon )May \d{1,2}(?:[.,;]|$)")
# "12.3.26": the German short form, dots only ("3/4/26" may be either order)
_NUMERIC_SHORT = re.compile(r"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>\d\d)\b(?![.,]?\d)")
# "am Dienstag (3.3.)", "vom 3.3.": the German day and month without a year
_NUMERIC_NO_YEAR = re.compile(r"(?:\(|\bam\s|\bvom\s)(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?!\d)(?P<y>(?!))?")
_ISO = re.compile(r"\b" + _Y + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_YEAR = re.compile(r"(?P<pre>\b[^\W\d_]{1,12}\s{1,2})?\b" + _Y + r"\b")
_SINCE = frozenset("since sinds sedert seit depuis until tot bis jusqu".split())
# "dans les années 1980", "in de jaren 1980": a decade, no year of the picture (fields32)
_DECADE = frozenset("années jaren".split())
_FEAST_YEAR = re.compile(r"\s{1,2}((?:19|20)\d\d)\b")
_LAST_BEFORE = re.compile(r"\b(?:last|vorigen|letzten|vergangenen|vorige)\s{1,2}$", re.IGNORECASE)
_LAST_AFTER = re.compile(r"\s{1,2}dernier\b", re.IGNORECASE)

_WEEKDAYS = {
    0: "maandag monday montag lundi", 1: "dinsdag tuesday dienstag mardi",
    2: "woensdag wednesday mittwoch mercredi", 3: "donderdag thursday donnerstag jeudi",
    4: "vrijdag friday freitag vendredi", 5: "zaterdag saturday samstag samedi",
    6: "zondag sunday sonntag dimanche",
}
_WEEKDAY_NUM = {n: d for d, names in _WEEKDAYS.items() for n in names.split()}
# every month and weekday name the reader knows, for rules that must not take one for a place
CALENDAR_WORDS = frozenset(_MONTH_NUM) | frozenset(_WEEKDAY_NUM)
# the same with the feasts, in the place index's normal form: a name after a positional word that is
# one of these is a time, not a place ("am Dienstag", "met Kerst")
CALENDAR_NAMES = frozenset(norm(w) for w in CALENDAR_WORDS) | frozenset(
    norm(w) for w in "Christmas Easter Kerst Pasen Weihnachten Ostern Noël Pâques".split())
WEEKDAY_RE = re.compile(
    r"\b" + _first_letter(_WEEKDAY_NUM)
    + r"(?P<w>" + "|".join(_WEEKDAY_NUM) + r")(?:ochtend|middag|avond|nacht|morgen|abend|vormittag|nachmittag|mittag)?\b"
    r"(?:\s(?:morning|afternoon|evening|night|matin|soir))?", re.IGNORECASE)
# relative words, resolved as days before the reference date
_RELATIVE_DAYS = {"eergisteren": 2, "gisteren": 1, "vandaag": 0, "day before yesterday": 2, "yesterday": 1,
                  "today": 0, "vorgestern": 2, "gestern": 1, "heute": 0, "avant-hier": 2, "hier": 1,
                  "aujourd'hui": 0, "vanmorgen": 0, "vanochtend": 0, "vanmiddag": 0, "vanavond": 0,
                  "this morning": 0, "this afternoon": 0, "this evening": 0, "tonight": 0, "ce matin": 0,
                  "cet après-midi": 0, "ce soir": 0, "gisteravond": 1, "gistermiddag": 1, "gisterochtend": 1,
                  "gistermorgen": 1, "last night": 1}
_RELATIVE_RE = gate(re.compile(
    r"\b(?P<r>eergisteren|gisteren|vandaag|day before yesterday|yesterday|today|vorgestern|gestern|heute|"
    r"avant-hier|hier|aujourd'hui|vanmorgen|vanochtend|vanmiddag|vanavond|this morning|this afternoon|"
    r"this evening|tonight|ce matin|cet après-midi|ce soir|gisteravond|gistermiddag|gisterochtend|gistermorgen|"
    r"last night)\b", re.IGNORECASE))
# No digit (or ".000", ",5") may follow the hour or the minutes: "10.000 mensen" is a
# number, not 10:00. After a word of approximation ("rond 12.50") a time needs a marker
# (uur, Uhr, h, a.m., heures...), a colon, or "at"/"om" before it ("at around 10.00").
_TIME = re.compile(
    r"\b(?:(?P<p>om|rond|omstreeks|at|around|about|um|gegen|à|vers|a)\s{1,2})?(?P<h>[0-2]?\d)(?!\d)"
    r"(?:(?P<sep>[.:]|\s?h)\s?(?P<mi>[0-5]\d)(?!\d|[.,]\d))?\s{0,2}"
    r"(?P<suf>uur|u\b|Uhr|h\b|heures?\b|a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|hrs\b|hours\b)?",
    re.IGNORECASE)
_APPROX = frozenset("rond omstreeks around about gegen vers".split())
# "fotograaf Hendrik Oudshoorn (1931-2026)": a person's years of birth and death, no picture's date
_LIFE_YEARS = re.compile(r"\((?:1[6-9]|20)\d\d\s{0,2}-\s{0,2}(?:1[6-9]|20)\d\d\)")
# "Solothurn, 12. Februar 2026, 5 Uhr:": an hour with its marker right after a date's year
_AFTER_YEAR = re.compile(r"\b(?:19|20)\d\d,\s{1,2}$")
_AT_BEFORE = re.compile(r"\b(?:at|om|um|à|tegen)\s{1,2}$", re.IGNORECASE)


# Holidays on a fixed day of the year, named in the four languages ("am Tag der Deutschen
# Einheit", "op Koningsdag", "on Boxing Day"). Movable feasts (Rosenmontag, Pentecost) are
# computed from Easter in datefeasts.py.
_HOLIDAYS = {
    (1, 1): "nieuwjaarsdag|new year's day|neujahrstag|neujahr|jour de l'an",
    (2, 14): "valentijnsdag|valentine's day|valentinstag|saint-valentin",
    (4, 27): "koningsdag", (5, 4): "dodenherdenking", (5, 5): "bevrijdingsdag",
    (7, 4): "independence day|fourth of july", (10, 3): "tag der deutschen einheit",
    (10, 31): "halloween", (11, 1): "allerheiligen|all saints' day|toussaint",
    (11, 11): "armistice day|veterans day|wapenstilstandsdag|martinstag",
    (12, 24): "christmas eve|heiligabend|heiligen abend|kerstavond|veille de noël",
    (12, 25): "christmas day|eerste kerstdag|erster weihnachtsfeiertag|jour de noël",
    (12, 26): "boxing day|tweede kerstdag|zweiter weihnachtsfeiertag|stephanstag",
    (12, 31): "oudejaarsdag|oudejaarsavond|new year's eve|silvester|saint-sylvestre",
}
_HOLIDAY_DAY = {name: md for md, names in _HOLIDAYS.items() for name in names.split("|")}
# only as a time ("op Koningsdag", "am Tag der ...", "on Boxing Day", "à la Toussaint"):
# "Koningsdag werd gevierd" names the feast, not when the picture was taken
_HOLIDAY_RE = re.compile(r"\b(?:am|an|op|on|at|le|au|à|tijdens|during|pendant)\s{1,2}(?:(?:the|la|de|der)\s{1,2})?"
                         r"(?P<h>" + "|".join(sorted(map(re.escape, _HOLIDAY_DAY), key=len, reverse=True))
                         + r")\b", re.IGNORECASE)
# "en septembre", "im September", "in september": a month without a year or a day, read
# as the reference date's year when that month has begun by then; a later month ("in juli"
# in June) is a plan, not when the picture was taken, and gives no date
_MONTH_ALONE = re.compile(r"\b(?:en|in|im|au mois de)\s{1,2}(?P<m>" + _MONTH_RE + r")\b(?![.\s]{0,2}\d)",
                          re.IGNORECASE)
# "im Jahr 1990 und heute", "1945 and today", "en 1960 et aujourd'hui", "then and now": a
# pair of pictures from two times, neither of which is the one date of the picture
_THEN_AND_NOW = re.compile(r"\b(?:(?:19|20)\d\d|then|damals|toen|autrefois|vroeger|früher)\s{1,2}(?:und|and|en|et|&)\s{1,2}"
                           r"(?:(?:op|on|am|le|this)\s{1,2})?(?:heute|today|now|vandaag|nu|aujourd'hui|maintenant|jetzt|"
                           # "in 1945 en op zaterdag": a year and a day joined, two pictures (fields33)
                           r"(?:maan|dins|woens|donder|vrij|zater|zon)dag|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
                           r"(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)\b|"
                           # "Oude foto, nieuwe foto:", "Old picture, new picture", "Altes Foto, neues Foto": a pair
                           r"^\W{0,2}(?:oude|old|alte[sr]?|ancienne)\s(?:foto|photo|picture|bild|aufnahme)\s?[,/&-]\s?"
                           r"(?:nieuwe|new|neue[sr]?|nouvelle)\s", re.IGNORECASE)


@dataclass
class DateFound:
    year: int | None
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    how: str = "absolute"   # absolute | relative | no-year
    span: str = ""

    def iso(self) -> str | None:
        if self.year is None:
            return None
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        s = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.hour is not None:
            s += f"T{self.hour:02d}:{self.minute or 0:02d}:00"
        return s


def valid_date(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def find_date(text: str, lang: str, ref: dt.date | None) -> DateFound | None:
    """The date a caption gives, most definite first: a day with a month (the earliest
    in the text; with a year before without), a month with a year, a relative word or a
    day name (resolved against `ref`, else reported as relative), a bare year."""
    plain = as_plain(text)
    if _THEN_AND_NOW.search(plain):
        return None
    found: list[tuple[int, DateFound]] = []
    events: list[tuple[int, int]] = []     # spans of other events' dates: no part of them dates the picture
    for rx in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _NUMERIC_SHORT, _NUMERIC_NO_YEAR, _ISO):
        for m in rx.finditer(plain):
            mon = m.group("m")
            month = int(mon) if mon.isdigit() else _MONTH_NUM.get(mon.casefold())
            day = int(m.group("d"))
            year = int(m.group("y")) if m.group("y") else None
            if year is not None and year < 100:  # "12.3.26": this century up to 50, else the last
                year += 2000 if year <= 50 else 1900
            if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            if rx is _MONTH_DAY and mon.casefold() in ("may", "mai", "mei") and not year \
                    and not _MAY_DATELINE.search(plain, m.start() - 4, m.end() + 1):
                continue  # "may 3 ..." is more often a verb than a date
            if _of_event(plain, m.start(), False) and not time_of_day_before(plain, m.start()) or _past_clause(plain, m.start()) or pair_of_days(plain, m.start()) \
                    or in_shown_photo(plain, m.start()) or not_the_pictures_day(plain, m.start(), m.end(), False):  # (dateother, dateevents)
                events.append(m.span())
                continue
            if year is not None:
                if not valid_date(year, month, day):
                    continue
                found.append((m.start(), DateFound(year, month, day, span=m.group())))
            else:
                found.append((m.start() + 100000, DateFound(None, month, day, how="no-year", span=m.group())))
    if found:
        found.sort(key=lambda x: x[0])
        date = found[0][1]
        if date.year is not None:
            add_time(plain, date)
        return date
    def inside_event(m) -> bool:
        return any(s <= m.start() < e for s, e in events) or _of_event(plain, m.start(), False) \
            or of_building(plain, m.start(), m.end()) or in_shown_photo(plain, m.start())

    def of_other(x) -> bool:    # "after the earthquake of December 1988, in January 1989": that event's month
        w = _WORD_BEFORE.search(plain, max(0, x.start() - 20), x.start())
        if w is None or w.group(1).casefold() not in _OF_YEAR or _of_picture(plain, x.start()) \
                or during_event(plain, x.start()) or len(plain[:x.start()].split()) <= 3:
            return False
        events.append(x.span())
        return True

    m = next((x for x in _MONTH_YEAR.finditer(plain) if not inside_event(x) and not of_other(x)), None)
    if m:
        return DateFound(int(m.group("y")), _MONTH_NUM[m.group("m").casefold()], span=m.group())
    if (year := here_year(plain)) is not None:
        return DateFound(year, span=str(year))      # "ici en 1972" (dateevents)
    h = next((x for x in _HOLIDAY_RE.finditer(plain) if not _of_event(plain, x.start(), True)), None)
    if h:
        return _holiday(h, ref)
    f = feast_match(plain)
    if f and not _of_event(plain, f.start("h"), True):   # a movable feast: datefeasts.py
        if ref is None:     # the day is named, its year unknown: said, not guessed
            return DateFound(None, how="relative", span=f.group("h"))
        fy = _FEAST_YEAR.match(plain, f.end("h"))     # "le lundi de Pentecôte 2025": that year's feast
        day = feast_day(f.group("h"), dt.date(int(fy.group(1)), 12, 31) if fy else ref)
        return DateFound(day.year, day.month, day.day, how="absolute" if fy else "relative", span=f.group("h"))
    # "pictured in 1994. She died on Saturday": the day of a death is never the picture's (datedeath)
    m = next((w for w in WEEKDAY_RE.finditer(plain) if not _of_event(plain, w.start(), True)
              and not not_the_pictures_day(plain, w.start(), w.end())     # "Sunday's" (dateevents)
              and not death_day(plain, w.start(), w.end()) and not day_of_a_rite(plain, w.start(), w.end())
              and not pluperfect_sentence(plain, w.start())), None)     # "Friday prayers", "war am Montag gefallen"
    r = next((x for x in _RELATIVE_RE.finditer(plain) if not _of_event(plain, x.start(), True)
              and not death_day(plain, x.start(), x.end()) and not nowadays(plain, x.start(), x.end())), None)
    if r and (lang == "fr" or r.group("r").casefold() not in ("hier",)):
        if ref is None:
            return DateFound(None, how="relative", span=r.group())
        got = ref - dt.timedelta(days=_RELATIVE_DAYS[" ".join(r.group("r").casefold().split())])
        d = DateFound(got.year, got.month, got.day, how="relative", span=r.group())
        add_time(plain, d)
        return d
    if m:
        if ref is None:
            return DateFound(None, how="relative", span=m.group())
        # A day name in a caption means the most recent such day, today included
        # (not a week before: "Thursday" in a caption sent on Thursday is that day).
        wd = _WEEKDAY_NUM[m.group("w").casefold()]
        day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
        if day == ref and (_LAST_BEFORE.search(plain, max(0, m.start() - 12), m.start()) or _LAST_AFTER.match(plain, m.end())):
            day -= dt.timedelta(days=7)     # "samedi dernier", "last Saturday" said on a Saturday: a week before
        if last_week(plain, m.start(), m.end()):    # "Freitag vergangener Woche": that day of the week before
            day = ref - dt.timedelta(days=ref.weekday() + 7 - wd)
        d = DateFound(day.year, day.month, day.day, how="relative", span=m.group())
        add_time(plain, d)
        return d
    ma = next((x for x in _MONTH_ALONE.finditer(plain) if not inside_event(x) and not programme_month(plain, x.start())
               and not month_not_the_pictures(plain, x.start(), x.end())), None)     # "im April, Juni und Oktober"
    if ma and ref is not None and _MONTH_NUM[ma.group("m").casefold()] <= ref.month:
        return DateFound(ref.year, _MONTH_NUM[ma.group("m").casefold()], how="relative", span=ma.group())
    return _bare_year(plain, events)


def _bare_year(plain: str, events: list[tuple[int, int]]) -> DateFound | None:
    """The first year standing alone that dates the picture, else None."""
    life = [x.span() for x in _LIFE_YEARS.finditer(plain)]
    for m in _YEAR.finditer(plain):
        pre = (m.group("pre") or "").strip().casefold()
        if pre in _SINCE or pre in _DECADE or any(s <= m.start("y") < e for s, e in events + life) \
                or of_building(plain, m.start("y"), m.end("y")) or in_shown_photo(plain, m.start("y")) \
                or not_the_pictures_year(plain, m.start("y")) or other_year(plain, m.start("y"), m.end("y")) \
                or birth_year(plain, m.start("y")):
            continue  # "inauguré en 1901", "with a photo of her class taken in 1962" (dateother.py), "born in 1940"
        if pre in _OF_YEAR and not _of_picture(plain, m.start("y")) and len(plain[:m.start("y")].split()) > 3 \
                and not during_event(plain, m.start("y")):
            continue  # "nach dem Felssturz von 2017": that event's year; "Das Hochwasser von 2002 in X": the picture's (fields20)
        return DateFound(int(m.group("y")), span=m.group("y"))
    return None


def _holiday(h: re.Match, ref: dt.date | None) -> DateFound:
    """The day a fixed holiday names: the most recent one at `ref` (this year's if it has
    come, else last year's), or a day without a year when there is no reference date."""
    month, day = _HOLIDAY_DAY[" ".join(h.group("h").casefold().split())]
    if ref is None:
        return DateFound(None, month, day, how="no-year", span=h.group())
    year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    return DateFound(year, month, day, how="relative", span=h.group())


# A date right after one of these is another event's, not the picture's: "die
# Bombardierung vom 13. Februar 1945", "le défilé du 14 juillet", "released Wednesday by
# the Border Guard", "sinds 24 februari"; before a day name also "de"/"van"/"von" ("les
# actes de sabotage de vendredi", "de aanslag van dinsdag").
_EVENT_BEFORE = frozenset("vom du since sinds sedert seit depuis released until bis tot jusqu".split())
_EVENT_BEFORE_DAY = _EVENT_BEFORE | {"de", "d", "van", "von", "des", "of"}
# "bis zum 12. Oktober", "until the 12th", "jusqu'au 12 octobre", "tot en met 12 oktober":
# a deadline's small words between "bis"/"until"/"tot" and the date
_DEADLINE = re.compile(r"\b(?:bis|until|till|tot|jusqu)['’]?\s{0,2}(?:zum|zur|the|au|à|en met|aan)\s{1,2}$",
                       re.IGNORECASE)
# "Aufnahme vom 29. September", "Foto van 3 mei", "photo taken on": the picture's own date
_PICTURE_OF = frozenset("aufnahme foto bild archivbild archivfoto photo opname lors".split())  # "lors du": during
_WORD_BEFORE = re.compile(r"([^\W\d_]+)['’]?\s{0,2}$")
_TWO_BEFORE = re.compile(r"([^\W\d_]+)\s{1,2}(?:vom|van|von|du|de)\s{1,2}$")


# a bare year after "of" names the year of what comes before it ("der Felssturz von 2017",
# "de watersnood van 1953", "la crue de 1910"), unless that is the picture ("Foto von 1989")
_OF_YEAR = frozenset("von van of de du des".split())


def _of_picture(plain: str, start: int) -> bool:
    pic = _TWO_BEFORE.search(plain, max(0, start - 24), start)
    return bool(pic) and pic.group(1).casefold() in _PICTURE_OF


def _of_event(plain: str, start: int, day_name: bool) -> bool:
    """The date at `start` dates another event than the picture (see the tables above)."""
    w = _WORD_BEFORE.search(plain, max(0, start - 20), start)
    if _DEADLINE.search(plain, max(0, start - 24), start):
        return True
    pic = _TWO_BEFORE.search(plain, max(0, start - 24), start)
    if pic and pic.group(1).casefold() in _PICTURE_OF:
        return False
    if day_name and w and w.group(1).casefold() in _OF_YEAR and during_event(plain, start):
        return False    # "tijdens de raadsvergadering van dinsdag": the picture's day (fields32)
    return bool(w) and w.group(1).casefold() in (_EVENT_BEFORE_DAY if day_name else _EVENT_BEFORE)


# "..., où un attentat a fait 14 morts le 1er janvier", "..., where a bridge collapsed
# on 3 May", "..., waar op 4 mei een brand woedde": a clause on a place that tells what
# happened there in a past tense dates that event; captions describe the picture in the present
_CLAUSE_START = re.compile(r"(?:^|[,;(]\s{0,2})(?:où|where|waar|wo|when|toen|lorsque)\s", re.IGNORECASE)
_PAST_IN_CLAUSE = re.compile(
    r"\b(?:was|were|had|has|have|collapsed|killed|died|struck|hit|werd|werden|waren|heeft|hebben|"
    r"wurde|wurden|war|hat|haben|starben|(?:a|ont)\s(?:\w{1,12}\s)?\w{2,20}(?:é|i|is|it|u|ait)s?|"
    r"\w{2,20}(?:ed)|fut|furent)\b", re.IGNORECASE)


def _past_clause(plain: str, start: int) -> bool:
    """The date at `start` stands in a relative clause ("où", "where", "waar", "wo") told
    in a past tense, with no comma between the clause's start and the date."""
    window = plain[max(0, start - 120):start]
    m = None
    for m in _CLAUSE_START.finditer(window):
        pass
    if m is None or re.search(r"[,;.]", window[m.end():]):
        return False
    tail = re.split(r"[,;.]", plain[start:start + 60], maxsplit=1)[0]
    return _PAST_IN_CLAUSE.search(window[m.end():] + " " + tail) is not None


def add_time(plain: str, date: DateFound) -> None:
    """Set the time of day from the first "om 14.30 uur", "at 2 p.m."... in `plain`."""
    for m in _TIME.finditer(plain):
        h, mi, suf = int(m.group("h")), m.group("mi"), (m.group("suf") or "").casefold().replace(" ", "")
        if not mi and not suf:
            continue
        if m.group("p") is None and not (mi and suf) and not (suf and _AFTER_YEAR.search(plain, 0, m.start())):
            continue  # "zaterdagochtend 08.15 uur" needs no "om"; a bare "8.15" or "3 h" is no time
        if ((m.group("p") or "").casefold() in _APPROX and not suf and (m.group("sep") or "").strip() not in (":", "h")
                and not _AT_BEFORE.search(plain, max(0, m.start() - 8), m.start())):
            continue  # "rond 12.50 euro", "about 20.000": a number ("at around 10.00" is a time)
        if suf.startswith("p") and h < 12:
            h += 12
        elif suf.startswith("a") and h == 12:
            h = 0
        if h > 23:
            continue
        date.hour, date.minute = h, int(mi) if mi else 0
        return

