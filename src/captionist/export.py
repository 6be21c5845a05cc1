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

Reading the four formats back is `captionist.sources.exchange`'s job (ExifTool's JSON and
CSV, with or without ``-n``, groups or structures, `captionist.sources.exiftool`'s); per
property XMP wins, then IIM, then EXIF, as `captionist.reader.reconcile` does for files. How
ExifTool spells a value, both ways, is `captionist.etdialect`.

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

from . import codec, etdialect as et, exiv, reader
from .errors import CaptionistError, SourceError
from .metadata import RawMetadata
from .model import canonical
from .plan import make_plan
from .sources.exchange import FORMATS, IPTC_CONTAINER, IPTC_PMD_SCHEMA
from .standard import (BY_ID, EXIFTOOL_LABELS, PLUS_VOCAB, PROPS, STRUCTS,
                       Kind)

log = logging.getLogger(__name__)

# IIM 1:90 Coded Character Set as ExifTool names it; "UTF8" is ESC % G (with or without -n).
EXIFTOOL_CHARSET = "IPTC:CodedCharacterSet"


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
        et.value_out(out, p.exiftool["xmp"], p.kind, value, p.struct, p.xmp)
    for p in PROPS:     # IIM and EXIF as stored, in ExifTool's spelling (etdialect)
        et.iim_out(out, p, snap.raw.iptc)
        et.exif_out(out, p, snap.raw.exif)
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
        items = [et.num_text(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v) for v in value]
        joined = CSV_SEP.join(items)
        why = next((f"item {v!r} holds {CSV_SEP!r}" for v in items if CSV_SEP in v), None) \
            or next((f"item {v!r} is empty or has edge spaces" for v in items if not v or v != v.strip()), None)
        if why is None and joined.startswith("[") and joined.endswith("]"):
            why = f"the list {items!r} starts with '[' and ends with ']'"
        if why is None:
            return joined, None
        return et.serialise(value, top=True), why
    return et.serialise(value, top=True), None


__all__ = ["FORMATS", "export_iptc_json", "export_exiftool_json", "export_exiftool_csv",
           "xmp_sidecar", "xmp_packet", "iptc_document", "exiftool_object"]
