"""`process(path, ...)`: the one path every use takes (CLI, daemon, HTTP API).

read current metadata -> match a record -> plan -> write (temp, verify, fsync, rename).
Nothing here prints or exits: the outcome says what happened, and callers report or route it.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import matching, provenance, reader, templates, timing, writer
from .errors import CaptionistError, WriteError
from .files import GroupCommit
from .model import DEFAULT_POLICY, Policy
from .outcome import Outcome, Status
from .places.reverse import fill_location_created
from .plan import WritePlan, make_plan

if TYPE_CHECKING:
    from .model import CaptionRecord

log = logging.getLogger(__name__)


@dataclass
class Options:
    out_dir: Path | None = None
    dry_run: bool = False
    policy: Policy = DEFAULT_POLICY        # the run's default merge policy
    sidecar: str = "stem"                  # "stem" (name.xmp) or "name" (name.ext.xmp)
    force_sidecar: bool = False            # write a sidecar even for embeddable formats
    fsync: bool = True
    allow_truncated: bool = False          # write a JPEG that lacks its end marker (see writer)
    thresholds: matching.Thresholds = field(default_factory=matching.Thresholds)
    # sidecar -> the image that wrote it in this run: one run never lets two images write one
    # sidecar (the second would silently replace the first's caption)
    sidecars: dict[Path, Path] = field(default_factory=dict)
    c2pa: provenance.C2paConfig = field(default_factory=provenance.C2paConfig)   # Content Credentials


def plan_for(snap: reader.Snapshot, record: CaptionRecord, options: Options) -> WritePlan:
    values = record.model_dump(mode="json", exclude_none=True)
    values = {k: v for k, v in values.items() if k not in templates.OWN_KEYS}
    # GPS -> Location Created, fill-empty (issue 9): only where neither record nor file has one
    geo = fill_location_created(values, snap.values(only=["locationCreated"]), snap.raw.exif, snap.raw.xmp)
    plan = make_plan(values, snap.target_raw, snap.values(only=values), snap.blocks if snap.sidecar is None
                     else frozenset({"xmp"}), policies=record.policy or {}, default_policy=options.policy)
    if geo:
        plan.warnings.append(geo)
    return plan


def load(path: Path, options: Options) -> reader.Snapshot:
    with timing.span("read"):
        return reader.load(path, sidecar=options.sidecar, force_sidecar=options.force_sidecar)


def embed(path: Path, record: CaptionRecord, options: Options, group: GroupCommit | None = None, *,
          snapshot: reader.Snapshot | None = None, position: int | None = None) -> Outcome:
    """Write one known record into one file. With a `group` (runs over many files) the file
    is renamed into place when the group commits; see `commit`. `snapshot`: the file's
    metadata when the caller has read it already (process() does, to match)."""
    t0 = time.perf_counter()
    out = Outcome(Path(path), Status.FAILED, record_id=record.id)
    try:
        snap = snapshot if snapshot is not None else load(path, options)
        out.warnings += snap.warnings + record.duplicate_notes
        record = templates.expand_variables(record, snap, position=position)
        with timing.span("plan"):
            plan = plan_for(snap, record, options)
        out.changes = [c.to_dict() for c in plan.changes]
        out.warnings += plan.warnings
        if snap.sidecar is not None:
            owner = options.sidecars.setdefault(snap.sidecar.resolve(), out.path.resolve())
            if owner != out.path.resolve():
                raise WriteError(path, f"its sidecar {snap.sidecar.name} was already written for {owner.name} "
                                       f"in this run; not written (use --sidecar name)")
        c2 = provenance.plan(snap, options.c2pa, writes=not plan.empty)
        out.c2pa = c2.report() if c2 is not None else None
        if c2 is not None and c2.action == "refuse":
            # never a silently broken manifest: the file is left as it is (docs/content-credentials.md)
            out.status, out.error = Status.REFUSED, f"{path}: {c2.explain(options.dry_run)}"
        elif options.dry_run:
            out.status = Status.PLANNED if not plan.empty else Status.UNCHANGED
            if c2 is not None and c2.action in ("sign", "strip"):
                out.warnings.append(c2.explain(True))
        else:
            finish = provenance.write_hook(c2, snap, options.c2pa, plan)
            with timing.span("write"):
                res = writer.apply(snap, plan, out_dir=options.out_dir, fsync=options.fsync, group=group,
                                   finish=finish, allow_truncated=options.allow_truncated)
            out.output = res.path
            out.status = Status.WRITTEN if res.written else Status.UNCHANGED
            out.fingerprint = res.fingerprint
            if c2 is not None and c2.action in ("sign", "strip"):
                out.c2pa = c2.report()
                if c2.action == "strip":
                    out.warnings.append(c2.explain(False))
    except CaptionistError as e:
        out.error = str(e)
    except Exception as e:  # noqa: BLE001 - a bug must fail this file, not the run
        log.exception("unexpected error captioning %s", path)
        out.error = f"{path}: internal error ({type(e).__name__}: {e}); the file was not changed"
    out.seconds = time.perf_counter() - t0
    return out


def commit(group: GroupCommit, outcomes: list[Outcome]) -> None:
    """Commit a group and mark the outcomes whose rename failed."""
    with timing.span("commit"):
        failed = group.commit()
    for o in outcomes:
        if o.status == Status.WRITTEN and o.output in failed:
            o.status, o.error = Status.FAILED, str(failed[o.output])


def decide(path: Path, records: list[CaptionRecord], options: Options,
           **context: Any) -> tuple[matching.Decision, reader.Snapshot]:
    """Read the file once and grade every record against it."""
    snap = load(path, options)
    with timing.span("match"):
        return matching.decide(snap, records, thresholds=options.thresholds, **context), snap


def process(path: Path, records: list[CaptionRecord], options: Options, group: GroupCommit | None = None,
            **context: Any) -> Outcome:
    """Read `path` once, match it against `records`, then embed the one strong match with the
    same snapshot. `context`: `position` (1-based place of the file in its batch)."""
    t0 = time.perf_counter()
    try:
        decision, snap = decide(Path(path), records, options, **context)
    except CaptionistError as e:
        return Outcome.failure(path, str(e), time.perf_counter() - t0)
    except Exception as e:  # noqa: BLE001 - a bug must fail this file, not the run
        log.exception("unexpected error matching %s", path)
        return Outcome.failure(path, f"{path}: internal error ({type(e).__name__}: {e})", time.perf_counter() - t0)
    if decision.status != matching.MATCHED:
        return Outcome(Path(path), Status(decision.status), match=decision.to_dict(),
                       error=f"{path}: {decision.explanation}", seconds=time.perf_counter() - t0)
    out = embed(path, decision.record, options, group, snapshot=snap, position=context.get("position"))
    out.match = decision.to_dict()
    out.seconds = time.perf_counter() - t0
    return out
