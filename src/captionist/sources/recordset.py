"""What every record source shares: the `RecordSet` it fills, `check_record` /
`validate_record` (a dict against the record model, each problem naming file, line, record
and field) and `read_text` (a source file's text, UTF-8 or a declared fallback).

The readers (`loader`'s JSON, `tabular`, `exiftool`, `sheet`, `exchange`) import this module;
`captionist.sources.loader` picks the reader for a file.
"""

from __future__ import annotations

import io
import logging
import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import CaptionistError, RecordError, SourceError
from .. import plainrecord, recordchecks

if TYPE_CHECKING:   # the model is built only for a record that is not plain (plainrecord)
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
    rec = plainrecord.plain(data, strict=strict)
    if rec is not None:   # plain values only: what the model would make of them, without it
        return rec, []
    from pydantic import ValidationError

    from ..model import CaptionRecord
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


class LiveRecords:
    """What a record store (files in `store`, a database table in `dbstore`) serves: its current
    RecordSet, replaced whole on reload so a reader never sees half; `version` counts reloads,
    `kept` names what is served from a last good load, `pending` asks for another look."""

    def __init__(self, templates: Path | str | None, codes: Path | str | None):
        self.templates_path = Path(templates) if templates else None
        self.codes_path = Path(codes) if codes else None
        self.version = 0
        self.pending = False
        self.kept: list[str] = []
        self._lock = threading.Lock()
        self._fp: tuple | None = None
        self._set = RecordSet()

    @property
    def records(self) -> list[CaptionRecord]:
        return self._set.records

    @property
    def errors(self) -> list[CaptionistError]:
        return self._set.errors

    @property
    def warnings(self) -> list[str]:
        return self._set.warnings


def csv_rows(path: Path, text: str, delimiter: str, errors: list,
             first_line: int = 1) -> Iterator[tuple[int, int, list[str]]]:
    """The rows of CSV `text`, header first, as (the physical lines the row starts and ends on,
    cells).
    Read strictly: a quote that is never closed is an error on `errors` naming its line, not a
    cell that swallows the rest of the file; reading stops there."""
    import csv   # only tables need it (issue 14: a JSON `embed` does not load it)

    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as e:
            if start == 0:
                errors.append(SourceError(path, f"not valid CSV: the header row: {e}", line=first_line))
            else:
                hint = (f" (a quote opened on line {first_line + start} or after is never closed)"
                        if "end of data" in str(e) else "")
                errors.append(SourceError(path, f"not valid CSV: {e}{hint}", line=first_line + reader.line_num - 1))
            return
        yield first_line + start, first_line + reader.line_num - 1, row
        start = reader.line_num
