"""Towns whose name is shared by towns in 2+ countries: is the one written the sheet's (issue 9,
namesake39).

    python bench/place_namesake_country.py [--part tuned] [--list]

For every found caption whose expected town is written in the caption by a name that towns of
two countries or more bear, whether the parser wrote the right one, a wrong one, or nothing;
and for each, where three kinds of evidence a sheet gives point: the sheet's country (its
captions' confident places, as the parser counts them), the credit's agency's home country,
and a demonym in the caption (a mention read from an adjective). "right" = the evidence names
the expected country, "wrong" = it names another country one of the namesakes lies in, "-" =
silent or elsewhere. Per five-number batch of sheets (215-219, ...).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sheet_score as S    # noqa: E402

# an agency's home country, as the credit prints it (a weak hint: agencies work abroad)
AGENCIES = {"keystone": "CH", "sda": "CH", "apa": "AT", "anp": "NL", "belga": "BE", "tt": "SE",
            "ntb": "NO", "ritzau": "DK", "lehtikuva": "FI", "dpa": "DE", "ansa": "IT", "efe": "ES",
            "lusa": "PT", "pap": "PL", "gepa": "AT", "sportsfile": "IE", "inpho": "IE", "ctk": "CZ",
            "pa": "GB", "scanpix": "NO"}
_AG = re.compile(r"(?<![\w-])(" + "|".join(AGENCIES) + r")(?![\w-])", re.IGNORECASE)


def credit_country(line: str | None) -> str | None:
    found = {AGENCIES[m.group(1).casefold()] for m in _AG.finditer(line or "")}
    return found.pop() if len(found) == 1 else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tuned")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    a2 = S.alpha2
    rows = []
    for txt, cap, pc, got in S.resolved_captions(args.part):
        batch = int(re.match(r"\w+-(\d+)", txt.name).group(1)) // 5 * 5
        want_city = {S.fold_place(c) for c in S.allowed(cap.get("cityName"))}
        want_land = {a2(c) for c in S.allowed(cap.get("countryCode"))} - {None}
        if not want_city or not want_land or got is None:
            continue
        rec = pc.record
        d, _place, sc, _others = got
        m = next((m for m in d.facts.mentions if S.fold_place(m.text) in want_city
                  or any(S.fold_place(c["name"]) in want_city for c in m.cities)), None)
        if m is None or len({c["countrycode"] for c in m.cities}) < 2:
            continue
        lands = {c["countrycode"] for c in m.cities}
        if S.blank(rec.get("cityName")):
            out = "blank"
        else:
            out = "wrong" if S.wrong_place(cap, rec) else "right"
        dem = {c["countrycode"] for o in d.facts.mentions if o.demonym and o is not m
               for c in o.cities[:1]}
        ev = {"sheet": sc, "agency": credit_country(d.credit and d.credit.line),
              "demonym": dem.pop() if len(dem) == 1 else None}
        points = {k: ("right" if v in want_land else "wrong" if v in lands else "-") for k, v in ev.items()}
        rows.append((batch, out, points, m.text, rec.get("cityName"), rec.get("countryCode"), ev, want_land,
                     txt.name, cap["starts"]))
    if args.list:
        for r in rows:
            if r[1] != "right" or "wrong" in r[2].values():
                print(r[1], r[3], "->", r[4], r[5], "want", sorted(r[7]), r[6], r[2], r[8], repr(r[9]))
    tab = defaultdict(lambda: defaultdict(int))
    for b, out, points, *_ in rows:
        for key in ("all", b):
            t = tab[key]
            t[out] += 1
            for k, p in points.items():
                t[f"{out}:{k}:{p}"] += 1
    print(f"{'batch':>6} {'n':>4} {'right':>5} {'wrong':>5} {'blank':>5} | wrong written, evidence right:"
          f" sheet agency demonym | right written, evidence wrong: sheet agency demonym | blank, evidence right: sheet agency")
    for key in ["all", *sorted(k for k in tab if k != "all")]:
        t = tab[key]
        n = t["right"] + t["wrong"] + t["blank"]
        print(f"{key!s:>6} {n:>4} {t['right']:>5} {t['wrong']:>5} {t['blank']:>5} | "
              f"{t['wrong:sheet:right']:>5} {t['wrong:agency:right']:>6} {t['wrong:demonym:right']:>7} | "
              f"{t['right:sheet:wrong']:>5} {t['right:agency:wrong']:>6} {t['right:demonym:wrong']:>7} | "
              f"{t['blank:sheet:right']:>5} {t['blank:agency:right']:>6}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
