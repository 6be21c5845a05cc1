"""A 100 KB caption round-trips whole: JPEG (Extended XMP, XMP Part 3), PNG, WebP, TIFF and a
sidecar, read by ExifTool and by `captionist read` (issue 10, item 7)."""

from __future__ import annotations

import hashlib
import json
import shutil
import struct
import subprocess

from click.testing import CliRunner
from conftest import CORPUS, SAMPLES, exiftool, image_data_hash

from captionist import xmp_extended
from captionist.cli import main
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed

CAPTION = ("Київ, 24 лютого 2022 — " + "a long caption with ünïcödé and „quotes” " * 3000)[:100_000]
IMAGES = ["kyiv-metro-shelter.jpg", "kyiv-zelensky-address.png", "odesa-pharmacy-queue.webp",
          "kyiv-sandbags-archive.tif"]


def _copy(src, dst):
    shutil.copyfile(src, dst)
    dst.chmod(0o644)
    return dst


def _description(path) -> str:
    out = subprocess.run(["exiftool", "-b", "-XMP-dc:Description", str(path)], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _warnings(path) -> set[str]:
    """Every warning of `exiftool -validate -warning -a` (the text form: JSON keeps one)."""
    out = subprocess.run(["exiftool", "-validate", "-warning", "-a", "-s", str(path)], capture_output=True, check=True)
    lines = out.stdout.decode("utf-8").splitlines()
    return {line.split(":", 1)[1].strip() for line in lines if line.startswith("Warning")}


def test_a_100_kb_caption_round_trips_whole_in_every_format(tmp_path):
    for name in IMAGES:
        path = _copy(SAMPLES / "images" / name, tmp_path / name)
        before = _warnings(path)
        pixels = image_data_hash(path) if name.endswith((".jpg", ".png", ".webp")) else None
        out = embed(path, CaptionRecord.model_validate({"id": "x", "description": CAPTION, "headline": "Kyiv"}),
                    Options(fsync=False))
        assert out.status == "written", (name, out.error)
        assert any("EXIF ImageDescription" in w for w in out.warnings)
        assert _description(path) == CAPTION, name
        read = CliRunner().invoke(main, ["read", str(path), "--json"])
        assert json.loads(read.stdout)["description"] == CAPTION, name
        et = exiftool(path, "-IFD0:ImageDescription", "-IPTC:Caption-Abstract")
        assert CAPTION.startswith(et["IFD0:ImageDescription"]) and len(et["IFD0:ImageDescription"].encode()) <= 16000
        if not name.endswith(".webp"):
            assert CAPTION.startswith(et["IPTC:Caption-Abstract"])
        assert _warnings(path) <= before, name
        if pixels:
            assert image_data_hash(path) == pixels
        # the same record again finds nothing to change
        again = embed(path, CaptionRecord.model_validate({"id": "x", "description": CAPTION, "headline": "Kyiv"}),
                      Options(fsync=False))
        assert again.status == "unchanged", (name, again.error)


def _ext_segments(path):
    data = path.read_bytes()
    out = []
    pos = 2
    while data[pos] == 0xFF and data[pos + 1] != 0xDA:
        (n,) = struct.unpack(">H", data[pos + 2:pos + 4])
        body = data[pos + 4:pos + 2 + n]
        if data[pos + 1] == 0xE1 and body.startswith(xmp_extended.EXT_SIG):
            out.append(body)
        pos += 2 + n
    return out


def test_jpeg_extended_xmp_follows_part_3(tmp_path):
    path = _copy(SAMPLES / "images" / "kyiv-metro-shelter.jpg", tmp_path / "a.jpg")
    out = embed(path, CaptionRecord.model_validate({"id": "x", "description": CAPTION}), Options(fsync=False))
    assert out.status == "written", out.error
    segs = _ext_segments(path)
    assert len(segs) >= 2
    sig = len(xmp_extended.EXT_SIG)
    guids = {s[sig:sig + 32] for s in segs}
    assert len(guids) == 1
    full = {struct.unpack(">I", s[sig + 32:sig + 36])[0] for s in segs}
    assert len(full) == 1
    packet = b"".join(s[sig + 40:] for s in sorted(segs, key=lambda s: struct.unpack(">I", s[sig + 36:sig + 40])[0]))
    assert len(packet) == full.pop()
    guid = guids.pop().decode()
    assert hashlib.md5(packet).hexdigest().upper() == guid
    assert exiftool(path, "-XMP-xmpNote:HasExtendedXMP")["XMP-xmpNote:HasExtendedXMP"] == guid
    assert CAPTION.encode() in packet.replace(b"&quot;", b'"')


def test_a_short_caption_afterwards_drops_the_extended_packet(tmp_path):
    path = _copy(CORPUS / "reconcile" / "metadata_demo_iim_and_xmp_only.jpg", tmp_path / "demo.jpg")
    keywords_before = exiftool(path, "-XMP-dc:Subject")["XMP-dc:Subject"]
    assert embed(path, CaptionRecord.model_validate({"id": "x", "description": CAPTION}),
                 Options(fsync=False)).status == "written"
    assert _description(path) == CAPTION
    out = embed(path, CaptionRecord.model_validate({"id": "x", "description": "Short"}), Options(fsync=False))
    assert out.status == "written", out.error
    assert _ext_segments(path) == []
    et = exiftool(path, "-XMP-dc:Description", "-XMP-xmpNote:all", "-XMP-dc:Subject")
    assert et["XMP-dc:Description"] == "Short"
    assert "XMP-xmpNote:HasExtendedXMP" not in et
    assert et["XMP-dc:Subject"] == keywords_before


def test_a_100_kb_caption_in_a_sidecar(tmp_path):
    raw = _copy(CORPUS / "formats" / "sample.cr2", tmp_path / "shot.cr2")
    out = embed(raw, CaptionRecord.model_validate({"id": "x", "description": CAPTION}), Options(fsync=False))
    assert out.status == "written", out.error
    assert _description(tmp_path / "shot.xmp") == CAPTION
