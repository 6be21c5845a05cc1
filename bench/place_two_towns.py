"""Captions that name two or more distinct towns (issue 9, origin38): how often the city written
is right, wrong or blank, per five-number batch of sheets (each batch had its own writer), and
for each wrong one how the other town is written (the words before it).

    python bench/place_two_towns.py            # the table per batch
    python bench/place_two_towns.py --list     # also each wrong or blank caption with its towns

A town candidate is a mention the finder writes as a place (facts.likely(): cued, bound, an
adjective, or a town of 15,000+), counted once per written name. Never reads
tests/sheets/corpus/holdout/.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _scorer():
    sys.path.insert(0, str(ROOT / "bench"))
    import sheet_score
    return sheet_score


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    ss = _scorer()
    from captionist.sources.sheet.gazetteer import norm
    from captionist.sources.sheet.places import find_places

    rows = defaultdict(lambda: [0, 0, 0, 0])   # batch: [captions, right, wrong, blank]
    listed = []
    for txt, cap, pc in ss.found_captions("tuned"):
        text = ss.descriptions(pc.record)[0] if ss.descriptions(pc.record) else pc.text
        facts = find_places(text[:3000])
        towns = {}
        for m in facts.likely():
            towns.setdefault(norm(m.text), m)
        if len(towns) < 2:
            continue
        b = rows[ss.batch(txt.name)]
        b[0] += 1
        got = pc.record.get("cityName")
        if ss.blank(got):
            kind = "blank" if not ss.blank(cap.get("cityName")) else "right"
        else:
            kind = "right" if ss.field_right("cityName", cap.get("cityName"), got) else "wrong"
        b[{"right": 1, "wrong": 2, "blank": 3}[kind]] += 1
        if kind != "right":
            shown = []
            for key, m in towns.items():
                at = text.find(m.text)
                shown.append(f"[{text[max(0, at - 30):at]!s}]{m.text}")
            listed.append(f"{kind.upper()} {txt.name} exp={cap.get('cityName')!r} got={got!r}: "
                          + " | ".join(shown) + f"\n    {text[:240]!r}")
    tot = [0, 0, 0, 0]
    print(f"{'batch':<10}{'n':>6}{'right':>7}{'wrong':>7}{'blank':>7}")
    for k in sorted(rows):
        r = rows[k]
        tot = [a + b for a, b in zip(tot, r)]
        print(f"{k:<10}{r[0]:>6}{r[1]:>7}{r[2]:>7}{r[3]:>7}")
    print(f"{'total':<10}{tot[0]:>6}{tot[1]:>7}{tot[2]:>7}{tot[3]:>7}")
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
