"""One-file command line start-up (issue 14): `captionist read` / `captionist embed` of one
JPEG against `exiftool` reading / writing the same file, as scripts and DAMs call them.

    python bench/startup_bench.py [--runs 15] [--captionist PATH]

Each command runs --runs times (after one warm-up run, files in the page cache); the median and
minimum wall time and the median CPU time are printed, and the ratios to ExifTool's (CPU is the
steadier figure on a shared machine). Then the import
time of `captionist.cli` and of the record model (`python -X importtime`), which is most of
what is left.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT.parent / "shared" / "corpus" / "formats" / "IPTC.jpg"
CAPTIONIST = str(Path(sys.executable).with_name("captionist"))


def run(cmd: list[str], runs: int, before=None) -> list[tuple[float, float]]:
    """(wall, CPU) seconds per run; CPU (user + kernel of the child) barely moves when other
    work shares the machine, wall does."""
    times = []
    for i in range(runs + 1):
        if before:
            before()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i:   # the first run warms the page cache
            times.append((wall, (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)))
    return times


def import_ms(module: str) -> float:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"],
                         capture_output=True, text=True).stderr
    for line in out.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == module:
            return int(parts[1]) / 1000
    return float("nan")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--captionist", default=CAPTIONIST, help="the captionist executable to time "
                    "(another checkout's, to compare)")
    args = ap.parse_args()
    exe = args.captionist
    # An installed package starts from bytecode; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would compile every module at every start instead (~60 ms).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    work = Path(tempfile.mkdtemp(prefix="captionist-startup-"))
    try:
        photo = work / "AMS-0412.jpg"
        records = work / "records.json"
        records.write_text(json.dumps([{"id": "AMS-0412", "headline": "Kyiv", "description": "Smoke over Kyiv"}]))
        fresh = lambda: shutil.copyfile(SAMPLE, photo)  # noqa: E731
        fresh()
        rows = [
            ("captionist read", run([exe, "read", str(photo)], args.runs)),
            ("exiftool (read)", run(["exiftool", str(photo)], args.runs)),
            ("captionist embed", run([exe, "embed", str(photo), "--records", str(records)],
                                     args.runs, fresh)),
            ("exiftool (write)", run(["exiftool", "-overwrite_original", "-IPTC:Headline=Kyiv",
                                      "-XMP-photoshop:Headline=Kyiv", "-XMP-dc:Description=Smoke over Kyiv",
                                      "-IPTC:Caption-Abstract=Smoke over Kyiv", str(photo)], args.runs, fresh)),
        ]
        med = {name: statistics.median(w for w, _ in t) for name, t in rows}
        cpu = {name: statistics.median(c for _, c in t) for name, t in rows}
        print(f"one file, {args.runs} runs each: wall ms median / min, CPU ms median")
        for name, t in rows:
            print(f"  {name:<18} {med[name] * 1000:7.1f} / {min(w for w, _ in t) * 1000:7.1f}   {cpu[name] * 1000:7.1f}")
        for verb, ours, theirs in (("read", "captionist read", "exiftool (read)"),
                                   ("embed", "captionist embed", "exiftool (write)")):
            print(f"  {verb}: captionist / exiftool = {med[ours] / med[theirs]:.2f}x wall, "
                  f"{cpu[ours] / cpu[theirs]:.2f}x CPU")
        print("import time (python -X importtime, cumulative ms):")
        for module in ("captionist.cli", "pydantic", "captionist.model", "captionist.reader", "captionist.pipeline"):
            print(f"  {module:<22} {import_ms(module):7.1f}")
        t0 = time.perf_counter()
        for _ in range(5):
            subprocess.run([sys.executable, "-c", "pass"], check=True)
        print(f"  (python itself starts in {(time.perf_counter() - t0) / 5 * 1000:.1f} ms)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
