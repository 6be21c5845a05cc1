"""CPU time of the caption-sheet parser on 2,000 captions, two ways (issue 9: "2,000
captions in under 2 s"), optionally paired with another checkout's parser.

    python bench/parse_cpu.py                         # 3 runs of each set, this checkout
    python bench/parse_cpu.py --against ../base/src   # paired: the other checkout, then this one
    python bench/parse_cpu.py --runs 5 --profile corpus   # cProfile of one set, top 40

The two sets:
  repeated  the 8 captions of bench/parse_startup.py repeated to 2,000 in one sheet (the
            figure the issue's target was first measured on);
  corpus    the tuned corpus as users would run it: each sheet of tests/sheets/corpus/tuned/
            parsed on its own (its ref_date, language auto), the sheets in turn until 2,000
            captions are parsed (1,643 distinct captions in four languages, varied places,
            credits and layouts; the first sheets a second time);
  startup   `captionist parse` of a one-caption sheet, a new process each time (import, index
            open, one caption): the median of 5 of the child's CPU (user + sys) and wall.
Each figure is `time.process_time()` (CPU of this process, so the machine's load from other
work counts less than in wall time) in a fresh interpreter, the place index already open
and one caption parsed before the clock starts. With --against, each run measures the other
checkout and then this one, set by set, so both see the same load; the summary gives the
medians and the median of the per-run ratios.

The caption count a child prints is what ITS parser finds in the sheets of the checkout this
script runs from (the corpus set's jobs are chosen by the .expect.json counts, "expected"),
so two trees whose parsers split captions differently print different counts (speed34: the
speed33 tree 2,010 and main of that hour 2,011, each every time), and the count moves when the
corpus does. The parser is deterministic: tests/test_sheet_determinism.py.

Both sides import from their own bytecode cache under /tmp (PYTHONPYCACHEPREFIX, one per
checkout, filled by a first import before any run): a checkout without fresh .pyc files (a
worktree under PYTHONDONTWRITEBYTECODE=1, or main's stale ones after a merge) compiled every
module it imported in each child, which made its start-up ~0.2 s slower and its lazily
imported rules dearer inside the timed loop (speed34: this tree's start-up 0.84 against main's
0.57 s CPU, the repeated set 1.08, for an identical import graph).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TUNED = ROOT / "tests" / "sheets" / "corpus" / "tuned"
SETS = ("repeated", "corpus", "startup")
ONE = "Supporters celebrate on the Town Hall square in Stockholm, Sweden, on 24 May 2023. Photo: Ada Veen/AFP\n"


def corpus_jobs(total: int) -> list[tuple[str, dt.date | None, int]]:
    """(sheet text, ref_date, how many captions to count from it) until `total` captions."""
    sheets = []
    for txt in sorted(TUNED.glob("*.txt")):
        exp = json.loads(txt.with_name(txt.name[:-4] + ".expect.json").read_text("utf-8"))
        ref = dt.date.fromisoformat(exp["ref_date"]) if exp.get("ref_date") else None
        sheets.append((txt.read_text("utf-8"), ref, len(exp["captions"])))
    jobs, n = [], 0
    while n < total:
        for text, ref, count in sheets:
            if n >= total:
                break
            jobs.append((text, ref, count))
            n += count
    return jobs


def repeated_sheet(total: int) -> str:
    sys.path.insert(0, str(ROOT / "bench"))
    from parse_startup import CAPTIONS
    return "\n\n".join(CAPTIONS[i % len(CAPTIONS)].replace("2022", str(2000 + i % 23)) for i in range(total))


def measure(which: str, total: int, profile: bool = False) -> dict:
    """CPU seconds for one set, in this process."""
    from captionist.sources.sheet import parse_sheet

    parse_sheet("Kinder spielen in Kiew am 24. Februar 2022. Foto: Hans Berg/dpa")  # opens the index
    if which == "repeated":
        work, expected = [(repeated_sheet(total), None)], total
    else:
        jobs = corpus_jobs(total)
        work, expected = [(text, ref) for text, ref, _ in jobs], sum(n for _, _, n in jobs)
    prof = None
    if profile:
        import cProfile
        prof = cProfile.Profile()
        prof.enable()
    t0, w0 = time.process_time(), time.perf_counter()
    got = sum(len(parse_sheet(text, ref_date=ref).captions) for text, ref in work)
    cpu, wall = time.process_time() - t0, time.perf_counter() - w0
    if prof:
        import pstats
        prof.disable()
        pstats.Stats(prof, stream=sys.stderr).sort_stats("tottime").print_stats(40)
    return {"set": which, "cpu": cpu, "wall": wall, "captions": got, "expected": expected}


def child_env(src: Path) -> dict:
    """The environment a child runs in: the checkout's src/ first, and its own bytecode cache."""
    import hashlib
    import tempfile

    env = {**os.environ, "PYTHONPATH": str(src)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    tag = hashlib.sha256(str(src.resolve()).encode()).hexdigest()[:12]
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / f"parse_cpu-pyc-{os.getuid()}" / tag)
    return env


def warm_bytecode(src: Path) -> None:
    """Compile the checkout's parser into its bytecode cache once (see the module docstring)."""
    subprocess.run([sys.executable, "-c", "import captionist.cli; from captionist.sources.sheet import parse_sheet; "
                    "parse_sheet('Kinder spielen in Kiew am 24. Februar 2022. Foto: Hans Berg/dpa')"],
                   env=child_env(src), check=True, capture_output=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "captionist")],
                   env=child_env(src), check=True, capture_output=True)


def startup(src: Path, times: int = 5) -> dict:
    import resource
    import tempfile

    env = child_env(src)
    cpu, wall = [], []
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text(ONE, "utf-8")
        for _ in range(times):
            r0, w0 = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
            subprocess.run([sys.executable, "-m", "captionist", "parse", "--date", "2023-05-25", str(one)],
                           env=env, check=True, capture_output=True)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            wall.append(time.perf_counter() - w0)
            cpu.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return {"set": "startup", "cpu": statistics.median(cpu), "wall": statistics.median(wall), "captions": 1}


def child(src: Path, which: str, total: int) -> dict:
    if which == "startup":
        return startup(src)
    env = child_env(src)
    out = subprocess.run([sys.executable, __file__, "--child", which, "--captions", str(total)],
                         env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--captions", type=int, default=2000)
    ap.add_argument("--against", type=Path, help="another checkout's src/ folder, measured first in each run")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--child", choices=SETS[:2], help=argparse.SUPPRESS)
    ap.add_argument("--profile", choices=SETS[:2], help="profile one set in this process (cProfile, top 40 by own time)")
    args = ap.parse_args(argv)
    if args.child:
        print(json.dumps(measure(args.child, args.captions)))
        return 0
    if args.profile:
        sys.path.insert(0, str(ROOT / "src"))
        r = measure(args.profile, args.captions, profile=True)
        print(f"{r['set']}: {r['captions']} captions, {r['cpu']:.2f} s CPU (under the profiler)")
        return 0
    sets = args.sets.split(",")
    sides = ([("before", args.against.resolve())] if args.against else []) + [("this", ROOT / "src")]
    res: dict = {(side, s): [] for side, _ in sides for s in sets}
    for _, src in sides:
        warm_bytecode(src)
    for run in range(args.runs):
        for s in sets:
            cells = []
            for side, src in sides:
                r = child(src, s, args.captions)
                res[side, s].append(r)
                exp = f" of {r['expected']} expected" if r.get("expected") else ""
                cells.append(f"{side} {r['cpu']:.2f} s CPU ({r['wall']:.2f} wall, {r['captions']} captions{exp})")
            print(f"run {run + 1} {s:<9} " + " | ".join(cells) + f"  load {os.getloadavg()[0]:.1f}", flush=True)
    for s in sets:
        line = f"{s:<9} median " + " | ".join(
            f"{side} {statistics.median(r['cpu'] for r in res[side, s]):.2f} s CPU" for side, _ in sides)
        if args.against:
            ratios = [b["cpu"] / a["cpu"] for a, b in zip(res["before", s], res["this", s])]
            line += f"; this/before {statistics.median(ratios):.2f} (runs {', '.join(f'{x:.2f}' for x in ratios)})"
        print(line)
    print(f"machine: {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
