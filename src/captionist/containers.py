"""Is this camera file whole? A structural check of the container before it gets a sidecar.

HEIC/AVIF (and Canon CR3) files are ISO BMFF (ISO/IEC 14496-12, 4.2): a sequence of boxes, each
`size` (32-bit, 1 = a 64-bit size follows, 0 = to the end of the file) and a 4-character
type, that tiles the file exactly. HEIF (ISO/IEC 23008-12) keeps its items' data places in
the `meta` box's `iloc` (14496-12, 8.11.3): each extent must lie inside the file.

DNG, CR2, NEF, ARW, RW2 and ORF are TIFF (TIFF 6.0, section 2): a header with the byte order,
a magic number (42; Panasonic 0x55, Olympus 0x4F52/0x5352) and the offset of IFD0; IFDs of
12-byte entries whose out-of-line values, strips and SubIFDs must lie inside the file. RAF
has a Fujifilm header whose offsets (JPEG preview, CFA header, CFA data) must do the same.

A file cut in transfer or damaged fails here with the reason; captionist will not stand a
sidecar beside a photo nobody can open.
"""

from __future__ import annotations

import struct
from pathlib import Path

from .errors import ReadError

MAX_IFDS = 256
MAX_ENTRIES = 4096
TIFF_MAGIC = {42, 0x55, 0x4F52, 0x5352}
# TIFF field types (TIFF 6.0 section 2, plus BigTIFF-less EXIF additions): bytes per value
TYPE_SIZE = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}
SUBIFD_TAGS = {0x014A, 0x8769, 0x8825, 0xA005}    # SubIFDs, Exif, GPS, Interoperability
STRIPS = ((0x0111, 0x0117), (0x0144, 0x0145), (0x0201, 0x0202))   # strips, tiles, JPEG preview


class Corrupt(Exception):
    pass


# RAW formats by extension: TIFF-based ones, ISO BMFF (CR3), Fujifilm's own header
TIFF_RAW = {".dng", ".cr2", ".nef", ".nrw", ".arw", ".srf", ".sr2", ".rw2", ".rwl", ".orf", ".pef", ".srw",
            ".3fr", ".erf", ".kdc", ".iiq"}


def check(path: Path, kind: str, data: bytes | None = None) -> list[str]:
    """Raise ReadError naming what is wrong when `path` is not a whole container; returns
    warnings (image data of a TIFF-based RAW past the end of the file: metadata complete,
    the picture cut, as in trimmed sample files)."""
    if data is None:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as e:
            raise ReadError(path, e.strerror or str(e)) from None
    ext = Path(path).suffix.lower()
    notes: list[str] = []
    try:
        if data[4:8] == b"ftyp" or kind == "heif" or ext == ".cr3":
            if data[4:8] != b"ftyp":
                raise Corrupt("no ISO BMFF 'ftyp' box at the start")
            check_bmff(data)
        elif data[:8] == b"FUJIFILM" or ext == ".raf":
            check_raf(data)
        elif data[:2] in (b"II", b"MM") or ext in TIFF_RAW:
            check_tiff(data, notes=notes)
        # other RAW formats (X3F, MRW...): no structure known here; exiv2 decides
    except Corrupt as e:
        raise ReadError(path, f"the file is damaged or incomplete ({e}); no sidecar written") from None
    return notes


# --------------------------------------------------------------------------- ISO BMFF

def _boxes(data: bytes, start: int, end: int, where: str):
    pos = start
    while pos < end:
        if end - pos < 8:
            raise Corrupt(f"{end - pos} stray bytes at offset {pos} of {where}")
        size, kind = struct.unpack_from(">I4s", data, pos)
        head = 8
        if size == 1:
            if end - pos < 16:
                raise Corrupt(f"box {kind!r} at offset {pos} is cut short")
            size = struct.unpack_from(">Q", data, pos + 8)[0]
            head = 16
        elif size == 0:
            size = end - pos
        if size < head:
            raise Corrupt(f"box {kind!r} at offset {pos} has an impossible size {size}")
        if pos + size > end:
            raise Corrupt(f"box {kind.decode('latin-1')!r} at offset {pos} needs {size} bytes, "
                          f"{where} has {end - pos} left")
        yield kind, pos + head, pos + size
        pos += size


def check_bmff(data: bytes) -> None:
    boxes = list(_boxes(data, 0, len(data), "the file"))
    kinds = [k for k, _, _ in boxes]
    if kinds[0] != b"ftyp":
        raise Corrupt("the first box is not 'ftyp'")
    brand = data[8:12]
    if brand == b"crx ":
        if b"moov" not in kinds:
            raise Corrupt("no 'moov' box (Canon CR3)")
        return
    if b"meta" not in kinds:
        raise Corrupt("no 'meta' box (HEIF needs one)")
    _, mstart, mend = boxes[kinds.index(b"meta")]
    children = {k: (s, e) for k, s, e in _boxes(data, mstart + 4, mend, "the 'meta' box")}   # FullBox
    for need in (b"hdlr", b"iloc"):
        if need not in children:
            raise Corrupt(f"no '{need.decode()}' box in 'meta'")
    _check_iloc(data, *children[b"iloc"])


def _uint(data: bytes, pos: int, n: int, end: int) -> tuple[int, int]:
    if n == 0:
        return 0, pos
    if pos + n > end:
        raise Corrupt("the 'iloc' box is cut short")
    return int.from_bytes(data[pos:pos + n], "big"), pos + n


def _check_iloc(data: bytes, start: int, end: int) -> None:
    """Every extent of every item stored in this file (construction method 0) inside it."""
    version, pos = data[start], start + 4
    if version > 2:
        raise Corrupt(f"'iloc' version {version} is unknown")
    sizes, pos = _uint(data, pos, 2, end)
    off_size, len_size, base_size = sizes >> 12, (sizes >> 8) & 15, (sizes >> 4) & 15
    idx_size = sizes & 15 if version in (1, 2) else 0
    if {off_size, len_size, base_size, idx_size} - {0, 4, 8}:
        raise Corrupt("'iloc' field sizes are not 0, 4 or 8")
    count, pos = _uint(data, pos, 2 if version < 2 else 4, end)
    for _ in range(count):
        _, pos = _uint(data, pos, 2 if version < 2 else 4, end)     # item_ID
        method = 0
        if version in (1, 2):
            m, pos = _uint(data, pos, 2, end)
            method = m & 15
        _, pos = _uint(data, pos, 2, end)                            # data_reference_index
        base, pos = _uint(data, pos, base_size, end)
        extents, pos = _uint(data, pos, 2, end)
        for _ in range(extents):
            _, pos = _uint(data, pos, idx_size, end)
            off, pos = _uint(data, pos, off_size, end)
            length, pos = _uint(data, pos, len_size, end)
            if method == 0 and base + off + length > len(data):
                raise Corrupt(f"an image item's data ({base + off}+{length}) lies past the end of the file "
                              f"({len(data)} bytes)")


# --------------------------------------------------------------------------- TIFF and RAF

def check_tiff(data: bytes, base: int = 0, notes: list[str] | None = None) -> None:
    if len(data) - base < 8:
        raise Corrupt("the TIFF header is cut short")
    if data[base:base + 2] not in (b"II", b"MM"):
        raise Corrupt("no TIFF header (II or MM) at the start")
    bo = "<" if data[base:base + 2] == b"II" else ">"
    notes = [] if notes is None else notes
    magic, ifd = struct.unpack_from(bo + "HI", data, base + 2)
    if magic not in TIFF_MAGIC:
        raise Corrupt(f"TIFF magic number {magic} is not 42")
    seen: set[int] = set()
    todo = [ifd]
    first = True
    while todo:
        off = todo.pop()
        if off == 0 and not first:
            continue
        first = False
        if off in seen:
            continue      # a loop: some writers point two tags at one IFD
        if len(seen) >= MAX_IFDS:
            raise Corrupt(f"more than {MAX_IFDS} IFDs")
        seen.add(off)
        todo += _ifd(data, base, off, bo, notes)


def _ifd(data: bytes, base: int, off: int, bo: str, notes: list[str]) -> list[int]:
    size = len(data) - base
    if off < 8 or off + 2 > size:
        raise Corrupt(f"an IFD at offset {off} lies outside the file ({size} bytes)")
    n = struct.unpack_from(bo + "H", data, base + off)[0]
    if n == 0 or n > MAX_ENTRIES:
        raise Corrupt(f"the IFD at offset {off} has {n} entries")
    if off + 2 + 12 * n + 4 > size:
        raise Corrupt(f"the IFD at offset {off} ({n} entries) runs past the end of the file")
    values: dict[int, list[int]] = {}
    for i in range(n):
        tag, typ, count, raw = struct.unpack_from(bo + "HHI4s", data, base + off + 2 + 12 * i)
        width = TYPE_SIZE.get(typ)
        if width is None:
            continue     # unknown types are skipped by readers (TIFF 6.0 section 2)
        nbytes = width * count
        if nbytes > 4:
            at = struct.unpack(bo + "I", raw)[0]
            if at + nbytes > size:
                raise Corrupt(f"tag 0x{tag:04X} of the IFD at offset {off} points past the end of the file")
        if tag in SUBIFD_TAGS or any(tag in pair for pair in STRIPS):
            fmt = {3: "H", 4: "I", 13: "I"}.get(typ)
            if fmt is None or count > 65536:
                continue
            src = raw if nbytes <= 4 else data[base + at:base + at + nbytes]
            values[tag] = list(struct.unpack_from(bo + fmt * count, src))
    for start_tag, len_tag in STRIPS:
        for s, n_ in zip(values.get(start_tag, []), values.get(len_tag, [])):
            if s + n_ > size and not notes:
                notes.append(f"the image data runs past the end of the file ({size} bytes): the picture may "
                             "be cut short (its metadata is whole)")
    nxt = struct.unpack_from(bo + "I", data, base + off + 2 + 12 * n)[0]
    return [v for t in SUBIFD_TAGS for v in values.get(t, [])] + ([nxt] if nxt else [])


def check_raf(data: bytes) -> None:
    """Fujifilm RAF: big-endian offset/length pairs at 84 (JPEG), 92 (CFA header), 100 (CFA)."""
    if data[:16] != b"FUJIFILMCCD-RAW ":
        raise Corrupt("no Fujifilm RAF header (FUJIFILMCCD-RAW)")
    if len(data) < 108:
        raise Corrupt("the RAF header is cut short")
    for at, what in ((84, "JPEG preview"), (92, "CFA header"), (100, "CFA data")):
        off, length = struct.unpack_from(">II", data, at)
        if off + length > len(data):
            raise Corrupt(f"the {what} ({off}+{length} bytes) lies past the end of the file ({len(data)} bytes)")
    jpeg_off = struct.unpack_from(">I", data, 84)[0]
    if data[jpeg_off:jpeg_off + 2] != b"\xff\xd8":
        raise Corrupt("the JPEG preview does not start with a JPEG marker")
