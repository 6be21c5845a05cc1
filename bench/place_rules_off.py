"""How much the general place rules hold on their own (issue 9): the tuned part scored with
the specific rules of the blind rounds 61-65 and 71-75 switched off, in this process only.

    python bench/place_rules_off.py            # city, country and wrong places, rules on and off
    python bench/place_rules_off.py --list     # also each wrong place written with them off

The specific rules (one per wrong place a blind part showed) are replaced by functions that
never fire: placeorigin's person-before-name, feature-near-a-city, country-after-a-comma,
US-state-after, off-the-coast, named-water, team-town and institution readings, and the gate's
village-twin-abroad check. What is still wrong is what a new blind part of the same classes would
bring if no one had written those rules; what the general rules (placeagree.py) keep out of it
is their worth. Never reads tests/sheets/corpus/holdout/.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _scorer():
    sys.path.insert(0, str(ROOT / "bench"))
    import sheet_score
    return sheet_score


def switch_off() -> None:
    """Replace the specific rules of rounds 14/15 by ones that never fire (this process only)."""
    from captionist.sources.sheet import placegate, placeorigin, places
    placeorigin._before_person = lambda rest: False
    placeorigin._feature_before = lambda head: False
    places.country_after = lambda *a, **k: False
    placegate._twin_abroad = lambda *a, **k: None
    placeorigin.us_state_after = lambda *a, **k: None
    placeorigin.offshore = lambda head: False
    placeorigin.named_water = lambda cue: False
    placeorigin._team_town = lambda facts, text: None
    placeorigin._institution = lambda cue: False


def run(score) -> tuple[dict, list[str]]:
    tot, wrong = {"captions": 0, "cityName": 0, "countryCode": 0, "wrong_places": 0}, []
    for txt, exp_path in score.sheets("tuned"):
        exp, captions = score.parse_pair(txt, exp_path)
        records = [c.record for c in captions]
        for cap, hit in zip(exp["captions"], score.found_in(exp["captions"], records)):
            tot["captions"] += 1
            if hit is None:
                continue
            rec = records[hit]
            for f in ("cityName", "countryCode"):
                tot[f] += score.field_right(f, cap.get(f), rec.get(f))
            if score.wrong_place(cap, rec):
                tot["wrong_places"] += 1
                wrong.append(f"{txt.name}: {cap['starts']!r}: {rec.get('cityName')!r}/{rec.get('countryCode')!r}")
    return tot, wrong


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="list the wrong places written with the rules off")
    args = ap.parse_args(argv)
    score = _scorer()
    on, _ = run(score)
    switch_off()
    off, wrong = run(score)
    for name, t in (("specific rules on", on), ("specific rules off", off)):
        n = t["captions"]
        print(f"{name:<20} captions {n}  city {100 * t['cityName'] / n:.1f}%  "
              f"country {100 * t['countryCode'] / n:.1f}%  wrong places {t['wrong_places']}")
    if args.list:
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
