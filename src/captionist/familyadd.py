"""A camera's first caption: the families new to the file written on an empty carrier (issue 14).

A camera's JPEG holds EXIF and no XMP or IIM. pyexiv2 ends each family's change in a full
rewrite (`writeMetadata`), and exiv2 encodes every family it holds in every rewrite: written
on the camera's header, the IIM change encodes the camera's EXIF again, the XMP change EXIF
and IIM, the EXIF change all three (three EXIF encodes a caption). exiv2 writes what it holds
at one place, in one order: the EXIF APP1 segment, then the XMP APP1 segment, then the
Photoshop APP13 segment, together, right after the leading APP0 segments (or first), dropping
them where they were (JpegBase::doWriteMetadata, exiv2 0.28). So when the file holds no XMP and
no IIM, the EXIF change is written on the header (one encode of EXIF), the XMP and IIM changes
each on an empty carrier (SOI, one empty APP15 segment, the header's SOS segment, a stub
scan; one carrier for both), and their segments go right after the EXIF segment exiv2 wrote: the header the three
rewrites give, byte for byte (tests/test_familyadd.py), with one EXIF encode instead of three.

Byte side only (no exiv2), like `captionist.familysplit`; any other layout answers None and the
caller writes the usual way. The result is verified like every write (`writer.verify`).
"""

from __future__ import annotations

from collections.abc import Callable

from . import familysplit, jpeg

# exiv2's order of the families it writes at its insert position
_AFTER_EXIF = ("xmp", "iptc")
_EXIF = b"Exif\x00\x00"
# An empty APP15 segment: exiv2 writes the new segments in its walk over the segments before
# SOS, so a carrier with none gets none; this one is not metadata to it (and is not kept).
_FILLER = b"\xff\xef\x00\x02"


# exiv2's new segments for an empty carrier, kept: they follow from the carrier's bytes, the
# changes and exiv2's namespace table alone (the key `written` is given), and a shoot captioned
# with one record writes the same ones in every file (~0.13 ms of exiv2 a file, issue 14)
_WRITTEN: dict[tuple, dict[str, bytes]] = {}
_WRITTEN_MAX = 16


class Fresh:
    """The families to write on `empty`, and where their segments go."""

    def __init__(self, empty: bytes, families: list[str]):
        self.empty, self.families = empty, families

    def written(self, key: tuple, table: Callable[[], int], write: Callable[[], bytes]) -> dict[str, bytes] | None:
        """`segments(write())`, kept for `key` (the changes in a form whose equality is the
        values') and `table()` (exiv2's namespace table: with `empty` what decides exiv2's
        bytes); not kept when the table moved during the write (another thread's packet)."""
        key = (self.empty, tuple(self.families), table(), *key)
        got = _WRITTEN.get(key)
        if got is None:
            got = self.segments(write())
            if got is not None and len(_WRITTEN) < _WRITTEN_MAX and table() == key[2]:
                _WRITTEN[key] = got
        return dict(got) if got is not None else None

    def segments(self, out: bytes) -> dict[str, bytes] | None:
        """The segments exiv2 wrote on `empty` (they go first: no APP0 there), one for each
        of `families`, in exiv2's order, when `out` is those segments and the empty
        carrier's own bytes; else None. Both new families are written on one carrier (one
        exiv2 image a caption instead of two, issue 14): exiv2 encodes each family the same
        whichever others it holds, and lays them out in its one order (`_AFTER_EXIF`)."""
        n = len(out) - len(self.empty)
        if n < 4 or out[:2] != jpeg.SOI or out[2 + n:] != self.empty[2:]:
            return None
        got, pos, end = {}, 2, 2 + n
        for family in self.families:
            if pos + 4 > end or out[pos] != 0xFF:
                return None
            seg_end = pos + 2 + int.from_bytes(out[pos + 2:pos + 4], "big")
            seg = out[pos:seg_end]
            if seg_end > end or familysplit._family(seg) != family:
                return None
            got[family] = seg
            pos = seg_end
        return got if pos == end else None

    def insert(self, written: bytes, new: dict[str, bytes]) -> bytes | None:
        """`written` (the header after exiv2 wrote the EXIF change on a carrier with one EXIF
        segment at most and no XMP or IIM: it holds one EXIF segment, at exiv2's insert
        position, near the start) with the new families' segments right after it, in exiv2's
        order; None when no EXIF segment comes before SOS."""
        pos = 2
        while pos + 4 <= len(written) and written[pos] == 0xFF and written[pos + 1] != 0xDA:
            end = pos + 2 + int.from_bytes(written[pos + 2:pos + 4], "big")
            if written[pos + 1] == 0xE1 and written.startswith(_EXIF, pos + 4):
                return written[:end] + b"".join(new[f] for f in _AFTER_EXIF if f in new) + written[end:]
            pos = end
        return None


def fresh(found: familysplit.Layout, families: list[str]) -> Fresh | None:
    """A `Fresh` when the write changes EXIF and XMP or IIM, and the carrier (`found`, see
    `familysplit.cut`) holds an EXIF segment (without one, exiv2's encodes cost next to
    nothing and the usual write is as fast), no XMP (nor Extended XMP: `cut` refuses it) and
    no Photoshop APP13 segment (even one without IIM: exiv2 rewrites its other resources);
    else None."""
    new = [f for f in _AFTER_EXIF if f in families]
    if "exif" not in families or not new or "exif" not in found.where \
            or any(f in found.where for f in _AFTER_EXIF):
        return None
    return Fresh(jpeg.SOI + _FILLER + found.tail, new)
