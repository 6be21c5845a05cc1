"""What happened to one file: the `Outcome` every use reports (CLI, daemon, HTTP API, worker pipe).

One model, serialised one way (`to_dict`): the CLI's `--json`, the worker pipe, the journal
row, the daemon's webhook events and the API's job and upload reports all carry these field
names. In JSON the record is `record` (its id); the journal keeps its `record_id` column.
Statuses and grades are enums of strings, so they compare equal to (and serialise as) the
plain words older reports and tests use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any


class Status(StrEnum):
    WRITTEN = "written"        # metadata written (or a sidecar), verified, renamed into place
    UNCHANGED = "unchanged"    # the file already says what the record says
    PLANNED = "planned"        # dry run: there is something to write
    UNMATCHED = "unmatched"    # no record matches the file
    REVIEW = "review"          # several or uncertain candidates: a person decides
    REFUSED = "refused"        # a write would break the file's Content Credentials
    FAILED = "failed"          # an error; the file was not changed
    UNDONE = "undone"          # `captionist undo` wrote the earlier values back
    SKIPPED = "skipped"        # not done: undo found the file changed, or a cancelled job never reached it

    @property
    def ok(self) -> bool:
        return self in OK


OK = frozenset({Status.WRITTEN, Status.UNCHANGED, Status.PLANNED})

# where the daemon routes a file of each status; anything else goes to failed/
# (refused: a file whose Content Credentials a write would break waits in review/, issue 12)
FOLDER_OF = {Status.WRITTEN: "done", Status.UNCHANGED: "done", Status.UNMATCHED: "unmatched",
             Status.REVIEW: "review", Status.REFUSED: "review"}


class Grade(StrEnum):
    """How sure the match is (`matching.grade`), like beets' recommendation."""
    STRONG = "strong"
    MEDIUM = "medium"
    LOW = "low"
    NONE = "none"


def status_of(value: Any) -> Status:
    """A status from a pipe or a row; an unknown or missing one is a failure."""
    try:
        return Status(value)
    except ValueError:
        return Status.FAILED


@dataclass
class Outcome:
    path: Path
    status: Status
    record_id: str | None = None
    output: Path | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    match: dict[str, Any] | None = None
    seconds: float = 0.0
    c2pa: dict[str, Any] | None = None   # what the write did to Content Credentials (provenance.Plan.report)
    # the written file's `captionist.fingerprint`, taken from the bytes as they were written
    # (the journal's sha256_out); not part of the report
    fingerprint: str | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.status = Status(self.status)

    @property
    def grade(self) -> str | None:
        return self.match.get("grade") if self.match else None

    @property
    def ok(self) -> bool:
        return self.status.ok

    @classmethod
    def failure(cls, path: Path, error: str, seconds: float = 0.0) -> Outcome:
        return cls(Path(path), Status.FAILED, error=error, seconds=seconds)

    def to_dict(self) -> dict[str, Any]:
        return {"file": str(self.path), "status": str(self.status), "record": self.record_id,
                "output": str(self.output) if self.output else None, "changes": self.changes,
                "warnings": self.warnings, "error": self.error, "grade": self.grade, "match": self.match,
                "seconds": round(self.seconds, 4), "c2pa": self.c2pa}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Outcome:
        """The inverse of `to_dict` (a worker's result read back from the pipe)."""
        return cls(Path(d.get("file") or ""), status_of(d.get("status")), record_id=d.get("record"),
                   output=Path(d["output"]) if d.get("output") else None, changes=list(d.get("changes") or []),
                   warnings=list(d.get("warnings") or []), error=d.get("error"), match=d.get("match"),
                   seconds=float(d.get("seconds") or 0.0), c2pa=d.get("c2pa"))
