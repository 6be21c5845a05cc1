"""One exiv2 write per JPEG header, not one per metadata family (issue 14).

pyexiv2 has exiv2 rewrite the whole image after each family it changes (`modify_iptc`,
`modify_xmp` and `modify_exif` each end in `writeMetadata`), and every rewrite serialises the
whole XMP packet again: with an agency's packet (the IPTC reference's 270 properties) each
costs ~0.7 ms, three a caption. In a JPEG each family lives in segments of its own (EXIF in the
APP1 "Exif\\0\\0" segment, XMP in the APP1 XMP segment, IIM in the APP13 "Photoshop 3.0"
segment; CIPA DC-008 4.5.4, XMP Part 3 1.1.3, IPTC IIM 4.2 / Photoshop file formats), so a
family can be written on a carrier that holds its segment alone, and the new segment put back
in the original's place. Only the XMP write then sees the packet (once).

This module is the byte side (no exiv2): which segment holds which family, the carrier of one
segment, and the splice. It answers None for any layout it does not know to be one segment a
family (a family spread over several segments, Extended XMP, a header it cannot walk): the
caller then writes the usual way. The result is verified like every write (`writer.verify`).
"""

from __future__ import annotations

from . import jpeg

_EXIF = b"Exif\x00\x00"
_XMP = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_EXT = b"http://ns.adobe.com/xmp/extension/\x00"
_PHOTOSHOP = b"Photoshop 3.0\x00"
_STUB = b"\x00\x00" + jpeg.EOI


def _family(seg: bytes) -> str | None:
    marker, body = seg[1], seg[4:]
    if marker == 0xE1:
        if body.startswith(_EXIF):
            return "exif"
        if body.startswith(_XMP):
            return "xmp"
        if body.startswith(_XMP_EXT):
            return "xmp-extension"
    if marker == 0xED and body.startswith(_PHOTOSHOP):
        return "iptc"
    return None


class Layout:
    """A carrier (SOI, segments, SOS segment, stub scan, EOI; see `jpeg.Header.carrier`) cut
    into its segments, with the index of the one segment of each family it holds."""

    def __init__(self, segments: list[bytes], tail: bytes, where: dict[str, int]):
        self.segments, self.tail, self.where = segments, tail, where

    def alone(self, family: str) -> bytes:
        """A carrier holding `family`'s segment and nothing else."""
        return jpeg.SOI + self.segments[self.where[family]] + self.tail

    def splice(self, new: dict[str, bytes]) -> bytes:
        """The carrier with each family's segment replaced by the one given."""
        segs = list(self.segments)
        for family, seg in new.items():
            segs[self.where[family]] = seg
        return jpeg.SOI + b"".join(segs) + self.tail


def layout(carrier: bytes, families: list[str]) -> Layout | None:
    """The layout of `carrier` when each of `families` is in exactly one segment of its own
    (and no Extended XMP is there), else None."""
    found = cut(carrier)
    return found if found is not None and all(f in found.where for f in families) else None


def cut(carrier: bytes) -> Layout | None:
    """The layout of `carrier` when no family is in more than one segment and no Extended XMP
    is there, else None."""
    if not carrier.startswith(jpeg.SOI) or not carrier.endswith(_STUB):
        return None
    sos = _sos_at(carrier)
    if sos is None:
        return None
    segments = jpeg._segments(carrier[:sos])
    if segments is None:
        return None
    where: dict[str, int] = {}
    for i, seg in enumerate(segments):
        family = _family(seg)
        if family == "xmp-extension" or (family is not None and family in where):
            return None
        if family is not None:
            where[family] = i
    return Layout(segments, carrier[sos:], where)


def _sos_at(carrier: bytes) -> int | None:
    pos = 2
    while pos + 4 <= len(carrier) and carrier[pos] == 0xFF:
        if carrier[pos + 1] == 0xDA:
            return pos
        pos += 2 + int.from_bytes(carrier[pos + 2:pos + 4], "big")
    return None


def segment_of(carrier: bytes, family: str) -> bytes | None:
    """The one segment of `family` in a carrier exiv2 wrote, or None when it wrote none or
    several (a family that grew over one segment): the caller then writes the usual way."""
    found = layout(carrier, [family])
    if found is None:
        return None
    return found.segments[found.where[family]]
