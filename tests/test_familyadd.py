"""A camera's first caption (`captionist.familyadd`): EXIF written on the header, XMP and IIM
each on an empty carrier and put right after the EXIF segment, give the header exiv2's three
rewrites give, byte for byte; ExifTool reads the caption without warnings, pixels unchanged;
files that already hold XMP or IIM (or no EXIF) go the usual way."""

from __future__ import annotations

import shutil
import struct

import pytest
from conftest import CORPUS, exiftool, image_data_hash, make_jpeg

from captionist import exiv, familyadd, familysplit, jpeg, reader
from captionist.metadata import Changes
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed

VALUES = {"headline": "Russische invasie van Oekraïne",
          "description": "Inwoners van Kyiv schuilen in een metrostation — tijdens luchtalarm.",
          "keywords": ["Oekraïne", "oorlog"], "cityName": "Kyiv", "creditLine": "ANP / Reuters"}
IPTC = {"Iptc.Application2.Headline": VALUES["headline"], "Iptc.Application2.Keywords": VALUES["keywords"]}
XMP = {"Xmp.photoshop.Headline": VALUES["headline"],
       "Xmp.dc.description": {'lang="x-default"': VALUES["description"]}}
EXIF = {"Exif.Image.ImageDescription": VALUES["description"]}


def _seg(marker: int, body: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(body) + 2) + body


def _carrier(path) -> bytes:
    with open(path, "rb") as f:
        return jpeg.read_header(f).carrier()


def _both(carrier: bytes, changes: Changes, monkeypatch) -> tuple[bytes, bytes]:
    """exiv2's write of `changes` on `carrier` through familyadd, and the usual way."""
    raw = exiv.read(carrier, "carrier")
    assert familyadd.fresh(familysplit.cut(carrier), ["xmp", "iptc", "exif"]) is not None
    spliced = []
    real = familyadd.Fresh.insert
    with monkeypatch.context() as m:        # the header comes from familyadd, not the fallback
        m.setattr(familyadd.Fresh, "insert", lambda self, *a: spliced.append(real(self, *a)) or spliced[-1])
        fast = exiv.modify(carrier, changes, raw, "carrier")
    assert spliced == [fast]
    with monkeypatch.context() as m:
        m.setattr(familyadd, "fresh", lambda *a: None)
        whole = exiv.modify(carrier, changes, raw, "carrier")
    return fast, whole


def _with(carrier: bytes, at: int, seg: bytes) -> bytes:
    found = familysplit.cut(carrier)
    segs = found.segments[:at] + [seg] + found.segments[at:]
    return jpeg.SOI + b"".join(segs) + found.tail


def _cameras(tmp_path) -> dict[str, bytes]:
    plain = _carrier(make_jpeg(tmp_path / "camera.jpg", (96, 64)))
    found = familysplit.cut(plain)
    exif_seg = found.segments[found.where["exif"]]
    app0 = [s for s in found.segments if s[1] == 0xE0]
    others = [s for s in found.segments if s[1] not in (0xE0, 0xE1)]
    return {
        "JFIF and EXIF": plain,
        "EXIF first, no JFIF": jpeg.SOI + exif_seg + b"".join(others) + found.tail,
        # exiv2 puts its segments after the last APP0 it sees: EXIF moves behind the JFIF
        "EXIF before JFIF": jpeg.SOI + exif_seg + b"".join(app0 + others) + found.tail,
        "a comment": _with(plain, 2, _seg(0xFE, "Kyiv, métro".encode())),
        "an ICC profile": _with(plain, 2, _seg(0xE2, b"ICC_PROFILE\x00\x01\x01" + bytes(200))),
        "an EXIF thumbnail (a real camera's EXIF)": _carrier(CORPUS / "malformed/pr_1994_poc1.jpg"),
    }


@pytest.mark.parametrize("name", ["JFIF and EXIF", "EXIF first, no JFIF", "EXIF before JFIF", "a comment",
                                  "an ICC profile", "an EXIF thumbnail (a real camera's EXIF)"])
def test_the_header_is_the_three_rewrites_header_byte_for_byte(tmp_path, monkeypatch, name):
    carrier = _cameras(tmp_path)[name]
    for changes in (Changes(iptc=IPTC, xmp=XMP, exif=EXIF), Changes(xmp=XMP, exif=EXIF),
                    Changes(iptc=IPTC, exif=EXIF)):
        fast, whole = _both(carrier, changes, monkeypatch)
        assert fast == whole
        got = exiv.read(fast, "new")
        assert got.exif["Exif.Image.ImageDescription"] == VALUES["description"]
        if changes.xmp:
            assert got.xmp["Xmp.photoshop.Headline"] == VALUES["headline"]
        if changes.iptc:
            assert got.iptc["Iptc.Application2.Keywords"] == VALUES["keywords"]


def test_a_camera_file_captioned_reads_in_exiftool_with_its_pixels_kept(tmp_path, monkeypatch):
    src = make_jpeg(tmp_path / "src.jpg", (320, 240))
    calls = []
    real = familyadd.Fresh.insert
    monkeypatch.setattr(familyadd.Fresh, "insert", lambda self, *a: calls.append(1) or real(self, *a))
    got = {}
    for name in ("fast.jpg", "whole.jpg"):
        target = tmp_path / name
        shutil.copy(src, target)
        out = embed(target, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False))
        assert out.status == "written", out.error
        got[name] = exiftool(target)
        assert image_data_hash(target) == image_data_hash(src)
        monkeypatch.setattr(familyadd, "fresh", lambda *a: None)
    assert calls == [1]         # the first write went through familyadd, the second did not
    fast = got["fast.jpg"]
    assert fast["IPTC:Headline"] == fast["XMP-photoshop:Headline"] == VALUES["headline"]
    assert fast["XMP-dc:Description"] == fast["IPTC:Caption-Abstract"] == fast["IFD0:ImageDescription"] \
        == VALUES["description"]
    assert fast["XMP-dc:Subject"] == fast["IPTC:Keywords"] == VALUES["keywords"]
    assert fast["IFD0:Make"] == "Canon"
    assert "ExifTool:Warning" not in fast, fast.get("ExifTool:Warning")
    drop = {k for k in {*fast, *got["whole.jpg"]} if k.startswith(("SourceFile", "System:"))}
    assert {k: v for k, v in fast.items() if k not in drop} == \
        {k: v for k, v in got["whole.jpg"].items() if k not in drop}
    assert reader.load(tmp_path / "fast.jpg").header.header == reader.load(tmp_path / "whole.jpg").header.header


@pytest.mark.parametrize("src", [CORPUS / "formats/XMP.jpg", CORPUS / "formats/IPTC.jpg",
                                 CORPUS / "reference/IPTC-Empty.jpg"], ids=lambda p: p.name)
def test_files_with_xmp_or_iim_or_without_exif_go_the_usual_way(src):
    assert familyadd.fresh(familysplit.cut(_carrier(src)), ["xmp", "iptc", "exif"]) is None


def test_a_photoshop_segment_without_iim_goes_the_usual_way(tmp_path):
    # exiv2 rewrites a Photoshop APP13's other resources too: not a family new to the file
    plain = _carrier(make_jpeg(tmp_path / "camera.jpg"))
    resource = b"8BIM\x04\x0c\x00\x00" + struct.pack(">I", 4) + b"abcd"
    with_ps = _with(plain, 2, _seg(0xED, b"Photoshop 3.0\x00" + resource))
    assert familyadd.fresh(familysplit.cut(with_ps), ["xmp", "iptc", "exif"]) is None


def test_without_an_exif_change_or_a_new_family_the_usual_way(tmp_path):
    found = familysplit.cut(_carrier(make_jpeg(tmp_path / "camera.jpg")))
    assert familyadd.fresh(found, ["xmp", "iptc"]) is None
    assert familyadd.fresh(found, ["exif"]) is None
    assert familyadd.fresh(found, ["iptc", "exif"]).families == ["iptc"]


def test_an_output_exiv2_did_not_lay_out_as_expected_is_refused(tmp_path):
    found = familysplit.cut(_carrier(make_jpeg(tmp_path / "camera.jpg")))
    fresh = familyadd.fresh(found, ["xmp", "exif"])
    xmp = _seg(0xE1, b"http://ns.adobe.com/xap/1.0/\x00<x/>")
    iim = _seg(0xED, b"Photoshop 3.0\x00")
    assert fresh.segments(jpeg.SOI + xmp + fresh.empty[2:]) == {"xmp": xmp}
    assert fresh.segments(jpeg.SOI + iim + fresh.empty[2:]) is None                # another family
    assert fresh.segments(fresh.empty) is None                                     # nothing written
    assert fresh.segments(jpeg.SOI + xmp + xmp + fresh.empty[2:]) is None         # two segments
    both = familyadd.fresh(found, ["xmp", "iptc", "exif"])
    assert both.segments(jpeg.SOI + xmp + iim + both.empty[2:]) == {"xmp": xmp, "iptc": iim}
    assert both.segments(jpeg.SOI + iim + xmp + both.empty[2:]) is None            # not exiv2's order
    assert both.segments(jpeg.SOI + xmp + both.empty[2:]) is None                  # one missing
    no_exif = jpeg.SOI + b"".join(s for s in found.segments if s[1] != 0xE1) + found.tail
    assert fresh.insert(no_exif, {"xmp": xmp}) is None


def test_the_new_families_segments_are_kept_for_the_same_changes(tmp_path, monkeypatch):
    """Two cameras' files captioned with one record: exiv2 writes the XMP and IIM segments on
    the empty carrier once, the second file's header is byte for byte what a fresh write gives,
    and other changes (or a new prefix bound since) are written anew."""
    familyadd._WRITTEN.clear()
    one = _carrier(make_jpeg(tmp_path / "one.jpg", (96, 64), seed=1))
    two = _carrier(make_jpeg(tmp_path / "two.jpg", (64, 96), seed=2))
    changes = Changes(iptc=IPTC, xmp=XMP, exif=EXIF)
    writes = []
    real = exiv._modify_image
    monkeypatch.setattr(exiv, "_modify_image", lambda data, *a: writes.append(data) or real(data, *a))
    first = exiv.modify(one, changes, exiv.read(one, "one"), "one")
    assert len(writes) == 2                                 # EXIF on the header, then the empty carrier
    kept = exiv.modify(two, changes, exiv.read(two, "two"), "two")
    assert len(writes) == 3 and writes[-1] == two           # EXIF only: the new segments were kept
    familyadd._WRITTEN.clear()
    assert kept == exiv.modify(two, changes, exiv.read(two, "two"), "two") and len(writes) == 5
    other = Changes(iptc=IPTC, xmp={**XMP, "Xmp.photoshop.Headline": "Een andere kop"}, exif=EXIF)
    assert b"Een andere kop" in exiv.modify(two, other, exiv.read(two, "two"), "two") and len(writes) == 7
    monkeypatch.setattr(exiv, "namespaces_bound", lambda: -5)          # the table moved
    assert exiv.modify(one, changes, exiv.read(one, "one"), "one") == first and len(writes) == 9
    familyadd._WRITTEN.clear()
