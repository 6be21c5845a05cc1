"""Which withheld places were right (issue 9, gates38): on the tuned part, every candidate a
gate or the abstainer withheld (the record's warning names it and why), counted per reason as
right lost (the expected city, in an expected country, and the record's city is not right) or
wrong saved (writing it would have been a wrong place), per five-number batch of sheets.

    python bench/place_withheld.py                      # the table per reason, batches summed
    python bench/place_withheld.py --reason "not in"    # that reason's batches, one per row
    python bench/place_withheld.py --reason "not in" --list     # and each candidate counted

A gate may be narrowed only where it withholds right towns and not wrong ones: a reason with
many right lost and few wrong saved is where to look; a narrowing is kept only if, batch by
batch, it adds right cities in most batches and no wrong place (bench/sheet_score.py,
bench/sheet_mutate.py). Reasons are the warnings' own words with names and numbers folded
to X and N. Never reads tests/sheets/corpus/holdout/.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# the warnings a withheld candidate is named in, and the reason to count it under when the
# warning gives none of its own
_PREFIXES = {"place not written: ": None, "ambiguous place: ": "ambiguous: close namesakes",
             "place and country disagree: ": "place and country disagree",
             "later place not written: ": "a later place (the first sentence places the picture)"}


def _split_top(s: str, sep: str = "; ") -> list[str]:
    """s split at `sep` outside parentheses."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(s):
        ch = s[i]
        depth += ch == "("
        depth -= ch == ")"
        if depth == 0 and s.startswith(sep, i):
            out.append(s[start:i])
            start = i = i + len(sep)
            continue
        i += 1
    out.append(s[start:])
    return out


def _head_paren(s: str) -> tuple[str, str, str]:
    """'M (inside) rest' -> (M, inside, rest), the first top-level parenthesis."""
    i = s.find(" (")
    if i < 0:
        return s, "", ""
    depth = 0
    for j in range(i + 1, len(s)):
        depth += s[j] == "("
        depth -= s[j] == ")"
        if depth == 0:
            return s[:i], s[i + 2:j], s[j + 1:]
    return s[:i], s[i + 2:], ""


def fold_reason(why: str) -> str:
    """A reason with its names, codes and numbers folded ("not in NO, which the caption names"
    -> "not in X, which the caption names")."""
    why = re.sub(r"\s*\((candidates|Roßwag|[A-Z]).*$", "", why)       # the candidates it lists
    why = re.sub(r"\d+", "N", why)
    why = re.sub(r"\b[A-ZÀ-ÝŁŚŻ][\w'’.-]*(?:[ -][A-ZÀ-ÝŁŚŻa-zà-ÿ][\w'’.-]*)*", "X", why)
    why = re.sub(r"X(?:, X)+", "X", why)
    return why.strip()


def candidates(warning: str) -> list[tuple[str, list[tuple[str, str | None]], str]]:
    """(as written, [(index name, alpha-2 or None), ...], reason) of each candidate a place
    warning names as withheld; [] for other warnings."""
    prefix = next((p for p in _PREFIXES if warning.startswith(p)), None)
    if prefix is None:
        return []
    body, default = warning[len(prefix):], _PREFIXES[prefix]
    if prefix == "ambiguous place: " and body.startswith("between "):
        ends = re.match(r"between (.+?) and (.+) \(either end", body)
        return [(e, [(e, None)], "ambiguous: between two places") for e in ends.groups()] if ends else []
    if body.startswith("between "):
        ends = re.findall(r"(?:between|and) (.+?) \(([A-Z/]+)\)", body)
        return [(e, [(e, cc[:2])], "between two countries") for e, cc in ends]
    if m := re.match(r"(.+?) is an? (.+?) of ([A-Z]{2}) here, not the town (.+)$", body):
        return [(m[1], [(m[4], None)], f"a {m[2]} here, not the town")]
    out = []
    for item in _split_top(body):
        written, inside, _ = _head_paren(item)
        if prefix == "place and country disagree: ":
            out.append((written, [(written, cc) for cc in inside.split(", ")], default))
            continue
        if prefix == "later place not written: ":
            out.append((written, [(written, None)], default))
            continue
        if inside.startswith("candidates "):
            parts = _split_top(inside[len("candidates "):])
            names = re.findall(r"([^,(]+?) \(([A-Z]{2})\)", parts[0])
            why = parts[1] if len(parts) > 1 else default
            out.append((written, [(n.strip(), cc) for n, cc in names], fold_reason(why)))
            continue
        m = re.match(r"(.+?), ([A-Z]{2}): (.*)$", inside, re.S)
        if m:
            out.append((written, [(m[1], m[2])], fold_reason(m[3])))
        elif inside:        # "Spitz (it only says where the village named lies)": no index entry
            out.append((written, [(written, None)], fold_reason(inside)))
    return out


def judge(score, cap: dict, cands: list[tuple[str, str | None]], why: str) -> str:
    """'right' when the candidate, by the index's name that would be written, is the expected
    city in an allowed country, 'wrong' when writing it would be a wrong place."""
    from captionist.places import iso
    want = {score.fold_place(c) for c in score.allowed(cap.get("cityName"))}
    codes = {a.upper() for a in score.allowed(cap.get("countryCode"))}
    # the candidate that would have been written is the first (the gate's, the resolver's best);
    # a name in none of the caption's countries may have been any of them
    for name, a2 in (cands if why == "place and country disagree" else cands[:1]):
        a3 = (iso.country(a2) or {}).get("alpha_3", "").upper() if a2 else None
        # the index's name is what would be written ("Katwijk" written, "Katwijk aan den Rijn"
        # withheld: not the expected Katwijk)
        if score.fold_place(name) in want and (a3 is None or not codes or a3 in codes):
            return "right"
    return "wrong"


def collect(score) -> list[dict]:
    """Each withheld candidate of the tuned part: sheet, batch, caption, reason, verdict."""
    rows = []
    for txt, cap, pc in score.found_captions("tuned"):
        rec = pc.record
        city_right = score.field_right("cityName", cap.get("cityName"), rec.get("cityName"))
        for w in pc.warnings:
            for written, cands, why in candidates(w):
                v = judge(score, cap, cands, why)
                if v == "right" and city_right:
                    continue        # the city was written right anyway, from another mention
                rows.append({"sheet": txt.name, "batch": score.batch(txt.name), "starts": cap["starts"],
                             "written": written, "cands": cands, "reason": why, "verdict": v,
                             "expected": cap.get("cityName"), "got": rec.get("cityName")})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reason", help="one reason's batches (a substring of it)")
    ap.add_argument("--list", action="store_true", help="with --reason: each candidate counted")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT / "bench"))
    import sheet_score as score
    rows = collect(score)
    per = defaultdict(Counter)
    for r in rows:
        per[r["reason"]][r["verdict"]] += 1
        per[r["reason"]]["batches"] += 0
    lost_batches = defaultdict(set)
    for r in rows:
        if r["verdict"] == "right":
            lost_batches[r["reason"]].add(r["batch"])
    n_batches = len({score.batch(t.name) for t, _ in score.sheets("tuned")})
    print(f"{'right lost':>10} {'wrong saved':>11} {'batches':>8}  reason ({n_batches} batches in the tuned part)")
    for why, c in sorted(per.items(), key=lambda t: (-t[1]["right"], t[1]["wrong"])):
        print(f"{c['right']:>10} {c['wrong']:>11} {len(lost_batches[why]):>8}  {why}")
    print(f"{sum(c['right'] for c in per.values()):>10} {sum(c['wrong'] for c in per.values()):>11}  total")
    if args.reason:
        sel = [r for r in rows if args.reason in r["reason"]]
        by = defaultdict(Counter)
        for r in sel:
            by[r["batch"]][r["verdict"]] += 1
        print(f"\n{'batch':<8} {'right lost':>10} {'wrong saved':>11}   reasons containing {args.reason!r}")
        for b in sorted(by, key=lambda s: int(s.split("-")[0])):
            print(f"{b:<8} {by[b]['right']:>10} {by[b]['wrong']:>11}")
        if args.list:
            for r in sorted(sel, key=lambda r: r["verdict"]):
                print(f"{r['verdict']:<5} {r['sheet']}: {r['starts']!r}: {r['written']} -> "
                      f"{r['cands'][:3]} [{r['reason']}] (expected {r['expected']!r}, got {r['got']!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
