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
    from captionist.sources.sheet import parser
    from captionist.sources.sheet.gazetteer import norm
    from captionist.sources.sheet.placegate import own_name

    seen: dict[str, tuple] = {}
    real = parser._resolve

    def spy(d, sheet_country, sheet_others=frozenset()):
        place = real(d, sheet_country, sheet_others)
        if place.city is not None and place.mention is not None:
            seen[S.fold_starts(d.description)[:60]] = (place.city, place.mention, sheet_country, sheet_others, d.facts)
        return place
    parser._resolve = spy
    rows = []
    for txt, exp_path in S.sheets(args.part):
        seen.clear()
        exp, caps = S.parse_pair(txt, exp_path)
        records = [c.record for c in caps]
        for cap, hit in zip(exp["captions"], S.found_in(exp["captions"], records)):
            if hit is None or S.blank(records[hit].get("cityName")):
                continue
            rec = records[hit]
            got = next((v for k, v in seen.items() for d in S.descriptions(rec) if S.fold_starts(d).startswith(k)), None)
            if got is None:
                continue
            city, m, sc, others, facts = got
            key = norm(m.text)
            if own_name(city, key) or city["name"] != rec["cityName"]:
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
