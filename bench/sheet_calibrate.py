"""Which kinds of evidence write right places and which wrong ones (issue 9, abstain34).

    python bench/sheet_calibrate.py --part tuned --match='-(?!1(5[5-9]|6[0-9])-)\\d+-'
    python bench/sheet_calibrate.py --part tuned --match='-1(5[5-9]|6[0-9])-' --settings

Every sheet of the part is parsed once with the abstain policy off (placeabstain.py); for every
expected caption found, the city the parser would write is set against the expectation, with the
evidence behind it as the parser kept it (Place.writer and Place.evidence, placeevidence.py):
how the name is written, a bound country, the score and its margin over a namesake abroad,
the population band, where the country's agreement comes from, the module that wrote it.
Per evidence class the tables print: right, wrong (a city not allowed), blank (the parser wrote
none but one was expected) and the precision right / (right + wrong).
With --settings, every setting of the policy is replayed on the same parse (the policy is a
pure function of the Place): city%, country% and wrong places per setting, the trade-off curve.
Loading and scoring are sheet_score.py's.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sheet_score import blank, field_right, found_in, sheets, wrong_place  # noqa: E402


def collect(part: str, match: str | None) -> tuple[list[dict], int]:
    """(one row per expected caption found: expectation, record, place; captions expected)."""
    from captionist.sources.sheet import parse_sheet_file, placeabstain

    active, placeabstain.ACTIVE = placeabstain.ACTIVE, placeabstain.SETTINGS["off"]
    try:
        return _collect(part, match, parse_sheet_file)
    finally:
        placeabstain.ACTIVE = active


def _collect(part: str, match: str | None, parse_sheet_file) -> tuple[list[dict], int]:
    rows, total = [], 0
    for txt, exp_path in sheets(part):
        if match and not re.search(match, txt.name):
            continue
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        total += len(exp["captions"])
        ref = dt.date.fromisoformat(exp["ref_date"]) if exp.get("ref_date") else None
        try:
            caps = parse_sheet_file(txt, lang="auto", ref_date=ref).captions
        except Exception:   # noqa: BLE001 - sheet_score reports parse failures
            continue
        for cap, hit in zip(exp["captions"], found_in(exp["captions"], [c.record for c in caps])):
            if hit is not None:
                rows.append({"sheet": txt.name, "exp": cap, "rec": caps[hit].record, "place": caps[hit].place})
    return rows, total


def classes(place) -> dict[str, str]:
    """The evidence classes of the written city, one per dimension (the tables' rows)."""
    if place is None or place.city is None:
        return {}
    ev = place.evidence
    if place.writer != "placeresolve" or ev is None:
        return {"writer": place.writer or "?"}
    margin = "none abroad" if ev.margin is None else "<1" if ev.margin < 1 else "1-3" if ev.margin < 3 else "3+"
    score = "<5" if ev.score < 5 else "5-7" if ev.score < 7 else "7-9" if ev.score < 9 else "9+"
    cue = ev.kind_name + ("+binds" if ev.binds else "") + ("+demonym" if ev.demonym else "")
    return {"writer": "placeresolve", "kind": cue, "country from": ev.country, "population": ev.band,
            "margin": margin, "score": score, "namesakes": "1" if ev.namesakes <= 1 else "2+",
            "kind x country": f"{ev.kind_name} / {ev.country}",
            "kind x band": f"{ev.kind_name} / {ev.band}",
            "positional": "positional" if ev.positional else "other cue",
            "other places": str(min(ev.others, 3)) + ("+" if ev.others >= 3 else ""),
            "others x positional": f"{min(ev.others, 2)}{'+' if ev.others >= 2 else ''} / "
                                   f"{'positional' if ev.positional else 'other cue'}"}


def outcome(row) -> str:
    exp, rec = row["exp"], row["rec"]
    city = rec.get("cityName")
    if blank(city):
        return "blank" if not blank(exp.get("cityName")) else "blank-ok"
    return "right" if field_right("cityName", exp.get("cityName"), city) else "wrong"


def tables(rows: list[dict]) -> str:
    counts: dict = defaultdict(lambda: defaultdict(lambda: defaultdict(int)))
    for row in rows:
        out = outcome(row)
        for dim, cls in classes(row["place"]).items():
            counts[dim][cls][out] += 1
        if out == "blank":
            counts["writer"]["(none written)"]["blank"] += 1
    lines = []
    for dim, per in counts.items():
        lines.append(f"-- {dim} --")
        lines.append(f"{'class':<34}{'right':>7}{'wrong':>7}{'blank':>7}{'prec%':>8}")
        for cls, n in sorted(per.items(), key=lambda t: -(t[1]["right"] + t[1]["wrong"])):
            r, w = n["right"], n["wrong"]
            prec = f"{100 * r / (r + w):.1f}" if r + w else "-"
            lines.append(f"{cls:<34}{r:>7}{w:>7}{n['blank']:>7}{prec:>8}")
        lines.append("")
    return "\n".join(lines)


def replay(rows: list[dict], total: int, setting) -> dict:
    """city%, country% and wrong places had the policy run with `setting` (placeabstain.verdict)."""
    from captionist.sources.sheet.placeabstain import verdict

    city = country = wrong = withheld = 0
    for row in rows:
        exp, rec = row["exp"], dict(row["rec"])
        v = verdict(row["place"], setting) if row["place"] is not None and row["place"].city is not None else None
        if v is not None:
            withheld += 1
            rec.pop("cityName", None)
            if not v.keep_country:
                rec.pop("countryCode", None)
        city += field_right("cityName", exp.get("cityName"), rec.get("cityName"))
        country += field_right("countryCode", exp.get("countryCode"), rec.get("countryCode"))
        wrong += wrong_place(exp, rec)
    pct = lambda n: round(100.0 * n / total, 1) if total else 100.0  # noqa: E731
    return {"city": pct(city), "country": pct(country), "wrong_places": wrong, "withheld": withheld}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=("tuned", "holdout"), default="tuned")
    ap.add_argument("--match", metavar="REGEX", help="only sheets whose file name matches (as sheet_score.py)")
    ap.add_argument("--settings", action="store_true", help="replay every policy setting (the trade-off curve)")
    ap.add_argument("--list", metavar="CLASS", help="list the captions of one class value ('cued / sheet') or outcome ('wrong')")
    args = ap.parse_args(argv)
    rows, total = collect(args.part, args.match)
    print(f"{total} captions expected, {len(rows)} found")
    print(tables(rows))
    if args.list:
        for row in rows:
            if args.list in classes(row["place"]).values() or args.list == outcome(row):
                p = row["place"]
                print(f"{outcome(row):<6} {row['sheet']}: {row['exp']['starts'][:50]!r} -> {row['rec'].get('cityName')}"
                      f"/{row['rec'].get('countryCode')} (want {row['exp'].get('cityName')}) {p.evidence}")
    if args.settings:
        from captionist.sources.sheet.placeabstain import SETTINGS

        print(f"{'setting':<14}{'city%':>8}{'country%':>10}{'wrong':>7}{'withheld':>10}")
        for name, setting in SETTINGS.items():
            f = replay(rows, total, setting)
            print(f"{name:<14}{f['city']:>8}{f['country']:>10}{f['wrong_places']:>7}{f['withheld']:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
