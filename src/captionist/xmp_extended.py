"""Extended XMP in JPEG: captions whose XMP does not fit one 64 KB APP1 segment.

XMP Specification Part 3 (2020, section 1.1.3.1): a JPEG segment holds at most 65,533 bytes,
so the main XMP packet stays in its usual APP1 segment ("http://ns.adobe.com/xap/1.0/\\0"),
and properties that do not fit move to an *extended* packet: a complete serialized XMP tree
(without the packet wrapper), split over APP1 segments that each start with
"http://ns.adobe.com/xmp/extension/\\0", the packet's GUID (32 uppercase hex digits: the MD5
of the whole extended packet), its full length and the chunk's offset (4-byte big-endian
each). The main packet names the GUID in `xmpNote:HasExtendedXMP`; readers ignore extension
segments whose GUID it does not name.

exiv2 refuses to write an XMP segment over 64 KB and does not read extension segments, so
this module reads them (merging their properties into what exiv2 read) and, when a write
does not fit, moves the largest properties the write sets into a new extended packet.
"""

from __future__ import annotations

import json
import re
import struct

from . import exiv, jpeg
from .errors import WriteError
from .metadata import Changes, RawMetadata

XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
EXT_SIG = b"http://ns.adobe.com/xmp/extension/\x00"
NOTE_KEY = "Xmp.xmpNote.HasExtendedXMP"
# Data bytes per extension segment: 65,535 minus the length field, signature, GUID, length, offset.
CHUNK = 0xFFFF - 2 - len(EXT_SIG) - 32 - 8
_GUID = re.compile(rb'HasExtendedXMP(?:="|>)([0-9A-Fa-f]{32})')


def _app1(header: bytes) -> list[bytes]:
    return [s for s in (jpeg.segments(header) or ()) if s[1] == 0xE1]


def main_guid(header: bytes) -> str | None:
    """The GUID the main XMP packet names in xmpNote:HasExtendedXMP."""
    if b"HasExtendedXMP" not in header:     # nearly every file: no segment walk (3 a write)
        return None
    for seg in _app1(header):
        if seg[4:4 + len(XMP_SIG)] == XMP_SIG:
            m = _GUID.search(seg)
            return m.group(1).decode().upper() if m else None
    return None


def extended_packet(header: bytes) -> bytes | None:
    """The extended packet the main packet names, reassembled; None without one, or when its
    chunks do not add up (missing, overlapping) or do not hash to the GUID."""
    guid = main_guid(header)
    if guid is None:
        return None
    parts: dict[int, bytes] = {}
    total = None
    for seg in _app1(header):
        body = seg[4:]
        if body[:len(EXT_SIG)] != EXT_SIG or body[len(EXT_SIG):len(EXT_SIG) + 32].decode("latin-1").upper() != guid:
            continue
        at = len(EXT_SIG) + 32
        total, offset = struct.unpack(">II", body[at:at + 8])
        parts[offset] = body[at + 8:]
    if total is None:
        return None
    packet = b"".join(parts[k] for k in sorted(parts))
    import hashlib   # only with extended XMP: `read` does not load OpenSSL otherwise (issue 14)

    if len(packet) != total or hashlib.md5(packet).hexdigest().upper() != guid:
        return None
    return packet


def strip(header: bytes) -> bytes:
    """The header without any extension segments."""
    segs = jpeg._segments(header)
    if segs is None:
        return header
    kept = [s for s in segs if not (s[1] == 0xE1 and s[4:4 + len(EXT_SIG)] == EXT_SIG)]
    return jpeg.SOI + b"".join(kept)


def segments(packet: bytes) -> tuple[str, list[bytes]]:
    """The GUID of `packet` and the APP1 segments that carry it."""
    import hashlib

    guid = hashlib.md5(packet).hexdigest().upper()
    out = []
    for offset in range(0, len(packet), CHUNK):
        body = EXT_SIG + guid.encode() + struct.pack(">II", len(packet), offset) + packet[offset:offset + CHUNK]
        out.append(b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body)
    return guid, out


def insert(header: bytes, packet: bytes) -> bytes:
    """`header` with `packet`'s extension segments right after the main XMP segment."""
    _, segs = segments(packet)
    all_segs = jpeg._segments(header)
    if all_segs is None:
        raise WriteError(None, "unusual JPEG header layout: cannot place Extended XMP")
    at = next((i + 1 for i, s in enumerate(all_segs) if s[1] == 0xE1 and s[4:4 + len(XMP_SIG)] == XMP_SIG),
              len(all_segs))
    return jpeg.SOI + b"".join(all_segs[:at] + segs + all_segs[at:])


def read(header: bytes, carrier: bytes, where, *, keep: bool = False, quiet: bytes | None = None,
         families: tuple[str, ...] | None = None) -> RawMetadata:
    """exiv2's reading of a JPEG header (given as its carrier), with the extended packet's
    properties merged in. `keep`, `quiet`, `families`: see `exiv.read`."""
    raw = exiv.read(carrier, where, keep=keep, quiet=quiet, families=families)
    packet = extended_packet(header) if families is None or "xmp" in families else None
    if packet is not None:
        raw.xmp.update(exiv.read(_wrap(packet), where).xmp)
    return raw


def _wrap(packet: bytes) -> bytes:
    return b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' + packet + b'\n<?xpacket end="w"?>'


def _unwrap(packet: bytes) -> bytes:
    """The x:xmpmeta element alone: the extended packet carries no packet wrapper."""
    start, end = packet.find(b"<x:xmpmeta"), packet.rfind(b"</x:xmpmeta>")
    return packet[start:end + len(b"</x:xmpmeta>")] if start >= 0 and end > start else packet.strip()


def _root(key: str) -> str:
    return re.split(r"[\[/]", key, maxsplit=1)[0]


def modify(header: jpeg.Header, ops: Changes, raw: RawMetadata, where) -> bytes:
    """The new header (before SOS) with `ops` applied, in one APP1 XMP segment when it fits,
    else with the largest properties `ops` sets moved to an extended packet."""
    old_ext = extended_packet(header.header)
    base = strip(header.header) if old_ext is not None or main_guid(header.header) else header.header

    def carrier(changes: Changes) -> bytes:
        tail = header.sos_segment + b"\x00\x00" + jpeg.EOI
        return jpeg.header_of(exiv.modify(base + tail, changes, raw, where), tail)

    if old_ext is None:
        try:
            return carrier(ops)
        except WriteError as e:
            if "larger than 65535" not in e.reason:
                raise
    old_keys = set(exiv.read(_wrap(old_ext), where).xmp) if old_ext is not None else set()
    touched = {_root(k) for k in [*ops.xmp, *ops.xmp_remove]}
    groups: dict[str, dict] = {}
    for k, v in ops.xmp.items():
        if v is not None:
            groups.setdefault(_root(k), {})[k] = v
    order = sorted(groups, key=lambda r: len(json.dumps(groups[r], ensure_ascii=False).encode()), reverse=True)
    last: Exception | None = None
    for n in range(0, len(order) + 1):
        moved = {k: v for r in order[:n] for k, v in groups[r].items()}
        ext_ops = Changes(xmp=moved, xmp_remove=[k for k in old_keys if _root(k) in touched])
        ext = None
        if moved or any(_root(k) not in touched for k in old_keys):
            packet = exiv.modify_sidecar(_wrap(old_ext) if old_ext is not None else b"", ext_ops, where)
            ext = _unwrap(packet)
        main = Changes(iptc=ops.iptc, exif=ops.exif, xmp_remove=list(ops.xmp_remove),
                       xmp={k: v for k, v in ops.xmp.items() if k not in moved})
        if ext is not None:
            main.xmp[NOTE_KEY] = segments(ext)[0]
        elif NOTE_KEY in raw.xmp:
            main.xmp[NOTE_KEY] = None
        try:
            new = carrier(main)
        except WriteError as e:
            if "larger than 65535" not in e.reason:
                raise
            last = e
            continue
        return insert(new, ext) if ext is not None else new
    raise last or WriteError(where, "the XMP does not fit the JPEG, even as Extended XMP")
