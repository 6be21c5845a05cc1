"""RAW + AVIF + HEIC files sharing a stem each keep their own caption (issue 10, item 1)."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner
from conftest import CORPUS, exiftool

from captionist.cli import main
from captionist.formats import sidecar_path

FORMATS = CORPUS / "formats"
SOURCES = {"shot.cr2": "sample.cr2", "shot.avif": "sunrise.avif", "shot.heic": "L_exif_xmp_iptc.heic",
           "shot.nef": "sample.nef"}


def _shoot(tmp_path) -> list:
    files = []
    for name, src in SOURCES.items():
        shutil.copyfile(FORMATS / src, tmp_path / name)
        (tmp_path / name).chmod(0o644)
        files.append(tmp_path / name)
    return files


def test_files_sharing_a_stem_each_keep_their_own_caption(tmp_path):
    files = _shoot(tmp_path)
    originals = {f: f.read_bytes() for f in files}
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": f"r-{f.suffix[1:]}", "match": {"file": f.name},
                                    "headline": f"Headline for {f.suffix[1:]}",
                                    "description": f"Caption for the {f.suffix[1:]} file"} for f in files]))
    res = CliRunner().invoke(main, ["embed", *map(str, files), "--records", str(records), "--json"])
    assert res.exit_code == 0, res.output
    outcomes = [json.loads(line) for line in res.stdout.splitlines()]
    assert [o["status"] for o in outcomes] == ["written"] * len(files)
    sidecars = [o["output"] for o in outcomes]
    assert len(set(sidecars)) == len(files)                   # one sidecar per image
    assert not (tmp_path / "shot.xmp").exists()
    for f in files:
        side = tmp_path / (f.name + ".xmp")
        et = exiftool(side)
        assert et["XMP-photoshop:Headline"] == f"Headline for {f.suffix[1:]}"
        assert et["XMP-dc:Description"] == f"Caption for the {f.suffix[1:]} file"
        assert f.read_bytes() == originals[f]                 # the image itself is not touched
        read = CliRunner().invoke(main, ["read", str(f), "--json"])
        assert json.loads(read.stdout)["description"] == f"Caption for the {f.suffix[1:]} file"
    warned = [w for o in outcomes for w in o["warnings"] if "share" in w]
    assert len(warned) == len(files)


def test_a_lone_raw_file_keeps_the_stem_sidecar(tmp_path):
    raw = tmp_path / "solo.cr2"
    shutil.copyfile(FORMATS / "sample.cr2", raw)
    assert sidecar_path(raw) == tmp_path / "solo.xmp"
    # a JPEG beside it embeds its own metadata: no clash, the RAW keeps solo.xmp
    shutil.copyfile(FORMATS / "IPTC.jpg", tmp_path / "solo.jpg")
    assert sidecar_path(raw) == tmp_path / "solo.xmp"
    shutil.copyfile(FORMATS / "sunrise.avif", tmp_path / "solo.avif")
    assert sidecar_path(raw) == tmp_path / "solo.cr2.xmp"
    assert sidecar_path(tmp_path / "solo.avif") == tmp_path / "solo.avif.xmp"


def test_force_sidecar_jpeg_and_png_sharing_a_stem_get_their_own_sidecars(tmp_path):
    jpg = shutil.copyfile(FORMATS / "IPTC.jpg", tmp_path / "pair.jpg")
    png = shutil.copyfile(FORMATS / "PNG.png", tmp_path / "pair.png")
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": "j", "match": {"file": "pair.jpg"}, "headline": "JPEG"},
                                   {"id": "p", "match": {"file": "pair.png"}, "headline": "PNG"}]))
    res = CliRunner().invoke(main, ["embed", str(jpg), str(png), "--records", str(records), "--force-sidecar"])
    assert res.exit_code == 0, res.output
    assert exiftool(tmp_path / "pair.jpg.xmp")["XMP-photoshop:Headline"] == "JPEG"
    assert exiftool(tmp_path / "pair.png.xmp")["XMP-photoshop:Headline"] == "PNG"


def test_a_run_never_lets_two_images_write_one_sidecar(tmp_path):
    from captionist.model import CaptionRecord
    from captionist.pipeline import Options, embed

    raw = shutil.copyfile(FORMATS / "sample.cr2", tmp_path / "solo.cr2")
    other = tmp_path / "elsewhere.cr2"
    opts = Options(fsync=False, sidecars={(tmp_path / "solo.xmp").resolve(): other})
    out = embed(raw, CaptionRecord.model_validate({"id": "solo", "headline": "Mine"}), opts)
    assert out.status == "failed"
    assert "already written for elsewhere.cr2" in out.error
    assert not (tmp_path / "solo.xmp").exists()
