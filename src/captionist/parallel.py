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

Nothing waits forever (a hang is worse than a failure: CI has a time limit). The parent waits
on each worker's exit (a pidfd, pidfd_open(2), readable when the process has ended whoever
holds its fds; else a poll every POLL seconds) as well as on its pipe, so a worker that died
is seen even when its pipe gives no EOF (a write end another process inherited: a process
the worker started, or one another thread forked meanwhile; multiprocessing's sentinel is a
pipe too, and stays open just the same); what is left in the
pipe of a dead worker is read without blocking (the parent never blocks reading: a
message is taken once it is whole). A worker that closed its pipe must exit
within EXIT_GRACE, and one that was told to stop within STOP_GRACE, else it is killed (its
renames are atomic: files stay whole). A worker holds no read end of any pipe (its own or an
elder sibling's, inherited by fork), so with its parent gone a send fails instead of blocking
on a full pipe; and it checks its parent before each commit, for a kernel or a thread
layout where PR_SET_PDEATHSIG did not take it (the signal follows the forking thread).
"""

from __future__ import annotations

import ctypes
import os
import pickle
import select
import signal
import struct
import sys
import threading
import time
import traceback
from collections.abc import Callable
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Any

from . import fsyncer, timing
from .tempfiles import Stopped, Stopper

PR_SET_PDEATHSIG = 1        # <linux/prctl.h>
EXIT_GRACE = 30.0           # seconds a worker that closed its pipe may take to exit
STOP_GRACE = 60.0           # seconds a worker told to stop may take to finish its renames
POLL = 1.0                  # seconds between checks of the workers' exits, without pidfds

# work(first, files, send, critical): run the batch on `files` (positions from `first`),
# `send(outcomes)` after each committed group, with `critical` around the commits.
Work = Callable[[int, list, Callable[[list], None], Callable[[], AbstractContextManager]], None]


class Orphaned(BaseException):
    """In a worker: its parent is gone (or closed the pipe); the uncommitted work is abandoned."""


_HEAD = struct.Struct("!Q")     # a message: its length, then the pickled ("group", outcomes)


def _die_with_parent(parent: int) -> None:
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:     # the parent died before the prctl took effect
        os._exit(128 + signal.SIGKILL)


_STOPS = {signal.SIGTERM, signal.SIGINT}


def _child(work: Work, first: int, files: list, fd: int, parent: int, inherited: list[int]) -> None:
    # started with SIGTERM/SIGINT blocked (see run): one sent now waits for the Stopper
    code = 0
    timing.restart()
    timing.mark(f"worker {first}: started")
    try:
        for end in inherited:      # read ends (its own, elder siblings'; their pidfds): else a send to a
            os.close(end)          # dead parent blocks forever on a full pipe this process could read
        _die_with_parent(parent)

        def send(outcomes: list) -> None:
            data = pickle.dumps(("group", outcomes), pickle.HIGHEST_PROTOCOL)
            view = memoryview(_HEAD.pack(len(data)) + data)
            try:
                while view:
                    view = view[os.write(fd, view):]
            except OSError:        # EPIPE: the parent is gone
                raise Orphaned() from None

        with Stopper() as stopper:
            @contextmanager
            def critical():
                if os.getppid() != parent:     # nothing is renamed behind a run that is gone
                    raise Orphaned()
                with stopper.critical():
                    yield

            signal.pthread_sigmask(signal.SIG_UNBLOCK, _STOPS)
            try:
                work(first, files, send, critical)
            finally:       # done: a stop now has nothing to stop (and no handler to raise in)
                signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
    except Stopped as e:
        code = 128 + e.signum
    except Orphaned:
        code = 128 + signal.SIGKILL
    finally:
        os.close(fd)
    timing.report(f"worker {first}")
    sys.exit(code)


class _Process:
    """A forked child running `target(*args)`, then exiting with its `sys.exit` code (1 on an
    exception): what multiprocessing's "fork" start does, without importing multiprocessing,
    whose import cost the parent ~11 ms of CPU before the fork (socket, tempfile, subprocess;
    issue 14). `exitcode`: None while it runs, then as multiprocessing gives it (-N: killed by
    signal N)."""

    def __init__(self, target: Callable[..., None], args: tuple):
        self.target, self.args = target, args
        self.pid: int | None = None
        self._code: int | None = None

    def start(self) -> None:
        pid = os.fork()
        if pid == 0:                    # the child: never returns into the parent's code
            code = 1
            try:
                self.target(*self.args)
                code = 0
            except SystemExit as e:
                code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
            except BaseException:  # noqa: BLE001 - said on stderr; the parent sees the exit code
                traceback.print_exc()
            finally:
                # as at an interpreter's exit (and in multiprocessing's child): the threads it
                # started end first (the reaper's closes, ThreadPoolExecutor joins at exit)
                fsyncer.shutdown()      # its CPU is counted with this worker's (waited for)
                shutdown = getattr(threading, "_shutdown", None)
                if shutdown is not None:
                    try:
                        shutdown()
                    except BaseException:  # noqa: BLE001 - exiting anyway
                        pass
                for stream in (sys.stdout, sys.stderr):
                    try:
                        stream.flush()
                    except (OSError, ValueError, AttributeError):
                        pass
                timing.mark("worker exit")
                os._exit(code)
        self.pid = pid

    @property
    def exitcode(self) -> int | None:
        if self._code is None and self.pid is not None:
            try:
                done, status = os.waitpid(self.pid, os.WNOHANG)     # never blocks
            except ChildProcessError:       # reaped elsewhere: its code is unknown
                done, status = self.pid, 1 << 8
            if done:
                self._code = os.waitstatus_to_exitcode(status)
        return self._code

    def kill(self) -> None:
        if self.pid is not None and self._code is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _wait(fds: list[int], timeout: float | None) -> set[int]:
    """The descriptors of `fds` that are readable or hung up, within `timeout` seconds."""
    poller = select.poll()
    for fd in fds:
        poller.register(fd, select.POLLIN)
    return {fd for fd, _ in poller.poll(None if timeout is None else timeout * 1000)}


class _Worker:
    def __init__(self, i: int, proc: _Process, fd: int):
        self.i, self.proc, self.fd = i, proc, fd
        self.buf = bytearray()
        try:       # the worker is not reaped before this (only this process waits for it)
            self.pidfd = os.pidfd_open(proc.pid)
        except (AttributeError, OSError):
            self.pidfd = -1
        self.deadline: float | None = None      # killed when still running then

    def by(self, deadline: float) -> None:
        self.deadline = deadline if self.deadline is None else min(self.deadline, deadline)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def ended(self) -> None:
        self.close()
        if self.pidfd >= 0:
            os.close(self.pidfd)
            self.pidfd = -1

    def read(self) -> bool:
        """Append what the pipe holds now (never blocks); False when there is no more."""
        try:
            data = os.read(self.fd, 1 << 16)
        except BlockingIOError:
            return False
        except OSError:
            data = b""
        if not data:               # end of pipe: the worker is done (or dead); it exits soon
            self.close()
            self.by(time.monotonic() + EXIT_GRACE)
            return False
        self.buf += data
        return True

    def message(self) -> Any:
        """The next whole message received, or None."""
        if len(self.buf) < _HEAD.size:
            return None
        (n,) = _HEAD.unpack_from(self.buf)
        if len(self.buf) < _HEAD.size + n:
            return None
        data = bytes(self.buf[_HEAD.size:_HEAD.size + n])
        del self.buf[:_HEAD.size + n]
        return pickle.loads(data)


def run(chunks: list[tuple[int, list]], work: Work, on_group: Callable[[list], None],
        critical: Callable[[], AbstractContextManager] = nullcontext) -> dict[int, int]:
    """Run `work` on each (first, files) chunk in its own process; `on_group(outcomes)` in
    this process for every group a worker committed. Returns each chunk's exit code. A stop
    in this process (`Stopped`, KeyboardInterrupt) is passed on as SIGTERM; the groups the
    workers still commit are reported; then it is raised again. `critical()`: the caller's
    context in which a stop signal waits (`Stopper.critical`): around the starts (a worker
    started is a worker known here) and each read and report (nothing received is lost)."""
    timing.report("parent at fork")
    timing.mark("parent: forking")
    for stream in (sys.stdout, sys.stderr):     # else a child flushes a copy of what is buffered
        stream.flush()
    workers: list[_Worker] = []
    codes: dict[int, int] = {}
    stopping: BaseException | None = None
    try:
        with critical():
            for i, (first, files) in enumerate(chunks):
                # a stop signal waits until the worker is started and known here (else it would
                # run on unstopped, or this end of its pipe stay open and its end go unseen)
                mask = signal.pthread_sigmask(signal.SIG_BLOCK, _STOPS)
                try:
                    recv, send = os.pipe()
                    os.set_blocking(recv, False)
                    inherited = [fd for w in workers for fd in (w.fd, w.pidfd) if fd >= 0] + [recv]
                    proc = _Process(_child, (work, first, files, send, os.getpid(), inherited))
                    try:
                        proc.start()
                    except BaseException:
                        os.close(recv)
                        raise
                    finally:
                        os.close(send)
                    workers.append(_Worker(i, proc, recv))
                finally:
                    signal.pthread_sigmask(signal.SIG_SETMASK, mask)
    except BaseException as e:  # noqa: BLE001 - a stop while starting: the started ones stop too
        stopping = e
        _stop(workers)
    live = list(workers)
    while live:
        try:
            # once stopping, nothing waits for a critical section: the stop is under way
            _step(live, codes, on_group, critical if stopping is None else nullcontext)
        except BaseException as e:  # noqa: BLE001 - a stop (or a report that failed): the workers stop too
            if stopping is None:
                stopping = e
                _stop(live)
    timing.report("parent, workers done")
    timing.mark("parent: workers done")
    if stopping is not None:
        raise stopping
    return codes


def _step(live: list[_Worker], codes: dict[int, int], on_group: Callable[[list], None],
          critical: Callable[[], AbstractContextManager]) -> None:
    """Wait (bounded by the workers' deadlines) for data, an end of pipe or an exit."""
    now = time.monotonic()
    for w in live:
        if w.deadline is not None and now >= w.deadline and w.proc.exitcode is None:
            w.proc.kill()          # hung: its renames are atomic, what it did not report fails
            w.deadline = None
    bounds = [w.deadline - now for w in live if w.deadline is not None]
    bounds += [POLL for w in live if w.pidfd < 0]
    timeout = max(0.0, min(bounds)) if bounds else None
    ready = _wait([w.fd for w in live if w.fd >= 0] + [w.pidfd for w in live if w.pidfd >= 0], timeout)
    for w in list(live):
        exited = w.proc.exitcode is not None       # waitpid(WNOHANG): never blocks
        if w.fd in ready or exited:
            # all of a dead worker's pipe (its end may stay open in another process: no EOF)
            _take(w, on_group, critical, drain=exited)
        if exited:
            w.ended()              # a message it was killed in the middle of is dropped
            codes[w.i] = w.proc.exitcode
            live.remove(w)


def _take(w: _Worker, on_group: Callable[[list], None], critical: Callable[[], AbstractContextManager],
          drain: bool) -> None:
    """Read what `w`'s pipe holds (all of it when `drain`) and report each whole message, each
    inside `critical()`; a stop (or a failed report) meanwhile is raised once all are reported."""
    more = w.fd >= 0
    while more:
        with critical():
            more = w.fd >= 0 and w.read() and drain
    failed: BaseException | None = None
    while True:
        msg = None
        try:
            with critical():
                msg = w.message()
                if msg is not None and msg[0] == "group":
                    on_group(msg[1])
        except BaseException as e:  # noqa: BLE001 - a stop or a failed report: the rest is still reported
            failed = failed or e
        if msg is None:
            break
    if failed is not None:
        raise failed


def _stop(workers: list[_Worker]) -> None:
    """SIGTERM to each worker still running: it finishes the renames of a group whose data is
    on disk, reports them, and abandons the rest (see `batch.run_batch`); one that has not
    ended within STOP_GRACE is killed."""
    deadline = time.monotonic() + STOP_GRACE
    for w in workers:
        if w.proc.pid is not None and w.proc.exitcode is None:
            w.by(deadline)
            try:
                os.kill(w.proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
