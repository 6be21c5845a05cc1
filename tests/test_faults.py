"""Faults: a full disk (a real small tmpfs, and an injected ENOSPC) and a process killed in
the middle of writes leave the original intact and never a half-written file under its name."""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, exiftool, image_data_hash, make_jpeg

from captionist import files, pipeline
from captionist.model import CaptionRecord

RECORD = CaptionRecord.model_validate({
    "id": "photo", "description": "Brandweerlieden blussen een brand na een raketinslag in Kyiv, 24 februari 2022.",
    "creatorNames": ["Olena Hrytsenko"], "creditLine": "O. Hrytsenko/Reuters", "keywords": ["Kyiv", "brand"]})


def _temps(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if files.is_temp(p)]


def test_injected_enospc_leaves_original_and_no_temp(tmp_path, monkeypatch):
    image = make_jpeg(tmp_path / "photo.jpg", size=(400, 300))
    original = image.read_bytes()

    def full_disk(*a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "copy_file_range", full_disk)
    out = pipeline.embed(image, RECORD, pipeline.Options())
    assert out.status == "failed"
    assert "disk full" in out.error and str(image) in out.error
    assert image.read_bytes() == original
    assert _temps(tmp_path) == []


def test_enospc_on_fsync_is_caught_too(tmp_path, monkeypatch):
    image = make_jpeg(tmp_path / "photo.jpg")
    original = image.read_bytes()
    real_fsync = os.fsync

    def failing_fsync(fd):
        real_fsync(fd)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", failing_fsync)
    out = pipeline.embed(image, RECORD, pipeline.Options())
    assert out.status == "failed" and "disk full" in out.error
    assert image.read_bytes() == original
    assert _temps(tmp_path) == []


def _can_mount() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("mount") is not None


@pytest.mark.parametrize("where", ["tmpfs"] if _can_mount() else [])
def test_real_full_disk(where, tmp_path):
    """A 1 MiB tmpfs holding a ~700 KB JPEG: the captioned copy cannot fit beside it."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], check=True)
    try:
        image = make_jpeg(mnt / "photo.jpg", size=(640, 480), quality=100)
        assert image.stat().st_size > 600_000
        original = image.read_bytes()
        out = pipeline.embed(image, RECORD, pipeline.Options())
        assert out.status == "failed", out
        assert "disk full" in out.error
        assert image.read_bytes() == original
        assert _temps(mnt) == []
    finally:
        subprocess.run(["umount", str(mnt)], check=False)


CHILD = r"""
import sys, itertools, os
from pathlib import Path
from captionist import pipeline
from captionist.model import CaptionRecord
image = Path(sys.argv[1])
for i in itertools.count():
    rec = CaptionRecord.model_validate({"id": "big", "description": f"Versie {os.getpid()}-{i}: luchtalarm in Kyiv.",
                                         "creatorNames": [f"Fotograaf {i % 7}"]})
    out = pipeline.embed(image, rec, pipeline.Options())
    assert out.status == "written", (out.status, out.error)
    print(i, flush=True)
"""


def test_sigkill_mid_write_never_leaves_a_half_written_file(tmp_path):
    image = make_jpeg(tmp_path / "big.jpg", size=(3000, 2200), quality=97, seed=7)
    size = image.stat().st_size
    assert size > 8_000_000
    pixels = image_data_hash(image)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    rnd = random.Random(42)
    kills = mid_write = 0
    for _ in range(8):
        proc = subprocess.Popen([sys.executable, "-c", CHILD, str(image)], env=env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # let it get going (imports, first writes), then kill it at a random moment
        first = proc.stdout.readline()
        assert first, proc.stderr.read().decode()
        time.sleep(rnd.uniform(0.0, 0.25))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        kills += 1
        # the file under its name is always complete: same size class, same image data
        et = exiftool(image)
        assert "ExifTool:Error" not in et and "ExifTool:Warning" not in et, et
        assert et["XMP-dc:Description"].startswith("Versie ")
        assert image_data_hash(image) == pixels
        assert abs(image.stat().st_size - size) < 64_000
        # whatever a kill left behind is a temp file, never the target; a sweep removes it
        mid_write += bool(files.remove_stale_temps(tmp_path))
        assert _temps(tmp_path) == []
    assert kills == 8
    assert mid_write >= 1, "no kill landed during a write: the test proved nothing"
    print(f"{mid_write} of {kills} kills landed mid-write")


def test_group_commit_renames_only_after_sync_and_cancels_changed_sources(tmp_path):
    """Runs over many files sync once per group; a source that changes before the group
    commits is not replaced, and its temp file is removed."""
    images = [make_jpeg(tmp_path / f"img{i}.jpg", seed=i) for i in range(4)]
    originals = [p.read_bytes() for p in images]
    group = files.GroupCommit()
    outs = [pipeline.embed(p, RECORD, pipeline.Options(), group) for p in images]
    assert all(o.status == "written" for o in outs)
    # nothing is renamed before the commit: the originals are still in place
    assert [p.read_bytes() for p in images] == originals
    assert len(_temps(tmp_path)) == 4
    # someone saves a longer version of one file meanwhile (written beside it, renamed over
    # it). Not an append in place: that open(2) would wait out the lease the run holds on the
    # file until the kernel breaks it (lease-break-time, 45 s; see captionist.leases)
    newer = tmp_path / "newer.part"
    newer.write_bytes(originals[2] + b"\0")
    os.replace(newer, images[2])
    pipeline.commit(group, outs)
    assert [o.status for o in outs] == ["written", "written", "failed", "written"]
    assert "changed while it was being captioned" in outs[2].error
    assert images[2].read_bytes() == originals[2] + b"\0"
    for i in (0, 1, 3):
        assert exiftool(images[i])["XMP-dc:Description"] == RECORD.description["x-default"]
    assert _temps(tmp_path) == []
