"""The sample set behind `make demo`: records that validate, one picture per record, and a
generator that still makes the committed pictures."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
from PIL import Image

from captionist.model import CaptionRecord
from captionist.sources import load_records

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
RECORDS_PATH = SAMPLES / "records.json"
IMAGES = SAMPLES / "images"

RECORDS: list[dict] = json.loads(RECORDS_PATH.read_text(encoding="utf-8"))
IMAGE_FILES = sorted(p for p in IMAGES.iterdir() if p.is_file() and not p.name.startswith("."))


def _make_images():
    """samples/make_images.py as a module (samples/ is not a package)."""
    spec = importlib.util.spec_from_file_location("make_images", SAMPLES / "make_images.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module   # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: r.get("id", "?"))
def test_record_validates(record):
    rec = CaptionRecord.model_validate(record, strict=True)
    assert rec.id


def test_loader_accepts_the_whole_file():
    rs = load_records(RECORDS_PATH)
    assert not rs.errors, [str(e) for e in rs.errors]
    assert len(rs.records) == len(RECORDS) >= 12


def test_record_ids_are_unique():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))


def test_every_record_has_an_image_and_every_image_a_record():
    stems = [p.stem for p in IMAGE_FILES]
    assert len(stems) == len(set(stems)), "two images share a stem: the stem match would be ambiguous"
    ids = {r["id"] for r in RECORDS}
    assert ids - set(stems) == set(), "records without an image"
    assert set(stems) - ids == set(), "images without a record"


def test_formats_cover_jpeg_tiff_png_webp():
    formats = {}
    for p in IMAGE_FILES:
        with Image.open(p) as im:
            formats.setdefault(im.format, []).append(p.name)
    assert {"JPEG", "TIFF", "PNG", "WEBP"} <= formats.keys()
    for fmt in ("TIFF", "PNG", "WEBP"):
        assert len(formats[fmt]) == 1, formats[fmt]


def test_jpegs_carry_camera_exif():
    with_gps = []
    for p in IMAGE_FILES:
        with Image.open(p) as im:
            if im.format != "JPEG":
                continue
            exif = im.getexif()
            sub = exif.get_ifd(0x8769)
            assert exif.get(0x010F) and exif.get(0x0110), f"{p.name}: Make/Model"
            assert sub.get(0x9003) and sub.get(0x9011) and sub.get(0xA431), \
                f"{p.name}: DateTimeOriginal/OffsetTimeOriginal/BodySerialNumber"
            if exif.get_ifd(0x8825):
                with_gps.append(p.name)
    assert with_gps, "one JPEG should carry GPS"


def test_records_exercise_the_hard_cases():
    """What the sample set is for: text that stresses IIM limits, XML escaping and charsets."""
    def descriptions():
        for r in RECORDS:
            d = r.get("description")
            yield from (d.values() if isinstance(d, dict) else [d or ""])

    texts = list(descriptions())
    assert any(len(t.encode("utf-8")) > 2000 for t in texts), "a description over the IIM 2:120 limit"
    assert any(all(c in t for c in "<&\"") for t in texts), "a description with XML special characters"
    cyrillic = [r["id"] for r in RECORDS if any("\u0400" <= c <= "\u04ff" for c in json.dumps(r, ensure_ascii=False))]
    assert len(cyrillic) >= 2
    precisions = {len(r["dateCreated"]) for r in RECORDS}
    assert {7, 10} <= precisions and max(precisions) > 10, "month, day and date-time precisions"


def test_make_images_reproduces_the_committed_images(tmp_path):
    mk = _make_images()
    generated = mk.generate(tmp_path)
    assert sorted(p.name for p in generated) == [p.name for p in IMAGE_FILES]
    made_with, sums = mk.read_manifest()
    same_pillow = made_with == mk.PIL.__version__
    for new in generated:
        committed = IMAGES / new.name
        with Image.open(new) as a, Image.open(committed) as b:
            assert (a.format, a.size, a.mode) == (b.format, b.size, b.mode), new.name
        if same_pillow:   # other Pillow builds may encode differently; the shape must still match
            assert mk.sha256(new) == mk.sha256(committed) == sums[new.name], new.name
