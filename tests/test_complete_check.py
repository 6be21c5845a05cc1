"""The writer's check that a JPEG is complete (it ends with its end marker) uses the answer the
read gave (`Snapshot.ends_with_eoi`) instead of reading the file's end again (issue 14). That
answer holds only while the file is as it was read: a file cut short or rewritten after the read
must still never be written. On real loop-mounted XFS (reflink) and ext4."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from loopfs import mounted
from test_clone import _photo, _record

from captionist import files, pipeline, writer
from captionist.errors import WriteError


@pytest.fixture(scope="module", params=["xfs", "ext4"])
def fs(request):
    with mounted(request.param, "300M") as mnt:
        yield mnt


def _read_and_plan(path: Path):
    options = pipeline.Options()
    snap = pipeline.load(path, options)
    return snap, pipeline.plan_for(snap, _record("r1"), options)


def _no_temps(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if files.is_temp(p)]


def test_the_read_records_whether_the_jpeg_ends_with_its_marker(fs):
    whole = _photo(fs / "whole.jpg")
    cut = fs / "cut.jpg"
    cut.write_bytes(whole.read_bytes()[:-1000])
    assert pipeline.load(whole, pipeline.Options()).ends_with_eoi is True
    snap = pipeline.load(cut, pipeline.Options())
    assert snap.ends_with_eoi is False
    assert any("end marker" in w for w in snap.warnings)
    out = pipeline.embed(cut, _record("r1"), pipeline.Options())
    assert out.status == "failed" and writer.TRUNCATED in out.error


def test_a_file_cut_short_after_the_read_is_not_written(fs):
    path = _photo(fs / "photo.jpg")
    snap, plan = _read_and_plan(path)
    assert snap.ends_with_eoi and not plan.empty
    with open(path, "r+b") as f:
        f.truncate(snap.size // 2)
    cut = path.read_bytes()
    with pytest.raises(WriteError, match="changed while it was being captioned"):
        writer.apply(snap, plan)
    assert path.read_bytes() == cut
    assert _no_temps(fs)


def test_a_file_whose_end_is_rewritten_in_place_after_the_read_is_not_written(fs):
    """Same size, its end marker overwritten: the write(2) moves the mtime, so the file is not
    the one read and its end is not taken on trust."""
    path = _photo(fs / "same-size.jpg")
    snap, plan = _read_and_plan(path)
    time.sleep(0.05)        # past the file system's timestamp granularity (a clock tick)
    with open(path, "r+b") as f:
        f.seek(-2, os.SEEK_END)
        f.write(b"\x00\x00")
    st = os.stat(path)
    assert st.st_size == snap.size and st.st_mtime_ns != snap.mtime_ns
    before = path.read_bytes()
    with pytest.raises(WriteError, match="changed while it was being captioned"):
        writer.apply(snap, plan)
    assert path.read_bytes() == before
    assert _no_temps(fs)


def test_an_unchanged_complete_file_is_written_and_reads_back(fs):
    path = _photo(fs / "fine.jpg")
    snap, plan = _read_and_plan(path)
    res = writer.apply(snap, plan)
    assert res.written
    again = pipeline.load(path, pipeline.Options())
    assert again.ends_with_eoi and again.values(only=["headline"]) == {"headline": "Kyiv at dawn"}
