"""Which written towns were matched only through an alternate name (issue 9, alias37).

    python bench/place_alias_only.py [--part tuned]

GeoNames keeps every town's other names (a Hungarian village's German name "Fischerdorf" is also
a district of Deggendorf); the index marks a name as the town's own (prim 1), a newsroom's
exonym (3), an adjective (2), or only an alternate (0). This lists every city the parser wrote
from a mention whose written name is only an alternate of that town, right or wrong, with its
population and whether the caption or the sheet points to its country.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sheet_score as S    # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tuned")
    args = ap.parse_args(argv)
    from captionist.sources.sheet.gazetteer import norm
    from captionist.sources.sheet.placegate import own_name

    rows = []
    for txt, cap, pc, got in S.resolved_captions(args.part):
        rec = pc.record
        if S.blank(rec.get("cityName")) or got is None or got[1].city is None or got[1].mention is None:
            continue
        d, place, sc, others = got
        city, m, facts = place.city, place.mention, d.facts
        if own_name(city, norm(m.text)) or city["name"] != rec["cityName"]:
            continue
        points = bool(city["countrycode"] in (sc, *others, *facts.countries_seen, *(r[0] for r in facts.regions_seen)) \
            or bool(m.binds and m.binds[0] == city["countrycode"]))
        rows.append((not S.wrong_place(cap, rec), city.get("population") or 0, points, m.text, city["name"],
                     city["countrycode"], sc, txt.name, cap["starts"]))
    for r in sorted(rows, key=lambda r: (r[0], r[2], -r[1])):
        print(("right" if r[0] else "WRONG"), f"pop={r[1]:>9}", "points" if r[2] else "abroad",
              f"{r[3]!r} -> {r[4]} ({r[5]}) sheet={r[6]}", r[7], repr(r[8]))
    right = sum(r[0] for r in rows)
    print(f"{len(rows)} written through an alternate name only: {right} right, {len(rows) - right} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
