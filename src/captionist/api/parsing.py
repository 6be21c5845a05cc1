"""Caption records from request bodies.

One record from JSON text or a parsed object (`PUT /records/{id}`, `POST /embed`'s `record`
field): a captionist record, an IPTC Photo Metadata JSON document or one ExifTool JSON object,
told apart by `captionist.sources.exchange.sniff_object` and converted by `exchange.objects_to_records`.
Many records (`POST /records`), by Content-Type: JSON (one or an array), JSON Lines, CSV or a
caption sheet; CSV and sheets are read by `captionist.sources`. Bad input is a 400 problem
when it does not parse, a 422 listing every invalid field when it does (all or nothing).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..sources import exchange
from ..errors import RecordError
from ..model import CaptionRecord
from ..sources import load_records
from .problems import ProblemException, error_item, pydantic_errors

# Content-Type (without parameters) -> the kind of body POST /records reads
BULK_TYPES = {
    "application/json": "json",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl",
    "application/json-lines": "jsonl",
    "text/csv": "csv",
    "text/plain": "sheet", "text/x-caption-sheet": "sheet",
}
_SHEET_SUFFIX = ".txt"


def record_problem(errors: list[dict[str, str]], detail: str = "the record is not valid") -> ProblemException:
    return ProblemException(422, "invalid-record", "Invalid caption record", detail, errors)


def parse_record_text(text: str | bytes, rid: str | None = None) -> CaptionRecord:
    """A record from JSON text: a captionist record, an IPTC PMD JSON document or one ExifTool
    JSON object. 400 when it is not JSON, 422 (with each field's path) when it is not valid."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as e:
        raise ProblemException(400, "malformed-body", "Malformed JSON", f"the record is not valid JSON: {e}") from None
    return record_from_obj(data, rid)


def record_from_obj(data: Any, rid: str | None = None, index: int | None = None) -> CaptionRecord:
    """A record from a parsed JSON value; `rid` is the URL's id (the record's must match),
    `index` the item's place in a bulk upload (the first part of each error's path)."""
    prefix = (index,) if index is not None else ()
    if not isinstance(data, dict):
        raise record_problem([error_item(prefix or ("",), "a record must be a JSON object")])
    fmt = exchange.sniff_object(data)
    strict = fmt is None
    if fmt is not None:
        try:
            data = exchange.objects_to_records(data, fmt)[0]
        except ValueError as e:   # an ExifTool structure that does not parse
            raise record_problem([error_item(prefix or ("",), str(e))]) from None
    if rid is not None:
        if data.get("id") not in (None, rid):
            raise record_problem([error_item(prefix + ("id",), f"the record's id must be {rid!r} (the URL's)")])
        data = {**data, "id": rid}
    try:
        return CaptionRecord.model_validate_json(json.dumps(data), strict=strict)
    except ValidationError as e:
        raise record_problem(pydantic_errors(e, prefix)) from None


def bulk_records(body: bytes, kind: str) -> list[CaptionRecord]:
    """The records of a POST /records body of `kind` (a BULK_TYPES value), or a problem."""
    if kind == "json":
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as e:
            raise ProblemException(400, "malformed-body", "Malformed JSON", str(e)) from None
        return validate_all(data if isinstance(data, list) else [data])
    if kind == "jsonl":
        items = []
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ProblemException(400, "malformed-body", "Not UTF-8", str(e)) from None
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except ValueError as e:
                    raise ProblemException(400, "malformed-body", "Malformed JSON Lines", f"line {n}: {e}") from None
        return validate_all(items)
    # CSV and caption sheets: the sources package reads files, so hand it one
    with tempfile.TemporaryDirectory(prefix="captionist-bulk-") as tmp:
        path = Path(tmp) / ("records" + (".csv" if kind == "csv" else _SHEET_SUFFIX))
        path.write_bytes(body)
        try:
            rs = load_records(path)
        except RecordError as e:
            status = 415 if "unknown record format" in e.reason else 422
            raise ProblemException(status, "unsupported-records" if status == 415 else "invalid-record",
                                   "Records not readable", e.reason.replace(tmp, "")) from None
        if rs.errors:
            errs = [error_item((e.field or "").split("."), str(e).replace(str(path), "body")) for e in rs.errors]
            raise record_problem(errs, f"{len(rs.errors)} record(s) not valid; nothing was stored")
        return rs.records


def validate_all(items: list[Any]) -> list[CaptionRecord]:
    """Every item as a record (each may be an IPTC or ExifTool object), or one 422 listing all problems."""
    records, errors = [], []
    for i, item in enumerate(items):
        try:
            records.append(record_from_obj(item, index=i))
        except ProblemException as e:
            errors += e.errors
    if errors:
        raise record_problem(errors, f"{len(errors)} problem(s); nothing was stored")
    return records
