"""Per-file CPU of a captioning batch in one process (issue 14: the CPU is the part we control).

    python bench/write_cpu.py --fs xfs --count 150 --runs 5      # root: a loop-mounted XFS
    python bench/write_cpu.py --fs ext4 --profile /tmp/embed.prof  # one cProfile'd run

Each run lays out `count` fresh JPEGs (bench/clone_bench.py's camera-like photo) and runs one
`captionist embed --workers 1` over them, in place, with fsync. A one-file run gives the
start-up (interpreter, imports, records); the per-file figure is (run - start-up) / count,
user and kernel apart (getrusage of the child), so the kernel's copy or clone is told from
our Python. `--env NAME=VALUE` sets a variable for the captionist runs only, so that two
variants can be run paired, alternately (`--pair NAME=VALUE`: every run twice, without and
with it; `--pair-args '--no-fsync'` likewise with CLI options).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from clone_bench import FIELDS, photo  # noqa: E402
from loopfs import mounted  # noqa: E402


def run_once(base: Path, data: bytes, count: int, env: dict[str, str], profile: str | None,
             extra: tuple[str, ...] = ()) -> tuple[float, float, float]:
    src = base / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    for i in range(count):
        (src / f"AMS-{i:05d}.jpg").write_bytes(data)
    subprocess.run(["sync"], check=True)
    records = base / "records.json"
    records.write_text(json.dumps([{"id": "all", "match": {"file": "AMS-*.jpg"}, **FIELDS}]))
    cmd = [sys.executable, *(["-m", "cProfile", "-o", profile] if profile else []), "-m", "captionist",
           "embed", str(src), "--records", str(records), "--workers", "1", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, env={**os.environ, **env})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode != 0:
        raise SystemExit(f"captionist failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    if env.get("CAPTIONIST_TIMING"):
        sys.stderr.write(out.stderr)
    return wall, after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime


def with_tags(data: bytes, source: Path) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "photo.jpg"
        target.write_bytes(data)
        subprocess.run(["exiftool", "-q", "-overwrite_original", "-tagsFromFile", str(source), "-all:all",
                        "-ThumbnailImage=", str(target)], check=True)
        return target.read_bytes()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fs", default="xfs", choices=["xfs", "btrfs", "ext4", "own"])
    ap.add_argument("--count", type=int, default=150)
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--env", action="append", default=[], help="NAME=VALUE for every captionist run")
    ap.add_argument("--pair", default=None, help="NAME=VALUE: each run once without, once with it")
    ap.add_argument("--pair-args", action="append", default=[],
                    help="CLI options: each run once without, once with them (e.g. '--no-fsync'); "
                         "repeatable ('--workers 2', '--workers 3': one more variant each)")
    ap.add_argument("--profile", default=None, help="write one run's cProfile here")
    ap.add_argument("--tags-from", default=None,
                    help="a JPEG whose metadata (ExifTool -tagsFromFile, all groups) the photos carry, "
                         "e.g. ../shared/corpus/reference/IPTC-PhotometadataRef-Std2021.1.jpg: an "
                         "agency's XMP, which exiv2 parses at each read and write")
    args = ap.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    data = photo(args.size_mb)
    if args.tags_from:
        data = with_tags(data, Path(args.tags_from))
    env = dict(e.split("=", 1) for e in args.env)
    variants: list[tuple[str, dict[str, str], tuple[str, ...]]] = [("base", env, ())]
    if args.pair:
        k, v = args.pair.split("=", 1)
        variants.append((args.pair, {**env, k: v}, ()))
    for extra in args.pair_args:
        variants.append((extra, env, tuple(extra.split())))
    size = f"{int((args.count * len(data) * 2.2 + 3e8) / 2**20)}M"
    ctx = mounted(args.fs, size) if args.fs != "own" else nullcontext(None)
    with ctx as mnt:
        base = Path(mnt) if mnt else Path(tempfile.mkdtemp(prefix="captionist-cpu-bench-"))
        try:
            if args.profile:
                run_once(base, data, args.count, env, args.profile)
                print(f"profile written to {args.profile}")
                return
            got: dict[str, list[tuple[float, float, float]]] = {n: [] for n, _, _ in variants}
            start = {n: run_once(base, data, 1, e, None, x) for n, e, x in variants}
            for _ in range(args.runs):
                for name, e, x in variants:
                    got[name].append(run_once(base, data, args.count, e, None, x))
        finally:
            if not mnt:
                shutil.rmtree(base, ignore_errors=True)
    print(f"{args.fs}: {args.count} JPEGs of {len(data) / 1e6:.1f} MB, one process, load {os.getloadavg()[0]:.1f}")
    for name, runs in got.items():
        s = start[name]
        per_user = [(u - s[1]) / (args.count - 1) * 1e3 for _, u, _ in runs]
        per_sys = [(k - s[2]) / (args.count - 1) * 1e3 for _, _, k in runs]
        walls = [w for w, _, _ in runs]
        print(f"  {name:<28} start-up CPU {s[1] + s[2]:.3f}s; per file: user "
              f"{min(per_user):.2f}-{max(per_user):.2f} ms (median {statistics.median(per_user):.2f}), kernel "
              f"{min(per_sys):.2f}-{max(per_sys):.2f} ms (median {statistics.median(per_sys):.2f}); "
              f"wall {min(walls):.2f}-{max(walls):.2f}s")


if __name__ == "__main__":
    main()
