"""Group commit (`files.GroupCommit`, issue 14) killed at each of its points, on real
loop-mounted XFS (reflink), Btrfs and ext4: every file is its original or completely
captioned, never a mix; a rerun removes the temps the kill left, writes what was not renamed
and finds nothing to do for what was (nothing lost, nothing done twice); and the written
files' journal fingerprints are those of the files on disk (taken from the bytes written).

The run is the real CLI in its own process; a few lines installed before it (`_ENTRY`)
SIGKILL it at the chosen point, so the production code runs unchanged up to there."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, image_data_hash
from daemon_helpers import jpeg_bytes, write_records
from loopfs import mounted
from resume_check import assert_resumed

from captionist import files

N = 12     # one group (GroupCommit holds 64), so every point below falls inside it

# point: where the run dies. "writing": as the group is about to commit (temps written and
# handed to their fsyncs, nothing renamed); "rename-0": after the fsyncs, before any rename;
# "rename-5": after 5 of the renames; "folder-sync": after every rename, before the folder's
# fsync; "journal": after the commit, before the group's journal rows.
_ENTRY = r"""
import os, signal, sys
from captionist import files, runlog
point = sys.argv[1]
def die(*a, **k):
    os.kill(os.getpid(), signal.SIGKILL)
if point == "writing":
    files.GroupCommit.commit = die
elif point.startswith("rename-"):
    n, seen, publish = int(point.split("-")[1]), [0], files._publish
    def counted(*a, **k):
        if seen[0] == n:
            die()
        seen[0] += 1
        return publish(*a, **k)
    files._publish = counted
elif point == "folder-sync":
    files.fsync_dir = die
elif point == "journal":
    runlog.RunLog.add = die
from captionist.cli import main
main(sys.argv[2:], prog_name="captionist")
"""

POINTS = {"writing": 0, "rename-0": 0, "rename-5": 5, "folder-sync": N, "journal": N}


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-c", *args], capture_output=True, text=True, env=env, timeout=300)


def _scan(data: bytes) -> bytes:
    return data[data.index(b"\xff\xda"):]


@pytest.mark.parametrize("fs", ["xfs", "btrfs", "ext4"])
def test_a_kill_at_each_point_of_a_group_commit_leaves_whole_files_and_a_rerun_finishes(fs, tmp_path):
    with mounted(fs) as mnt:
        for point, renamed in POINTS.items():
            folder = mnt / point
            folder.mkdir()
            originals = {f"p{i:02d}.jpg": jpeg_bytes(i, (320, 240)) for i in range(N)}
            for name, data in originals.items():
                (folder / name).write_bytes(data)
            records = mnt / f"{point}.json"
            write_records(records, [Path(n).stem for n in originals])
            journal = mnt / f"{point}.sqlite"
            args = ["embed", str(folder), "--records", str(records), "--json", "--journal", str(journal)]

            killed = _run(_ENTRY, point, *args)
            assert killed.returncode == -9, (point, killed.returncode, killed.stderr[-2000:])
            now = {name: (folder / name).read_bytes() for name in originals}
            new = sorted(name for name in originals if now[name] != originals[name])
            # the renames happen in the order the files were written; the kill stops them there
            assert new == sorted(originals)[:renamed], (fs, point, new)
            for name in originals:
                assert _scan(now[name]) == _scan(originals[name]), (fs, point, name)
            temps = [p for p in folder.iterdir() if files.is_temp(p)]
            assert len(temps) == N - renamed, (fs, point, temps)

            rerun = _run("from captionist.cli import main; main(prog_name='captionist')", *args)
            assert rerun.returncode == 0, rerun.stderr[-2000:]
            assert_resumed(rerun.stdout, folder, originals, new, journal, N, (fs, point))
        one = mnt / "writing" / "p00.jpg"
        assert image_data_hash(one) == image_data_hash_of(jpeg_bytes(0, (320, 240)), tmp_path)


def image_data_hash_of(data: bytes, where: Path) -> str:
    path = where / "original.jpg"
    path.write_bytes(data)
    return image_data_hash(path)
