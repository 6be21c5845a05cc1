"""One exiv2 parse a JPEG header, not two (issue 14): the parse `reader.load` makes is kept for
the write of the same file (`exiv.read(..., keep=True)`, taken by `exiv.modify`). The kept
image must give exactly the bytes a fresh parse gives, only for the very bytes it was parsed
from, and the write must read back as before."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CORPUS, exiftool, image_data_hash, make_jpeg

from captionist import exiv, jpeg, reader
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed
from captionist.plan import make_plan

VALUES = {"headline": "Russische invasie van Oekraïne",
          "description": "Inwoners van Kyiv schuilen in een metrostation — tijdens luchtalarm.",
          "keywords": ["Oekraïne", "oorlog"]}
FILES = [CORPUS / "reference/IPTC-PhotometadataRef-Std2021.1.jpg", CORPUS / "formats/XMP.jpg",
         CORPUS / "formats/IPTC.jpg", CORPUS / "reconcile/metadata_demo_iim_and_xmp_only.jpg"]


def _carrier_and_plan(path: Path):
    with open(path, "rb") as f:
        header = jpeg.read_header(f)
    exiv._drop_kept()
    raw = exiv.read(header.carrier(), path)
    snap_values = reader.reconcile(raw, only=VALUES)
    plan = make_plan(dict(VALUES), raw, snap_values, frozenset({"xmp", "iim", "exif"}))
    return header.carrier(), raw, plan


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_kept_parse_writes_the_bytes_a_fresh_parse_writes(path):
    carrier, raw, plan = _carrier_and_plan(path)
    fresh = exiv.modify(carrier, plan.ops, raw, path)
    kept_raw = exiv.read(carrier, path, keep=True)
    assert kept_raw == raw                      # reading through a kept image reads the same
    assert exiv._kept, "the read kept its image"
    # a carrier built again from the same header: equal bytes, another object
    again = bytes(bytearray(carrier))
    assert again is not carrier
    assert exiv.modify(again, plan.ops, raw, path) == fresh
    assert not exiv._kept, "the write took the kept image"
    # with nothing kept the write parses afresh, and still gives the same bytes
    assert exiv.modify(carrier, plan.ops, raw, path) == fresh


def test_a_kept_parse_serves_only_the_bytes_it_was_parsed_from():
    a_carrier, a_raw, a_plan = _carrier_and_plan(FILES[0])
    b_carrier, b_raw, b_plan = _carrier_and_plan(FILES[1])
    a_fresh = exiv.modify(a_carrier, a_plan.ops, a_raw, FILES[0])
    b_fresh = exiv.modify(b_carrier, b_plan.ops, b_raw, FILES[1])
    exiv.read(a_carrier, FILES[0], keep=True)
    assert exiv._kept and exiv._kept[0][0] == a_carrier
    # another file's write does not use A's image, and drops it: B's packet moves exiv2's
    # namespace tables, after which A's old parse serialises xmpRights: as xapRights:
    assert exiv.modify(b_carrier, b_plan.ops, b_raw, FILES[1]) == b_fresh
    assert not exiv._kept
    assert exiv.modify(a_carrier, a_plan.ops, a_raw, FILES[0]) == a_fresh
    # so does any other exiv2 call between the read and the write
    for other in (lambda: exiv.read(b_carrier, FILES[1]),
                  lambda: exiv.modify_sidecar(b"", b_plan.ops, FILES[1])):
        exiv.read(a_carrier, FILES[0], keep=True)
        other()
        assert not exiv._kept
    # a second keep replaces the first: A is then parsed afresh, B is served
    exiv.read(a_carrier, FILES[0], keep=True)
    exiv.read(b_carrier, FILES[1], keep=True)
    assert len(exiv._kept) == 1 and exiv._kept[0][0] == b_carrier
    assert exiv.modify(a_carrier, a_plan.ops, a_raw, FILES[0]) == a_fresh
    assert exiv.modify(b_carrier, b_plan.ops, b_raw, FILES[1]) == b_fresh
    assert not exiv._kept


def test_a_failed_write_on_a_kept_image_leaves_the_next_file_sound(tmp_path):
    # a text too long for one XMP segment fails exiv2's write of the kept image (the writer
    # then moves it to Extended XMP); the file after it is written and read back as usual
    big = tmp_path / "big.jpg"
    shutil.copy(FILES[0], big)
    text = " ".join(["Kyiv."] * 14000)
    out = embed(big, CaptionRecord.model_validate({"id": "r", "description": text}), Options(fsync=False))
    assert out.status == "written", out.error
    assert exiftool(big, "-XMP-dc:Description")["XMP-dc:Description"] == text
    small = make_jpeg(tmp_path / "small.jpg")
    out = embed(small, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False))
    assert out.status == "written", out.error
    got = exiftool(small)
    assert got["IPTC:Headline"] == got["XMP-photoshop:Headline"] == VALUES["headline"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_write_through_the_kept_parse_reads_back_and_keeps_the_pixels(tmp_path, path):
    target = tmp_path / path.name
    shutil.copy(path, target)
    pixels = image_data_hash(target)
    before = exiftool(target)
    snap = reader.load(target)
    assert exiv._kept and exiv._kept[0][0] == snap.header.carrier()
    out = embed(target, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False), snapshot=snap)
    assert out.status == "written", out.error
    got = exiftool(target)
    assert got["IPTC:Headline"] == got["XMP-photoshop:Headline"] == VALUES["headline"]
    assert got["XMP-dc:Description"] == got["IPTC:Caption-Abstract"] == VALUES["description"]
    assert got["XMP-dc:Subject"] == VALUES["keywords"]
    assert image_data_hash(target) == pixels
    # what the write did not touch is as it was (the kept parse carried nothing else in)
    for tag in ("XMP-iptcExt:PersonInImage", "XMP-iptcCore:CreatorContactInfo", "IFD0:Make",
                "XMP-photoshop:City", "IPTC:City", "XMP-xmpRights:UsageTerms"):
        assert got.get(tag) == before.get(tag), tag
