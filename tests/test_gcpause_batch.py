"""A batch runs with the automatic cyclic collector paused and collects the young generations
itself between committed groups (captionist.gcpause, issue 14): the collector is off while
the files are done, back on afterwards (also after a stop), left off when the caller had it
off, and cycles a file leaves behind are still collected during the batch. Files are written
for real and read back with ExifTool."""

from __future__ import annotations

import gc
import hashlib
import io
import weakref
from pathlib import Path

import pytest
from conftest import exiftool_many

from captionist import batch, gcpause, pipeline
from captionist.files import GroupCommit
from captionist.model import CaptionRecord


def _jpeg(seed: int) -> bytes:
    from PIL import Image

    im = Image.frombytes("RGB", (32, 24), hashlib.shake_256(str(seed).encode()).digest(32 * 24 * 3))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90)
    return buf.getvalue()


def _files(tmp_path: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        p = tmp_path / f"g{i:02d}.jpg"
        p.write_bytes(_jpeg(i))
        paths.append(p)
    return paths


RECORD = CaptionRecord.model_validate({"id": "all", "headline": "Kharkiv, ünïcode"})


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collector_paused_during_the_batch_and_cycles_still_collected(tmp_path):
    paths = _files(tmp_path, 12)
    seen: list[bool] = []
    first: list[weakref.ref] = []

    first_alive: list[bool] = []

    def each(out) -> None:
        seen.append(gc.isenabled())
        if first:
            first_alive.append(first[0]() is not None)
        # cyclic garbage, more than one collection's worth: only the collector frees it
        refs = [weakref.ref(Cycle()) for _ in range(gcpause.YOUNG_MAX // 2)]
        if not first:
            first.append(refs[0])

    assert gc.isenabled()
    outs = batch.run_batch(paths, None, pipeline.Options(), batch_size=len(paths), record=RECORD,
                           group=GroupCommit(max_files=3), each=each)
    assert gc.isenabled()
    assert seen == [False] * len(paths)
    # the first file's cycle was collected between groups, while the collector was paused:
    # alive up to the first commit (files 1-3), gone before the last file
    assert first_alive[0] is True and first_alive[-1] is False, first_alive
    assert all(o.status == "written" for o in outs), [o.error for o in outs]
    got = exiftool_many(paths, "-XMP-photoshop:Headline", "-IPTC:Headline")
    assert len(got) == len(paths)
    for row in got:
        assert row["XMP-photoshop:Headline"] == row["IPTC:Headline"] == "Kharkiv, ünïcode", row


def test_collector_back_on_after_a_stop(tmp_path):
    paths = _files(tmp_path, 4)

    def each(out) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        batch.run_batch(paths, None, pipeline.Options(), batch_size=len(paths), record=RECORD,
                        group=GroupCommit(max_files=3), each=each)
    assert gc.isenabled()
    assert gcpause._batch_depth == 0


def test_collector_left_off_when_the_caller_had_it_off(tmp_path):
    paths = _files(tmp_path, 3)
    gc.disable()
    try:
        batch.run_batch(paths, None, pipeline.Options(), batch_size=len(paths), record=RECORD,
                        group=GroupCommit(max_files=2))
        assert not gc.isenabled()
    finally:
        gc.enable()
