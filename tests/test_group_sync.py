"""A group commit's temps reach the disk before their renames, by a background fsync each
(`files.GROUP_SYNC` "fsync", the default) or by one syncfs(2) per file system ("syncfs",
`captionist.fssync`):
proven by a power cut. Right after `captionist embed` returns, the loop-mounted XFS or ext4 is
shut down without writing its log (XFS_IOC_GOINGDOWN / EXT4_IOC_SHUTDOWN with NOLOGFLUSH, what
xfstests' `godown` does), then mounted again, which replays the journal as after a crash:
every file must read back captioned, its image data the original's. A commit that renamed
before the data was on disk leaves empty or zero-filled files there (XFS sets a file's size
only once its data is written)."""

from __future__ import annotations

import fcntl
import json
import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, exiftool_many
from daemon_helpers import jpeg_bytes, write_records
from loopfs import mounted

from captionist import files, fssync

N = 12
GOINGDOWN = 0x8004587D          # _IOR('X', 125, __u32): XFS_IOC_GOINGDOWN, EXT4_IOC_SHUTDOWN
NOLOGFLUSH = 2                  # XFS_FSOP_GOING_FLAGS_NOLOGFLUSH, EXT4_GOING_FLAGS_NOLOGFLUSH


def _power_cut(mnt: Path) -> None:
    fd = os.open(mnt, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.ioctl(fd, GOINGDOWN, struct.pack("I", NOLOGFLUSH))
    finally:
        os.close(fd)
    subprocess.run(["umount", str(mnt)], check=True)
    # loopfs.mounted keeps the image beside the mount point
    subprocess.run(["mount", "-o", "loop", str(mnt.parent / "fs.img"), str(mnt)], check=True)


def _scan(data: bytes) -> bytes:
    return data[data.index(b"\xff\xda"):]


def test_syncfs_is_there_to_be_chosen_and_fsync_is_the_default():
    # Linux 5.8+ (CI's too): CAPTIONIST_GROUP_SYNC=syncfs below runs the syncfs path
    assert fssync.available()
    assert files.GROUP_SYNC == "fsync" and not files.GroupCommit().by_syncfs
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CAPTIONIST_GROUP_SYNC": "syncfs"}
    chosen = subprocess.run([sys.executable, "-c", "from captionist import files; "
                             "print(files.GROUP_SYNC, files.GroupCommit().by_syncfs)"],
                            capture_output=True, text=True, env=env, check=True)
    assert chosen.stdout.split() == ["syncfs", "True"]


@pytest.mark.parametrize("sync", ["syncfs", "fsync", "helper"])    # helper: captionist.fsyncer
@pytest.mark.parametrize("fs", ["xfs", "ext4"])
def test_a_power_cut_right_after_a_group_commit_leaves_every_file_captioned(fs, sync):
    with mounted(fs) as mnt:
        folder = mnt / "photos"
        folder.mkdir()
        originals = {f"p{i:02d}.jpg": jpeg_bytes(i, (640, 480)) for i in range(N)}
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        records = mnt / "records.json"
        write_records(records, [Path(n).stem for n in originals])
        subprocess.run(["sync"], check=True)        # the originals are on disk before the run

        env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CAPTIONIST_GROUP_SYNC": sync}
        run = subprocess.run([sys.executable, "-c", "from captionist.cli import main; main(prog_name='captionist')",
                              "embed", str(folder), "--records", str(records), "--json", "--no-journal"],
                             capture_output=True, text=True, env=env, timeout=300)
        assert run.returncode == 0, run.stderr[-2000:]
        assert [json.loads(line)["status"] for line in run.stdout.splitlines()] == ["written"] * N
        _power_cut(mnt)

        assert sorted(p.name for p in folder.iterdir()) == sorted(originals)     # no temps, none lost
        for name, data in originals.items():
            now = (folder / name).read_bytes()
            assert now != data and _scan(now) == _scan(data), (fs, sync, name, len(now))
        heads = exiftool_many(sorted(folder.glob("*.jpg")), "-XMP-photoshop:Headline", "-IPTC:Headline")
        assert len(heads) == N
        for h in heads:
            stem = Path(h["SourceFile"]).stem
            assert h["XMP-photoshop:Headline"] == h["IPTC:Headline"] == f"Headline {stem}", h
