"""`Daemon`: wires arrival, claims, the worker pool and routing into one scheduler loop
(the picture is in the package's docstring).

This module owns the daemon's life and its one loop, and nothing of the work itself:

* **start**: folders, the instance lock, the journal run, the records, the workers, the
  observer; then the dead daemons' work, the startup sweep and the held files.
* **loop**: apply events, notice record changes, re-scan every `rescan_interval` (lost
  events, dead daemons, claims whose routing failed), and hand ready files to free workers.
  Files are claimed only when a worker is free: the inbox itself is the queue, so a burst
  never fills memory and a second daemon can share the load.
* **stop** is explicit: `stop()` sets an event and wakes the loop through a pipe; the loop
  then finishes what is in flight within `stop_timeout`, hands back the rest, and ends the
  workers. Nothing stops the daemon from a signal handler or another thread directly.

`Daemon(settings).start()` runs it in a thread (`.stop()` ends it); `.run()` runs it in the
calling thread; `health()` and `metrics()` are for the HTTP API.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import traceback
from collections import deque
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any, Callable

from .. import files, journal, logs
from ..outcome import Status
from ..settings import OUTPUT_FOLDERS, DaemonSettings
from ..storage import redact
from ..worker import sha256_file
from . import status
from ..endmarkers import missing_end
from .arrival import Arrivals, Pending, companions
from .claims import Claim, Instance, claim_file, new_id, reclaim
from .pool import Pool
from .records import RecordsWatch
from .routing import Router, read_route, route_untouched

log = logging.getLogger("captionist.daemon")


class Daemon:
    def __init__(self, settings: DaemonSettings):
        self.s = settings
        self.run_id = new_id("run-")
        self._inst = Instance(settings.work_dir)
        self.instance = self._inst.name
        self.inst_dir = self._inst.dir
        self.folders = {n: settings.folder(n) for n in OUTPUT_FOLDERS}
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._stop = threading.Event()
        self._started = threading.Event()
        self._finished = threading.Event()
        self._thread: threading.Thread | None = None
        self._claimed: deque[Claim] = deque()     # claimed (or recovered) and waiting for a worker
        self._state = "created"
        self._t_start = time.time()
        self.exit_code = 0
        self._journal: journal.Journal | None = None
        self.arrivals = Arrivals(settings, self.folders, self._wake, self._log)
        self.records = RecordsWatch(settings, self._log)
        if settings.broker:     # a cluster: claims go to Celery workers (captionist.cluster)
            from ..cluster.queue import QueuePool
            self.pool = QueuePool(settings, self._log)
        else:
            self.pool = Pool(settings, self._stop, self._finish_safely, self._log)
        self.router = Router(self.folders, self.run_id, settings.fsync, self._log)
        self.stats = status.Stats()
        self._listeners: list[Callable[[dict[str, Any]], None]] = []

    # ----------------------------------------------------------------- public API
    def start(self) -> "Daemon":
        """Run in a background thread; returns once the daemon is watching."""
        self._thread = threading.Thread(target=self._run_guarded, name="captionist-daemon", daemon=True)
        self._thread.start()
        self._started.wait(60)
        return self

    def run(self) -> int:
        """Run in this thread until `stop()` (or, with `once`, until the queue is drained)."""
        self._run_guarded()
        return self.exit_code

    def stop(self, wait: bool = True, timeout: float | None = None) -> None:
        self._stop.set()
        self._wake()
        if wait and self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(timeout if timeout is not None else self.s.stop_timeout + 30)

    def wait(self, timeout: float | None = None) -> bool:
        return self._finished.wait(timeout)

    def health(self) -> dict[str, Any]:
        alive = self.pool.alive()
        ok = self._state == "running" and alive > 0
        return {"status": "ok" if ok else ("starting" if self._state in ("created", "starting") else
                                           "degraded" if self._state == "running" else self._state),
                "state": self._state, "run_id": self.run_id, "instance": self.instance,
                "uptime": round(time.time() - self._t_start, 1), "queue_depth": self._depth(),
                "in_flight": self.pool.in_flight(), "workers": alive,
                "workers_wanted": self.s.workers, "last_error": self.stats.last_error()}

    def metrics(self) -> dict[str, Any]:
        counts, _errors = self.stats.snapshot()
        return {"run_id": self.run_id, "counts": counts, "queue_depth": self._depth(),
                "in_flight": self.pool.in_flight(), "latency_seconds": self.stats.latency_seconds(),
                "worker_restarts": self.pool.restarts, "held_expired": self.arrivals.expired,
                "records": self.records.info.get("count", 0),
                "record_errors": len(self.records.info.get("errors", []))}

    # ----------------------------------------------------------------- plumbing
    def _depth(self) -> int:
        return self.arrivals.depth() + len(self._claimed)

    def _wake(self) -> None:
        try:
            os.write(self._wake_w, b"x")
        except (BlockingIOError, OSError):
            pass

    def _log(self, level: int, msg: str, **fields: Any) -> None:
        logs.event(log, level, msg, run=self.run_id, **fields)

    def _run_guarded(self) -> None:
        try:
            self._main()
        except BaseException as e:
            self.exit_code = 3
            self._log(logging.CRITICAL, "daemon stopped by an internal error", error=repr(e),
                      traceback=traceback.format_exc())
            self._shutdown()
            if not isinstance(e, Exception):
                raise
        finally:
            self._started.set()
            self._finished.set()

    # ----------------------------------------------------------------- start-up
    def _setup(self) -> None:
        s = self.s
        self._state = "starting"
        for folder in (s.inbox, s.work_dir, *self.folders.values()):
            folder.mkdir(parents=True, exist_ok=True)
        self._inst.acquire(self.run_id)
        self._journal = journal.Journal(s.journal_path)
        self._journal.start_run(self.run_id, "daemon", s.inbox, s.model_dump(mode="json", exclude={"journal", "broker"}))
        self.router.journal = self._journal
        self.records.load()
        self._ensure_places()
        for _ in range(s.workers):
            self.pool.spawn()
        status.remove_dead(s.state_dir, s.work_dir)
        self.arrivals.start()
        self._log(logging.INFO, "daemon started", inbox=str(s.inbox), records=redact(s.records),
                  workers=s.workers, mode="polling" if s.polling else "inotify", instance=self.instance,
                  journal=redact(s.journal_path))
        self._inst.take_over_dead(self._recover, self._log)
        self.arrivals.sweep()
        self.arrivals.queue_held(self._journal.con)
        for folder in (s.inbox, *self.folders.values()):
            files.remove_stale_temps(folder, min_age=600.0)   # a live writer's temps are younger
        self._state = "running"
        self._started.set()

    # ----------------------------------------------------------------- the loop
    def _ensure_places(self) -> None:
        """Build the place index (reverse geocoding) now if this machine has none, so that no
        worker builds it inside a file's job, where it would overrun the job timeout."""
        from ..places.index import ensure_index, index_path

        if not index_path().exists():
            self._log(logging.INFO, "building the place index (once per machine and data version)")
        ensure_index()

    def _main(self) -> None:
        self._setup()
        s = self.s
        last_scan = last_status = last_records = time.monotonic()
        self._write_status()
        while True:
            now = time.monotonic()
            self.arrivals.drain(now)
            if self._stop.is_set():
                break
            if now - last_records >= 0.5:
                last_records = now
                if self.records.check(now):
                    self.arrivals.queue_held(self._journal.con)
            if self.arrivals.overflow or now - last_scan >= s.rescan_interval:
                last_scan = now
                self.arrivals.overflow = False
                self._inst.take_over_dead(self._recover, self._log)
                self._recover_stranded()
                self.arrivals.sweep()
            self.pool.ensure()
            self._dispatch(now)
            if now - last_status >= s.status_interval:
                last_status = now
                self._write_status()
            if s.once and not self.arrivals.events and self._depth() == 0 and not self.pool.in_flight():
                self._log(logging.INFO, "queue drained (--once)")
                break
            self._wait(self._timeout(now))
        self._shutdown()

    def _timeout(self, now: float) -> float:
        return max(0.005, min(0.5, self.arrivals.next_check(default=now + 0.5) - now))

    def _wait(self, timeout: float) -> None:
        ready = mp_wait([self._wake_r, *self.pool.conns()], timeout)
        if self._wake_r in ready:
            try:
                while os.read(self._wake_r, 4096):
                    pass
            except BlockingIOError:
                pass
        self.pool.collect(ready)
        self.pool.check_timeouts()

    # ----------------------------------------------------------------- claim and dispatch
    def _dispatch(self, now: float) -> None:
        free = self.pool.free()
        if not free:
            return
        while free and self._claimed:
            self._send(free.pop(), self._claimed.popleft())
        if not free:
            return
        for p in self.arrivals.due(now):
            if not free:
                break
            if not self.arrivals.is_ready(p, now):
                continue
            claim = self._claim(p, now)
            if claim is not None and not (p.incomplete and self._fail_truncated(claim)):
                self._send(free.pop(), claim)

    def _claim(self, p: Pending, now: float) -> Claim | None:
        """Take a ready file; None when another process took it first (or it cannot be now)."""
        self.arrivals.forget(p.path)
        sidecars = companions(p.path)
        try:
            claim = claim_file(p, self.inst_dir, sidecars, now)
        except FileNotFoundError:
            self._log(logging.DEBUG, "taken by another process", file=str(p.path))
            return None
        except OSError as e:
            self._log(logging.WARNING, "could not claim file; will try again", file=str(p.path), error=str(e))
            p.next_check = now + 5
            self.arrivals.put_back(p)
            return None
        for c in sidecars:
            self.arrivals.forget(c)
        return claim

    def _fail_truncated(self, claim: Claim) -> bool:
        """A JPEG/PNG taken after `incomplete_timeout` that still has no end marker anywhere is a
        truncated upload: it goes to failed/ as it is, never written. True when it did."""
        path = claim.dir / claim.name
        missing = missing_end(path)
        if missing is None:
            return False
        result = {"claim": claim.claim, "status": Status.FAILED,
                  "error": f"{path}: {missing} after {self.s.incomplete_timeout:g} s: truncated upload?"}
        try:
            result["sha256_in"] = sha256_file(path)
        except OSError:
            pass
        self._finish_safely(claim, result, self.records.sig)
        return True

    def _send(self, slot, claim: Claim) -> None:
        if not self.pool.send(slot, claim, self.records.sig):
            self._claimed.appendleft(claim)

    # ----------------------------------------------------------------- results
    def _finish_safely(self, claim: Claim, result: dict[str, Any], records_sig: tuple) -> None:
        """Route one result; if routing itself fails (a full disk, a folder gone), the file stays
        in its claim folder: the next re-scan retries it, a stop hands it back (`_shutdown`),
        and with `once` the exit status says so. Nothing is lost."""
        try:
            status_, folder, row = self.router.finish(claim, result)
            self._account(status_, folder, claim, row, result)
            if status_ == Status.UNMATCHED and records_sig != self.records.sig:
                self.arrivals.queue_held(self._journal.con)   # the records changed while it was in flight
        except Exception as e:  # noqa: BLE001
            if self.s.once:
                self.exit_code = max(self.exit_code, 1)
            self._log(logging.ERROR, "routing failed; the file stays in the working folder and is retried",
                      file=claim.name, claim=claim.claim, error=repr(e), traceback=traceback.format_exc())
            self.stats.error({"file": claim.name, "error": f"routing failed: {e}", "time": time.time()})

    def add_listener(self, listener: Callable[[dict[str, Any]], None]) -> None:
        """Call `listener(event)` with each routed file (the HTTP API sends them as webhooks).
        It runs on the scheduler thread: it must only queue, never block."""
        self._listeners.append(listener)

    def _notify(self, row: dict[str, Any], latency: float) -> None:
        event = {"source": "watch", "file": row["name"], "status": row["status"], "folder": row["folder"],
                 "output": row["output"], "record": row["record_id"], "grade": row["grade"],
                 "changes": row["changes"], "warnings": row["warnings"], "error": row["error"],
                 "traceback_id": row["traceback_id"], "latency": round(latency, 4), "run_id": self.run_id}
        for listener in self._listeners:
            try:
                listener(event)
            except Exception as e:  # noqa: BLE001 - a listener's bug must not stop routing
                self._log(logging.ERROR, "outcome listener failed", error=repr(e))

    def _account(self, status_: str, folder: str, claim: Claim, row: dict[str, Any],
                 result: dict[str, Any]) -> None:
        latency = time.time() - claim.t_ready
        error = ({"file": claim.name, "error": result.get("error"), "traceback_id": row["traceback_id"],
                  "time": row["t_finished"]} if folder == "failed" else None)
        self.stats.count(status_, latency if folder == "done" else None, error)
        self._notify(row, latency)
        if folder != "done" and self.s.once:
            self.exit_code = max(self.exit_code, 1)
        level = logging.INFO if folder == "done" else logging.WARNING
        self._log(level, status_, file=claim.name, status=status_, record=row["record_id"], output=row["output"],
                  latency=round(latency, 4), seconds=round(result.get("seconds") or 0, 4),
                  changes=len(row["changes"] or []), error=row["error"], traceback_id=row["traceback_id"],
                  traceback=result.get("traceback"))

    # ----------------------------------------------------------------- recovery
    def _recover(self, cdir: Path) -> None:
        """A claim folder left by a crash: finish its routing, or queue it again."""
        files.remove_stale_temps(cdir)
        route = read_route(cdir)
        if route is not None:
            self.router.apply(cdir, route)
            self._log(logging.INFO, "finished routing after a restart", claim=cdir.name,
                      output=route["row"]["output"])
            return
        claim = reclaim(cdir, self.s.inbox)
        if claim is not None:
            self._claimed.append(claim)

    def _recover_stranded(self) -> None:
        """Claim folders of this daemon that nothing is working on (routing failed earlier)."""
        busy = self.pool.busy_dirs() | {c.dir for c in self._claimed}
        for cdir in sorted(self.inst_dir.iterdir()):
            if cdir.is_dir() and cdir not in busy:
                try:
                    self._recover(cdir)
                except Exception as e:  # noqa: BLE001
                    self._log(logging.ERROR, "could not recover a claim", claim=cdir.name, error=repr(e))

    # ----------------------------------------------------------------- stop
    def _shutdown(self) -> None:
        """Finish what is in flight (within `stop_timeout`), hand back the rest, end the workers."""
        if self._state in ("stopped", "stopping"):
            return
        self._state = "stopping"
        self._stop.set()
        self._log(logging.INFO, "stopping", in_flight=self.pool.in_flight())
        self.arrivals.stop()
        self.pool.drain(self.s.stop_timeout)
        # hand back what is left: in flight past the deadline, claimed but not started, and
        # claims whose routing failed (nothing works on them any more)
        self.pool.abandon(self._hand_back)
        while self._claimed:
            self._hand_back(self._claimed.popleft())
        self._hand_back_stranded()
        self.pool.close()
        self._state = "stopped"
        if self._journal is not None:
            try:
                self._journal.end_run(self.run_id)
                self._journal.close()
            except Exception:  # noqa: BLE001
                pass
        try:
            self._write_status()
        except Exception:  # noqa: BLE001
            pass
        self._inst.release()
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log(logging.INFO, "daemon stopped", counts=self.stats.snapshot()[0])

    def _hand_back(self, claim: Claim) -> None:
        """Put a claim back where it came from; if even that fails, it stays in the working
        folder (`Instance.release` leaves it) for the next start."""
        try:
            self.router.hand_back(claim)
        except Exception as e:  # noqa: BLE001
            if self.s.once:
                self.exit_code = max(self.exit_code, 1)
            self._log(logging.ERROR, "could not hand back; the file stays in the working folder until the "
                      "next start", file=claim.name, claim=claim.claim, error=repr(e))

    def _hand_back_stranded(self) -> None:
        """At a stop, the claim folders still here are ones nothing works on: their routing
        failed. One whose route was not started goes back to where it came from (its output
        discarded, it is processed again later); one whose route was partly carried out stays
        for the next start, which finishes that route (handing it back could route it twice)."""
        try:
            cdirs = sorted(d for d in self.inst_dir.iterdir() if d.is_dir())
        except OSError:
            return
        for cdir in cdirs:
            if self.s.once:
                self.exit_code = max(self.exit_code, 1)
            try:
                route = read_route(cdir)
                if route is not None:
                    if not route_untouched(cdir, route):
                        self._log(logging.WARNING, "routing half done; the file stays in the working folder "
                                  "and the next start finishes it", claim=cdir.name)
                        continue
                    (cdir / "route.json").unlink()
                claim = reclaim(cdir, self.s.inbox)
            except Exception as e:  # noqa: BLE001
                self._log(logging.ERROR, "could not hand back a claim; it stays in the working folder",
                          claim=cdir.name, error=repr(e))
                continue
            if claim is not None:
                self._hand_back(claim)

    # ----------------------------------------------------------------- status file
    def _write_status(self) -> None:
        s = self.s
        counts, errors = self.stats.snapshot()
        state = {
            "instance": self.instance, "run_id": self.run_id, "pid": os.getpid(), "host": socket.gethostname(),
            "state": self._state, "started": self._t_start, "updated": time.time(),
            "interval": s.status_interval, "inbox": str(s.inbox),
            "queue_depth": self._depth(), "in_flight": self.pool.in_flight(),
            "waiting_sidecars": self.arrivals.waiting_sidecars()[:50],
            "counts": counts, "last_errors": errors[-10:],
            "workers": self.pool.alive(), "worker_restarts": self.pool.restarts, "records": self.records.info,
            "held_expired": self.arrivals.expired,
            "folders": {k: str(v) for k, v in self.folders.items()}, "journal": redact(s.journal_path),
        }
        status.write(s.state_dir / f"status-{self.instance}.json", state, self._log)
