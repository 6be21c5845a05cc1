"""Which record belongs to a file: rules, graded and explained.

Every record is scored against the file (its name and the metadata it already carries, a
`reader.Snapshot`). A score is the strongest piece of evidence, 0..1:

| evidence                                                        | score |
|-----------------------------------------------------------------|-------|
| file stem equals the record's `id`; `match.file` names the file | 1.0   |
| an identifier already in the file equals the record's: `match.jobid` (Job Id, IIM 2:103), `match.supplierImageId`, `match.digitalImageGuid`, `match.documentId` (xmpMM:DocumentID) | 1.0 |
| capture time inside `match.takenBetween` and camera serial / creator equal | 0.95 |
| `match.position` equals the file's position in the batch        | 0.9   |
| `match.file` glob matches                                       | 0.9   |
| file stem equals the id but for letter case                     | 0.85  |
| capture time inside `match.takenBetween` alone                  | 0.7   |
| file stem starts with the id and a separator (`AMS-12_edit`)    | 0.6   |
| capture time within `near_window` of the window (a near miss)   | 0.3   |
| a similar stem (difflib ratio >= 0.8)                           | <= 0.4 |

Each further rule that agrees adds `agree_bonus`; a rule that the file contradicts (the record
wants Job Id A, the file carries B; the serial differs) sets the record's score to at most
`contradiction_cap`, so a contradicted record never wins on its name alone.

The decision is graded like beets' `Recommendation`, from the best score and its gap to the
runner-up, with thresholds passed in (`Thresholds`):

* strong: best >= strong and gap >= min_gap -> `matched`, the record is written;
* medium: best >= medium (or strong but too close to the runner-up) -> `review`;
* low: best >= low -> `unmatched`, the near misses listed;
* none: nothing came close -> `unmatched`.

Several strong candidates within `min_gap` of each other go to `review` with the candidates
listed. Every candidate says which rules matched and which did not, and why.
"""

from __future__ import annotations

import datetime as dt
import difflib
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from . import dates
from .match_index import index_for, literal_name as _literal
from .outcome import Grade, Status

if TYPE_CHECKING:   # records may be plainrecord.PlainRecord too: the model is not built for them
    from .model import CaptionRecord


@dataclass(frozen=True)
class Thresholds:
    strong: float = 0.9
    medium: float = 0.6
    low: float = 0.25
    min_gap: float = 0.1
    agree_bonus: float = 0.02
    contradiction_cap: float = 0.2
    near_window: dt.timedelta = dt.timedelta(minutes=10)


DEFAULT_THRESHOLDS = Thresholds()
MATCHED = "matched"     # a Decision's status when one record is certain (the file's outcome follows the write)


@dataclass
class FileFacts:
    """What matching looks at in a file: its name and the identifiers it already carries."""

    path: Path
    jobid: str | None = None
    supplier_image_id: str | None = None
    digital_image_guid: str | None = None
    document_id: str | None = None
    taken: dates.PartialDate | None = None
    camera_serial: str | None = None
    creators: tuple[str, ...] = ()
    position: int | None = None
    position_doubt: str | None = None   # why positions cannot be trusted in this run

    @classmethod
    def from_snapshot(cls, snap, position: int | None = None) -> "FileFacts":
        # only the properties matching reads: decoding all of them is most of a file's
        # matching when it carries an agency's XMP (issue 14)
        values = snap.values(only=FACT_IDS)
        # the sidecar's DocumentID before the file's (no copy of the whole XMP for one key)
        doc_key = "Xmp.xmpMM.DocumentID"
        side = snap.sidecar_raw.xmp if snap.sidecar_raw is not None else {}
        document_id = side[doc_key] if doc_key in side else snap.raw.xmp.get(doc_key)
        exif = snap.raw.exif
        guid = values.get("digitalImageGuid") or _text(exif.get("Exif.Photo.ImageUniqueID"))
        creators = list(values.get("creatorNames") or [])
        artist = _text(exif.get("Exif.Image.Artist"))
        if artist:
            creators += [a.strip() for a in artist.split(";") if a.strip()]
        return cls(
            path=Path(snap.path),
            jobid=values.get("jobid"),
            supplier_image_id=values.get("imageSupplierImageId"),
            digital_image_guid=guid,
            document_id=_text(document_id),
            taken=dates.from_exif(_text(exif.get("Exif.Photo.DateTimeOriginal")),
                                  _text(exif.get("Exif.Photo.OffsetTimeOriginal"))),
            camera_serial=_text(exif.get("Exif.Photo.BodySerialNumber")),
            creators=tuple(dict.fromkeys(creators)),
            position=position,
        )


FACT_IDS = ("digitalImageGuid", "creatorNames", "jobid", "imageSupplierImageId")


def _text(v: Any) -> str | None:
    if isinstance(v, str) and v.strip("\x00 "):
        return v.strip("\x00 ")
    return None


@dataclass
class Candidate:
    record: CaptionRecord
    score: float
    reasons: list[str] = field(default_factory=list)     # rules that matched
    misses: list[str] = field(default_factory=list)      # rules that did not, and why

    def to_dict(self) -> dict[str, Any]:
        return {"record": self.record.id, "score": round(self.score, 3), "reasons": self.reasons,
                "misses": self.misses}


@dataclass
class Decision:
    status: str                     # MATCHED, Status.UNMATCHED or Status.REVIEW
    record: CaptionRecord | None
    candidates: list[Candidate] = field(default_factory=list)
    grade: Grade = Grade.NONE
    explanation: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"status": str(self.status), "record": self.record.id if self.record else None,
                "grade": str(self.grade), "explanation": self.explanation,
                "candidates": [c.to_dict() for c in self.candidates]}


# --------------------------------------------------------------------------- rules


def _begins_with(stem: str, rid: str) -> bool:
    """`stem` is `rid` followed by a separator and more (AMS-12 -> AMS-12_edit)."""
    return len(stem) > len(rid) and stem.startswith(rid) and stem[len(rid)] in "-_. "


def _name_evidence(record: CaptionRecord, path: Path) -> list[tuple[float, str, bool]]:
    """(score, reason, matched) for the default rule: the stem against the record's id."""
    rid, stem = record.id, path.stem
    if not rid:
        return []
    if stem == rid:
        return [(1.0, f"file stem equals record id {rid!r}", True)]
    if stem.lower() == rid.lower():
        return [(0.85, f"file stem equals record id {rid!r} but for letter case", True)]
    if _begins_with(stem, rid) or _begins_with(stem.lower(), rid.lower()):
        return [(0.6, f"file stem {stem!r} begins with record id {rid!r}", True)]
    # difflib is the costly part of matching one file against thousands of records: its cheap
    # upper bounds rule out almost every pair before the real ratio is computed.
    sm = difflib.SequenceMatcher(None, stem.lower(), rid.lower())
    if sm.real_quick_ratio() < 0.8 or sm.quick_ratio() < 0.8:
        return []
    ratio = sm.ratio()
    if ratio >= 0.8:
        return [(round(0.4 * ratio, 3), f"file stem {stem!r} is similar to record id {rid!r} "
                                        f"({ratio:.0%}) but not equal", False)]
    return []


def _file_evidence(patterns: str | list[str], path: Path) -> tuple[float, str] | None:
    for pattern in [patterns] if isinstance(patterns, str) else patterns:
        if path.name == pattern or path.name == _literal(pattern):
            return 1.0, f"file name is {pattern!r}"
    for pattern in [patterns] if isinstance(patterns, str) else patterns:
        if fnmatch.fnmatchcase(path.name, pattern):
            return 0.9, f"file name matches {pattern!r}"
    return None


_IDENTIFIERS = (
    ("jobid", "jobid", "Job Id"),
    ("supplierImageId", "supplier_image_id", "supplier's image id"),
    ("digitalImageGuid", "digital_image_guid", "Digital Image GUID"),
    ("documentId", "document_id", "XMP DocumentID"),
)


def _as_datetime(pd: dates.PartialDate, fallback_zone: str | None) -> tuple[dt.datetime, bool]:
    """An aware datetime when a zone is known (the date's own, else `fallback_zone`)."""
    zone = pd.zone or fallback_zone
    tz = None
    if zone:
        if zone == "Z":
            tz = dt.timezone.utc
        else:
            sign = 1 if zone[0] == "+" else -1
            tz = dt.timezone(sign * dt.timedelta(hours=int(zone[1:3]), minutes=int(zone[4:6])))
    return dt.datetime(pd.year, pd.month or 1, pd.day or 1, pd.hour or 0, pd.minute or 0, pd.second or 0,
                       tzinfo=tz), zone is not None


def score(record: CaptionRecord, facts: FileFacts, th: Thresholds = DEFAULT_THRESHOLDS) -> Candidate | None:
    """The record's evidence for this file, or None when there is none at all."""
    hits: list[tuple[float, str]] = []
    misses: list[str] = []
    contradicted = False
    for s, why, ok in _name_evidence(record, facts.path):
        hits.append((s, why))       # a similar name counts as weak evidence (a near miss)
        if not ok:
            misses.append(why)
    rule = record.match
    if rule is not None:
        if rule.file is not None:
            got = _file_evidence(rule.file, facts.path)
            if got:
                hits.append(got)
            else:
                misses.append(f"file name {facts.path.name!r} does not match {rule.file!r}")
        for key, attr, label in _IDENTIFIERS:
            want = getattr(rule, key)
            if want is None:
                continue
            have = getattr(facts, attr)
            if have is None:
                misses.append(f"the file carries no {label} (record wants {want!r})")
            elif have.strip() == want.strip():
                hits.append((1.0, f"{label} in the file is {want!r}"))
            else:
                misses.append(f"{label} in the file is {have!r}, record wants {want!r}")
                contradicted = True
        if rule.takenBetween is not None:
            got, why, contra = _time_evidence(rule, facts, th)
            if got:
                hits.append((got, why))
            if got < th.medium:
                misses.append(why)
            contradicted |= contra
        if rule.position is not None:
            if facts.position is None:
                misses.append(f"the file has no position in this run (record wants {rule.position})")
            elif facts.position == rule.position and facts.position_doubt:
                hits.append((th.medium, f"file is number {rule.position} in the batch, but {facts.position_doubt}"))
            elif facts.position == rule.position:
                hits.append((0.9, f"file is number {rule.position} in the batch"))
            else:
                misses.append(f"file is number {facts.position} in the batch, record wants {rule.position}")
    if not hits:
        return None
    hits.sort(key=lambda h: -h[0])
    best = hits[0][0]
    strong_hits = [h for h in hits[1:] if h[0] >= th.medium]
    total = min(1.0, best + th.agree_bonus * len(strong_hits))
    if contradicted:
        total = min(total, th.contradiction_cap)
    reasons = [why for s, why in hits if why not in misses]
    return Candidate(record, total, reasons, misses)


def _time_evidence(rule, facts: FileFacts, th: Thresholds) -> tuple[float, str, bool]:
    """(score, why, contradicted) for takenBetween (+ cameraSerial / creator)."""
    if facts.taken is None or facts.taken.hour is None:
        return 0.0, "the file has no EXIF capture time (DateTimeOriginal)", False
    start_pd, end_pd = (dates.parse(x) for x in rule.takenBetween)
    window_zone = start_pd.zone or end_pd.zone
    taken, taken_aware = _as_datetime(facts.taken, window_zone)
    start, s_aware = _as_datetime(start_pd, window_zone or facts.taken.zone)
    end, e_aware = _as_datetime(end_pd, window_zone or facts.taken.zone)
    note = ""
    if not (taken_aware and s_aware and e_aware):
        taken, start, end = (d.replace(tzinfo=None) for d in (taken, start, end))
        note = " (compared as local times: no time zone on one side)"
    elif facts.taken.zone is None:
        note = f" (the file has no OffsetTimeOriginal; taken as {window_zone})"
    stamp = facts.taken.iso()
    if start <= taken <= end:
        extra = []
        if rule.cameraSerial is not None:
            if facts.camera_serial is None:
                return 0.1, "taken within the window but the file carries no camera serial", False
            if facts.camera_serial.strip() != rule.cameraSerial.strip():
                return 0.1, (f"taken within the window but camera serial is {facts.camera_serial!r}, "
                             f"record wants {rule.cameraSerial!r}"), True
            extra.append(f"camera serial {rule.cameraSerial!r}")
        if rule.creator is not None:
            if not any(c.casefold() == rule.creator.casefold() for c in facts.creators):
                have = ", ".join(facts.creators) or "none"
                return 0.1, f"taken within the window but the creator is {have}, record wants {rule.creator!r}", True
            extra.append(f"creator {rule.creator!r}")
        s = 0.95 if extra else 0.7
        return s, f"taken {stamp} within {rule.takenBetween[0]}..{rule.takenBetween[1]}" + \
            (" by " + " and ".join(extra) if extra else "") + note, False
    off = start - taken if taken < start else taken - end
    side = "before" if taken < start else "after"
    why = f"taken {stamp}, {_human(off)} {side} the window {rule.takenBetween[0]}..{rule.takenBetween[1]}{note}"
    if off <= th.near_window:
        return 0.3, why, False
    return 0.0, why, False


def _human(delta: dt.timedelta) -> str:
    secs = int(delta.total_seconds())
    if secs < 120:
        return f"{secs} s"
    if secs < 7200:
        return f"{secs // 60} min"
    if secs < 172800:
        return f"{secs // 3600} h"
    return f"{secs // 86400} days"


# --------------------------------------------------------------------------- the decision


_EPS = 1e-9   # scores are sums of decimals: 1.0 - 0.9 must count as a gap of 0.1


def grade(best: float, gap: float, th: Thresholds) -> Grade:
    if best >= th.strong - _EPS and gap >= th.min_gap - _EPS:
        return Grade.STRONG
    if best >= th.medium - _EPS:
        return Grade.MEDIUM
    if best >= th.low - _EPS:
        return Grade.LOW
    return Grade.NONE


def decide(snap_or_path, records: Iterable[CaptionRecord], *, thresholds: Thresholds | None = None,
           position: int | None = None, batch_size: int | None = None, limit: int = 5,
           **_context: Any) -> Decision:
    """Grade every record against one file. `snap_or_path` is the file's `reader.Snapshot`
    (its current metadata, so embedded identifiers can match); a bare path matches names only.

    `batch_size`: how many files the run has. Position matching pairs the n-th caption of a
    sheet with the n-th picture; when the numbered captions and the pictures do not add up (a
    caption too many or too few shifts every later pairing), a position alone is not trusted
    to write: it counts as a medium match, and the file goes to review."""
    th = thresholds or DEFAULT_THRESHOLDS
    # The same list for every file of a run: its index is built once (captionist.match_index).
    index = index_for(records if isinstance(records, list) else list(records))
    if isinstance(snap_or_path, (str, Path)):
        facts = FileFacts(Path(snap_or_path), position=position)
    else:
        facts = FileFacts.from_snapshot(snap_or_path, position)
    numbered = index.numbered
    if batch_size is not None and numbered and len(numbered) != batch_size:
        facts.position_doubt = (f"the run has {batch_size} files for {len(numbered)} numbered captions, "
                                "so a position alone is not trusted")
    # Only records with some evidence for this file are scored; the rest would score None.
    cands = [c for c in (score(r, facts, th) for r in index.candidates(facts)) if c is not None]
    cands.sort(key=lambda c: -c.score)
    best = cands[0].score if cands else 0.0
    second = cands[1].score if len(cands) > 1 else 0.0
    g = grade(best, best - second, th)
    shown = cands[:limit]
    if g == Grade.STRONG:
        c = cands[0]
        return Decision(MATCHED, c.record, shown, g, f"record {c.record.id!r}: " + "; ".join(c.reasons))
    if best >= th.strong - _EPS:   # strong but too close to the runner-up
        close = [c for c in cands if best - c.score < th.min_gap - _EPS]
        ids = ", ".join(repr(c.record.id) for c in close)
        return Decision(Status.REVIEW, None, shown, Grade.MEDIUM,
                        f"{len(close)} records match equally well ({ids}); a person must choose")
    if g == Grade.MEDIUM:
        c = cands[0]
        return Decision(Status.REVIEW, None, shown, g,
                        f"best candidate {c.record.id!r} ({c.score:.2f}) is not certain: " + "; ".join(c.reasons))
    if g == Grade.LOW:
        c = cands[0]
        return Decision(Status.UNMATCHED, None, shown, g,
                        f"no record matches; closest is {c.record.id!r} ({c.score:.2f}): "
                        + "; ".join(c.reasons + c.misses))
    if cands:
        c = cands[0]
        return Decision(Status.UNMATCHED, None, shown, Grade.NONE,
                        f"no record matches; {c.record.id!r} was considered: " + "; ".join(c.misses or c.reasons))
    return Decision(Status.UNMATCHED, None, shown, Grade.NONE, "no record matches this file")
