"""The worker's side of the cluster: one task = one claim folder, taken, captioned, routed.

`handle(task_id, claim_id)` finds the claim under `INBOX/.captionist/` and takes it by
renaming its folder into this process's own locked folder under `work/` (the daemon's
`claims.Instance`), so only one process ever works on it:

* in `queue/`, or in the folder of a process that died (its lock is free): take it;
* in the folder of a live process (a redelivery while the first delivery still runs, or the
  watcher recovering it right now): `Busy`, the task is tried again later;
* nowhere: the file was routed already (the journal has its row) or is gone; the delivery
  is recorded in the journal's `tasks` table and nothing else happens.

A taken claim with a `route.json` was routed halfway by a process that died: the route is
finished (`Router.apply`). Otherwise the file runs through `worker.run_job`, the same
`pipeline.process` every other path uses, and `Router.finish` routes it and writes the
journal row. A claim delivered `max_attempts` times to workers that died on it (a file
that crashes exiv2) is failed with that reason instead of being tried for ever.
"""

from __future__ import annotations

import fcntl
import logging
import os
import secrets
import shutil
import time
import traceback
from pathlib import Path
from typing import Any

from .. import journal, logs
from ..daemon.claims import Claim, Instance, new_id
from ..daemon.routing import Router, read_route
from ..outcome import Status
from ..settings import OUTPUT_FOLDERS, DaemonSettings
from ..worker import RecordCache, records_signature, run_job
from .queue import queue_dir

log = logging.getLogger("captionist.cluster")

ATTEMPTS = "attempts"     # a file in the claim folder: how many workers have taken it


class Busy(Exception):
    """Another live process holds the claim: try the task again later."""


def instance_alive(inst: Path) -> bool:
    """True while the process owning `inst` holds its lock (the daemon's rule)."""
    try:
        fd = os.open(inst / ".lock", os.O_RDWR | os.O_CLOEXEC)
    except FileNotFoundError:
        try:
            return time.time() - inst.stat().st_mtime < 60       # being created right now
        except OSError:
            return False
    except OSError:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return False
    finally:
        os.close(fd)


class Context:
    """What one worker process keeps between tasks: its folder and lock, the journal, the
    router, the records."""

    def __init__(self, settings: DaemonSettings):
        s = self.s = settings
        self.pid = os.getpid()
        self.run_id = new_id("worker-")
        self.folders = {n: s.folder(n) for n in OUTPUT_FOLDERS}
        for folder in (s.work_dir, *self.folders.values()):
            folder.mkdir(parents=True, exist_ok=True)
        self.journal = journal.Journal(s.journal_path)
        safe = {k: v for k, v in s.model_dump(mode="json").items() if k not in ("journal", "broker")}
        self.journal.start_run(self.run_id, "worker", s.inbox, safe)   # fails first if the database is away
        self.inst = Instance(s.work_dir)
        self.inst.acquire(self.run_id)
        self.router = Router(self.folders, self.run_id, s.fsync, self._log)
        self.router.journal = self.journal
        self.cache = RecordCache(s.records, s.templates, s.codes)

    def _log(self, level: int, msg: str, **fields: Any) -> None:
        logs.event(log, level, msg, run=self.run_id, **fields)

    def close(self) -> None:
        try:
            self.journal.end_run(self.run_id)
        except Exception:  # noqa: BLE001 - the database may be away; the run row just has no end
            pass
        self.journal.close()
        self.inst.release()

    # ----------------------------------------------------------------- finding and taking
    def locate(self, claim_id: str) -> Path | None:
        for cand in (queue_dir(self.s) / claim_id, *self.s.work_dir.glob(f"*/{claim_id}")):
            if cand.is_dir():
                return cand
        return None

    def take(self, claim_id: str) -> Path | None:
        """The claim folder, now in our own folder; None when it is nowhere."""
        for _ in range(5):
            cdir = self.locate(claim_id)
            if cdir is None:
                return None
            if cdir.parent == self.inst.dir:
                return cdir
            if cdir.parent != queue_dir(self.s) and instance_alive(cdir.parent):
                raise Busy(f"{claim_id} is held by {cdir.parent.name}")
            try:
                os.rename(cdir, self.inst.dir / claim_id)
                return self.inst.dir / claim_id
            except FileNotFoundError:
                continue          # another process took it between our look and our rename
        return self.locate(claim_id)

    # ----------------------------------------------------------------- one task
    def handle(self, task_id: str, claim_id: str) -> str:
        cdir = self.take(claim_id)
        if cdir is None:
            row = self.journal.con.execute("SELECT 1 FROM files WHERE claim=?", (claim_id,)).fetchone()
            outcome = "already-routed" if row else "gone"
            self.journal.task(task_id, claim_id, outcome)
            self._log(logging.INFO, f"nothing to do: {outcome}", claim=claim_id, task=task_id)
            return outcome
        route = read_route(cdir)
        if route is not None:
            self.router.apply(cdir, route)
            self.journal.task(task_id, claim_id, "resumed")
            self._log(logging.INFO, "finished the routing of a worker that died", claim=claim_id)
            return "resumed"
        claim = Claim.from_json(_read_json(cdir / "job.json"), cdir)
        if not (cdir / claim.name).exists():
            shutil.rmtree(cdir, ignore_errors=True)
            self.journal.task(task_id, claim_id, "gone")
            return "gone"
        shutil.rmtree(cdir / "out", ignore_errors=True)      # a dead worker's half-written output
        attempts = _bump(cdir / ATTEMPTS)
        if attempts > self.s.max_attempts:
            result = {"status": Status.FAILED, "traceback_id": secrets.token_hex(6),
                      "error": f"{claim.name}: {attempts - 1} worker process(es) died while captioning this "
                               f"file; it is not tried again"}
        else:
            result = run_job({"claim": claim.claim, "path": str(cdir / claim.name), "out_dir": str(cdir / "out"),
                              "records_sig": records_signature(self.s.records, self.s.templates, self.s.codes),
                              "options": {"policy": self.s.policy.value, "sidecar": self.s.sidecar,
                                          "force_sidecar": self.s.force_sidecar, "fsync": self.s.fsync,
                                          "c2pa": self.s.c2pa_config.to_dict()}},
                             self.cache)
        status, folder, row = self.router.finish(claim, result)
        self.journal.task(task_id, claim_id, "routed")
        latency = time.time() - claim.t_ready
        self._log(logging.INFO if folder == "done" else logging.WARNING, status, file=claim.name, claim=claim_id,
                  output=row["output"], record=row["record_id"], latency=round(latency, 4),
                  seconds=round(result.get("seconds") or 0, 4), error=row["error"])
        return "routed"


def _read_json(path: Path) -> dict[str, Any]:
    import json
    return json.loads(path.read_text())


def _bump(path: Path) -> int:
    try:
        n = int(path.read_text() or 0) + 1
    except (OSError, ValueError):
        n = 1
    path.write_text(str(n))
    return n


# --------------------------------------------------------------------------- the Celery side

_settings: DaemonSettings | None = None
_context: Context | None = None


def configure(settings: DaemonSettings) -> None:
    """Set the worker's settings before the worker starts (forked children inherit them)."""
    global _settings
    _settings = settings


def context() -> Context:
    global _context
    if _context is None or _context.pid != os.getpid():    # a forked child makes its own
        _context = Context(_settings)
    return _context


def is_outage(e: BaseException) -> bool:
    """A database that is away (restarting, network): the task waits and tries again."""
    import sqlite3
    try:
        import psycopg
        if isinstance(e, (psycopg.OperationalError, psycopg.InterfaceError)):
            return True
    except ImportError:
        pass
    return isinstance(e, sqlite3.OperationalError)


def register(app) -> None:
    """Add the one task to `app`."""
    from .app import TASK

    from celery.signals import worker_process_init, worker_process_shutdown

    @worker_process_init.connect(weak=False)
    def _open(**_kw) -> None:
        open_now()

    @worker_process_shutdown.connect(weak=False)
    def _close(**_kw) -> None:
        close_now()

    @app.task(name=TASK, bind=True, max_retries=None, acks_late=True, reject_on_worker_lost=True)
    def process(task, claim_id: str) -> str:
        waited = 0.0
        while True:
            try:
                return context().handle(task.request.id or "-", claim_id)
            except Busy as e:
                raise task.retry(exc=e, countdown=5)
            except Exception as e:
                if not is_outage(e):
                    log.error("task failed: %s\n%s", e, traceback.format_exc())
                    _give_back(claim_id)
                    raise
                # the journal is away: wait here, holding the claim (a retry sent through the
                # broker could reach another worker, which may not touch our claim folder)
                if waited == 0.0:
                    log.warning("journal unavailable (%s); waiting for it", e)
                time.sleep(2.0)
                waited += 2.0

    return process


def close_now() -> None:
    if _context is not None and _context.pid == os.getpid():
        _context.close()


def open_now() -> None:
    """Take this process's folder and lock at once (`worker --check` looks for them); a
    database that is away now is retried at the first task."""
    try:
        context()
    except Exception as e:  # noqa: BLE001
        log.warning("worker process not ready yet (%s); trying again at the first task", e)


def live_workers(settings: DaemonSettings, host: str) -> list[Path]:
    """The folders under work/ of live worker processes on `host` (`worker --check`)."""
    import json
    found = []
    for inst in sorted(settings.work_dir.glob(f"{host}-*")):
        try:
            info = json.loads((inst / ".lock").read_text() or "{}")
        except (OSError, ValueError):
            continue
        if str(info.get("run", "")).startswith("worker-") and instance_alive(inst):
            found.append(inst)
    return found


def _give_back(claim_id: str) -> None:
    """After a bug, put our claim back in queue/ (the watcher publishes it again) rather than
    keep it in a folder no one else may touch while we live."""
    if _context is None or _context.pid != os.getpid():
        return
    cdir = _context.inst.dir / claim_id
    try:
        if cdir.is_dir():
            os.rename(cdir, queue_dir(_context.s) / claim_id)
    except OSError:
        pass


__all__ = ["Context", "Busy", "configure", "context", "register", "instance_alive"]
