"""One-file command line start-up (issue 14): `captionist read` / `captionist embed --records
one.json` of one JPEG against `exiftool` reading / writing the same file, as scripts and DAMs
call them.

    python bench/startup_bench.py [--runs 15] [--baseline REV] [--captionist PATH]

Each command runs --runs times (after one warm-up run, files in the page cache); printed: the
median and minimum wall time, the median CPU time (user + kernel: the steadier figure on a
shared machine) and the ratios to ExifTool's, all from the same run. `--baseline REV` times a
git revision of this checkout too (exported to a temp folder, run by the same Python), for a
before/after in one run. Then where the time goes, in CPU ms (median of --runs, each phase
timed inside a fresh process the way `captionist.start` runs a command): the interpreter,
imports by package, exiv2 reading the file, the records (checked without the pydantic model
when they are plain, `captionist.plainrecord`), the journal, the output, and the exit; and
what the record model adds for a record that needs it.
"""

from __future__ import annotations

import argparse
import collections
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


def baseline_command(rev: str, work: Path) -> list[str]:
    """The revision's command line, run as its console script ran it."""
    src = work / "baseline"
    src.mkdir()
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(src / "src")], check=True)
    entry = "from captionist.start import run as main" if (src / "src/captionist/start.py").exists() else \
        "from captionist.cli import main"
    return [sys.executable, "-c", f"import sys; sys.path.insert(0, sys.argv.pop(1)); sys.argv[0] = 'captionist'\n"
            f"{entry}\nsys.exit(main())", str(src / "src")]


# One process, phase by phase: (name, statement) run in order; CPU ms of each. The collector is
# paused and resumed where the command line does it (captionist.gcpause).
READ_PHASES = [
    ("import click", "from captionist import gcpause; gcpause.pause(); import click"),
    ("import captionist.cli (rest)", "import captionist.cli"),
    ("import pyexiv2 (+ libexiv2)", "import pyexiv2"),
    ("import reader, codec, tables", "import captionist.reader as reader; import captionist.provenance; "
                                     "gcpause.resume()"),
    ("exiv2: open + read the file", "snap = reader.load(PHOTO)"),
    ("values (canon, no model)", "values = snap.values()"),
    ("output (creds + JSON)", "from captionist.cli import content_credentials; c = content_credentials(snap); "
                              "out = json.dumps(values, ensure_ascii=False, indent=2)"),
]
EMBED_PHASES = [
    ("import click + cli", "from captionist import gcpause; gcpause.pause(); import click, captionist.cli"),
    ("C2PA settings (none given)", "c2 = captionist.cli.c2pa_config_or_exit(None, None, None, None, None)"),
    ("import pyexiv2 + reader", "import pyexiv2, captionist.reader"),
    ("import sources, pipeline, batch", "import captionist.sources.store, captionist.batch, captionist.files, "
                                        "captionist.tempfiles, captionist.report"),
    ("load + check one.json (plain)", "from captionist.sources.store import load_library; rs = load_library(RECORDS); "
                                      "gcpause.resume()"),
    ("journal: import + open + run row", "from captionist.runlog import RunLog; log = RunLog(JOURNAL, {})"),
    ("exiv2: open + read the file", "from captionist import pipeline, writer; opts = pipeline.Options(); "
                                    "snap = pipeline.load(PHOTO, opts)"),
    ("match (one record)", "dec = pipeline.matching.decide(snap, rs.records, thresholds=opts.thresholds)"),
    ("plan", "plan = pipeline.plan_for(snap, dec.record, opts)"),
    ("write (temp, verify, fsync, rename)", "res = writer.apply(snap, plan)\n"
                                            "outs = [pipeline.Outcome(PHOTO, pipeline.Status.WRITTEN, record_id=dec.record.id, "
                                            "changes=[c.to_dict() for c in plan.changes])]"),
    ("journal: file row + close", "log.add(outs, None); log.close()"),
    ("output (report lines)", "from captionist import report; lines = [l for o in outs for l in report.outcome_lines(o)]"),
]
# What a record the plain path leaves to the model costs on top (not part of the command above).
MODEL_PHASES = [
    ("import pydantic", "import pydantic"),
    ("pydantic's first model", "from pydantic import BaseModel\nclass _A(BaseModel):\n    x: int = 0"),
    ("record model (captionist.recordmodel)", "import captionist.recordmodel"),
]


def phases(steps: list[tuple[str, str]], photo: Path, records: Path, runs: int, before=None) -> dict[str, float]:
    """CPU ms per phase (median of `runs` fresh processes), with the interpreter's start-up
    (before the first statement) and exit (after the last) measured in the same processes."""
    code = ["import time; T = [time.process_time()]", "import json, sys", "from pathlib import Path", f"PHOTO = Path({str(photo)!r})",
            f"RECORDS = Path({str(records)!r})", f"JOURNAL = Path({str(records.with_name('phases.sqlite'))!r})",
            "T.append(time.process_time())"]
    for _, stmt in steps:
        code += [stmt, "T.append(time.process_time())"]
    code.append("print(json.dumps(T))")
    got = []
    for _ in range(runs):
        if before:
            before()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        out = subprocess.run([sys.executable, "-c", "\n".join(code)], capture_output=True, text=True, check=True)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = json.loads(out.stdout.splitlines()[-1])
        whole = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        got.append([t[0]] + [b - a for a, b in zip(t, t[1:])] + [whole - t[-1]])
    names = ["interpreter start-up", "import json, pathlib", *(name for name, _ in steps),
             "exit (interpreter teardown)"]
    return {name: statistics.median(g[i] for g in got) * 1000 for i, name in enumerate(names)}


def imports_by_package(cmd: list[str], before=None, runs: int = 3) -> list[tuple[str, float]]:
    """`python -X importtime`: self time per top-level package (captionist by module), the
    minimum over a few runs (the tool itself adds some; the shares are what count)."""
    best: dict[str, float] = {}
    for _ in range(runs):
        if before:
            before()
        err = subprocess.run([sys.executable, "-X", "importtime", *cmd], capture_output=True, text=True).stderr
        for line in err.splitlines():
            parts = line.split("|")
            if len(parts) != 3 or not parts[0].startswith("import time:") or "self" in parts[0]:
                continue
            name = parts[2].strip()
            best[name] = min(best.get(name, 1e12), int(parts[0].split(":")[1]) / 1000)
    agg: collections.Counter = collections.Counter()
    for name, ms in best.items():
        top = name.split(".")[0]
        agg["captionist (all modules)" if top == "captionist" else top] += ms
    return agg.most_common(8)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--baseline", metavar="REV", help="also time this git revision (e.g. main, HEAD~3)")
    ap.add_argument("--captionist", default=CAPTIONIST, help="the captionist executable to time "
                    "(another checkout's, to compare)")
    args = ap.parse_args()
    # An installed package starts from bytecode; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would compile every module at every start instead (~60 ms).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    work = Path(tempfile.mkdtemp(prefix="captionist-startup-"))
    try:
        photo = work / "AMS-0412.jpg"
        records = work / "one.json"
        journal = work / "journal.sqlite"
        records.write_text(json.dumps([{"id": "AMS-0412", "headline": "Kyiv", "description": "Smoke over Kyiv"}]))
        fresh = lambda: shutil.copyfile(SAMPLE, photo)  # noqa: E731
        fresh()
        exes = [("captionist", [args.captionist])]
        if args.baseline:
            exes.append((f"baseline {args.baseline}", baseline_command(args.baseline, work)))
        rows = []
        for label, exe in exes:
            rows.append((f"{label} read", run([*exe, "read", str(photo)], args.runs)))
            rows.append((f"{label} read --json", run([*exe, "read", "--json", str(photo)], args.runs)))
        rows.append(("exiftool (read)", run(["exiftool", str(photo)], args.runs)))
        for label, exe in exes:
            rows.append((f"{label} embed", run([*exe, "embed", str(photo), "--records", str(records),
                                                 "--journal", str(journal)], args.runs, fresh)))
        rows.append(("captionist embed --no-journal", run([args.captionist, "embed", str(photo), "--records",
                                                           str(records), "--no-journal"], args.runs, fresh)))
        rows.append(("exiftool (write)", run(["exiftool", "-overwrite_original", "-IPTC:Headline=Kyiv",
                                              "-XMP-photoshop:Headline=Kyiv", "-XMP-dc:Description=Smoke over Kyiv",
                                              "-IPTC:Caption-Abstract=Smoke over Kyiv", str(photo)], args.runs, fresh)))
        rows.append(("python -c pass", run([sys.executable, "-c", "pass"], args.runs)))
        med = {name: statistics.median(w for w, _ in t) for name, t in rows}
        cpu = {name: statistics.median(c for _, c in t) for name, t in rows}
        print(f"one file ({SAMPLE.name}), {args.runs} runs each: wall ms median / min, CPU ms median, "
              "and against ExifTool (wall, CPU)")
        for name, t in rows:
            theirs = "exiftool (write)" if "embed" in name else "exiftool (read)"
            vs = (f"   {med[name] / med[theirs]:.2f}x  {cpu[name] / cpu[theirs]:.2f}x"
                  if not name.startswith(("exiftool", "python")) else "")
            print(f"  {name:<34} {med[name] * 1000:7.1f} / {min(w for w, _ in t) * 1000:7.1f}   "
                  f"{cpu[name] * 1000:7.1f}{vs}")

        for title, steps, whole, before in (
                ("read", READ_PHASES, "captionist read --json", None),
                ("embed", EMBED_PHASES, "captionist embed", fresh),
                ("embed of a record the model must check: the model alone", MODEL_PHASES, "captionist embed", None)):
            got = phases(steps, photo, records, args.runs, before)
            print(f"where a one-file `{title}` spends its CPU (ms, median of {args.runs}; phases timed in "
                  f"one process, the whole command `{whole}` above: {cpu[whole] * 1000:.1f}):")
            for name, ms in got.items():
                print(f"  {name:<38} {ms:6.1f}")
            print(f"  {'sum':<38} {sum(got.values()):6.1f}   (the command's own: + argument parsing, dispatch)")
        for title, cmd, before in (("read", ["-m", "captionist", "read", str(photo)], None),
                                   ("embed", ["-m", "captionist", "embed", str(photo), "--records", str(records),
                                              "--journal", str(journal)], fresh)):
            top = imports_by_package(cmd, before)
            print(f"imports of `{title}` by package (-X importtime, self ms, min of 3): "
                  + ", ".join(f"{k} {v:.1f}" for k, v in top))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
