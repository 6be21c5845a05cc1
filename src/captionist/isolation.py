"""Native work (exiv2) in worker processes, for a server that must outlive a crash in it.

The daemon already keeps exiv2 out of its own process (`daemon.pool`, `worker`); the HTTP API
uses this pool for the same reason (`/embed`, `/read`, and each file of a local job,
`api.jobfile.caption_in_worker`): a native crash (or `abort()`) inside exiv2 ends one
worker process and fails the one request that was in it, never the server. The pool is
started on first use and started again after a crash.

Workers are spawned (not forked: the server runs threads), so they import captionist afresh.
Records cross as JSON (their nested models are built at import, so pickle cannot name them)
with their private notes; results come back as an `Outcome`, a record's JSON form, or the
captionist error as (class, path, reason), raised again here as if it happened in this thread.
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from . import errors
from .errors import CaptionistError


class WorkerCrashed(CaptionistError):
    """The worker process stopped while it held this file (a native crash, the OOM killer)."""


def _init(hook: Callable[[], None] | None) -> None:
    # Ctrl-C reaches the whole process group: the server decides when its workers stop
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hook is not None:
        hook()


def pack(record) -> tuple[str, dict[str, Any]]:
    """A record as it crosses to a worker: its JSON and its private notes."""
    return record.model_dump_json(exclude_none=True), dict(record.__pydantic_private__ or {})


def unpack(packed: tuple[str, dict[str, Any]]):
    from .model import CaptionRecord
    text, private = packed
    record = CaptionRecord.model_validate_json(text)
    record.__pydantic_private__.update(private)
    return record


def embed_job(path: Path, record, options) -> Any:
    """In a worker: `pipeline.embed` (which reports errors in its Outcome, never raises)."""
    from .pipeline import embed
    return embed(path, unpack(record), options)


def read_job(path: Path, sidecar: str) -> tuple[str, Any]:
    """In a worker: the record a file carries, or its captionist error as plain values."""
    from .reader import read_record
    try:
        return "ok", read_record(path, sidecar=sidecar)[0].to_json_dict()
    except errors.FileOperationError as e:
        return "error", (type(e).__name__, str(e.path), e.reason)


class IsolatedPool:
    """A small process pool for one server. `call(fn, ...)` blocks (run it off the event loop)."""

    # run in each new worker before its first job; the tests' fault injection sets it in the
    # processes they start (tests/fault_entry.py), production code never does
    hook: Callable[[], None] | None = None

    def __init__(self, workers: int, max_tasks_per_child: int = 200):
        self.workers = workers
        self.max_tasks = max_tasks_per_child     # a long-lived worker does not build up exiv2's leaks
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None

    def _pool(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                     initializer=_init, initargs=(type(self).hook,),
                                                     max_tasks_per_child=self.max_tasks)
            return self._executor

    def call(self, fn: Callable[..., Any], path: Path, *args: Any) -> Any:
        pool = self._pool()
        try:
            return pool.submit(fn, path, *args).result()
        except BrokenProcessPool:
            with self._lock:       # the next call starts fresh workers
                if self._executor is pool:
                    self._executor = None
            pool.shutdown(wait=False, cancel_futures=True)
            raise WorkerCrashed(path, "the worker process stopped while captioning this file (a crash in "
                                      "the native metadata library?); the file was not changed") from None

    def embed(self, path: Path, record, options):
        return self.call(embed_job, path, pack(record), options)

    def read(self, path: Path, sidecar: str) -> dict[str, Any]:
        """The record `path` carries, in its JSON form."""
        kind, value = self.call(read_job, path, sidecar)
        if kind == "error":
            name, where, reason = value
            raise getattr(errors, name, errors.ReadError)(where, reason)
        return value

    def shutdown(self) -> None:
        with self._lock:
            pool, self._executor = self._executor, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
