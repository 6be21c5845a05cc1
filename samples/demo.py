"""`make demo`: caption the sample pictures and show what landed in the files.

1. Start clean: delete demo-out/, copy samples/images/ into demo-out/inbox/.
2. Run the main job on the inbox. When this captionist has the watch-folder daemon
   (`captionist watch`), it runs once over the inbox, routing files to done/, failed/ and
   unmatched/; otherwise `captionist embed` writes captioned copies into demo-out/done/.
3. Read every output file back with ExifTool (the independent reader) and print a short table.

Exit status 0 when every picture was captioned, 1 otherwise.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
OUT = Path("demo-out")                 # relative to ROOT, so printed paths stay short
INBOX, DONE, FAILED, UNMATCHED = OUT / "inbox", OUT / "done", OUT / "failed", OUT / "unmatched"
RECORDS = Path("samples/records.json")

# What the table shows: the same facts from IIM and XMP, so a reader can see them agree.
TAGS = ("IPTC:Caption-Abstract", "XMP-dc:Description", "XMP-dc:Creator", "XMP-photoshop:Credit",
        "IPTC:City", "XMP-photoshop:DateCreated")
JOB_TIMEOUT = 300   # seconds; a daemon run with --once that does not return is a failure


def captionist(*args: str, capture: bool = False, timeout: float | None = None) -> subprocess.CompletedProcess:
    """Run this checkout's captionist with the current interpreter."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), *filter(None, [env.get("PYTHONPATH")])])
    return subprocess.run([sys.executable, "-m", "captionist.cli", *args], cwd=ROOT, env=env,
                          capture_output=capture, text=True, encoding="utf-8", timeout=timeout)


def has_watch() -> bool:
    """True when the CLI lists a `watch` command (the daemon)."""
    res = captionist("--help", capture=True)
    return res.returncode == 0 and re.search(r"^\s+watch\b", res.stdout, re.MULTILINE) is not None


def prepare_inbox() -> list[Path]:
    shutil.rmtree(OUT, ignore_errors=True)
    INBOX.mkdir(parents=True)
    copied = []
    for src in sorted((SAMPLES / "images").iterdir()):
        if src.is_file() and not src.name.startswith("."):
            shutil.copy2(src, INBOX / src.name)
            copied.append(INBOX / src.name)
    return copied


SHOWN = ("kyiv-metro-shelter.jpg", "odesa-pharmacy-queue.webp")   # the pictures whose changes are shown


def show_changes() -> None:
    """What the job is about to change in a few of the pictures, field by field (a dry run)."""
    picks = [str(INBOX / name) for name in SHOWN if (INBOX / name).exists()]
    if not picks:
        return
    print(f"$ captionist embed {' '.join(picks)} --records {RECORDS} --dry-run", flush=True)
    captionist("embed", *picks, "--records", str(RECORDS), "--dry-run", timeout=JOB_TIMEOUT)
    print(flush=True)


def run_watch() -> bool:
    show_changes()
    args = ["watch", str(INBOX), "--records", str(RECORDS), "--done", str(DONE), "--failed", str(FAILED),
            "--unmatched", str(UNMATCHED), "--once", "--log-format", "text"]
    print("$ captionist " + " ".join(args), flush=True)
    try:
        res = captionist(*args, timeout=JOB_TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"captionist watch --once did not finish within {JOB_TIMEOUT} s", file=sys.stderr)
        return False
    ok = res.returncode == 0
    for folder in (FAILED, UNMATCHED):
        left = files_in(folder)
        if left:
            ok = False
            print(f"{len(left)} file(s) in {folder}: {', '.join(p.name for p in left)}", file=sys.stderr)
    left = files_in(INBOX)
    if left:
        ok = False
        print(f"{len(left)} file(s) still in {INBOX}: {', '.join(p.name for p in left)}", file=sys.stderr)
    return ok


def run_embed(inputs: list[Path]) -> bool:
    args = ["embed", *map(str, inputs), "--records", str(RECORDS), "--out", str(DONE), "--json"]
    print(f"$ captionist embed {INBOX}/* --records {RECORDS} --out {DONE}", flush=True)
    try:
        res = captionist(*args, capture=True, timeout=JOB_TIMEOUT)
    except subprocess.TimeoutExpired:
        print(f"captionist embed did not finish within {JOB_TIMEOUT} s", file=sys.stderr)
        return False
    ok = res.returncode == 0
    counts: dict[str, int] = {}
    for line in res.stdout.splitlines():
        try:
            o = json.loads(line)
        except json.JSONDecodeError:
            print(line)
            continue
        counts[o.get("status", "?")] = counts.get(o.get("status", "?"), 0) + 1
        name = Path(o.get("file", "?")).name
        note = f"{len(o.get('changes') or [])} field(s)"
        print(f"  {o.get('status', '?'):<10} {name:<36} {note}")
        for w in o.get("warnings") or []:
            print(f"    warning: {w}")
        if o.get("error"):
            ok = False
            print(f"    error: {o['error']}")
    print(f"{sum(counts.values())} file(s): " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items())))
    sys.stderr.write(res.stderr)
    return ok


def files_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and not p.name.startswith(".") and not p.name.endswith(".error.json"))


def _flat(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, list):
        return "; ".join(_flat(v) for v in value)
    return " ".join(str(value).split())   # one line: newlines and runs of spaces become one space


def _fit(line: str, width: int) -> str:
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"


def show(outputs: list[Path]) -> bool:
    """Print ExifTool's view of each output; False when ExifTool is missing or fails."""
    if shutil.which("exiftool") is None:
        print("ExifTool is not installed, so the result cannot be read back: run `make exiftool`",
              file=sys.stderr)
        return False
    res = subprocess.run(["exiftool", "-j", "-G1", *(f"-{t}" for t in TAGS), *map(str, outputs)],
                         cwd=ROOT, capture_output=True)
    try:
        rows = json.loads(res.stdout.decode("utf-8")) if res.stdout else []
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        print(f"could not parse ExifTool's output: {e}", file=sys.stderr)
        return False
    if res.returncode != 0 or len(rows) != len(outputs):
        print(res.stderr.decode("utf-8", "replace"), file=sys.stderr, end="")
        return False
    width = shutil.get_terminal_size(fallback=(100, 24)).columns
    label = max(len(t) for t in TAGS) + 2
    for row in rows:
        print()
        print(_fit(row.get("SourceFile", "?"), width))
        for tag in TAGS:
            print(_fit(f"  {tag:<{label}}{_flat(row.get(tag))}", width))
    return True


def main() -> int:
    os.chdir(ROOT)
    for stream in (sys.stdout, sys.stderr):
        stream.reconfigure(errors="replace")   # Cyrillic on a non-UTF-8 terminal must not crash
    inputs = prepare_inbox()
    if not inputs:
        print("samples/images is empty: run `python samples/make_images.py`", file=sys.stderr)
        return 1
    ok = run_watch() if has_watch() else run_embed(inputs)
    outputs = files_in(DONE)
    shown = show(outputs) if outputs else False
    print()
    print(f"{len(outputs)} files captioned into {DONE}")
    if len(outputs) != len(inputs):
        print(f"{len(inputs) - len(outputs)} of {len(inputs)} pictures were not captioned", file=sys.stderr)
    return 0 if ok and shown and len(outputs) == len(inputs) else 1


if __name__ == "__main__":
    sys.exit(main())
