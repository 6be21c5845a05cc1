"""The watch-folder daemon: files dropped into an inbox come out captioned in `done/`.

    observer thread ──paths──▶ scheduler thread ──one job each──▶ worker processes
    (watchdog: only queues)    (stable? claim, dispatch,           (exiv2 lives here:
                                route, journal, status)            pipeline.process)

* **Arrival.** A file is taken once its writer is done: after inotify's close-write
  (watchdog's `FileClosedEvent`) plus a short grace; or, with no close event (polling,
  network shares, files moved in), once its size and mtime stayed unchanged for `settle`
  seconds. A JPEG or PNG whose end marker is missing waits longer still. Hidden files,
  partial uploads and editor files (`settings.ignore`), captionist's temp files and `.xmp`
  sidecars (they travel with their image) are never taken on their own.
* **Claim.** An atomic rename into `INBOX/.captionist/work/<instance>/<claim>/`. With
  several daemons on one folder (one machine or several sharing it), the loser's rename
  fails with ENOENT and it moves on. A daemon holds an flock on its instance folder; a
  folder whose lock is free belongs to a dead daemon and is taken over at start (by rename
  again, so two survivors cannot both take it).
* **Work.** A bounded set of worker processes, one file each at a time (`worker.py`). A
  worker that dies (a native crash, the OOM killer) or overruns `job_timeout` fails its one
  file with the reason, and a new worker takes its place. Files are claimed only when a
  worker is free: the inbox itself is the queue, so a burst never fills memory and a
  second daemon can share the load.
* **Route.** The worker writes the captioned copy into the claim's `out/`; the original
  stays beside it until routing is over. Routing first writes `route.json` (which file
  goes where, and the journal row), then moves with link+unlink (never overwriting:
  a clash gets a `-2` suffix), then journals, then removes the claim folder. A crash at any
  point is finished at restart from what is on disk: no file is lost, none is done twice.
* **Records** are re-read when their files change; files in `unmatched/` (and `review/`)
  are then tried again, until `unmatched_expire` has passed since they arrived.

`Daemon(settings).start()` runs it in a thread (`.stop()` ends it); `.run()` runs it in the
calling thread; `health()` and `metrics()` are for the HTTP API.
"""

from __future__ import annotations

import bisect
import errno
import fcntl
import fnmatch
import json
import logging
import subprocess
import sys
import tempfile
import os
import secrets
import shutil
import signal
import socket
import threading
import time
import traceback
from collections import deque
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from multiprocessing.connection import wait as mp_wait
from pathlib import Path
from typing import Any

from .. import files, journal, logs
from ..formats import RAW_EXTENSIONS
from ..settings import Settings
from ..worker import records_signature

log = logging.getLogger("captionist.daemon")

SIDECAR_ONLY_EXT = RAW_EXTENSIONS | {".heic", ".heif", ".hif", ".avif"}
LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
FOLDER_OF = {"written": "done", "unchanged": "done", "unmatched": "unmatched", "review": "review"}
CLAIM_FILES = {"job.json", "route.json", "out"}


def _new_id(prefix: str = "") -> str:
    t = int(time.time() * 1000)
    return f"{prefix}{t:x}-{secrets.token_hex(4)}"


def _write_json(path: Path, data: Any, fsync: bool) -> None:
    files.atomic_write(path, [json.dumps(data, ensure_ascii=False, indent=1, default=str).encode()], fsync=fsync)


def looks_complete(path: Path) -> bool:
    """False for a JPEG or PNG whose end marker is not there yet (a copy still going on)."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
            if head[:3] == b"\xff\xd8\xff":
                f.seek(-2, os.SEEK_END)
                return f.read(2) == b"\xff\xd9"
            if head == b"\x89PNG\r\n\x1a\n":
                f.seek(-8, os.SEEK_END)
                return f.read(4) == b"IEND"
    except OSError:
        return False
    return True


# --------------------------------------------------------------------------- state kept per file

@dataclass
class Pending:
    """A file seen in the inbox (or picked up from unmatched/review for another try)."""

    path: Path
    source: str                        # inbox, unmatched, review
    root: Path                         # the folder it is taken from (its relative path is kept)
    first_seen: float
    sidecar: bool = False              # .xmp: waits for its image
    size: int = -1
    mtime_ns: int = -1
    stable_since: float = 0.0
    closed_at: float | None = None     # last close-write (or moved-in) event
    dirty: bool = False                # written to since the last close
    ready_since: float | None = None
    next_check: float = 0.0
    name: str | None = None            # the name to claim under (retries: the name it arrived with)
    item: str | None = None            # retries: the journal item it continues
    t_arrived: float | None = None


@dataclass
class Claim:
    claim: str
    dir: Path
    name: str
    item: str
    source: str
    root: str                          # folder taken from
    rel: str                           # relative parent inside root ("" at the top)
    t_arrived: float
    t_ready: float
    t_claimed: float
    companions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self), dir=str(self.dir))

    @classmethod
    def from_json(cls, data: dict[str, Any], cdir: Path) -> "Claim":
        data = dict(data, dir=cdir)
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


@dataclass
class Slot:
    proc: Any
    conn: Any
    started: float
    job: Claim | None = None
    ready: bool = False
    job_started: float = 0.0
    records_sig: tuple = ()
    jobs: int = 0


class _Handler:
    """watchdog handler: runs on the observer thread, so it only queues (kind, path)."""

    def __init__(self, daemon: "Daemon"):
        self.d = daemon

    def dispatch(self, event) -> None:
        etype = event.event_type
        if event.is_directory:
            if etype in ("created", "moved"):
                self.d._push("dir", event.dest_path if etype == "moved" else event.src_path)
            return
        if etype == "moved":
            self.d._push("gone", event.src_path)
            if event.dest_path:
                self.d._push("moved", event.dest_path)
        elif etype in ("created", "modified", "closed", "deleted"):
            self.d._push("gone" if etype == "deleted" else etype, event.src_path)


# --------------------------------------------------------------------------- the daemon

class Daemon:
    def __init__(self, settings: Settings):
        self.s = settings
        self.run_id = _new_id("run-")
        self.instance = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        self.inst_dir = settings.work_dir / self.instance
        self.folders = {n: settings.folder(n) for n in ("done", "failed", "unmatched", "review")}
        self._events: deque[tuple[str, str, float]] = deque()
        self._wake_r, self._wake_w = os.pipe()
        os.set_blocking(self._wake_r, False)
        os.set_blocking(self._wake_w, False)
        self._stop = threading.Event()
        self._started = threading.Event()
        self._finished = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()             # guards the figures health()/metrics() read
        self._pending: dict[Path, Pending] = {}
        self._claimed: deque[Claim] = deque()     # claimed (or recovered) and waiting for a worker
        self._slots: list[Slot] = []
        self._counts: dict[str, int] = {}
        self._latency = [0] * (len(LATENCY_BUCKETS) + 1)
        self._latency_sum = 0.0
        self._latency_n = 0
        self._errors: deque[dict[str, Any]] = deque(maxlen=20)
        self._worker_restarts = 0
        self._expired = 0                          # unmatched/review files no longer retried
        self._state = "created"
        self._t_start = time.time()
        self._records_sig: tuple = ()
        self._records_seen: tuple | None = None
        self._records_changed_at = 0.0
        self._records_info: dict[str, Any] = {}
        self._overflow = False
        self.exit_code = 0
        self._spawn_failures = 0
        self._next_spawn = 0.0
        self._journal: journal.Journal | None = None
        self._lock_fd: int | None = None
        self._observer = None

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
        with self._lock:
            alive = sum(1 for s in self._slots if s.proc.is_alive())
            depth = self._depth()
            last = self._errors[-1] if self._errors else None
            ok = self._state == "running" and alive > 0
            return {"status": "ok" if ok else ("starting" if self._state in ("created", "starting") else
                                               "degraded" if self._state == "running" else self._state),
                    "state": self._state, "run_id": self.run_id, "instance": self.instance,
                    "uptime": round(time.time() - self._t_start, 1), "queue_depth": depth,
                    "in_flight": sum(1 for s in self._slots if s.job), "workers": alive,
                    "workers_wanted": self.s.workers, "last_error": last}

    def metrics(self) -> dict[str, Any]:
        with self._lock:
            cumulative, running = {}, 0
            for le, n in zip(list(LATENCY_BUCKETS) + ["+Inf"], self._latency):
                running += n
                cumulative[str(le)] = running
            return {"run_id": self.run_id, "counts": dict(self._counts), "queue_depth": self._depth(),
                    "in_flight": sum(1 for s in self._slots if s.job),
                    "latency_seconds": {"buckets": cumulative, "sum": round(self._latency_sum, 4),
                                        "count": self._latency_n},
                    "worker_restarts": self._worker_restarts, "held_expired": self._expired,
                    "records": self._records_info.get("count", 0),
                    "record_errors": len(self._records_info.get("errors", []))}

    # ----------------------------------------------------------------- plumbing
    def _depth(self) -> int:
        return sum(1 for p in self._pending.values() if not p.sidecar) + len(self._claimed)

    def _push(self, kind: str, path: str) -> None:
        if len(self._events) > self.s.max_pending * 2:
            self._overflow = True      # a re-scan will find them
            return
        self._events.append((kind, os.fsdecode(path), time.monotonic()))
        self._wake()

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
            self._shutdown(hand_back=True)
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
        self.inst_dir.mkdir()
        self._lock_fd = os.open(self.inst_dir / ".lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        fcntl.flock(self._lock_fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(self._lock_fd, json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                                            "run": self.run_id}).encode())
        self._journal = journal.Journal(s.journal_path)
        self._journal.start_run(self.run_id, "daemon", s.inbox, s.model_dump(mode="json"))
        self._records_sig = self._records_seen = records_signature(s.records, s.templates, s.codes)
        self._load_records_info()
        for _ in range(s.workers):
            self._spawn()
        for f in s.state_dir.glob("status-*.json"):     # daemons that stopped or died
            if not (s.work_dir / f.stem[len("status-"):]).exists():
                f.unlink(missing_ok=True)
        self._start_observer()
        self._log(logging.INFO, "daemon started", inbox=str(s.inbox), records=str(s.records),
                  workers=s.workers, mode="polling" if s.polling else "inotify", instance=self.instance,
                  journal=str(s.journal_path))
        self._take_over_dead()
        self._sweep()
        self._retry_held()
        for folder in (s.inbox, *self.folders.values()):
            files.remove_stale_temps(folder, min_age=600.0)   # a live writer's temps are younger
        self._state = "running"
        self._started.set()

    def _start_observer(self) -> None:
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver

        # watchdog logs an error when its emitter thread is stopped while reading; harmless
        logging.getLogger("watchdog.observers.inotify").setLevel(logging.CRITICAL)
        if not self.s.polling:
            _shorten_move_pairing()
        obs = PollingObserver(timeout=self.s.poll_interval) if self.s.polling else Observer()
        handler = _Handler(self)
        obs.schedule(handler, str(self.s.inbox), recursive=self.s.recursive)
        obs.daemon = True
        obs.start()
        self._observer = obs

    def _load_records_info(self) -> None:
        from ..worker import RecordCache
        cache = RecordCache(self.s.records, self.s.templates, self.s.codes)
        records = cache.get(self._records_sig)
        self._records_info = {"path": str(self.s.records), "count": len(records), "errors": cache.errors[:20]}
        for err in cache.errors[:20]:
            self._log(logging.WARNING, "record problem", error=err)

    # ----------------------------------------------------------------- the loop
    def _main(self) -> None:
        self._setup()
        s = self.s
        last_scan = last_status = last_records = time.monotonic()
        self._write_status()
        while True:
            now = time.monotonic()
            self._drain_events(now)
            if self._stop.is_set():
                break
            if now - last_records >= 0.5:
                last_records = now
                self._check_records(now)
            if self._overflow or now - last_scan >= s.rescan_interval:
                last_scan = now
                self._overflow = False
                self._take_over_dead()
                self._recover_stranded()
                self._sweep()
            self._ensure_workers()
            self._dispatch(now)
            if now - last_status >= s.status_interval:
                last_status = now
                self._write_status()
            if s.once and not self._events and self._depth() == 0 and not any(sl.job for sl in self._slots):
                self._log(logging.INFO, "queue drained (--once)")
                break
            self._wait(self._timeout(now))
        self._shutdown(hand_back=True)

    def _timeout(self, now: float) -> float:
        nxt = min((p.next_check for p in self._pending.values() if not p.sidecar), default=now + 0.5)
        return max(0.005, min(0.5, nxt - now))

    def _wait(self, timeout: float) -> None:
        handles: list[Any] = [self._wake_r]
        for sl in self._slots:
            handles.append(sl.conn)
        ready = mp_wait(handles, timeout)
        if self._wake_r in ready:
            try:
                while os.read(self._wake_r, 4096):
                    pass
            except BlockingIOError:
                pass
        self._collect(ready)
        self._check_timeouts()

    # ----------------------------------------------------------------- arrival
    def _classify(self, path: Path) -> str | None:
        """"image", "sidecar" or None (not ours to take)."""
        s = self.s
        try:
            rel = path.relative_to(s.inbox)
        except ValueError:
            return None
        if not rel.parts or any(part.startswith(".") for part in rel.parts):
            return None
        if len(rel.parts) > 1:
            if not s.recursive:
                return None
            if any(path.is_relative_to(f) for f in self.folders.values()):
                return None
        name = path.name
        if files.is_temp(path) or any(fnmatch.fnmatch(name, pat) for pat in s.ignore):
            return None
        return "sidecar" if name.lower().endswith(".xmp") else "image"

    def _track(self, path: Path, now: float, *, source: str = "inbox", root: Path | None = None) -> Pending | None:
        p = self._pending.get(path)
        if p is not None:
            return p
        if source == "inbox":
            kind = self._classify(path)
            if kind is None:
                return None
        else:
            kind = "sidecar" if path.name.lower().endswith(".xmp") else "image"
        if len(self._pending) >= self.s.max_pending:
            self._overflow = True
            return None
        p = Pending(path, source, root or self.s.inbox, now, sidecar=(kind == "sidecar"), stable_since=now,
                    t_arrived=time.time())
        self._pending[path] = p
        return p

    def _drain_events(self, now: float) -> None:
        while self._events:
            kind, spath, t = self._events.popleft()
            path = Path(spath)
            if kind == "gone":
                p = self._pending.get(path)
                if p is not None and p.source == "inbox" and not path.exists():
                    del self._pending[path]
                continue
            if kind == "dir":
                if self.s.recursive and self._classify(path / "x") is not None:
                    self._sweep(path)
                continue
            p = self._track(path, now)
            if p is None:
                continue
            if kind == "modified":
                p.dirty = True
            elif kind in ("closed", "moved"):
                p.closed_at, p.dirty = t, False
            p.next_check = now

    def _sweep(self, folder: Path | None = None) -> None:
        """Find files no event told about: those that arrived while the daemon was down, or
        that an event overflow lost."""
        now = time.monotonic()
        stack = [folder or self.s.inbox]
        while stack:
            d = stack.pop()
            try:
                entries = list(os.scandir(d))
            except OSError:
                continue
            for e in entries:
                path = Path(e.path)
                if e.is_dir(follow_symlinks=False):
                    if self.s.recursive and self._classify(path / "x") is not None:
                        stack.append(path)
                elif e.is_file(follow_symlinks=False) and path not in self._pending:
                    p = self._track(path, now)
                    if p is not None:
                        p.next_check = now

    def _retry_held(self, only_names: set[str] | None = None) -> None:
        """Queue the files in unmatched/ and review/ for another try (records changed)."""
        now, wall = time.monotonic(), time.time()
        con = self._journal.con
        retried = expired = 0
        for source in ("unmatched", "review"):
            root = self.folders[source]
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")] if self.s.recursive else []
                for name in filenames:
                    if name.startswith(".") or name.endswith(".json") or files.is_temp(Path(name)):
                        continue
                    if name.lower().endswith(".xmp"):
                        continue   # travels with its image
                    path = Path(dirpath) / name
                    if path in self._pending:
                        continue
                    row = journal.latest_for_output(con, path)
                    first = journal.first_arrival(con, row["item"]) if row else None
                    if first is not None and wall - first > self.s.unmatched_expire:
                        expired += 1
                        continue
                    p = self._track(path, now, source=source, root=root)
                    if p is None:
                        continue
                    p.closed_at = now - self.s.close_grace
                    p.name = row["name"] if row else name
                    p.item = row["item"] if row else None
                    p.t_arrived = first or p.t_arrived
                    p.next_check = now
                    retried += 1
        self._expired = expired
        if retried or expired:
            self._log(logging.INFO, "retrying held files", retried=retried, expired=expired)

    def _check_records(self, now: float) -> None:
        sig = records_signature(self.s.records, self.s.templates, self.s.codes)
        if sig != self._records_seen:
            self._records_seen, self._records_changed_at = sig, now
            return
        if sig != self._records_sig and now - self._records_changed_at >= self.s.records_settle:
            self._records_sig = sig
            self._load_records_info()
            self._log(logging.INFO, "records changed", records=self._records_info["count"],
                      errors=len(self._records_info["errors"]))
            self._retry_held()

    def _companions(self, path: Path) -> list[Path]:
        out = []
        for cand in (path.with_suffix(".xmp"), path.with_suffix(".XMP"), path.with_name(path.name + ".xmp")):
            if cand != path and cand.exists() and cand not in out:
                out.append(cand)
        return out

    def _is_ready(self, p: Pending, now: float) -> bool:
        s = self.s
        try:
            st = os.stat(p.path)
        except FileNotFoundError:
            self._pending.pop(p.path, None)
            return False
        if (st.st_size, st.st_mtime_ns) != (p.size, p.mtime_ns):
            p.size, p.mtime_ns, p.stable_since = st.st_size, st.st_mtime_ns, now
        if p.source != "inbox":
            return True
        if s.polling:
            wait_until = p.stable_since + s.settle
        elif p.closed_at is not None and not p.dirty:
            wait_until = max(p.closed_at + s.close_grace, p.stable_since + min(s.close_grace, 0.01))
        elif p.dirty:
            # written to and not closed yet: wait for the close event; a long silence means
            # the event was lost (or the writer hangs), so fall back to a long settle
            wait_until = p.stable_since + max(60.0, s.settle)
        else:
            # seen but no write and no close (moved in, or found by a sweep): settled by age
            age = time.time() - st.st_mtime_ns / 1e9
            wait_until = now if age >= s.settle and now > p.stable_since else p.stable_since + s.settle
        if now < wait_until:
            p.next_check = wait_until
            return False
        if not looks_complete(p.path) and now - p.stable_since < s.incomplete_timeout:
            p.next_check = now + min(1.0, s.settle)
            return False
        if p.path.suffix.lower() in SIDECAR_ONLY_EXT and now - p.stable_since < s.pair_grace \
                and not self._companions(p.path):
            p.next_check = p.stable_since + s.pair_grace
            return False
        for c in self._companions(p.path):
            cp = self._pending.get(c)
            if cp is not None and now - cp.stable_since < s.close_grace:
                p.next_check = now + s.close_grace
                return False
        return True

    # ----------------------------------------------------------------- claim and dispatch
    def _free_slots(self) -> list[Slot]:
        return [sl for sl in self._slots if sl.ready and sl.job is None and sl.proc.is_alive()]

    def _dispatch(self, now: float) -> None:
        free = self._free_slots()
        if not free:
            return
        while free and self._claimed:
            self._send(free.pop(), self._claimed.popleft())
        if not free:
            return
        due = [p for p in self._pending.values() if not p.sidecar and p.next_check <= now]
        due.sort(key=lambda p: p.first_seen)
        for p in due:
            if not free:
                break
            if not self._is_ready(p, now):
                continue
            claim = self._claim(p, now)
            if claim is not None:
                self._send(free.pop(), claim)

    def _claim(self, p: Pending, now: float) -> Claim | None:
        """Move the file (and its sidecars) into a claim folder: the atomic step that makes it
        ours. Returns None when another process took it first."""
        self._pending.pop(p.path, None)
        cid = _new_id()
        cdir = self.inst_dir / cid
        name = p.name or p.path.name
        rel = str(p.path.parent.relative_to(p.root)) if p.path.parent != p.root else ""
        wall = time.time()
        # drop-to-done latency counts from when the writer was done (its close event), if known
        t_ready = wall - max(0.0, now - p.closed_at) if p.closed_at is not None and p.source == "inbox" else wall
        claim = Claim(cid, cdir, name, p.item or cid, p.source, str(p.root), rel if rel != "." else "",
                      p.t_arrived or wall, t_ready, wall)
        companions = self._companions(p.path)
        try:
            cdir.mkdir()
            (cdir / "job.json").write_text(json.dumps(claim.to_json()))
            os.rename(p.path, cdir / name)
        except FileNotFoundError:
            shutil.rmtree(cdir, ignore_errors=True)
            self._log(logging.DEBUG, "taken by another process", file=str(p.path))
            return None
        except OSError as e:
            shutil.rmtree(cdir, ignore_errors=True)
            self._log(logging.WARNING, "could not claim file; will try again", file=str(p.path), error=str(e))
            p.next_check = now + 5
            self._pending[p.path] = p
            return None
        for c in companions:
            cname = c.name
            if p.name and p.name != p.path.name:     # retried under its arrival name: rename the sidecar too
                cname = c.name.replace(p.path.stem, Path(p.name).stem, 1)
            try:
                os.rename(c, cdir / cname)
                claim.companions.append(cname)
            except OSError:
                pass
            self._pending.pop(c, None)
        if p.source != "inbox":
            for extra in (p.path.with_name(p.path.name + ".review.json"),):
                try:
                    extra.unlink()
                except OSError:
                    pass
        (cdir / "job.json").write_text(json.dumps(claim.to_json()))
        return claim

    def _send(self, slot: Slot, claim: Claim) -> None:
        s = self.s
        job = {"claim": claim.claim, "path": str(claim.dir / claim.name), "out_dir": str(claim.dir / "out"),
               "records_sig": self._records_sig,
               "options": {"policy": s.policy.value, "sidecar": s.sidecar, "force_sidecar": s.force_sidecar,
                           "fsync": s.fsync}}
        try:
            slot.conn.send(job)
        except (BrokenPipeError, OSError):
            self._claimed.appendleft(claim)
            self._replace(slot, None)
            return
        slot.job, slot.job_started, slot.records_sig = claim, time.monotonic(), self._records_sig

    # ----------------------------------------------------------------- workers
    def _spawn(self) -> Slot:
        """A worker is a plain `python -m captionist.worker` with one end of a socket pair:
        unlike multiprocessing's spawn it does not re-import the host program's __main__,
        so the daemon also runs inside programs that cannot be imported twice."""
        ours, theirs = socket.socketpair()
        try:
            proc = _WorkerProcess(theirs.fileno(), self.s.records, self.s.max_jobs_per_worker,
                                  self.s.templates, self.s.codes)
        finally:
            theirs.close()
        slot = Slot(proc, Connection(ours.detach()), time.monotonic())
        with self._lock:
            self._slots.append(slot)
        return slot

    def _ensure_workers(self) -> None:
        """Keep `workers` processes; after workers that die before doing anything (a broken
        install, no memory), wait longer and longer before the next try."""
        while len(self._slots) < self.s.workers and time.monotonic() >= self._next_spawn \
                and not self._stop.is_set():
            self._spawn()

    def _replace(self, slot: Slot, reason: str | None) -> None:
        with self._lock:
            if slot in self._slots:
                self._slots.remove(slot)
        try:
            slot.conn.close()
        except OSError:
            pass
        if slot.proc.is_alive():
            slot.proc.kill()
        slot.proc.join(5)
        if reason is not None:
            self._worker_restarts += 1
        self._ensure_workers()

    def _collect(self, ready: list[Any]) -> None:
        for slot in list(self._slots):
            if slot.conn in ready:
                try:
                    msg = slot.conn.recv()
                except (EOFError, OSError):
                    self._worker_died(slot)
                    continue
                if "ready" in msg:
                    slot.ready = True
                    continue
                self._spawn_failures = 0
                claim, slot.job = slot.job, None
                slot.jobs += 1
                if claim is not None and msg.get("claim") == claim.claim:
                    self._finish_safely(claim, msg, slot.records_sig)
                if slot.jobs >= self.s.max_jobs_per_worker:
                    self._replace(slot, None)

    def _worker_died(self, slot: Slot) -> None:
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
        self._finish_safely(claim, {"status": "failed", "error": f"{claim.name}: {reason}",
                                    "traceback_id": secrets.token_hex(6)}, slot.records_sig)

    def _check_timeouts(self) -> None:
        now = time.monotonic()
        for slot in list(self._slots):
            if slot.job is not None and now - slot.job_started > self.s.job_timeout:
                claim, slot.job = slot.job, None
                reason = f"timed out after {self.s.job_timeout:g} s; the worker was stopped"
                self._log(logging.ERROR, "job timed out", file=claim.name, claim=claim.claim)
                self._replace(slot, reason)
                self._finish_safely(claim, {"status": "failed", "error": f"{claim.name}: {reason}",
                                            "traceback_id": secrets.token_hex(6)}, slot.records_sig)

    # ----------------------------------------------------------------- routing
    def _finish_safely(self, claim: Claim, result: dict[str, Any], records_sig: tuple) -> None:
        """Route one result; if routing itself fails (a full disk, a folder gone), the file stays
        in its claim folder and the next re-scan (or restart) finishes it: nothing is lost."""
        try:
            self._finish(claim, result, records_sig)
        except Exception as e:  # noqa: BLE001
            self._log(logging.ERROR, "routing failed; the file stays in the working folder and is retried",
                      file=claim.name, claim=claim.claim, error=repr(e), traceback=traceback.format_exc())
            with self._lock:
                self._errors.append({"file": claim.name, "error": f"routing failed: {e}", "time": time.time()})

    def _recover_stranded(self) -> None:
        """Claim folders of this daemon that nothing is working on (routing failed earlier)."""
        busy = {sl.job.dir for sl in self._slots if sl.job} | {c.dir for c in self._claimed}
        for cdir in sorted(self.inst_dir.iterdir()):
            if cdir.is_dir() and cdir not in busy:
                try:
                    self._recover(cdir)
                except Exception as e:  # noqa: BLE001
                    self._log(logging.ERROR, "could not recover a claim", claim=cdir.name, error=repr(e))

    def _finish(self, claim: Claim, result: dict[str, Any], records_sig: tuple) -> None:
        status = result.get("status") or "failed"
        if result.get("error"):   # name the file where it arrived, not inside the working folder
            origin = Path(claim.root) / claim.rel / claim.name
            result["error"] = result["error"].replace(str(claim.dir / claim.name), str(origin))
        folder = FOLDER_OF.get(status, "failed")
        if folder == "failed":
            status = "failed"
            result.setdefault("traceback_id", None)
            result["traceback_id"] = result["traceback_id"] or secrets.token_hex(6)
        cdir = claim.dir
        originals = [claim.name] + [c for c in claim.companions if (cdir / c).exists()]
        moves: list[tuple[str, str]] = []
        main_src = claim.name
        if folder == "done":
            outs = sorted(p.name for p in (cdir / "out").iterdir()
                          if p.is_file() and not files.is_temp(p)) if (cdir / "out").is_dir() else []
            if claim.name in outs:
                moves = [(f"out/{n}", n) for n in outs]
                moves += [(c, c) for c in originals if c not in outs]
                main_src = f"out/{claim.name}"
            else:
                moves = [(c, c) for c in originals]
        else:
            moves = [(c, c) for c in originals]
        target = self.folders[folder] / claim.rel if claim.rel else self.folders[folder]
        target.mkdir(parents=True, exist_ok=True)
        names = self._unique_names(target, [dst for _src, dst in moves], claim.name)
        route_moves = [[src, str(target / names[dst])] for src, dst in moves]
        output = str(target / names[claim.name])
        now = time.time()
        row = {"claim": claim.claim, "item": claim.item, "run_id": self.run_id, "name": claim.name,
               "source": claim.source, "status": status, "folder": folder, "output": output,
               "record_id": result.get("record"), "grade": result.get("grade"),
               "sha256_in": result.get("sha256_in"),
               "sha256_out": result.get("sha256_out") if folder == "done" else None,
               "changes": result.get("changes") or [], "warnings": result.get("warnings") or [],
               "match": result.get("match"), "error": result.get("error"),
               "traceback_id": result.get("traceback_id"), "t_arrived": claim.t_arrived,
               "t_claimed": claim.t_claimed, "t_finished": now, "seconds": result.get("seconds")}
        extras: dict[str, Any] = {}      # suffix -> JSON written beside the routed file
        if folder == "failed":
            extras[".error.json"] = {
                "file": claim.name, "status": "failed", "error": result.get("error"),
                "record": result.get("record"), "match": result.get("match"),
                "traceback_id": row["traceback_id"], "traceback": result.get("traceback"),
                "claim": claim.claim, "run": self.run_id, "time": now, "sha256": result.get("sha256_in")}
        elif folder == "review":
            extras[".review.json"] = {"file": claim.name, "match": result.get("match"),
                                               "error": result.get("error"), "claim": claim.claim}
        route = {"moves": route_moves, "main": main_src, "extras": extras, "row": row}
        _write_json(cdir / "route.json", route, self.s.fsync)
        self._apply_route(cdir, route)
        self._account(status, folder, claim, row, result)
        if status == "unmatched" and records_sig != self._records_sig:
            self._retry_held()   # the records changed while it was in flight

    def _unique_names(self, folder: Path, names: list[str], main: str) -> dict[str, str]:
        """Names in `folder` for a group (an image and its sidecars) that clash with nothing,
        keeping the group's shared stem: photo.jpg + photo.xmp -> photo-2.jpg + photo-2.xmp."""
        first = files.unique_path(folder, main)
        n = 1 if first.name == main else int(first.stem.rsplit("-", 1)[1])
        stem = Path(main).stem
        while True:
            mapping = {}
            for name in names:
                mapping[name] = name if n == 1 else name.replace(stem, f"{stem}-{n}", 1)
            if not any((folder / v).exists() for v in mapping.values()):
                return mapping
            n += 1

    def _apply_route(self, cdir: Path, route: dict[str, Any]) -> None:
        """Carry out a route (again, after a crash: every step checks what is already done)."""
        moves = route["moves"]
        for i, (src, dst) in enumerate(moves):
            src_p, dst_p = cdir / src, Path(dst)
            if not src_p.exists():
                continue   # moved before a crash
            new_dst = _move_no_clobber(src_p, dst_p, self.s.fsync)
            if new_dst != dst_p:      # someone took the name meanwhile: record the new one
                moves[i][1] = str(new_dst)
                if src == route["main"]:
                    route["row"]["output"] = str(new_dst)
                _write_json(cdir / "route.json", route, self.s.fsync)
        for suffix, content in route["extras"].items():
            path = Path(route["row"]["output"] + suffix)
            if not path.exists():
                _write_json(path, content, self.s.fsync)
        if self.s.fsync:
            for d in {Path(dst).parent for _src, dst in moves}:
                files.fsync_dir(d)
        self._journal.record(route["row"])
        shutil.rmtree(cdir, ignore_errors=True)

    def _account(self, status: str, folder: str, claim: Claim, row: dict[str, Any], result: dict[str, Any]) -> None:
        latency = time.time() - claim.t_ready
        with self._lock:
            self._counts[status] = self._counts.get(status, 0) + 1
            if folder == "done":
                self._latency[bisect.bisect_left(LATENCY_BUCKETS, latency)] += 1
                self._latency_sum += latency
                self._latency_n += 1
            if folder == "failed":
                self._errors.append({"file": claim.name, "error": result.get("error"),
                                     "traceback_id": row["traceback_id"], "time": row["t_finished"]})
        if folder != "done" and self.s.once:
            self.exit_code = max(self.exit_code, 1)
        level = logging.INFO if folder == "done" else logging.WARNING
        self._log(level, status, file=claim.name, status=status, record=row["record_id"], output=row["output"],
                  latency=round(latency, 4), seconds=round(result.get("seconds") or 0, 4),
                  changes=len(row["changes"] or []), error=row["error"], traceback_id=row["traceback_id"],
                  traceback=result.get("traceback"))

    # ----------------------------------------------------------------- recovery
    def _take_over_dead(self) -> None:
        """Claim folders of daemons that died (their instance lock is free) become ours."""
        try:
            instances = [d for d in self.s.work_dir.iterdir() if d.is_dir() and d != self.inst_dir]
        except OSError:
            return
        for inst in instances:
            lock = inst / ".lock"
            try:
                fd = os.open(lock, os.O_RDWR | os.O_CLOEXEC)
            except FileNotFoundError:
                try:
                    if time.time() - inst.stat().st_mtime < 60:
                        continue     # being created right now
                except OSError:
                    continue
                fd = None
            except OSError:
                continue
            try:
                if fd is not None:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        continue     # alive
                taken = []
                for cdir in sorted(inst.iterdir()):
                    if cdir.is_dir():
                        try:
                            os.rename(cdir, self.inst_dir / cdir.name)
                            taken.append(self.inst_dir / cdir.name)
                        except OSError:
                            pass
                if taken:
                    self._log(logging.WARNING, "took over the work of a stopped daemon", instance=inst.name,
                              files=len(taken))
                for cdir in taken:
                    self._recover(cdir)
                shutil.rmtree(inst, ignore_errors=True)
            finally:
                if fd is not None:
                    os.close(fd)

    def _recover(self, cdir: Path) -> None:
        files.remove_stale_temps(cdir)
        route_file = cdir / "route.json"
        if route_file.exists():
            try:
                route = json.loads(route_file.read_text())
            except (OSError, ValueError):
                route = None
            if route is not None:
                self._apply_route(cdir, route)
                self._log(logging.INFO, "finished routing after a restart", claim=cdir.name,
                          output=route["row"]["output"])
                return
        try:
            claim = Claim.from_json(json.loads((cdir / "job.json").read_text()), cdir)
        except (OSError, ValueError, TypeError):
            names = [p.name for p in cdir.iterdir() if p.is_file() and p.name not in CLAIM_FILES
                     and not p.name.lower().endswith(".xmp")]
            if not names:
                shutil.rmtree(cdir, ignore_errors=True)
                return
            t = time.time()
            claim = Claim(cdir.name, cdir, names[0], cdir.name, "inbox", str(self.s.inbox), "", t, t, t)
        if not (cdir / claim.name).exists():
            shutil.rmtree(cdir, ignore_errors=True)   # the claim's rename never happened
            return
        shutil.rmtree(cdir / "out", ignore_errors=True)
        claim.source = "recovered" if claim.source == "inbox" else claim.source
        claim.t_ready = time.time()
        self._claimed.append(claim)

    # ----------------------------------------------------------------- stop
    def _shutdown(self, hand_back: bool) -> None:
        if self._state in ("stopped", "stopping"):
            return
        self._state = "stopping"
        self._stop.set()
        self._log(logging.INFO, "stopping", in_flight=sum(1 for s in self._slots if s.job))
        if self._observer is not None:
            try:
                self._observer.stop()
                self._observer.join(5)
            except Exception:  # noqa: BLE001
                pass
        # finish what the workers are doing, within stop_timeout
        deadline = time.monotonic() + self.s.stop_timeout
        while any(sl.job for sl in self._slots) and time.monotonic() < deadline:
            handles: list[Any] = []
            for sl in self._slots:
                handles.append(sl.conn)
            self._collect(mp_wait(handles, min(0.5, max(0.0, deadline - time.monotonic()))))
            self._check_timeouts()
        # hand back what is left: in flight past the deadline, claimed but not started
        for sl in list(self._slots):
            if sl.job is not None:
                self._hand_back(sl.job)
                sl.job = None
                sl.proc.kill()
        while self._claimed:
            self._hand_back(self._claimed.popleft())
        for sl in list(self._slots):
            try:
                sl.conn.send(None)
            except OSError:
                pass
        for sl in list(self._slots):
            sl.proc.join(3)
            if sl.proc.is_alive():
                sl.proc.kill()
                sl.proc.join(2)
            try:
                sl.conn.close()
            except OSError:
                pass
        with self._lock:
            self._slots.clear()
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
        if self._lock_fd is not None:
            shutil.rmtree(self.inst_dir, ignore_errors=True)
            os.close(self._lock_fd)
            self._lock_fd = None
        for fd in (self._wake_r, self._wake_w):
            try:
                os.close(fd)
            except OSError:
                pass
        self._log(logging.INFO, "daemon stopped", counts=self._counts)

    def _hand_back(self, claim: Claim) -> None:
        """Put a claimed file back where it came from (a stop before it was done)."""
        root = Path(claim.root)
        back = root / claim.rel if claim.rel else root
        back.mkdir(parents=True, exist_ok=True)
        names = self._unique_names(back, [claim.name, *claim.companions], claim.name)
        for n in [claim.name, *claim.companions]:
            src = claim.dir / n
            if src.exists():
                _move_no_clobber(src, back / names[n], self.s.fsync)
        shutil.rmtree(claim.dir, ignore_errors=True)
        self._log(logging.INFO, "handed back", file=claim.name, to=str(back / names[claim.name]))

    # ----------------------------------------------------------------- status file
    def _write_status(self) -> None:
        s = self.s
        with self._lock:
            status = {
                "instance": self.instance, "run_id": self.run_id, "pid": os.getpid(), "host": socket.gethostname(),
                "state": self._state, "started": self._t_start, "updated": time.time(),
                "interval": s.status_interval, "inbox": str(s.inbox),
                "queue_depth": self._depth(), "in_flight": sum(1 for sl in self._slots if sl.job),
                "waiting_sidecars": sorted(str(p.path) for p in self._pending.values() if p.sidecar)[:50],
                "counts": dict(self._counts), "last_errors": list(self._errors)[-10:],
                "workers": sum(1 for sl in self._slots if sl.proc.is_alive()),
                "worker_restarts": self._worker_restarts, "records": self._records_info,
                "held_expired": self._expired,
                "folders": {k: str(v) for k, v in self.folders.items()}, "journal": str(s.journal_path),
            }
        try:
            _write_json(s.state_dir / f"status-{self.instance}.json", status, False)
        except Exception as e:  # noqa: BLE001 - status is informative; never stop for it
            self._log(logging.WARNING, "could not write the status file", error=str(e))


class _WorkerProcess:
    """A worker subprocess (the parts of multiprocessing.Process the daemon uses)."""

    def __init__(self, fd: int, records: Path, max_jobs: int, templates: Path | None = None,
                 codes: Path | None = None):
        self._err = tempfile.TemporaryFile()    # a worker that cannot start says why here
        src = str(Path(__file__).resolve().parents[2])
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (src, env.get("PYTHONPATH")) if p)
        for key, value in (("CAPTIONIST_TEMPLATES", templates), ("CAPTIONIST_CODES", codes)):
            if value is not None:
                env[key] = str(value)
        self.popen = subprocess.Popen(
            [sys.executable, "-m", "captionist.worker", str(fd), str(records), str(os.getpid()), str(max_jobs)],
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


def _shorten_move_pairing(seconds: float = 0.02) -> None:
    """watchdog holds every IN_MOVED_FROM for 0.5 s to pair it with its IN_MOVED_TO, and
    its event queue is FIFO: every claim (a rename out of the watched inbox, a MOVED_FROM with
    no pair) would hold back all later events by half a second. The kernel reports both halves
    of a rename together, so a short wait still pairs them. (Process-wide: it is a class
    attribute, read when an observer starts.)"""
    try:
        from watchdog.observers.inotify_move_event_grouper import InotifyMoveEventGrouper
    except ImportError:      # other watchdog versions: keep their behaviour
        return
    if getattr(InotifyMoveEventGrouper, "delay", 0) > seconds:
        InotifyMoveEventGrouper.delay = seconds


def _move_no_clobber(src: Path, dst: Path, fsync: bool) -> Path:
    """Move `src` to `dst` without ever replacing a file there (a clash gets the next free
    `-N` name). Same file system: link + unlink (atomic, fails on EEXIST); across file
    systems: copy to a temp name, fsync, link into place, then unlink the source."""
    while True:
        try:
            if dst.exists() and src.exists() and os.path.samefile(src, dst):
                os.unlink(src)       # linked before a crash, not yet unlinked
                return dst
        except OSError:
            pass
        try:
            os.link(src, dst)
        except FileExistsError:
            dst = files.unique_path(dst.parent, dst.name)
            continue
        except OSError as e:
            if e.errno == errno.EXDEV:
                tmp = files.temp_name(dst)
                shutil.copyfile(src, tmp)
                if fsync:
                    with open(tmp, "rb+") as f:
                        os.fsync(f.fileno())
                try:
                    os.link(tmp, dst)
                except FileExistsError:
                    os.unlink(tmp)
                    dst = files.unique_path(dst.parent, dst.name)
                    continue
                os.unlink(tmp)
            elif e.errno in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
                if dst.exists():     # no hard links here (some SMB/FAT mounts): check, then rename
                    dst = files.unique_path(dst.parent, dst.name)
                    continue
                os.rename(src, dst)
                return dst
            else:
                raise
        os.unlink(src)
        return dst
