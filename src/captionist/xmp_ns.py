"""Keep a file's own XMP namespace URIs when exiv2 re-serializes its packet.

exiv2 names namespaces by prefix with a URI table of its own, so a file that declares a prefix
with a slightly different URI gets exiv2's URI back: the Microsoft Photo schema a file
declares as `http://ns.microsoft.com/photo/1.0` comes back as `.../photo/1.0/`, which moves
every MicrosoftPhoto property into another namespace for strict readers (ExifTool reports a
"fixed incorrect URI"). captionist never writes into such foreign namespaces, so after the
write each prefix the original declared gets its original URI back, in the main XMP packet
of a JPEG, a PNG's uncompressed iTXt packet, a WebP's XMP chunk, a sidecar, and a TIFF's
packet (in place, at its size: a shorter URI is padded with spaces).
"""

from __future__ import annotations

import re
import struct
import zlib

from . import jpeg, webp

_XMLNS = re.compile(rb'xmlns:([A-Za-z_][\w.-]*)\s*=\s*(["\'])(.*?)\2', re.S)
XMP_SIG = b"http://ns.adobe.com/xap/1.0/\x00"
_XMP_APP1 = (XMP_SIG, b"http://ns.adobe.com/xmp/extension/\x00")


def declared(packet: bytes) -> dict[bytes, bytes]:
    """prefix -> URI for each namespace declaration (the first one of a prefix wins)."""
    out: dict[bytes, bytes] = {}
    for m in _XMLNS.finditer(packet):
        out.setdefault(m.group(1), m.group(3))
    return out


def _xmp_spans(data: bytes) -> list[tuple[int, int]]:
    """Where a JPEG keeps XMP (its APP1 XMP segments, up to the scan), so that the image data
    and the EXIF thumbnail are not searched; all of any other data."""
    if not data.startswith(b"\xff\xd8"):
        return [(0, len(data))]
    spans, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker, length = data[pos + 1], int.from_bytes(data[pos + 2:pos + 4], "big")
        if marker in (0xD9, 0xDA):
            return spans
        if length < 2:
            break
        if marker == 0xE1 and data.startswith(_XMP_APP1, pos + 4):
            spans.append((pos + 4, min(pos + 2 + length, len(data))))
        pos += 2 + length
    if pos >= len(data):
        return spans                # a header without its scan (the writer's carrier)
    return [(0, len(data))]         # a layout not walked here (fill bytes, standalone markers)


def declarations(data: bytes) -> list[tuple[bytes, bytes]]:
    """(prefix, URI) of every namespace declaration in a whole file's XMP, in order: what an
    exiv2 parse of `data` binds in the process (`captionist.exiv`)."""
    if b"xmlns:" not in data:       # no XMP at all (a camera's first caption): no segment walk
        return []
    out = []
    for start, end in _xmp_spans(data):
        at = data.find(b"xmlns:", start, end)
        while at >= 0:
            m = _XMLNS.match(data, at, end)
            at = data.find(b"xmlns:", at + 6, end)
            if m:
                out.append((m.group(1), m.group(3)))
    return out


_ABOUT = re.compile(rb'rdf:about=(["\'])(.*?)\1')
_OLD_ABOUT = re.compile(rb'(?<![\w:])(?:rdf:)?about=(["\'])(.*?)\1')   # early XMP wrote a bare `about`


def _utf8(packet: bytes) -> bytes:
    """A packet as UTF-8 (XMP may be serialized as UTF-16 or UTF-32, XMP Part 1 section 7.1)."""
    for head, codec in ((b"\x00\x00\x00<", "utf-32-be"), (b"<\x00\x00\x00", "utf-32-le"),
                        (b"\x00<", "utf-16-be"), (b"<\x00", "utf-16-le")):
        if packet.startswith(head):
            return packet.decode(codec, "replace").encode("utf-8")
    return packet


def _restore_about(original: bytes, new: bytes) -> bytes:
    """The XMP toolkit turns a legacy `rdf:about="uuid:..."` into an xmpMM:InstanceID it
    invents (the file had none) and empties rdf:about: put the about back, drop the invention."""
    m = _OLD_ABOUT.search(original)
    about = m.group(2) if m else b""
    if not about or b"InstanceID" in original:
        return new
    esc = re.escape(about)
    # the xmpMM namespace, under its current prefix or the early "xapMM"
    invented = re.compile(rb'\s+x[am]pMM:InstanceID=(["\'])' + esc + rb'\1|\s*<(x[am]pMM):InstanceID>' + esc
                          + rb'</\2:InstanceID>')
    if not invented.search(new):
        return new
    new = invented.sub(b"", new, count=1)
    return _ABOUT.sub(lambda a: b"rdf:about=" + a.group(1) + about + a.group(1) if not a.group(2) else a.group(0), new)


def restore(original: bytes, new: bytes, keep_length: bool = False) -> bytes:
    """`new` with each prefix the `original` declared under another URI declared as there,
    unless the new packet uses the original URI under another prefix too; and a legacy
    rdf:about kept (see `_restore_about`). `keep_length`: the packet sits at a fixed size
    (TIFF): a shorter declaration is padded with spaces, a longer one is not made."""
    original = _utf8(original)
    if not keep_length:
        new = _restore_about(original, new)
    old, now = declared(original), declared(new)
    fixes = {p: old[p] for p, uri in now.items() if p in old and old[p] != uri and old[p] not in now.values()}
    if not fixes:
        return new

    def swap(m: re.Match) -> bytes:
        p = m.group(1)
        if p in fixes:
            out = b"xmlns:" + p + b"=" + m.group(2) + fixes[p] + m.group(2)
            if keep_length:
                if len(out) > len(m.group(0)):
                    return m.group(0)
                out += b" " * (len(m.group(0)) - len(out))   # whitespace between attributes
            return out
        return m.group(0)
    return _XMLNS.sub(swap, new)


def _main_xmp(header: bytes) -> bytes | None:
    for seg in jpeg.segments(header) or ():
        if seg[1] == 0xE1 and seg[4:4 + len(XMP_SIG)] == XMP_SIG:
            return seg[4 + len(XMP_SIG):]
    return None


def restore_header(original: bytes, new: bytes) -> bytes:
    """A JPEG header whose main XMP packet has had `restore` applied against the original's."""
    old_packet = _main_xmp(original)
    if old_packet is None:
        return new
    segs = jpeg.segments(new)
    if segs is None:
        return new
    out = []
    changed = False
    for seg in segs:
        if seg[1] == 0xE1 and seg[4:4 + len(XMP_SIG)] == XMP_SIG:
            packet = restore(old_packet, seg[4 + len(XMP_SIG):])
            if packet == seg[4 + len(XMP_SIG):]:
                out.append(seg)
                continue
            changed = True
            body = XMP_SIG + packet
            if len(body) + 2 > 0xFFFF:
                return new
            seg = seg[:2] + struct.pack(">H", len(body) + 2) + body
        out.append(seg)
    # unchanged: the same object, whose segments the next steps find walked (`jpeg.segments`)
    return jpeg.SOI + b"".join(out) if changed else new


# --------------------------------------------------------------------------- PNG and WebP

_PNG_SIG = b"\x89PNG\r\n\x1a\n"
_PNG_XMP = b"XML:com.adobe.xmp\x00\x00\x00\x00\x00"   # keyword, NUL, uncompressed, no language/keyword


def _png_chunks(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """(type, data) of each PNG chunk (PNG spec section 5.3), or None when it does not walk."""
    if not data.startswith(_PNG_SIG):
        return None
    out, pos = [], len(_PNG_SIG)
    while pos + 12 <= len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        if pos + 12 + n > len(data):
            return None
        out.append((data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]))
        pos += 12 + n
    return out if pos == len(data) else None


def _png_xmp(chunks) -> bytes | None:
    return next((d[len(_PNG_XMP):] for t, d in chunks if t == b"iTXt" and d.startswith(_PNG_XMP)), None)


def _restore_png(original: bytes, new: bytes) -> bytes:
    old_chunks, new_chunks = _png_chunks(original), _png_chunks(new)
    old_packet = _png_xmp(old_chunks) if old_chunks else None
    if old_packet is None or new_chunks is None or _png_xmp(new_chunks) is None:
        return new
    out = [_PNG_SIG]
    for t, d in new_chunks:
        if t == b"iTXt" and d.startswith(_PNG_XMP):
            d = _PNG_XMP + restore(old_packet, d[len(_PNG_XMP):])
        out.append(struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF))
    return b"".join(out)


def _restore_webp(original: bytes, new: bytes) -> bytes:
    old_chunks, new_chunks = webp.chunks(original), webp.chunks(new)
    old_packet = next((c[8:8 + struct.unpack("<I", c[4:8])[0]] for f, c in old_chunks or [] if f == b"XMP "), None)
    if old_packet is None or new_chunks is None:
        return new
    out = []
    for f, c in new_chunks:
        if f == b"XMP ":
            packet = restore(old_packet, c[8:8 + struct.unpack("<I", c[4:8])[0]])
            c = f + struct.pack("<I", len(packet)) + packet + (b"\x00" if len(packet) & 1 else b"")
        out.append(c)
    body = b"WEBP" + b"".join(out)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _packet_span(data: bytes) -> tuple[int, int] | None:
    start = data.find(b"<?xpacket begin=")
    end = data.find(b"<?xpacket end=", start + 1) if start >= 0 else -1
    close = data.find(b"?>", end) if end >= 0 else -1
    return (start, close + 2) if close >= 0 else None


def _restore_tiff(original: bytes, new: bytes) -> bytes:
    """A TIFF's packet sits at an offset its IFD names: it is restored in place, at its size."""
    old_span, new_span = _packet_span(original), _packet_span(new)
    if old_span is None or new_span is None:
        return new
    packet = new[new_span[0]:new_span[1]]
    fixed = restore(original[old_span[0]:old_span[1]], packet, keep_length=True)
    if fixed == packet or len(fixed) != len(packet):
        return new
    return new[:new_span[0]] + fixed + new[new_span[1]:]


def restore_file(original: bytes, new: bytes, mime: str) -> bytes:
    """`new` (a whole PNG, WebP or TIFF exiv2 wrote) with the original's namespace URIs restored."""
    if mime == "image/png":
        return _restore_png(original, new)
    if mime == "image/webp":
        return _restore_webp(original, new)
    if mime == "image/tiff":
        return _restore_tiff(original, new)
    return new
