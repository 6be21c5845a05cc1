"""A dateline that opens a caption says where the picture is (issue 9, sheets 71-75):
"Goslar: Besucher ...", "Zwickau - Ein Arbeiter ...", "Schiedam – Een kraan ...",
"GOSLAR (dpa) - ...", "Kigali, Rwanda - ...", "Saint-Claude (Jura) : ...".

A capitalised name of one to three words at the very start of the caption, optionally followed
by ", Country/region", "(Region)" or an agency in brackets, then ":" or a spaced dash, is read
like a name after a positional word ("in Goslar"). It still passes the place gate
(placegate.refusal): it must agree with a country the caption or the sheet names, and a name
of towns in several countries with none named stays blank.

The same dateline printed at the caption's end ("..., Triberg, Mittwoch.") is read alike
(recall20, _mark_tail).

Not a dateline: a country or region alone (the country only, as before), a label that opens
a headline or a block ("Update:", "Video:", "Lees ook:", "Liveblog -"), a speaker before a
quote ("Merz: »Wir ...«", "Macron : « Nous ... »"), a time ("14.30 uur -": not capitalised).
"""

from __future__ import annotations

import functools
import re

from captionist.places.words import CUED, UNCUED

from .dates import MONTH_RE, WEEKDAY_RE
from .gazetteer import load_gazetteer, norm
from .placegerman import region_first
from .placeopening import opening_town

_NAME = r"[^\W\d_][\w'’.-]*"
# the small words inside a town's name that say where it lies ("Linz am Rhein", "Frankfurt an
# der Oder", "Alphen aan den Rijn", "Bergen op Zoom", "Santiago de Chile", "Luján de Cuyo"
# (recall25), "Châlons-en-Champagne" is one word
# already): lower case, but part of the name (recall18)
_LINKS = frozenset("am an der dem im in auf ob bei aan den op sur upon on de del".split())
_LINK = r"(?:am|an der|an|im|in|auf|ob|bei|aan den|aan de|aan|op|sur|upon|on)"
# the date a dateline may carry after the town, in the four languages: "Amiens, le 25
# novembre 2026.", "Zwolle, 3 maart -", "Leeds, March 3 -", "Kiel, 3. März:" (recall18); after
# a date the dateline may also end with a full stop; a numeric date too, day first with one
# separator: "Chemnitz, 28.07.2026:", "Zwolle, 28-07-2026 -", "Leeds, 28/07/2026:" (recall20)
_DAY = (rf"(?i:(?:le |am |on )?[0-3]?\d(?:er|e|st|nd|rd|th)?\.? (?:{MONTH_RE})(?:,? (?:19|20)\d\d)?"
        rf"|(?:{MONTH_RE}) [0-3]?\d(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?"
        r"|(?:le |am |on )?[0-3]?\d(?P<sep>[./-])[01]?\d(?P=sep)(?:19|20)\d\d)")
# a Swiss or German dateline may carry the hour after the date: "Solothurn, 12. Februar 2026,
# 5 Uhr: ...", "Zwolle, 3 maart, 14.30 uur -" (recall23de)
_HOUR = r"(?:,? (?i:(?:um |om |at |à )?[0-2]?\d(?:[.:h][0-5]\d)? ?(?:uhr|uur|h|a\.m\.|p\.m\.)))"
# an opening dateline may also carry a weekday alone (recall22de): "Mayrhofen am Mittwoch: ...",
# "Zwolle, dinsdag -"; a closing one may not ("near Sept-Îles, Que., on Monday." is no dateline
# naming "Que."); a weekday may open a full date too (recall23frnl): "Paimpol
# (Côtes-d'Armor), samedi 22 août 2026."
_WEEKDAY_PLAIN = "|".join(sorted({w for w in re.findall(r"[a-z]+", WEEKDAY_RE.pattern.split("(?P<w>")[1].split(")")[0])},
                                 key=len, reverse=True))
# an archive's dateline carries the year alone: "Cobh, 1912: passengers ...", "Stellendam, 1932 -"
# (recall25); only after a comma, never bare ("Berlin 1989:" may be an event's name)
_DATE = rf"(?:(?i:(?:{_WEEKDAY_PLAIN}),? )?{_DAY}|(?i:(?:am |op |on |le )?{WEEKDAY_RE.pattern})|(?<=, )(?:18|19|20)\d\d)"
_DATELINE = re.compile(
    rf"(?P<name>{_NAME}(?: (?:{_LINK} )?{_NAME}){{0,2}}?)"
    rf"(?:, (?P<where>{_NAME}(?: (?:{_LINK} )?{_NAME}){{0,2}}?)| \((?P<paren>[^()\d]{{2,30}})\))?"
    r"(?: \([A-Za-z-]{2,12}\))?"          # the agency of a wire dateline: "GOSLAR (dpa) -"
    r"(?: (?P<canton>[A-Z]{2}))?"         # a Swiss town's canton: "Sarnen OW:" (cities28, below)
    rf"(?:,? (?P<date>{_DATE}){_HOUR}?)?"
    r"(?(date)(?: ?:| [-–—]|\.)|(?: ?:| [-–—])) (?P<rest>.)")
# labels that open a headline, a block, a link or a live post, in the four languages (normalised,
# places.names.norm): never a place, even where a village somewhere bears the word; also read by
# placeunlisted.py ("BREAKING, Ukraine:" names no village)
PAGE_LABELS = frozenset(norm(w) for w in (
    "update updates updated video videos foto fotos photo photos bild bilder beeld beelden liveblog newsblog "
    "live liveticker newsticker ticker watch related kombo archiefbeeld archivbild archive archiv archief "
    "breaking eilmeldung flash alerte urgent direct quelle source bron lees ook lire aussi read more mehr "
    "zum thema zie ook voir aussi analyse analysis kommentar opinion exclusive exclusief exklusiv recap "
    "overzicht überblick nieuws news nachrichten actualité factbox factcheck file pool handout latest neu "
    "nieuw nouveau dossier focus fokus report reportage interview feature gallery galerie timeline chronik "
    "tijdlijn chronologie").split())
# what a speaker's words open with: a quote mark or a first-person pronoun
_QUOTE_OPEN = "\"'«»„“”‘’‹›"
_SPEAKER_WORDS = frozenset("ich wir i we je nous ik wij we".split())


@functools.lru_cache(maxsize=64)
def _opening(text: str) -> re.Match | None:
    """_DATELINE's match at the start of `text`: read up to three times a caption (name,
    country, Land first), matched once."""
    return _DATELINE.match(text)


def dateline_name(text: str) -> str | None:
    """The place name of the dateline that opens `text`, or None (see the module docstring)."""
    hit = _opening(text)
    if not hit:
        return None
    name = hit.group("name")
    words = name.split()
    if not all(w[:1].isupper() or w in _LINKS for w in words) or not words[-1][:1].isupper() or norm(name) in PAGE_LABELS or norm(words[0]) in PAGE_LABELS:
        return None
    if (canton := hit.group("canton")) and load_gazetteer().cities.get(norm(f"{name} {canton}")):
        name = f"{name} {canton}"     # "Altdorf UR" is a name of its own in GeoNames
    elif canton and not swiss_canton(name, canton):
        return None
    rest = text[hit.start("rest"):]
    first = re.match(r"[\w'’]+", rest)
    if rest[:1] in _QUOTE_OPEN or (first and first.group().casefold() in _SPEAKER_WORDS):
        return None     # "Merz: »Wir schaffen das«": a speaker, not a place
    gz = load_gazetteer()
    if first_town := region_first(name, hit.group("where"), gz):
        return first_town[0]    # "Sachsen, Dresden: ...": the Land first (dpa; placegerman)
    if norm(name) in gz.countries:
        return None     # a country alone gives the country only (dateline_country)
    return name if gz.cities.get(norm(name)) else None     # "Dienstagabend:", "Hitzerekord:"


def swiss_canton(name: str, code: str) -> bool:
    """"Sarnen OW: ...": the Swiss desks' dateline writes the canton's code after the town
    without brackets; only the code of the canton one of the towns so named lies in counts
    (placebound.region_code), so "Paris AG:" or "Bern EU:" open no dateline."""
    from .placebound import region_code
    return any(r.country == "CH" for r in region_code(code, load_gazetteer().cities.get(norm(name))))


def dateline_country(text: str) -> str | None:
    """The country (ISO alpha-2) a caption opening with a country's name and ":" or a dash is
    about ("Frankreich: Bauern blockieren ...", "Belgique - ..."): the country, never a town."""
    hit = _opening(text)
    if not hit or hit.group("where") or hit.group("paren"):
        return None
    gz = load_gazetteer()
    key = norm(hit.group("name"))
    if not hit.group("name")[:1].isupper() or gz.index.country_kind.get(key) != "name":
        return None
    return gz.countries[key]


def mark_dateline(facts, text: str, mention_class):
    """facts (places.PlaceFacts) with the opening dateline's town read as where the picture
    is: its mention becomes cued and positional; a town the finder skipped because it is also
    a region ("Schaffhausen", the canton) is added. `mention_class` is places.PlaceMention
    (passed in: this module is imported by places.py through placeorigin.py)."""
    name = dateline_name(text)
    if name is None:
        facts.country_cued = facts.country_cued or dateline_country(text)
        facts = _mark_tail(facts, text)
        if (name := opening_town(text, load_gazetteer())) is None:    # "Pondichéry sous la pluie" (placeopening)
            return facts
    key = norm(name)
    start = text.find(name)     # 0, or after the Land: "Sachsen, Dresden: ..." (placegerman)
    hit = _opening(text) if start else None
    if first := hit and region_first(hit.group("name"), hit.group("where"), load_gazetteer()):
        return _land_first(facts, first, key, mention_class)
    for m in facts.mentions:
        if norm(m.text) == key and text.startswith(m.text, start):
            m.kind, m.cued, m.placed, m.initial = CUED, True, True, False
            return facts
    cities = [c for c in load_gazetteer().cities.get(key, ()) if c.get("primary") or c.get("newsroom")]
    if cities and not any(norm(m.text).startswith(key) for m in facts.mentions):
        facts.mentions.insert(0, mention_class(name, cities, True, True, False, CUED, placed=True))
    return facts


def _land_first(facts, first, key: str, mention_class):
    """"Sachsen, Dresden: ...": the one town of that name in the Land or country named first is
    where the picture is; with several there ("Bayern, Neustadt: ...") none is, only the country."""
    where, a2, _code, inside = first
    facts.mentions[:] = [m for m in facts.mentions if norm(m.text) != key]
    if len(inside) == 1:
        facts.mentions.insert(0, mention_class(where, inside, True, True, False, CUED, placed=True,
                                               binds=(a2, None)))
    facts.country_cued = facts.country_cued or a2
    return facts


# the dateline some desks print at the END of the caption: "..., Triberg, Mittwoch.", "...,
# Zwolle, 3 maart 2026." (recall20): a name of one or two capitalised words between a comma and
# a comma, then a weekday or a date and the caption's end
_TAIL = re.compile(rf", (?P<name>[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*)?), (?P<when>[^,]{{3,40}}?)\.?\s*$")


def _mark_tail(facts, text: str):
    """facts with the town of a closing dateline (see _TAIL) read as where the picture is: its
    mention, found uncued, becomes cued and placed; it still passes the place gate."""
    hit = _TAIL.search(text)
    if not hit or not hit.group("name")[:1].isupper():
        return facts
    when = hit.group("when")
    if not (WEEKDAY_RE.fullmatch(when) or re.fullmatch(_DAY, when)):
        return facts
    key = norm(hit.group("name"))
    for m in facts.mentions:
        if norm(m.text) == key and text.find(m.text) == hit.start("name") and m.kind == UNCUED:
            m.kind, m.cued, m.placed = CUED, True, True     # as an opening dateline (mark_dateline)
    return facts
