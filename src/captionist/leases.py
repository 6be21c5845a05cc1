"""Is another program still writing this file? Ask the kernel, not the clock.

A copy tool, an SMB upload or a camera tether may still be writing a file when captionist
sees it. Replacing it then sends the writer's remaining bytes to the unlinked old inode and
publishes a cut file. A size/mtime check cannot see a writer that appends after it.

Linux read leases (fcntl(2) F_SETLEASE, F_RDLCK) can only be taken while no process has the
file open for writing (EAGAIN), and a process that opens it for writing later breaks the
lease: the kernel tells the holder (a signal) and holds the writer's open(2) until the
holder releases the lease or lease-break-time (45 s) passes. So: take the lease on the
original before writing anything, check it is still held just before the rename, release it
after. A writer that turns up meanwhile waits a moment, and the capture is abandoned.

Where leases are not available (network file systems answer EINVAL; a file we do not own,
without CAP_LEASE, EACCES) a settle check stands in: a file modified in the last `SETTLE`
seconds must stay unchanged for that long before it is written.
"""

from __future__ import annotations

import errno
import fcntl
import os
import signal
import time
from pathlib import Path

from .errors import WriteError

F_SETLEASE = getattr(fcntl, "F_SETLEASE", 1024)
F_GETLEASE = getattr(fcntl, "F_GETLEASE", 1025)
F_SETSIG = getattr(fcntl, "F_SETSIG", 10)
# The lease-break signal. The default (SIGIO) would kill the process; SIGURG is ignored by
# default (signal(7)) and nothing here handles it, so a break is seen by F_GETLEASE instead.
BREAK_SIGNAL = signal.SIGURG

SETTLE = 2.0          # seconds a file must stay unchanged when no lease can be taken

BUSY = "another program has the file open for writing (still being copied or uploaded?); not written"
BROKEN = ("another program opened the file for writing while it was being captioned; "
          "not written (try again when the copy is complete)")


def _stat_key(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_ino, st.st_size, st.st_mtime_ns


class Guard:
    """Held from before the write until after the rename: `check()` raises WriteError when
    a writer appeared; `release()` gives the lease back (always call it; idempotent)."""

    def __init__(self, path: Path, *, settle: float = SETTLE):
        self.path = Path(path)
        self.fd = -1
        self.leased = False
        self.settle = settle
        self.key: tuple[int, int, int] | None = None
        self.handed = False     # a group commit releases it (see writer.apply)
        self.stat: os.stat_result | None = None   # the file's fstat through `fd`, when the writer took one

    def acquire(self) -> "Guard":
        try:
            self.fd = os.open(self.path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError as e:
            raise WriteError(self.path, f"could not open: {e.strerror or e}; not written") from None
        try:
            fcntl.fcntl(self.fd, F_SETSIG, BREAK_SIGNAL)
            fcntl.fcntl(self.fd, F_SETLEASE, fcntl.F_RDLCK)
            self.leased = True
        except OSError as e:
            if e.errno in (errno.EAGAIN, errno.EBUSY):
                self.release()
                raise WriteError(self.path, BUSY) from None
            self._settle()          # EINVAL (NFS, SMB, FUSE), EACCES, ENOLCK: no leases here
        return self

    def _settle(self) -> None:
        st = os.fstat(self.fd)
        self.key = _stat_key(st)
        age = time.time() - st.st_mtime_ns / 1e9
        if 0 <= age < self.settle:
            time.sleep(self.settle - age)
            self._same_or_fail(BUSY)

    def _same_or_fail(self, reason: str) -> None:
        try:
            now = _stat_key(os.stat(self.path))
        except OSError:
            now = None
        if now != self.key:
            raise WriteError(self.path, reason)

    def check(self) -> None:
        if self.leased:
            try:
                held = fcntl.fcntl(self.fd, F_GETLEASE)
            except OSError:
                held = fcntl.F_UNLCK
            if held != fcntl.F_RDLCK:
                raise WriteError(self.path, BROKEN)
        elif self.key is not None:
            self._same_or_fail(BROKEN)

    def release(self) -> None:
        if self.fd < 0:
            return
        if self.leased:
            try:
                fcntl.fcntl(self.fd, F_SETLEASE, fcntl.F_UNLCK)
            except OSError:
                pass
            self.leased = False
        os.close(self.fd)
        self.fd = -1

    def __enter__(self) -> "Guard":
        return self.acquire() if self.fd < 0 else self

    def __exit__(self, *exc) -> None:
        self.release()


def guard(path: Path, **kw) -> Guard:
    return Guard(path, **kw).acquire()
