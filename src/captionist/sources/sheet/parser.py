"""The parser proper: which paragraphs are captions, the two passes, and each caption's
record, warnings and confidence.

1. Each paragraph is cleaned, its credit cut off the end, and its date, place and
   language looked for (`_classify`, giving a `_Draft`), or it is set aside as a
   stray paragraph (headline, intro, "Videos by ...", "Read more ...") with a reason.
2. Facts only the whole sheet can settle are filled in: the country most captions are
   in (to choose between same-named cities) and the year most captions give (for
   "24 February" with no year). Then each draft becomes a record (`_build`) with a
   confidence built up from what was found (credit, date, city) and lowered by what
   had to be guessed.

Paragraphs longer than `_ANALYSE_CHARS` are only analysed on their first part, which
with the bounded patterns of the other modules keeps parsing linear in the sheet's
length.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from captionist.errors import SheetParseError

from .credits import Credit, credit_alone, default_credit, find_credit
from .dates import WEEKDAY_RE, DateFound, add_time, find_date, valid_date
from .gazetteer import city_name, country_name, norm
from .language import LANGS, detect_language, language_counts
from .places import Place, PlaceFacts, find_places, resolve_place
from .text import PLAIN, clean, decode_sheet_bytes, paragraphs

# A caption is never this long; analysing only this much keeps the work per paragraph bounded.
_ANALYSE_CHARS = 3000

# Lines that are never a caption: video credits and read-more links.
_STRAY_START = re.compile(
    r"^\W{0,3}(?:(?:Videos?|Video's|Vidéos?)\s{0,2}(?::|by\b|door\b|von\b|de\b|par\b)|"
    r"(?:Lees ook|Lees meer|Lees verder|Bekijk ook|Read more|Read also|Also read|See also|Watch|"
    r"Lesen Sie auch|Mehr zum Thema|Lire aussi|À lire aussi|A lire aussi)\b)", re.IGNORECASE)
_FINAL_PUNCT = re.compile(r"[.!?…:;][\"'”’)\]]{0,2}$")
_LETTER = re.compile(r"[^\W\d_]")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


@dataclass
class ParsedCaption:
    record: dict
    position: int
    line: int
    warnings: list[str] = field(default_factory=list)
    confidence: float = 0.0
    text: str = ""  # the paragraph as found (cleaned, lines joined)


@dataclass
class StrayParagraph:
    line: int
    text: str
    reason: str
    date: dt.date | None = None  # for a "date heading": the day it sets for the captions below
    # a heading that names its year ("Donderdag 24 februari 2022") dates the captions below
    # that have no date; one without ("Vrijdag 8 april", a live blog's day) only resolves
    # their day names and dates without a year: the pictures under it are often older
    dates_below: bool = False


@dataclass
class SheetResult:
    captions: list[ParsedCaption]
    stray: list[StrayParagraph]
    lang: str
    source_name: str = "<sheet>"
    # about the sheet as a whole, not one caption: bytes that were not UTF-8 ("line 3:
    # byte 0xe9 at offset 57 is not UTF-8 (replaced by U+FFFD)")
    warnings: list[str] = field(default_factory=list)

    @property
    def records(self) -> list[dict]:
        return [c.record for c in self.captions]


def parse_sheet_file(path, **kw) -> SheetResult:
    """Read a sheet from disk: UTF-8 (with or without BOM), else Windows-1252 (see
    `decode_sheet_bytes`); bytes that are not UTF-8 in a UTF-8 file are reported in the
    result's `warnings`."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise SheetParseError(p, f"cannot read: {e.strerror or e}") from e
    warnings: list[str] = []
    text = decode_sheet_bytes(data, where=p, warnings=warnings)
    kw.setdefault("source_name", str(p))
    result = parse_sheet(text, **kw)
    result.warnings[:0] = warnings
    return result


def parse_sheet(text: str, *, lang: str = "auto", ref_date: dt.date | None = None,
                credit_default: str | None = None, source_name: str = "<sheet>") -> SheetResult:
    """Parse a caption sheet into records (see the package and module docstrings)."""
    if not isinstance(text, str):
        raise SheetParseError(source_name, f"expected text, got {type(text).__name__}")
    if lang not in ("auto", *LANGS):
        raise SheetParseError(source_name, f"unsupported language {lang!r} (auto, {', '.join(LANGS)})")
    if isinstance(ref_date, dt.datetime):
        ref_date = ref_date.date()
    text = clean(text)
    forced = lang != "auto"
    sheet_lang = lang if forced else detect_language(text)[0]

    fallback_credit = default_credit(credit_default)

    drafts: list[_Draft] = []
    stray: list[StrayParagraph] = []
    idx = 0
    heading: dt.date | None = None  # the date of the last date heading above
    heading_fills = False
    units = [u for start, lines in paragraphs(text) for u in _split_block(start, lines)]
    attached = list(_attach_credits(units, stray))
    # a sheet of credited captions: from its first credited caption on, half or more are
    credits = [credit is not None or find_credit(par) is not None for _, par, credit in attached]
    after_first = len(credits) - credits.index(True) if any(credits) else 0
    credited_sheet = sum(credits) >= 2 and sum(credits) >= 0.5 * after_first
    for line, par, credit in attached:
        got = _classify(idx, line, par, sheet_lang, forced, heading or ref_date, credit,
                        among=credited_sheet and bool(drafts))
        idx += 1
        if isinstance(got, _Draft):
            got.heading = heading if heading_fills else None
            got.ref_heading = heading
            drafts.append(got)
        else:
            if got.reason == "date heading":
                heading, heading_fills = got.date, got.dates_below
            stray.append(got)

    _set_article_text_apart(drafts, stray)
    stray.sort(key=lambda s: s.line)

    # pass 2: what the sheet as a whole says
    for d in drafts:
        d.place = resolve_place(d.facts, None)
    countries = Counter(d.place.country for d in drafts if d.place.country and not d.place.ambiguous)
    sheet_country = countries.most_common(1)[0][0] if countries else None
    years = Counter(d.date.year for d in drafts if d.date and d.date.year and d.date.how == "absolute")
    sheet_year = years.most_common(1)[0][0] if years else None

    stem = "sheet"
    if source_name and not source_name.startswith("<"):
        stem = Path(source_name).stem or "sheet"
    captions = []
    for pos, d in enumerate(drafts, 1):
        if d.place.ambiguous or (d.place.city is None and d.facts.mentions):
            d.place = resolve_place(d.facts, sheet_country)
        captions.append(_build(d, pos, stem, d.ref_heading or ref_date, sheet_year, fallback_credit))
    return SheetResult(captions, stray, sheet_lang, source_name)


def _split_block(start: int, lines: list[str]) -> Iterable[tuple[int, str, str | None]]:
    """A block may hold several captions without blank lines between them: split
    after every line that ends in a credit, and set video/read-more lines apart. A
    line holding only a credit is its own unit, with a hint for `_attach_credits`:
    the first line of a block credits the lines below it ("next"), a later line the
    lines above it ("prev")."""
    cur, cur_start = [], start
    for k, line in enumerate(lines):
        if _STRAY_START.match(line) and cur:
            yield cur_start, " ".join(cur), None
            cur = []
        if len(lines) > 1 and credit_alone(line) is not None:
            if cur:
                yield cur_start, " ".join(cur), None
                cur = []
            yield start + k, line, "next" if k == 0 else "prev"
            continue
        if not cur:
            cur_start = start + k
        cur.append(line)
        last = k == len(lines) - 1
        if not last and (find_credit(line) is not None and len(" ".join(cur)) > 60
                         or _STRAY_START.match(line)):
            yield cur_start, " ".join(cur), None
            cur = []
    if cur:
        yield cur_start, " ".join(cur), None


def _may_take_credit(par: str, same_block: bool) -> bool:
    """A paragraph that can receive the credit printed above or below it: text with no
    credit of its own, not a read-more line; from another paragraph only a sentence
    (final punctuation, or long), not a headline."""
    if _STRAY_START.match(par.translate(PLAIN)) or len(_LETTER.findall(par[:200])) < 3:
        return False
    if not (same_block or _FINAL_PUNCT.search(par) or len(par.split()) > 12):
        return False
    return find_credit(par) is None


def _attach_credits(units: list[tuple[int, str, str | None]], stray: list[StrayParagraph]):
    """(line, text, credit given by a neighbour) for every unit that is not itself a
    credit alone on its line or paragraph ("VALERY HACHE / AFP", "AFP", "Foto: Name |
    dpa"). Such a credit goes to the caption without credit next to it: below or above
    as its block says ("next"/"prev"), else as the sheet does: a credit with a taker on
    one side only votes for that side, and the majority settles the others (below when
    tied: the usual layout). A credit with no taker is a stray "credit only"."""
    n = len(units)
    alone = [credit_alone(par) if len(par) <= 200 else None for _, par, _ in units]
    can = [alone[j] is None and _may_take_credit(units[j][1], False) for j in range(n)]
    above = below = 0
    for i in range(n):
        if alone[i] is not None and units[i][2] is None:
            prev_ok, next_ok = i > 0 and can[i - 1], i + 1 < n and can[i + 1]
            below += prev_ok and not next_ok
            above += next_ok and not prev_ok
    given: dict[int, Credit] = {}
    for i in range(n):
        if alone[i] is None:
            continue
        hint = units[i][2] or ("next" if above > below else "prev")
        order = (i + 1, i - 1) if hint == "next" else (i - 1, i + 1)
        if units[i][2] is not None:  # the caption in the same block, whatever it looks like
            j = order[0]
            ok = 0 <= j < n and alone[j] is None and units[j][0] != units[i][0] and _may_take_credit(units[j][1], True)
            order = (j,) if ok and j not in given else ()
        else:
            order = tuple(j for j in order if 0 <= j < n and can[j])
        target = next((j for j in order if j not in given), None)
        if target is None:
            stray.append(StrayParagraph(units[i][0], units[i][1], "credit only"))
        else:
            given[target] = alone[i]
    for j, (line, par, _) in enumerate(units):
        if alone[j] is None:
            yield line, par, given.get(j)


_QUOTE_OR_SPEECH = re.compile(
    r"[\"“”„«»]|\b(?:said|says|told|according to|reported|announced|zei|zegt|zeggen|aldus|volgens|meldde|"
    r"meldt|liet weten|sagte|sagt|erklärte|teilte|berichtete|meldete|laut|a déclaré|a dit|affirme|selon|"
    r"déclare|a annoncé|a indiqué|rapporte)\b", re.IGNORECASE)
# a byline or a timestamp line of a pasted article: "Door Marieke de Boer", "By Ada Veen, Reuters"
_BYLINE = re.compile(r"^(?:Door|By|Von|Par|Texte|Tekst|Text)\s{1,2}[A-Z][\w'-]{1,30}(?:\s{1,2}[\w'-]{1,30}){0,4}"
                     r"(?:\s{0,2}[,|]|\s\d|$)")


def _set_article_text_apart(drafts: list, stray: list[StrayParagraph]) -> None:
    """In a sheet whose captions carry credits (a quarter or more of them), a paragraph
    without one that reads like the pasted article (long; three sentences; two with
    reported speech, a quote, or no date of their own but a day name; reported speech
    without a date) is the article's text, not a caption, even when it names a place."""
    credited = sum(1 for d in drafts if d.credit is not None)
    if credited < 1 or credited < 0.25 * len(drafts):
        return
    keep = []
    for d in drafts:
        body = d.description
        sentences = len(_SENTENCE_END.findall(body))
        speech = _QUOTE_OR_SPEECH.search(body) is not None
        undated = d.date is None or d.date.how == "relative"  # "on Thursday": the article's way
        if d.credit is None and (len(body) > 400 or sentences >= 3 or (sentences >= 2 and (undated or speech))
                                 or (undated and speech)):
            stray.append(StrayParagraph(d.line, d.text, "article text"))
        else:
            keep.append(d)
    drafts[:] = keep


# "1. ", "2) ", "(3) ", "#4 " before a caption: picture numbers, not description
_NUMBERING = re.compile(r"^(?:\(?\d{1,2}[.)]|#\d{1,2}[.:]?)\s{1,3}(?=\S)")


def _strip_numbering(body: str, lang: str) -> str:
    m = _NUMBERING.match(body)
    if not m:
        return body
    date = find_date(body[:m.end() + 14], lang, None)  # "1. Mai 2022: ..." is a date, not a number
    if date is not None and date.day == int(re.sub(r"\D", "", m.group(0))):
        return body
    return body[m.end():]


@dataclass
class _Draft:
    line: int
    text: str
    credit: Credit | None
    description: str
    lang: str
    date: DateFound | None
    facts: PlaceFacts
    place: Place | None = None
    heading: dt.date | None = None  # date of the date heading above this caption, when it dates it
    ref_heading: dt.date | None = None  # date of the date heading above, for day names


def _classify(idx: int, line: int, par: str, lang: str, forced: bool, ref: dt.date | None,
              given: Credit | None = None, among: bool = False):
    """A `_Draft` for a caption, or a `StrayParagraph`; `given` is the credit printed on
    its own above or below the paragraph; `among`: the paragraph comes after a caption
    in a sheet whose captions carry credits, where a plain one-sentence description
    without credit, date or place is still a caption (a gallery picture whose credit was
    left off), while before the first caption it is an intro."""
    if _STRAY_START.match(par.translate(PLAIN)):
        low = par.lstrip("\"'“‘ ").casefold()
        return StrayParagraph(line, par, "video credit" if low.startswith("vid") else "read more")
    if len(_LETTER.findall(par[:200])) < 3:
        return StrayParagraph(line, par, "no sentence")
    if len(par) < 120 and _BYLINE.match(par) and find_credit(par) is None and given is None:
        return StrayParagraph(line, par, "byline")
    credit = given or find_credit(par)
    body = par if given else par[:credit.start].rstrip() if credit else par
    words = len(body.split())
    if credit is not None and len(_LETTER.findall(body[:200])) < 3:
        return StrayParagraph(line, par, "credit only")
    if credit is None and len(body) > 700:
        return StrayParagraph(line, par, "intro (long, no credit)")
    if not forced:
        # a caption follows the sheet's language unless its own words clearly say otherwise
        own, margin, counts = language_counts(body, lang, 300)
        cap_lang = own if margin >= 2 or (margin >= 1 and counts[lang] == 0) else lang
    else:
        cap_lang = lang
    stripped = _strip_numbering(body, cap_lang)
    numbered, body = stripped != body, stripped
    head = body[:_ANALYSE_CHARS]
    date = find_date(head, cap_lang, ref)
    if credit is None:
        if 2 <= words <= 20 and not _FINAL_PUNCT.search(body) and (
                date is None or (words <= 15 and _titled(body, date))):
            return StrayParagraph(line, par, "headline")
        if date is not None and not _FINAL_PUNCT.search(body) and _is_date_heading(body, date):
            day = None
            if date.month and date.day:
                year = date.year or (ref.year if ref else None)
                if year and valid_date(year, date.month, date.day):
                    day = dt.date(year, date.month, date.day)
            return StrayParagraph(line, par, "date heading", day, dates_below=date.year is not None)
        if words < 4 or len(body) < 25:
            return StrayParagraph(line, par, "too short")
    facts = find_places(head)
    has_place = bool(facts.mentions or facts.province or facts.country_cued or facts.sublocation)
    if credit is None:
        if not has_place and date is not None and date.how == "relative" and _GALLERY.search(body):
            return StrayParagraph(line, par, "intro")  # "Chaque vendredi, retrouvez les photos ..."
        if date is None and not has_place and not (numbered or among and _one_sentence(body)):
            return StrayParagraph(line, par, "intro" if idx == 0 else "no credit, date or place")
        # an overview ("from Kyiv to Mariupol ...") rather than one picture
        sentences = len(_SENTENCE_END.findall(body))
        distinct = {norm(m.text) for m in facts.mentions}
        if len(distinct) >= 3 or (sentences >= 3 and len(body) > 300):
            return StrayParagraph(line, par, "intro")
    return _Draft(line, par, credit, body, cap_lang, date, facts)


# words of gallery titles and intros: "the best photos", "in Bildern", "Liveblog |"
_GALLERY = re.compile(r"\b(?:photos|pictures|images|foto's|fotos|beelden|bilder|fotoserie|fotostrecke|"
                      r"in beeld|in bildern|en images|liveblog|live ?ticker|en direct)\b", re.IGNORECASE)


_TITLE_STOP = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?…](?=\s)")


def _titled(body: str, date: DateFound) -> bool:
    """A title with a date in it ("Paris 2024, day 15: the best photos", "Liveblog |
    Het laatste nieuws van vrijdag 1 november", "Erdbeben: Die Lage am Sonntag") rather
    than a caption without a full stop."""
    if _TITLE_STOP.search(body):
        return False  # a title has no full stop inside (a German "9. Juli" is no full stop)
    return (date.day is None or date.how == "relative" or "|" in body or ":" in body
            or _GALLERY.search(body) is not None)


def _one_sentence(body: str) -> bool:
    """One plain descriptive sentence in the present, as captions are written: "Spectators
    queue for water in the afternoon heat.", not "Le roi a décrété trois jours de deuil."."""
    return (_FINAL_PUNCT.search(body) is not None and len(_SENTENCE_END.findall(body)) <= 1
            and 4 <= len(body.split()) <= 40 and not _QUOTE_OR_SPEECH.search(body)
            and not _GALLERY.search(body) and not _NEWS_TENSE.search(body))


# perfect and past auxiliaries: news text, where captions describe the picture in the present
_NEWS_TENSE = re.compile(
    r"\b(?:was|were|had|has been|have been|heeft|hebben|werd|werden|waren|hat|haben|wurde|wurden|war|"
    r"(?:a|ont)\s(?:\w{1,12}\s)?\w{2,20}(?:é|i|is|it|u)s?)\b", re.IGNORECASE)


_HEADING_FILLER = frozenset("de den der le la the on op am le du of van".split())


def _is_date_heading(body: str, date: DateFound) -> bool:
    """A paragraph that is (mostly) a date, with or without a day name: "Donderdag 24
    februari 2022", "Thursday, February 24", "Jeudi 24 février 2022"."""
    if date.month is None or date.day is None or len(body) > 60:
        return False
    plain = body.translate(PLAIN)
    rest = plain.replace(date.span.strip(), " ", 1)
    rest = WEEKDAY_RE.sub(" ", rest)
    words = [w for w in re.findall(r"[^\W\d_]+", rest) if w.casefold() not in _HEADING_FILLER]
    return len(words) <= 1


def _build(d: _Draft, pos: int, stem: str, ref: dt.date | None, sheet_year: int | None,
           fallback_credit: Credit | None) -> ParsedCaption:
    """One caption's record, its warnings, and a confidence between 0 and 1: a credit
    counts 0.35 (a default credit 0.15), a full date 0.3 (month only 0.2, year only 0.1,
    year assumed 0.2), a city 0.35 (a country alone 0.15); a relative date or an
    ambiguous place takes some off."""
    warnings: list[str] = []
    score = 0.0
    rec: dict = {"id": f"{stem}-{pos:03d}", "match": {"position": pos}}
    desc = d.description.strip()
    if desc:
        rec["description"] = {d.lang: desc}

    credit = d.credit
    if credit is None:
        if fallback_credit is not None:
            credit = fallback_credit
            warnings.append("no credit (default used)")
            score += 0.15
        else:
            warnings.append("no credit")
    else:
        score += 0.35
    if credit is not None:
        if credit.creators:
            rec["creatorNames"] = list(credit.creators)
        if credit.line:
            rec["creditLine"] = credit.line
        if credit.source:
            rec["source"] = credit.source

    date = d.date
    iso = None
    if date is None and d.heading is not None:
        iso = d.heading.isoformat()
        warnings.append(f"date from heading: {iso}")
        score += 0.2
    elif date is None:
        warnings.append("no date")
    elif date.how == "relative" and date.year is None:
        warnings.append(f"relative date without reference date: {date.span.strip()}")
    elif date.how == "no-year":
        year = ref.year if ref else sheet_year
        if year and valid_date(year, date.month, date.day):
            date.year = year
            add_time(d.description.translate(PLAIN), date)
            warnings.append(f"year assumed: {year}")
            iso = date.iso()
            score += 0.2
        else:
            warnings.append(f"date without year: {date.span.strip()}")
    else:
        iso = date.iso()
        score += {10: 0.3, 7: 0.2, 4: 0.1}.get(len(iso), 0.3)
        if date.how == "relative":
            score -= 0.05
    if iso:
        rec["dateCreated"] = iso

    p = d.place
    loc: dict = {}
    if p.city is not None:
        rec["cityName"] = loc["city"] = city_name(p.city)
    if p.sublocation:
        rec["sublocationName"] = loc["sublocation"] = p.sublocation
    if p.province:
        rec["provinceState"] = loc["provinceState"] = p.province
    if p.country:
        cn = country_name(p.country)
        if cn:
            rec["countryName"] = loc["countryName"] = cn[0]
            rec["countryCode"] = loc["countryCode"] = cn[1]
    if loc:
        order = ("city", "sublocation", "provinceState", "countryName", "countryCode")
        rec["locationsShown"] = [{k: loc[k] for k in order if k in loc}]
    warnings += p.warnings
    if p.city is not None:
        score += 0.35
    elif p.country:
        score += 0.15
        if not p.warnings:
            warnings.append("no city")
    elif not p.warnings:
        warnings.append("no place")
    if p.ambiguous:
        score -= 0.15
    return ParsedCaption(rec, pos, d.line, warnings, round(max(0.0, min(1.0, score)), 2), d.text)
