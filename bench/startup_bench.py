"""One-file command line start-up (issue 14): `captionist read` / `captionist embed` of one
JPEG against `exiftool` reading / writing the same file, as scripts and DAMs call them.

    python bench/startup_bench.py [--runs 15] [--captionist PATH]

Each command runs --runs times (after one warm-up run, files in the page cache); the median and
the minimum wall time are printed, and the ratio of the medians to ExifTool's. Then the import
time of `captionist.cli` and of the record model (`python -X importtime`), which is most of
what is left.
"""

from __future__ import annotations

import argparse
import json
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


def run(cmd: list[str], runs: int, before=None) -> list[float]:
    times = []
    for i in range(runs + 1):
        if before:
            before()
        t0 = time.perf_counter()
        subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        if i:   # the first run warms the page cache
            times.append(time.perf_counter() - t0)
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
        med = {name: statistics.median(t) for name, t in rows}
        print(f"one file, {args.runs} runs each: median / min wall ms")
        for name, t in rows:
            print(f"  {name:<18} {med[name] * 1000:7.1f} / {min(t) * 1000:7.1f}")
        print(f"  read:  captionist / exiftool = {med['captionist read'] / med['exiftool (read)']:.2f}x")
        print(f"  embed: captionist / exiftool = {med['captionist embed'] / med['exiftool (write)']:.2f}x")
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
