"""Load caption records from files, validating each against the record model: the reader
for a file is chosen here, by `--format`, by content (the exchange formats `captionist export`
writes, ExifTool's JSON and CSV) or by extension."""

from __future__ import annotations

import json
from pathlib import Path

from ..errors import SourceError
from ..etdialect import looks_like_exiftool_csv, looks_like_exiftool_json
from . import exchange
from .recordset import RecordSet, check_record, read_text, validate_record

__all__ = ["RecordSet", "check_record", "read_text", "validate_record", "load_records", "source_files",
           "format_of", "FORMATS", "EXTENSIONS"]


# Python's json parser recurses once per level and stops near 1,000 (sys.getrecursionlimit).
TOO_DEEP = "not valid records: JSON nested too deeply (records are objects a few levels deep)"


def _json_records(path: Path) -> RecordSet:
    out = RecordSet()
    text = read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SourceError(path, f"not valid JSON: {e.msg} (column {e.colno})", line=e.lineno) from None
    except RecursionError:
        raise SourceError(path, TOO_DEEP) from None
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items, 1):
        out.add(*check_record(item, f"{path} [record {i}]"), origin=f"{path} [record {i}]")
    return out


def _jsonl_records(path: Path) -> RecordSet:
    out = RecordSet()
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            out.errors.append(SourceError(path, f"not valid JSON: {e.msg}", line=n))
            continue
        except RecursionError:
            out.errors.append(SourceError(path, TOO_DEEP, line=n))
            continue
        out.add(*check_record(item, str(path), line=n), origin=f"{path}:{n}")
    return out



def _json_or_exiftool(path: Path) -> RecordSet:
    """ExifTool's `-json` output is a list of objects with a "SourceFile" key."""
    text = read_text(path)
    if looks_like_exiftool_json(text):
        return _exiftool_json(path, text=text)
    return _json_records(path)


def _csv_or_exiftool(path: Path) -> RecordSet:
    """ExifTool's `-csv` output has a "SourceFile" first column."""
    if looks_like_exiftool_csv(path):
        return _exiftool_csv(path)
    return _tsv_or_csv(path, "csv")


# The readers of the other formats are imported when a file of theirs is read: a one-file
# `embed --records one.json` does not load them (issue 14).
def _tsv_or_csv(path: Path, which: str = "tsv") -> RecordSet:
    from . import tabular
    return tabular.csv_records(path) if which == "csv" else tabular.tsv_records(path)


def _exiftool_csv(path: Path) -> RecordSet:
    from .exiftool import exiftool_csv_records
    return exiftool_csv_records(path)


def _exiftool_json(path: Path, text: str | None = None) -> RecordSet:
    from .exiftool import exiftool_json_records
    return exiftool_json_records(path, text=text)


def _sheet_records(path: Path) -> RecordSet:
    # the sheet parser (its tables, the place index) is imported only when a sheet is read
    from .sheet import sheet_records
    return sheet_records(path)


# Formats by name (`--format`) and the extensions that imply them.
FORMATS = {
    "json": _json_or_exiftool,
    "jsonl": _jsonl_records,
    "csv": _csv_or_exiftool,
    "tsv": _tsv_or_csv,
    "exiftool-csv": _exiftool_csv,
    "exiftool-json": _exiftool_json,
    "sheet": _sheet_records,
}
EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
              ".tab": "tsv", ".txt": "sheet"}


def format_of(path: Path, fmt: str | None = None):
    """The format name (or reader function) for a path: `fmt` when given, else by extension."""
    if fmt:
        if fmt not in FORMATS:
            raise SourceError(path, f"unknown record format {fmt!r} (known: {', '.join(FORMATS)})")
        return fmt
    return EXTENSIONS.get(Path(path).suffix.lower())


def source_files(path: Path) -> list[Path]:
    """The record files in a folder: every file of a known format, sorted, hidden ones skipped."""
    return sorted(p for p in Path(path).iterdir()
                  if p.is_file() and not p.name.startswith(".") and format_of(p) is not None)


def fingerprint(paths: list[Path | None]) -> tuple:
    """What changes when a records file or folder (or a templates/codes file) changes: each
    file's size and modification time, and each folder's own time (files added or removed)."""
    out = []
    for root in paths:
        if root is None:
            continue
        files = source_files(root) if root.is_dir() else [root]
        for f in files:
            try:
                st = f.stat()
            except OSError:
                out.append((str(f), None, None))
                continue
            out.append((str(f), st.st_size, st.st_mtime_ns))
        if root.is_dir():
            try:
                out.append((str(root), "dir", root.stat().st_mtime_ns))
            except OSError:
                out.append((str(root), "dir", None))
    return tuple(out)


def load_records(path: Path | str, fmt: str | None = None) -> RecordSet:
    """Records from a file or a folder of files (every supported file in it, sorted)."""
    path = Path(path)
    if path.is_dir():
        out = RecordSet()
        for child in source_files(path):
            try:
                out.extend(load_records(child, fmt))
            except SourceError as e:   # one unreadable file does not hide the others
                out.errors.append(e)
        return out
    if not path.exists():
        raise SourceError(path, "no such file")
    if fmt is None:
        # the exchange formats `captionist export` writes are known by their content
        fmt = exchange.sniff(path)
    if fmt in ("iptc-json", "xmp"):
        return exchange.load_exchange(path, fmt)
    key = format_of(path, fmt)
    if key is None:
        raise SourceError(path, f"unknown record format {path.suffix!r} (known: "
                                f"{', '.join(sorted(EXTENSIONS))}; or give --format)")
    return (key if callable(key) else FORMATS[key])(path)
