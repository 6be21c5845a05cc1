"""Safe file writing: a temp file in the target folder, fsync, then an atomic rename.

POSIX `rename(2)` replaces the target atomically, so a reader (or a crash) sees either the old
file or the complete new one, never a half-written one. The temp file lives in the target's
own folder (a rename across file systems is a copy, not atomic) and is fsynced before the
rename, and the folder after it, so the new name survives a power cut (ext4/xfs semantics).
Whatever fails (disk full, permission, a signal) the temp file is removed and the original is
left as it was.
"""

from __future__ import annotations

import atexit
import errno
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Union

from . import clone, fssync, fsyncer, timing
from .errors import WriteError
from .tempfiles import TEMP_MARK, owner_mark

# A part of the new file: bytes, or a (source path, offset) whose bytes from offset to the end
# are copied by the kernel (copy_file_range), never through Python.
Part = Union[bytes, tuple[Path, int]]


# Replacing a file drops the last link to the old one, and the file system then frees its
# blocks and page cache inside rename(2) (2-3 ms for 10 MB on ext4). Holding the old file open
# across the rename moves that work to the close, which a background thread does, off the
# critical path. A bounded number of closes may be pending; the writer waits beyond that.
_reaper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="captionist-reaper")
_pending = threading.BoundedSemaphore(64)
atexit.register(_reaper.shutdown, wait=True)


def _fresh_pools_in_child() -> None:
    """After fork(2) the child has none of the parent's pool threads, but a pool object that
    believes it has (it would queue work no thread takes): a batch worker process (see
    `captionist.parallel`) starts its own pool."""
    global _reaper, _pending
    _reaper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="captionist-reaper")
    _pending = threading.BoundedSemaphore(64)
    GroupCommit._syncer = ThreadPoolExecutor(max_workers=SYNC_THREADS, thread_name_prefix="captionist-fsync")


# fsyncs in flight at once. A journaling file system commits the fsyncs that wait together in
# one log write (XFS log force, ext4/jbd2 commit, a Btrfs log tree sync), so more of them in
# flight cost fewer log writes: 300 cloned files on XFS wait 0.3 ms a file at commit with 8,
# 0.5 ms with 2. The same fsyncs one after the other, with their writeback started as each
# file was written, waited 5-10x longer on loop-mounted XFS and Btrfs under load (issue 14:
# each found its own log force to do), so the group keeps them concurrent.
SYNC_THREADS = 8

# How a group's temps reach the disk before their renames: "fsync" (the default), each temp
# fsynced in a background thread as soon as it is written; or "syncfs"
# (CAPTIONIST_GROUP_SYNC=syncfs, Linux 5.8+), one syncfs(2) per file system at commit (see
# `captionist.fssync`). syncfs costs less CPU in this process (no threads; ext4's writeback of
# the copied bytes is done by the kernel's flusher instead), but in paired 300-file runs on
# loop XFS under load the workers then waited 2-3x longer for a CPU and the run took longer
# (docs/architecture.md, "Group commit and crashes"), so it is not the default.
# "helper" (CAPTIONIST_GROUP_SYNC=helper): each temp's descriptor is handed to a helper process
# that fsyncs it, out of this interpreter (`captionist.fsyncer`).
_CHOSEN = os.environ.get("CAPTIONIST_GROUP_SYNC", "")
GROUP_SYNC = "syncfs" if _CHOSEN == "syncfs" and fssync.available() else "helper" if _CHOSEN == "helper" \
    else "fsync"


def _release_later(*fds: int) -> None:
    """Close `fds` in the reaper thread (one hand-over for a whole group: each wakes a thread
    that then competes for the interpreter lock)."""
    _pending.acquire()

    def close() -> None:
        try:
            for fd in fds:
                try:
                    os.close(fd)
                except OSError:
                    pass
        finally:
            _pending.release()
    try:
        _reaper.submit(close)
    except RuntimeError:  # interpreter shutting down
        close()


# Most file systems cap a name at 255 bytes; the temp name adds ~30 to the target's.
_NAME_MAX = 255


def temp_name(target: Path) -> Path:
    # the owner (pid and machine tag) lets a later run tell an orphan from a live temp
    tail = f".{owner_mark()}-{os.urandom(4).hex()}{TEMP_MARK}"
    room = _NAME_MAX - 1 - len(tail.encode())
    stem = os.fsencode(target.name)[:room]
    # cut on a character boundary (names are UTF-8 here, or surrogate-escaped bytes)
    name = os.fsdecode(stem.decode("utf-8", "ignore").encode("utf-8")) if stem != os.fsencode(target.name) else target.name
    return target.with_name(f".{name}{tail}")


def is_temp(path: Path) -> bool:
    return path.name.endswith(TEMP_MARK)


def _copy_range(src_fd: int, dst_fd: int, offset: int, count: int) -> None:
    """Copy `count` bytes of src from `offset` to dst's current position."""
    remaining = count
    try:
        while remaining > 0:
            n = os.copy_file_range(src_fd, dst_fd, remaining, offset)
            if n == 0:
                break
            offset += n
            remaining -= n
    except OSError as e:
        if e.errno not in (errno.EXDEV, errno.ENOSYS, errno.EOPNOTSUPP, errno.EINVAL):
            raise
        os.lseek(src_fd, offset, os.SEEK_SET)
        while remaining > 0:
            chunk = os.read(src_fd, min(remaining, 1 << 20))
            if not chunk:
                break
            os.write(dst_fd, chunk)
            remaining -= len(chunk)
    if remaining:
        raise OSError(errno.EIO, "source file shrank while copying")


def atomic_write(target: Path, parts: Iterable[Part], *, mode_from: Path | None = None,
                 fsync: bool = True, group: "GroupCommit | None" = None,
                 check: Callable[[], None] | None = None, replace: bool = True,
                 done: Callable[[], None] | None = None, opened: dict | None = None) -> int:
    """Write `parts` to `target` atomically; returns the number of bytes written.

    With a `group`, the temp file is written and handed to the group, which syncs and renames
    it (with the others) on `commit()`. `check` runs just before the rename and may raise to
    cancel it (the source changed meanwhile, say). `done` runs once the write is over, renamed
    or not (it releases the lease on the original, see `captionist.leases`). `replace=False`
    (output folders): an existing `target` is never overwritten; the write fails instead.
    `opened`: {source: (descriptor, its fstat or None[, leased])} the caller holds (the lease's, see
    `captionist.leases`): read from, not opened again (issue 14); it stays open."""
    target = target if isinstance(target, Path) else Path(target)
    if replace and target.is_symlink():
        # In place through a symlink: write the file it names (in that file's folder, so the
        # rename stays atomic) and keep the link; replacing the link with a regular file would
        # leave the linked original uncaptioned and the two silently different.
        target = Path(os.path.realpath(target))
    tmp = temp_name(target)
    fd = -1
    if not replace and (target.exists() or (group is not None and target in group.reserved)):
        raise WriteError(target, "already exists in the output folder; not overwritten")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o644)
        total = 0
        st = None       # mode_from's stat, when it is a part's source (one stat less a file)
        for part in parts:
            if isinstance(part, (bytes, bytearray, memoryview)):
                view = memoryview(part)
                while view:
                    n = os.write(fd, view)
                    view = view[n:]
                    total += n
            else:
                src, offset = part
                held, sst, *leased = opened.get(src, (-1, None)) if opened else (-1, None)
                sfd = held if held >= 0 else os.open(src, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
                try:
                    sst = sst or os.fstat(sfd)
                    if src == mode_from:
                        st = sst
                    count = sst.st_size - offset
                    # block-aligned tails are cloned where the file system shares extents
                    clone.copy_tail(sfd, fd, offset, count, _copy_range, src_size=sst.st_size, leased=bool(leased and leased[0]))
                    total += count
                finally:
                    if sfd != held:
                        os.close(sfd)
        new = os.fstat(fd)
        if new.st_size != total:
            raise OSError(errno.EIO, f"wrote {new.st_size} bytes, expected {total}")
        if mode_from is not None:
            try:
                st = st or os.stat(mode_from)
            except OSError:
                st = None
            # (each change is a journal transaction: made only when the new file differs)
            if st is not None and replace and (new.st_uid, new.st_gid) != (st.st_uid, st.st_gid):
                # The new file replaces the old one: keep its owner and group too (possible as
                # root, or for the group when we are a member); else the best we can.
                for uid in (st.st_uid, -1):
                    try:
                        os.fchown(fd, uid, st.st_gid)
                        break
                    except OSError:
                        continue
            if st is not None and (new.st_mode & 0o7777) != (st.st_mode & 0o7777):
                try:
                    os.fchmod(fd, st.st_mode & 0o7777)
                except OSError:
                    pass
        if group is not None:
            group.add(tmp, target, total, check, replace, done, fd=fd)
            fd = -1         # the group syncs and closes it
            done = None     # the group calls it
            return total
        if fsync:
            os.fsync(fd)
        os.close(fd)
        fd = -1
        if check is not None:
            check()
        _publish(tmp, target, replace)
        if fsync:
            fsync_dir(target.parent)
        return total
    except BaseException as e:
        if done is not None:
            done()
            done = None
        if fd >= 0:
            os.close(fd)
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            reason = "disk full" if e.errno == errno.ENOSPC else (e.strerror or str(e))
            raise WriteError(target, f"could not write: {reason}; the original is unchanged") from e
        raise
    finally:
        if done is not None:
            done()


def _publish(tmp: Path, target: Path, replace: bool, olds: list[int] | None = None) -> None:
    """Put the finished temp file at `target`: rename over it, or (replace=False) link it
    there, which fails when the name is taken (link(2) never overwrites), then drop the temp.
    `olds`: collects the replaced files' descriptors for the caller to release (see `_replace`)."""
    if replace:
        _replace(tmp, target, olds)
        return
    try:
        os.link(tmp, target)
    except FileExistsError:
        raise WriteError(target, "already exists in the output folder; not overwritten") from None
    os.unlink(tmp)


def _replace(tmp: Path, target: Path, olds: list[int] | None = None) -> None:
    try:
        old = os.open(target, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        old = -1
    try:
        os.replace(tmp, target)
    finally:
        if old >= 0:
            if olds is not None:
                olds.append(old)
            else:
                _release_later(old)


def _fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _timed_fsync(fd: int) -> None:
    with timing.span("fsync (thread)"):
        os.fsync(fd)


class GroupCommit:
    """Group commit for runs over many files (issue 14). `commit()` puts every temp file of
    the group on disk, by one syncfs(2) per file system (`GROUP_SYNC` "syncfs") or by waiting
    for the fsync each got in a background thread as soon as it was written, through the
    descriptor it was written with ("fsync"); only then renames each file over its target,
    then fsyncs each folder once, and hands the replaced files to the reaper in one go. Every
    rename still comes after its data is on disk, so the guarantee of `atomic_write` holds (a
    crash leaves the original or the complete new file; see docs/architecture.md, "Group
    commit and crashes")."""

    _syncer = ThreadPoolExecutor(max_workers=SYNC_THREADS, thread_name_prefix="captionist-fsync")

    def __init__(self, max_files: int = 64, max_bytes: int = 1 << 30):
        self.max_files, self.max_bytes = max_files, max_bytes
        self.pending: list[tuple[Path, Path, Callable[[], None] | None, bool]] = []
        self.dones: list[Callable[[], None] | None] = []
        self.fds: list[int] = []
        self.syncs: list = []
        self.bytes = 0
        self.reserved: set[Path] = set()   # targets of pending writes (two files, one name)
        self.by_syncfs = GROUP_SYNC == "syncfs"
        self.by_helper = GROUP_SYNC == "helper"

    def add(self, tmp: Path, target: Path, size: int, check: Callable[[], None] | None,
            replace: bool = True, done: Callable[[], None] | None = None, fd: int | None = None) -> None:
        """Take a written temp file; `fd`, open on it, is the group's to fsync and close."""
        if fd is None:
            fd = os.open(tmp, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
        self.pending.append((tmp, target, check, replace))
        self.dones.append(done)
        self.fds.append(fd)
        self.reserved.add(target)
        if self.by_helper:
            helper = fsyncer.get()
            self.syncs.append((helper, helper.send(fd)))    # a number None: fsynced at commit
        elif not self.by_syncfs:
            self.syncs.append(self._syncer.submit(_timed_fsync, fd))
        self.bytes += size

    @property
    def full(self) -> bool:
        return len(self.pending) >= self.max_files or self.bytes >= self.max_bytes

    def commit(self) -> dict[Path, WriteError]:
        """Sync, then rename each pending file; returns the targets that failed and why."""
        failed: dict[Path, WriteError] = {}
        if not self.pending:
            return failed
        for target, e in (self._syncfs() if self.by_syncfs else self._wait_fsyncs()):
            reason = "disk full" if e.errno == errno.ENOSPC else (e.strerror or str(e))
            failed[target] = WriteError(target, f"could not write: {reason}; the original is unchanged")
        with timing.span("commit: temps closed"):
            self._close_fds()
        folders = set()
        olds: list[int] = []
        try:
            for tmp, target, check, replace in self.pending:
                if target in failed:
                    _unlink(tmp)
                    continue
                try:
                    if check is not None:
                        check()
                    with timing.span("commit: rename"):
                        _publish(tmp, target, replace, olds)
                    folders.add(target.parent)
                except (OSError, WriteError) as e:
                    _unlink(tmp)
                    failed[target] = e if isinstance(e, WriteError) else WriteError(target, f"could not rename: {e}")
            for folder in folders:
                with timing.span("commit: fsync folder"):
                    fsync_dir(folder)
        except BaseException:
            if olds:
                _release_later(*olds)
            raise
        # The leases go first, while `olds` still hold the replaced files: the close of a lease's
        # descriptor is then never the last one, which frees the old file's blocks (on XFS a
        # reflinked file's refcount update, 0.1 ms a file) here rather than in the reaper.
        with timing.span("commit: leases released"):
            self._done()
        if olds:
            _release_later(*olds)
        self.pending.clear()
        self.syncs.clear()
        self.reserved.clear()
        self.bytes = 0
        return failed

    def _wait_fsyncs(self) -> list[tuple[Path, OSError]]:
        if self.by_helper:
            with timing.span("commit: wait for fsyncs"):
                return [(self.pending[i][1], e) for i, e in fsyncer.settle(self.syncs, self.fds)]
        errors = []
        for (_, target, _, _), sync in zip(self.pending, self.syncs):
            try:
                with timing.span("commit: wait for fsyncs"):
                    sync.result()
            except OSError as e:
                errors.append((target, e))
        return errors

    def _syncfs(self) -> list[tuple[Path, OSError]]:
        """One syncfs per file system the temps are on, through the first temp's descriptor
        there (opened before any of the group's writes on it, so an error of any of them is
        reported, see `captionist.fssync`). After an error, each temp of that file system is
        fsynced on its own, which tells the failed ones from the others."""
        by_dev: dict[int, list[int]] = {}
        for i, fd in enumerate(self.fds):
            by_dev.setdefault(os.fstat(fd).st_dev, []).append(i)
        errors = []
        for members in by_dev.values():
            try:
                with timing.span("commit: syncfs"):
                    fssync.sync(self.fds[members[0]])
                continue
            except OSError:
                pass
            for i in members:
                try:
                    os.fsync(self.fds[i])
                except OSError as e:
                    errors.append((self.pending[i][1], e))
        return errors

    def _close_fds(self) -> None:
        for fd in self.fds:
            try:
                os.close(fd)
            except OSError:
                pass
        self.fds.clear()

    def _done(self) -> None:
        _run_dones(self.dones)
        self.dones.clear()

    def abort(self) -> None:
        if self.by_helper:          # the helper holds descriptors of its own: nothing to wait for
            self.syncs.clear()
        for sync in self.syncs:
            sync.cancel()
        for sync in self.syncs:     # one already running holds its descriptor: it ends first
            try:
                sync.result()
            except BaseException:  # noqa: BLE001 - cancelled, or a failed sync: the temp goes anyway
                pass
        self.syncs.clear()
        self._close_fds()
        for tmp, _, _, _ in self.pending:
            _unlink(tmp)
        self._done()
        self.pending.clear()
        self.reserved.clear()
        self.bytes = 0


os.register_at_fork(after_in_child=_fresh_pools_in_child)


def _run_dones(dones: list) -> None:
    for done in dones:
        if done is not None:
            try:
                done()
            except Exception:  # noqa: BLE001 - releasing a lease must not stop the others
                pass


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def fsync_dir(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)


def remove_stale_temps(folder: Path, min_age: float = 0.0) -> list[Path]:
    """Temp files left by a killed process (never complete files: they were not renamed).
    With `min_age`, only those older than that many seconds (a live writer's are younger)."""
    removed = []
    now = time.time()
    try:
        for p in Path(folder).glob(f".*{TEMP_MARK}"):
            try:
                if min_age and now - p.stat().st_mtime <= min_age:
                    continue
                p.unlink()
                removed.append(p)
            except OSError:
                pass
    except OSError:
        pass
    return removed


def unique_path(folder: Path, name: str) -> Path:
    """`folder/name`, or `folder/stem-2.ext`, `-3`... so nothing is ever overwritten."""
    candidate = folder / name
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}{suffix}"
        n += 1
    return candidate
