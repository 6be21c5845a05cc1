"""CPU of each place rule inside a parse, without a profiler's per-call cost (issue 9: "2,000
captions in under 2 s"; speed46).

    python bench/rule_cpu.py                  # the repeated set (bench/parse_cpu.py's)
    python bench/rule_cpu.py --set corpus     # the corpus set
    python bench/rule_cpu.py --top 15

cProfile charges every Python call (it made the parse 2.5-5x slower and inflated the many small
rules), and a sampler sees C time only through its caller. Here each rule a step calls by name
(the globals named in the code of `placeorigin.mark_origins`, `placemarks.mark_facts`,
`placechain.resolve_chain`, and the parser's own steps) is wrapped with a `time.process_time()`
counter for one parse of the set in this process: ~1 us a call, so a rule's share is its own
CPU, nested rules included in their caller's. Shares move with the host's load (+-20% at load
15); the order of the top rules does not.
"""

from __future__ import annotations

import argparse
import collections
import functools
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

# (module, function whose callees are wrapped, label)
_STEPS = (
    ("captionist.sources.sheet.placeorigin", "mark_origins", "origins"),
    ("captionist.sources.sheet.placemarks", "mark_facts", "facts"),
    ("captionist.sources.sheet.placechain", "resolve_chain", "chain"),
    ("captionist.sources.sheet.places", "find_places", "places"),
    ("captionist.sources.sheet.parser", "_classify", "parser"),
    ("captionist.sources.sheet.parser", "parse_sheet", "parser"),
)

TOTAL: collections.Counter = collections.Counter()
CALLS: collections.Counter = collections.Counter()


def _wrap(f, label: str):
    clock = time.process_time

    @functools.wraps(f)
    def timed(*args, **kw):
        t0 = clock()
        try:
            return f(*args, **kw)
        finally:
            TOTAL[label] += clock() - t0
            CALLS[label] += 1
    return timed


def instrument() -> None:
    """Wrap, in each step's module, every function its code names (once each)."""
    import importlib
    done = set()
    for modname, func, label in _STEPS:
        mod = importlib.import_module(modname)
        for name in getattr(mod, func).__code__.co_names:
            f = mod.__dict__.get(name)
            if isinstance(f, types.FunctionType) and (modname, name) not in done:
                setattr(mod, name, _wrap(f, f"{label}.{name}"))
                done.add((modname, name))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--set", choices=("repeated", "corpus"), default="repeated")
    ap.add_argument("--captions", type=int, default=2000)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    import parse_cpu
    from captionist.sources.sheet import parse_sheet

    parse_sheet("Kinder spielen in Kiew am 24. Februar 2022. Foto: Hans Berg/dpa")     # the index open
    if args.set == "repeated":
        work = [(parse_cpu.repeated_sheet(args.captions), None)]
    else:
        work = [(text, ref) for text, ref, _ in parse_cpu.corpus_jobs(args.captions)]
    instrument()
    from captionist.sources.sheet import parser
    t0 = time.process_time()
    for text, ref in work:
        parser.parse_sheet(text, ref_date=ref)
    whole = time.process_time() - t0
    print(f"{args.set}: {whole:.2f} s CPU (wrapped); calls a caption by the set's {args.captions} captions")
    for label, cpu in TOTAL.most_common(args.top):
        print(f"{cpu:7.3f} s {cpu / whole * 100:5.1f}% {CALLS[label] / args.captions:5.2f}  {label}")


if __name__ == "__main__":
    main()
