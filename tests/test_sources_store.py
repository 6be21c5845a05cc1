"""A records file caught half-written never takes the last good records away (issue 11,
item 5): the store keeps them until a complete file parses, and the daemon routes every
matchable file to done/ while its records file is rewritten slowly in place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from daemon_helpers import DaemonProcess, images_in, jpeg_bytes, wait_until

from captionist.sources import complete
from captionist.sources.store import RecordStore

# Rewrites PATH in place with TEXT in CHUNKS pieces, PAUSE seconds apart, one open handle.
SLOW_REWRITE = textwrap.dedent("""
    import sys, time
    path, text, chunks, pause = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    step = -(-len(text) // chunks)
    with open(path, "w") as f:
        for i in range(0, len(text), step):
            f.write(text[i:i + step]); f.flush()
            print("chunk", flush=True)
            time.sleep(pause)
    print("done", flush=True)
""")


def _jsonl(ids, headline="Headline") -> str:
    return "".join(json.dumps({"id": i, "headline": f"{headline} {i}"}) + "\n" for i in ids)


def _csv(ids, headline="Headline") -> str:
    return "id,headline\n" + "".join(f"{i},{headline} {i}\n" for i in ids)


@pytest.mark.parametrize("ext", [".jsonl", ".csv", ".json"])
@pytest.mark.parametrize("folder", [False, True])
def test_store_keeps_the_last_good_records_while_a_file_is_written(tmp_path, ext, folder):
    ids = [f"r{i:02d}" for i in range(40)]
    text = {".jsonl": _jsonl, ".csv": _csv, ".json": lambda i, h="Headline": json.dumps(
        [{"id": x, "headline": f"{h} {x}"} for x in i])}[ext]
    path = tmp_path / f"records{ext}"
    path.write_text(text(ids))
    store = RecordStore(tmp_path if folder else path)
    assert len(store.records) == 40
    writer = subprocess.Popen([sys.executable, "-c", SLOW_REWRITE, str(path), text(ids, "New"), "4", "0.6"],
                              stdout=subprocess.PIPE, text=True)
    try:
        for _ in range(3):
            writer.stdout.readline()
            store.reload_if_changed()
            assert sorted(r.id for r in store.records) == ids       # never fewer: the old set holds
            assert store.pending
            assert any("open for writing" in k and "keeping its last good records (40)" in k for k in store.kept)
        assert writer.stdout.readline().strip() == "chunk"
        assert writer.stdout.readline().strip() == "done"
    finally:
        writer.wait()
    store.reload_if_changed()
    assert not store.pending
    assert sorted(r.id for r in store.records) == ids
    assert {r.headline for r in store.records} == {f"New {i}" for i in ids}


def test_a_line_file_cut_mid_line_waits_for_its_line_break(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(_jsonl(["a", "b", "c"]))
    store = RecordStore(path)
    path.write_text(_jsonl(["a", "b"]) + '{"id": "c", "head')      # a writer that closed mid-line
    store.reload_if_changed()
    assert [r.id for r in store.records] == ["a", "b", "c"]
    assert "its last line has no line break yet (still being written?)" in store.kept[0]
    old = time.time() - complete.QUIET - 1                            # quiet long enough: taken as it is
    os.utime(path, (old, old))
    store.reload_if_changed()
    assert [r.id for r in store.records] == ["a", "b"]
    assert store.errors and "not valid JSON" in str(store.errors[0])


def test_daemon_keeps_matching_while_its_records_file_is_rewritten(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    records = tmp_path / "records.jsonl"
    ids = [f"m{i:02d}" for i in range(30)]
    records.write_text(_jsonl(ids))
    d = DaemonProcess(inbox, records, "--workers", "1").start()
    try:
        writer = subprocess.Popen([sys.executable, "-c", SLOW_REWRITE, str(records), _jsonl(ids, "Updated"),
                                   "5", "0.8"], stdout=subprocess.PIPE, text=True)
        writer.stdout.readline()
        time.sleep(0.8)        # past records_settle (0.5 s): the daemon has looked at the cut file
        staging = tmp_path / "staging"
        staging.mkdir()
        for i, n in enumerate(ids):          # files keep arriving while the records are written
            (staging / f"{n}.jpg").write_bytes(jpeg_bytes(i))
            os.rename(staging / f"{n}.jpg", inbox / f"{n}.jpg")
            time.sleep(0.08)
        writer.wait()
        wait_until(lambda: len(images_in(inbox / "done")) + len(images_in(inbox / "unmatched")) >= 30, 90,
                   what="30 files routed")
    finally:
        assert d.stop() == 0
    assert images_in(inbox / "unmatched") == []
    assert sorted(p.stem for p in images_in(inbox / "done")) == ids
    logs = [line for line in d.log_lines() if "keeping its last good records" in json.dumps(line)]
    assert logs, "the daemon never saw the records file mid-write; the test proves nothing"
