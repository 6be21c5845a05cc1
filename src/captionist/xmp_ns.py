"""Keep a file's own XMP namespace URIs when exiv2 re-serializes its packet.

exiv2 names namespaces by prefix with a URI table of its own, so a file that declares a prefix
with a slightly different URI gets exiv2's URI back: the Microsoft Photo schema a file
declares as `http://ns.microsoft.com/photo/1.0` comes back as `.../photo/1.0/`, which moves
every MicrosoftPhoto property into another namespace for strict readers (ExifTool reports a
"fixed incorrect URI"). captionist never writes into such foreign namespaces, so after the
write each prefix the original declared gets its original URI back, in the main XMP packet
of a JPEG and in a sidecar (the formats whose packet captionist can edit as text).
"""

from __future__ import annotations

import re
import struct

from . import jpeg

_XMLNS = re.compile(rb'xmlns:([A-Za-z_][\w.-]*)=(["\'])(.*?)\2')
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"


def declared(packet: bytes) -> dict[bytes, bytes]:
    """prefix -> URI for each namespace declaration (the first one of a prefix wins)."""
    out: dict[bytes, bytes] = {}
    for m in _XMLNS.finditer(packet):
        out.setdefault(m.group(1), m.group(3))
    return out


def restore(original: bytes, new: bytes) -> bytes:
    """`new` with each prefix the `original` declared under another URI declared as there,
    unless the new packet uses the original URI under another prefix too."""
    old, now = declared(original), declared(new)
    fixes = {p: old[p] for p, uri in now.items() if p in old and old[p] != uri and old[p] not in now.values()}
    if not fixes:
        return new

    def swap(m: re.Match) -> bytes:
        p = m.group(1)
        if p in fixes:
            return b"xmlns:" + p + b"=" + m.group(2) + fixes[p] + m.group(2)
        return m.group(0)
    return _XMLNS.sub(swap, new)


def _main_xmp(header: bytes) -> bytes | None:
    for seg in jpeg._segments(header) or []:
        if seg[1] == 0xE1 and seg[4:4 + len(XMP_SIG)] == XMP_SIG:
            return seg[4 + len(XMP_SIG):]
    return None


def restore_header(original: bytes, new: bytes) -> bytes:
    """A JPEG header whose main XMP packet has had `restore` applied against the original's."""
    old_packet = _main_xmp(original)
    segs = jpeg._segments(new)
    if old_packet is None or segs is None:
        return new
    out = []
    for seg in segs:
        if seg[1] == 0xE1 and seg[4:4 + len(XMP_SIG)] == XMP_SIG:
            packet = restore(old_packet, seg[4 + len(XMP_SIG):])
            body = XMP_SIG + packet
            if len(body) + 2 > 0xFFFF:
                return new
            seg = seg[:2] + struct.pack(">H", len(body) + 2) + body
        out.append(seg)
    return jpeg.SOI + b"".join(out)
