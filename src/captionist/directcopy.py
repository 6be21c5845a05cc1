"""The copy where the file system cannot clone (ext4 and others): written with O_DIRECT.

A captioned JPEG's image data is the original's, at the same offset modulo the block size
(`captionist.clone` pads the header for that). Where FICLONERANGE fails, `copy_file_range`
copied it through the page cache: the kernel allocated 9.4 MB of new pages a bench photo,
copied into them, marked them dirty, and the group's fsync wrote them back: 4.4 ms of kernel
CPU a file for the copy and 0.6 for the fsync (ext4 on the VM's disk, 60 files, load 18),
two thirds of a captioned file's CPU on ext4 (issue 14). Written with O_DIRECT from the
original's pages instead (an mmap of the source, which the read left in the page cache), the
device reads the data from those pages: no new pages, no copy, no dirty pages for the fsync
to find: 1.2 ms for the copy and 0.2 for the fsync (`bench/copy_cpu.py`).

Only the block-aligned part is written this way (O_DIRECT wants the file offset, the length
and the buffer aligned to the device's block); the last partial block goes through the page
cache as before. The fsync before the rename is unchanged: it makes the size and the extents
durable, and flushes the device's write cache, which an O_DIRECT write may still sit in
(open(2), O_DIRECT: "does not guarantee that the data and metadata are persisted").

The source is mapped only under the lease (`captionist.leases`): a program that would
truncate it must break the lease first and waits for it, so the mapping cannot lose pages
under the copy (which would be a SIGBUS). Without a lease the data is read into an aligned
buffer first (one copy in user space, still no new page-cache pages). A file system that
refuses O_DIRECT (EINVAL) leaves the copy to the caller, from where this stopped.

Only on local block file systems (`_LOCAL`, by the destination's device in mountinfo): on NFS
4.2, SMB 3 or Ceph `copy_file_range` asks the server to copy, and nothing crosses the network,
which an O_DIRECT write from here would undo; on tmpfs the page cache is the storage.
"""

from __future__ import annotations

import errno
import fcntl
import os

_CHUNK = 8 << 20            # bytes a write: large writes are what O_DIRECT is cheap for
_MIN = 1 << 20              # below this the page cache's copy is cheap and a synchronous write not
# CAPTIONIST_DIRECT_COPY=0: the page cache's copy as before (to pair the two, bench/copy_cpu.py)
ON = os.environ.get("CAPTIONIST_DIRECT_COPY", "1") != "0"
_REFUSED = (errno.EINVAL, errno.EOPNOTSUPP, errno.ENOTSUP, errno.ENOSYS)
O_DIRECT = getattr(os, "O_DIRECT", 0)


_LOCAL = frozenset({"ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs"})
_FS_TYPES: dict[int, str] = {}      # st_dev -> file system type, from /proc/self/mountinfo


def _fs_type(dev: int) -> str:
    """The type of the file system on device `dev` ("" when not found): mountinfo's line for
    its major:minor (proc(5): field 3, and the type after the " - " separator)."""
    if dev not in _FS_TYPES:
        want, found = f"{os.major(dev)}:{os.minor(dev)}", ""
        try:
            with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as f:
                for line in f:
                    fields = line.split()
                    if len(fields) > 2 and fields[2] == want and " - " in line:
                        found = line.split(" - ", 1)[1].split()[0]
                        break
        except OSError:
            pass
        _FS_TYPES[dev] = found
    return _FS_TYPES[dev]


def copy_aligned(src_fd: int, dst_fd: int, offset: int, dst_pos: int, count: int, block: int, *,
                 leased: bool) -> int:
    """Write src[offset:offset + count] at dst_pos with O_DIRECT, in whole `block`s (both
    offsets are multiples of it); returns the bytes written (0 when O_DIRECT is refused, less
    than `count` for the last partial block or a refusal midway): the caller copies the rest.
    `leased`: src_fd holds a read lease, so the source may be mapped."""
    whole = count // block * block
    if not (ON and O_DIRECT) or whole < _MIN or offset % block or dst_pos % block:
        return 0
    if _fs_type(os.fstat(dst_fd).st_dev) not in _LOCAL:
        return 0
    flags = fcntl.fcntl(dst_fd, fcntl.F_GETFL)
    try:
        fcntl.fcntl(dst_fd, fcntl.F_SETFL, flags | O_DIRECT)
    except OSError as e:
        if e.errno in _REFUSED:
            return 0
        raise
    import mmap     # a worker's, on its first big file: a one-file embed's start-up stays without it
    done = 0
    try:
        if leased:
            with mmap.mmap(src_fd, offset + whole, access=mmap.ACCESS_READ) as m, memoryview(m) as view:
                while done < whole:
                    n = min(_CHUNK, whole - done)
                    done += os.pwrite(dst_fd, view[offset + done:offset + done + n], dst_pos + done)
        else:
            with mmap.mmap(-1, min(_CHUNK, whole)) as buf, memoryview(buf) as view:
                while done < whole:
                    n = os.preadv(src_fd, [view[:min(_CHUNK, whole - done)]], offset + done)
                    if n <= 0:
                        break
                    n -= n % block          # a short read's partial block: the caller's
                    if n == 0:
                        break
                    done += os.pwrite(dst_fd, view[:n], dst_pos + done)
    except OSError as e:
        if e.errno not in _REFUSED:
            raise
        done -= done % block
    finally:
        fcntl.fcntl(dst_fd, fcntl.F_SETFL, flags)
    return done
