"""Is a file's end there yet? Whether an image still being copied has arrived whole, read
from its own end markers: a JPEG's EOI (FF D9, ITU-T T.81 B.2.1) after its main image, with
the trailers cameras append recognised as whole (a motion photo's MP4, ISO/IEC 14496-12 boxes
that tile to the end of the file; Samsung's trailer ending in `SEFT`), and a PNG's IEND chunk
(PNG spec 11.2.5). The daemon waits for `looks_complete` and fails a file `missing_end` names
as truncated.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import jpeg

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _mp4_fills(f, start: int, size: int) -> bool:
    """True when an MP4/QuickTime file starts at `start` (an `ftyp` box) and its top-level
    boxes end exactly at `size` (so a half-copied video does not pass)."""
    f.seek(start)
    if f.read(8)[4:8] != b"ftyp":
        return False
    pos = start
    while pos < size:
        f.seek(pos)
        box = f.read(16)
        if len(box) < 8:
            return False
        n = int.from_bytes(box[:4], "big")
        if n == 1:                      # 64-bit size follows the type
            if len(box) < 16:
                return False
            n = int.from_bytes(box[8:16], "big")
        elif n == 0:                    # the last box, to the end of the file
            return True
        if n < 8:
            return False
        pos += n
    return pos == size


def looks_complete(path: Path) -> bool:
    """False for a JPEG or PNG whose end is not there yet (a copy still going on).

    A PNG is complete when it ends with its IEND chunk. A JPEG is complete when it ends with
    EOI (FF D9), which covers MPO files (their extra images follow the first one's EOI and
    end with their own), or when its main image's EOI is followed by a trailer of a kind we
    recognise as whole: an MP4 (`ftyp`) whose boxes end exactly at the end of the file (Google
    and other motion photos), or Samsung's trailer, which ends with `SEFT`. Anything else
    after EOI waits for `incomplete_timeout` and is then taken as it is."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
            if jpeg.is_jpeg(head):
                size = os.fstat(f.fileno()).st_size
                f.seek(-4, os.SEEK_END)
                tail = f.read(4)
                if tail[-2:] == jpeg.EOI:
                    return True
                end = jpeg.image_end(f)
                if end is None:
                    return False
                return tail == b"SEFT" or _mp4_fills(f, end, size)
            if head == PNG_SIGNATURE:
                f.seek(-8, os.SEEK_END)
                return f.read(4) == b"IEND"
    except OSError:
        return False
    return True


def missing_end(path: Path) -> str | None:
    """What a JPEG or PNG lacks when its end is nowhere in the file (it is truncated): "no JPEG
    end marker (FF D9)" or "no PNG IEND chunk"; None when it has one (data after it is fine)
    or is another kind of file."""
    try:
        with open(path, "rb") as f:
            head = f.read(8)
            if jpeg.is_jpeg(head):
                return None if jpeg.image_end(f) is not None else "no JPEG end marker (FF D9)"
            if head == PNG_SIGNATURE:
                size, pos = os.fstat(f.fileno()).st_size, 8
                while pos + 8 <= size:
                    f.seek(pos)
                    chunk = f.read(8)
                    if chunk[4:8] == b"IEND":
                        return None
                    pos += 12 + int.from_bytes(chunk[:4], "big")
                return "no PNG IEND chunk"
    except OSError:
        return None
    return None
