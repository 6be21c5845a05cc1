"""The verify's read of a header without its maker note's text (`captionist.quietexif`): only
the maker note's count differs from the written header, exiv2 reads every other EXIF value as
written, a wrong planned value is still caught, and the written file keeps its maker note."""

from __future__ import annotations

import shutil

import pytest
from conftest import CORPUS, exiftool, image_data_hash, make_jpeg

from captionist import exiv, jpeg, pipeline, quietexif, reader, writer, xmp_extended
from captionist.errors import VerifyError
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed

NIKON = CORPUS / "malformed/pr_1994_poc1.jpg"      # a Nikon's EXIF: a 125 KB maker note
VALUES = {"headline": "Russische invasie van Oekraïne",
          "description": "Inwoners van Kyiv schuilen in een metrostation — tijdens luchtalarm.",
          "keywords": ["Oekraïne", "oorlog"], "creditLine": "ANP / Reuters"}


def _header(path) -> jpeg.Header:
    with open(path, "rb") as f:
        return jpeg.read_header(f)


def test_only_the_maker_note_count_differs_and_the_rest_reads_as_written():
    h = _header(NIKON)
    quiet, whole = quietexif.carrier(h.header, h.sos_segment), h.carrier()
    assert len(quiet) == len(whole)
    diff = [i for i in range(len(whole)) if quiet[i] != whole[i]]
    assert diff and diff[-1] - diff[0] < 4                  # within the one 4-byte count field
    got, want = exiv.read(quiet, "quiet").exif, exiv.read(whole, "whole").exif
    maker = {k for k in want if k.startswith(("Exif.Nikon", "Exif.MakerNote.")) or k == "Exif.Photo.MakerNote"}
    assert maker and len(want) - len(maker) > 40
    assert {k: v for k, v in want.items() if k not in maker} == {k: v for k, v in got.items() if k not in maker}


def test_a_wrong_planned_value_is_still_caught(tmp_path):
    target = tmp_path / "nikon.jpg"
    shutil.copy(NIKON, target)
    snap = reader.load(target)
    plan = pipeline.plan_for(snap, CaptionRecord.model_validate({"id": "r", **VALUES}), Options())
    exiv._drop_kept()
    wrong = plan.ops.__class__(**{**vars(plan.ops), "exif": {"Exif.Image.ImageDescription": "something else"}})
    header = jpeg.header_of(exiv.modify(snap.header.carrier(), wrong, snap.raw, target))
    quiet = quietexif.carrier(header, snap.header.sos_segment)
    assert quiet is not None
    with pytest.raises(VerifyError, match="description"):
        writer.verify(plan, xmp_extended.read(header, quiet, target), target)
    right = jpeg.header_of(exiv.modify(snap.header.carrier(), plan.ops, snap.raw, target))
    writer.verify(plan, xmp_extended.read(right, quietexif.carrier(right, snap.header.sos_segment), target),
                  target)


def test_a_captioned_camera_file_keeps_its_maker_note(tmp_path):
    target = tmp_path / "nikon.jpg"
    shutil.copy(NIKON, target)
    before = exiftool(target)
    out = embed(target, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False))
    assert out.status == "written", out.error
    after = exiftool(target)
    assert after["IFD0:ImageDescription"] == after["XMP-dc:Description"] == VALUES["description"]
    assert after["IPTC:Headline"] == VALUES["headline"]
    nikon = {k: v for k, v in before.items() if k.startswith("Nikon")}
    assert nikon and {k: after.get(k) for k in nikon} == nikon
    assert image_data_hash(target) == image_data_hash(NIKON)


@pytest.mark.parametrize("src", [CORPUS / "formats/XMP.jpg", CORPUS / "reference/IPTC-Empty.jpg",
                                 CORPUS / "reference/IPTC-PhotometadataRef-Std2021.1.jpg"], ids=lambda p: p.name)
def test_headers_without_a_maker_note_are_read_as_they_are(src):
    h = _header(src)
    assert quietexif.carrier(h.header, h.sos_segment) is None


def test_exif_that_does_not_walk_is_read_as_it_is(tmp_path):
    h = _header(make_jpeg(tmp_path / "camera.jpg"))
    assert quietexif.carrier(h.header, h.sos_segment) is None        # EXIF without a maker note
    nikon = _header(NIKON)
    seg_at = nikon.header.index(b"Exif\x00\x00")
    for cut in (seg_at + 6 + 4, seg_at + 6 + 9, seg_at + 40):        # offsets past the segment's end
        broken = bytearray(nikon.header)
        broken[cut:cut + 4] = b"\xff\xff\xff\x7f"
        quietexif.carrier(bytes(broken), nikon.sos_segment)            # no exception, whatever it finds
