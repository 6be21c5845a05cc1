"""Namesakes at home and abroad in the resolver's ranking (issue 9, rank41).

    python bench/place_home_ranked.py [--part tuned] [--list]

For every found caption whose expected town is read from a mention whose candidates lie in two
countries or more, which candidate the resolver ranked first (the one the gate weighs:
placegate.refusal sees it) against the sheet's country (its other confident places, as the
parser counts them): "home lost" = the expected town is in the sheet's country, a namesake
there is a candidate, but one abroad was ranked first; "abroad won" = the expected town is
abroad and was ranked first over a namesake in the sheet's country (what a rule favouring
home would lose). Per five-number batch of sheets.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sheet_score as S    # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tuned")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    from captionist.sources.sheet import parser, placeresolve
    a2 = S.alpha2
    gated: dict[int, list] = {}
    cur: list = []
    real_refusal, real_resolve = placeresolve.refusal, parser._resolve

    def refusal(m, city, *a, **k):
        cur.append((m, city))
        return real_refusal(m, city, *a, **k)

    def resolve(d, *a, **k):
        cur.clear()
        out = real_resolve(d, *a, **k)
        gated[id(d)] = list(cur)
        return out
    placeresolve.refusal, parser._resolve = refusal, resolve
    rows = []
    try:
        for txt, cap, pc, got in S.resolved_captions(args.part):
            if got is None:
                continue
            batch = int(re.match(r"\w+-(\d+)", txt.name).group(1)) // 5 * 5
            want_city = {S.fold_place(c) for c in S.allowed(cap.get("cityName"))}
            want_land = {a2(c) for c in S.allowed(cap.get("countryCode"))} - {None}
            d, place, sc, _o = got
            if not want_city or not want_land or sc is None:
                continue
            for m, city in gated.get(id(d), []):
                lands = {c["countrycode"] for c in m.cities}
                if len(lands) < 2 or sc not in lands:
                    continue
                right = [c for c in m.cities if S.fold_place(c["name"]) in want_city and c["countrycode"] in want_land]
                if not right:
                    continue
                top = city["countrycode"]
                if sc in want_land and top != sc:
                    kind = "home lost"
                elif sc not in want_land and top in want_land:
                    kind = "abroad won"
                elif sc in want_land:
                    kind = "home won"
                else:
                    kind = "abroad lost"
                home = max((c.get("population") or 0 for c in m.cities if c["countrycode"] == sc), default=0)
                rows.append((batch, kind, m, city, home, place, txt.name, cap["starts"]))
                break
    finally:
        placeresolve.refusal, parser._resolve = real_refusal, real_resolve
    if args.list:
        for b, kind, m, city, home, place, name, starts in rows:
            if kind in ("home lost", "abroad won"):
                wrote = place.city and place.city["name"]
                print(f"{kind:10} {m.text!r} kind={m.kind} binds={m.binds} top={city['name']}/{city['countrycode']}"
                      f" pop={city.get('population')} home={home} wrote={wrote} {name} {starts!r}")
    tab = defaultdict(lambda: defaultdict(int))
    for b, kind, *_ in rows:
        tab["all"][kind] += 1
        tab[b][kind] += 1
    kinds = ("home won", "home lost", "abroad won", "abroad lost")
    print(f"{'batch':>6} " + " ".join(f"{k:>11}" for k in kinds))
    for key in ["all", *sorted(k for k in tab if k != "all")]:
        print(f"{key!s:>6} " + " ".join(f"{tab[key][k]:>11}" for k in kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main())
