"""Arrival: which files in the inbox are ours to take, and when each is ready.

* **Events.** watchdog calls its handler on the observer thread, one event after another, so
  the handler only queues `(kind, path)` and wakes the daemon; everything else happens on
  the daemon's own thread (`drain`). Events the queue cannot hold are not lost: the overflow
  flag asks for a re-scan, and `sweep` finds files no event told about (those that arrived
  while no daemon ran, too).
* **Ignore rules.** Hidden files (a leading dot, in any part of the path), captionist's own
  temp files, the output folders when they sit inside the inbox, and names matching
  `settings.ignore` (partial uploads, editor files) are never taken. `.xmp` sidecars are
  tracked but never taken on their own: they travel with their image (`companions`).
* **Stable.** A file is taken once its writer is done: `close_grace` after inotify's
  IN_CLOSE_WRITE (watchdog's `FileClosedEvent`) with no write since; with no close event
  (polling, network shares where inotify sees nothing of other machines' writes, files
  renamed in) once its size and mtime stayed unchanged for `settle` seconds. A JPEG or PNG
  whose end marker is missing is still being copied and waits up to `incomplete_timeout`
  (`captionist.endmarkers.looks_complete`); taken then and still lacking it, it is failed as
  truncated without being written (`endmarkers.missing_end`, the daemon's `_fail_truncated`).
  A RAW/HEIC file waits `pair_grace` for its sidecar.
* **Held files.** `queue_held` puts the files in `unmatched/` and `review/` back in line
  (when the records change), until `unmatched_expire` has passed since they arrived.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import files, journal
from ..endmarkers import looks_complete
from ..formats import RAW_EXTENSIONS, sidecar_path
from ..settings import DaemonSettings

SIDECAR_ONLY_EXT = RAW_EXTENSIONS | {".heic", ".heif", ".hif", ".avif"}


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(".xmp")


def companions(path: Path) -> list[Path]:
    """The sidecars next to `path` that travel with it (`name.xmp`, `name.XMP`, `name.ext.xmp`)."""
    out = []
    for cand in (sidecar_path(path, "stem"), path.with_suffix(".XMP"), sidecar_path(path, "name")):
        if cand != path and cand.exists() and cand not in out:
            out.append(cand)
    return out


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
    next_check: float = 0.0
    name: str | None = None            # the name to claim under (retries: the name it arrived with)
    item: str | None = None            # retries: the journal item it continues
    t_arrived: float | None = None
    incomplete: bool = False           # taken after `incomplete_timeout` still lacking its end


class Handler:
    """watchdog handler: runs on the observer thread, so it only queues (kind, path)."""

    def __init__(self, push: Callable[[str, str], None]):
        self.push = push

    def dispatch(self, event) -> None:
        etype = event.event_type
        if event.is_directory:
            if etype in ("created", "moved"):
                self.push("dir", event.dest_path if etype == "moved" else event.src_path)
            return
        if etype == "moved":
            self.push("gone", event.src_path)
            if event.dest_path:
                self.push("moved", event.dest_path)
        elif etype in ("created", "modified", "closed", "deleted"):
            self.push("gone" if etype == "deleted" else etype, event.src_path)


def shorten_move_pairing(seconds: float = 0.02) -> None:
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


class Arrivals:
    """The files seen and not yet claimed, fed by watchdog events, sweeps and held-file retries."""

    def __init__(self, settings: DaemonSettings, folders: dict[str, Path], wake: Callable[[], None],
                 log: Callable[..., None]):
        self.s = settings
        self.folders = folders
        self._wake = wake
        self._log = log
        self.events: deque[tuple[str, str, float]] = deque()
        self.pending: dict[Path, Pending] = {}
        self.overflow = False              # events or files were dropped: re-scan
        self.expired = 0                   # unmatched/review files no longer retried
        self._observer = None

    # ----------------------------------------------------------------- the observer thread
    def push(self, kind: str, path: str) -> None:
        if len(self.events) > self.s.max_pending * 2:
            self.overflow = True      # a re-scan will find them
            return
        self.events.append((kind, os.fsdecode(path), time.monotonic()))
        self._wake()

    def start(self) -> None:
        from watchdog.observers import Observer
        from watchdog.observers.polling import PollingObserver

        # watchdog logs an error when its emitter thread is stopped while reading; harmless
        logging.getLogger("watchdog.observers.inotify").setLevel(logging.CRITICAL)
        if not self.s.polling:
            shorten_move_pairing()
        obs = PollingObserver(timeout=self.s.poll_interval) if self.s.polling else Observer()
        obs.schedule(Handler(self.push), str(self.s.inbox), recursive=self.s.recursive)
        obs.daemon = True
        obs.start()
        self._observer = obs

    def stop(self) -> None:
        if self._observer is not None:
            try:
                self._observer.stop()
                self._observer.join(5)
            except Exception:  # noqa: BLE001
                pass

    # ----------------------------------------------------------------- figures
    # depth() and waiting_sidecars() are also called from other threads (the HTTP API's health
    # and metrics) while the scheduler changes `pending`: list() copies the values in one step
    # under the GIL, so the iteration never sees the dict change size.
    def depth(self) -> int:
        return sum(1 for p in list(self.pending.values()) if not p.sidecar)

    def waiting_sidecars(self) -> list[str]:
        return sorted(str(p.path) for p in list(self.pending.values()) if p.sidecar)

    def next_check(self, default: float) -> float:
        return min((p.next_check for p in self.pending.values() if not p.sidecar), default=default)

    def due(self, now: float) -> list[Pending]:
        """Files whose check is due, oldest first."""
        due = [p for p in self.pending.values() if not p.sidecar and p.next_check <= now]
        due.sort(key=lambda p: p.first_seen)
        return due

    def forget(self, path: Path) -> None:
        self.pending.pop(path, None)

    def put_back(self, p: Pending) -> None:
        self.pending[p.path] = p

    # ----------------------------------------------------------------- what is ours
    def classify(self, path: Path) -> str | None:
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
        return "sidecar" if is_sidecar(path) else "image"

    def track(self, path: Path, now: float, *, source: str = "inbox", root: Path | None = None) -> Pending | None:
        p = self.pending.get(path)
        if p is not None:
            return p
        if source == "inbox":
            kind = self.classify(path)
            if kind is None:
                return None
        else:
            kind = "sidecar" if is_sidecar(path) else "image"
        if len(self.pending) >= self.s.max_pending:
            self.overflow = True
            return None
        p = Pending(path, source, root or self.s.inbox, now, sidecar=(kind == "sidecar"), stable_since=now,
                    t_arrived=time.time())
        self.pending[path] = p
        return p

    def drain(self, now: float) -> None:
        """Apply the queued events (on the daemon's thread)."""
        while self.events:
            kind, spath, t = self.events.popleft()
            path = Path(spath)
            if kind == "gone":
                p = self.pending.get(path)
                if p is not None and p.source == "inbox" and not path.exists():
                    del self.pending[path]
                continue
            if kind == "dir":
                if self.s.recursive and self.classify(path / "x") is not None:
                    self.sweep(path)
                continue
            p = self.track(path, now)
            if p is None:
                continue
            if kind == "modified":
                p.dirty = True
            elif kind in ("closed", "moved"):
                p.closed_at, p.dirty = t, False
            p.next_check = now

    def sweep(self, folder: Path | None = None) -> None:
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
                    if self.s.recursive and self.classify(path / "x") is not None:
                        stack.append(path)
                elif e.is_file(follow_symlinks=False) and path not in self.pending:
                    p = self.track(path, now)
                    if p is not None:
                        p.next_check = now

    def queue_held(self, con) -> None:
        """Queue the files in unmatched/ and review/ for another try (records changed); `con`:
        the journal, which knows when each first arrived."""
        now, wall = time.monotonic(), time.time()
        retried = expired = 0
        for source in ("unmatched", "review"):
            root = self.folders[source]
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = [d for d in dirnames if not d.startswith(".")] if self.s.recursive else []
                for name in filenames:
                    if name.startswith(".") or name.endswith(".json") or files.is_temp(Path(name)):
                        continue
                    if is_sidecar(Path(name)):
                        continue   # travels with its image
                    path = Path(dirpath) / name
                    if path in self.pending:
                        continue
                    row = journal.latest_for_output(con, path)
                    first = journal.first_arrival(con, row["item"]) if row else None
                    if first is not None and wall - first > self.s.unmatched_expire:
                        expired += 1
                        continue
                    p = self.track(path, now, source=source, root=root)
                    if p is None:
                        continue
                    p.closed_at = now - self.s.close_grace
                    p.name = row["name"] if row else name
                    p.item = row["item"] if row else None
                    p.t_arrived = first or p.t_arrived
                    p.next_check = now
                    retried += 1
        self.expired = expired
        if retried or expired:
            self._log(logging.INFO, "retrying held files", retried=retried, expired=expired)

    # ----------------------------------------------------------------- stable?
    def is_ready(self, p: Pending, now: float) -> bool:
        s = self.s
        try:
            st = os.stat(p.path)
        except FileNotFoundError:
            self.pending.pop(p.path, None)
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
        p.incomplete = not looks_complete(p.path)
        if p.incomplete and now - p.stable_since < s.incomplete_timeout:
            p.next_check = now + min(1.0, s.settle)
            return False
        if p.path.suffix.lower() in SIDECAR_ONLY_EXT and now - p.stable_since < s.pair_grace \
                and not companions(p.path):
            p.next_check = p.stable_since + s.pair_grace
            return False
        for c in companions(p.path):
            cp = self.pending.get(c)
            if cp is not None and now - cp.stable_since < s.close_grace:
                p.next_check = now + s.close_grace
                return False
        return True
