"""The worker pool: a bounded set of worker processes, one claimed file each at a time.

exiv2 is native code that holds the GIL, and a crash or hang in it must cost one file, not
the daemon: so the work runs in separate processes (`captionist.worker`), each talking to the
daemon over one end of a socket pair. The pool owns those processes and nothing else:

* **spawn**: a plain `python -m captionist.worker` (not multiprocessing's spawn, which
  re-imports the host program's `__main__`), so the daemon also runs inside programs that
  cannot be imported twice. Workers that die before doing anything (a broken install, no
  memory) are retried with a growing delay.
* **jobs**: `send()` hands a claim to a free worker; every result, including the failures
  the pool makes up itself, goes to the `finish` callback the daemon gives it.
* **deaths and timeouts**: a worker whose pipe closes mid-job (a native crash, the OOM
  killer) or that overruns `job_timeout` fails its one file with the reason and is replaced.
  A worker is also replaced after `max_jobs_per_worker` files, so whatever exiv2 leaks does
  not build up.
* **stop**: `drain()` lets the jobs in flight finish within `stop_timeout`; `abandon()`
  hands back what is still in flight; `close()` ends the processes.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any

from ..outcome import Status
from ..settings import DaemonSettings
from .claims import Claim

# finish(claim, result, records_sig): route one result (the daemon's routing)
Finish = Callable[[Claim, dict[str, Any], tuple], None]


class WorkerProcess:
    """A worker subprocess (the parts of multiprocessing.Process the daemon uses)."""

    # how a worker starts, before its arguments; the tests' fault-injecting entry point
    # (tests/fault_worker.py) replaces it in the processes they start, never production code
    command: list[str] = [sys.executable, "-m", "captionist.worker"]

    def __init__(self, fd: int, records: Path, max_jobs: int, templates: Path | None = None,
                 codes: Path | None = None):
        self._err = tempfile.TemporaryFile()    # a worker that cannot start says why here
        src = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
        # the templates and codes files are the worker's arguments, like the records ("" = none)
        if "://" in str(records):       # a database URL may carry a password: not on the command line
            env["CAPTIONIST_WORKER_RECORDS"], records = str(records), "-"
        self.popen = subprocess.Popen(
            [*self.command, str(fd), str(records), str(os.getpid()), str(max_jobs), str(templates or ""),
             str(codes or "")],
            pass_fds=(fd,), stdin=subprocess.DEVNULL, stdout=self._err, stderr=self._err, env=env,
            close_fds=True)
        self.pid = self.popen.pid

    def is_alive(self) -> bool:
        return self.popen.poll() is None

    def kill(self) -> None:
        try:
            self.popen.kill()
        except OSError:
            pass

    def join(self, timeout: float | None = None) -> None:
        try:
            self.popen.wait(timeout)
        except subprocess.TimeoutExpired:
            pass

    @property
    def exitcode(self) -> int | None:
        return self.popen.poll()

    def output(self) -> str:
        try:
            self._err.seek(0)
            return self._err.read()[-2000:].decode("utf-8", "replace")
        except (OSError, ValueError):
            return ""


@dataclass
class Slot:
    proc: Any
    conn: Any
    job: Claim | None = None
    ready: bool = False
    job_started: float = 0.0
    records_sig: tuple = ()
    jobs: int = 0


def _failure(claim: Claim, reason: str) -> dict[str, Any]:
    """The result of a job its worker never reported on."""
    return {"status": Status.FAILED, "error": f"{claim.name}: {reason}", "traceback_id": secrets.token_hex(6)}


class Pool:
    def __init__(self, settings: DaemonSettings, stop: threading.Event, finish: Finish,
                 log: Callable[..., None]):
        self.s = settings
        self._stop = stop                 # set: no new workers
        self._finish = finish
        self._log = log
        self._lock = threading.Lock()     # guards `slots` for the figures health() reads
        self.slots: list[Slot] = []
        self.restarts = 0
        self._spawn_failures = 0
        self._next_spawn = 0.0

    # ----------------------------------------------------------------- figures
    def alive(self) -> int:
        with self._lock:
            return sum(1 for s in self.slots if s.proc.is_alive())

    def in_flight(self) -> int:
        with self._lock:
            return sum(1 for s in self.slots if s.job)

    def busy_dirs(self) -> set[Path]:
        return {sl.job.dir for sl in self.slots if sl.job}

    def conns(self) -> list[Any]:
        return [sl.conn for sl in self.slots]

    def free(self) -> list[Slot]:
        return [sl for sl in self.slots if sl.ready and sl.job is None and sl.proc.is_alive()]

    # ----------------------------------------------------------------- processes
    def spawn(self) -> Slot:
        ours, theirs = socket.socketpair()
        try:
            proc = WorkerProcess(theirs.fileno(), self.s.records, self.s.max_jobs_per_worker,
                                 self.s.templates, self.s.codes)
        finally:
            theirs.close()
        slot = Slot(proc, Connection(ours.detach()))
        with self._lock:
            self.slots.append(slot)
        return slot

    def ensure(self) -> None:
        """Keep `workers` processes; after workers that die before doing anything (a broken
        install, no memory), wait longer and longer before the next try."""
        while len(self.slots) < self.s.workers and time.monotonic() >= self._next_spawn \
                and not self._stop.is_set():
            self.spawn()

    def _replace(self, slot: Slot, reason: str | None) -> None:
        with self._lock:
            if slot in self.slots:
                self.slots.remove(slot)
        try:
            slot.conn.close()
        except OSError:
            pass
        if slot.proc.is_alive():
            slot.proc.kill()
        slot.proc.join(5)
        if reason is not None:
            self.restarts += 1
        self.ensure()

    # ----------------------------------------------------------------- jobs
    def send(self, slot: Slot, claim: Claim, records_sig: tuple) -> bool:
        """Hand `claim` to `slot`'s worker; False (and the worker replaced) when it is gone."""
        s = self.s
        job = {"claim": claim.claim, "path": str(claim.dir / claim.name), "out_dir": str(claim.dir / "out"),
               "records_sig": records_sig,
               "options": {"policy": s.policy.value, "sidecar": s.sidecar, "force_sidecar": s.force_sidecar,
                           "fsync": s.fsync, "c2pa": s.c2pa_config.to_dict()}}
        try:
            slot.conn.send(job)
        except (BrokenPipeError, OSError):
            self._replace(slot, None)
            return False
        slot.job, slot.job_started, slot.records_sig = claim, time.monotonic(), records_sig
        return True

    def collect(self, ready: list[Any]) -> None:
        """Read the messages of the workers whose connection is in `ready`."""
        for slot in list(self.slots):
            if slot.conn in ready:
                try:
                    msg = slot.conn.recv()
                except (EOFError, OSError):
                    self._died(slot)
                    continue
                if "ready" in msg:
                    slot.ready = True
                    continue
                self._spawn_failures = 0
                claim, slot.job = slot.job, None
                slot.jobs += 1
                if claim is not None and msg.get("claim") == claim.claim:
                    self._finish(claim, msg, slot.records_sig)
                if slot.jobs >= self.s.max_jobs_per_worker:
                    self._replace(slot, None)

    def _died(self, slot: Slot) -> None:
        slot.proc.join(2)
        code = slot.proc.exitcode
        claim = slot.job
        if claim is None:
            if not slot.ready or slot.jobs == 0:
                self._spawn_failures += 1
                delay = min(30.0, 0.25 * 2 ** self._spawn_failures)
                self._next_spawn = time.monotonic() + delay
                self._log(logging.ERROR, "worker failed to start; retrying", pid=slot.proc.pid, exitcode=code,
                          retry_in=delay, output=slot.proc.output())
            elif slot.jobs < self.s.max_jobs_per_worker:
                self._log(logging.WARNING, "worker exited", pid=slot.proc.pid, exitcode=code)
            self._replace(slot, None if slot.jobs >= self.s.max_jobs_per_worker else "exited")
            return
        how = (f"signal {signal.Signals(-code).name}" if code is not None and code < 0
               else f"exit code {code}")
        reason = f"the worker process died ({how}) while captioning this file"
        self._log(logging.ERROR, "worker died", file=claim.name, claim=claim.claim, pid=slot.proc.pid, how=how)
        slot.job = None
        self._replace(slot, reason)
        self._finish(claim, _failure(claim, reason), slot.records_sig)

    def check_timeouts(self) -> None:
        now = time.monotonic()
        for slot in list(self.slots):
            if slot.job is not None and now - slot.job_started > self.s.job_timeout:
                claim, slot.job = slot.job, None
                reason = f"timed out after {self.s.job_timeout:g} s; the worker was stopped"
                self._log(logging.ERROR, "job timed out", file=claim.name, claim=claim.claim)
                self._replace(slot, reason)
                self._finish(claim, _failure(claim, reason), slot.records_sig)

    # ----------------------------------------------------------------- stop
    def drain(self, timeout: float) -> None:
        """Let the jobs in flight finish (their results routed as usual), for at most `timeout`."""
        deadline = time.monotonic() + timeout
        while any(sl.job for sl in self.slots) and time.monotonic() < deadline:
            self.collect(mp_wait(self.conns(), min(0.5, max(0.0, deadline - time.monotonic()))))
            self.check_timeouts()

    def abandon(self, hand_back: Callable[[Claim], None]) -> None:
        """Jobs still in flight after `drain`: each worker killed, then its claim to `hand_back`
        (killed first, so it cannot write into a claim folder being handed back)."""
        for sl in list(self.slots):
            if sl.job is not None:
                claim, sl.job = sl.job, None
                sl.proc.kill()
                sl.proc.join(5)
                hand_back(claim)

    def close(self) -> None:
        """Ask every worker to exit; kill those that do not."""
        for sl in list(self.slots):
            try:
                sl.conn.send(None)
            except OSError:
                pass
        for sl in list(self.slots):
            sl.proc.join(3)
            if sl.proc.is_alive():
                sl.proc.kill()
                sl.proc.join(2)
            try:
                sl.conn.close()
            except OSError:
                pass
        with self._lock:
            self.slots.clear()
