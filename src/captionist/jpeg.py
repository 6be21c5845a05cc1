"""JPEG byte surgery for the single-pass write.

A JPEG is a run of marker segments (ITU-T T.81 annex B): SOI, then APPn / DQT / SOF / DHT ...
segments, then SOS and the entropy-coded image data up to EOI. Metadata lives only in the
segments before the first SOS (EXIF in APP1, XMP in APP1, IIM inside Photoshop's APP13).

So captionist never hands a whole JPEG to exiv2. It takes the header (everything before the
first SOS), closes it with a stub scan into a tiny *carrier* JPEG, lets exiv2 write the new
metadata into the carrier, and splices the carrier's new header in front of the original
scan data, which is copied byte for byte (kernel-side, see `captionist.files`), or shared
block by block with the original on file systems that clone (`captionist.clone` pads the new
header for that). One read of the header, one copy (or clone) of the rest: the compressed
image data is never touched.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from typing import BinaryIO

SOI = b"\xff\xd8"
EOI = b"\xff\xd9"
SOS = 0xDA
# Markers without a length field (T.81 table B.1): TEM and RST0-7 (SOI/EOI handled apart).
_STANDALONE = {0x01, *range(0xD0, 0xD8)}
# A sane cap on how much header we read while looking for SOS: metadata segments are at most
# 64 KB each; a header of more than 32 MB is not a photograph's.
MAX_HEADER = 32 * 1024 * 1024


class JpegError(ValueError):
    pass


@dataclass
class Header:
    header: bytes        # SOI .. up to (not including) the first SOS marker
    sos_segment: bytes   # the SOS marker segment itself (marker + length + parameters)
    scan_offset: int     # file offset of the SOS marker: everything from here is copied as is

    def carrier(self) -> bytes:
        """A minimal JPEG exiv2 accepts: the header, the SOS segment, a stub scan and EOI."""
        return self.header + self.sos_segment + b"\x00\x00" + EOI


def is_jpeg(head: bytes) -> bool:
    return head[:3] == b"\xff\xd8\xff"


def read_header(f: BinaryIO) -> Header:
    """Read segments from the start of `f` up to the first SOS: a few large reads parsed in
    memory (`parse_header`), not a read call per marker byte (issue 14: 40 calls a file)."""
    f.seek(0)
    buf = f.read(_FIRST_READ)
    eof = len(buf) < _FIRST_READ
    while (got := parse_header(buf, eof)) is None:
        more = f.read(len(buf))
        eof = len(more) < len(buf)
        buf += more
    return got


# The first read is one buffer of the file object (`reader.load` has it already: no system
# call); `read_header` doubles it until the SOS marker is in (a camera's thumbnail, an agency's
# XMP: a few reads). A larger first read cost more than it saved (paired, issue 14).
_FIRST_READ = 4096


def parse_header(data: bytes, eof: bool = True) -> Header | None:
    """The header in `data` (a JPEG's first bytes, or all of it), or None when `data` ends
    before the first SOS segment does and more of the file follows (`eof` False). The same
    walk, answers and errors as reading the file marker by marker (T.81 B.1.1)."""
    n = len(data)
    if data[:2] != SOI:
        if n < 2 and not eof:
            return None
        raise JpegError("not a JPEG (no SOI marker)")
    chunks = [SOI]
    pos = 2
    while True:
        if pos >= n:
            if not eof:
                return None
            raise JpegError("truncated JPEG header (no SOS marker before end of file)")
        if data[pos] != 0xFF:
            raise JpegError(f"corrupt JPEG header: expected a marker at offset {pos}")
        at = pos + 1
        while at < n and data[at] == 0xFF:  # fill bytes before a marker (T.81 B.1.1.2)
            at += 1
        if at >= n:
            if not eof:
                return None
            raise JpegError("truncated JPEG header")
        m = data[at]
        if m in _STANDALONE:
            chunks.append(b"\xff" + data[at:at + 1])
            pos = at + 1
            continue
        if m in (0xD8, 0xD9, 0x00):
            raise JpegError(f"corrupt JPEG header: unexpected marker 0x{m:02X} at offset {pos}")
        if at + 3 > n:
            if not eof:
                return None
            raise JpegError("truncated JPEG header")
        length = (data[at + 1] << 8) | data[at + 2]
        if length < 2:
            raise JpegError(f"corrupt JPEG segment length at offset {pos}")
        end = at + 1 + length
        if end > n:
            if not eof:
                return None
            raise JpegError("truncated JPEG segment")
        segment = b"\xff" + data[at:end]
        if m == SOS:
            fill = at - pos - 1
            return Header(b"".join(chunks), segment, pos + fill)
        chunks.append(segment)
        pos = end
        if pos > MAX_HEADER:
            raise JpegError("JPEG header larger than 32 MB: refusing to treat it as metadata")


def ends_with_eoi(f: BinaryIO, size: int) -> bool:
    """Whether the file ends with EOI (trailing zero padding allowed). A file cut short in
    transfer does not; neither does one with data appended after the image (some phones)."""
    tail_len = min(size, 4096)
    f.seek(size - tail_len)
    tail = f.read(tail_len).rstrip(b"\x00")
    return tail.endswith(EOI)


def image_end(f: BinaryIO) -> int | None:
    """The offset just past the main image's EOI, or None when there is none (truncated). It is
    the first FF D9 after the first SOS: inside entropy-coded data an FF is always followed by
    00 or a restart marker, so the scan data cannot contain one."""
    try:
        scan = read_header(f).scan_offset
    except (JpegError, OSError):
        return None
    f.seek(scan)
    pos, carry = scan, b""
    while chunk := f.read(1 << 20):
        buf = carry + chunk
        i = buf.find(EOI)
        if i >= 0:
            return pos - len(carry) + i + 2
        carry, pos = buf[-1:], pos + len(chunk)
    return None


def jfif_density(header: bytes) -> tuple[int, int, int] | None:
    """(units, x density, y density) from the JFIF APP0 segment (JFIF 1.02: units 0 = aspect
    ratio only, 1 = dots per inch, 2 = dots per cm), or None without one."""
    pos = 2
    if header[pos:pos + 2] == b"\xff\xe0" and header[pos + 4:pos + 9] == b"JFIF\x00" and len(header) >= pos + 16:
        units = header[pos + 11]
        x, y = struct.unpack(">HH", header[pos + 12:pos + 16])
        return units, x, y
    return None


def header_of(carrier: bytes, tail: bytes | None = None) -> bytes:
    """The header part (before SOS) of a carrier exiv2 has rewritten. `tail`: the carrier's
    SOS segment, stub scan and EOI as they went in; exiv2 copies them as they are, so the
    header is what comes before them, without a walk, when no SOS marker comes sooner."""
    if tail is not None and carrier.endswith(tail) and carrier.find(b"\xff\xda", 0, len(carrier) - len(tail)) < 0:
        return carrier[:len(carrier) - len(tail)]
    return parse_header(carrier).header


# --------------------------------------------------------------------------- Photoshop digest

_PS_SIG = b"Photoshop 3.0\x00"


def _resources(data: bytes):
    """Yield (start, end, id, payload_start, payload_len) for each 8BIM image resource."""
    pos = 0
    while pos + 12 <= len(data) and data[pos:pos + 4] == b"8BIM":
        rid = struct.unpack(">H", data[pos + 4:pos + 6])[0]
        nlen = data[pos + 6]
        name_total = 1 + nlen + ((1 + nlen) & 1)  # Pascal string padded to even length
        size_at = pos + 6 + name_total
        if size_at + 4 > len(data):
            return
        size = struct.unpack(">I", data[size_at:size_at + 4])[0]
        payload = size_at + 4
        end = payload + size + (size & 1)
        if payload + size > len(data):
            return
        yield pos, end, rid, payload, size
        pos = end


def digest_current(header: bytes) -> bool | None:
    """Whether the header's Photoshop IPTC digest matches its IIM block (None: no digest).

    The MWG guidelines (2.0, section 4.3) use the digest to decide which block a reader shows:
    a current digest means the last writer kept IIM and XMP in sync, so XMP is read; a stale
    one means an XMP-unaware tool edited the IIM since, so the IIM values win."""
    for seg in segments(header) or ():
        if seg[1] == 0xED and seg[4:4 + len(_PS_SIG)] == _PS_SIG:
            body = seg[4 + len(_PS_SIG):]
            res = list(_resources(body))
            iptc = next((body[p:p + n] for _, _, rid, p, n in res if rid == 0x0404), b"")
            digest = next((body[p:p + n] for _, _, rid, p, n in res if rid == 0x0425), None)
            if digest is not None and len(digest) == 16:
                import hashlib   # writes only: `read` does not load OpenSSL (issue 14)

                return hashlib.md5(iptc).digest() == digest
    return None


# An 8BIM resource header of the digest (id 0x0425): a header without these bytes has no digest
_DIGEST_ID = b"8BIM\x04\x25"


def refresh_iptc_digest(header: bytes, original: bytes | None = None, had_xmp: bool = True) -> bytes:
    """Make Photoshop's IPTC digest (image resource 0x0425, an MD5 of the IIM block 0x0404)
    agree with the IIM exiv2 wrote, so readers do not flag the XMP as out of sync.
    A header without a digest is returned unchanged, and so is one whose `original` header's
    digest was already stale: refreshing it would make MWG readers switch from the IIM to
    the XMP values for every field the record did not set (captionist writes the ones it
    sets to both blocks, so those agree either way). Without XMP in the original (`had_xmp`)
    there is nothing a reader could switch to, and the digest is refreshed."""
    if _DIGEST_ID not in header:     # no digest resource in any segment: nothing to refresh
        return header
    if original is not None and had_xmp and digest_current(original) is False:
        return header
    out = []
    pos = 2
    changed = False
    out.append(header[:2])
    while pos + 4 <= len(header):
        if header[pos] != 0xFF or header[pos + 1] in _STANDALONE or header[pos + 1] == 0xFF:
            break  # unusual layout (fill bytes, standalone markers): leave the rest as it is
        length = struct.unpack(">H", header[pos + 2:pos + 4])[0]
        seg = header[pos:pos + 2 + length]
        if seg[1] == 0xED and seg[4:4 + len(_PS_SIG)] == _PS_SIG:
            body = seg[4 + len(_PS_SIG):]
            res = list(_resources(body))
            iptc = next((body[p:p + n] for _, _, rid, p, n in res if rid == 0x0404), None)
            digest = next(((p, n) for _, _, rid, p, n in res if rid == 0x0425), None)
            if digest and digest[1] == 16:
                import hashlib

                want = hashlib.md5(iptc).digest() if iptc is not None else None
                if want is None:
                    # no IIM left: drop the digest resource entirely
                    s, e = next((s, e) for s, e, rid, _, _ in res if rid == 0x0425)
                    body = body[:s] + body[e:]
                elif body[digest[0]:digest[0] + 16] != want:
                    body = body[:digest[0]] + want + body[digest[0] + 16:]
                new_seg_body = _PS_SIG + body
                seg = seg[:2] + struct.pack(">H", len(new_seg_body) + 2) + new_seg_body
                changed = True
        out.append(seg)
        pos += 2 + length
    out.append(header[pos:])
    return b"".join(out) if changed else header


# --------------------------------------------------------------------------- comments

_COM = 0xFE
_COM_MARKER = b"\xff\xfe"


# The headers walked last, by identity, with their segments: one write asks for the segments
# of the original's header in four places (its XMP packet, its IIM block, its comments, its
# digest) and of the new header in two or three, each a walk and a copy of every segment
# (issue 14). A bytes object never changes, and the entry holds it, so its id is not reused.
_WALKED: list[tuple[bytes, tuple[bytes, ...] | None]] = []
_WALKED_MAX = 4


def segments(header: bytes) -> tuple[bytes, ...] | None:
    """`_segments(header)` as a tuple, walked once for the last few headers asked about."""
    for seen, segs in _WALKED:
        if seen is header:
            return segs
    found = _segments(header)
    segs = tuple(found) if found is not None else None
    _WALKED.insert(0, (header, segs))
    del _WALKED[_WALKED_MAX:]
    return segs


def _segments(header: bytes) -> list[bytes] | None:
    """The marker segments of a header after SOI, or None for a layout we do not walk
    (standalone markers, fill bytes)."""
    out = []
    pos = 2
    while pos < len(header):
        if pos + 4 > len(header) or header[pos] != 0xFF or header[pos + 1] in _STANDALONE \
                or header[pos + 1] == 0xFF:
            return None
        length = struct.unpack(">H", header[pos + 2:pos + 4])[0]
        out.append(header[pos:pos + 2 + length])
        pos += 2 + length
    return out


def restore_comments(original: bytes, new: bytes) -> bytes:
    """Put the original COM segments back, byte for byte, into a header exiv2 rewrote.

    exiv2 keeps only the first comment: it writes that one (with a NUL added) once per COM
    segment, so a file with two comments comes back with the first one twice and the second
    lost. captionist never edits comments, so the original segments are simply restored, at
    the place of the first comment exiv2 wrote (or the originals' place after the APPn
    segments when it wrote none)."""
    if _COM_MARKER not in original and _COM_MARKER not in new:     # no comment in either
        return new
    old_segs, new_segs = segments(original), segments(new)
    if old_segs is None or new_segs is None:
        return new
    old_com = [s for s in old_segs if s[1] == _COM]
    new_com = [s for s in new_segs if s[1] == _COM]
    if old_com == new_com:
        return new
    at = next((i for i, s in enumerate(new_segs) if s[1] == _COM), None)
    kept = [s for s in new_segs if s[1] != _COM]
    if at is None:
        at = next((i for i, s in enumerate(kept) if not 0xE0 <= s[1] <= 0xEF), len(kept))
    else:
        at = sum(1 for s in new_segs[:at] if s[1] != _COM)
    return SOI + b"".join([*kept[:at], *old_com, *kept[at:]])
