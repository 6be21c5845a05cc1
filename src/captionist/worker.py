"""The daemon's worker processes: each takes one file at a time over a pipe and runs
`pipeline.process` on it.

exiv2 runs inside these processes, never in the daemon: if the native library crashes or
hangs, the daemon sees the worker's pipe close (or its time run out), fails that one file and
starts a new worker. A worker is also replaced after `max_jobs` files, so whatever exiv2
leaks or leaves in its global error state does not build up.

Records are loaded in the worker and kept until their files change (`RecordCache`); a job
carries the records' signature so a worker reloads exactly when the daemon has seen a change.

Faults (a crash, a hang) are injected by the tests through their own entry point
(tests/fault_worker.py), never by this module.
"""

from __future__ import annotations

import logging
import os
import secrets
import signal
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .fingerprint import sha256_file

log = logging.getLogger("captionist.worker")

# --------------------------------------------------------------------------- records

def records_signature(path: Path, *more: Path | None) -> tuple:
    """What changes when the records change: (name, size, mtime) of each record file (and of
    the templates and codes files; for a postgresql:// URL, the records table's stamp:
    `sources.dbstore`). Cheap enough to call twice a second."""
    from .storage.db import is_url
    if more:
        return (records_signature(path),) + tuple(records_signature(m) for m in more if m is not None)
    if is_url(path):
        from .sources.dbstore import db_signature
        return db_signature(path)
    path = Path(path)
    try:
        if path.is_dir():
            items = []
            for child in sorted(path.iterdir()):
                if child.name.startswith(".") or not child.is_file():
                    continue
                st = child.stat()
                items.append((child.name, st.st_size, st.st_mtime_ns))
            return tuple(items)
        st = path.stat()
        return ((path.name, st.st_size, st.st_mtime_ns),)
    except OSError:
        return ()


@dataclass
class RecordCache:
    """The records a worker matches against: a `sources.RecordStore` (templates and codes
    applied), reloaded when the daemon's signature for the records changes. A reload that
    fails keeps the last good records (the store's rule)."""

    path: Path | str                  # a file or folder, or a postgresql:// URL (sources.dbstore)
    templates: Path | None = None
    codes: Path | None = None
    signature: tuple | None = None
    store: Any = None

    def get(self, signature: tuple | None = None) -> list:
        from .sources.store import open_store
        if self.store is None:
            self.store = open_store(self.path, templates=self.templates, codes=self.codes)
            self.signature = signature
        elif signature is None or signature != self.signature or self.store.pending:
            self.store.reload_if_changed()
            self.signature = signature
        return self.store.records

    @property
    def errors(self) -> list[str]:
        return [str(e) for e in self.store.errors] if self.store is not None else []


# --------------------------------------------------------------------------- one job

def run_job(job: dict[str, Any], cache: RecordCache) -> dict[str, Any]:
    """Process one claimed file; never raises. `job`: path, out_dir, options, records_sig."""
    from .outcome import Outcome
    from .pipeline import Options, process
    from .model import Policy
    from .provenance import C2paConfig

    path = Path(job["path"])
    t0 = time.perf_counter()
    result: dict[str, Any] = {"claim": job["claim"], "pid": os.getpid()}
    try:
        result["sha256_in"] = sha256_file(path)
        records = cache.get(tuple(tuple(x) for x in job["records_sig"]))
        o = job["options"]
        opts = Options(out_dir=Path(job["out_dir"]), policy=Policy(o["policy"]), sidecar=o["sidecar"],
                       force_sidecar=o["force_sidecar"], fsync=o["fsync"], c2pa=C2paConfig.make(**o.get("c2pa", {})))
        Path(job["out_dir"]).mkdir(exist_ok=True)
        outcome: Outcome = process(path, records, opts)
        result.update(outcome.to_dict())
        image_out = Path(job["out_dir"]) / path.name    # the image (for sidecar formats, its copy)
        if outcome.output is not None and image_out.exists():
            result["sha256_out"] = sha256_file(image_out)
        if cache.errors:
            result["record_errors"] = cache.errors[:5]
    except Exception as e:  # noqa: BLE001 - a bug must fail the file, not the worker
        tid = secrets.token_hex(6)
        failed = Outcome.failure(path, f"{path}: internal error {type(e).__name__}: {e}").to_dict()
        result.update(status=failed["status"], error=failed["error"], traceback_id=tid,
                      traceback=traceback.format_exc())
    result["seconds"] = time.perf_counter() - t0
    return result


# --------------------------------------------------------------------------- the process

def _die_with_parent() -> None:
    """Linux: have the kernel kill this worker when the daemon dies (even by SIGKILL), so an
    orphan never writes into a working folder a restarted daemon has taken over."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except Exception:  # noqa: BLE001 - best effort; the pipe check below still applies
            pass


def worker_main(conn, records_path: str, parent_pid: int, max_jobs: int, templates: str | None = None,
                codes: str | None = None) -> None:
    """Serve jobs on `conn`: receive a job, send its result; exit after `max_jobs`, or when
    the daemon closes the connection (or dies). `templates`, `codes`: the daemon's files."""
    _die_with_parent()
    if os.getppid() != parent_pid:
        return
    # Ctrl-C goes to the whole process group: the daemon decides when workers stop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    from .storage.db import is_url
    cache = RecordCache(records_path if is_url(records_path) else Path(records_path),
                        Path(templates) if templates else None, Path(codes) if codes else None)
    # Everything a first job would otherwise pay for is done before the worker says it is
    # ready, so that a job's time limit measures the file, not the worker's start-up.
    import captionist.pipeline  # noqa: F401 - the heavy imports
    from captionist.places.index import get_index
    get_index()                 # reverse geocoding's place index, opened
    try:
        cache.get()             # the records, parsed
    except Exception:  # noqa: BLE001 - a records problem is reported with the first job
        pass
    conn.send({"ready": os.getpid()})
    for _ in range(max_jobs):
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        result = run_job(job, cache)
        try:
            conn.send(result)
        except (BrokenPipeError, OSError):
            return
    conn.close()


if __name__ == "__main__":
    # python -m captionist.worker FD RECORDS PARENT_PID MAX_JOBS [TEMPLATES CODES]  (started by
    # the daemon's pool; an empty TEMPLATES or CODES: none)
    from multiprocessing.connection import Connection
    _fd, _records, _parent, _max = sys.argv[1:5]
    if _records == "-":             # a records URL comes in the environment (daemon.pool)
        _records = os.environ["CAPTIONIST_WORKER_RECORDS"]
    _templates, _codes = (sys.argv[5:7] + ["", ""])[:2]
    worker_main(Connection(int(_fd)), _records, int(_parent), int(_max), _templates or None, _codes or None)
