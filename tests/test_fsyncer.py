"""The group commit's fsyncs in a helper process (captionist.fsyncer, CAPTIONIST_GROUP_SYNC=helper,
issue 14): every temp is on disk before its rename (a power cut right after `embed`, as in
tests/test_group_sync.py), a helper that is killed leaves the commit to fsync the files itself,
the helper reports an fsync's error, keeps none of its parent's other descriptors, and a
forked process does not share its parent's helper. Files are read back with ExifTool."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, exiftool_many
from daemon_helpers import jpeg_bytes, write_records
from loopfs import mounted
from test_group_sync import _power_cut, _scan

from captionist import files, fsyncer

N = 12


@pytest.mark.parametrize("fs", ["xfs", "ext4"])
def test_a_power_cut_right_after_a_helper_commit_leaves_every_file_captioned(fs):
    with mounted(fs) as mnt:
        folder = mnt / "photos"
        folder.mkdir()
        originals = {f"p{i:02d}.jpg": jpeg_bytes(i, (640, 480)) for i in range(N)}
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        records = mnt / "records.json"
        write_records(records, [Path(n).stem for n in originals])
        subprocess.run(["sync"], check=True)

        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CAPTIONIST_GROUP_SYNC": "helper"}
        run = subprocess.run([sys.executable, "-c", "from captionist.cli import main; main(prog_name='captionist')",
                              "embed", str(folder), "--records", str(records), "--json", "--no-journal"],
                             capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        assert [json.loads(line)["status"] for line in run.stdout.splitlines()] == ["written"] * N
        _power_cut(mnt)

        assert sorted(p.name for p in folder.iterdir()) == sorted(originals)
        for name, data in originals.items():
            now = (folder / name).read_bytes()
            assert now != data and _scan(now) == _scan(data), (fs, name, len(now))
        heads = exiftool_many(sorted(folder.glob("*.jpg")), "-XMP-photoshop:Headline", "-IPTC:Headline")
        assert len(heads) == N
        for h in heads:
            stem = Path(h["SourceFile"]).stem
            assert h["XMP-photoshop:Headline"] == h["IPTC:Headline"] == f"Headline {stem}", h


def _helper_group(monkeypatch) -> files.GroupCommit:
    monkeypatch.setattr(files, "GROUP_SYNC", "helper")
    group = files.GroupCommit()
    assert group.by_helper
    return group


def test_a_killed_helper_leaves_the_fsyncs_to_the_commit(tmp_path, monkeypatch):
    group = _helper_group(monkeypatch)
    targets = [tmp_path / f"f{i}.bin" for i in range(6)]
    for i, t in enumerate(targets[:3]):
        files.atomic_write(t, [f"first {i}".encode()], group=group)
    helper = fsyncer.get()
    os.kill(helper.pid, signal.SIGKILL)
    for i, t in enumerate(targets[3:], 3):
        files.atomic_write(t, [f"first {i}".encode()], group=group)
    failed = group.commit()
    assert failed == {}
    assert [t.read_bytes() for t in targets] == [f"first {i}".encode() for i in range(6)]
    assert helper.gone
    # the next group gets a new helper, which answers
    assert fsyncer.get() is not helper and not fsyncer.get().gone
    files.atomic_write(targets[0], [b"second"], group=group)
    assert group.commit() == {} and targets[0].read_bytes() == b"second"
    assert not [p for p in tmp_path.iterdir() if files.is_temp(p)]


def test_the_helper_reports_an_fsync_error():
    helper = fsyncer.get()
    r, w = os.pipe()                 # fsync(2) of a pipe fails with EINVAL
    try:
        seq = helper.send(r)
        assert seq is not None
        assert helper.wait(seq) == errno.EINVAL
    finally:
        os.close(r)
        os.close(w)
    with open(__file__, "rb") as f:
        seq = helper.send(f.fileno())
        assert helper.wait(seq) == 0


def test_the_helper_keeps_only_its_socket(tmp_path):
    fsyncer.shutdown()
    held = open(tmp_path / "held.bin", "wb")
    try:
        helper = fsyncer.get()
        assert helper.wait(helper.send(held.fileno())) == 0      # the helper is in its loop
        fds = set(os.listdir(f"/proc/{helper.pid}/fd"))
        targets = {n: os.readlink(f"/proc/{helper.pid}/fd/{n}") for n in fds}
        assert str(tmp_path / "held.bin") not in targets.values()
        assert sum(t.startswith("socket:") for t in targets.values()) == 1, targets
        # past stdin/out/err: the socket alone
        assert [n for n, t in targets.items() if int(n) > 2 and not t.startswith("socket:")] == [], targets
    finally:
        held.close()
        fsyncer.shutdown()


def test_a_forked_child_does_not_share_the_helper():
    parent_helper = fsyncer.get()
    pid = os.fork()
    if pid == 0:
        ok = fsyncer._helper is None and fsyncer.get().pid != parent_helper.pid
        fsyncer.shutdown()
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with open(__file__, "rb") as f:
        assert parent_helper.wait(parent_helper.send(f.fileno())) == 0
    fsyncer.shutdown()
    assert parent_helper.pid == 0        # waited for
