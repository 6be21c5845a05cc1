"""A camera JPEG's load without its maker note's text (`captionist.lazyexif`): every tag
outside the maker note reads as a whole read gives it, the maker note's tags come when asked
({exif:Tag} variables, a walk of all tags), the plan and export are what a whole read gives,
and a captioned file keeps its maker note (read back with ExifTool)."""

from __future__ import annotations

import shutil

from conftest import CORPUS, exiftool, image_data_hash, make_jpeg

from captionist import exiv, export, lazyexif, pipeline, quietexif, reader, variables
from captionist.metadata import RawMetadata
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed

NIKON = CORPUS / "malformed/pr_1994_poc1.jpg"      # a Nikon D7000's EXIF: a maker note of ~170 tags
VALUES = {"headline": "Overstroming in Limburg", "description": "Bewoners van Valkenburg ruimen op — na de Geul.",
          "creditLine": "ANP / Marcel van Hoorn"}


def _whole(snap: reader.Snapshot) -> dict:
    return exiv.read(snap.header.carrier(), snap.path).exif


def test_the_load_reads_no_maker_note_and_gives_every_other_tag_as_a_whole_read():
    snap = reader.load(NIKON)
    exif = snap.raw.exif
    assert isinstance(exif, lazyexif.CameraExif) and not exif.maker_note_read
    whole = _whole(snap)
    maker = {k for k in whole if not k.startswith(lazyexif.IFD_GROUPS)} | {"Exif.Photo.MakerNote"}
    assert len(maker) > 100 and len(whole) - len(maker) > 40
    for key in whole:
        if key not in maker:
            assert key in exif and exif[key] == exif.get(key) == whole[key], key
    absent = [k for k in ("Exif.GPSInfo.GPSLatitude", "Exif.Photo.ImageUniqueID", "Exif.Image.Copyright",
                          "Exif.Photo.OffsetTimeOriginal") if k not in whole]
    assert absent and all(k not in exif and exif.get(k) is None for k in absent)
    assert sorted(exif.keys_outside_maker_note()) == sorted(k for k in whole if k.startswith(lazyexif.IFD_GROUPS))
    assert not exif.maker_note_read
    # a maker note's tag, or a walk of all, reads the whole EXIF, once
    assert exif["Exif.Nikon3.Quality"] == whole["Exif.Nikon3.Quality"]
    assert exif.maker_note_read and dict(exif) == whole and len(exif) == len(whole)
    assert exif["Exif.Photo.MakerNote"] == whole["Exif.Photo.MakerNote"] != ""


def test_a_file_without_a_maker_note_is_read_whole_as_before(tmp_path):
    f = make_jpeg(tmp_path / "canon.jpg")
    assert quietexif.exif_alone(*_parts(f)) is None
    assert isinstance(reader.load(f).raw.exif, dict)


def _parts(path):
    from captionist import jpeg
    with open(path, "rb") as fh:
        h = jpeg.read_header(fh)
    return h.header, h.sos_segment


def test_the_plan_and_the_write_are_those_of_a_whole_read(tmp_path):
    target = tmp_path / "nikon.jpg"
    shutil.copy(NIKON, target)
    record = CaptionRecord.model_validate({"id": "r", **VALUES})
    snap = reader.load(target)
    lazy = pipeline.plan_for(snap, record, Options())
    assert not snap.raw.exif.maker_note_read
    snap.raw = RawMetadata(**{**vars(snap.raw), "exif": _whole(snap)})
    whole = pipeline.plan_for(snap, record, Options())
    assert lazy.ops == whole.ops and lazy.ops.exif and "Exif.Photo.ExifVersion" not in lazy.ops.exif
    before = exiftool(target)
    out = embed(target, record, Options(fsync=False))
    assert out.status == "written", out.error
    after = exiftool(target)
    assert after["IFD0:ImageDescription"] == after["XMP-dc:Description"] == VALUES["description"]
    assert after["IPTC:Credit"] == VALUES["creditLine"]
    nikon = {k: v for k, v in before.items() if k.startswith("Nikon") or k.startswith("ExifIFD:")}
    assert len(nikon) > 50 and {k: after.get(k) for k in nikon} == nikon
    assert image_data_hash(target) == image_data_hash(NIKON)


def test_an_exif_variable_of_a_maker_note_tag_is_written(tmp_path):
    target = tmp_path / "nikon.jpg"
    shutil.copy(NIKON, target)
    record = variables.with_variables(CaptionRecord.model_validate(
        {"id": "r", "headline": "Kwaliteit {exif:Quality}, camera {exif:Model}"}))
    out = embed(target, record, Options(fsync=False))
    assert out.status == "written", out.error
    et = exiftool(target)
    assert et["Nikon:Quality"] == "Fine"            # ExifTool's words for exiv2's "FINE   "
    assert et["XMP-photoshop:Headline"] == et["IPTC:Headline"] == "Kwaliteit FINE, camera NIKON D7000"


def test_export_is_that_of_a_whole_read(tmp_path):
    target = tmp_path / "nikon.jpg"
    shutil.copy(NIKON, target)
    assert embed(target, CaptionRecord.model_validate({"id": "r", **VALUES}), Options(fsync=False)).status == "written"
    got = export.exiftool_object(target)
    snap = reader.load(target)
    whole = _whole(snap)
    from captionist import etdialect as et
    from captionist.standard import PROPS
    want: dict = {}
    for p in PROPS:
        et.exif_out(want, p, whole)
    assert want and {k: got[k] for k in want} == want
    assert got["IFD0:ImageDescription"] == exiftool(target)["IFD0:ImageDescription"] == VALUES["description"]


def test_a_copy_or_a_pickle_holds_every_tag():
    import copy
    import pickle
    snap = reader.load(NIKON)
    whole = _whole(snap)
    for got in (pickle.loads(pickle.dumps(snap.raw.exif)), copy.deepcopy(snap.raw.exif), copy.copy(snap.raw.exif)):
        assert type(got) is dict and got == whole
