"""The exceptions captionist raises, one tree, each carrying where it happened.

    CaptionistError                 base; str() is "where: reason"
    ├── RecordError                 a caption record (or a field of one) is invalid
    │   └── SourceError             a record file/sheet cannot be read (file, line/row)
    │       └── SheetParseError     a caption sheet cannot be parsed at all
    └── FileOperationError          an image file could not be handled (path)
        ├── UnsupportedFormatError  a format captionist cannot read or write
        ├── ReadError               the file's metadata cannot be read (corrupt, unreadable)
        ├── WriteError              writing failed; the original is untouched
        └── VerifyError             read-back after writing disagreed with the plan

A file that no record matches is not an error: it is an outcome (`captionist.outcome`).

Errors from pyexiv2 (plain RuntimeError / UnicodeDecodeError) are mapped into this tree at
one boundary, `captionist.exiv`.
"""

from __future__ import annotations

from pathlib import Path


class CaptionistError(Exception):
    """Base class. `where` is a path, a record id or "file:line"; `reason` says what went wrong."""

    def __init__(self, where: str | Path | None, reason: str):
        self.where = str(where) if where is not None else None
        self.reason = reason
        super().__init__(self.__str__())

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}" if self.where else self.reason


class RecordError(CaptionistError):
    """A record is invalid. `field` names the property (dotted path) when known."""

    def __init__(self, where, reason: str, *, record_id: str | None = None, field: str | None = None):
        self.record_id = record_id
        self.field = field
        super().__init__(where, reason)

    def __str__(self) -> str:
        parts = [p for p in (self.where, f"record {self.record_id}" if self.record_id else None,
                             f"field {self.field}" if self.field else None) if p]
        return ": ".join(parts + [self.reason])


class SourceError(RecordError):
    """A record source (JSON, CSV, sheet...) cannot be read; `line` is 1-based when known."""

    def __init__(self, where, reason: str, *, line: int | None = None, **kw):
        self.line = line
        if line is not None and where is not None:
            where = f"{where}:{line}"
        super().__init__(where, reason, **kw)


class SheetParseError(SourceError):
    """A caption sheet cannot be parsed (not text, wrong encoding...)."""


class FileOperationError(CaptionistError):
    """An image file operation failed; `path` is the file concerned."""

    def __init__(self, path: str | Path, reason: str):
        self.path = Path(path)
        super().__init__(path, reason)


class UnsupportedFormatError(FileOperationError):
    pass


class ReadError(FileOperationError):
    pass


class WriteError(FileOperationError):
    pass


class VerifyError(WriteError):
    pass

