"""Clone-aligned JPEG writes: the new file shares the image data's blocks with the original.

A captioned JPEG is the new header followed by the original scan data, byte for byte (see
`captionist.jpeg`). File systems with reflinks (XFS with reflink=1, Btrfs, ZFS 2.2+, bcachefs,
NFS 4.2 servers that have them) can make the new file point at the original's blocks instead
of copying them, but only whole blocks at the same offset within a block: a clone range must
start at a block boundary in both files (ioctl_ficlonerange(2)).

So the new header is padded until the scan data starts at the same offset modulo the block size
as in the original. The padding goes where the XMP specification puts it: whitespace before
the packet trailer `<?xpacket end="w"?>` (XMP Specification Part 1, 7.3, the XMP packet wrapper), which
every reader skips and which a later in-place edit (Photoshop, ExifTool) can reuse. Then the
file is written as: the header, the bytes up to the source's next block boundary (copied), and
the rest cloned with FICLONERANGE. Where the file system cannot clone (ext4, tmpfs, another
file system than the source's) the rest is copied as before: the result is the same bytes.
"""

from __future__ import annotations

import errno
import fcntl
import os
import struct
from collections.abc import Callable
from pathlib import Path

from . import directcopy, jpeg, timing

# _IOW(0x94, 13, struct file_clone_range) from <linux/fs.h>; the struct is
# {s64 src_fd; u64 src_offset; u64 src_length; u64 dest_offset}. src_length 0 = to the end.
FICLONERANGE = 0x4020940D
_XMP_ID = b"http://ns.adobe.com/xap/1.0/\x00"
_TRAILER = b"<?xpacket end="
_SEGMENT_MAX = 0xFFFF   # a JPEG segment's length field (T.81 B.1.1.4) counts itself, 2 bytes
_DEFAULT_BLOCK = 4096


_BLOCKS: dict[Path, int] = {}


def block_size(folder: Path, cached: bool = False) -> int:
    """The file system's block size at `folder` (the clone granularity of XFS/Btrfs).
    `cached`: the answer of an earlier call for the same folder (a batch asks once a file);
    a stale one costs only the clone, never the bytes (`copy_tail` checks the alignment)."""
    if cached and folder in _BLOCKS:
        return _BLOCKS[folder]
    try:
        size = os.statvfs(folder).f_bsize
    except OSError:
        return _DEFAULT_BLOCK
    # a power of two between 512 B and 1 MiB, or the usual page-sized block
    size = size if 512 <= size <= 1 << 20 and size & (size - 1) == 0 else _DEFAULT_BLOCK
    if len(_BLOCKS) < 4096:
        _BLOCKS[folder] = size
    return size


def _padding(n: int) -> bytes:
    """n bytes of XMP padding: spaces, a newline every 100 bytes (the spec's suggestion)."""
    line = b" " * 99 + b"\n"
    return (line * (n // 100 + 1))[:n]


def align_header(header: bytes, scan_offset: int, block: int) -> bytes:
    """`header` (SOI up to the first SOS) with its XMP padding changed so that
    len(result) % block == scan_offset % block; the header unchanged when that cannot be done
    (no XMP packet with a trailer, or a segment that would outgrow 64 KB). Only whitespace
    inside the packet changes: every metadata value reads the same."""
    need = (scan_offset - len(header)) % block
    if need == 0:
        return header
    found = _xmp_segment(header)
    if found is None:
        return header
    start, end = found
    seg = header[start:end]
    at = seg.rfind(_TRAILER)
    if at < 0:
        return header
    if len(seg) - 2 + need <= _SEGMENT_MAX:
        new_seg = seg[:at] + _padding(need) + seg[at:]
    else:
        # No room to grow: give back `block - need` bytes of the padding already there.
        drop = block - need
        body_end = at
        while body_end > 0 and seg[body_end - 1] in b" \t\r\n":
            body_end -= 1
        if at - body_end < drop:
            return header
        new_seg = seg[:at - drop] + seg[at:]
    new_seg = new_seg[:2] + struct.pack(">H", len(new_seg) - 2) + new_seg[4:]
    return header[:start] + new_seg + header[end:]


def _xmp_segment(header: bytes) -> tuple[int, int] | None:
    """(start, end) of the main XMP APP1 segment in a header, or None. The header's segments
    as the write's other steps walked them (`jpeg.segments`: no fill bytes, no standalone
    markers, as exiv2 lays a header out)."""
    pos = 2
    for seg in jpeg.segments(header) or ():
        if seg[1] == 0xE1 and seg[4:4 + len(_XMP_ID)] == _XMP_ID:
            return pos, pos + len(seg)
        pos += len(seg)
    return None


def clone_range(src_fd: int, dst_fd: int, src_offset: int, dst_offset: int, length: int = 0) -> bool:
    """Share `length` bytes (0: to the source's end) of src at src_offset into dst at
    dst_offset. True when the file system cloned them; False when it cannot (not a reflink
    file system, two file systems, unaligned offsets), and nothing was written then."""
    arg = struct.pack("=qQQQ", src_fd, src_offset, length, dst_offset)
    try:
        with timing.span("write: clone ioctl"):
            fcntl.ioctl(dst_fd, FICLONERANGE, arg)
    except OSError as e:
        if e.errno in (errno.EOPNOTSUPP, errno.ENOTTY, errno.EXDEV, errno.EINVAL, errno.ENOSYS,
                       errno.EBADF, errno.EPERM, errno.ETXTBSY, errno.EISDIR):
            return False
        raise
    return True


def copy_tail(src_fd: int, dst_fd: int, offset: int, count: int,
              copy: Callable[[int, int, int, int], None], src_size: int | None = None,
              leased: bool = False) -> bool:
    """Append src[offset:offset + count] (the source's end) to dst at its current position:
    the part up to the source's next block boundary with `copy`, the rest cloned when the two
    positions agree modulo the block size and the file system can clone, else with `copy`.
    `src_size`: the source's size when the caller has just taken it. Returns whether the bulk
    was cloned. Where it cannot be cloned, the aligned bulk is written with O_DIRECT
    (`captionist.directcopy`; `leased`: src_fd holds the lease, so it may be mapped)."""
    dst_pos = os.lseek(dst_fd, 0, os.SEEK_CUR)
    try:
        block = os.fstatvfs(dst_fd).f_bsize or _DEFAULT_BLOCK
    except OSError:
        block = _DEFAULT_BLOCK
    if count <= 0 or (dst_pos - offset) % block:
        copy(src_fd, dst_fd, offset, count)
        return False
    head = min((-offset) % block, count)
    if head:
        copy(src_fd, dst_fd, offset, head)
    offset, dst_pos, rest = offset + head, dst_pos + head, count - head
    size = os.fstat(src_fd).st_size if src_size is None else src_size
    if rest and offset + rest == size and clone_range(src_fd, dst_fd, offset, dst_pos):
        os.lseek(dst_fd, dst_pos + rest, os.SEEK_SET)
        return True
    done = directcopy.copy_aligned(src_fd, dst_fd, offset, dst_pos, rest, block, leased=leased) if rest else 0
    os.lseek(dst_fd, dst_pos + done, os.SEEK_SET)
    copy(src_fd, dst_fd, offset + done, rest - done)
    return False
