"""`CAPTIONIST_TIMING=1` (captionist.timing): where a batch's wall time goes, on a real
loop-mounted XFS (reflink) with two worker processes. Each worker and the parent print their
wall time split into on a CPU / waiting for one / blocked, and the named spans (clone ioctl,
fsyncs, renames...), counted once per file; without the variable nothing is printed and the
files are written alike. No speed is asserted (bench/clone_bench.py measures)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from loopfs import mounted, shared_fraction
from test_clone import _photo

_HEAD = re.compile(r"^\[timing (?P<label>[^\]]+?) pid (?P<pid>\d+)\] wall (?P<wall>[\d.]+)s; main thread: "
                   r"on CPU (?P<on>[\d.]+)s, waiting for a CPU (?P<wait>[\d.]+)s, blocked or sleeping "
                   r"(?P<blocked>[\d.]+)s; (?P<threads>\d+) other thread")
_SPAN = re.compile(r"^  (?P<name>[^:]+(?:: [^:]+)?): (?P<secs>[\d.]+)s in (?P<n>\d+) ")

N = 100     # batch.PARALLEL_MIN: the smallest batch that runs in worker processes


def _embed(folder: Path, records: Path, timing: str | None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("CAPTIONIST_TIMING", None)
    if timing is not None:
        env["CAPTIONIST_TIMING"] = timing
    return subprocess.run([sys.executable, "-m", "captionist.cli", "embed", str(folder), "--records", str(records),
                           "--workers", "2", "--no-journal"], capture_output=True, text=True, env=env, timeout=600)


def _reports(stderr: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    current = None
    for line in stderr.splitlines():
        m = _HEAD.match(line)
        if m:
            current = {**m.groupdict(), "spans": {}}
            out[f"{m['label']} {m['pid']}"] = current
            continue
        s = _SPAN.match(line)
        if s and current is not None:
            current["spans"][s["name"]] = (float(s["secs"]), int(s["n"]))
    return out


def test_timing_splits_each_workers_wall_and_counts_each_files_steps_on_xfs(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    one = _photo(src / "one.jpg", size=(700, 500))
    with mounted("xfs") as mnt:
        folders = {}
        for name in ("timed", "plain"):
            folders[name] = mnt / name
            folders[name].mkdir()
            for i in range(N):
                shutil.copyfile(one, folders[name] / f"AMS-{i:04d}.jpg")
        records = mnt / "records.json"
        records.write_text(json.dumps([{"id": "all", "match": {"file": "AMS-*.jpg"}, "headline": "Київ"}],
                                      ensure_ascii=False), encoding="utf-8")
        originals = mnt / "orig"
        originals.mkdir()
        for p in folders["timed"].iterdir():
            os.link(p, originals / p.name)      # kept, to see the new files share its blocks

        res = _embed(folders["timed"], records, "1")
        assert res.returncode == 0, res.stderr
        reports = _reports(res.stderr)
        workers = [r for k, r in reports.items() if k.startswith("worker ")]
        assert len(workers) == 2, res.stderr
        assert [k for k in reports if k.startswith("parent at fork")]
        assert [k for k in reports if k.startswith("process at exit")]
        for r in reports.values():
            wall, on, wait, blocked = (float(r[k]) for k in ("wall", "on", "wait", "blocked"))
            # the three parts add up to the wall time (the main thread starts with the process
            # to within a clock tick: 10 ms; a forked worker's with the fork)
            assert abs(on + wait + blocked - wall) <= 0.02 + 0.02 * wall or on + wait > wall, r
        # each file's steps once, over the two workers: its clone, its fsync, its rename
        for name in ("write: clone ioctl", "fsync (thread)", "commit: rename", "read", "write: verify"):
            assert sum(w["spans"][name][1] for w in workers) == N, (name, res.stderr)
        assert min(shared_fraction(p) for p in folders["timed"].iterdir()) > 0.9

        quiet = _embed(folders["plain"], records, None)
        assert quiet.returncode == 0, quiet.stderr
        assert "[timing" not in quiet.stderr
        assert sorted(p.read_bytes() for p in folders["plain"].iterdir()) == \
            sorted(p.read_bytes() for p in folders["timed"].iterdir())
