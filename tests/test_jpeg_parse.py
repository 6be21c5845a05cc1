"""jpeg.parse_header / read_header: the in-memory walk of a JPEG header (issue 14: one parse
of bytes instead of a read call per marker byte) gives what reading the file marker by marker
gave, header, SOS segment, scan offset and error alike, on the corpus, on headers grown past
the first read, and on every truncation and byte flip of a small header."""

from __future__ import annotations

import io
import random
import struct
from pathlib import Path

import pytest

from captionist import jpeg

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"
JPEGS = sorted(p for p in CORPUS.rglob("*") if p.suffix.lower() in (".jpg", ".jpeg"))


def marker_by_marker(f) -> jpeg.Header:
    """The reader this project used before issue 14, kept here as the reference."""
    f.seek(0)
    if f.read(2) != jpeg.SOI:
        raise jpeg.JpegError("not a JPEG (no SOI marker)")
    chunks, pos = [jpeg.SOI], 2
    while True:
        b = f.read(1)
        if not b:
            raise jpeg.JpegError("truncated JPEG header (no SOS marker before end of file)")
        if b != b"\xff":
            raise jpeg.JpegError(f"corrupt JPEG header: expected a marker at offset {pos}")
        marker, fill = f.read(1), 0
        while marker == b"\xff":
            marker, fill = f.read(1), fill + 1
        if not marker:
            raise jpeg.JpegError("truncated JPEG header")
        m = marker[0]
        if m in jpeg._STANDALONE:
            chunks.append(b"\xff" + marker)
            pos += 2 + fill
            continue
        if m in (0xD8, 0xD9, 0x00):
            raise jpeg.JpegError(f"corrupt JPEG header: unexpected marker 0x{m:02X} at offset {pos}")
        raw_len = f.read(2)
        if len(raw_len) != 2:
            raise jpeg.JpegError("truncated JPEG header")
        (length,) = struct.unpack(">H", raw_len)
        if length < 2:
            raise jpeg.JpegError(f"corrupt JPEG segment length at offset {pos}")
        body = f.read(length - 2)
        if len(body) != length - 2:
            raise jpeg.JpegError("truncated JPEG segment")
        segment = b"\xff" + marker + raw_len + body
        if m == jpeg.SOS:
            return jpeg.Header(b"".join(chunks), segment, pos + fill)
        chunks.append(segment)
        pos += 2 + fill + length


def answer(read, data: bytes):
    try:
        h = read(data)
        return ("ok", h.header, h.sos_segment, h.scan_offset)
    except jpeg.JpegError as e:
        return ("error", str(e))


def same_everywhere(data: bytes) -> None:
    want = answer(lambda d: marker_by_marker(io.BytesIO(d)), data)
    assert answer(lambda d: jpeg.read_header(io.BytesIO(d)), data) == want
    assert answer(jpeg.parse_header, data) == want


def test_corpus_files_parse_as_before():
    assert len(JPEGS) >= 30
    for path in JPEGS:
        same_everywhere(path.read_bytes())


def test_reference_header_is_found():
    data = (CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg").read_bytes()
    h = jpeg.parse_header(data)
    assert data[h.scan_offset:h.scan_offset + 2] == b"\xff\xda"
    assert h.header + h.sos_segment == data[:h.scan_offset + len(h.sos_segment)]


def test_header_larger_than_the_first_read():
    # four 64 KB APP segments before the scan: read_header must read on, more than once
    base = (CORPUS / "formats" / "IPTC.jpg").read_bytes()
    app = b"\xff\xe9" + struct.pack(">H", 0xFFFF) + bytes(range(256)) * 255 + b"x" * 253
    data = base[:2] + app * 4 + base[2:]
    h = jpeg.read_header(io.BytesIO(data))
    assert h.scan_offset > 4 * 0xFFFF > jpeg._FIRST_READ
    same_everywhere(data)


def test_fill_bytes_and_standalone_markers():
    base = (CORPUS / "formats" / "XMP.jpg").read_bytes()
    h = jpeg.parse_header(base)
    # fill bytes before the SOS marker and before a segment, an RST0 between segments
    data = base[:2] + b"\xff\xff\xff" + base[2:h.scan_offset] + b"\xff\xd0" + b"\xff\xff" + base[h.scan_offset:]
    same_everywhere(data)
    got = jpeg.parse_header(data)
    assert got.scan_offset == h.scan_offset + 3 + 2 + 2
    assert got.header == h.header + b"\xff\xd0"


def test_every_truncation_and_random_damage_answer_as_before():
    data = (CORPUS / "formats" / "IPTC.jpg").read_bytes()
    end = jpeg.parse_header(data).scan_offset + 20
    for cut in range(0, end):
        same_everywhere(data[:cut])
        assert jpeg.parse_header(data[:cut], eof=False) is None or cut > jpeg.parse_header(data).scan_offset
    rng = random.Random(14)
    for _ in range(1500):
        b = bytearray(data[:end + 50])
        for _ in range(rng.randint(1, 3)):
            b[rng.randrange(len(b))] = rng.choice([0x00, 0xFF, 0xD8, 0xD9, 0xDA, 0xD0, 0x01, rng.randrange(256)])
        same_everywhere(bytes(b))


def test_not_a_jpeg():
    with pytest.raises(jpeg.JpegError, match="no SOI"):
        jpeg.parse_header(b"GIF89a")
    assert jpeg.parse_header(b"\xff", eof=False) is None
