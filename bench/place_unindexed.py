"""Expected towns the caption names but the place index may not know (issue 9, unlisted38).

    python bench/place_unindexed.py [--part tuned] [--list]

For every found caption whose expected city came out blank or wrong, the town as the caption
writes it: the expected name itself, or else the capitalised words of the caption closest to
it ("Charkiw" for Kharkiv). Each is classed by what the index answers:

  indexed     the written form's key finds the expected town: the miss is the parser's;
  other town  the key finds only other towns (a namesake): the miss is the parser's too;
  <rule>      no key finds the town as written, one normalisation would (saint, article,
              district, translit, spacing);
  respelt     written otherwise, no rule finds it (an exonym or newsroom spelling to add);
  gap         the expected town is in no key under its own name either (under 500 people);
  unwritten   nothing in the caption is close to the expected name (a landmark, a region).

Printed per five-number batch of sheets (each written by a different engineer), then in total.
"""

from __future__ import annotations

import argparse
import difflib
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import sheet_score as S    # noqa: E402

KINDS = ("indexed", "other town", "saint", "article", "district", "translit", "spacing",
         "respelt", "gap", "unwritten")

_SAINTS = (("st", "saint"), ("st", "sankt"), ("ste", "sainte"), ("saint", "san"), ("sankt", "saint"),
           ("sint", "saint"), ("san", "santa"), ("saint", "sankt"), ("st", "san"), ("saint", "st"))
_ARTICLES = ("den", "de", "het", "s", "le", "la", "les", "l", "al", "el", "an", "as", "ad", "ash",
             "at", "az", "ar", "the", "die", "der", "il", "lo", "los", "las", "o", "a")


def _words(text: str) -> list[tuple[str, ...]]:
    toks = re.findall(r"[^\W\d_][\w'\u2019.-]*", text)
    grams = []
    for i in range(len(toks)):
        for n in (1, 2, 3, 4):
            g = tuple(toks[i:i + n])
            if len(g) == n and g[0][:1].isupper():
                grams.append(g)
    return grams


def written_form(text: str, names: list[str]) -> str | None:
    """The caption's spelling of the expected town: itself, or the closest capitalised words."""
    folded = S.fold_place(text)
    for n in names:
        if re.search(r"(?<!\w)" + re.escape(S.fold_place(n)) + r"(?!\w)", folded):
            return n
    best, score = None, 0.0
    for g in _words(text):
        w = " ".join(g).strip(".")
        for n in names:
            r = difflib.SequenceMatcher(None, S.fold_place(w), S.fold_place(n)).ratio()
            if r > score:
                best, score = w, r
    return best if score >= 0.75 else None


def tries(key: str):
    """(kind, key) of the normalisations that may find a town written otherwise."""
    from captionist.places.translit import variants
    words = key.split()
    for a, b in _SAINTS:
        if words and words[0] == a:
            yield "saint", " ".join([b, *words[1:]])
    if len(words) > 1 and words[0] in _ARTICLES:
        yield "article", " ".join(words[1:])
    for art in ("den", "le", "la", "al", "el", "the"):
        yield "article", f"{art} {key}"
    if len(words) > 1:
        yield "district", words[0]
        yield "spacing", "".join(words)
    for k in variants(key):
        yield "translit", k


def classify(idx, names: list[str], written: str | None) -> tuple[str, str]:
    from captionist.places.names import norm
    want = {S.fold_place(n) for n in names}

    def hit(key):
        return [c for c in idx.cities(key) if S.fold_place(c["name"]) in want]
    if written is None:
        return "unwritten", ""
    key = norm(written)
    if hit(key):
        return "indexed", key
    if idx.cities(key):
        return "other town", key
    for kind, k in tries(key):
        if hit(k):
            return kind, f"{key} -> {k}"
    # written as one of the expected names, or that name finds nothing either: a town cities500
    # lacks (the expected list may add the bigger town it belongs to: "Elten", "Emmerich")
    if S.fold_place(written) in want or not any(hit(norm(n)) for n in names):
        return "gap", key
    return "respelt", key


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--part", default="tuned")
    ap.add_argument("--list", action="store_true", help="also list each caption")
    args = ap.parse_args(argv)
    from captionist.places import get_index
    idx = get_index()
    table: dict[str, Counter] = defaultdict(Counter)
    rows = []
    for txt, cap, pc in S.found_captions(args.part):
        names, rec = S.allowed(cap.get("cityName")), pc.record
        if not names or S.field_right("cityName", cap.get("cityName"), rec.get("cityName")):
            continue
        text = " ".join(S.descriptions(rec))
        written = written_form(text, names)
        kind, how = classify(idx, names, written)
        table[S.batch(txt.name)][kind] += 1
        rows.append((kind, txt.name, names[0], written, how, rec.get("cityName")))
    total = Counter()
    print(f"{'batch':<8}" + "".join(f"{k:>11}" for k in KINDS))
    for b in sorted(table, key=lambda b: int(b.split("-")[0])):
        total.update(table[b])
        print(f"{b:<8}" + "".join(f"{table[b][k]:>11}" for k in KINDS))
    print(f"{'total':<8}" + "".join(f"{total[k]:>11}" for k in KINDS))
    if args.list:
        for r in sorted(rows, key=lambda r: tuple(map(str, r))):
            print(f"{r[0]:<11} {r[1]:<40} expected {r[2]!r} written {r[3]!r} {r[4]} got {r[5]!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
