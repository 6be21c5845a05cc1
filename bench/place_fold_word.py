"""Which written towns are small places abroad matched by a folded spelling or a common word
(issue 9, fold39).

    python bench/place_fold_word.py [--part tuned] [--list]

For every city the parser wrote from a mention, this classifies the written name against the
town's own name: "fold" when the two differ only by the accents or letters the town's own name
has and the caption lacks ("Tore" of Töre, "Malmo" of Malmö), "word" when the written name is a
common word of the caption's language (a German capitalised noun right after its article:
"durch die Tore", placefoldword), "own" otherwise. It splits them by population (under TOWN
or not) and by whether the caption or the sheet points to the town's country, and prints
right/wrong counts per class and per five-number batch of sheets (each batch was written by a
different engineer). "points" counts the sheet's countries (main and others) as well as the
caption's; "strict" only the caption's own (a country or region named, "X, Country"), which is
what placefoldword asks of a noun. --list prints every fold/word row.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sheet_score as S    # noqa: E402


def _letters(s: str) -> str:
    return "".join(re.findall(r"[^\W\d_]+", s.casefold()))


def folded_only(written: str, own: str) -> bool:
    """The written name differs from the town's own name (or one half of a bilingual one) only
    by the accents or letters its own name has: "Tore" of Töre, "Malmo" of Malmö; not "Saint
    Martin" of Saint-Martin (the same letters), not "Pompéi" of Pompei (an accent added)."""
    from captionist.sources.sheet.gazetteer import norm
    parts = [p for p in own.split("/") if p.strip()]
    if any(_letters(written) == _letters(p) for p in parts):
        return False
    return any(norm(p) == norm(written) and sum(not c.isascii() for c in written) < sum(not c.isascii() for c in p)
               for p in parts)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tuned")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    from captionist.sources.sheet.placegate import TOWN
    from captionist.sources.sheet.placefoldword import noun_after_article

    rows = []
    for txt, cap, pc, got in S.resolved_captions(args.part):
        rec, lang = pc.record, txt.name[:2]
        if got is None or got[1].mention is None or got[1].city is None:
            continue
        d, place, sc, others = got
        city, m, facts, text = place.city, place.mention, d.facts, d.description
        if S.blank(rec.get("cityName")) or city["name"] != rec["cityName"]:
            continue
        a2 = city["countrycode"]
        strict = a2 in (*facts.countries_seen, *(r[0] for r in facts.regions_seen)) \
            or bool(m.binds and m.binds[0] == a2)
        points = a2 in (sc, *others, *facts.countries_seen, *(r[0] for r in facts.regions_seen)) \
            or bool(m.binds and m.binds[0] == a2)
        adjective = m.demonym or city.get("adjective")
        kind = "word" if not adjective and noun_after_article(m.text, text, lang) else \
            "fold" if folded_only(m.text, city["name"]) else "own"
        pop = city.get("population") or 0
        rows.append(dict(right=not S.wrong_place(cap, rec), pop=pop, small=pop < TOWN, points=points,
                         kind=kind, strict=strict, written=m.text, city=city["name"], a2=a2, sheet=txt.name,
                         batch=S.batch(txt.name), starts=cap["starts"]))
    def where(r):
        return "caption" if r["strict"] else "sheet" if r["points"] else "none"
    table = Counter((r["kind"], r["small"], where(r), r["right"]) for r in rows)
    print("what points to the town's country: caption (named, bound), sheet (only the sheet's countries), none")
    print(f"{'class':<6} {'size':<6} {'country':<8} {'right':>6} {'wrong':>6}")
    for kind in ("own", "fold", "word"):
        for small in (False, True):
            for w in ("caption", "sheet", "none"):
                print(f"{kind:<6} {'small' if small else 'town':<6} {w:<8} "
                      f"{table[(kind, small, w, True)]:>6} {table[(kind, small, w, False)]:>6}")
    per = defaultdict(Counter)
    for r in rows:
        if r["kind"] != "own" and r["small"] and not r["strict"]:
            per[(r["kind"], r["batch"])][r["right"]] += 1
    print("small places matched by a fold or a word, the caption naming no country of theirs, per batch (right/wrong):")
    print("  " + (", ".join(f"{k} {b}: {c[True]}/{c[False]}" for (k, b), c in sorted(per.items())) or "none"))
    if args.list:
        for r in sorted(rows, key=lambda r: (r["kind"], r["small"], r["points"], r["right"])):
            if r["kind"] != "own":
                print(("right" if r["right"] else "WRONG"), r["kind"], f"pop={r['pop']:>9}",
                      "points" if r["points"] else "abroad", "strict" if r["strict"] else "-", f"{r['written']!r} -> {r['city']} ({r['a2']})",
                      r["sheet"], repr(r["starts"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
