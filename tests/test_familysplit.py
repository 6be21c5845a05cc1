"""One exiv2 write per header (`captionist.familysplit`): each family written on its own
segment and spliced back reads, in ExifTool, exactly as the whole-header write did; pixels and
the other segments stay as they were; layouts that are not one segment a family go the usual
way."""

from __future__ import annotations

import shutil
import struct

import pytest
from conftest import CORPUS, exiftool, image_data_hash, make_jpeg

from captionist import familysplit, jpeg
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed

VALUES = {"headline": "Russische invasie van Oekraïne",
          "description": "Inwoners van Kyiv schuilen in een metrostation — tijdens luchtalarm.",
          "keywords": ["Oekraïne", "oorlog"], "cityName": "Kyiv", "creditLine": "ANP / Reuters"}
# files that carry EXIF, XMP and IIM, each in one segment
SPLIT = [CORPUS / "reference/IPTC-PhotometadataRef-Std2021.1.jpg",
         CORPUS / "reference/IPTC-PhotometadataRef-Std2019.1.jpg", CORPUS / "c2pa/A.jpg"]
# what differs between two copies of a file whatever their metadata (names, dates), and the
# Content Credentials a write invalidates (reported either way)
VOLATILE = ("SourceFile", "System:", "JUMBF:", "C2PA")


def _seg(marker: int, body: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(body) + 2) + body


def _header(path) -> bytes:
    with open(path, "rb") as f:
        return jpeg.read_header(f).header


def _write(tmp_path, src, name, monkeypatch=None) -> tuple:
    target = tmp_path / name
    shutil.copy(src, target)
    out = embed(target, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False))
    assert out.status == "written", out.error
    return target, exiftool(target)


@pytest.mark.parametrize("src", SPLIT, ids=lambda p: p.name)
def test_a_spliced_write_reads_as_the_whole_header_write(tmp_path, monkeypatch, src):
    fams = ["xmp", "iptc", "exif"]
    assert familysplit.layout(jpeg.Header(_header(src), b"\xff\xda\x00\x02", 0).carrier(), fams) is not None
    spliced, got = _write(tmp_path, src, "spliced.jpg")
    with monkeypatch.context() as m:           # the usual path: exiv2 rewrites the whole header
        m.setattr(familysplit, "layout", lambda *a: None)
        whole, want = _write(tmp_path, src, "whole.jpg")
    assert got["IPTC:Headline"] == got["XMP-photoshop:Headline"] == VALUES["headline"]
    assert got["XMP-dc:Description"] == got["IPTC:Caption-Abstract"] == got["IFD0:ImageDescription"] \
        == VALUES["description"]
    assert got["XMP-dc:Subject"] == VALUES["keywords"]
    assert "ExifTool:Warning" not in got, got.get("ExifTool:Warning")
    drop = {k for k in {*got, *want} if k.startswith(VOLATILE)}
    assert {k: v for k, v in got.items() if k not in drop} == {k: v for k, v in want.items() if k not in drop}
    assert image_data_hash(spliced) == image_data_hash(src)
    # the original's segments stay where they were, untouched ones byte for byte
    old, new = jpeg._segments(_header(src)), jpeg._segments(_header(spliced))
    kinds = [familysplit._family(s) for s in old]
    assert [familysplit._family(s) for s in new] == kinds
    for a, b in zip(old, new):
        if familysplit._family(a) is None and a[1] != 0xE1:
            assert a == b


def test_layouts_that_are_not_one_segment_a_family_go_the_usual_way(tmp_path):
    base = jpeg.Header(_header(SPLIT[0]), b"\xff\xda\x00\x02", 0)
    segs = jpeg._segments(base.header)
    fams = ["xmp", "iptc", "exif"]

    def carrier(segments):
        return jpeg.SOI + b"".join(segments) + base.sos_segment + b"\x00\x00" + jpeg.EOI

    assert familysplit.layout(carrier(segs), fams) is not None
    iptc = next(s for s in segs if familysplit._family(s) == "iptc")
    assert familysplit.layout(carrier([*segs, iptc]), fams) is None            # IIM in two APP13s
    ext = _seg(0xE1, b"http://ns.adobe.com/xmp/extension/\x00" + b"0" * 32 + b"\x00" * 8 + b"<x/>")
    assert familysplit.layout(carrier([*segs, ext]), fams) is None             # Extended XMP
    no_iptc = [s for s in segs if s is not iptc]
    assert familysplit.layout(carrier(no_iptc), fams) is None                  # a family to add
    assert familysplit.layout(carrier(no_iptc), ["xmp", "exif"]) is not None
    assert familysplit.layout(base.header, fams) is None                       # not a carrier


def test_a_file_missing_a_family_is_written_the_usual_way_and_reads_back(tmp_path):
    # camera EXIF only: IIM and XMP are added by exiv2's whole-header write, as before
    path = make_jpeg(tmp_path / "camera.jpg")
    pixels = image_data_hash(path)
    out = embed(path, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False))
    assert out.status == "written", out.error
    got = exiftool(path)
    assert got["IPTC:Headline"] == got["XMP-photoshop:Headline"] == VALUES["headline"]
    assert got["IFD0:Make"] == "Canon"
    assert image_data_hash(path) == pixels


def test_a_second_caption_on_a_captioned_file_is_spliced_and_reads_back(tmp_path):
    # the first write gives the file all three families; the second then goes by the splice
    path = make_jpeg(tmp_path / "again.jpg")
    embed(path, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False))
    first = _header(path)
    assert familysplit.layout(jpeg.Header(first, b"\xff\xda\x00\x02", 0).carrier(), ["xmp", "iptc", "exif"])
    new = {"headline": "Tweede kop", "description": "Een ander bijschrift, met ë en ß.", "keywords": ["één"]}
    out = embed(path, CaptionRecord.model_validate({"id": "r", **new}), Options(fsync=False))
    assert out.status == "written", out.error
    got = exiftool(path)
    assert got["IPTC:Headline"] == got["XMP-photoshop:Headline"] == new["headline"]
    assert got["XMP-dc:Description"] == got["IPTC:Caption-Abstract"] == got["IFD0:ImageDescription"] \
        == new["description"]
    assert got["XMP-dc:Subject"] == ["één"] and got["IPTC:Keywords"] in ("één", ["één"])
    assert got["XMP-photoshop:City"] == got["IPTC:City"] == VALUES["cityName"]
    assert "ExifTool:Warning" not in got
