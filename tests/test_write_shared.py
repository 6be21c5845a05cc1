"""A write hands what it has to its later steps (issue 14): a header's segments walked once,
the carrier's header cut by its tail, only the written families read back, the original read
through the lease's descriptor. Each shortcut gives what the long way gives."""

from __future__ import annotations

import os
import struct

from conftest import CORPUS, make_jpeg

from captionist import exiv, files, jpeg


def _seg(marker: int, body: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(body) + 2) + body


def _header(path) -> jpeg.Header:
    with open(path, "rb") as f:
        return jpeg.read_header(f)


def test_segments_are_walked_once_per_header_and_equal_the_walk(tmp_path, monkeypatch):
    header = _header(make_jpeg(tmp_path / "a.jpg")).header
    walks = []
    real = jpeg._segments
    monkeypatch.setattr(jpeg, "_segments", lambda h: walks.append(h) or real(h))
    first = jpeg.segments(header)
    assert jpeg.segments(header) is first and len(walks) == 1
    assert list(first) == real(header)
    other = header[:2] + header[2:]         # equal bytes, another object: walked on its own
    assert jpeg.segments(other) == first and len(walks) == 2
    assert jpeg.segments(jpeg.SOI + b"\xff\xd0") is None    # a standalone marker: not walked


def test_the_carrier_header_cut_by_its_tail_is_the_walked_header(tmp_path):
    camera = _header(CORPUS / "malformed/pr_1994_poc1.jpg")      # EXIF with a JPEG thumbnail
    for head in (_header(make_jpeg(tmp_path / "a.jpg")), camera):
        tail = head.sos_segment + b"\x00\x00" + jpeg.EOI
        carrier = head.header + tail
        assert jpeg.header_of(carrier, tail) == jpeg.header_of(carrier) == head.header
    # a tail that is not the carrier's: walked
    plain = _header(make_jpeg(tmp_path / "b.jpg"))
    assert jpeg.header_of(plain.carrier(), b"\x00" + jpeg.EOI) == plain.header


def test_no_comment_and_no_digest_hand_on_the_same_header(tmp_path):
    header = _header(make_jpeg(tmp_path / "a.jpg")).header
    assert jpeg.restore_comments(header, header) is header
    assert jpeg.refresh_iptc_digest(header, header, True) is header
    # with a comment in the original, exiv2's lost one comes back
    com = _seg(0xFE, "Kyiv, métro".encode())
    with_com = header[:2] + com + header[2:]
    assert jpeg.restore_comments(with_com, header) != header
    assert com in jpeg.restore_comments(with_com, header)


def test_a_read_of_some_families_reads_them_as_a_whole_read_does(tmp_path):
    carrier = _header(CORPUS / "malformed/pr_1994_poc1.jpg").carrier()
    whole = exiv.read(carrier, "camera")
    for families in (("exif",), ("iptc", "xmp"), ("exif", "iptc", "xmp")):
        got = exiv.read(carrier, "camera", families=families)
        assert got.exif == (whole.exif if "exif" in families else {})
        assert got.xmp == (whole.xmp if "xmp" in families else {})
        assert got.iptc == (whole.iptc if "iptc" in families else {})
        assert got.iim_charset == (whole.iim_charset if "iptc" in families else None)


def test_a_source_opened_by_the_caller_is_read_through_and_stays_open(tmp_path):
    src = make_jpeg(tmp_path / "a.jpg")
    data = src.read_bytes()
    fd = os.open(src, os.O_RDONLY)
    try:
        st = os.fstat(fd)
        for stat in (st, None):
            out = tmp_path / f"out-{stat is None}.jpg"
            files.atomic_write(out, [b"head", (src, 100)], mode_from=src, opened={src: (fd, stat)})
            assert out.read_bytes() == b"head" + data[100:]
            os.fstat(fd)                        # still open
    finally:
        os.close(fd)
