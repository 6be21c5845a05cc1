"""Whose temp file is this? Owner marks in temp names, and the removal of orphans.

A temp file (`.name.<pid>-<host>-<random>.captionist-tmp`, see `files.temp_name`) carries the
pid of the process that wrote it and a tag of the machine and pid namespace it ran in (the
kernel's boot id, /proc/sys/kernel/random/boot_id, and the pid namespace, /proc/self/ns/pid).
A killed run (SIGKILL, a power cut) leaves its temps behind; any later run removes those whose
owner is ours to judge (same tag) and no longer alive. Temps of another machine or container
sharing the folder are left alone unless they are a day old.

Signals: `Stopper` turns SIGTERM (and SIGINT) into a clean stop for a run over many files: the
file in flight is abandoned (its temp removed, its original untouched) unless the run is in a
section that must finish (a group commit: renames of files whose data is already on disk).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import signal
import threading
import time
from pathlib import Path

TEMP_MARK = ".captionist-tmp"
FOREIGN_MAX_AGE = 86400.0      # seconds: a temp of another machine/container older is stale
_OWNER = re.compile(r"\.(\d+)-([0-9a-f]{6})-[0-9a-f]+" + re.escape(TEMP_MARK) + "$")


def _read(path: str) -> str:
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return ""


def _ns() -> str:
    try:
        return os.readlink("/proc/self/ns/pid")
    except OSError:
        return ""


_TAG = hashlib.sha1(f"{_read('/proc/sys/kernel/random/boot_id')}|{_ns()}".encode()).hexdigest()[:6]


def host_tag() -> str:
    return _TAG


def owner_mark() -> str:
    """The owner part of a temp name written now: `<pid>-<tag>`."""
    return f"{os.getpid()}-{_TAG}"


def owner(path: Path) -> tuple[int, str] | None:
    m = _OWNER.search(path.name)
    return (int(m.group(1)), m.group(2)) if m else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    # A zombie answers kill(pid, 0) but writes nothing more: a batch worker killed with its
    # parent (see `captionist.parallel`) stays one until init reaps it, which some container
    # inits never do (proc(5): state "Z" in /proc/<pid>/stat).
    stat = _read(f"/proc/{pid}/stat")
    return not (stat and stat.rsplit(")", 1)[-1].split()[:1] == ["Z"])


def is_orphan(path: Path, now: float | None = None) -> bool:
    """A temp whose writer is gone: same machine and pid namespace, pid not running (or,
    for an unmarked or foreign temp, older than FOREIGN_MAX_AGE)."""
    who = owner(path)
    if who is not None and who[1] == _TAG:
        return who[0] != os.getpid() and not _alive(who[0])
    try:
        age = (now or time.time()) - path.stat().st_mtime
    except OSError:
        return False
    return age > FOREIGN_MAX_AGE


def remove_orphans(folders) -> list[Path]:
    """Remove the orphaned temp files in `folders` (not recursive); returns what went."""
    removed = []
    now = time.time()
    # the names made unique as strings first: a batch passes each file's folder, and hashing
    # 300 equal Path objects cost ~3 ms of the parent's time before the fork (issue 14)
    for folder in {Path(f) for f in {os.fspath(f) for f in folders}}:
        try:
            found = list(folder.glob(f".*{TEMP_MARK}"))
        except OSError:
            continue
        for p in found:
            if is_orphan(p, now):
                try:
                    p.unlink()
                    removed.append(p)
                except OSError:
                    pass
    return removed


class Stopped(BaseException):
    """Raised in the main thread by `Stopper` when the run is to stop (BaseException, like
    KeyboardInterrupt, so no `except Exception` swallows it)."""

    def __init__(self, signum: int):
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


class Stopper:
    """SIGTERM/SIGINT -> `Stopped`, deferred while in `critical()`."""

    def __init__(self, signals=(signal.SIGTERM, signal.SIGINT)):
        self.signals = signals
        self.signum: int | None = None
        self._depth = 0
        self._old: dict = {}

    def _handler(self, signum, frame) -> None:
        self.signum = signum
        if self._depth == 0:
            raise Stopped(signum)

    @contextlib.contextmanager
    def critical(self):
        if threading.current_thread() is not threading.main_thread():
            # signal handlers run in the main thread only: nothing can interrupt this one
            # (a group's commit in `captionist.commitline`); the main thread's depth is its own
            yield
            return
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
        if self._depth == 0 and self.signum is not None:
            raise Stopped(self.signum)

    def __enter__(self) -> "Stopper":
        if threading.current_thread() is threading.main_thread():
            for s in self.signals:
                self._old[s] = signal.signal(s, self._handler)
        return self

    def __exit__(self, *exc) -> None:
        for s, old in self._old.items():
            signal.signal(s, old)
        self._old.clear()
