"""ExifTool's dialect: how ExifTool spells IPTC values, both ways, in one place.

Writing (`*_out`: what `exiftool -json -G1 -struct -n` would print for a record value) and
reading (`*_in`: an ExifTool value, converted or not (`-n`), back into the record's JSON form)
are paired here, so a change to one side is made beside the other:

    date_out / date_in            "2022:02:24 06:30:00+02:00" <-> ISO 8601, precision kept
    vocab_out / vocab_in          PLUS codes without / with their vocabulary namespace
    value_out / value_in          one value of a property or structure field
    serialise / parse_serialized  ExifTool's serialised structures ({A=x,B=[y,z]}, | escapes),
                                  as `-struct` prints them in CSV
    number_in                     "48 deg 8' 49.20\" N", "140 m", "12 m Below Sea Level"
    iim_out / iim_in              IIM datasets as stored (dates YYYY:MM:DD, 2:60 beside them)
    exif_out / exif_in            EXIF text without its NUL padding, OffsetTimeOriginal beside

and the format sniffers `looks_like_exiftool_json` / `looks_like_exiftool_csv`. The tag names
themselves come from the property table (`captionist.standard`: `Prop.exiftool`...).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from . import codec
from .standard import (EXIFTOOL_EXIF_OFFSET, EXIFTOOL_IIM_TIME, EXIFTOOL_LABELS, IIM_TIME_KEY, PLUS_VOCAB, STRUCTS,
                       XMP_FORMS, Kind, Prop)
from .valuetypes import GPSCoordinate

LANG_TAG = re.compile(r"^(x-default|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)$")


# ============================================================================ writing

def vocab_out(xmp_name: str, value: Any) -> Any:
    """A PLUS code as ExifTool shows it with -n: without the vocabulary's namespace."""
    if xmp_name.startswith("plus:") and xmp_name in EXIFTOOL_LABELS and isinstance(value, str) \
            and value.startswith(PLUS_VOCAB):
        return value[len(PLUS_VOCAB):]
    return value


def date_out(iso: str) -> str:
    """ISO 8601 (any precision) -> ExifTool's "YYYY:MM:DD HH:MM:SS+zz:zz"."""
    date, _, time = iso.partition("T")
    return date.replace("-", ":") + (f" {time}" if time else "")


def text_out(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, list):
        raw = raw[0] if raw else None
        return text_out(raw)
    if isinstance(raw, bool):
        return "True" if raw else "False"
    return str(raw)


def value_out(out: dict[str, Any], name: str, kind: Kind, value: Any, struct: str | None,
              xmp_name: str) -> None:
    """Put one value, in its record JSON form, into `out` the way ExifTool -n -struct shows it."""
    if kind is Kind.LANG_ALT:
        for tag, text in codec.lang_dict(value).items():
            out[name if tag == "x-default" else f"{name}-{tag}"] = text
    elif kind is Kind.DATE:
        out[name] = date_out(value)
    elif kind is Kind.STRUCT:
        out[name] = struct_out(struct, value)
    elif kind is Kind.STRUCTS:
        out[name] = [struct_out(struct, v) for v in value]
    else:
        out[name] = vocab_out(xmp_name, value)


def struct_out(struct: str, value: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in STRUCTS[struct]:
        if value.get(f.id) is not None:
            value_out(out, f.exiftool, f.kind, value[f.id], f.struct, f.xmp)
    return out


# ExifTool's serialised structures (ExifTool "Structured Information", -struct with -csv):
# {Field=value,...} and [item,...]; a | escapes , = { } [ ] | inside values.
_SPECIAL = re.compile(r"([,=\{\}\[\]|])")


def serialise(value: Any, top: bool = False) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{k}={serialise(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(serialise(v) for v in value) + "]"
    text = num_text(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
    if top:
        return text
    text = _SPECIAL.sub(r"|\1", text)
    # leading/trailing spaces would be trimmed on reading: escape them too
    if text[:1].isspace():
        text = "|" + text
    if text[-1:].isspace():
        text = text[:-1] + "|" + text[-1]
    return text


def num_text(v: float | int) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


# ============================================================================ reading

ET_DATE = re.compile(r"^(\d{4})(?:[:-](\d{2}))?(?:[:-](\d{2}))?"
                     r"(?:[ T](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$")
_DMS = re.compile(r"""^\s*(\d+(?:\.\d+)?)\s*deg\s*(\d+(?:\.\d+)?)'\s*(\d+(?:\.\d+)?)"\s*([NSEW])?\s*$""")
_NUM = re.compile(r"^\s*([+-]?\d+(?:\.\d+)?)")


def vocab_in(xmp_name: str, text: str) -> str:
    """A closed-vocabulary value as the file stores it, from ExifTool's label or code."""
    labels = EXIFTOOL_LABELS.get(xmp_name)
    if labels is None:
        return text
    code = labels.get(text.lower(), text)
    if xmp_name.startswith("plus:") and not code.startswith("http"):
        return PLUS_VOCAB + code
    return code


def date_in(value: Any, time: str | None = None, offset: str | None = None) -> str | None:
    """ExifTool's "2022:02:24 06:30:00+02:00" (or ISO) as ISO 8601, keeping the precision."""
    m = ET_DATE.match(str(value).strip())
    if not m:
        return str(value)   # left for the model to reject with a clear message
    y, mo, d, h, mi, s, frac, zone = m.groups()
    if time and h is None:
        t = re.match(r"^(\d{2}):?(\d{2})(?::?(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$", time.strip())
        if t:
            h, mi, s, zone = t.group(1), t.group(2), t.group(3), t.group(4)
    zone = zone or (offset.strip() if offset and re.match(r"^[+-]\d{2}:\d{2}$", offset.strip()) else None)
    out = y
    if mo and mo != "00":
        out += f"-{mo}"
        if d and d != "00":
            out += f"-{d}"
            if h is not None:
                out += f"T{h}:{mi}" + (f":{s}{frac or ''}" if s else "") + (zone or "")
    return out


class JsonNumber(str):
    """A JSON number kept as written. ExifTool prints numeric-looking text (a GTIN, a version
    "1.10") as a JSON number, which a float would change; numeric fields convert it."""


def parse_json(text: str) -> Any:
    """JSON with its fractional numbers kept as written (`JsonNumber`)."""
    return json.loads(text, parse_float=JsonNumber)


def number_in(value: Any, xmp_name: str) -> Any:
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, JsonNumber):
        return float(value)
    text = str(value)
    m = _DMS.match(text)
    if m:
        deg = float(m.group(1)) + float(m.group(2)) / 60 + float(m.group(3)) / 3600
        return -round(deg, 8) if m.group(4) in ("S", "W") else round(deg, 8)
    if isinstance(XMP_FORMS.get(xmp_name), GPSCoordinate):   # the XMP form, "50,27N"
        gps = XMP_FORMS[xmp_name].xmp_in(text)
        if gps is not None:
            return gps
    m = _NUM.match(text)
    if m:
        num = float(m.group(1))
        if "below sea level" in text.lower():
            num = -num
        return num
    return text


def items_in(value: Any, sep: str | None) -> list[Any]:
    if isinstance(value, list):
        return value
    if sep is not None and isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        parsed = parse_serialized(value)   # a -struct CSV cell: [a,b]
        if isinstance(parsed, list):
            return parsed
    if sep is not None and isinstance(value, str):
        return [v for v in (x.strip() for x in value.split(sep)) if v]
    return [value]


def scalar_in(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def value_in(kind: Kind, xmp_name: str, struct: str | None, value: Any, sep: str | None) -> Any:
    """An ExifTool value (XMP family) in the record's JSON form."""
    if kind is Kind.LANG_ALT:
        return scalar_in(value) if not isinstance(value, dict) else {k: scalar_in(v) for k, v in value.items()}
    if kind is Kind.LIST:
        return [scalar_in(v) for v in items_in(value, sep)]
    if kind is Kind.INT_LIST:
        return [number_in(v, xmp_name) for v in items_in(value, sep)]
    if kind in (Kind.INT, Kind.NUMBER):
        return number_in(value, xmp_name)
    if kind is Kind.DATE:
        return date_in(value)
    if kind is Kind.TEXT:
        return vocab_in(xmp_name, scalar_in(value))
    if kind in (Kind.STRUCT, Kind.STRUCTS):
        if isinstance(value, str):
            value = parse_serialized(value)
        if kind is Kind.STRUCT:
            return struct_in(struct, value[0] if isinstance(value, list) and value else value)
        items = value if isinstance(value, list) else [value]
        return [struct_in(struct, v) for v in items if isinstance(v, dict)]
    return scalar_in(value)


def struct_in(struct: str, value: Any) -> Any:
    if not isinstance(value, dict):
        return value   # the model says what is wrong
    fields = {f.exiftool.lower(): f for f in STRUCTS[struct]}
    out: dict[str, Any] = {}
    for key, v in value.items():
        f = fields.get(key.lower())
        lang = None
        if f is None:
            base, _, lang = key.partition("-")
            f = fields.get(base.lower())
            if f is None or f.kind is not Kind.LANG_ALT or not LANG_TAG.match(lang):
                out[key] = v   # unknown field: the model names it
                continue
        conv = value_in(f.kind, f.xmp, f.struct, v, None)
        if lang:
            prev = out.get(f.id)
            alt = {"x-default": prev} if isinstance(prev, str) else dict(prev or {})
            alt[lang] = conv
            out[f.id] = alt
        elif isinstance(out.get(f.id), dict) and f.kind is Kind.LANG_ALT:
            out[f.id] = {"x-default": conv, **out[f.id]}
        else:
            out[f.id] = conv
    return out


def parse_serialized(text: str) -> Any:
    """ExifTool's serialised structures (`-struct` in CSV): `{A=x,B=[y,z]}`, `[{...},{...}]`;
    `|` escapes `,=[]{}|` inside values."""
    pos = 0

    def value(stop: str) -> Any:
        nonlocal pos
        while pos < len(text) and text[pos].isspace():   # ExifTool drops leading white space
            pos += 1
        if pos < len(text) and text[pos] == "{":
            pos += 1
            obj: dict[str, Any] = {}
            while pos < len(text) and text[pos] != "}":
                eq = text.index("=", pos)
                key = text[pos:eq].strip()
                pos = eq + 1
                obj[key] = value(",}")
                if pos < len(text) and text[pos] == ",":
                    pos += 1
            pos += 1
            return obj
        if pos < len(text) and text[pos] == "[":
            pos += 1
            items = []
            while pos < len(text) and text[pos] != "]":
                items.append(value(",]"))
                if pos < len(text) and text[pos] == ",":
                    pos += 1
            pos += 1
            return items
        buf = []
        while pos < len(text) and text[pos] not in stop:
            if text[pos] == "|" and pos + 1 < len(text):
                pos += 1
            buf.append(text[pos])
            pos += 1
        return "".join(buf)

    if not text[:1] in "[{":
        return text
    try:
        return value("")
    except ValueError:
        raise ValueError("not an ExifTool structure (expected {Field=value,...})") from None


# ============================================================================ IIM and EXIF datasets
# With -n ExifTool prints IIM and EXIF as stored: a dataset's text (IIM 2:55 Date Created as
# YYYY:MM:DD with 2:60 Time Created beside it), EXIF text without its NUL padding. The record
# values behind the datasets are the codec's (`codec.iim_decode`, `codec.exif_decode`); these
# pairs only respell the datasets exiv reads (`Iptc.*`, `Exif.*` keys) as ExifTool's tags.

def iim_out(out: dict[str, Any], prop: Prop, iptc: dict[str, Any]) -> None:
    """`prop`'s IIM datasets, as ExifTool -n prints them, into `out` (nothing when empty)."""
    tag = prop.exiftool.get("iim")
    if not tag or prop.iim is None or codec.iim_raw(prop, iptc) is None:
        return
    raw = iptc[prop.iim.key]
    if prop.kind is Kind.DATE:
        out[tag] = text_out(raw).replace("-", ":")
        if iptc.get(IIM_TIME_KEY):
            out[EXIFTOOL_IIM_TIME] = text_out(iptc[IIM_TIME_KEY])
    elif prop.iim.repeatable:
        out[tag] = raw if isinstance(raw, list) else [raw]
    else:
        out[tag] = text_out(raw)


def iim_in(prop: Prop, value: Any, sep: str | None, time: str | None = None) -> dict[str, Any]:
    """ExifTool's value of `prop`'s IIM tag (and Time Created) back as the datasets."""
    assert prop.iim is not None
    raw = items_in(value, sep) if prop.kind is Kind.LIST else scalar_in(value)
    if prop.kind is not Kind.DATE:
        return {prop.iim.key: raw}
    return {prop.iim.key: raw.replace(":", "-"), **({IIM_TIME_KEY: time} if time is not None else {})}


def exif_out(out: dict[str, Any], prop: Prop, exif: dict[str, Any]) -> None:
    """`prop`'s EXIF tag (and, for a date, its offset), as ExifTool -n prints it, into `out`."""
    tag = prop.exiftool.get("exif")
    if not tag or prop.exif is None or codec.exif_raw(prop, exif) is None:
        return
    out[tag] = codec.exif_raw(prop, exif)
    if prop.kind is Kind.DATE and exif.get(codec.EXIF_OFFSET_KEY):
        out[EXIFTOOL_EXIF_OFFSET] = exif[codec.EXIF_OFFSET_KEY]


def exif_in(prop: Prop, value: Any, offset: str | None = None) -> dict[str, Any]:
    """ExifTool's value of `prop`'s EXIF tag (and OffsetTimeOriginal) back as the EXIF keys."""
    assert prop.exif is not None
    return {prop.exif: scalar_in(value), **({codec.EXIF_OFFSET_KEY: offset} if offset is not None else {})}


# ============================================================================ sniffing

def looks_like_exiftool_json(text: str) -> bool:
    head = text.lstrip()[:2000]
    return head.startswith("[") and re.search(r'^\s*\[\s*\{\s*"SourceFile"\s*:', head) is not None


def looks_like_exiftool_csv(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(64).decode("utf-8", "ignore").lstrip("\ufeff")
    except OSError:
        return False
    return re.match(r'^"?SourceFile"?[,;\t]', head) is not None
