"""The whole wall of one batch `embed`, as a timeline (issue 14): process start, imports, records,
listing, the fork, each worker's start, the journal open (in the parent while the workers start;
they wait for it), first and last file, commits, the parent's reports, the journal's close and the exit, from the marks each process logs with
CAPTIONIST_TIMELINE (`captionist.timing.mark`).

    python bench/timeline.py --dir /mnt/xfs/run [--count 300] [--runs 3] [--tree other/src] [--strace]

The folder's files are reflinked from one master photo (`cp --reflink=always`; on a file system
that cannot clone they are copied), then synced, so each run starts from the same originals
quickly; the run is `captionist embed` in place, as `clone_bench.py` runs it. `--tree`: run
another source tree (PYTHONPATH) to compare; `--strace`: also count the system calls of every
process (`strace -f -c`, which slows the run: its times are not the timeline's)."""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from clone_bench import FIELDS, photo  # noqa: E402

CAPTIONIST = str(Path(sys.executable).with_name("captionist"))
WARM = 1 << 16      # bytes read at each end of a laid-out file (see lay_out)


def lay_out(folder: Path, master: Path, count: int) -> list[Path]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    paths = [folder / f"AMS-{i:05d}.jpg" for i in range(count)]
    for p in paths:
        subprocess.run(["cp", "--reflink=auto", str(master), str(p)], check=True)
    subprocess.run(["sync", "-f", str(folder)], check=True)     # this file system only (clone_bench.sync)
    # A clone shares the master's blocks, not its page cache: each copy's pages are read from
    # the disk on first use. clone_bench.py writes its files (page cache warm), so read what
    # `embed` reads (the header, the tail's end marker) now, or the timeline's files measure
    # the disk's seeks (~9 ms a file at load 2-3 against ~3 warm, fork38).
    for p in paths:
        with open(p, "rb", buffering=0) as f:
            f.read(WARM)
            f.seek(-min(WARM, os.fstat(f.fileno()).st_size), 2)
            f.read(WARM)
    return paths


def parse(log: Path) -> tuple[float, list[tuple[float, int, str]]]:
    rows = []
    start = None
    for line in log.read_text().splitlines():
        t, pid, event = line.split(" ", 2)
        if event.startswith("process started at") and start is None:
            start = float(event.split()[3])
        rows.append((float(t), int(pid), event))
    rows.sort()
    return (start if start is not None else rows[0][0]), rows


def summarise(t0: float, rows: list[tuple[float, int, str]], end: float) -> list[str]:
    """One line an event, files and groups folded: each worker's first and last file."""
    out = [f"  {0.0:7.3f}  exec (process start, clock ticks)"]
    parent = rows[0][1]
    per_pid_files: dict[int, list[float]] = {}
    for t, pid, event in rows:
        if event == "file done":
            per_pid_files.setdefault(pid, []).append(t)
    shown_first: set[int] = set()
    for t, pid, event in rows:
        who = "parent" if pid == parent else f"pid {pid}"
        if event == "file done":
            files = per_pid_files[pid]
            if t == files[0] and pid not in shown_first:
                shown_first.add(pid)
                out.append(f"  {t - t0:7.3f}  {who}: first file done")
            elif t == files[-1]:
                n = len(files)
                per = (files[-1] - files[0]) / (n - 1) * 1e3 if n > 1 else 0
                out.append(f"  {t - t0:7.3f}  {who}: last file done ({n} files, {per:.2f} ms a file after the first)")
            continue
        if event.startswith("process started"):
            continue
        out.append(f"  {t - t0:7.3f}  {who}: {event}")
    out.append(f"  {end - t0:7.3f}  the run's wait() returned")
    return out


def one_run(args, paths: list[Path], records: Path, log: Path, env: dict) -> tuple[float, float, float, list[str]]:
    if log.exists():
        log.unlink()
    cmd = [CAPTIONIST, "embed", str(args.dir), "--records", str(records)]
    if args.strace:
        cmd = ["strace", "-f", "-c", "-o", str(log.with_suffix(".strace")), *cmd]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - wall0
    end = time.clock_gettime(time.CLOCK_BOOTTIME)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"embed failed:\n{out.stdout[-1500:]}\n{out.stderr[-1500:]}")
    t0, rows = parse(log)
    return wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime, summarise(t0, rows, end)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, required=True, help="a folder to (re)create on the file system to test")
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--tree", type=Path, default=ROOT / "src")
    ap.add_argument("--strace", action="store_true")
    ap.add_argument("--hash", action="store_true", help="print one sha256 over the captioned files")
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for the run")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="captionist-timeline-"))
    master = args.dir.parent / "master.jpg"
    if not master.exists():
        master.write_bytes(photo(args.size_mb))
    records = work / "records.json"
    records.write_text(json.dumps([{"id": "all", "match": {"file": "AMS-*.jpg"}, **FIELDS}]))
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(args.tree)], check=True)
    env = {**os.environ, "PYTHONPATH": str(args.tree), "CAPTIONIST_TIMELINE": str(work / "timeline.log"),
           # one journal across invocations, beside the master, as clone_bench.py's runs share the
           # default one: opening a new journal (its creation: 4 fdatasyncs) took 49 ms at load 13
           # against 10-25 ms for an existing one, and made the parent's journal step 53-75 ms (fork38)
           "CAPTIONIST_JOURNAL": str(args.dir.parent / "timeline-journal.sqlite")}
    env.update(kv.split("=", 1) for kv in args.env)
    for r in range(args.runs):
        paths = lay_out(args.dir, master, args.count)
        load = os.getloadavg()[0]
        wall, user, sys_, lines = one_run(args, paths, records, work / "timeline.log", env)
        print(f"run {r + 1}: {args.tree} on {args.dir}: wall {wall:.3f} s, CPU {user + sys_:.3f} s "
              f"({user:.3f} user + {sys_:.3f} kernel), load {load:.1f}")
        print("\n".join(lines))
        if args.strace:
            print((work / "timeline.strace").read_text())
        if args.hash:
            h = hashlib.sha256()
            for p in paths:
                h.update(p.read_bytes())
            print(f"  sha256 of the {len(paths)} captioned files: {h.hexdigest()}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
