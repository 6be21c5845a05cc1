"""Exchange files: what images carry, in the formats DAMs and other tools read and write.

Four formats, each written by `export_*` and read back by `captionist.sources.load_records`:

* ``iptc-json``: IPTC Photo Metadata JSON. A document is
  ``{"$schema": IPTC_PMD_SCHEMA, "photoVideoMetadataIPTC": {...}}`` whose inner object uses the
  IPTC PMD JSON ids (the same names captionist records use). Language alternatives are always
  objects of language tags (``{"x-default": "...", "nl": "..."}``). captionist adds a top-level
  ``sourceFile`` naming the image the document was read from; several images give a JSON array.
* ``exiftool-json``: what ``exiftool -json -G1 -struct -n`` prints: an array of objects with
  ``SourceFile`` and group-prefixed tag names (``IPTC:Caption-Abstract``, ``XMP-dc:Description``,
  ``XMP-iptcExt:LocationShown`` as a list of structures, ``IFD0:ImageDescription``). Each family
  (XMP, IIM, EXIF) is written as the file holds it; an object carrying IIM tags also says
  ``"IPTC:CodedCharacterSet": "UTF8"`` so ExifTool writes IIM in UTF-8, as captionist does.
  ExifTool imports it with ``exiftool -n -json=FILE IMAGE`` (IMAGE as named in SourceFile).
* ``exiftool-csv``: the same tags as ``exiftool -csv -G1 -struct -n``: structures in ExifTool's
  serialised form (``{City=Paris,CountryCode=FRA}``, ``|`` escapes), lists of text joined with
  ", ", CodedCharacterSet as in JSON. ExifTool imports it with
  ``exiftool -n -sep ", " -csv=FILE IMAGE``. A list that command cannot split back (an item
  holding ", ", ...) is written ``[a,b]``, which captionist reads and ExifTool does not; the
  export reports it (log warning, `problems`).
* ``xmp``: an XMP sidecar, made by pyexiv2 through `captionist.exiv` from the same write plan
  an embed uses, so it holds exactly what captionist would embed.

Reading ExifTool's JSON and CSV back (with or without ``-n``, groups or structures) is
`captionist.sources.exiftool`'s job; per property XMP wins, then IIM, then EXIF, as
`captionist.reader.reconcile` does for files.

ExifTool's tag names are not listed here: they come from the property table
(`captionist.standard`: `Prop.exiftool`, `Field.exiftool`, `EXIFTOOL_IIM_TIME`,
`EXIFTOOL_EXIF_OFFSET`, `EXIFTOOL_LABELS`), which a test checks against
../shared/reference/iptc-pmd-properties.tsv and iptc-pmd-structs.tsv.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from pathlib import Path
from typing import Any, Iterable

from . import codec, exiv, reader
from .errors import CaptionistError, SourceError
from .metadata import RawMetadata
from .model import canonical
from .plan import make_plan
from .sources import exiftool
from .standard import (BY_ID, EXIFTOOL_EXIF_OFFSET, EXIFTOOL_IIM_TIME, EXIFTOOL_LABELS, PLUS_VOCAB, PROPS, STRUCTS,
                       Kind)

log = logging.getLogger(__name__)

FORMATS = ("iptc-json", "exiftool-json", "exiftool-csv", "xmp")
# IIM 1:90 Coded Character Set as ExifTool names it; "UTF8" is ESC % G (with or without -n).
EXIFTOOL_CHARSET = "IPTC:CodedCharacterSet"
IPTC_PMD_SCHEMA = "http://www.iptc.org/std/photometadata/specification/iptc-pmd-schema.json"
IPTC_CONTAINER = "photoVideoMetadataIPTC"


def _vocab_out(xmp_name: str, value: Any) -> Any:
    """A PLUS code as ExifTool shows it with -n: without the vocabulary's namespace."""
    if xmp_name.startswith("plus:") and xmp_name in EXIFTOOL_LABELS and isinstance(value, str) \
            and value.startswith(PLUS_VOCAB):
        return value[len(PLUS_VOCAB):]
    return value


# ============================================================================ values

def _et_date(iso: str) -> str:
    """ISO 8601 (any precision) -> ExifTool's "YYYY:MM:DD HH:MM:SS+zz:zz"."""
    date, _, time = iso.partition("T")
    return date.replace("-", ":") + (f" {time}" if time else "")


def _text(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, list):
        raw = raw[0] if raw else None
        return _text(raw)
    if isinstance(raw, bool):
        return "True" if raw else "False"
    return str(raw)


def _to_et(out: dict[str, Any], name: str, kind: Kind, value: Any, struct: str | None,
           xmp_name: str) -> None:
    """Put one value, in its record JSON form, into `out` the way ExifTool -n -struct shows it."""
    if kind is Kind.LANG_ALT:
        for tag, text in codec.lang_dict(value).items():
            out[name if tag == "x-default" else f"{name}-{tag}"] = text
    elif kind is Kind.DATE:
        out[name] = _et_date(value)
    elif kind is Kind.STRUCT:
        out[name] = _struct_to_et(struct, value)
    elif kind is Kind.STRUCTS:
        out[name] = [_struct_to_et(struct, v) for v in value]
    else:
        out[name] = _vocab_out(xmp_name, value)


def _struct_to_et(struct: str, value: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in STRUCTS[struct]:
        if value.get(f.id) is not None:
            _to_et(out, f.exiftool, f.kind, value[f.id], f.struct, f.xmp)
    return out


# ============================================================================ reading a file

def _xmp_values(snap: reader.Snapshot) -> dict[str, Any]:
    """The XMP family's values (the sidecar's first), each checked by the record model."""
    merged: dict[str, Any] = {}
    if snap.sidecar_raw is not None:
        merged.update(reader.decode_all(snap.sidecar_raw, ("xmp",))["xmp"])
    for k, v in reader.decode_all(snap.raw, ("xmp",))["xmp"].items():
        merged.setdefault(k, v)
    return canonical(merged)


def exiftool_object(path: Path) -> dict[str, Any]:
    """One image as `exiftool -json -G1 -struct -n` shows the properties captionist knows."""
    snap = reader.load(Path(path))
    out: dict[str, Any] = {"SourceFile": str(path)}
    for pid, value in _xmp_values(snap).items():
        p = BY_ID[pid]
        _to_et(out, p.exiftool["xmp"], p.kind, value, p.struct, p.xmp)
    iptc, exif = snap.raw.iptc, snap.raw.exif
    for p in PROPS:
        iim_tag, exif_tag = p.exiftool.get("iim"), p.exiftool.get("exif")
        if iim_tag and p.iim is not None and iptc.get(p.iim.key) not in (None, "", []):
            raw = iptc[p.iim.key]
            if p.kind is Kind.DATE:
                out[iim_tag] = _text(raw).replace("-", ":")
                if iptc.get(codec.IIM_TIME_KEY):
                    out[EXIFTOOL_IIM_TIME] = _text(iptc[codec.IIM_TIME_KEY])
            elif p.iim.repeatable:
                out[iim_tag] = raw if isinstance(raw, list) else [raw]
            else:
                out[iim_tag] = _text(raw)
        if exif_tag and p.exif is not None and isinstance(exif.get(p.exif), str) and exif[p.exif].strip("\x00 "):
            out[exif_tag] = exif[p.exif].rstrip("\x00")
            if p.kind is Kind.DATE and exif.get(codec.EXIF_OFFSET_KEY):
                out[EXIFTOOL_EXIF_OFFSET] = exif[codec.EXIF_OFFSET_KEY]
    if any(k.startswith("IPTC:") for k in out):
        # ExifTool writes IIM text as Latin unless the file says UTF-8 (1:90 ESC % G); captionist
        # writes and reads IIM as UTF-8, so the object says so and ExifTool imports it that way.
        out = {"SourceFile": out.pop("SourceFile"), EXIFTOOL_CHARSET: "UTF8", **out}
    return out


def iptc_document(path: Path) -> dict[str, Any]:
    """One image as an IPTC Photo Metadata JSON document (reconciled values, XMP first)."""
    values = reader.load(Path(path)).values()
    inner: dict[str, Any] = {}
    for pid, value in values.items():
        prop = BY_ID[pid]
        inner[pid] = _iptc_value(prop.kind, value, prop.struct)
    return {"$schema": IPTC_PMD_SCHEMA, "sourceFile": str(path), IPTC_CONTAINER: inner}


def _iptc_value(kind: Kind, value: Any, struct: str | None) -> Any:
    if kind is Kind.LANG_ALT:
        return codec.lang_dict(value)
    if kind is Kind.STRUCT:
        return {f.id: _iptc_value(f.kind, value[f.id], f.struct) for f in STRUCTS[struct] if f.id in value}
    if kind is Kind.STRUCTS:
        return [_iptc_value(Kind.STRUCT, v, struct) for v in value]
    return value


def xmp_sidecar(path: Path) -> bytes:
    """An XMP sidecar holding what `path` carries, made as an embed would make it."""
    snap = reader.load(Path(path))
    return xmp_packet(snap.values(), where=path)


def xmp_packet(values: dict[str, Any], where: Any = "<xmp>") -> bytes:
    """A standalone XMP packet for record values (JSON form), through the write planner."""
    plan = make_plan(values, RawMetadata(), {}, frozenset({"xmp"}))
    if plan.empty:
        return exiv.SIDECAR_SKELETON
    return exiv.modify(exiv.SIDECAR_SKELETON, plan.ops, RawMetadata(), where)


# ============================================================================ writing exchange files

def export_iptc_json(paths: Iterable[Path]) -> str:
    docs = [iptc_document(p) for p in paths]
    return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"


def export_exiftool_json(paths: Iterable[Path]) -> str:
    return json.dumps([exiftool_object(p) for p in paths], ensure_ascii=False, indent=2) + "\n"


def export_exiftool_csv(paths: Iterable[Path], problems: list[str] | None = None) -> str:
    """ExifTool CSV. A list whose items ExifTool's documented import (`-sep ", "`) cannot
    split back (an item holding ", ", an empty item, edge spaces, or "[" ... "]" around the
    whole cell) is written in ExifTool's serialised form [a,b], which captionist reads; each
    such cell is reported (logged as a warning and appended to `problems`): give ExifTool the
    exiftool-json export for those files."""
    objs = [exiftool_object(p) for p in paths]
    columns: list[str] = ["SourceFile"]
    for o in objs:
        columns += [k for k in o if k not in columns]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for o in objs:
        row = []
        for c in columns:
            if c not in o:
                row.append("")
                continue
            cell, why = _csv_value(o[c])
            if why:
                msg = (f"{o['SourceFile']}: {c}: {why}; ExifTool's `-sep \", \" -csv=` import cannot keep this "
                       f"list (captionist reads it): use the exiftool-json export for ExifTool")
                log.warning(msg)
                if problems is not None:
                    problems.append(msg)
            row.append(cell)
        w.writerow(row)
    return buf.getvalue()


CSV_SEP = ", "   # lists in a CSV cell; ExifTool imports them with -sep ", "


def _csv_value(value: Any) -> tuple[str, str | None]:
    """A CSV cell, and why ExifTool's `-sep ", "` import would not read it back as the same
    list (None when it does). A list of plain strings or numbers is joined with ", ", as
    `exiftool -csv` prints it and `exiftool -sep ", " -csv=FILE` splits it, unless that cannot
    be read back as the same list: then ExifTool's serialised form [a,b], which captionist reads."""
    if isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value):
        items = [_num_text(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v) for v in value]
        joined = CSV_SEP.join(items)
        why = next((f"item {v!r} holds {CSV_SEP!r}" for v in items if CSV_SEP in v), None) \
            or next((f"item {v!r} is empty or has edge spaces" for v in items if not v or v != v.strip()), None)
        if why is None and joined.startswith("[") and joined.endswith("]"):
            why = f"the list {items!r} starts with '[' and ends with ']'"
        if why is None:
            return joined, None
        return _serialise(value, top=True), why
    return _serialise(value, top=True), None


# ExifTool's serialised structures (ExifTool "Structured Information", -struct with -csv):
# {Field=value,...} and [item,...]; a | escapes , = { } [ ] | inside values.
_SPECIAL = re.compile(r"([,=\{\}\[\]|])")


def _serialise(value: Any, top: bool = False) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{k}={_serialise(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_serialise(v) for v in value) + "]"
    text = _num_text(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
    if top:
        return text
    text = _SPECIAL.sub(r"|\1", text)
    # leading/trailing spaces would be trimmed on reading: escape them too
    if text[:1].isspace():
        text = "|" + text
    if text[-1:].isspace():
        text = text[:-1] + "|" + text[-1]
    return text


def _num_text(v: float | int) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


# ============================================================================ reading exchange files

def iptc_values(doc: dict[str, Any]) -> dict[str, Any]:
    """The properties of an IPTC PMD JSON document (or of a bare record object)."""
    inner = doc.get(IPTC_CONTAINER, doc)
    return dict(inner) if isinstance(inner, dict) else {}


def sniff(path: Path) -> str | None:
    """The exchange format of a file, or None when it is not one (a plain records file)."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".xmp":
        return "xmp"
    try:
        if ext == ".csv":
            return "exiftool-csv" if exiftool.looks_like_exiftool_csv(path) else None
        if ext == ".json":
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
            return sniff_object(data)
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    return None


def _record_keys(obj: dict) -> bool:
    from .model import CaptionRecord
    return any(k in CaptionRecord.model_fields for k in obj)


def sniff_object(data: Any) -> str | None:
    first = data[0] if isinstance(data, list) and data else data
    if not isinstance(first, dict):
        return None
    if IPTC_CONTAINER in first:
        return "iptc-json"
    # ExifTool's group:tag keys; but a records file with one odd "a:b" key beside record
    # fields ("id", "headline") is a records file, whose reader names the key as an error.
    if "SourceFile" in first or (any(":" in k for k in first) and not _record_keys(first)):
        return "exiftool-json"
    return None


def objects_to_records(data: Any, fmt: str, fallback_id: str | None = None) -> list[Any]:
    """Record dicts (not yet validated) from a parsed iptc-json / exiftool-json value. ExifTool
    objects are read by `captionist.sources.exiftool` (ValueError for a malformed structure)."""
    items = data if isinstance(data, list) else [data]
    fallback_id = fallback_id if len(items) == 1 else None
    out = []
    for item in items:
        if not isinstance(item, dict):
            out.append(item)
        elif fmt == "iptc-json":
            values = iptc_values(item)
            ident = {} if "id" in values else (
                exiftool.source_identity(item["sourceFile"]) if item.get("sourceFile") else
                {"id": fallback_id} if fallback_id else {})
            out.append({**ident, **values})
        else:
            out.append(exiftool.to_record(item, csv_lists=False)[0])
    return out


def load_exchange(path: Path, fmt: str | None = None):
    """Records from an exchange file (format sniffed unless given), as a `RecordSet`.
    ExifTool's JSON and CSV are read by `captionist.sources.exiftool`."""
    from .sources.loader import RecordSet, check_record

    path = Path(path)
    fmt = fmt or sniff(path)
    if fmt not in FORMATS:
        raise SourceError(path, "not an exchange file (IPTC JSON, ExifTool JSON/CSV or XMP sidecar)")
    if fmt == "exiftool-csv":
        return exiftool.exiftool_csv_records(path)
    if fmt == "exiftool-json":
        return exiftool.exiftool_json_records(path)
    out = RecordSet()
    if fmt == "xmp":
        try:
            values = reader.load(path).values()
        except CaptionistError as e:
            raise SourceError(path, e.reason) from None
        items = [{"id": path.stem, **values}]
    else:
        try:
            data = exiftool.parse_json(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise SourceError(path, f"not valid JSON: {e}") from None
        items = objects_to_records(data, fmt, fallback_id=path.stem)
    for i, item in enumerate(items, 1):
        where = f"{path} [record {i}]"
        out.add(*check_record(item, where, strict=False), origin=where)
    return out


__all__ = ["FORMATS", "export_iptc_json", "export_exiftool_json", "export_exiftool_csv",
           "xmp_sidecar", "xmp_packet", "load_exchange", "sniff", "iptc_document", "exiftool_object"]
