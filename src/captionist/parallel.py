"""Run one batch in several worker processes, each on its own share of the files.

A captioned file costs ~1.5 ms of Python (read, match, plan, exiv2 write and verify) once the
kernel clones the image data (issue 14): one process uses one core. exiv2 keeps global state
and the interpreter has one lock, so threads would not help; forked processes do.

Each worker runs the ordinary batch on its share: it takes the leases, writes, verifies,
fsyncs and renames its own files (a lease belongs to the process that took it, see
`captionist.leases`), and sends each committed group's outcomes to the parent, which reports
and journals them. The crash promises of a one-process run hold per worker:

* SIGTERM/Ctrl-C to the parent: it passes SIGTERM on, each worker finishes the renames of a
  group whose data is on disk and abandons the rest (temps removed, originals untouched);
  the parent still reports what the workers committed, then stops.
* SIGKILL of the parent: the kernel kills the workers too (PR_SET_PDEATHSIG), so nothing
  goes on writing behind a run that is gone; their temps are orphans the next run removes.
* A worker that dies: its files it had not reported are failed "not done", never half-written.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from multiprocessing.connection import Connection, wait
from typing import Any

from .tempfiles import Stopped, Stopper

PR_SET_PDEATHSIG = 1        # <linux/prctl.h>

# work(first, files, send, critical): run the batch on `files` (positions from `first`),
# `send(outcomes)` after each committed group, with `critical` around the commits.
Work = Callable[[int, list, Callable[[list], None], Callable[[], AbstractContextManager]], None]


def _die_with_parent(parent: int) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:     # the parent died before the prctl took effect
        os._exit(128 + signal.SIGKILL)


_STOPS = {signal.SIGTERM, signal.SIGINT}


def _child(work: Work, first: int, files: list, conn: Connection, parent: int) -> None:
    # started with SIGTERM/SIGINT blocked (see run): one sent now waits for the Stopper
    code = 0
    try:
        _die_with_parent(parent)
        with Stopper() as stopper:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
            work(first, files, lambda outcomes: conn.send(("group", outcomes)), stopper.critical)
    except Stopped as e:
        code = 128 + e.signum
    finally:
        conn.close()
    sys.exit(code)


def run(chunks: list[tuple[int, list]], work: Work, on_group: Callable[[list], None]) -> dict[int, int]:
    """Run `work` on each (first, files) chunk in its own process; `on_group(outcomes)` in
    this process for every group a worker committed. Returns each chunk's exit code. A stop
    in this process (`Stopped`, KeyboardInterrupt) is passed on as SIGTERM; the groups the
    workers still commit are reported; then it is raised again."""
    ctx = multiprocessing.get_context("fork")
    for stream in (sys.stdout, sys.stderr):     # else a child flushes a copy of what is buffered
        stream.flush()
    live: dict[Connection, tuple[int, Any]] = {}
    codes: dict[int, int] = {}
    stopping: BaseException | None = None
    try:
        for i, (first, files) in enumerate(chunks):
            recv, send = ctx.Pipe(duplex=False)
            proc = ctx.Process(target=_child, args=(work, first, files, send, os.getpid()),
                               name=f"captionist-batch-{i}")
            # a stop signal waits until the worker is started and known here (else it would
            # run on unstopped, or this end of its pipe stay open and its end go unseen)
            mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
            try:
                proc.start()
                send.close()
                live[recv] = (i, proc)
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    except BaseException as e:  # noqa: BLE001 - a stop while starting: the started ones stop too
        stopping = e
        _stop(live)
    while live:
        try:
            for conn in wait(list(live)):
                try:
                    kind, payload = conn.recv()
                except (EOFError, OSError):
                    i, proc = live.pop(conn)
                    proc.join()
                    codes[i] = proc.exitcode
                    conn.close()
                    continue
                if kind == "group":
                    on_group(payload)
        except BaseException as e:  # noqa: BLE001 - a stop (or a report that failed): the workers stop too
            if stopping is None:
                stopping = e
                _stop(live)
    if stopping is not None:
        raise stopping
    return codes


def _stop(live: dict) -> None:
    """SIGTERM to each worker still running: it finishes the renames of a group whose data is
    on disk, reports them, and abandons the rest (see `batch.run_batch`)."""
    for _, proc in live.values():
        if proc.pid is not None and proc.exitcode is None:
            try:
                os.kill(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
