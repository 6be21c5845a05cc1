"""Reading back the exchange files `captionist export` writes (see `captionist.export` for
the four formats): `sniff` tells a file's format by its content, `load_exchange` reads it
into a `RecordSet`. ExifTool's JSON and CSV are read by `captionist.sources.exiftool`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .. import etdialect as et
from ..errors import CaptionistError, SourceError
from ..model import RECORD_KEYS
from .recordset import RecordSet, check_record

FORMATS = ("iptc-json", "exiftool-json", "exiftool-csv", "xmp")
IPTC_PMD_SCHEMA = "http://www.iptc.org/std/photometadata/specification/iptc-pmd-schema.json"
IPTC_CONTAINER = "photoVideoMetadataIPTC"


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
            return "exiftool-csv" if et.looks_like_exiftool_csv(path) else None
        if ext == ".json":
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
            return sniff_object(data)
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return None
    return None


def _record_keys(obj: dict) -> bool:
    return any(k in RECORD_KEYS for k in obj)


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
    from . import exiftool   # imported when an exchange file is read, not to sniff one (issue 14)
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
    path = Path(path)
    fmt = fmt or sniff(path)
    if fmt not in FORMATS:
        raise SourceError(path, "not an exchange file (IPTC JSON, ExifTool JSON/CSV or XMP sidecar)")
    from . import exiftool
    if fmt == "exiftool-csv":
        return exiftool.exiftool_csv_records(path)
    if fmt == "exiftool-json":
        return exiftool.exiftool_json_records(path)
    out = RecordSet()
    if fmt == "xmp":
        from .. import reader   # pyexiv2 is loaded only when a sidecar is read
        try:
            values = reader.load(path).values()
        except CaptionistError as e:
            raise SourceError(path, e.reason) from None
        items = [{"id": path.stem, **values}]
    else:
        try:
            data = et.parse_json(path.read_text(encoding="utf-8-sig"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise SourceError(path, f"not valid JSON: {e}") from None
        items = objects_to_records(data, fmt, fallback_id=path.stem)
    for i, item in enumerate(items, 1):
        where = f"{path} [record {i}]"
        out.add(*check_record(item, where, strict=False), origin=where)
    return out
