"""Every format in the corpus is written (or sidecar'd) and read back; every malformed file
gives a clear error or a success, never a crash or a stray temp file, and a file that was not
written is byte-identical to what it was."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT, exiftool, image_data_hash, make_jpeg
from readback import compare

from captionist.cli import main

RECORD = {
    "id": "any",
    "match": {"file": "*"},
    "description": {"nl": "Demonstranten bij de Russische ambassade in Den Haag, 24 februari 2022.",
                    "uk": "Протест біля посольства Росії в Гаазі."},
    "headline": "Protest in Den Haag",
    "creatorNames": ["Remko de Waal"],
    "creditLine": "Remko de Waal/ANP",
    "copyrightNotice": "© 2022 ANP",
    "keywords": ["protest", "Oekraïne"],
    "cityName": "Den Haag",
    "countryCode": "NLD",
    "dateCreated": "2022-02-24T18:05:00+01:00",
    "locationsShown": [{"city": "Den Haag", "countryCode": "NLD"}],
}

EMBEDDED = {"IPTC.jpg": "jpeg", "XMP.jpg": "jpeg", "xmp.jpeg": "jpeg", "xmp.tiff": "tiff",
            "PNG.png": "png", "xmp.png": "png", "xmp.webp": "webp", "XMP.xmp": "xmp"}
SIDECAR = ["DNG.dng", "sample.arw", "sample.cr2", "sample.nef", "L_exif_xmp_iptc.heic", "sunrise.avif"]


def _embed(paths, tmp_path, *extra):
    rec = tmp_path / "records.json"
    rec.write_text(json.dumps([RECORD], ensure_ascii=False), encoding="utf-8")
    res = CliRunner().invoke(main, ["embed", *map(str, paths), "--records", str(rec), "--json", *extra])
    return res, [o for o in (json.loads(line) for line in res.output.splitlines() if line.startswith("{")) if "file" in o]


def _pixels(path: Path, fmt: str):
    """The image data: with metadata stripped by ExifTool; for TIFF, whose strips exiv2 may
    move within the file, the strip bytes themselves (decoded by Pillow)."""
    if fmt == "xmp":
        return None
    if fmt == "tiff":
        from PIL import Image
        with Image.open(path) as im:
            return im.tobytes()
    return image_data_hash(path)


@pytest.mark.parametrize("name", sorted(EMBEDDED))
def test_embedded_formats_read_back(name, tmp_path):
    path = tmp_path / name
    shutil.copy(CORPUS / "formats" / name, path)
    os.chmod(path, 0o644)
    fmt = EMBEDDED[name]
    pixels = _pixels(path, fmt)
    res, out = _embed([path], tmp_path)
    assert res.exit_code == 0, res.output
    assert out[0]["status"] == "written"
    et = exiftool(path, "-n")
    iim = fmt in ("jpeg", "tiff", "png")
    exif = fmt in ("jpeg", "tiff", "png", "webp")
    assert compare(RECORD, et, iim=iim, exif=exif, exif_date=None) == []
    assert _pixels(path, fmt) == pixels
    # captionist reads back what it wrote
    back = CliRunner().invoke(main, ["read", "--json", str(path)])
    assert json.loads(back.output)["headline"] == RECORD["headline"]
    # and a second run changes nothing
    before = path.read_bytes()
    _, out2 = _embed([path], tmp_path)
    assert out2[0]["status"] == "unchanged"
    assert path.read_bytes() == before


@pytest.mark.parametrize("name", SIDECAR)
@pytest.mark.parametrize("style", ["stem", "name"])
def test_sidecar_formats_get_an_xmp_sidecar(name, style, tmp_path):
    path = tmp_path / name
    shutil.copy(CORPUS / "formats" / name, path)
    original = path.read_bytes()
    res, out = _embed([path], tmp_path, "--sidecar", style)
    assert res.exit_code == 0, res.output
    assert out[0]["status"] == "written"
    sidecar = path.with_suffix(".xmp") if style == "stem" else path.with_name(path.name + ".xmp")
    assert out[0]["output"] == str(sidecar)
    assert path.read_bytes() == original, "the camera file itself is never rewritten"
    assert compare(RECORD, exiftool(sidecar, "-n"), iim=False, exif=False) == []
    back = CliRunner().invoke(main, ["read", "--json", "--sidecar", style, str(path)])
    assert json.loads(back.output)["creditLine"] == RECORD["creditLine"]
    _, out2 = _embed([path], tmp_path, "--sidecar", style)
    assert out2[0]["status"] == "unchanged"


def test_existing_sidecar_is_updated_not_replaced(tmp_path):
    path = tmp_path / "sample.nef"
    shutil.copy(CORPUS / "formats" / "sample.nef", path)
    side = tmp_path / "sample.xmp"
    shutil.copy(CORPUS / "formats" / "XMP.xmp", side)
    before = exiftool(side)
    res, out = _embed([path], tmp_path)
    assert out[0]["status"] == "written", res.output
    after = exiftool(side)
    # properties the record does not set survive in the sidecar
    kept = [k for k in before if k.startswith("XMP-") and k.split(":")[1].split("-")[0] not in
            ("Description", "Headline", "Creator", "Credit", "Rights", "Subject", "City", "CountryCode",
             "DateCreated", "LocationShown", "XMPToolkit")]
    assert kept
    for k in kept:
        assert after.get(k) == before[k], k


def test_unsupported_file_is_a_clear_error(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("not an image")
    res, out = _embed([path], tmp_path)
    assert res.exit_code == 1
    assert out[0]["status"] == "failed"
    assert str(path) in out[0]["error"] and "not an image format" in out[0]["error"]
    assert path.read_text() == "not an image"


@pytest.mark.integration   # the whole malformed corpus, in a child process
def test_malformed_corpus_never_crashes_nor_damages(tmp_path):
    """Run in a child process: a native crash would show as a signal exit there."""
    work = tmp_path / "mal"
    shutil.copytree(CORPUS / "malformed", work)
    for p in work.iterdir():
        os.chmod(p, 0o644)
    originals = {p.name: p.read_bytes() for p in work.iterdir()}
    rec = tmp_path / "records.json"
    rec.write_text(json.dumps([RECORD]), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.run([sys.executable, "-m", "captionist.cli", "embed", *sorted(map(str, work.iterdir())),
                           "--records", str(rec), "--json"], capture_output=True, env=env, timeout=600)
    assert proc.returncode in (0, 1), proc.stderr.decode()[-2000:]
    outcomes = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert len(outcomes) == len(originals)
    for o in outcomes:
        p = Path(o["file"])
        assert o["status"] in ("written", "failed"), o
        if o["status"] == "failed":
            assert o["error"].startswith(str(p)), o["error"]
            assert p.read_bytes() == originals[p.name], f"{p.name} changed although the write failed"
        elif o["output"] != str(p):
            assert p.read_bytes() == originals[p.name]  # sidecar'd: the file itself untouched
    stray = [p.name for p in work.iterdir() if "captionist" in p.name]
    assert stray == []


def test_a_bad_file_does_not_spoil_the_next_good_one(tmp_path):
    """exiv2 keeps a global error state: after a failed file, the next good one must still be
    written (captionist flushes that state after every failure)."""
    bad = sorted((CORPUS / "malformed").glob("*.jpg"))[:12]
    paths = []
    for i, b in enumerate(bad):
        p = tmp_path / f"bad{i}.jpg"
        shutil.copy(b, p)
        os.chmod(p, 0o644)
        paths.append(p)
        paths.append(make_jpeg(tmp_path / f"good{i}.jpg", seed=i))
    res, out = _embed(paths, tmp_path)
    good = [o for o in out if "/good" in o["file"]]
    assert len(good) == len(bad)
    assert all(o["status"] == "written" for o in good), [o["error"] for o in good if o["error"]]
    assert any(o["status"] == "failed" for o in out if "/bad" in o["file"])
