"""Which record belongs to a file: rules, graded and explained.

A decision is `matched` (exactly one strong candidate), `unmatched` (none) or `review`
(several equally strong). Every candidate carries the rules that matched and why others did
not, so a desk can see the reasoning in the report.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .model import CaptionRecord

STRONG = 1.0


@dataclass
class Candidate:
    record: CaptionRecord
    score: float
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record.id, "score": round(self.score, 3), "reasons": self.reasons}


@dataclass
class Decision:
    status: str                     # "matched", "unmatched", "review"
    record: CaptionRecord | None
    candidates: list[Candidate] = field(default_factory=list)
    grade: str = "none"             # "strong", "none", "ambiguous"

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "record": self.record.id if self.record else None,
                "grade": self.grade, "candidates": [c.to_dict() for c in self.candidates]}


def _file_rule(rule: str | list[str] | None, path: Path) -> str | None:
    if rule is None:
        return None
    for pattern in [rule] if isinstance(rule, str) else rule:
        if path.name == pattern or fnmatch.fnmatchcase(path.name, pattern):
            return f"file name matches {pattern!r}"
    return None


def score(record: CaptionRecord, path: Path) -> Candidate | None:
    reasons = []
    if record.id and path.stem == record.id:
        reasons.append(f"file stem equals record id {record.id!r}")
    if record.match is not None:
        why = _file_rule(record.match.file, path)
        if why:
            reasons.append(why)
    if not reasons:
        return None
    return Candidate(record, STRONG, reasons)


def decide(path: Path, records: list[CaptionRecord], **_context: Any) -> Decision:
    cands = [c for c in (score(r, Path(path)) for r in records) if c is not None]
    cands.sort(key=lambda c: -c.score)
    strong = [c for c in cands if c.score >= STRONG]
    if len(strong) == 1:
        return Decision("matched", strong[0].record, cands, "strong")
    if len(strong) > 1:
        return Decision("review", None, cands, "ambiguous")
    return Decision("unmatched", None, cands, "none")
