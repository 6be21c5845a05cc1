"""Clone-aligned JPEG writes (captionist.clone) on real loop-mounted XFS (reflink), Btrfs and
ext4 file systems: pixels identical, readers without warnings, extents shared where the file
system can share them, and a plain copy where it cannot."""

from __future__ import annotations

import hashlib
import os
import shutil
import struct
import subprocess
from pathlib import Path

import pytest
from conftest import exiftool, image_data_hash
from loopfs import extents, mounted, shared_fraction

from captionist import clone, exiv, jpeg
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed

BLOCK = 4096


def _photo(path: Path, size=(1400, 1000)) -> Path:
    """A JPEG of noise (so it does not compress: ~2 MB) with camera EXIF."""
    from PIL import Image

    rnd = hashlib.shake_256(path.name.encode()).digest(size[0] * size[1] * 3)
    im = Image.frombytes("RGB", size, rnd)
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS R5"
    # what ExifTool's -validate requires of IFD0, so that any warning would be the writer's
    exif[0x011A] = exif[0x011B] = 300.0
    exif[0x0128] = 2
    exif[0x0213] = 1
    im.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return path


def _record(rid: str, **kw) -> CaptionRecord:
    return CaptionRecord.model_validate({"id": rid, "headline": "Kyiv at dawn",
                                         "description": "Дим над Києвом, ünïcode",
                                         "keywords": ["Ukraine", "war"], **kw})


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _scan_offset(path: Path) -> int:
    with open(path, "rb") as f:
        return jpeg.read_header(f).scan_offset


def _assert_readers_clean(path: Path) -> None:
    """ExifTool validates the file without a warning, exiv2 reads it without one."""
    seen = exiftool(path, "-validate", "-warning", "-error")
    assert seen.get("ExifTool:Validate") == "OK", seen
    assert not any(k.endswith(":Warning") or k.endswith(":Error") for k in seen), seen
    out = subprocess.run(["exiv2", "-pa", str(path)], capture_output=True, text=True)
    assert out.returncode == 0 and out.stderr == "", out.stderr
    assert "Kyiv at dawn" in out.stdout


@pytest.fixture(scope="module")
def xfs():
    with mounted("xfs", "400M") as mnt:
        yield mnt


@pytest.fixture(scope="module")
def btrfs():
    with mounted("btrfs", "400M") as mnt:
        yield mnt


@pytest.fixture(scope="module")
def ext4():
    with mounted("ext4", "200M") as mnt:
        yield mnt


@pytest.fixture
def reflink_fs(request, xfs, btrfs):
    return {"xfs": xfs, "btrfs": btrfs}[request.param]


# --------------------------------------------------------------------------- padding

def test_align_header_puts_the_scan_data_at_the_original_offset_modulo_the_block(tmp_path):
    path = _photo(tmp_path / "a.jpg", (64, 48))
    assert embed(path, _record("a"), Options(fsync=False)).status == "written"
    with open(path, "rb") as f:
        hdr = jpeg.read_header(f)
    before = exiv.read(hdr.carrier(), path)
    for block in (512, 4096, 65536):
        for scan_offset in (hdr.scan_offset, 2, 4095, 4096, 70001, 123457):
            new = clone.align_header(hdr.header, scan_offset, block)
            assert len(new) % block == scan_offset % block, (block, scan_offset)
            # the values are the same; only whitespace inside the XMP packet changed
            after = exiv.read(new + hdr.sos_segment + b"\x00\x00" + jpeg.EOI, path)
            assert (after.xmp, after.iptc, after.exif) == (before.xmp, before.iptc, before.exif)
            old_xmp = [s for s in jpeg._segments(hdr.header) if b"http://ns.adobe.com/xap/1.0/\x00" in s[:40]]
            new_xmp = [s for s in jpeg._segments(new) if b"http://ns.adobe.com/xap/1.0/\x00" in s[:40]]
            strip = lambda s: s[4:].replace(b" ", b"").replace(b"\n", b"")  # noqa: E731
            assert strip(old_xmp[0]) == strip(new_xmp[0])
            assert new_xmp[0].rstrip().endswith(b'<?xpacket end="w"?>')
            assert [s for s in jpeg._segments(new) if s not in new_xmp] == \
                   [s for s in jpeg._segments(hdr.header) if s not in old_xmp]


def _xmp_header(packet_pad: int) -> bytes:
    packet = (b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?>'
              b'<x:xmpmeta xmlns:x="adobe:ns:meta/"/>' + b" " * packet_pad + b'<?xpacket end="w"?>')
    body = b"http://ns.adobe.com/xap/1.0/\x00" + packet
    return jpeg.SOI + b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def test_a_full_xmp_segment_gives_back_padding_instead_of_growing():
    header = _xmp_header(65533 - 29 - 120 - 19 - 10)   # 10 bytes short of the 64 KB limit
    seg_len = struct.unpack(">H", header[4:6])[0]
    assert 65400 < seg_len <= 0xFFFF
    new = clone.align_header(header, len(header) + 100, BLOCK)   # needs +100: does not fit
    assert len(new) % BLOCK == (len(header) + 100) % BLOCK
    assert len(new) < len(header)
    assert struct.unpack(">H", new[4:6])[0] == len(new) - 4
    assert new.endswith(b'<?xpacket end="w"?>')


def test_a_header_without_an_xmp_packet_is_left_as_it_is():
    header = jpeg.SOI + b"\xff\xe0\x00\x10JFIF\x00\x01\x02\x01\x00H\x00H\x00\x00"
    assert clone.align_header(header, 5000, BLOCK) == header
    no_room = _xmp_header(0)   # a trailer but no padding to give back, and no need to grow
    assert clone.align_header(no_room, len(no_room), BLOCK) == no_room


# --------------------------------------------------------------------------- clone on XFS / Btrfs

@pytest.mark.parametrize("reflink_fs", ["xfs", "btrfs"], indirect=True)
def test_in_place_write_shares_the_image_data_with_the_original(reflink_fs, tmp_path):
    folder = reflink_fs / f"inplace-{tmp_path.name}"
    folder.mkdir()
    path = _photo(folder / "kyiv-001.jpg")
    keep = folder / "original.jpg"
    os.link(path, keep)   # a second name keeps the original's blocks alive after the rename
    original_sha, pixels = _sha(keep), image_data_hash(keep)
    scan_before = _scan_offset(path)

    out = embed(path, _record("kyiv-001"), Options())
    assert out.status == "written", out.error
    assert _sha(keep) == original_sha                      # the original is untouched
    assert image_data_hash(path) == pixels                 # pixels identical
    assert (_scan_offset(path) - scan_before) % BLOCK == 0  # aligned with the original
    assert shared_fraction(path) >= 0.95
    assert any("shared" in flags for _, _, flags in extents(path))
    data, orig = path.read_bytes(), keep.read_bytes()
    assert data[_scan_offset(path):] == orig[scan_before:]
    seen = exiftool(path, "-Headline", "-Description", "-Keywords")
    assert seen["XMP-photoshop:Headline"] == "Kyiv at dawn"
    assert seen["XMP-dc:Description"] == "Дим над Києвом, ünïcode"
    _assert_readers_clean(path)

    # A second caption rewrites a header that already carries our padding: still aligned.
    out = embed(path, _record("kyiv-001", headline="Kyiv at noon, a longer headline"), Options())
    assert out.status == "written", out.error
    assert image_data_hash(path) == pixels
    assert shared_fraction(path) >= 0.95
    assert exiftool(path, "-Headline")["XMP-photoshop:Headline"] == "Kyiv at noon, a longer headline"


@pytest.mark.parametrize("reflink_fs", ["xfs", "btrfs"], indirect=True)
def test_out_folder_on_the_same_file_system_clones_too(reflink_fs, tmp_path):
    folder = reflink_fs / f"out-{tmp_path.name}"
    (folder / "done").mkdir(parents=True)
    path = _photo(folder / "kyiv-002.jpg")
    original_sha, pixels = _sha(path), image_data_hash(path)
    out = embed(path, _record("kyiv-002"), Options(out_dir=folder / "done"))
    assert out.status == "written", out.error
    copy = folder / "done" / "kyiv-002.jpg"
    assert _sha(path) == original_sha
    assert image_data_hash(copy) == pixels
    assert shared_fraction(copy) >= 0.95
    assert shared_fraction(path) >= 0.95   # the original's blocks are now shared with the copy
    _assert_readers_clean(copy)


def test_copy_tail_clones_block_aligned_ranges_and_copies_the_rest(xfs, tmp_path):
    src = xfs / f"src-{tmp_path.name}.bin"
    src.write_bytes(os.urandom(5 * BLOCK + 123))
    for dst_start, offset, cloned in ((1000, 1000, True), (BLOCK + 7, 7, True), (10, 1000, False)):
        dst = xfs / f"dst-{tmp_path.name}-{dst_start}-{offset}.bin"
        fd = os.open(dst, os.O_RDWR | os.O_CREAT, 0o644)
        sfd = os.open(src, os.O_RDONLY)
        try:
            os.write(fd, b"h" * dst_start)
            from captionist.files import _copy_range
            got = clone.copy_tail(sfd, fd, offset, os.fstat(sfd).st_size - offset, _copy_range)
            assert os.lseek(fd, 0, os.SEEK_CUR) == dst_start + src.stat().st_size - offset
        finally:
            os.close(fd)
            os.close(sfd)
        assert got is cloned
        assert dst.read_bytes() == b"h" * dst_start + src.read_bytes()[offset:]
        assert (shared_fraction(dst) > 0.5) is cloned


# --------------------------------------------------------------------------- fallbacks

def test_ext4_falls_back_to_a_copy(ext4, tmp_path):
    folder = ext4 / f"f-{tmp_path.name}"
    folder.mkdir()
    path = _photo(folder / "kyiv-003.jpg")
    keep = folder / "original.jpg"
    os.link(path, keep)
    pixels, scan_before = image_data_hash(path), _scan_offset(path)
    out = embed(path, _record("kyiv-003"), Options())
    assert out.status == "written", out.error
    assert image_data_hash(path) == pixels
    assert path.read_bytes()[_scan_offset(path):] == keep.read_bytes()[scan_before:]
    assert shared_fraction(path) == 0.0
    assert not any("shared" in flags for _, _, flags in extents(path))
    _assert_readers_clean(path)


def test_out_folder_on_another_file_system_copies(xfs, ext4, tmp_path):
    folder = xfs / f"x-{tmp_path.name}"
    folder.mkdir()
    out_dir = ext4 / f"o-{tmp_path.name}"
    out_dir.mkdir()
    path = _photo(folder / "kyiv-004.jpg")
    pixels, original_sha = image_data_hash(path), _sha(path)
    out = embed(path, _record("kyiv-004"), Options(out_dir=out_dir))
    assert out.status == "written", out.error
    assert _sha(path) == original_sha
    assert image_data_hash(out_dir / "kyiv-004.jpg") == pixels
    assert shared_fraction(out_dir / "kyiv-004.jpg") == 0.0
    _assert_readers_clean(out_dir / "kyiv-004.jpg")


def test_loop_mounts_are_gone_after_the_context(tmp_path):
    with mounted("xfs", "320M") as mnt:
        shutil.copy(Path(__file__), mnt / "x.py")
        assert subprocess.run(["mountpoint", "-q", str(mnt)]).returncode == 0
    assert not mnt.exists()
