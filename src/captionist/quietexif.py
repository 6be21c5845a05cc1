"""The read-back of a written JPEG header without its maker note's text (issue 14).

pyexiv2 reads EXIF as text only, every tag at once (`read_exif`: exiv2's `toString` of each
value), and a camera's maker note is a large undefined tag written out as one decimal number
a byte: a Nikon's 125 KB maker note becomes a 125,000-character string, and its parse and
text cost 2.2 of the 2.4 ms of a read of that header. The verify after a write (`writer.verify`)
compares the properties the plan wrote, none of which is in a maker note (they are IFD0 and
Exif IFD tags, `standard.PROPS`). So the verify reads a copy of the new header in which the
Exif IFD's MakerNote entry (tag 0x927C, CIPA DC-008 4.6.5) counts 0 bytes: every other byte
is the written header's, the IFDs are walked as written, and exiv2 reads the written values
of every planned tag; the written file keeps its maker note as it is.

Byte side only: the header's EXIF segment is walked as TIFF 6.0 lays it out (section 2: byte
order, IFD0 offset; an IFD: entry count, 12-byte entries of tag, type, count, value or
offset; ExifIFD pointer 0x8769). Anything else (no EXIF, no maker note, an offset out of the
segment) answers None, and the verify reads the header as it is.
"""

from __future__ import annotations

import struct

from . import jpeg

_EXIF = b"Exif\x00\x00"
_EXIF_IFD = 0x8769
_MAKER_NOTE = 0x927C
_TAG_MM, _TAG_II = _MAKER_NOTE.to_bytes(2, "big"), _MAKER_NOTE.to_bytes(2, "little")


def _entries(tiff: bytes, at: int, bo: str):
    """(position of the entry, tag, count) of each entry of the IFD at `at`, or None when
    the IFD does not fit in `tiff`."""
    if at < 8 or at + 2 > len(tiff):
        return None
    n = struct.unpack_from(bo + "H", tiff, at)[0]
    if at + 2 + 12 * n > len(tiff):
        return None
    return [(at + 2 + 12 * i, *struct.unpack_from(bo + "H2xI", tiff, at + 2 + 12 * i)) for i in range(n)]


def _maker_note_count_at(tiff: bytes) -> int | None:
    """Where in `tiff` (an EXIF segment's TIFF structure) the maker note's count field is."""
    if len(tiff) < 8 or tiff[:4] not in (b"II*\x00", b"MM\x00*"):
        return None
    bo = "<" if tiff[:2] == b"II" else ">"
    ifd0 = _entries(tiff, struct.unpack_from(bo + "I", tiff, 4)[0], bo)
    if ifd0 is None:
        return None
    pointer = next((e for e in ifd0 if e[1] == _EXIF_IFD), None)
    if pointer is None:
        return None
    exif = _entries(tiff, struct.unpack_from(bo + "I", tiff, pointer[0] + 8)[0], bo)
    note = next((e for e in exif or () if e[1] == _MAKER_NOTE and e[2] > 4), None)
    return note[0] + 4 if note is not None else None


def _quiet(header: bytes) -> tuple[int, int, int] | None:
    """(start, end of the first EXIF segment, position of its maker note's count) in
    `header`, or None when it has no maker note found as above."""
    if _TAG_MM not in header and _TAG_II not in header:    # no MakerNote tag in any byte order
        return None
    pos = 2
    while pos + 4 <= len(header) and header[pos] == 0xFF and header[pos + 1] not in (0xDA, 0xD9):
        end = pos + 2 + int.from_bytes(header[pos + 2:pos + 4], "big")
        if header[pos + 1] == 0xE1 and header.startswith(_EXIF, pos + 4):
            start = pos + 4 + len(_EXIF)
            at = _maker_note_count_at(header[start:end])
            return None if at is None else (pos, end, at + start)
        pos = end
    return None


def carrier(header: bytes, sos_segment: bytes) -> bytes | None:
    """The carrier (see `jpeg.Header.carrier`) of `header` with its maker note counted 0
    bytes, or None when the header has no maker note found as above."""
    found = _quiet(header)
    if found is None:
        return None
    at = found[2]
    return header[:at] + b"\x00\x00\x00\x00" + header[at + 4:] + sos_segment + b"\x00\x00" + jpeg.EOI


def exif_alone(header: bytes, sos_segment: bytes) -> bytes | None:
    """A carrier of `header`'s EXIF segment alone, its maker note counted 0 bytes (None as
    `carrier`): what the load reads EXIF from (`captionist.lazyexif`). Without the other
    segments, an agency's XMP is not parsed a second time for it."""
    found = _quiet(header)
    if found is None:
        return None
    start, end, at = found
    return (jpeg.SOI + header[start:at] + b"\x00\x00\x00\x00" + header[at + 4:end]
            + sos_segment + b"\x00\x00" + jpeg.EOI)
