"""Damaged or cut camera files (HEIC, AVIF, DNG, CR2, NEF, ARW, RW2, RAF) fail with the reason
and get no sidecar (issue 11, item 2): the malformed corpus, and fuzzed copies of the
`formats/` camera files (cuts anywhere in the container's structure, broken box sizes and IFD
offsets). A whole file still gets its sidecar."""

from __future__ import annotations

import json
import random
import shutil
import struct
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, exiftool

from captionist import containers, pipeline
from captionist.cli import main
from captionist.formats import RAW_EXTENSIONS
from captionist.model import CaptionRecord

CAMERA = ["DNG.dng", "sample.arw", "sample.cr2", "sample.nef", "L_exif_xmp_iptc.heic", "sunrise.avif"]
CAMERA_EXT = RAW_EXTENSIONS | {".heic", ".heif", ".hif", ".avif"}


def _record(stem: str) -> CaptionRecord:
    return CaptionRecord.model_validate({"id": stem, "headline": "Whole files only"})


def _refused(path: Path) -> str:
    out = pipeline.embed(path, _record(path.stem), pipeline.Options())
    assert out.status == "failed", (path.name, out.status, out.warnings)
    assert not path.with_suffix(".xmp").exists() and not path.with_name(path.name + ".xmp").exists()
    assert "internal error" not in out.error
    return out.error


def _malformed_camera_files() -> list[Path]:
    from captionist.formats import detect
    found = []
    for p in sorted((CORPUS / "malformed").iterdir()):
        if p.suffix.lower() in CAMERA_EXT:
            found.append(p)
            continue
        try:
            if not detect(p, p.read_bytes()[:64]).embed and detect(p, p.read_bytes()[:64]).name != "xmp":
                found.append(p)
        except Exception:  # noqa: BLE001 - not an image at all: not a camera file
            pass
    return found


MALFORMED = _malformed_camera_files()


def test_the_malformed_corpus_has_camera_files():
    assert {p.suffix.lower() for p in MALFORMED} >= {".heic", ".rw2", ".raf"}


@pytest.mark.parametrize("name", [p.name for p in MALFORMED])
def test_malformed_camera_file_fails_with_a_reason(name, tmp_path):
    path = tmp_path / name
    shutil.copy(CORPUS / "malformed" / name, path)
    error = _refused(path)
    assert name in error and ("damaged or incomplete" in error or "not an image format" in error), error


def _ifd0_end(data: bytes) -> int:
    bo = "<" if data[:2] == b"II" else ">"
    off = struct.unpack_from(bo + "I", data, 4)[0]
    n = struct.unpack_from(bo + "H", data, off)[0]
    return off + 2 + 12 * n + 4


def _fuzzed(name: str, data: bytes, rnd: random.Random) -> list[tuple[str, bytes]]:
    """Copies that are damaged in the container's structure."""
    out = []
    bmff = data[4:8] == b"ftyp"
    limit = len(data) if bmff else _ifd0_end(data)     # a TIFF cut before IFD0 ends cannot be whole
    for cut in sorted(rnd.sample(range(1, limit), 18)) + ([2048] if bmff else []):
        out.append((f"cut{cut}", data[:cut]))
    if bmff:
        pos = 0
        boxes = []
        while pos < len(data):
            size = struct.unpack_from(">I", data, pos)[0]
            boxes.append(pos)
            pos += size
        for i, at in enumerate(boxes):
            broken = bytearray(data)
            struct.pack_into(">I", broken, at, len(data) + rnd.randrange(1, 1 << 20))
            out.append((f"box{i}-size", bytes(broken)))
        broken = bytearray(data)
        broken[boxes[1] + 4:boxes[1] + 8] = b"free"      # the meta box gone
        out.append(("no-meta", bytes(broken)))
    else:
        bo = "<" if data[:2] == b"II" else ">"
        broken = bytearray(data)
        struct.pack_into(bo + "I", broken, 4, len(data) + 1000)
        out.append(("ifd0-outside", bytes(broken)))
        broken = bytearray(data)
        struct.pack_into(bo + "H", broken, struct.unpack_from(bo + "I", data, 4)[0], 0xFFFF)
        out.append(("ifd0-count", bytes(broken)))
        broken = bytearray(data)
        broken[2:4] = b"\x00\x00"
        out.append(("magic", bytes(broken)))
    return out


@pytest.mark.parametrize("name", CAMERA)
def test_fuzzed_camera_files_fail_with_a_reason(name, tmp_path):
    data = (CORPUS / "formats" / name).read_bytes()
    rnd = random.Random(name)
    copies = _fuzzed(name, data, rnd)
    assert len(copies) >= 21
    for label, blob in copies:
        path = tmp_path / f"{Path(name).stem}-{label}{Path(name).suffix}"
        path.write_bytes(blob)
        error = _refused(path)
        assert "damaged or incomplete" in error, (label, error)


def test_a_heic_cut_to_2kb_names_the_box(tmp_path):
    path = tmp_path / "cut.heic"
    path.write_bytes((CORPUS / "formats" / "L_exif_xmp_iptc.heic").read_bytes()[:2048])
    res = CliRunner().invoke(main, ["embed", str(path), "--records", str(_records(tmp_path, "cut")), "--json"])
    assert res.exit_code == 1
    out = json.loads(res.output.splitlines()[0])
    assert out["status"] == "failed"
    assert out["error"].startswith(f"{path}: the file is damaged or incomplete (box ")
    assert out["error"].endswith("no sidecar written")
    assert not path.with_suffix(".xmp").exists()


def _records(tmp_path: Path, stem: str) -> Path:
    rec = tmp_path / "records.json"
    rec.write_text(json.dumps([{"id": stem, "headline": "Whole files only"}]))
    return rec


@pytest.mark.parametrize("name", CAMERA)
def test_whole_camera_files_still_get_their_sidecar(name, tmp_path):
    path = tmp_path / name
    shutil.copy(CORPUS / "formats" / name, path)
    out = pipeline.embed(path, _record(path.stem), pipeline.Options())
    assert out.status == "written", out.error
    assert exiftool(path.with_suffix(".xmp"))["XMP-photoshop:Headline"] == "Whole files only"


def test_a_raw_sample_whose_picture_is_trimmed_is_written_with_a_warning(tmp_path):
    """The formats corpus's CR2/NEF/ARW are trimmed samples: metadata whole, strips cut.
    captionist says so rather than refusing or keeping quiet."""
    path = tmp_path / "sample.nef"
    shutil.copy(CORPUS / "formats" / "sample.nef", path)
    out = pipeline.embed(path, _record("sample"), pipeline.Options())
    assert out.status == "written"
    assert any("the picture may be cut short (its metadata is whole)" in w for w in out.warnings)
    assert containers.check(CORPUS / "formats" / "DNG.dng", "raw") == []
