"""What ExifTool should show for a record, derived from the IPTC reference tables in
../shared/reference (not from captionist's own table), so tests check captionist against an
independent statement of the mapping."""

from __future__ import annotations

import csv
from pathlib import Path

from conftest import SHARED

REF = SHARED / "reference"


def _rows(name: str) -> list[dict]:
    with open(REF / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


PROPS = {r["id"]: r for r in _rows("iptc-pmd-properties.tsv")}
STRUCT_FIELDS: dict[str, dict[str, dict]] = {}
for r in _rows("iptc-pmd-structs.tsv"):
    STRUCT_FIELDS.setdefault(r["struct"], {})[r["id"]] = r


def lang(value) -> dict:
    if isinstance(value, str):
        return {"x-default": value}
    if "x-default" not in value:
        return {"x-default": next(iter(value.values())), **value}
    return value


def as_list(v) -> list:
    if v is None:
        return []
    return v if isinstance(v, list) else [v]


def exiftool_date(iso: str) -> str:
    """ExifTool prints XMP dates as 2022:02:24 06:30:00+02:00 (and partial ones as 2022:02)."""
    date, sep, rest = iso.partition("T")
    return date.replace("-", ":") + (" " + rest if sep else "")


def cut(text: str, limit: int) -> str:
    return text.encode()[:limit].decode("utf-8", "ignore")


def xmp_tag(pid: str) -> str:
    return PROPS[pid]["exiftool_XMP"]


def iim_tag(pid: str) -> str | None:
    return PROPS[pid]["exiftool_IIM"] or None


def iim_limit(pid: str) -> int | None:
    v = PROPS[pid]["IIMmaxbytes"]
    return int(v) if v else None


def exif_tag(pid: str) -> str | None:
    return PROPS[pid]["exiftool_EXIF"] or None


def struct_name(pid: str) -> str:
    return PROPS[pid]["dataformat"]


def struct_tag_map(struct: str) -> dict[str, tuple[str, dict]]:
    """record field id -> (ExifTool field name, spec row)."""
    return {fid: (row["exiftool_tag"], row) for fid, row in STRUCT_FIELDS.get(struct, {}).items()
            if row["exiftool_tag"]}


def path_of(rel: str) -> Path:
    return SHARED / rel
