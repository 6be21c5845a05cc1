"""Safety net for speed work on the caption-sheet parser: everything it says, as JSON.

    python bench/sheet_same.py -o /tmp/after.json               # this checkout's parser
    python bench/sheet_same.py --src ../base/src -o /tmp/before.json   # another checkout's
    python bench/sheet_same.py --src ../base/src --check        # both, and the diff

Parses every sheet in tests/sheets/corpus/tuned/ (with the ref_date of its .expect.json)
and tests/sheets/*.txt (without a reference date and with 2024-03-01), and writes every
record (all fields), each caption's position, line, warnings, confidence and text, the
stray paragraphs with their reasons, the sheet's language and warnings. A change meant
only to make the parser faster must leave this output byte-identical.

The untouched part of the corpus (holdout/) is never read: nobody tunes on it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHEETS = ROOT / "tests" / "sheets"
TOP_REF_DATES = (None, dt.date(2024, 3, 1))


def runs() -> list[tuple[Path, dt.date | None]]:
    out = []
    for txt in sorted((SHEETS / "corpus" / "tuned").glob("*.txt")):
        exp = json.loads(txt.with_name(txt.name[:-4] + ".expect.json").read_text("utf-8"))
        out.append((txt, dt.date.fromisoformat(exp["ref_date"]) if exp.get("ref_date") else None))
    for txt in sorted(SHEETS.glob("*.txt")):
        out += [(txt, ref) for ref in TOP_REF_DATES]
    return out


def dump() -> str:
    from captionist.sources.sheet import parse_sheet_file

    sheets = []
    for txt, ref in runs():
        res = parse_sheet_file(txt, lang="auto", ref_date=ref)
        sheets.append({
            "sheet": str(txt.relative_to(ROOT)), "ref_date": ref, "lang": res.lang,
            "warnings": res.warnings,
            "captions": [{"position": c.position, "line": c.line, "record": c.record,
                          "warnings": c.warnings, "confidence": c.confidence, "text": c.text}
                         for c in res.captions],
            "stray": [vars(s) for s in res.stray],
        })
    return json.dumps(sheets, ensure_ascii=False, indent=1, default=str) + "\n"


def _run(src: str | None) -> str:
    """The dump made by a fresh interpreter importing captionist from `src`."""
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = str(Path(src).resolve())
    return subprocess.run([sys.executable, __file__], env=env, check=True,
                          capture_output=True, text=True).stdout


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", help="import captionist from this src/ folder (another checkout)")
    ap.add_argument("--check", action="store_true",
                    help="dump with --src and with this checkout, print the diff; exit 1 if any")
    ap.add_argument("-o", "--output", type=Path)
    args = ap.parse_args(argv)
    if args.check:
        before, after = _run(args.src), _run(str(ROOT / "src"))
        diff = list(difflib.unified_diff(before.splitlines(True), after.splitlines(True),
                                         "before", "after", n=2))
        sys.stdout.writelines(diff)
        print(f"{len(before.splitlines())} lines, diff {'EMPTY' if not diff else f'{len(diff)} lines'}")
        return 1 if diff else 0
    text = _run(args.src) if args.src else dump()
    if args.output:
        args.output.write_text(text, "utf-8")
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
