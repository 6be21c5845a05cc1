"""Captions that name a town X and a bigger town Y of the same country within 15 km of it
(issue 9, district39): what the writers expect (X, Y, either, neither) per distance band, per
way of writing the pair, per five-number batch of sheets (each batch had its own writer), and
what the parser wrote.

    python bench/place_district_pairs.py            # the tables
    python bench/place_district_pairs.py --list     # also each pair with its caption

X and Y are any two mentions the place finder reads (every capitalised run it finds in the
index, not only the likely ones: a district the index keeps as a village is often uncued),
resolved to the closest same-country pair of their candidates; Y is the more populous.
Written as: "X, Y" / "X in Y" / "X, district of Y" (a district word between them) / "Y-X"
(one hyphened word) / "Y, X" / "near Y" (near, bei, près de, bij, suburb, outside... before Y)
/ other. Never reads tests/sheets/corpus/holdout/.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_NEAR = re.compile(r"\b(near|nearby|outside|suburbs?|bei|nahe|nähe|près|proche|banlieue|bij|nabij|"
                   r"buiten|vlakbij|outskirts|north|south|east|west|nord|sud|süd|ost|noord|zuid|oost|"
                   r"nördlich|südlich|östlich|westlich|au nord|au sud|ten noorden|ten zuiden)\b", re.I)
_DISTRICT = re.compile(r"(district|quarter|borough|neighbou?rhood|arrondissement|quartier|"
                       r"stadtteil|bezirk|viertel|ortsteil|kiez|wijk|stadsdeel|buurt|faubourg|commune)", re.I)
_IN = re.compile(r"^\s*,?\s*(in|im|in de|in het|à|a|en|dans|van|von|of|de|du|bei)\s*$", re.I)


def _scorer():
    sys.path.insert(0, str(ROOT / "bench"))
    import sheet_score
    return sheet_score


def _band(km: float) -> str:
    return next(b for lim, b in ((3, "0-3"), (6, "3-6"), (10, "6-10"), (99, "10-15")) if km < lim)


def _written(text: str, x, y) -> str:
    ax, ay = text.find(x.text), text.find(y.text)
    if ax < 0 or ay < 0:
        return "other"
    before_y = text[max(0, ay - 30):ay]
    if ax < ay:
        between = text[ax + len(x.text):ay]
        if _DISTRICT.search(between):
            return "X, district of Y"
        if _NEAR.search(between) and len(between) < 50:
            return "near Y"
        if between.strip() == ",":
            return "X, Y"
        if _IN.match(between):
            return "X in Y"
        return "other"
    between = text[ay + len(y.text):ax]
    if between == "-":
        return "Y-X"
    if _DISTRICT.search(text[max(0, ax - 40):ax]) and len(between) < 60:
        return "Y, district X"
    if between.strip() in (",", ":") or between.strip().endswith(","):
        return "Y, X"
    if _NEAR.search(before_y):
        return "near Y"
    return "other"


def _pair(facts, norm, km):
    """The closest same-country (X, Y, cx, cy, km) among the mentions, Y the bigger; or None."""
    best = None
    ms = [m for m in facts.mentions if m.cities]
    for mx in ms:
        for my in ms:
            if norm(mx.text) == norm(my.text):
                continue
            for cx in mx.cities:
                for cy in my.cities:
                    if cx["countrycode"] != cy["countrycode"] or cy["population"] <= cx["population"]:
                        continue
                    d = km(cx["latitude"], cx["longitude"], cy["latitude"], cy["longitude"])
                    if d <= 15 and (best is None or d < best[4]):
                        best = (mx, my, cx, cy, d)
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    ss = _scorer()
    from captionist.places.index import haversine
    from captionist.sources.sheet.gazetteer import norm
    from captionist.sources.sheet.places import find_places

    tabs = {k: defaultdict(Counter) for k in ("band", "written", "batch")}
    listed = []
    for txt, exp_path in ss.sheets("tuned"):
        exp, caps = ss.parse_pair(txt, exp_path)
        records = [c.record for c in caps]
        for cap, hit in zip(exp["captions"], ss.found_in(exp["captions"], records)):
            if hit is None:
                continue
            pc = caps[hit]
            text = (ss.descriptions(pc.record) or [pc.text])[0]
            got_pair = _pair(find_places(text[:3000]), norm, haversine)
            if got_pair is None:
                continue
            mx, my, cx, cy, d = got_pair
            want = cap.get("cityName")
            ok = lambda v: not ss.blank(v) and ss.field_right("cityName", want, v)  # noqa: E731
            wx = ok(mx.text) or ok(cx["name"])
            wy = ok(my.text) or ok(cy["name"])
            e = "both" if wx and wy else "X" if wx else "Y" if wy else "neither"
            got = pc.record.get("cityName")
            g = "blank" if ss.blank(got) else "right" if ss.field_right("cityName", want, got) else "wrong"
            how = _written(text, mx, my)
            for tab, key in (("band", _band(d)), ("written", how), ("batch", ss.batch(txt.name))):
                tabs[tab][key]["n"] += 1
                tabs[tab][key]["exp " + e] += 1
                tabs[tab][key]["got " + g] += 1
            listed.append(f"{e:>7} {g:>5} {d:5.1f}km {how:<16} {txt.name} X={mx.text!r}({cx['population']}) "
                          f"Y={my.text!r}({cy['population']}) exp={want!r} got={got!r}\n    {text[:200]!r}")
    cols = ("n", "exp X", "exp Y", "exp both", "exp neither", "got right", "got wrong", "got blank")
    for tab, rows in tabs.items():
        print(f"\n{tab:<18}" + "".join(f"{c:>12}" for c in cols))
        for key in sorted(rows):
            print(f"{key:<18}" + "".join(f"{rows[key][c]:>12}" for c in cols))
    if args.list:
        print("\n".join(listed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
