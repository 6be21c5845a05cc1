"""One `syncfs(2)` for a group of written files instead of one `fsync(2)` each (issue 14; chosen
with CAPTIONIST_GROUP_SYNC=syncfs, see `files.GROUP_SYNC` for why it is not the default).

A group commit (`files.GroupCommit`) must have every temp file's data and inode on disk before
it renames any of them. `syncfs(fd)` writes back every dirty page and inode of the file system
holding `fd` and waits for them, then commits the journal (XFS: a log force; ext4: a jbd2
commit; Btrfs: a transaction commit): one call does for the whole group what the per-file
fsyncs did, with one log write instead of many, and no thread per pending fsync.

Errors: since Linux 5.8 `syncfs` reports a writeback error of any file of the file system
that happened after `fd` was opened (the superblock's error sequence, sampled at open;
commit 735e4ae5ba28 "vfs: track per-sb writeback errors and report them to syncfs"). Before
5.8 it always returned 0, so `available()` is False there and the caller fsyncs each file.
An error does not say which file failed: the caller then fsyncs each file, whose own error
sequence (sampled when its descriptor was opened, before it was written) says which.

The cost: the file system's other dirty data (another program's writes) is written back too,
which may make the commit wait longer on a busy shared file system; it is never less safe.
"""

from __future__ import annotations

import ctypes
import os

_MIN_KERNEL = (5, 8)


def _kernel() -> tuple[int, int]:
    try:
        parts = os.uname().release.split(".")
        return int(parts[0]), int("".join(c for c in parts[1] if c.isdigit()) or 0)
    except (ValueError, IndexError, AttributeError):
        return (0, 0)


def _load():
    if not hasattr(os, "uname") or os.uname().sysname != "Linux" or _kernel() < _MIN_KERNEL:
        return None
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.syncfs
    except (OSError, AttributeError):
        return None
    fn.argtypes, fn.restype = [ctypes.c_int], ctypes.c_int
    return fn


_syncfs = _load()


def available() -> bool:
    """Whether `sync` reports writeback errors (Linux 5.8+ with a libc that has syncfs)."""
    return _syncfs is not None


def sync(fd: int) -> None:
    """syncfs(2) on the file system holding `fd`; OSError on a writeback or journal error
    since `fd` was opened."""
    if _syncfs is None:
        raise OSError(38, "syncfs is not available")     # ENOSYS
    if _syncfs(fd) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))
