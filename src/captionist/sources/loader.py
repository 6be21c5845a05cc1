"""Load caption records from files, validating each against the record model."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import RecordError, SourceError
from ..model import CaptionRecord


@dataclass
class RecordSet:
    """Records read from one or more sources, and the problems met on the way."""

    records: list[CaptionRecord] = field(default_factory=list)
    errors: list[RecordError] = field(default_factory=list)
    origins: dict[int, str] = field(default_factory=dict)   # id(record) -> "file:line"

    def extend(self, other: "RecordSet") -> None:
        self.records += other.records
        self.errors += other.errors
        self.origins.update(other.origins)


def validate_record(data: Any, where: str, *, line: int | None = None, strict: bool = True) -> CaptionRecord:
    """A record from a dict, or a RecordError naming the place, the record and the field."""
    if not isinstance(data, dict):
        raise SourceError(where, f"a record must be a JSON object, not {type(data).__name__}", line=line)
    # Keys starting with "_" are annotations (e.g. `captionist parse` adds _warnings, _line).
    data = {k: v for k, v in data.items() if not (isinstance(k, str) and k.startswith("_"))}
    try:
        return CaptionRecord.model_validate(data, strict=strict)
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(x) for x in err.get("loc", ()))
        more = f" (and {len(e.errors()) - 1} more)" if len(e.errors()) > 1 else ""
        rid = data.get("id") if isinstance(data.get("id"), str) else None
        raise SourceError(where, f"{err['msg']}{more}", line=line, record_id=rid, field=loc or None) from None


def _json_records(path: Path) -> RecordSet:
    out = RecordSet()
    text = _read_text(path)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise SourceError(path, f"not valid JSON: {e.msg} (column {e.colno})", line=e.lineno) from None
    items = data if isinstance(data, list) else [data]
    for i, item in enumerate(items, 1):
        try:
            rec = validate_record(item, f"{path} [record {i}]")
        except RecordError as e:
            out.errors.append(e)
            continue
        out.records.append(rec)
        out.origins[id(rec)] = f"{path} [record {i}]"
    return out


def _jsonl_records(path: Path) -> RecordSet:
    out = RecordSet()
    for n, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as e:
            out.errors.append(SourceError(path, f"not valid JSON: {e.msg}", line=n))
            continue
        try:
            rec = validate_record(item, str(path), line=n)
        except RecordError as e:
            out.errors.append(e)
            continue
        out.records.append(rec)
        out.origins[id(rec)] = f"{path}:{n}"
    return out


def _read_text(path: Path) -> str:
    try:
        raw = Path(path).read_bytes()
    except OSError as e:
        raise SourceError(path, e.strerror or str(e)) from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SourceError(path, f"not UTF-8 text (byte {e.start})") from None


READERS = {".json": _json_records, ".jsonl": _jsonl_records, ".ndjson": _jsonl_records}


def load_records(path: Path | str, fmt: str | None = None) -> RecordSet:
    """Records from a file or a folder of files (every supported file in it, sorted)."""
    path = Path(path)
    if path.is_dir():
        out = RecordSet()
        for child in sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith(".")):
            if child.suffix.lower() in READERS:
                out.extend(load_records(child))
        return out
    if not path.exists():
        raise SourceError(path, "no such file")
    key = f".{fmt}" if fmt else path.suffix.lower()
    reader = READERS.get(key)
    if reader is None:
        raise SourceError(path, f"unknown record format {key!r} (known: {', '.join(sorted(READERS))})")
    return reader(path)
