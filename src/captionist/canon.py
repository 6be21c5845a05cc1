"""The record's JSON form of values read from files, without building the record model.

`captionist read` of one file should cost what reading the file costs (issue 14): the pydantic
record model (`captionist.model`) takes ~110 ms of CPU to import and build, while the values a
file yields are already plain (`codec` decodes them: str, int, float, lists and dicts of them).
This module puts such values in the form `CaptionRecord.model_dump(mode="json",
exclude_none=True)` gives, from the property table alone:

* text loses control characters (`clean_text`); lang-alts get x-default first and become a
  plain string when only x-default is left; lists lose repeated items; dates are re-spelt by
  `dates.parse`; structures keep their fields in table order; GPS coordinates stay in range;
* a value the model would reject is dropped (None), as `model.canonical` drops it;
* a value of any other shape (a bool, a None inside a structure, a date in non-ASCII digits...)
  is not decided here: `DEFER` says "ask the model", so the two cannot disagree on it.

The model's own validators (`clean_text`, `lang_alt`, `lang_alt_out`) are the functions
defined here, and tests/test_canon.py compares both paths over the corpus and over the awkward
values each kind admits.
"""

from __future__ import annotations

import json
import re
from typing import Any

from . import dates
from .standard import BY_ID, PROPS, STRUCTS, Kind

# A value outside what this module decides: the record model must validate it.
DEFER: Any = type("Defer", (), {"__repr__": lambda self: "DEFER"})()

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LANG_TAG = re.compile(r"^(x-default|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)$")
_ISO = re.compile(dates.ISO_PATTERN)

# WGS 84 coordinates in decimal degrees (EXIF 2.32 GPSLatitude/GPSLongitude, XMP exif:GPS*):
# the bounds of those structure fields (the model declares them with these).
BOUNDS: dict[str, tuple[float, float]] = {"gpsLatitude": (-90, 90), "gpsLongitude": (-180, 180)}


class _Rejected(Exception):
    """The model rejects this value (it is dropped from a reconciled record)."""


class _Deferred(Exception):
    """Not a shape decided here."""


# --------------------------------------------------------------------------- shared validators

def clean_text(value: str) -> str:
    """Normalise line breaks to LF and drop control characters XMP cannot hold (XML 1.0 allows
    only tab, LF and CR below U+0020)."""
    if _SURROGATE.search(value):
        raise ValueError("text contains a lone surrogate (not valid Unicode)")
    value = _LINE_BREAKS.sub("\n", value)
    return _CONTROLS.sub("", value)


def lang_alt(value: str | dict[str, str]) -> dict[str, str]:
    """A lang-alt with x-default first (XMP spec part 1, 8.2.2.4); the first language given
    becomes the default when none is."""
    if isinstance(value, str):
        return {"x-default": clean_text(value)}
    if not value:
        raise ValueError("a language alternative needs at least one language")
    out: dict[str, str] = {}
    for tag, text in value.items():
        if not _LANG_TAG.match(tag):
            raise ValueError(f"{tag!r} is not a language tag (e.g. 'nl', 'en-GB' or 'x-default')")
        out[tag] = clean_text(text)
    if "x-default" not in out:
        out = {"x-default": next(iter(out.values())), **out}
    else:
        out = {"x-default": out.pop("x-default"), **out}
    return out


def lang_alt_out(value: dict[str, str]) -> str | dict[str, str]:
    return value["x-default"] if list(value) == ["x-default"] else value


# --------------------------------------------------------------------------- the fast path

def _text(v: Any) -> str:
    if type(v) is not str:
        raise _Deferred
    try:
        return clean_text(v)
    except ValueError:
        raise _Rejected from None


def _unique(items: list, key=lambda x: x) -> list:
    seen: set = set()
    out = []
    for item in items:
        k = key(item)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _node(kind: Kind, struct: str | None, v: Any) -> Any:
    if kind is Kind.TEXT:
        return _text(v)
    if kind is Kind.LANG_ALT:
        if type(v) is dict and not all(type(k) is str and type(t) is str for k, t in v.items()):
            raise _Deferred
        if type(v) is not str and type(v) is not dict:
            raise _Deferred
        try:
            return lang_alt_out(lang_alt(v))
        except ValueError:
            raise _Rejected from None
    if kind is Kind.LIST:
        if type(v) is not list:
            raise _Deferred
        return _unique([_text(x) for x in v])
    if kind is Kind.INT:
        if type(v) is not int:
            raise _Deferred
        return v
    if kind is Kind.INT_LIST:
        if type(v) is not list or not all(type(x) is int for x in v):
            raise _Deferred
        return _unique(v)
    if kind is Kind.NUMBER:
        if type(v) is not float:
            raise _Deferred
        if v != v or v in (float("inf"), float("-inf")):
            raise _Rejected   # NaN and Infinity have no XMP form
        return v + 0.0        # -0.0 is 0.0, as in the model (recordmodel._no_negative_zero)
    if kind is Kind.DATE:
        # ASCII only: the model checks the pattern with its own regex engine; other digits are its call
        if type(v) is not str or not v.isascii() or not _ISO.fullmatch(v):
            raise _Deferred
        try:
            return dates.parse(v).iso()
        except ValueError:
            raise _Rejected from None
    if kind is Kind.STRUCT:
        return _struct(struct, v)
    if kind is Kind.STRUCTS:
        if type(v) is not list:
            raise _Deferred
        return _unique([_struct(struct, x) for x in v], key=lambda d: json.dumps(d))
    raise AssertionError(kind)


def _struct(name: str, v: Any) -> dict[str, Any]:
    if type(v) is not dict or not all(type(k) is str and x is not None for k, x in v.items()):
        raise _Deferred
    fields = STRUCTS[name]
    if not v or not v.keys() <= {f.id for f in fields}:
        raise _Rejected   # a structure needs a field; unknown fields are refused (extra="forbid")
    out: dict[str, Any] = {}
    for f in fields:
        if f.id in v:
            x = _node(f.kind, f.struct, v[f.id])
            lo_hi = BOUNDS.get(f.id)
            if lo_hi is not None and not lo_hi[0] <= x <= lo_hi[1]:
                raise _Rejected
            out[f.id] = x
    return out


def value(prop_id: str, v: Any) -> Any:
    """`v` in the record's JSON form for property `prop_id`; None when the model rejects it (or
    `v` is None); `DEFER` when the model must decide."""
    if v is None:
        return None
    p = BY_ID[prop_id]
    try:
        return _node(p.kind, p.struct, v)
    except _Rejected:
        return None
    except _Deferred:
        return DEFER


def split(values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """(the values decided here, in the record's JSON form; the ones the model must validate).
    Keys that are not property ids go to the model too (it refuses them)."""
    done: dict[str, Any] = {}
    rest: dict[str, Any] = {}
    for k, v in values.items():
        if k not in BY_ID:
            rest[k] = v
            continue
        out = value(k, v)
        if out is DEFER:
            rest[k] = v
        elif out is not None:
            done[k] = out
    return done, rest


def in_order(values: dict[str, Any]) -> dict[str, Any]:
    """The properties in the record's order (the property table's), as the model dumps them."""
    return {p.id: values[p.id] for p in PROPS if p.id in values}
