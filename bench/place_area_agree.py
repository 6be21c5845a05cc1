"""Does every written place lie in the areas its caption names? (issue 9, agree36)

    python bench/place_area_agree.py            # the tallies, the area rule on and off
    python bench/place_area_agree.py --list     # also each disagreement and each change

For every caption of the tuned part the parser finds and writes a country for: the areas the
caption names anywhere (the finder's regions, the landscapes, islands and regions of
placelandscape, the areas written right after a town: placeinarea.areas_after, which span
borders or not) and whether the written country is one of theirs. Counted: captions naming no
area, agreements and disagreements, each split by the expectation (right / wrong place); and
the captions whose written place changes when placeinarea's rule is switched off (in this
process only), with the scorer's verdict both ways. Never reads tests/sheets/corpus/holdout/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_scorer():
    sys.path.insert(0, str(ROOT / "bench"))
    import sheet_score
    return sheet_score


def areas_named(text: str) -> set[str]:
    """Countries of every area the caption names (see the module docstring)."""
    from captionist.sources.sheet.placeinarea import areas_after
    from captionist.sources.sheet.placelandscape import regions_named
    from captionist.sources.sheet.places import find_places
    facts = find_places(text)
    found = {cc for cc, _ in facts.regions_seen} | regions_named(text)
    for m in facts.mentions:
        i = text.find(m.text)
        if i >= 0:
            found |= {cc for _, a in areas_after(text, i + len(m.text)) for cc, _ in a.places}
    return found


def run(score) -> dict:
    """{(sheet, starts): (record, expectation)} of the found captions."""
    out = {}
    for txt, cap, pc in score.found_captions("tuned"):
        out[(txt.name, cap["starts"])] = (pc.record, cap)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args()
    score = load_scorer()
    from captionist.places import iso
    from captionist.sources.sheet import placeorigin
    on = run(score)
    keep = placeorigin.agree_with_areas
    placeorigin.agree_with_areas = lambda facts, text, mention_class=None: None
    off = run(score)
    placeorigin.agree_with_areas = keep
    tally = {"written": 0, "no area": 0, "agree right": 0, "agree wrong": 0, "disagree right": 0,
             "disagree wrong": 0}
    lines = []
    for key, (rec, cap) in on.items():
        a3 = rec.get("countryCode")
        if not a3:
            continue
        tally["written"] += 1
        text = score.descriptions(rec)[0]
        named = areas_named(text)
        verdict = "wrong" if score.wrong_place(cap, rec) else "right"
        if not named:
            tally["no area"] += 1
            continue
        a2 = (iso.country_by_alpha3(a3) or {}).get("alpha_2")
        agree = "agree" if a2 in named else "disagree"
        tally[f"{agree} {verdict}"] += 1
        if agree == "disagree":
            lines.append(f"DISAGREE ({verdict}) {key[0]}: {rec.get('cityName')}/{a3} not in {sorted(named)}: {text[:120]}")
    changed = {"changed": 0, "wrong -> right/blank": 0, "right -> blank": 0, "right/blank -> wrong": 0, "other": 0}
    for key, (rec, cap) in on.items():
        old = off.get(key, (None, None))[0]
        if old is None or (old.get("cityName"), old.get("countryCode")) == (rec.get("cityName"), rec.get("countryCode")):
            continue
        changed["changed"] += 1
        was, now = score.wrong_place(cap, old), score.wrong_place(cap, rec)
        kind = ("wrong -> right/blank" if was and not now else "right/blank -> wrong" if now and not was
                else "right -> blank" if not now and rec.get("cityName") is None else "other")
        changed[kind] += 1
        lines.append(f"CHANGED {kind}: {key[0]} {key[1]!r}: {old.get('cityName')}/{old.get('countryCode')} -> "
                     f"{rec.get('cityName')}/{rec.get('countryCode')}")
    print("written places vs the areas their captions name:", tally)
    print("the area rule (placeinarea) on vs off:", changed)
    if args.list:
        print("\n".join(lines))


if __name__ == "__main__":
    main()
