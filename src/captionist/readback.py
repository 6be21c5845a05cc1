"""The verify's read of a new JPEG header, one family's segment at a time (issue 14).

`writer.verify` promises that exiv2, reading the header that will be written, reads back every
planned value. Read whole, that is one exiv2 parse of the header a file (~0.27 ms of CPU for a
camera photo's first caption, 0.1 ms of it the XMP toolkit's parse of the packet, 40 us of that
the clone padding). Two facts make most of it repeat work in a batch:

- exiv2 reads each family of a JPEG from its own segments (EXIF from the APP1 "Exif" segment,
  XMP from the APP1 XMP segment, IIM from the APP13 "Photoshop 3.0" segment: the layout
  `familysplit` already writes by), so a header whose families sit one segment each reads, family
  by family, as each segment read alone does (`tests/test_readback.py` compares them);
- exiv2's reading of a segment is a function of its bytes and of the process's namespace table
  (which prefix names which URI). A shoot captioned with one record gets the same XMP packet and
  the same IIM block in every file (a camera's first caption writes them on an empty carrier,
  `familyadd`), so the answer for those bytes is kept and served again while the table is as it
  was (`exiv.namespaces_bound()` unchanged: a new prefix is the only way the table moves in this
  process, a stranger's URI going to a forked child, see `exiv._guarded`).

The XMP segment is keyed and read without its padding: the whitespace right before the packet
trailer `<?xpacket end=` that `clone.align_header` sizes per file (XMP Part 1, 7.3: the padding
is whitespace that readers skip; outside the x:xmpmeta element an XML parser reports none of
it), so files whose headers differ in length share the answer. EXIF is read every time (a
camera's EXIF differs from file to file: exposure, time), from its segment alone with the maker
note counted 0 bytes, as the whole-header verify read it (`quietexif`).

Any other layout (a family in several segments, Extended XMP, a family the header lacks) gets
None: the caller reads the header whole, as before.
"""

from __future__ import annotations

from . import exiv, familysplit, jpeg, quietexif
from .metadata import RawMetadata

_TRAILER, _CLOSE, _WS = b"<?xpacket end=", b"</x:xmpmeta>", b" \t\r\n"
_NOTE_MM, _NOTE_II = b"\x92\x7c", b"\x7c\x92"   # the MakerNote tag, 0x927C, either byte order
_MAX = 16           # answers kept a family: a batch meets a few distinct segments
_known: dict[tuple[str, bytes], tuple] = {}
_table = [-1]       # exiv.namespaces_bound() when `_known` was filled


def unpadded(segment: bytes) -> bytes:
    """An XMP APP1 segment without the whitespace before its packet trailer (length fixed)."""
    at = segment.rfind(_TRAILER)
    close = segment.rfind(_CLOSE, 0, at)
    if close < 0 or at - close - len(_CLOSE) < 2 or segment[close + len(_CLOSE):at].translate(None, _WS):
        return segment      # no trailer, no padding, or something else than XML whitespace there
    # one newline kept: the trailer stays on a line of its own, as exiv2 writes it unpadded
    out = segment[:close + len(_CLOSE)] + b"\n" + segment[at:]
    return out[:2] + (len(out) - 2).to_bytes(2, "big") + out[4:]


def read(header: bytes, sos_segment: bytes, where, families: tuple[str, ...]) -> RawMetadata | None:
    """exiv2's reading of `families` ("exif", "iptc", "xmp") of the JPEG header `header`, or
    None when its layout is not one segment a family (the caller then reads it whole)."""
    segs = jpeg.segments(header)        # walked once: the fingerprint after the write asks too
    if segs is None:
        return None
    found: dict[str, bytes] = {}
    for seg in segs:
        family = familysplit._family(seg) if seg[1] in (0xE1, 0xED) else None
        if family == "xmp-extension" or (family is not None and family in found):
            return None
        if family is not None:
            found[family] = seg
    if any(f not in found for f in families):
        return None
    tail = sos_segment + b"\x00\x00" + jpeg.EOI
    if exiv.namespaces_bound() != _table[0]:
        _known.clear()
        _table[0] = exiv.namespaces_bound()
    got: dict = {"iptc": {}, "xmp": {}, "exif": {}, "iim_charset": None}
    for family in families:
        seg = found[family]
        if family == "exif":
            carrier = quietexif.exif_alone(header, sos_segment) if _NOTE_MM in seg or _NOTE_II in seg else None
            got["exif"] = exiv.read(carrier or jpeg.SOI + seg + tail, where, families=("exif",)).exif
            continue
        if family == "xmp":
            seg = unpadded(seg)
        answer = _known.get((family, seg))
        if answer is None:
            before = exiv.namespaces_bound()
            raw = exiv.read(jpeg.SOI + seg + tail, where, families=(family,))
            answer = (raw.xmp,) if family == "xmp" else (raw.iptc, raw.iim_charset)
            # kept only when the table did not move during the read (its packet bound a new
            # prefix, or another thread's did): the next call starts afresh then
            if exiv.namespaces_bound() == before == _table[0]:
                if len(_known) >= 2 * _MAX:
                    _known.clear()      # a daemon meets many records in a day, a batch a few
                _known[(family, seg)] = answer
        if family == "xmp":
            got["xmp"] = answer[0]
        else:
            got["iptc"], got["iim_charset"] = answer
    return RawMetadata(**got)
