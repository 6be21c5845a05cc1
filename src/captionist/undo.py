"""Undo: put back the metadata a run (or one file) had before captionist wrote it.

The journal keeps every field's value before and after each write. Undo turns the "before"
values into a record and writes it through the same plan and writer as captioning (temp file,
verify, atomic rename): fields that had a value get it back, fields that were empty are
removed from every family (`make_plan(clear=...)`). Only metadata changes; the image data was
never touched. The restored file carries the old values as a reader reconciles them (XMP, IIM
and EXIF in agreement), which is not always byte for byte the file that arrived.

A file changed since captionist wrote it (its sha256, or for a CLI-written JPEG its metadata
header and size, differ from the journal's; see `captionist.fingerprint`) is skipped unless
`force`: someone may have edited its caption since.
"""

from __future__ import annotations

import os
import secrets
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import fingerprint, journal, provenance, reader, writer
from .errors import CaptionistError
from .model import Policy
from .outcome import Status
from .plan import make_plan
from .fingerprint import sha256_file


@dataclass
class UndoResult:
    file: str
    status: str                 # undone, planned, unchanged, skipped, refused, failed
    claim: str | None = None    # the journal row undone
    changes: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"file": self.file, "status": str(self.status), "claim": self.claim, "changes": self.changes,
                "error": self.error}


def find_rows(con, target: str) -> list[dict[str, Any]]:
    """The written rows `target` names: a run id, a claim id, or a file (output path or name)."""
    rows = journal.query(con, run=target, status=str(Status.WRITTEN))
    if not rows:
        rows = [r for r in journal.query(con, status=str(Status.WRITTEN)) if r["claim"] == target]
    if not rows:
        path = os.path.abspath(target)
        rows = journal.query(con, status=str(Status.WRITTEN), file=path)[:1] or journal.query(con, status=str(Status.WRITTEN),
                                                                                     file=target)[:1]
    return [r for r in rows if not r.get("undone_by")]


def undo_row(row: dict[str, Any], c2pa: provenance.C2paConfig, *, force: bool = False, dry_run: bool = False,
             fsync: bool = True) -> tuple[UndoResult, dict[str, Any] | None]:
    path = Path(row["output"])
    res = UndoResult(str(path), Status.FAILED, row["claim"])
    if not path.exists():
        res.error = f"{path}: not there any more (moved or deleted since it was captioned)"
        return res, None
    try:
        before_hash = sha256_file(path)
        if row.get("sha256_out") and not fingerprint.matches(row["sha256_out"], path, before_hash) and not force:
            res.status = Status.SKIPPED
            res.error = f"{path}: changed since captionist wrote it; use --force to undo anyway"
            return res, None
        changes = row.get("changes") or []
        values = {c["field"]: c["before"] for c in changes if c.get("before") is not None}
        clear = [c["field"] for c in changes if c.get("before") is None]
        snap = reader.load(path)
        blocks = snap.blocks if snap.sidecar is None else frozenset({"xmp"})
        plan = make_plan(values, snap.target_raw, snap.values(), blocks, default_policy=Policy.REPLACE,
                         clear=clear)
        res.changes = [c.to_dict() for c in plan.changes]
        # Content Credentials: the caller's policy, as for captioning (never a broken manifest)
        cfg = c2pa
        c2 = provenance.plan(snap, cfg, writes=not plan.empty)
        if c2 is not None and c2.action == "refuse":
            res.status, res.error = Status.REFUSED, f"{path}: {c2.explain(dry_run)}"
            return res, None
        if dry_run:
            res.status = Status.PLANNED if not plan.empty else Status.UNCHANGED
            return res, None
        written = writer.apply(snap, plan, fsync=fsync, finish=provenance.write_hook(c2, snap, cfg, plan))
        res.status = Status.UNDONE if written.written else Status.UNCHANGED
    except CaptionistError as e:
        res.error = str(e)
        return res, None
    now = time.time()
    new_row = {"claim": f"undo-{secrets.token_hex(6)}", "item": row["item"], "name": row["name"],
               "source": "undo", "status": str(Status.UNDONE), "folder": row.get("folder"), "output": str(path),
               "record_id": row.get("record_id"), "sha256_in": before_hash, "sha256_out": sha256_file(path),
               "changes": res.changes, "t_arrived": now, "t_claimed": now, "t_finished": now,
               "provenance": c2.report() if c2 is not None else None}
    return res, new_row


def undo(journal_path: Path, target: str, c2pa: provenance.C2paConfig, *, force: bool = False,
         dry_run: bool = False) -> list[UndoResult]:
    """Restore what `target` (a run id or a captioned file) had before; files with Content
    Credentials follow `c2pa` (the command's `settings.load_c2pa()`)."""
    j = journal.Journal(journal_path)
    try:
        rows = find_rows(j.con, target)
        if not rows:
            return [UndoResult(target, Status.FAILED, error=f"{target}: no captioned file or run of that name "
                                                        f"in {journal_path}")]
        run_id = f"undo-{int(time.time() * 1000):x}-{secrets.token_hex(3)}"
        if not dry_run:
            j.start_run(run_id, "undo", None, {"target": target, "force": force})
        results = []
        for row in rows:
            res, new_row = undo_row(row, c2pa, force=force, dry_run=dry_run)
            if new_row is not None:
                new_row["run_id"] = run_id
                j.record(new_row)
                j.mark_undone([row["claim"]], new_row["claim"])
            results.append(res)
        if not dry_run:
            j.end_run(run_id)
        return results
    finally:
        j.close()
