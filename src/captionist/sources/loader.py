"""Load caption records from files, validating each against the record model."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import RecordError, SourceError
from .. import recordchecks
from ..model import CaptionRecord

log = logging.getLogger("captionist.sources")


@dataclass
class RecordSet:
    """Records read from one or more sources, and the problems met on the way."""

    records: list[CaptionRecord] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)
    origins: dict[int, str] = field(default_factory=dict)   # id(record) -> "file:line"
    warnings: list[str] = field(default_factory=list)       # "file:line: what was skipped"

    def add(self, record: CaptionRecord | None, errors: list[RecordError], *, origin: str) -> None:
        self.errors += errors
        if record is not None:
            self.records.append(record)
            self.origins[id(record)] = origin

    def extend(self, other: "RecordSet") -> None:
        self.records += other.records
        self.errors += other.errors
        self.origins.update(other.origins)
        self.warnings += other.warnings


def check_record(data: Any, where: str, *, line: int | None = None,
                 strict: bool = True) -> tuple[CaptionRecord | None, list[RecordError]]:
    """A record from a dict and no errors, or None and one error per problem found (each naming
    the place, the record and the field), so `validate` can report them all in one run."""
    if not isinstance(data, dict):
        return None, [SourceError(where, f"a record must be a JSON object, not {type(data).__name__}", line=line)]
    # Keys starting with "_" are annotations (e.g. `captionist parse` adds _warnings, _line).
    data = {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("_"))}
    rid = data.get("id") if isinstance(data.get("id"), str) else None
    found = recordchecks.problems(data)
    if found:
        return None, [SourceError(where, what, line=line, record_id=rid, field=f) for f, what in found]
    try:
        return CaptionRecord.model_validate(data, strict=strict), []
    except ValidationError as e:
        rid = data.get("id") if isinstance(data.get("id"), str) else None
        errors: list[RecordError] = []
        for err in e.errors():
            loc = ".".join(str(x) for x in err.get("loc", ()))
            errors.append(SourceError(where, err["msg"], line=line, record_id=rid, field=loc or None))
        return None, errors


def validate_record(data: Any, where: str, *, line: int | None = None, strict: bool = True) -> CaptionRecord:
    """A record from a dict, or a RecordError naming the place, the record and the field."""
    rec, errors = check_record(data, where, line=line, strict=strict)
    if rec is None:
        first = errors[0]
        if len(errors) > 1:
            first.reason += f" (and {len(errors) - 1} more)"
            first.args = (str(first),)
        raise first
    return rec


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


# a valid UTF-8 sequence of two or more bytes: text that was written as UTF-8
_UTF8_MULTI = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
                         rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}"
                         rb"|[\xf1-\xf3][\x80-\xbf]{3}|\xf4[\x80-\x8f][\x80-\xbf]{2}")


def read_text(path: Path, *, fallback: str | None = None, warnings: list[str] | None = None) -> str:
    """A source file's text: UTF-8 (a byte order mark is dropped); when the bytes are not UTF-8
    and a `fallback` encoding is given (cp1252 for spreadsheet exports), that one, but only when
    the file has no valid multi-byte UTF-8 sequence at all. A UTF-8 file with a stray bad byte
    stays UTF-8 (the byte becomes U+FFFD) and a warning naming the line and byte offset is
    added to `warnings` (and logged), rather than garbling every non-ASCII letter."""
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise SourceError(path, e.strerror or str(e)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if not fallback:
            raise SourceError(path, f"not UTF-8 text (byte {e.start})") from None
        if _UTF8_MULTI.search(raw) is None:
            return raw.decode(fallback, "replace")
        line = raw[:e.start].count(b"\n") + 1
        msg = (f"{path}:{line}: not valid UTF-8 at byte {e.start} (0x{raw[e.start]:02x}); the file is "
               f"read as UTF-8 with the bad bytes replaced by \ufffd")
        log.warning(msg)
        if warnings is not None:
            warnings.append(msg)
        return raw.decode("utf-8-sig", "replace")


# Formats by name (`--format`) and the extensions that imply them. Readers are looked up lazily
# so each source module can import this one.
FORMATS = {
    "json": "captionist.sources.loader:_json_or_exiftool",
    "jsonl": "captionist.sources.loader:_jsonl_records",
    "csv": "captionist.sources.loader:_csv_or_exiftool",
    "tsv": "captionist.sources.tabular:tsv_records",
    "exiftool-csv": "captionist.sources.exiftool:exiftool_csv_records",
    "exiftool-json": "captionist.sources.exiftool:exiftool_json_records",
    "sheet": "captionist.sources.sheet:sheet_records",
}
EXTENSIONS = {".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv", ".tsv": "tsv",
              ".tab": "tsv", ".txt": "sheet"}


def _reader(fmt: str):
    import importlib

    module, _, name = FORMATS[fmt].partition(":")
    return getattr(importlib.import_module(module), name)


def _json_or_exiftool(path: Path) -> RecordSet:
    """ExifTool's `-json` output is a list of objects with a "SourceFile" key."""
    from .exiftool import exiftool_json_records, looks_like_exiftool_json

    text = read_text(path)
    if looks_like_exiftool_json(text):
        return exiftool_json_records(path, text=text)
    return _json_records(path)


def _csv_or_exiftool(path: Path) -> RecordSet:
    """ExifTool's `-csv` output has a "SourceFile" first column."""
    from .exiftool import exiftool_csv_records, looks_like_exiftool_csv
    from .tabular import csv_records

    if looks_like_exiftool_csv(path):
        return exiftool_csv_records(path)
    return csv_records(path)


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
        from ..export import sniff
        fmt = sniff(path)
    if fmt in ("iptc-json", "xmp"):
        from ..export import load_exchange
        return load_exchange(path, fmt)
    key = format_of(path, fmt)
    if key is None:
        raise SourceError(path, f"unknown record format {path.suffix!r} (known: "
                                f"{', '.join(sorted(EXTENSIONS))}; or give --format)")
    return (key if callable(key) else _reader(key))(path)
