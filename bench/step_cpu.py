"""A file's CPU, step by step, counted in CPU time rather than wall time (issue 14).

    python bench/step_cpu.py --fs xfs --runs 3                       # root: a loop-mounted XFS
    python bench/step_cpu.py --pair PYTHONPATH=/tmp/main/src          # this tree against another
    python bench/step_cpu.py --pair CAPTIONIST_GROUP_SYNC=syncfs
    python bench/step_cpu.py --photo ../shared/corpus/malformed/pr_1994_poc1.jpg   # a Nikon's EXIF

On the shared 2-core machine the wall time of a step (`CAPTIONIST_TIMING=1`) mostly measures
how long it waited for a CPU. Here each run is a child process that captions `count` fresh
photos (bench/clone_bench.py's) in place, in one process with the group commit as `embed` does,
and sums each step's *thread* CPU time (`time.thread_time`: on a CPU, in the process or the
kernel, and nothing else), so paired variants differ by their own work and far less by the
machine's load. `--pair NAME=VALUE` runs each run twice, alternately, without and with the
variable (PYTHONPATH=<another tree's src> measures that tree's code).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))


def child(base: Path, count: int, size_mb: float, photo_path: str | None = None) -> None:
    """One run, in this process: prints the main thread's and the process's CPU a file, and each
    step's CPU a file."""
    from captionist import timing

    class ThreadCpuSpan:            # timing's span, counted in this thread's CPU time
        __slots__ = ("name", "t")

        def __init__(self, name: str):
            self.name = name

        def __enter__(self) -> None:
            self.t = time.thread_time()

        def __exit__(self, *exc: object) -> None:
            s = timing._spans.setdefault(self.name, [0.0, 0])
            s[0] += time.thread_time() - self.t
            s[1] += 1

    timing.ON, timing._Span = True, ThreadCpuSpan
    from clone_bench import FIELDS, photo

    from captionist import batch, files, pipeline
    from captionist.cli import load_library_or_exit

    src = base / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    # the bench's photo has two EXIF tags; a real camera's EXIF (maker note) costs far more
    data = Path(photo_path).read_bytes() if photo_path else photo(size_mb)
    for i in range(count):
        (src / f"AMS-{i:05d}.jpg").write_bytes(data)
    records = base / "records.json"
    records.write_text(json.dumps([{"id": "all", "match": {"file": "AMS-*.jpg"}, **FIELDS}]))
    library = load_library_or_exit(records, None, None, None)
    paths = sorted(src.iterdir())
    timing._spans.clear()
    t0, p0 = time.thread_time(), time.process_time()
    outcomes = batch.run_batch(paths, library.records, pipeline.Options(), batch_size=len(paths),
                               group=files.GroupCommit())
    t1, p1 = time.thread_time(), time.process_time()
    if not all(o.status == "written" for o in outcomes):
        raise SystemExit(f"not written: {outcomes[0]}")
    print(f"main {(t1 - t0) / count * 1e3:.3f}")
    print(f"process {(p1 - p0) / count * 1e3:.3f}")
    for name, (secs, _) in timing._spans.items():
        if not name.startswith("fsync"):        # other threads' time, not the main thread's
            print(f"step {secs / count * 1e3:.3f} {name}")


def run(base: Path, count: int, size_mb: float, env: dict[str, str], photo_path: str | None = None) -> dict[str, float]:
    more = ["--photo", str(Path(photo_path).resolve())] if photo_path else []
    out = subprocess.run([sys.executable, __file__, "--child", str(base), "--count", str(count),
                          "--size-mb", str(size_mb), *more], capture_output=True, text=True,
                         env={**os.environ, **env})
    if out.returncode != 0:
        raise SystemExit(out.stdout[-2000:] + out.stderr[-2000:])
    got = {}
    for line in out.stdout.splitlines():
        m = re.match(r"(main|process) ([\d.]+)$", line) or re.match(r"step ([\d.]+) (.+)$", line)
        if m and m.group(1) in ("main", "process"):
            got[m.group(1)] = float(m.group(2))
        elif m:
            got[m.group(2)] = float(m.group(1))
    return got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fs", default="xfs", choices=["xfs", "btrfs", "ext4", "own"])
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--size-mb", type=float, default=2.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--pair", default=None, help="NAME=VALUE: each run once without, once with it")
    ap.add_argument("--photo", default=None, help="caption copies of this JPEG instead of the bench's photo")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(Path(args.child), args.count, args.size_mb, args.photo)
        return
    from contextlib import nullcontext

    from loopfs import mounted

    variants = {"this tree": {}}
    if args.pair:
        k, v = args.pair.split("=", 1)
        variants[args.pair] = {k: v}
    got: dict[str, list[dict[str, float]]] = {n: [] for n in variants}
    size = f"{int(args.count * args.size_mb * 1.1 + 400)}M"
    with (mounted(args.fs, size) if args.fs != "own" else nullcontext(None)) as mnt:
        base = Path(mnt) if mnt else Path(f"/tmp/captionist-step-cpu-{os.getpid()}")
        try:
            for _ in range(args.runs):
                for name, env in variants.items():
                    got[name].append(run(base, args.count, args.size_mb, env, args.photo))
        finally:
            if not mnt:
                shutil.rmtree(base, ignore_errors=True)
    what = Path(args.photo).name if args.photo else f"{args.size_mb} MB"
    print(f"{args.fs}: {args.count} JPEGs of {what}, CPU ms a file (runs sorted), "
          f"load {os.getloadavg()[0]:.1f}")
    for name, runs in got.items():
        print(f"  {name}")
        keys = ["main", "process"] + sorted({k for r in runs for k in r} - {"main", "process"},
                                            key=lambda k: -statistics.median(r.get(k, 0) for r in runs))
        for k in keys:
            vals = sorted(r.get(k, 0.0) for r in runs)
            label = {"main": "captioning thread", "process": "process (with fsync threads)"}.get(k, k)
            print(f"    {label:<30} median {statistics.median(vals):.3f}  ({', '.join(f'{v:.3f}' for v in vals)})")


if __name__ == "__main__":
    main()
