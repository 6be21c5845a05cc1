"""A file another program is still writing is never captioned and replaced (issue 11, item 1).

Real writer processes, real leases (fcntl F_SETLEASE on ext4/xfs/tmpfs), the real CLI."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ROOT, exiftool, make_jpeg
from daemon_helpers import wait_until

from captionist import files, leases, pipeline, writer
from captionist.model import CaptionRecord

RECORD = CaptionRecord.model_validate({"id": "photo", "headline": "Slow copy", "description": "Arrived in chunks"})

# A writer: copies SRC to DST in CHUNKS chunks, SLEEP seconds apart. Modes: "open" keeps one
# handle (cp, a tether), "reopen" appends with a new handle per chunk (SMB, resumable
# uploads), "rename" writes a hidden temp and renames it in at the end (rsync, browsers).
WRITER = textwrap.dedent("""
    import os, sys, time
    src, dst, mode, chunks, pause = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), float(sys.argv[5])
    data = open(src, "rb").read()
    step = -(-len(data) // chunks)
    path = os.path.join(os.path.dirname(dst), ".partial-" + os.path.basename(dst)) if mode == "rename" else dst
    f = open(path, "wb")
    for i in range(0, len(data), step):
        if mode == "reopen" and i:
            f = open(path, "ab")
        f.write(data[i:i + step]); f.flush()
        if mode == "reopen":
            f.close()
        print("chunk", flush=True)
        time.sleep(pause)
    if not f.closed:
        f.close()
    if mode == "rename":
        os.rename(path, dst)
    print("done", flush=True)
""")


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "captionist.cli", *args], capture_output=True, text=True, env=env)


def _records(tmp_path: Path) -> Path:
    rec = tmp_path / "records.json"
    rec.write_text(json.dumps([{"id": "photo", "headline": "Slow copy", "description": "Arrived in chunks"}]))
    return rec


def _scan(data: bytes) -> bytes:
    """The entropy-coded image data: everything from the first SOS on."""
    return data[data.index(b"\xff\xda"):]


@pytest.mark.parametrize("mode", ["open", "reopen", "rename"])
def test_embed_during_a_slow_copy_never_cuts_the_file(tmp_path, mode):
    source = make_jpeg(tmp_path / "source.jpg", size=(900, 700), quality=95)
    data = source.read_bytes()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = inbox / "photo.jpg"
    rec = _records(tmp_path)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(source), str(target), mode, "6", "0.25"],
                            stdout=subprocess.PIPE, text=True)
    proc.stdout.readline()      # the first chunk is on disk
    attempts = []
    while proc.poll() is None:
        if target.exists():
            res = _cli("embed", str(target), "--records", str(rec), "--json")
            attempts.append(res)
            assert "Traceback" not in res.stderr
    proc.wait()
    assert proc.returncode == 0
    if mode != "rename":
        assert attempts, "embed never ran while the file was being written"
    refused = [json.loads(a.stdout.splitlines()[0]) for a in attempts if a.returncode != 0]
    reasons = ("open for writing",                       # the lease could not be had / was broken
               "end marker",                             # a JPEG not yet complete
               "the file changed while it was being captioned")   # appended between read and lease
    for out in refused:     # each refusal says why, and names the file
        assert out["status"] == "failed"
        assert out["error"].startswith(str(target)) and any(r in out["error"] for r in reasons), out["error"]
    # every byte the writer wrote landed in the file under its name
    assert _scan(target.read_bytes()) == _scan(data)
    res = _cli("embed", str(target), "--records", str(rec), "--json")
    assert res.returncode == 0, res.stdout + res.stderr
    assert exiftool(target)["XMP-photoshop:Headline"] == "Slow copy"
    assert _scan(target.read_bytes()) == _scan(data)
    assert not [p for p in inbox.iterdir() if files.is_temp(p)]


def test_a_file_open_for_writing_is_not_written(tmp_path):
    image = make_jpeg(tmp_path / "photo.jpg")
    before = image.read_bytes()
    holder = subprocess.Popen([sys.executable, "-c",
                               f"import sys,time; f=open({str(image)!r},'r+b'); print('ok',flush=True); time.sleep(30)"],
                              stdout=subprocess.PIPE, text=True)
    try:
        holder.stdout.readline()
        out = pipeline.embed(image, RECORD, pipeline.Options())
    finally:
        holder.kill()
        holder.wait()
    assert out.status == "failed"
    assert leases.BUSY in out.error
    assert image.read_bytes() == before


def _lease_breaking(inode: int) -> bool:
    """A lease on this inode is being broken: another process's open(2) waits on it
    (/proc/locks, fields: id, LEASE, BREAKING, type, pid, major:minor:inode, start, end)."""
    for line in Path("/proc/locks").read_text().splitlines():
        f = line.split()
        if "LEASE" in f and "BREAKING" in f and any(x.endswith(f":{inode}") for x in f):
            return True
    return False


def test_a_writer_opening_the_file_before_the_rename_stops_it(tmp_path):
    """The lease is held from before the write until the group commits: a program that
    opens the file meanwhile waits, the rename is abandoned, and its bytes land in the file."""
    image = make_jpeg(tmp_path / "photo.jpg", size=(300, 200))
    before = image.read_bytes()
    before_ino = image.stat().st_ino
    group = files.GroupCommit()
    out = pipeline.embed(image, RECORD, pipeline.Options(), group=group)
    assert out.status == "written"
    appender = subprocess.Popen([sys.executable, "-c",
                                 f"f=open({str(image)!r},'ab'); f.write(b'TAIL'); f.close(); print('done',flush=True)"],
                                stdout=subprocess.PIPE, text=True)
    # commit only once its open(2) waits on our lease: the kernel lists the lease as BREAKING
    # in /proc/locks from then on. (A fixed 0.5 s was too short on a loaded machine: the child
    # was still starting, opened after the rename and the group committed.)
    wait_until(lambda: _lease_breaking(before_ino), 120, what="the appender's open(2) to break the lease")
    pipeline.commit(group, [out])
    assert appender.stdout.readline().strip() == "done"
    appender.wait()
    assert out.status == "failed"
    assert leases.BROKEN in out.error
    assert image.read_bytes() == before + b"TAIL"
    assert not [p for p in tmp_path.iterdir() if files.is_temp(p)]


def test_a_jpeg_without_its_end_marker_is_refused_unless_allowed(tmp_path):
    whole = make_jpeg(tmp_path / "whole.jpg", size=(400, 300))
    cut = tmp_path / "photo.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    before = cut.read_bytes()
    out = pipeline.embed(cut, RECORD, pipeline.Options())
    assert out.status == "failed" and writer.TRUNCATED in out.error
    assert cut.read_bytes() == before
    rec = _records(tmp_path)
    res = _cli("embed", str(cut), "--records", str(rec), "--json")
    assert res.returncode == 1 and "end marker" in json.loads(res.stdout.splitlines()[0])["error"]
    res = _cli("embed", str(cut), "--records", str(rec), "--json", "--allow-truncated")
    assert res.returncode == 0, res.stdout + res.stderr
    assert json.loads(res.stdout.splitlines()[0])["status"] == "written"


def test_without_leases_a_recent_file_must_settle(tmp_path):
    """Where no lease can be had (network shares), a file modified within the settle time
    that keeps changing is refused."""
    image = make_jpeg(tmp_path / "photo.jpg")
    g = leases.Guard(image, settle=0.6)
    g.fd = os.open(image, os.O_RDONLY)
    grower = subprocess.Popen([sys.executable, "-c",
                               f"import time\nfor i in range(8):\n open({str(image)!r},'ab').write(b'x'); time.sleep(0.1)"])
    try:
        with pytest.raises(Exception) as e:
            g._settle()
        assert leases.BUSY in str(e.value)
    finally:
        grower.wait()
        g.release()


@pytest.mark.parametrize("mode", ["open", "reopen", "rename"])
def test_daemon_during_a_slow_copy_never_publishes_a_cut_file(tmp_path, mode):
    """The watch daemon (inotify, default settle of 1 s) while a writer copies into its inbox in
    chunks 1.3 s apart: the file lands in done/ whole and captioned, never cut."""
    from daemon_helpers import DaemonProcess, images_in, wait_until

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    rec = _records(tmp_path)
    source = make_jpeg(tmp_path / "source.jpg", size=(900, 700), quality=95)
    data = source.read_bytes()
    d = DaemonProcess(inbox, rec, "--workers", "1").start()
    try:
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(source), str(inbox / "photo.jpg"), mode, "3",
                                 "1.3"], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.read().strip().endswith("done")
        proc.wait()
        routed = wait_until(lambda: [p for f in ("done", "failed", "unmatched", "review")
                                     for p in images_in(inbox / f)], 60, what="the file routed")
    finally:
        assert d.stop() == 0
    assert [p.relative_to(inbox).as_posix() for p in routed] == ["done/photo.jpg"]
    out = inbox / "done" / "photo.jpg"
    assert _scan(out.read_bytes()) == _scan(data)
    assert exiftool(out)["XMP-photoshop:Headline"] == "Slow copy"
