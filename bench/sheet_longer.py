"""How the parser does where a caption spells a longer place name than a piece of it (issue 9,
longer36): "Frankfurt am Main", "Alcalá de Henares", "Saint Martin Vésubie", "Bergen op Zoom".

    python bench/sheet_longer.py               # counts on the tuned part
    python bench/sheet_longer.py --list        # and every caption counted

A longer name is a run of two or more words (or one hyphenated word), capitalised or joined by a
particle of the four languages' and of Spanish/Italian/Portuguese names ("de", "am", "an der",
"upon", "sur", "op"...), that the place index holds under any of the spellings the index folds
(hyphen or space, accents, apostrophes) or with "St."/"St"/"Ste" read as Saint/Sankt/Sint/Sainte.
Per found caption of the tuned part, by what the caption expects and what the parser wrote:

  longer written     the city written is the longer name's (right / wrong against the expectation)
  piece written      the city written is another place named by a word of the longer name
  blank, knowable    nothing written, and the expected city is the longer name's
  blank, other       nothing written, the longer name is not the expected city
A caption whose longer name's word is the city written without the longer name being meant (a
street, a club) counts as "piece written, right": the figure to keep is "piece written, wrong".
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import sheet_score as S  # noqa: E402

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_JOIN = frozenset("""de del dela della delle dei degli di da das do dos des du la le les lès lez los las el y i e
    am an der den dem die im in ob bei auf unter vor zu zum zur ter te aan op bij van het upon on sur sous en aux
    au under by the of""".split())
_SAINT = (("st ", ("saint ", "sankt ", "sint ", "san ")), ("ste ", ("sainte ",)))


def _variants(key: str) -> list[str]:
    out = [key]
    for short, longs in _SAINT:
        if key.startswith(short) or f" {short}" in key:
            for long in longs:
                out.append(re.sub(rf"(^| ){short}", rf"\g<1>{long}", key))
    return out


def longer_names(text: str, gz) -> list[tuple[int, int, str, tuple]]:
    """(start, end, spelling, cities) of each longest run of words the index holds as one name
    of two or more words (or one hyphenated word)."""
    words = [(m.start(), m.end(), m.group().rstrip(".").rstrip("'’")) for m in _WORD.finditer(text)]
    out, i = [], 0
    while i < len(words):
        s, e, w = words[i]
        if not w[:1].isupper():
            i += 1
            continue
        best = None
        for n in range(1, 8):
            if i + n > len(words):
                break
            seg = words[i:i + n]
            if any(seg[k + 1][0] - seg[k][1] > 2 or text[seg[k][1]:seg[k + 1][0]].strip(". ") for k in range(n - 1)):
                break
            if any(not (t[2][:1].isupper() or t[2].casefold() in _JOIN) for t in seg[1:]):
                break
            if not seg[-1][2][:1].isupper() or (n == 1 and "-" not in w):
                continue
            raw = text[s:seg[-1][1]]
            for key in _variants(S_norm(raw)):
                cities = gz.cities.get(key)
                if cities:
                    best = (s, seg[-1][1], raw, tuple(cities))
                    break
        if best:
            out.append(best)
            i += len(_WORD.findall(best[2]))
        else:
            i += 1
    return out


def S_norm(s: str) -> str:
    from captionist.places import norm
    return norm(s)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", default="tuned")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    from captionist.sources.sheet.gazetteer import load_gazetteer
    gz = load_gazetteer()
    counts: dict[str, int] = {}
    listed = []
    for txt, cap, pc in S.found_captions(args.part):
        rec = pc.record
        text = " ".join(S.descriptions(rec))
        longs = longer_names(text, gz)
        if not longs:
            continue
        got, want_city = rec.get("cityName"), cap.get("cityName")
        right = S.field_right("cityName", want_city, got)
        fold = S.fold_place
        allowed = {fold(a) for a in S.allowed(want_city)}
        for s, e, raw, cities in longs:
            names = {fold(c["name"]) for c in cities} | {fold(raw)}
            if got:
                if fold(got) in names:
                    kind = "longer written"
                elif any(fold(got) == fold(" ".join(p)) for p in _pieces(raw)):
                    kind = "piece written"
                else:
                    continue
            else:
                kind = "blank, knowable" if allowed & names else "blank, other"
            key = f"{kind}: {'right' if right else 'wrong'}" if got else kind
            counts[key] = counts.get(key, 0) + 1
            listed.append(f"{key:24} {txt.name}: {raw!r} wrote {got!r}, expected {want_city!r}")
    for k in sorted(counts):
        print(f"{k:28} {counts[k]}")
    if args.list:
        print("\n".join(sorted(listed)))
    return 0


def _pieces(raw: str):
    """Every run of whole words of the longer name ("Frankfurt", "Main", "Frankfurt am")."""
    ws = re.split(r"[ -]+", raw.replace(".", ""))
    for a in range(len(ws)):
        for b in range(a + 1, len(ws) + 1):
            if (a, b) != (0, len(ws)):
                yield ws[a:b]


if __name__ == "__main__":
    sys.exit(main())
