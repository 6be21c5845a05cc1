"""Score the caption-sheet parser on the hand-checked corpus (issue 9).

    python bench/sheet_score.py                    # tuned and holdout parts, as tables
    python bench/sheet_score.py --part holdout     # one part
    python bench/sheet_score.py --json             # the same figures as JSON
    python bench/sheet_score.py --misses           # also list every wrong field

The corpus lives in tests/sheets/corpus/<part>/ as pairs `<lang>-<nn>-<slug>.txt` +
`.expect.json` (format in tests/sheets/corpus/README.md). Each sheet is parsed the way a user
would run `captionist parse --date <ref_date>`: lang "auto", the sheet's ref_date.

Figures, per part, per language and in total:
  found          % of expected captions for which a parsed record's description starts with
                 the expected `starts` (whitespace and case folded);
  strays taken   parsed records that match no expected caption (a stray paragraph, or a piece
                 of a caption split in two), as a count and as % of the sheet's stray paragraphs;
  creditLine, creatorNames, cityName, countryCode, dateCreated
                 % of expected captions whose field is right (a caption not found counts as
                 wrong in every field; null expected = field absent or empty);
  wrong places   found captions for which the parser wrote a cityName or countryCode that the
                 expectation does not allow (a blank where one was expected is only a miss).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "sheets" / "corpus"
PARTS = ("tuned", "holdout")
LANGS = ("nl", "en", "de", "fr")
FIELDS = ("creditLine", "creatorNames", "cityName", "countryCode", "dateCreated")


# --- normalisation: what counts as "the same value" ---------------------------------------

def fold_space(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def fold_starts(s: str) -> str:
    # "whitespace and case folded"; typographic quotes count as plain ones
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
    return fold_space(s).casefold()


def fold_credit(s: str | None) -> str | None:
    if s is None:
        return None
    s = fold_space(s).lstrip("©").strip()
    # spacing around separators is typography, not content ("ANP/Name" = "ANP / Name")
    s = re.sub(r"\s*([/|])\s*", r"\1", s)
    return s or None


# letters NFKD does not split into base + accent
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "ß": "ss", "æ": "ae"})


def fold_place(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_PLAIN))
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"['\u2019\u02bb`]", "", s).replace("-", " ")
    return fold_space(s).casefold()


def allowed(expected) -> list:
    if expected is None:
        return []
    return list(expected) if isinstance(expected, list) else [expected]


def blank(v) -> bool:
    return v is None or v == "" or v == []


def field_right(name: str, expected, got) -> bool:
    if name == "creditLine":
        return fold_credit(expected) == fold_credit(got if isinstance(got, str) else None)
    if name == "creatorNames":
        exp = [fold_space(n).casefold() for n in (expected or [])]
        return exp == [fold_space(str(n)).casefold() for n in (got or [])]
    if name == "cityName":
        if blank(expected):
            return blank(got)
        return isinstance(got, str) and fold_place(got) in {fold_place(a) for a in allowed(expected)}
    if name == "countryCode":
        if blank(expected):
            return blank(got)
        return isinstance(got, str) and got.upper() in {a.upper() for a in allowed(expected)}
    # dateCreated: as precise as the caption says, no more, no less
    return (None if blank(expected) else expected) == (None if blank(got) else str(got))


def wrong_place(exp: dict, rec: dict) -> bool:
    city, country = rec.get("cityName"), rec.get("countryCode")
    if not blank(city) and not field_right("cityName", exp.get("cityName"), city):
        return True
    return not blank(country) and not field_right("countryCode", exp.get("countryCode"), country)


# --- running the parser over the corpus ---------------------------------------------------

@dataclass
class Tally:
    captions: int = 0
    found: int = 0
    stray_paragraphs: int = 0
    strays_taken: int = 0
    right: dict = field(default_factory=lambda: {f: 0 for f in FIELDS})
    wrong_places: int = 0

    def add(self, other: "Tally") -> None:
        self.captions += other.captions
        self.found += other.found
        self.stray_paragraphs += other.stray_paragraphs
        self.strays_taken += other.strays_taken
        self.wrong_places += other.wrong_places
        for f in FIELDS:
            self.right[f] += other.right[f]

    def figures(self) -> dict:
        pct = lambda n, d: round(100.0 * n / d, 1) if d else 100.0  # noqa: E731
        out = {"captions": self.captions, "found": pct(self.found, self.captions),
               "strays_taken": self.strays_taken,
               "strays_taken_pct": pct(self.strays_taken, self.stray_paragraphs) if self.stray_paragraphs else (0.0 if not self.strays_taken else 100.0)}
        out.update({f: pct(self.right[f], self.captions) for f in FIELDS})
        out["wrong_places"] = self.wrong_places
        return out


def sheets(part: str) -> list[tuple[Path, Path]]:
    """(sheet, expectation) pairs of one part, sorted by name."""
    folder = CORPUS / part
    return [(p.with_name(p.name[: -len(".expect.json")] + ".txt"), p)
            for p in sorted(folder.glob("*.expect.json"))]


def alpha2(a3: str | None) -> str | None:
    """The two-letter code of a country the corpus writes in three (ISO 3166-1)."""
    from captionist.places.iso import country_by_alpha3   # imported late: --help stays fast

    return (country_by_alpha3(a3) or {}).get("alpha_2") if a3 else None


def descriptions(rec: dict) -> list[str]:
    d = rec.get("description")
    if isinstance(d, dict):
        return [str(v) for v in d.values()]
    return [str(d)] if d else []


def parse_pair(txt: Path, exp_path: Path) -> tuple[dict, list]:
    """A sheet's expectations and its parsed captions, parsed as `captionist parse --date
    <ref_date>` would (lang "auto")."""
    from captionist.sources.sheet import parse_sheet_file  # imported late: --help stays fast

    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    ref = dt.date.fromisoformat(exp["ref_date"]) if exp.get("ref_date") else None
    return exp, parse_sheet_file(txt, lang="auto", ref_date=ref).captions


def batch(sheet_name: str) -> str:
    """The five-number batch a sheet was written in, each by another engineer: 100-104,
    105-109, ...; below 100, 06-10, 11-15, ... (the corpus README's parts)."""
    n = int(re.match(r"[a-z]+-(\d+)-", sheet_name)[1])
    lo = n // 5 * 5 if n >= 100 else (n - 1) // 5 * 5 + 1
    return f"{lo:02d}-{lo + 4:02d}"


def found_captions(part: str):
    """Each expected caption of a part that the parser found, as (sheet, expected caption,
    parsed caption): the loop every measuring script in bench/ runs over the corpus."""
    for txt, exp_path in sheets(part):
        exp, caps = parse_pair(txt, exp_path)
        for cap, hit in zip(exp["captions"], found_in(exp["captions"], [c.record for c in caps])):
            if hit is not None:
                yield txt, cap, caps[hit]


def resolved_captions(part: str):
    """found_captions, each with what the parser's place chain saw for it: (sheet, expected
    caption, parsed caption, (draft, place, sheet_country, sheet_others)), or None in the last
    slot when the chain did not run on it. The chain is watched through `parser._resolve`, its
    last call for a description counting (the parser resolves once without, then with, the
    sheet's countries)."""
    from captionist.sources.sheet import parser

    seen: dict[str, tuple] = {}
    real = parser._resolve

    def watch(d, sheet_country, sheet_others=frozenset()):
        place = real(d, sheet_country, sheet_others)
        seen[fold_starts(d.description)[:60]] = (d, place, sheet_country, sheet_others)
        return place
    parser._resolve = watch
    try:
        for txt, exp_path in sheets(part):
            seen.clear()
            exp, caps = parse_pair(txt, exp_path)
            for cap, hit in zip(exp["captions"], found_in(exp["captions"], [c.record for c in caps])):
                if hit is not None:
                    rec = caps[hit].record
                    got = next((v for k, v in seen.items() for d in descriptions(rec)
                                if fold_starts(d).startswith(k)), None)
                    yield txt, cap, caps[hit], got
    finally:
        parser._resolve = real


def found_in(expected: list[dict], records: list[dict]) -> list[int | None]:
    """For each expected caption, the index of the record whose description starts with its
    `starts` (each record taken once, in order), or None when none does."""
    used: set[int] = set()
    out: list[int | None] = []
    for cap in expected:
        want = fold_starts(cap["starts"])
        hit = next((i for i, r in enumerate(records) if i not in used
                    and any(fold_starts(d).startswith(want) for d in descriptions(r))), None)
        if hit is not None:
            used.add(hit)
        out.append(hit)
    return out


def score_sheet(txt: Path, exp_path: Path, misses: list | None = None) -> Tally:
    from captionist.sources.sheet import parse_sheet_file  # imported late: --help stays fast

    exp = json.loads(exp_path.read_text(encoding="utf-8"))
    t = Tally(captions=len(exp["captions"]), stray_paragraphs=exp["strays"])
    ref = dt.date.fromisoformat(exp["ref_date"]) if exp.get("ref_date") else None
    try:
        records = [c.record for c in parse_sheet_file(txt, lang="auto", ref_date=ref).captions]
    except Exception as e:  # a parse error loses the whole sheet; it is reported, not hidden
        if misses is not None:
            misses.append(f"{txt.name}: parse failed: {type(e).__name__}: {e}")
        return t
    hits = found_in(exp["captions"], records)
    used = {h for h in hits if h is not None}
    for cap, hit in zip(exp["captions"], hits):
        if hit is None:
            if misses is not None:
                misses.append(f"{txt.name}: not found: {cap['starts']!r}")
            continue
        rec = records[hit]
        t.found += 1
        for f in FIELDS:
            if field_right(f, cap.get(f), rec.get(f)):
                t.right[f] += 1
            elif misses is not None:
                misses.append(f"{txt.name}: {cap['starts']!r}: {f} expected {cap.get(f)!r}, got {rec.get(f)!r}")
        if wrong_place(cap, rec):
            t.wrong_places += 1
            if misses is not None:
                misses.append(f"{txt.name}: {cap['starts']!r}: WRONG PLACE {rec.get('cityName')!r}/{rec.get('countryCode')!r}")
    t.strays_taken = len(records) - len(used)
    if misses is not None:
        for i, r in enumerate(records):
            if i not in used:
                misses.append(f"{txt.name}: stray taken as caption: {descriptions(r)[:1]!r}")
    return t


def score(parts=PARTS, misses: list | None = None, match: str | None = None) -> dict:
    """{part: {lang: figures, ..., "total": figures}} over the parts that hold sheets; with
    `match`, only the sheets whose file name the regular expression finds (a group of sheets:
    "-(0[6-9]|10)-" for one blind part)."""
    result = {}
    for part in parts:
        per_lang = {lang: Tally() for lang in LANGS}
        for txt, exp_path in sheets(part):
            if match and not re.search(match, txt.name):
                continue
            lang = txt.name.split("-", 1)[0]
            per_lang.setdefault(lang, Tally()).add(score_sheet(txt, exp_path, misses))
        total = Tally()
        for t in per_lang.values():
            total.add(t)
        if total.captions:
            result[part] = {lang: t.figures() for lang, t in per_lang.items() if t.captions}
            result[part]["total"] = total.figures()
    return result


def table(result: dict) -> str:
    cols = ("captions", "found", "strays_taken", "creditLine", "creatorNames", "cityName",
            "countryCode", "dateCreated", "wrong_places")
    heads = ("n", "found%", "strays(%)", "credit%", "creators%", "city%", "country%", "date%", "wrongPl")
    lines = []
    for part, rows in result.items():
        lines.append(f"== {part} ==")
        lines.append(f"{'lang':<6}" + "".join(f"{h:>12}" for h in heads))
        for lang, fig in rows.items():
            cells = []
            for c in cols:
                v = fig[c]
                cells.append(f"{v}" if c != "strays_taken" else f"{v} ({fig['strays_taken_pct']}%)")
            lines.append(f"{lang:<6}" + "".join(f"{c:>12}" for c in cells))
        lines.append("")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", choices=(*PARTS, "all"), default="all")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", action="store_true", help="list every miss and wrong place")
    ap.add_argument("--match", metavar="REGEX", help="only sheets whose file name matches, e.g. '-(8[1-5]|9[1-5])-'")
    args = ap.parse_args(argv)
    parts = PARTS if args.part == "all" else (args.part,)
    misses: list | None = [] if args.misses else None
    result = score(parts, misses, args.match)
    print(json.dumps(result, indent=2) if args.json else table(result))
    if misses:
        print("\n".join(misses), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
