"""What a CLI journal row keeps of a written file, so that undo can tell an edited file.

The daemon hashes whole files (sha256): it reads them anyway. `captionist embed` does not: the
JPEG writer never reads the image data, the kernel clones or copies it (see `captionist.clone`),
and hashing 10 MB costs 5 ms of CPU (SHA extensions), more than the whole write. For a JPEG the
metadata lives only in the segments before the first SOS (ITU-T T.81 annex B, see
`captionist.jpeg`), and that is all an undo rewrites; so the row keeps the sha256 of those
bytes and the file's size, `jpeg-header-sha256:<hex>:<size>`. A caption edited since (by any
tool) changes the header; a file re-encoded, cut or extended since changes the header or the
size. What it does not see, an edit of the image data in place that keeps the size, an undo
would keep as well: undo only puts back metadata. Every other format keeps the whole file's
sha256, as the daemon does.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from . import jpeg

JPEG_PREFIX = "jpeg-header-sha256:"


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


def _jpeg_header(path: Path) -> str | None:
    with open(path, "rb") as f:
        if not jpeg.is_jpeg(f.read(3)):
            return None
        try:
            head = jpeg.read_header(f)
        except jpeg.JpegError:
            return None
        f.seek(0, 2)
        size = f.tell()
    return _form(head, size)


def _form(head: jpeg.Header, size: int) -> str:
    digest = hashlib.sha256(head.header + head.sos_segment).hexdigest()
    return f"{JPEG_PREFIX}{digest}:{size}"


def of_written_jpeg(start: bytes, size: int) -> str | None:
    """The fingerprint `of` gives a JPEG of `size` bytes that begins with `start` (its header
    and SOS segment, as the writer just wrote them): the journal row then needs no second read
    of the file (issue 14). None when `start` does not hold a whole header."""
    try:
        return _form(jpeg.parse_header(start), size)
    except jpeg.JpegError:
        return None


def of_header(header: bytes, sos_segment: bytes, size: int) -> str:
    """`of_written_jpeg` for a header the writer has walked already (its segments, then the
    SOS segment it keeps): the same digest, without walking it once more (issue 14)."""
    return _form(jpeg.Header(header, sos_segment, len(header)), size)


def of(path: Path) -> str:
    """The fingerprint of `path` as written: the header form for a JPEG, else the sha256."""
    return _jpeg_header(Path(path)) or sha256_file(path)


def matches(stored: str, path: Path, full: str | None = None) -> bool:
    """Whether `path` is still the file `stored` (a journal's sha256_out) was taken of. `full`:
    the file's sha256 when the caller has it already (daemon rows keep whole-file hashes)."""
    if stored.startswith(JPEG_PREFIX):
        return _jpeg_header(Path(path)) == stored
    return (full or sha256_file(path)) == stored
