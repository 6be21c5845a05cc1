"""**Variables** are filled in per file when the record is written: `{filename}`, `{stem}`,
`{ext}`, `{id}`, `{position}`, any text or date property of the record (`{headline}`,
`{dateCreated:%d %B %Y}`; falls back to what the file already carries), short names for the
location fields (`{city}`, `{country}`, ...), `{taken:...}` (EXIF DateTimeOriginal) and EXIF
values (`{exif:Model}`). Dates are formatted with strftime-style directives and month and day
names in the value's language (CLDR's names, through babel: the language of a language
alternative, else the record's first language, else English). `{{` and `}}` write literal braces. An unknown name is an
error when records are loaded; a variable with no value for a file is an error for that file.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from . import dates, plainrecord
from .errors import RecordError
from .standard import BY_ID, Kind
from .textwalk import map_text

if TYPE_CHECKING:
    from .model import CaptionRecord


_VAR = re.compile(r"\{\{|\}\}|\{([^{}]*)\}|[{}]")
ALIASES = {"city": "cityName", "country": "countryName", "sublocation": "sublocationName",
           "state": "provinceState", "province": "provinceState", "creator": "creatorNames",
           "credit": "creditLine", "event": "eventName", "copyright": "copyrightNotice",
           "date": "dateCreated", "caption": "description"}
FILE_VARS = ("filename", "stem", "ext", "id", "position", "taken")
_VALUE_KINDS = (Kind.TEXT, Kind.LANG_ALT, Kind.DATE, Kind.LIST, Kind.INT, Kind.NUMBER)


def _prop_for(name: str):
    p = BY_ID.get(ALIASES.get(name, name))
    return p if p is not None and p.kind in _VALUE_KINDS else None


def _check_name(name: str, fmt: str | None) -> str | None:
    """None when `name[:fmt]` is a variable captionist knows, else why not."""
    if name.startswith("exif:"):
        return None if re.fullmatch(r"exif:[A-Za-z0-9]+", name) and not fmt else \
            f"{{{name}}}: an EXIF variable is exif:TagName, without a format"
    if name in FILE_VARS:
        if fmt and name != "taken":
            return f"{{{name}}} takes no format"
        return None
    p = _prop_for(name)
    if p is None:
        return (f"unknown variable {{{name}}} (known: {', '.join(FILE_VARS)}, exif:Tag, text and date "
                f"properties such as headline or dateCreated, and {', '.join(ALIASES)}; {{{{ for a literal brace)")
    if fmt and p.kind is not Kind.DATE:
        return f"{{{name}}} is not a date; only dates take a format"
    return None


def check_variables(data: dict[str, Any], *, where: str | None = None) -> None:
    """Raise RecordError for the first unknown variable or unbalanced brace in a record."""
    rid = data.get("id")

    def check(text: str, _lang, path: str) -> str:
        for m in _VAR.finditer(text):
            tok = m.group(0)
            if tok in ("{{", "}}"):
                continue
            if m.group(1) is None:
                raise RecordError(where, f"a lone {tok!r} (write {tok * 2} for a literal brace)",
                                  record_id=rid, field=path)
            name, _, fmt = m.group(1).partition(":") if not m.group(1).startswith("exif:") else (m.group(1), "", "")
            why = _check_name(name.strip(), fmt or None)
            if why:
                raise RecordError(where, why, record_id=rid, field=path)
        return text

    map_text(data, check)


def uses_variables(record: CaptionRecord) -> bool:
    found = False

    def look(text: str, _l, _p) -> str:
        nonlocal found
        found = found or "{" in text or "}" in text
        return text

    map_text(record.model_dump(mode="json", exclude_none=True), look)
    return found


def _names(lang: str, day_in_format: bool) -> tuple[dict, dict, dict, dict]:
    """Month and day names (wide, abbreviated) from CLDR through babel, for a language tag
    ("nl", "en-GB", "uk"); a tag babel does not know gets English. A month next to a day uses
    CLDR's "format" form (Ukrainian "24 лютого"), a month alone the "stand-alone" form
    ("лютий 2022"); nl, en, de and fr spell both alike."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_day_names, get_month_names

    try:
        locale = Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    context = "format" if day_in_format else "stand-alone"
    return (get_month_names("wide", context, locale), get_month_names("abbreviated", context, locale),
            get_day_names("wide", "format", locale), get_day_names("abbreviated", "format", locale))


_DIRECTIVE = re.compile(r"%(-?)([A-Za-z%])")


def format_date(iso: str, fmt: str | None, lang: str) -> str:
    """An ISO date of any precision with strftime-style directives, month and day names in
    `lang` (CLDR's, through babel; an unknown language gets English). Without a format: the
    ISO text."""
    if not fmt:
        return iso
    import datetime as dt

    pd = dates.parse(iso)
    months, short, days, short_days = _names(lang, re.search(r"%-?[de]", fmt) is not None)
    need = {"d": "day", "e": "day", "A": "day", "a": "day", "m": "month", "B": "month", "b": "month",
            "H": "hour", "M": "minute", "S": "second"}

    def one(m: re.Match) -> str:
        nopad, d = m.group(1) == "-", m.group(2)
        if d == "%":
            return "%"
        part = need.get(d)
        if part and getattr(pd, part if part != "second" else "minute") is None:
            raise ValueError(f"%{d} needs a {part} but the date is {iso!r}")
        pad = (lambda n: str(n)) if nopad else (lambda n: f"{n:02d}")
        if d == "Y":
            return f"{pd.year:04d}"
        if d == "y":
            return f"{pd.year % 100:02d}"
        if d == "m":
            return pad(pd.month)
        if d in ("d", "e"):
            return pad(pd.day) if d == "d" else str(pd.day)
        if d == "B":
            return months[pd.month]
        if d == "b":
            return short[pd.month]
        if d in ("A", "a"):
            weekday = dt.date(pd.year, pd.month, pd.day).weekday()   # 0 = Monday, as in CLDR
            return (days if d == "A" else short_days)[weekday]
        if d == "H":
            return pad(pd.hour)
        if d == "M":
            return pad(pd.minute)
        if d == "S":
            return pad(pd.second or 0)
        raise ValueError(f"unknown date directive %{d} (known: %Y %y %m %d %e %B %b %A %a %H %M %S, %-d)")

    return _DIRECTIVE.sub(one, fmt)


def record_language(data: dict[str, Any]) -> str:
    for key in ("description", "headline", "title"):
        v = data.get(key)
        if isinstance(v, dict):
            for tag in v:
                if tag != "x-default":
                    return tag
    return "en"


def with_variables(record: CaptionRecord, *, where: str | None = None) -> CaptionRecord:
    """Check the record's `{variables}` (RecordError when one is unknown) and mark it so they are
    filled in when it is written. Records from files get this when they are loaded."""
    check_variables(record.model_dump(mode="json", exclude_none=True), where=where)
    # only a record that uses variables is marked: the others skip the walk over their
    # values at every file they are written to (expand_variables)
    record._variables = uses_variables(record)
    return record


def expand_variables(record: CaptionRecord, snap, *, position: int | None = None) -> CaptionRecord:
    """The record with every `{variable}` filled in for the file of `snap` (a reader.Snapshot).
    Only records checked by `with_variables` (every record loaded from a file) are expanded; a
    record built in code (an API call) is written as it is, braces and all."""
    if not record._variables or not uses_variables(record):
        return record
    data = record.model_dump(mode="json", exclude_none=True)
    file_values = snap.values()
    lang0 = record_language(data)
    where = str(snap.path)
    rid = record.id

    def lookup(name: str, fmt: str | None, lang: str, path: str, depth: int) -> str:
        if name == "filename":
            return snap.path.name
        if name == "stem":
            return snap.path.stem
        if name == "ext":
            return snap.path.suffix.lstrip(".")
        if name == "id":
            if not rid:
                raise RecordError(where, "{id}: the record has no id", field=path)
            return rid
        if name == "position":
            if position is None:
                raise RecordError(where, "{position}: the file has no position in this run", record_id=rid, field=path)
            return str(position)
        if name == "taken":
            from .dates import from_exif
            pd = from_exif(snap.raw.exif.get("Exif.Photo.DateTimeOriginal"),
                           snap.raw.exif.get("Exif.Photo.OffsetTimeOriginal"))
            if pd is None:
                raise RecordError(where, "{taken}: the file has no EXIF DateTimeOriginal", record_id=rid, field=path)
            return _fmt_date(pd.iso(), fmt, lang, path)
        if name.startswith("exif:"):
            tag = name[5:]
            for key, v in snap.raw.exif.items():
                if key.rsplit(".", 1)[-1] == tag and isinstance(v, str) and v.strip("\x00 "):
                    return v.rstrip("\x00 ")
            raise RecordError(where, f"{{{name}}}: the file has no EXIF {tag}", record_id=rid, field=path)
        p = _prop_for(name)
        if p is None:
            raise RecordError(where, f"{{{name}}} is not a variable captionist knows", record_id=rid, field=path)
        value = data.get(p.id)
        from_file = value is None
        if from_file:
            value = file_values.get(p.id)
        if value is None:
            raise RecordError(where, f"{{{name}}}: neither the record nor the file has a {p.id}",
                              record_id=rid, field=path)
        if p.kind is Kind.LANG_ALT and isinstance(value, dict):
            value = value.get(lang) or value.get("x-default") or next(iter(value.values()))
        if isinstance(value, list):
            value = ", ".join(map(str, value))
        if p.kind is Kind.DATE:
            return _fmt_date(value, fmt, lang, path)
        value = str(value)
        # A record's own text may use variables itself; text that comes from the file is data
        # (a wire caption may well contain braces) and goes in literally.
        if not from_file and ("{" in value or "}" in value) and depth < 5:
            value = fill(value, lang, path, depth + 1)
        return value

    def _fmt_date(iso: str, fmt: str | None, lang: str, path: str) -> str:
        try:
            return format_date(iso, fmt, lang)
        except ValueError as e:
            raise RecordError(where, str(e), record_id=rid, field=path) from None

    def fill(text: str, lang: str, path: str, depth: int = 0) -> str:
        def one(m: re.Match) -> str:
            tok = m.group(0)
            if tok == "{{":
                return "{"
            if tok == "}}":
                return "}"
            if m.group(1) is None:
                raise RecordError(where, f"a lone {tok!r}", record_id=rid, field=path)
            body = m.group(1)
            name, _, fmt = body.partition(":") if not body.startswith("exif:") else (body, "", "")
            return lookup(name.strip(), fmt or None, lang, path, depth)
        return _VAR.sub(one, text)

    out = map_text(data, lambda text, lang, path: fill(text, lang or lang0, path))
    return plainrecord.validate(out)
