"""`captionist validate`: every problem in a set of records, in one run.

Errors: a record that does not fit the schema (wrong type, unknown field, bad date...).
Warnings: a value longer than its IIM dataset holds (IIM will carry a cut copy; XMP keeps it
all), and missing essentials (description, creator, credit, copyright, date).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import codec
from .errors import CaptionistError
from .sources.store import load_library
from .standard import BY_ID, ESSENTIALS


@dataclass
class Problem:
    level: str            # "error" or "warning"
    where: str
    message: str
    record: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        parts = [self.where] + ([f"record {self.record}"] if self.record else []) + \
                ([f"field {self.field}"] if self.field else [])
        return f"{self.level}: {': '.join(parts)}: {self.message}"

    def to_dict(self) -> dict[str, Any]:
        return {"level": self.level, "where": self.where, "record": self.record, "field": self.field,
                "message": self.message}


def check_records(path: Path, *, fmt: str | None = None, templates: Path | None = None,
                  codes: Path | None = None, seen: dict[str, str] | None = None) -> list[Problem]:
    """Every problem of the records at `path`. `seen` (id -> where) carries the ids of the
    files checked before, so a duplicate across files is named with both places too."""
    seen = {} if seen is None else seen
    try:
        rs = load_library(path, fmt=fmt, templates=templates, codes=codes)
    except CaptionistError as e:
        return [Problem("error", e.where or str(path), e.reason)]
    problems = [Problem("error", e.where or str(path), e.reason, getattr(e, "record_id", None),
                        getattr(e, "field", None)) for e in rs.errors]
    problems += [Problem("warning", w.split(": ", 1)[0], w.split(": ", 1)[-1]) for w in rs.warnings]
    for rec in rs.records:
        where = rs.origins.get(id(rec), str(path))
        if rec.id:
            # two records with one id: the match and `embed --records` would pick one of them
            # silently; that is an error naming both places
            if rec.id in seen:
                problems.append(Problem("error", where, f"duplicate record id {rec.id!r}: also at {seen[rec.id]}",
                                        rec.id, "id"))
            else:
                seen[rec.id] = where
        values = rec.model_dump(mode="json", exclude_none=True)
        for note in rec.duplicate_notes:
            problems.append(Problem("warning", where, note.split(": ", 1)[1], rec.id, note.split(": ", 1)[0]))
        for pid, value in values.items():
            prop = BY_ID.get(pid)
            if prop is None or prop.iim is None:
                continue
            _, warnings = codec.iim_encode(prop, value)
            for w in warnings:
                problems.append(Problem("warning", where, w.split(": ", 1)[1], rec.id, pid))
        missing = [e for e in ESSENTIALS if e not in values]
        if missing:
            problems.append(Problem("warning", where, f"missing essentials: {', '.join(missing)}", rec.id))
    return problems
