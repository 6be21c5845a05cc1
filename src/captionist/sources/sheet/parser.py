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
length. The place rules of one caption run in `placechain`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from captionist.errors import SheetParseError

from .credits import Credit, default_credit, find_credit, find_leading_credit
from .dates import WEEKDAY_RE, DateFound, add_time, find_date, valid_date
from .gazetteer import country_name, norm
from .placenaming import written_name
from .layout import (BYLINE, FINAL_PUNCT, GALLERY, SENTENCE_END, STRAY_START, attach_credits, date_label,
                     credited_sheet, one_sentence, reads_like_article, split_block, strip_numbering, titled)
from .furniture import page_furniture
from .picturecount import start_counter, without_counter
from .language import LANGS, detect_language, language_counts
from .placecontinent import far_village
from .placecrossing import mark_crossings
from .placebarevillage import bare_village
from .placecamp import camp_named
from .placehome import home_village, sheet_home
from .placemarks import mark_facts
from .placechain import resolve_chain
from .placeresolve import Place
from .placeevidence import sheet_evidence, sheet_towns, track
from .placesheetnamesake import sheet_namesake
from .placeborrowed import borrowed_name
from . import placesheetread
from .placesheetread import Asked, second_unchanged
from .placeabstain import abstain
from .placecountryonly import country_only
from .placebetweenland import between_one_country
from .datedeath import appeal_marker, appeal_warning
from .straybio import caption_surnames, life_story
from .placesymbol import symbolic_marker, symbolic_warning
from .places import PlaceFacts, find_places
from .placevenues import with_venues
from .placevenuetown import mark_venue_towns
from .strayposts import page_post
from .strayboxes import desk_box
from .captionlost import reader_photo_lead, lost_caption_tail
from .straynotes import page_pointer, under_time_line
from .strayshapes import page_shape
from .straykinds import article_kind, figures_title
from .straydesk import desk_stray
from .straynotice import data_source, dated_title, reader_notice, year_background
from .text import PLAIN, as_plain, clean, decode_sheet_bytes, has_three_letters, paragraphs, without_quotes

# A caption is never this long; analysing only this much keeps the work per paragraph bounded.
_ANALYSE_CHARS = 3000


@dataclass
class ParsedCaption:
    record: dict
    position: int
    line: int
    warnings: list[str] = field(default_factory=list)
    confidence: float = 0.0
    text: str = ""  # the paragraph as found (cleaned, lines joined)
    place: Place | None = field(default=None, repr=False, compare=False)   # its writer and evidence (bench/sheet_calibrate.py)


@dataclass
class StrayParagraph:
    line: int
    text: str
    reason: str
    # for a "date heading": the day against which the captions below read their day names and
    # dates without a year; it is no caption's date (the heading dates the post, not the picture)
    date: dt.date | None = None


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
    # a gallery's counter after the credit ("... (AP Photo/X) 1 of 8") is taken off first, so that
    # the credit ends its paragraph (picturecount)
    units = [(start, without_counter(par), hint) for block, lines in paragraphs(text)
             for start, par, hint in split_block(block, lines)]
    unattached: list[tuple[int, str]] = []
    attached = list(attach_credits(units, unattached))
    stray += [StrayParagraph(line, par, "credit only") for line, par in unattached]
    # page furniture and lines that are no sentence do not count against a sheet of credited
    # captions: a live blog holds more of them than captions (strays19)
    has = [credit is not None or find_credit(par) is not None for _, par, credit in attached]
    credited = credited_sheet([c for c, (_, par, _) in zip(has, attached)
                               if c or FINAL_PUNCT.search(par) and not page_furniture(par)])
    for k, (line, par, credit) in enumerate(attached):
        got = _classify(idx, line, par, sheet_lang, forced, heading or ref_date, credit,
                        among=credited and bool(drafts))
        idx += 1
        if isinstance(got, _Draft) and got.credit is None and credited and k and under_time_line(attached[k - 1][1]):
            got = StrayParagraph(line, par, "live post")    # "08:40 GMT" above it (straynotes)
        if isinstance(got, _Draft):
            got.ref_heading = heading
            drafts.append(got)
        else:
            if got.reason == "date heading":
                # a date heading dates the post, not the pictures under it: it reads day names and dates
                # without a year below, and never dates a caption without a date of its own (fields24)
                heading = got.date
            stray.append(got)

    _set_article_text_apart(drafts, stray)
    _set_lead_apart(drafts, stray)
    stray.sort(key=lambda s: s.line)  # "credit only" and "article text" were found out of order

    # pass 2: what the sheet as a whole says
    asked = []      # what each first resolve read of the sheet's other countries (placesheetread)
    for d in drafts:
        # "Rugby :", "in the capital, Kyiv", ...: marked once, the same for both resolves (placemarks)
        mark_facts(d.facts, d.description[:_ANALYSE_CHARS])
        asked.append(Asked())
        d.place = _resolve(d, None, asked[-1])
    countries = Counter(d.place.country for d in drafts if d.place.country and not d.place.ambiguous
                        and not d.place.region_only     # a state alone says where one caption is, not the sheet
                        and not symbolic_marker(d.text))
    sheet_country = countries.most_common(1)[0][0] if countries else None
    sheet_others = frozenset(c for c, n in countries.items() if n >= 2 and c != sheet_country)
    years = Counter(d.date.year for d in drafts if d.date and d.date.year and d.date.how == "absolute")
    sheet_year = years.most_common(1)[0][0] if years else None

    stem = "sheet"
    if source_name and not source_name.startswith("<"):
        stem = Path(source_name).stem or "sheet"
    captions = []
    firsts = [d.place.city for d in drafts]     # each caption's own town, for the evidence (placeevidence)
    towns = sheet_towns(firsts)
    for pos, d in enumerate(drafts, 1):
        own = d.place.country
        if sheet_country and d.facts.mentions:
            # the sheet's country is evidence for every caption that names a place (unless it
            # cannot change the first place: placesheetread)
            if not second_unchanged(d, d.place, asked[pos - 1], sheet_country, sheet_others):
                d.place = _resolve(d, sheet_country, sheet_others)
            elif placesheetread.CHECK:
                assert _resolve(d, sheet_country, sheet_others) == d.place, d.text
            far_village(d.place, d.facts, countries - Counter([own]))     # "bij het dorp Angla" (placecontinent)
        home_village(d.description[:_ANALYSE_CHARS], d.lang, d.facts, d.place, sheet_home(countries, len(drafts)))    # (placehome)
        track(d.place, bare_village, d.description[:_ANALYSE_CHARS], d.lang, d.facts, d.place)    # "in Ossenzijl" (placebarevillage)
        track(d.place, camp_named, d.description[:_ANALYSE_CHARS], d.lang, d.place)    # "kamp X bij Y" (placecamp)
        sheet_evidence(d.place, d.lang, towns, firsts[pos - 1])
        sheet_namesake(d.place, sheet_country, sheet_others)    # a name abroad only by alias (placesheetnamesake)
        borrowed_name(d.place, sheet_country, sheet_others)     # a small US namesake on another country's sheet (placeborrowed)
        abstain(d.place)    # a city whose evidence has not earned it is withheld (placeabstain)
        country_only(d.description[:_ANALYSE_CHARS], d.facts, d.place, sheet_country)    # candidates of one country (placecountryonly)
        between_one_country(d.facts, d.place)    # "between A and B", both of one country (placebetweenland)
        captions.append(_build(d, pos, stem, d.ref_heading or ref_date, sheet_year, fallback_credit))
    return SheetResult(captions, stray, sheet_lang, source_name)


def _set_article_text_apart(drafts: list, stray: list[StrayParagraph]) -> None:
    """When a quarter or more of the captions carry credits, a paragraph without one that
    reads like the pasted article is the article's text, not a caption, even when it
    names a place."""
    credited = sum(1 for d in drafts if d.credit is not None)
    if credited < 1 or credited < 0.25 * len(drafts):
        return
    keep = []
    surnames = caption_surnames(d.description for d in drafts if d.credit is not None)
    for d in drafts:
        # a desk's box ("Squad: ...", "LIVE: ...", "16 h 42 : ...") is no caption either (strayboxes);
        # "Wolters speelde ...", "Né à Pau en 1948, ...": an obituary's or a portrait's text (straybio)
        if d.credit is None and (why := "article text" if reads_like_article(d.description, d.date)
                                 else "desk box" if desk_box(d.description)
                                 else "life story" if life_story(d.description, surnames)
                                 else "article text" if year_background(d.description, d.date)   # (straynotice)
                                 else article_kind(d.description, d.date)):     # an author box, a note ... (straykinds)
            stray.append(StrayParagraph(d.line, d.text, why))
        else:
            keep.append(d)
    drafts[:] = keep


def _set_lead_apart(drafts: list, stray: list[StrayParagraph]) -> None:
    """The gallery's lead: where the captions carry credits (three or more, and three in
    four of the paragraphs below the first), the one or two paragraphs without credit or
    number above the first credited caption sum the gallery up ("Van Emmen tot Willemstad:
    zo werd ...", "Le cyclone ... a tout balayé samedi"); they name places and days like
    captions do, but describe no picture."""
    credited = sum(1 for d in drafts if d.credit is not None)
    if credited < 3:
        return
    lead = next(i for i, d in enumerate(drafts) if d.credit is not None)
    if not 1 <= lead <= 2 or credited < 0.75 * (len(drafts) - lead) \
            or any(_NUMBERED.match(d.text) or start_counter(d.text) for d in drafts[:lead]):
        return
    stray += [StrayParagraph(d.line, d.text, "intro (above the first credited caption)") for d in drafts[:lead]]
    del drafts[:lead]


_NUMBERED = re.compile(r"\s*\d{1,3}[.)]\s")


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
    ref_heading: dt.date | None = None  # date of the date heading above, for day names


def _classify(idx: int, line: int, par: str, lang: str, forced: bool, ref: dt.date | None,
              given: Credit | None = None, among: bool = False):
    """A `_Draft` for a caption, or a `StrayParagraph`; `given` is the credit printed on
    its own above or below the paragraph; `among`: the paragraph comes after a caption
    in a sheet whose captions carry credits, where a plain one-sentence description
    without credit, date or place is still a caption (a gallery picture whose credit was
    left off), while before the first caption it is an intro."""
    if STRAY_START.match(as_plain(par)):
        low = par.lstrip("\"'“‘ ").casefold()
        return StrayParagraph(line, par, "video credit" if low.startswith("vid") else "read more")
    if not has_three_letters(par[:200]):
        return StrayParagraph(line, par, "no sentence")
    if given is None and (kind := page_furniture(par)) is not None:
        return StrayParagraph(line, par, kind)
    if len(par) < 120 and BYLINE.match(par) and find_credit(par) is None and given is None:
        return StrayParagraph(line, par, "byline")
    credit = given or find_credit(par)
    body = par if given else par[:credit.start].rstrip() if credit else par
    if credit is None and (lead := find_leading_credit(par)) is not None:
        credit, body = lead[0], par[lead[1]:]
    words = len(body.split())
    if (shape := page_shape(par, body, credit is not None) or figures_title(par, body, credit, given is not None)) is not None:
        return StrayParagraph(line, par, shape)  # a table ("Bron: KNMI" credits its data), a cut copy, a slug, "... en chiffres" (straykinds)
    if (note := desk_stray(par, body, credit, given is not None, idx == 0)) is not None:
        return StrayParagraph(line, par, note)  # a photographer's note to the desk, a result (straydesk)
    if (note := reader_notice(par, body, credit is not None,
                              credit is not None and not given and data_source(par, credit.start))) is not None:
        return StrayParagraph(line, par, note)  # an appeal, a projection, a fact box (straynotice)
    if credit is None and (post := page_post(body, among)) is not None:
        return StrayParagraph(line, par, post)  # a live blog's timed post, opening hours (strayposts.py)
    if credit is None and page_pointer(body):
        return StrayParagraph(line, par, "page pointer")    # "Résultats ... en page 24." (straynotes)
    lost = lost_caption_tail(body, among) if credit is None else None
    if lost is not None:
        credit, body = lost      # "... Tschechien. ČTK/Jaroslav Kubíček/dpa" (captionlost)
    elif credit is None and (lead := reader_photo_lead(body)) is not None:
        credit = lead       # "Leserfoto von Name aus Town: ..." (captionlost)
    if credit is not None and not has_three_letters(body[:200]):
        return StrayParagraph(line, par, "credit only")
    if credit is None and len(body) > 700:
        return StrayParagraph(line, par, "intro (long, no credit)")
    if not forced:
        # a caption follows the sheet's language unless its own words clearly say otherwise
        own, margin, counts = language_counts(body, lang, 300)
        cap_lang = own if margin >= 2 or (margin >= 1 and counts[lang] == 0) else lang
    else:
        cap_lang = lang
    stripped = strip_numbering(body, cap_lang)
    numbered, body = stripped != body, stripped
    head = body[:_ANALYSE_CHARS]
    date = find_date(without_quotes(head), cap_lang, ref)
    if credit is None and lost is None:
        if 2 <= words <= 20 and not FINAL_PUNCT.search(body) and (
                date is None or (words <= 15 and titled(body, date))
                or dated_title(body, words, date_label(body), idx == 0 or among)):   # (straynotice)
            return StrayParagraph(line, par, "headline")
        if date is not None and not FINAL_PUNCT.search(body) and _is_date_heading(body, date):
            day = None
            if date.month and date.day:
                year = date.year or (ref.year if ref else None)
                if year and valid_date(year, date.month, date.day):
                    day = dt.date(year, date.month, date.day)
            return StrayParagraph(line, par, "date heading", day)
        if words < 4 or len(body) < 25:
            return StrayParagraph(line, par, "too short")
    # venues, landmarks, stations (placevenues.py), "<kind> <Town>" (placevenuetown.py); border crossings, X near Y (placecrossing.py)
    facts = mark_crossings(head, mark_venue_towns(with_venues(head, find_places), head))
    has_place = facts.has_place
    if credit is None:
        if not has_place and date is not None and date.how == "relative" and GALLERY.search(body):
            return StrayParagraph(line, par, "intro")  # "Chaque vendredi, retrouvez les photos ..."
        if date is None and not has_place and not (numbered or among and one_sentence(body)):
            return StrayParagraph(line, par, "intro" if idx == 0 else "no credit, date or place")
        # an overview ("from Kyiv to Mariupol ...") rather than one picture
        sentences = len(SENTENCE_END.findall(body))
        distinct = {norm(m.text) for m in facts.likely()}
        if len(distinct) >= 3 or (sentences >= 3 and len(body) > 300):
            return StrayParagraph(line, par, "intro")
    return _Draft(line, par, credit, body, cap_lang, date, facts)


def _resolve(d: _Draft, sheet_country: str | None, sheet_others: frozenset[str] = frozenset()) -> Place:
    """The draft's place, from the chain of place rules (placechain)."""
    return resolve_chain(d, d.description[:_ANALYSE_CHARS], sheet_country, sheet_others)


_HEADING_FILLER = frozenset("de den der le la the on op am le du of van".split())


def _is_date_heading(body: str, date: DateFound) -> bool:
    """A paragraph that is (mostly) a date, with or without a day name: "Donderdag 24
    februari 2022", "Thursday, February 24", "Jeudi 24 février 2022"."""
    if date.month is None or date.day is None or len(body) > 60:
        return False
    plain = as_plain(body)
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
    if symbol := symbolic_marker(d.text):
        # a symbolic picture shows neither the place nor the day its text names (placesymbol.py)
        warnings.append(symbolic_warning(symbol))
        d.place = Place()
    elif date is not None and (appeal := appeal_marker(d.description)):
        warnings.append(appeal_warning(appeal))    # "Mit diesem Phantombild ... am 14. November" (datedeath)
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
        rec["cityName"] = loc["city"] = written_name(p.city, p.mention, d.lang)
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
    return ParsedCaption(rec, pos, d.line, warnings, round(max(0.0, min(1.0, score)), 2), d.text, p)
