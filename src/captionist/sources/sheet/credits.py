"""Credits: finding the credit of a caption ("Foto: Ada Veen/ANP", "(AP Photo/Name)",
"REUTERS/Name", "... 2020. VALERY HACHE / AFP", "AFP" on its own line) and splitting it
into creditLine, creators (people only) and source (the agency or distributor).

The grammar is data: captionist/data/credit_styles.json declares the agencies,
publications, words that make a part an organisation, the introducers ("Foto:",
"Quelle:", "Beeld") and the styles, each a pattern with the check that decides whether
what it matched is a credit. This module only compiles that table and applies it.

A credit is only looked for in the last `_CREDIT_TAIL` characters of a paragraph and
every pattern in the table uses bounded quantifiers ({2,200}, never + or *), so the work
per paragraph has a fixed ceiling and a sheet is parsed in time linear in its length,
whatever an editor pasted into it.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from .creditorgs import club_name, surname_not_source
from .creditinstitution import holder_credit
from .creditgiver import given_out_by, service_photo_by
from .creditparts import drop_rank, looks_like_name as _looks_like_name, org_shape, without_web_address
from .creditkind import drop_kind_note
from .creditplace import drop_place_date
from .text import PLAIN, as_plain, clean, has_three_letters, title_if_caps as _title_if_caps, unwrap_brackets as _unwrap

_CREDIT_TAIL = 320
_ALONE_MAX = 160   # a line or paragraph holding only a credit is never longer

_TABLE = json.loads((Path(__file__).resolve().parents[2] / "data" / "credit_styles.json").read_text("utf-8"))
_AGENCIES: dict[str, str] = _TABLE["agencies"]
_PUBLICATIONS: dict[str, str] = _TABLE["publications"]
_ORG_WORDS = frozenset(_TABLE["organisation_words"])
_NOT_PERSON = frozenset(_TABLE["not_person"])
_PRIVATE = frozenset(_TABLE["private_sources"])

# Case matters: "Foto:" or "FOTO:" starts a credit, "a photo of her son" does not.
_INTRO = "|".join(re.escape(w) for w in sorted({*_TABLE["introducers"], *(w.upper() for w in _TABLE["introducers"])},
                                                 key=len, reverse=True)) + "|©|\\(c\\)"
# Agencies as printed on their own: upper case ("AFP", "REUTERS"), the usual spelling ("Reuters", "dpa"), a compound as keyed ("epd-bild").
_AGENCY = "|".join(re.escape(w) for w in sorted({*(k.upper() for k in _AGENCIES), *_AGENCIES.values(),
                                                   *(k for k in _AGENCIES if "-" in k)}, key=len, reverse=True))
_AGENCY_UP = "|".join(re.escape(k.upper()) for k in sorted(_AGENCIES, key=len, reverse=True))
_ORG_SUFFIXES = tuple(_TABLE["organisation_suffixes"])
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"  # capitals of Latin-1, and Latin Extended-A (Ł, Ś, Ž; its lower case too, rare in names)
_CAPS_NAME = rf"[{_UP}][{_UP}'-]{{1,30}}(?:\s[{_UP}][{_UP}'-]{{1,30}}){{1,3}}"
_FOR_WORDS = "|".join(map(re.escape, _TABLE["for_words"]))
_ID_SUFFIX = re.compile(_TABLE["id_suffix"])
_LEAD_LABEL = re.compile(
    r"(?:" + _INTRO + r")(?:\s{0,2}:\s{0,2}|\s{1,2}(?i:by|door|von|de|par)\s{1,2}|\s(?=[A-Z])|(?<=©)\s{0,2})")
_INTRO_BEFORE = re.compile(r"(?:^|(?<=[\s.!?]))(?:" + _INTRO + r")\s{0,2}:?\s{0,2}[^\n.!?():]{2,80}$")
_YEAR_LEAD = re.compile(r"^(?:©|\(c\)|Copyright)?\s{0,2}(?:19|20)\d\d\s{1,2}")


@dataclass(frozen=True)
class _Style:
    name: str
    at: str           # "end" of a caption, or a line/paragraph "alone"
    check: str        # which test decides that a match is a credit (see _CHECKS)
    pattern: re.Pattern
    last: bool        # the last match in the tail wins ("Foto: ... Foto: X")
    keep_label: bool  # the introducer stays in creditLine ("© 2019 Reuters")
    needs: str = ""   # a string every match holds ("/" of "REUTERS/Name"): the pattern is skipped without it


def _compile(style: dict) -> _Style:
    src = (style["pattern"].replace("{INTRO}", _INTRO).replace("{AGENCY_UP}", _AGENCY_UP).replace("{AGENCY}", _AGENCY)
           .replace("{CAPS_NAME}", _CAPS_NAME).replace("{FOR}", _FOR_WORDS))
    return _Style(style["name"], style["at"], style["check"], re.compile(src), bool(style.get("last")),
                  bool(style.get("keep_label")), style.get("needs", ""))


_STYLES = [_compile(s) for s in _TABLE["styles"]]
_END_STYLES = [s for s in _STYLES if s.at == "end"]
_ALONE_STYLES = [s for s in _STYLES if s.at == "alone"]


@dataclass
class Credit:
    start: int          # where the credit (with its label/parenthesis) starts in the paragraph
    line: str           # creditLine
    creators: list[str]
    source: str | None


@functools.lru_cache(maxsize=4096)  # asked up to four times a paragraph while a sheet is laid out; never changed
def find_credit(par: str) -> Credit | None:
    """The credit at the end of a paragraph, if any: the first style of the table
    whose match passes its check."""
    if _LEADING.match(as_plain(par[:200])):
        return None  # "Foto: Name | dpa Menschen ...": the credit comes first (find_leading_credit)
    off = max(0, len(par) - _CREDIT_TAIL)
    tail = _SOURCE_COMMA.sub(": ", as_plain(par[off:]).rstrip())
    idm = _ID_SUFFIX.search(tail)
    if idm:  # an agency's picture id after the credit is not part of it
        tail = tail[:idm.start()].rstrip()
    if not tail:
        return None
    for style in _END_STYLES:
        if style.needs not in tail:     # ("" is in every tail)
            continue
        m = _last(style.pattern, tail) if style.last else style.pattern.search(tail)
        if m is None:
            continue
        got = _CHECKS[style.check](m, par, off, style)
        if got is not None:
            return got
    return None


def _last(pattern: re.Pattern, tail: str) -> re.Match | None:
    """The last match; a later introducer inside it wins when a sentence ends right before
    it ("Historische Aufnahme: Flößer ..., 1910. Bild: Stadtarchiv Bad Tölz")."""
    m = None
    for m in pattern.finditer(tail):
        pass
    while m is not None and (n := pattern.search(tail, m.start("c") + 1)) and re.search(r"[.!?]\s{1,2}$", tail[:n.start()]):
        m = n
    return m


# "Image source, PA Media" (a broadcaster's page): the comma stands for the colon, same length
_SOURCE_COMMA = re.compile(r"(?<=^Image source),\s|(?<=[.!?)] Image source),\s")

# "Foto: Jonas Keller | dpa Menschen kühlen sich ...": a credit printed before the text on
# the same line, told from the text by the known agency that closes it
_LEADING = re.compile(r"^(?:" + _INTRO + r")\s{0,2}:\s{0,2}(?P<c>(?:[^|/\n.:]{2,60}?\s{0,2}[|/]\s{0,2}){0,2}"
                      r"(?:" + _AGENCY + r"))\s{1,3}(?=[A-ZÀ-ÖØ-Þ\"'])")


def find_leading_credit(par: str) -> tuple[Credit, int] | None:
    """The credit printed before the caption's text on the same line, and where the
    text begins."""
    m = _LEADING.match(as_plain(par[:200]))
    if m is None:
        return None
    parsed = _parse_credit(par[m.start("c"):m.end("c")], m.group("c"))
    return (Credit(0, *parsed), m.end()) if parsed else None


def credit_alone(text: str) -> Credit | None:
    """The credit when a line or paragraph holds nothing else ("VALERY HACHE / AFP",
    "AFP", "Foto: Ada Veen/ANP"), for the caption above or below it."""
    if len(text) > _ALONE_MAX:
        return None
    got = find_credit(text)
    if got is not None:
        return got if not has_three_letters(text[:got.start]) else None
    plain = as_plain(text).strip()
    for style in _ALONE_STYLES:
        m = style.pattern.search(plain)
        if m is not None:
            got = _CHECKS[style.check](m, text.strip(), 0, style)
            if got is not None:
                return got
    return None


_LETTERS = re.compile(r"[^\W\d_]")


def _printed(m: re.Match, par: str, off: int, group: str = "c") -> str:
    return par[off + m.start(group):off + m.end(group)]


def _check_parse(m, par, off, style) -> Credit | None:
    start = m.start("c")
    if m.string[max(0, start - 3):start].casefold() == "de " and (
            "de " + m.group("c").split("/")[0].strip()).casefold() in _PUBLICATIONS:
        start -= 3  # "Beeld de Volkskrant": the "de" is the paper's, not "Photo de Name"'s "by"
    elif _source_name(_PART_SPLIT.split(m.string[m.start():m.end("c")], maxsplit=1)[0]):
        start = m.start()  # "Photo News / Name": the introducer's word begins the agency's name
    parsed = _parse_credit(par[off + start:off + m.end("c")], m.string[start:m.end("c")],
                           keep_label=style.keep_label)
    return Credit(off + m.start(), *parsed) if parsed else None


def _check_enclosed(m, par, off, style) -> Credit | None:
    """"(AP Photo/Name)", "(Photo by X/Getty Images)", "[AFP - Name]": an introducer
    inside, or parts joined by a slash, bar or "via", or an agency alone. "(Kyiv -
    Kharkiv)" is no credit: a spaced dash only separates an agency from a name."""
    if _INTRO_BEFORE.search(m.string[:m.start()]):
        return None  # "Foto: Roel Smit (ANP)": the introducer's credit, parenthesis included
    inner = m.group("c")
    lead = len(inner) - len(inner.lstrip())
    inner = inner.strip()
    lm = _LEAD_LABEL.match(inner) or re.match(r"(?:foto|beeld|photo|bild)\s{0,2}:?\s{1,2}(?=\S)", inner)  # "(foto ANP)"
    if lm:
        lead += lm.end()
        inner = inner[lm.end():]
    elif not ("/" in inner or "|" in inner or re.search(r"\svia\s", inner)
              or _source_name(_FILE_SUFFIX.sub("", inner).strip(". ")) in _KNOWN_SOURCES or holder_credit(inner)
              or (re.search(r"\s-\s", inner) and _agency_name(re.split(r"\s-\s", inner)[0]) in _KNOWN_SOURCES)):
        return None
    start = off + m.start("c") + lead
    parsed = _parse_credit(par[start:off + m.end("c")], inner)
    return Credit(off + m.start(), *parsed) if parsed else None


def _check_known_agency_last(m, par, off, style) -> Credit | None:
    """"... 2022. Kees Molen/Reuters": no introducer, so the last part must be a known
    agency ("X/Reuters", "X / POOL / AFP", "X via Reuters")."""
    parts = without_web_address(re.split(r"\svia\s|/via\s|/", m.group("c")))  # "Name/NTB/via REUTERS"
    ag = _FOR.split(f" {parts[-1].strip()} ")[0].strip()  # "Getty Images for Tribeca": the agency
    if ag.casefold().split("-")[0] not in _AGENCIES and not _person_then_outlet(parts) and not (
            len(parts) == 2 and _source_name(ag) and _looks_like_name(parts[0].strip())):  # "NAME / « LE MONDE »"
        return None
    parsed = _parse_credit(_printed(m, par, off), m.group("c"))
    return Credit(off + m.start(), *parsed) if parsed else None


def _person_then_outlet(parts: list[str]) -> bool:
    """"Lena Brooks/Courier Journal", "Name/PA": an outlet not in the table is still the
    credit's when a full name (two to four capitalised words, no organisation word) or a marker
    ("Handout/Veritas Motors") comes before it and the outlet is an organisation (words, acronym)."""
    if len(parts) != 2:
        return False
    person, outlet = parts[0].strip(), parts[1].strip()
    return ((person.casefold() in _NOT_PERSON or 2 <= len(person.split()) <= 4 and _looks_like_name(person)
             and _agency_name(person) is None)
            and all(w[:1].isupper() for w in outlet.split()) and _agency_name(outlet) is not None)


def _check_slash(m, par, off, style) -> Credit | None:
    if not _slash_credit_ok(m.group("c")):
        return None
    return _check_parse(m, par, off, style)


def _check_agency_only(m, par, off, style) -> Credit | None:
    c = _printed(m, par, off).strip()
    return Credit(off + m.start(), c, [], _source_name(c))


def _check_alone(m, par, off, style) -> Credit | None:
    """A line on its own is a credit when every part is an agency, a person or a marker,
    and it names a known agency or publication, or joins full names with a slash, bar or
    "via": never a mere capitalised phrase ("Kyiv Under Fire", "Kyiv/Kharkiv")."""
    c = m.group("c")
    if len(c.split()) > 10:
        return None
    for part in _PART_SPLIT.split(re.sub(r"\s(?:via|through)\s", "/", c)):
        part = _FILE_SUFFIX.sub("", part.strip()).strip(" .\"")
        if part and not (part.casefold() in _NOT_PERSON or _source_name(part) or _looks_like_name(part)
                         or (len(part.split()) == 1 and part.isupper())):
            return None  # every part an agency, a person or a marker: not prose with a slash
    parsed = _parse_credit(_printed(m, par, off), c)
    if not parsed:
        return None
    line, creators, source = parsed
    if not (re.search(r"[/|]", c) or source in _KNOWN_SOURCES or re.search(r"\svia\s", c)):
        return None
    if source not in _KNOWN_SOURCES and not (creators and all(len(p.split()) >= 2 for p in creators)):
        return None  # "Kyiv/Kharkiv" above a caption is a heading, not two photographers
    return Credit(off + m.start(), line, creators, source)


def _check_for_known(m, par, off, style) -> Credit | None:
    """"Léa Morin pour Le Monde", "Ada Veen for CNN": a name before a known outlet."""
    return _check_parse(m, par, off, style) if _source_name(m.group("o")) else None


_CHECKS = {"for-known": _check_for_known, "parse": _check_parse, "enclosed": _check_enclosed, "known-agency-last": _check_known_agency_last,
           "holder": lambda m, par, off, style: _check_parse(m, par, off, style) if holder_credit(m.group("c")) else None,
           "slash": _check_slash, "agency-only": _check_agency_only, "alone": _check_alone}
_KNOWN_SOURCES = frozenset({*_AGENCIES.values(), *_PUBLICATIONS.values()})


def _slash_credit_ok(c: str) -> bool:
    """"REUTERS/Name" is a credit, "... an emergency NATO/EU meeting." is not: the part
    before the first slash must be a known agency, or every part after it a person's name
    (or agency); and the text after the slash never ends in a lower-case word ("file",
    "pool" and "via ..." aside). "HACHE / AFP" is the end of "VALERY HACHE / AFP", not
    an agency HACHE: an unknown first part before a known agency is refused."""
    parts = [p.strip() for p in c.strip().rstrip(".").split("/")]
    after = [re.split(r"\s(?:via|through)\s", _FILE_SUFFIX.sub("", p).strip(), flags=re.IGNORECASE)[0].strip()
             for p in parts[1:]]
    after = [p for p in after if p and p.casefold() not in _NOT_PERSON]
    key = re.sub(r"\s(?:photo|foto)$", "", parts[0].casefold().strip(" ."))
    if not after:
        return key in _AGENCIES or bool(re.fullmatch(r"[A-Z]{2,6}", parts[0].strip()))  # "EPA/STR", "BTA/Handout"
    last = re.findall(r"[^\W\d_][\w'-]*", after[-1])
    if not last or last[-1][:1].islower():
        return False
    if key in _AGENCIES:
        return True
    if after[-1].casefold() in _AGENCIES:
        return False
    return all(_looks_like_name(p) or p.casefold() in _AGENCIES for p in after)


def _source_name(part: str) -> str | None:
    key = re.sub(r"\s(?:photo|foto)$", "", part.casefold().strip(" .\"'"))
    return _AGENCIES.get(key) or _PUBLICATIONS.get(key)


def _agency_name(part: str) -> str | None:
    """The organisation a credit part names (agency, publication, service, ministry,
    an unknown agency in capitals), or None for what may be a person."""
    known = _source_name(part) or org_shape(part)  # a shape no person's name has (creditparts.py)
    if known:
        return known
    words = part.split()
    if len(words) == 1 and part.isupper() and 2 <= len(part) <= 10:
        return part
    if len(words) == 1 and not part.isupper() and sum(c.isupper() for c in part) >= 3:
        return part.strip()  # "DGzRS", "ESA-CNES-Arianespace": acronyms, not a person's name
    if re.fullmatch(r"(?:[A-Z]{2,6}|The|Het|Die|Der|Das|De)\s[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|-){2,30}", part.strip()) \
            and not part.isupper():
        return part.strip()  # "DRK Dresden": an acronym and its place; "De Beeldunie": an article and a name
    if club_name(part):
        return part.strip()  # "HSC 2000 Coburg", "VfL Wolfsburg": a club (creditorgs.py)
    if re.fullmatch(r"[A-Z]{2,10}\s\d{1,3}", part.strip()):
        return part.strip()  # "SDIS 11": a service and its département number
    if re.search(r"\w\.(?:com|org|net|[a-z]{2})$", part.strip(), re.IGNORECASE) and (
            len(words) == 1 or re.search(r"\w\.(?:com|org|net|[a-z]{2})$", part.strip())):
        return part.strip()  # a web address: "ZEITUNGSFOTO.AT", "Agencja Wyborcza.pl"
    for w in (h for w in words for h in ({w, *w.split("-")} if w[:1].islower() else {w})):  # "garde-côtes" (not "Garde-Meier")
        w = w.casefold().strip(".,\"'()")
        if w in _ORG_WORDS and not surname_not_source(w, words, _PRIVATE) or (len(w) > 6 and w.endswith(_ORG_SUFFIXES)):
            return part.strip().strip("\"").strip()
    return None


# "BELGA PHOTO JULIEN LAMBERT", "ANP DIRK-JAN TEUNISSEN": an agency and a name in one part
_AGENCY_PREFIX = re.compile(r"^(?P<ag>" + _AGENCY_UP + r")(?:\s(?:PHOTO|FOTO|Photo|Foto))?\s{1,2}(?P<rest>\S.{1,60})$")

_PERSON_SPLIT = re.compile(r"\s{1,3}(?:and|en|und|et|&)\s{1,3}|\s{0,3}[,;]\s{0,3}")
_PART_SPLIT = re.compile(r"(?!(?<=\bA)/S\b)\s{0,3}[/|]\s{0,3}|\s-\s")  # "Femern A/S": a Danish company form
_FILE_SUFFIX = re.compile(r"(?:,\s{0,2}(?:file|archief|archive|archiv|pool|handout|stringer)\b\.?)+$", re.IGNORECASE)
_FOR = re.compile(r"\s(?:" + _FOR_WORDS + r")\s", re.IGNORECASE)
# small words inside names of organisations ("Ministry of Defence of the Russian Federation")
_FUNCTION_WORDS = frozenset("of the de du des der die das für van von and et en und la le les del di da via "
                            "for pour voor y i op het on at au aux à d' l' in im".split())

_SUFFIX_DOT = re.compile(r"\s(?:Jr|Sr|JR|SR)\.$")


def _strip_name(name: str) -> str:
    """Spaces and full stops around a name, except the stop of "Jr."/"Sr." (part of it)."""
    name = name.strip()
    return drop_rank(name.strip(" .")) + ("." if _SUFFIX_DOT.search(name) else "")  # "Sgt. Name" (creditparts)


def _one_name_before_agency(part: str, later: list[str]) -> bool:
    """"MOUSSA / AFP": one word in capitals (5+ letters, 2+ vowels: not an acronym,
    not a word of the organisation list) right before a known agency is a photographer
    credited by one name, as AFP prints some."""
    w = part.strip()
    return (len(w.split()) == 1 and w.isupper() and len(w) >= 5 and w.isalpha()
            and sum(c in "AEIOUY" for c in w) >= 2 and w.casefold() not in _ORG_WORDS
            and _source_name(w) is None and w.casefold() not in _NOT_PERSON
            and bool(later) and later[0] in _AGENCIES)


def _single_word_before_full_name(part: str, later: list[str]) -> bool:
    """One capitalised word (not in capitals: "ANP" is handled as an agency) before a part
    that is a first and last name: the organisation of the "Agency / Name" style, since
    people are credited by their full name."""
    if len(part.split()) != 1 or part.isupper() or not part[:1].isupper():
        return False
    return any(len(p.split()) >= 2 and _looks_like_name(p.strip()) and _agency_name(p.strip()) is None
               for p in later)


def _parse_credit(printed: str, plain: str, keep_label: bool = False) -> tuple[str, list[str], str | None] | None:
    """(creditLine, creators, source) from a credit without its label, or None when
    it does not look like a credit. Creators are people only: agencies, publications,
    services, "Handout" and "Pool" are not; unknown is left out rather than guessed."""
    line = _unwrap(printed)
    if line.endswith(".") and not re.search(r"\b[A-Z]\.$", line) and not _SUFFIX_DOT.search(line):
        line = line[:-1].rstrip()
    plain = service_photo_by(_unwrap(plain).strip())  # "U.S. Navy photo by Name" (creditgiver)
    plain = plain if _SUFFIX_DOT.search(plain) else plain.rstrip(".").strip()
    if not keep_label:
        plain = plain.lstrip("©").strip()
    plain = _YEAR_LEAD.sub("", plain)
    if not line or len(line) > 160 or len(plain.split()) > 18:
        return None
    if not _LETTERS.search(plain):
        return None
    if re.search(r"[.!?]\s[A-Z][a-z]{1,20}\s[a-z]{2,20}\s[a-z]", plain):
        return None  # a sentence follows: not a credit
    line, plain = drop_kind_note(*drop_place_date(line, plain))  # "(Schwyz, 16. 2. 2026)", "(Drohnenfoto)"
    plain = re.sub(r"\s{1,2}\(([^()]{2,40})\)$", r"/\1", plain)  # "Roel Smit (ANP)"
    plain = _name_then_outlet(_LICENCE.sub("", plain))
    subs = re.split(r"\s(?:and|en|und|et|&)\s|[;,]\s", plain)
    if len(subs) > 1 and all("/" in sub for sub in subs):
        # "Photos: Ada Veen/AFP and Bo Lind/Reuters", "Fotos: A/dpa, B/dpa": one credit per picture
        got = [_parse_credit(sub, sub) for sub in subs]
        if all(got):
            return (line, [c for g in got for c in g[1]],
                    next((g[2] for g in got if g[2]), None))
    distributor = None
    head = plain
    vm = list(re.finditer(r"\s(?:via|through|/via)\s", plain, re.IGNORECASE))
    if vm:
        head, distributor = plain[:vm[-1].start()], plain[vm[-1].end():].strip()
        if "/" in distributor:  # "Action Images via Reuters/Name": the distributor, then the photographer
            distributor, rest = distributor.split("/", 1)
            head = head + "/" + rest
        distributor = _source_name(distributor) or distributor.strip() or None
    creators: list[str] = []
    agency = None
    person_part = private = False
    parts = _PART_SPLIT.split(head)
    for k, part in enumerate(parts):
        part = _FILE_SUFFIX.sub("", part.strip()).strip().strip("\"").strip()
        part = re.sub(r"\s{1,2}(?:19|20)\d\d$", "", part)  # "© ANP 2023": the year is no name
        if part.casefold() in _PRIVATE:
            private = True  # "Bild: privat", "Photo: family handout": a source, but no one to name
            continue
        if not part or part.casefold() in _NOT_PERSON:
            continue
        lower = [w for w in re.sub(r"\b[dl]'", "", part).split() if w[:1].islower() and w not in _FUNCTION_WORDS]
        if (sum(_LETTERS.search(w) is not None for w in part.split()) > 8 or len(lower) >= 2) and not (_source_name(part) or (
                len(part.split()) <= 6 and _agency_name(part))):  # "archives municipales de Besançon"
            return None  # "dpa Menschen kühlen sich am ...": text, not an organisation's name
        if person_part:
            # "Name/LaPresse/AP", "Name / Nice-Matin": after the photographers come the
            # agencies and publications that sell the picture, never more people
            agency = agency or _source_name(part) or _source_name(_FOR.split(part)[0]) or part
            continue
        pm = _AGENCY_PREFIX.match(part)
        if pm and not _source_name(part) and _looks_like_name(pm.group("rest")):
            agency = agency or _source_name(pm.group("ag"))
            part = pm.group("rest")
        fm = _FOR.search(part)
        if fm and (_source_name(part[:fm.start()]) or org_shape(part[:fm.start()])):  # "Sportsfile for the RFU", "Sportzpics for IPL"
            agency = agency or _source_name(part[:fm.start()]) or part[:fm.start()].strip()
            continue
        if fm and _looks_like_name(part[:fm.start()]) and _agency_name(part[:fm.start()]) is None:
            # "Ada Veen for The Daily Planet"; "Ministerium für Verteidigung" stays whole
            person, org = part[:fm.start()], part[fm.end():].strip().strip("\"").strip()
            agency = agency or _source_name(org) or org
            part = person
        later = [p.strip().casefold() for p in parts[k + 1:]]
        ag = _agency_name(part) or given_out_by(part, parts[k + 1:], _agency_name, _looks_like_name)
        one_name = ag is not None and _one_name_before_agency(part, later)
        if one_name:
            ag = None   # "MOUSSA / AFP": a photographer credited by one name
        if ag is None and _single_word_before_full_name(part, parts[k + 1:]):
            ag = part   # "Amigoe / Ricardo Pieters": a paper's name before its photographer's
        if ag is not None:
            agency = agency or ag
            continue
        for name in _PERSON_SPLIT.split(part):
            name = _strip_name(name)
            if not name or name.casefold() in _NOT_PERSON or not _looks_like_name(name):
                continue
            if not one_name and _agency_name(name) is not None:  # "Remko de Waal, ANP"
                agency = agency or _agency_name(name)
                continue
            if not one_name and len(name.split()) == 1 and not name.isupper() and all(not p or p in _NOT_PERSON for p in later) \
                    and not (agency and (k >= 2 or agency not in _KNOWN_SOURCES)):  # "APA/fotokerschi.at/Name",
                agency = agency or name  # "Stadt Wien/Votava": the photographer; "Kystverket/Handout", "IMAGO/Zoonar": not
                continue
            creators.append(_title_if_caps(name))
            person_part = True
    source = distributor or agency
    if not creators and not source:
        return (line, [], None) if private else None
    return line, creators, source


_LICENCE = re.compile(r"\s{0,2}[,(]?\s{0,2}(?:CC[ -](?:BY|0)[\w .-]{0,16}|public domain|domaine public|gemeinfrei)\)?$",
                      re.IGNORECASE)  # "Name/Wikimedia Commons, CC BY-SA 4.0": a licence is no source
_ROLE = re.compile(r"(?i:(?:staff|senior|chief|freelance|contributing)\s)?(?i:photographer|fotograaf|fotografin|"
                   r"fotograf|photographe|photojournalist|correspondent|contributor)")


def _name_then_outlet(plain: str) -> str:
    """"Ada Veen, USA TODAY Sports" and "Léa Morin. Le Parisien" as "Name/Outlet";
    "Ada Veen, staff photographer" as the name alone (a role is no source)."""
    m = re.fullmatch(r"([^,./]{3,60}?)(?:,|\.)\s{1,2}([^,/]{2,60})", plain)
    if m is None or not _looks_like_name(m.group(1)) or _agency_name(m.group(1)) is not None:
        return plain
    rest = m.group(2).strip()
    if _ROLE.fullmatch(rest):
        return m.group(1)
    if plain[m.end(1)] == "," and _agency_name(rest) is not None or _source_name(rest):
        return f"{m.group(1)}/{rest}"
    return plain


def default_credit(value: str | None) -> Credit | None:
    """The `credit_default` option as a credit: with or without a label, parsed like a
    caption's own credit where possible, else taken as the credit line as given."""
    if not value or not value.strip():
        return None
    cd = " ".join(clean(value).split())
    m = _LEAD_LABEL.match(cd.translate(PLAIN))
    inner = cd[m.end():] if m else cd
    parsed = _parse_credit(inner, inner.translate(PLAIN))
    return Credit(0, *parsed) if parsed else Credit(0, inner.strip().strip("()"), [], None)
