"""`POST /jobs` on a cluster: each file of a bulk job is a task for the cluster's workers.

The API checks the request as always (paths confined to the storage roots, files there);
`run_remote` then sends one `captionist.job_file` task per file and yields each file's
report in order as the results come back (the result backend is the broker: Redis, or RPC
over AMQP). The worker confines the path again just before touching it and runs the same
`api.jobfile.caption_one` (the library's `run_batch`) as the API does without a broker. A job's files must be on storage
every worker mounts at the same path. With `record_id`/`record` the record travels with the
task; without, the worker matches against its own records (the cluster's records folder,
the API's `records_dir` in the compose set-up).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

TASK_FILE = "captionist.job_file"


def _options_out(o) -> dict[str, Any]:
    return {"out_dir": str(o.out_dir) if o.out_dir else None, "dry_run": o.dry_run, "policy": o.policy.value,
            "sidecar": o.sidecar, "force_sidecar": o.force_sidecar, "fsync": o.fsync,
            "c2pa": o.c2pa.to_dict() if o.c2pa is not None else None}


def _options_in(d: dict[str, Any]):
    from ..model import Policy
    from ..pipeline import Options
    from ..provenance import C2paConfig
    opts = Options(out_dir=Path(d["out_dir"]) if d["out_dir"] else None, dry_run=d["dry_run"],
                   policy=Policy(d["policy"]), sidecar=d["sidecar"], force_sidecar=d["force_sidecar"],
                   fsync=d["fsync"])
    if d.get("c2pa") is not None:
        opts.c2pa = C2paConfig.make(**d["c2pa"])
    return opts


def run_remote(broker: str, files_: list[tuple[str, Path]], record, options, roots: list[Path],
               cancelled=lambda: False) -> Iterator:
    """Send the job's files to the workers; yield each file's `JobFile`, in order.

    Once `cancelled()` is true the tasks not yet answered are revoked (Celery's revoke: a
    worker discards a revoked task instead of starting it, and stores it as REVOKED). Each
    of them is still waited for: a task a worker had already started finishes and is
    reported as done, the others as cancelled (`api.jobfile.cancelled_file`)."""
    from celery.exceptions import TaskRevokedError

    from ..api.jobfile import JobFile, cancelled_file
    from ..outcome import Status
    from .app import QUEUE, make_app

    app = make_app(broker=broker, publisher=True)
    try:
        rec = record.model_dump(mode="json", exclude_none=True) if record is not None else None
        opts = _options_out(options)
        results = [app.send_task(TASK_FILE, args=[given, str(real), [str(r) for r in roots], rec, opts, i,
                                                  len(files_)], queue=QUEUE)
                   for i, (given, real) in enumerate(files_, 1)]
        revoked = False
        for i, ((given, _real), res) in enumerate(zip(files_, results)):
            if not revoked and cancelled():
                app.control.revoke([r.id for r in results[i:]])
                revoked = True
            try:
                yield JobFile.model_validate(res.get(timeout=None, propagate=True))
            except TaskRevokedError:
                yield cancelled_file(given)
            except Exception as e:  # noqa: BLE001 - a worker's surprise fails that file only
                yield JobFile(file=given, status=str(Status.FAILED), error=f"{given}: {type(e).__name__}: {e}")
            finally:
                res.forget()
    finally:
        app.close()


def embed_remote(broker: str, given: str, path: Path, record, options, roots: list[Path]):
    """`POST /embed` on a cluster: the upload (saved under a storage root, which every worker
    mounts) is captioned in place by a worker; the outcome as `pipeline.Outcome`."""
    (report,) = list(run_remote(broker, [(given, path)], record, options, roots))
    return report.outcome(path)


def register(app, records) -> None:
    """Add the job-file task to a worker's app; `records()` gives the worker's records."""

    @app.task(name=TASK_FILE, acks_late=True, reject_on_worker_lost=True, ignore_result=False)
    def job_file(given: str, real: str, roots: list[str], record: dict | None, options: dict[str, Any],
                 position: int, batch_size: int) -> dict[str, Any]:
        from ..api.jobfile import caption_one
        from ..model import CaptionRecord
        rec = CaptionRecord.model_validate(record) if record is not None else None
        report = caption_one(given, Path(real), [Path(r) for r in roots], rec,
                             records() if rec is None else None, _options_in(options), position, batch_size)
        return report.model_dump(mode="json")

    return job_file
