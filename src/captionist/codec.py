"""Encode record values into each metadata family, and decode them back. Pure: no I/O.

Values here are in the record's JSON form (what `CaptionRecord.model_dump(mode="json")` gives):
a lang-alt is a string (x-default only) or a dict of language tags, a structure a dict.

* XMP: flattened exiv2 keys, as pyexiv2's `read_xmp`/`modify_xmp` use them:
  `Xmp.iptcExt.LocationShown[1]/iptcExt:City`. Arrays are declared with `type="Bag"` /
  `type="Seq"` and filled item by item (a bare Python list always becomes a Seq).
* IIM: `Iptc.Application2.*` values, cut to the dataset's byte limit on a UTF-8 character
  boundary (IIM 4.2 gives limits in octets); repeatable datasets as lists.
* EXIF: the mirrors the IPTC Photo Metadata mapping guidelines and the MWG guidance name:
  ImageDescription, Artist, Copyright, and DateTimeOriginal (+ OffsetTimeOriginal).

A property one family spells its own way (IIM's "IPTC:" subject references, "000:" genres and
alpha-3 country codes; XMP's GPS coordinates and rationals) carries a value type in the table
(`IIM.form`, `Field.form`: `captionist.valuetypes`); the code here names no property.
"""

from __future__ import annotations

import re
from typing import Any

from . import dates
from .standard import BY_ID, IIM_TIME_KEY, STRUCTS, XMP_FORMS, Field, Kind, Prop
from .valuetypes import num_in, num_out

# ----------------------------------------------------------------------------- helpers

def lang_dict(value: str | dict[str, str]) -> dict[str, str]:
    if isinstance(value, str):
        return {"x-default": value}
    if "x-default" in value:
        return {"x-default": value["x-default"], **{k: v for k, v in value.items() if k != "x-default"}}
    first = next(iter(value.values()))
    return {"x-default": first, **value}


def default_text(value: str | dict[str, str]) -> str:
    return lang_dict(value)["x-default"]


def cut_utf8(text: str, max_bytes: int) -> str:
    """The longest prefix of `text` whose UTF-8 encoding fits in `max_bytes` octets."""
    raw = text.encode("utf-8")
    if len(raw) <= max_bytes:
        return text
    return raw[:max_bytes].decode("utf-8", "ignore")


# ----------------------------------------------------------------------------- XMP encode

def _lang_keys(value) -> dict[str, str]:
    return {f'lang="{tag}"': text for tag, text in lang_dict(value).items()}


def _encode_scalar(kind: Kind, xmp_name: str, value: Any) -> Any:
    if kind is Kind.LANG_ALT:
        return _lang_keys(value)
    if kind in (Kind.INT, Kind.NUMBER):
        form = XMP_FORMS.get(xmp_name)
        return form.xmp_out(value) if form is not None else num_out(value)
    return str(value)


def _encode_node(out: dict[str, Any], key: str, kind: Kind, xmp_name: str, value: Any,
                 array: str | None, struct: str | None) -> None:
    if kind in (Kind.LIST, Kind.INT_LIST):
        out[key] = f'type="{array or "Bag"}"'
        for i, item in enumerate(value, 1):
            out[f"{key}[{i}]"] = num_out(item) if kind is Kind.INT_LIST else item
    elif kind is Kind.STRUCT:
        out[key] = 'type="Struct"'
        _encode_struct(out, key, struct, value)
    elif kind is Kind.STRUCTS:
        out[key] = f'type="{array or "Bag"}"'
        for i, item in enumerate(value, 1):
            out[f"{key}[{i}]"] = 'type="Struct"'
            _encode_struct(out, f"{key}[{i}]", struct, item)
    else:
        out[key] = _encode_scalar(kind, xmp_name, value)


def _encode_struct(out: dict[str, Any], key: str, struct: str, value: dict[str, Any]) -> None:
    for f in STRUCTS[struct]:
        if value.get(f.id) is not None:
            _encode_node(out, f"{key}/{f.path_name}", f.kind, f.xmp, value[f.id], f.array, f.struct)


def xmp_encode(prop: Prop, value: Any, *, replaces_array: bool = False) -> dict[str, Any]:
    """Flattened exiv2 keys -> values for one property (in the order exiv2 needs).

    `replaces_array`: the file already has this property as an array of plain values. exiv2
    then refuses item keys ("Indexing applied to non-array", even after deleting the old
    array), but takes a Python list, which keeps the existing array's type (Bag or Seq)."""
    if replaces_array and prop.kind in (Kind.LIST, Kind.INT_LIST):
        return {prop.xmp_key: [num_out(v) if prop.kind is Kind.INT_LIST else v for v in value]}
    out: dict[str, Any] = {}
    _encode_node(out, prop.xmp_key, prop.kind, prop.xmp, value, prop.array, prop.struct)
    return out


def xmp_keys_of(prop: Prop, xmp: dict[str, Any]) -> list[str]:
    """The keys of `xmp` that belong to `prop` (itself, its items and its fields)."""
    base = prop.xmp_key
    return [k for k in xmp if k == base or k.startswith(base + "[") or k.startswith(base + "/")]


# ----------------------------------------------------------------------------- XMP decode

_PATH_PREFIX = re.compile(r"/[^/:\[\]]+:")
_MARKER = re.compile(r'^type="(Alt|Bag|Seq|Struct)"$')


def is_marker(raw: str) -> bool:
    """Whether a value pyexiv2 read is an array or structure's own entry ('type="Bag"'), not a
    text: a caption may begin with "type=" too."""
    return bool(_MARKER.match(raw))


def normalise_xmp(xmp: dict[str, Any]) -> dict[str, Any]:
    """Drop namespace prefixes inside structure paths: files name them as they please
    (Iptc4xmpExt:City, iptcExt:City...); within one structure local names are unique."""
    # (most keys name no structure field: no regex for them, issue 14)
    return {_PATH_PREFIX.sub("/", k) if "/" in k else k: v for k, v in xmp.items()}


def _decode_lang(raw: Any) -> dict[str, str] | None:
    if isinstance(raw, dict):
        out = {}
        for k, v in raw.items():
            m = re.match(r'^lang="([^"]*)"$', k)
            tag = m.group(1) if m else k
            if isinstance(v, str):
                out[tag] = v
        return out or None
    if isinstance(raw, str) and not is_marker(raw):
        return {"x-default": raw}
    return None


def _items(nx: dict[str, Any], key: str) -> list[Any]:
    raw = nx.get(key)
    if isinstance(raw, list):
        return list(raw)
    if isinstance(raw, str) and not is_marker(raw):
        return [raw]
    items = []
    i = 1
    while f"{key}[{i}]" in nx or any(k.startswith(f"{key}[{i}]/") for k in _children(nx, key)):
        items.append(nx.get(f"{key}[{i}]"))
        i += 1
    return items


def _children(nx: dict[str, Any], key: str) -> list[str]:
    prefix = key + "["
    return [k for k in nx if k.startswith(prefix)]


def _decode_node(nx: dict[str, Any], key: str, kind: Kind, xmp_name: str, struct: str | None) -> Any:
    if kind is Kind.LANG_ALT:
        return _decode_lang(nx.get(key))
    if kind in (Kind.LIST, Kind.INT_LIST):
        items = [v for v in _items(nx, key) if isinstance(v, str) and not is_marker(v)]
        if kind is Kind.INT_LIST:
            nums = [num_in(v) for v in items]
            items = [int(n) for n in nums if n is not None and n.is_integer()]
        return items or None
    if kind is Kind.STRUCT:
        return _decode_struct(nx, key, struct)
    if kind is Kind.STRUCTS:
        out = []
        n = len(_items(nx, key))
        for i in range(1, n + 1):
            item = _decode_struct(nx, f"{key}[{i}]", struct)
            if item:
                out.append(item)
        return out or None
    raw = nx.get(key)
    if not isinstance(raw, str) or is_marker(raw):
        return None
    if kind is Kind.NUMBER:
        form = XMP_FORMS.get(xmp_name)
        return form.xmp_in(raw) if form is not None else num_in(raw)
    if kind is Kind.INT:
        n = num_in(raw)
        return int(n) if n is not None and n.is_integer() else None
    if kind is Kind.DATE:
        try:
            return dates.parse(raw).iso()
        except ValueError:
            return None
    return raw


def _decode_struct(nx: dict[str, Any], key: str, struct: str) -> dict[str, Any] | None:
    out = {}
    for f in STRUCTS[struct]:
        v = _decode_node(nx, f"{key}/{f.local_name}", f.kind, f.xmp, f.struct)
        if v is not None:
            out[f.id] = v
    return out or None


def xmp_decode(prop: Prop, nx: dict[str, Any]) -> Any:
    """The value of `prop` in a normalised XMP dict (see `normalise_xmp`), or None."""
    return _decode_node(nx, prop.xmp_key, prop.kind, prop.xmp, prop.struct)


# ----------------------------------------------------------------------------- IIM

def iim_encode(prop: Prop, value: Any) -> tuple[dict[str, Any], list[str]]:
    """IIM datasets for one property, cut to their byte limits, and a warning per cut."""
    iim = prop.iim
    if iim is None:
        return {}, []
    warnings: list[str] = []

    def fit(text: str) -> str:
        cut = cut_utf8(text, iim.max_bytes)
        if cut != text:
            warnings.append(
                f"{prop.id}: IIM 2:{iim.dataset} {iim.name} holds {iim.max_bytes} bytes; "
                f"cut from {len(text.encode())} to {len(cut.encode())} bytes (XMP keeps the full text)")
        return cut

    if prop.kind is Kind.DATE:
        pd = dates.parse(value)
        out: dict[str, Any] = {iim.key: pd.iim_date()}
        time = pd.iim_time()
        out[IIM_TIME_KEY] = time
        if time is None and pd.hour is not None:
            warnings.append(f"{prop.id}: IIM 2:60 Time Created needs a time zone; the time "
                            f"{pd.hour:02d}:{pd.minute:02d} is kept in XMP only")
        return out, warnings
    if prop.kind is Kind.LIST:
        items = [iim.form.iim_out(v)[0] for v in value] if iim.form is not None else value
        cut = [fit(v) for v in items]
        if len(set(cut)) < len(set(items)):
            warnings.append(f"{prop.id}: items that differ only after IIM 2:{iim.dataset}'s {iim.max_bytes}-byte "
                            f"cut are written once to IIM (XMP keeps each)")
        cut = [v for v in dict.fromkeys(cut) if v]
        return {iim.key: cut if iim.repeatable else cut[:1]}, warnings
    text = default_text(value) if prop.kind is Kind.LANG_ALT else str(value)
    if iim.form is not None:   # the dataset's own spelling (valuetypes: IIMCountry, IIMAttribute)
        text, warning = iim.form.iim_out(text)
        if warning:
            warnings.append(f"{prop.id}: {warning}")
        if text is None:
            return {iim.key: None}, warnings   # no stale value from the file stays behind
    return {iim.key: fit(text)}, warnings


def iim_raw(prop: Prop, iptc: dict[str, Any]) -> Any:
    """`prop`'s IIM dataset as read (a list when repeated), None when absent or empty."""
    raw = iptc.get(prop.iim.key) if prop.iim is not None else None
    return None if raw is None or raw == "" or raw == [] else raw


def iim_decode(prop: Prop, iptc: dict[str, Any]) -> Any:
    iim = prop.iim
    raw = iim_raw(prop, iptc)
    if iim is None or raw is None:
        return None
    if prop.kind is Kind.DATE:
        pd = dates.from_iim(raw if isinstance(raw, str) else raw[0], _first(iptc.get(IIM_TIME_KEY)))
        return pd.iso() if pd else None
    if prop.kind is Kind.LIST:
        items = raw if isinstance(raw, list) else [raw]
        if iim.form is not None:
            items = [iim.form.iim_in(v) if isinstance(v, str) else v for v in items]
        return [v for v in items if v] or None
    text = _first(raw)
    if iim.form is not None and isinstance(text, str) and text:
        text = iim.form.iim_in(text)
    return text or None


def _first(raw: Any) -> Any:
    if isinstance(raw, list):
        return raw[0] if raw else None
    return raw


def iim_target(prop: Prop, value: Any) -> Any:
    """What `iim_decode` returns after `iim_encode(prop, value)` was written."""
    encoded, _ = iim_encode(prop, value)
    return iim_decode(prop, {k: v for k, v in encoded.items() if v is not None})


# ----------------------------------------------------------------------------- EXIF

EXIF_OFFSET_KEY = "Exif.Photo.OffsetTimeOriginal"
# EXIF text mirrors are cut to this many bytes: a JPEG holds all of EXIF (camera maker notes,
# thumbnail) in one APP1 segment of at most 64 KB (EXIF 2.32 section 4.5.4), and exiv2 drops
# an over-long EXIF block from PNG/WebP without a word. XMP keeps the whole text.
EXIF_TEXT_MAX = 16000


def _exif_text(prop: Prop, value: Any) -> str:
    if prop.kind is Kind.LANG_ALT:
        return default_text(value)
    if prop.kind is Kind.LIST:
        # MWG guidance: several creators in EXIF Artist are separated by "; "
        return "; ".join(value)
    return str(value)


def exif_cut_warning(prop: Prop, value: Any) -> str | None:
    if prop.exif is None or prop.kind is Kind.DATE:
        return None
    size = len(_exif_text(prop, value).encode())
    if size <= EXIF_TEXT_MAX:
        return None
    return (f"{prop.id}: EXIF {prop.exif.rsplit('.', 1)[-1]} holds {EXIF_TEXT_MAX} bytes here; cut from {size} "
            f"(XMP keeps the full text)")


def exif_encode(prop: Prop, value: Any) -> dict[str, Any]:
    if prop.exif is None:
        return {}
    if prop.kind in (Kind.LANG_ALT, Kind.LIST):
        return {prop.exif: cut_utf8(_exif_text(prop, value), EXIF_TEXT_MAX)}
    if prop.kind is Kind.DATE:
        pd = dates.parse(value)
        stamp = pd.exif_datetime()
        if stamp is None:
            return {}
        out = {prop.exif: stamp}
        if pd.exif_offset():
            out[EXIF_OFFSET_KEY] = pd.exif_offset()
        return out
    return {prop.exif: cut_utf8(str(value), EXIF_TEXT_MAX)}


def exif_raw(prop: Prop, exif: dict[str, Any]) -> str | None:
    """`prop`'s EXIF text as read, without its NUL padding; None when absent or blank."""
    raw = exif.get(prop.exif) if prop.exif is not None else None
    if not isinstance(raw, str) or not raw.strip("\x00 "):
        return None
    return raw.rstrip("\x00")


def exif_decode(prop: Prop, exif: dict[str, Any]) -> Any:
    raw = exif_raw(prop, exif)
    if raw is None:
        return None
    if prop.kind is Kind.LIST:
        return [v.strip() for v in raw.split(";") if v.strip()] or None
    if prop.kind is Kind.DATE:
        pd = dates.from_exif(raw, exif.get(EXIF_OFFSET_KEY))
        return pd.iso() if pd else None
    return raw


def exif_target(prop: Prop, value: Any) -> Any:
    return exif_decode(prop, exif_encode(prop, value))


__all__ = ["xmp_encode", "xmp_decode", "xmp_keys_of", "normalise_xmp", "iim_encode", "iim_decode",
           "iim_target", "exif_encode", "exif_decode", "exif_target", "cut_utf8", "lang_dict",
           "default_text", "Field"]
