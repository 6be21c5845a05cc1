"""Credits: finding the credit that closes a caption ("Foto: Ada Veen/ANP",
"(AP Photo/Name)", "REUTERS/Name", "... 2022. Kees Molen/Reuters") and splitting it
into creditLine, creators and source (the agency).

A credit is only looked for in the last `_CREDIT_TAIL` characters of a paragraph and
every pattern uses bounded quantifiers ({2,200}, not + or *), so the work per
paragraph has a fixed ceiling and a sheet is parsed in time linear in its length,
whatever an editor pasted into it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import PLAIN, clean

_CREDIT_TAIL = 320

_AGENCIES = {
    # printed form (casefolded) -> the name used for `source`
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "afp": "AFP",
    "agence france-presse": "AFP", "anp": "ANP", "epa": "EPA", "epa-efe": "EPA-EFE",
    "efe": "EFE", "dpa": "dpa", "belga": "Belga", "getty images": "Getty Images",
    "getty": "Getty Images", "ap images": "AP", "tass": "TASS", "ria novosti": "RIA Novosti",
    "sputnik": "Sputnik", "unian": "UNIAN", "ukrinform": "Ukrinform", "hollandse hoogte": "Hollandse Hoogte",
    "nurphoto": "NurPhoto", "sopa images": "SOPA Images", "lightrocket": "LightRocket",
    "abaca": "ABACA", "imago": "IMAGO", "shutterstock": "Shutterstock", "alamy": "Alamy",
    "pool": "Pool", "anadolu": "Anadolu", "anadolu agency": "Anadolu", "xinhua": "Xinhua",
    "bloomberg": "Bloomberg", "redux": "Redux", "laif": "laif", "picture alliance": "picture alliance",
    "picture-alliance": "picture alliance", "abaca press": "ABACA", "sipa": "SIPA", "sipa press": "SIPA",
}
_ORG_WORDS = frozenset("images image press agency news service services handout pool ministry office "
                       "forces police army department photo photos foto persbureau agentur presse "
                       "collection".split())
_NOT_PERSON = frozenset("file archief archive archiv pool handout stringer ho staff".split())

_LABEL_WORDS = ("Foto's", "Fotos", "Foto", "Photos", "Photographer", "Photograph", "Photo", "Beeld", "Bilder",
                "Bild", "Fotografie", "Fotograaf", "Crédit photo", "Credit", "Crédit")
# Case matters: "Foto:" or "FOTO:" starts a credit, "a photo of her son" does not.
_LABELS = "|".join(re.escape(w) for w in sorted({*_LABEL_WORDS, *(w.upper() for w in _LABEL_WORDS)},
                                                   key=len, reverse=True)) + "|©|\\(c\\)"
# "Foto: X", "Photo by X", "Foto door X", "Bild: X", "Photo : X", "Foto ANP/X"
_CREDIT_LABEL = re.compile(
    r"(?:^|(?<=[\s.!?\"')(\[]))(?:" + _LABELS + r")"
    r"(?:\s{0,2}:\s{0,2}|\s{1,2}(?i:by|door|von|de|par)\s{1,2}|\s(?=[A-Z][\w-]{1,30}(?:[ /]|$))|(?<=©)\s{0,2}(?=[A-Z]))"
    r"(?P<c>[^\n]{2,200}?)\s{0,3}$")
# "(AP Photo/Name)", "(Photo by Name/Agency via Getty Images)", "(Foto: ANP)"
_CREDIT_PAREN = re.compile(r"\((?P<c>[^()\n]{2,200})\)[\s.]{0,4}$")
# "REUTERS/Name", "EPA-EFE/NAME", "AFP PHOTO / NAME", "Reuters/Name" at the very end
_CREDIT_SLASH = re.compile(
    r"(?:^|(?<=[\s.!?\"')]))(?P<c>(?:(?:[A-Z]{2,10}(?:-[A-Z]{2,10})?|Reuters|Getty Images|Anadolu Agency)"
    r"(?:\s(?:Photo|PHOTO|Foto|FOTO))?\s?/\s?){1,3}[^\s/()][^/()\n]{1,80}?)[\s.]{0,3}$")
# "... on 24 February 2022. Kees Molen/Reuters": no label, but a known agency after the slash
_CREDIT_NAME_AGENCY = re.compile(
    r"(?<=[.!?] )(?P<c>[A-Z][^/()\n.!?]{2,60}/\s?(?P<ag>[^/()\n]{2,50}?))[\s.]{0,3}$")


@dataclass
class Credit:
    start: int          # where the credit (with its label/parenthesis) starts in the paragraph
    line: str           # creditLine
    creators: list[str]
    source: str | None


def find_credit(par: str) -> Credit | None:
    """The credit at the end of a paragraph, if any."""
    off = max(0, len(par) - _CREDIT_TAIL)
    tail = par[off:].translate(PLAIN).rstrip()
    if not tail:
        return None
    m = _CREDIT_PAREN.search(tail)
    if m:
        inner = m.group("c").strip()
        lm = _CREDIT_LABEL.match(inner)
        c_start = m.start("c") + (len(m.group("c")) - len(m.group("c").lstrip()))
        if lm:
            inner_credit = lm.group("c")
            c_start += lm.start("c")
        elif "/" in inner or inner.casefold().strip(". ") in _AGENCIES:
            inner_credit = inner
        else:
            inner_credit = None
        if inner_credit:
            parsed = _parse_credit(par[off + c_start:off + m.end("c")], inner_credit)
            if parsed:
                return Credit(off + m.start(), *parsed)
    best = None
    for m in _CREDIT_LABEL.finditer(tail):
        best = m  # the last label wins ("Foto: ... Foto: X" keeps the final one)
    if best is not None:
        c = best.group("c")
        parsed = _parse_credit(par[off + best.start("c"):off + best.end("c")], c)
        if parsed:
            return Credit(off + best.start(), *parsed)
    m = _CREDIT_SLASH.search(tail)
    if m and _slash_credit_ok(m.group("c")):
        parsed = _parse_credit(par[off + m.start("c"):off + m.end("c")], m.group("c"))
        if parsed:
            return Credit(off + m.start(), *parsed)
    # "... in Kyiv on 24 February 2022. Kees Molen/Reuters": no label, but a known agency
    m = _CREDIT_NAME_AGENCY.search(tail)
    if m and _AGENCIES.get(re.split(r"\s(?:via)\s", m.group("ag"))[-1].strip().casefold()):
        parsed = _parse_credit(par[off + m.start("c"):off + m.end("c")], m.group("c"))
        if parsed and parsed[1]:
            return Credit(off + m.start(), *parsed)
    return None


def _slash_credit_ok(c: str) -> bool:
    """"REUTERS/Name" is a credit, "... an emergency NATO/EU meeting." is not: the part
    before the first slash must be a known agency, or every part after it a person's name
    (or agency); and the text after the slash never ends in a lower-case word ("file",
    "pool" and "via ..." aside)."""
    parts = [p.strip() for p in c.strip().rstrip(".").split("/")]
    after = [re.split(r"\s(?:via|through)\s", _FILE_SUFFIX.sub("", p).strip(), flags=re.IGNORECASE)[0].strip()
             for p in parts[1:]]
    after = [p for p in after if p and p.casefold() not in _NOT_PERSON]
    if not after:
        return False
    last = re.findall(r"[^\W\d_][\w'-]*", after[-1])
    if not last or last[-1][:1].islower():
        return False
    key = re.sub(r"\s(?:photo|foto)$", "", parts[0].casefold().strip(" ."))
    if key in _AGENCIES:
        return True
    return all(_looks_like_name(p) or p.casefold() in _AGENCIES for p in after)


def _title_if_caps(name: str) -> str:
    if name.isupper() and len(name) > 3:
        parts = []
        for w in name.split():
            parts.append("-".join(p[:1] + p[1:].lower() for p in w.split("-")))
        return " ".join(parts)
    return name


def _agency_name(part: str) -> str | None:
    key = re.sub(r"\s(?:photo|foto)$", "", part.casefold().strip(" ."))
    if key in _AGENCIES:
        return _AGENCIES[key]
    words = part.split()
    if len(words) == 1 and part.isupper() and 2 <= len(part) <= 10:
        return part
    if any(w.casefold().strip(".,") in _ORG_WORDS for w in words):
        return part.strip()
    return None


_PERSON_SPLIT = re.compile(r"\s{1,3}(?:and|en|und|et|&)\s{1,3}|\s{0,3}[,;]\s{0,3}")
_FILE_SUFFIX = re.compile(r"(?:,\s{0,2}(?:file|archief|archive|archiv|pool|handout|stringer)\b\.?)+$", re.IGNORECASE)
_FOR = re.compile(r"\s(?:for|voor|für|pour)\s", re.IGNORECASE)


_PARTICLES = frozenset("van de der den ten ter von zu du da di le la del dos das bin al el op het".split())


def _looks_like_name(name: str) -> bool:
    """'Ada Veen', 'Lotte van Dam', 'IVO STAM', 'Zoë Müller': capitalised words and particles."""
    words = name.split()
    if not 1 <= len(words) <= 5 or not re.search(r"[^\W\d_]{2}", name):
        return False
    caps = 0
    for w in words:
        if w[:1].isupper():
            caps += 1
        elif w.casefold() not in _PARTICLES:
            return False
    return caps >= 1


def _parse_credit(printed: str, plain: str) -> tuple[str, list[str], str | None] | None:
    """(creditLine, creators, source) from a credit without its label, or None when
    it does not look like a credit."""
    line = printed.strip().strip("()").strip()
    if line.endswith(".") and not re.search(r"\b[A-Z]\.$", line):
        line = line[:-1].rstrip()
    plain = plain.strip().strip("()").strip().rstrip(".").strip()
    if not line or len(line) > 160 or len(plain.split()) > 18:
        return None
    if not re.search(r"[^\W\d_]", plain):
        return None
    if re.search(r"[.!?]\s[A-Z][a-z]{1,20}\s[a-z]{2,20}\s[a-z]", plain):
        return None  # a sentence follows: not a credit
    distributor = None
    head = plain
    vm = list(re.finditer(r"\s(?:via|through|/via)\s", plain, re.IGNORECASE))
    if vm:
        head, distributor = plain[:vm[-1].start()], plain[vm[-1].end():].strip()
        distributor = _AGENCIES.get(distributor.casefold(), distributor) or None
    parts = [p.strip() for p in head.split("/") if p.strip()]
    creators: list[str] = []
    agency = None
    for part in parts:
        part = _FILE_SUFFIX.sub("", part).strip()
        if not part or part.casefold() in _NOT_PERSON:
            continue
        fm = _FOR.search(part)
        if fm:
            person, org = part[:fm.start()], part[fm.end():].strip()
            agency = agency or org
            part = person
        ag = _agency_name(part)
        if ag is not None:
            agency = agency or ag
            continue
        for name in _PERSON_SPLIT.split(part):
            name = name.strip(" .")
            if not name or name.casefold() in _NOT_PERSON:
                continue
            if not _looks_like_name(name):
                continue
            creators.append(_title_if_caps(name))
    source = distributor or agency
    if not creators and not source:
        return None
    return line, creators, source



def default_credit(value: str | None) -> Credit | None:
    """The `credit_default` option as a credit: with or without a label, parsed like a
    caption's own credit where possible, else taken as the credit line as given."""
    if not value or not value.strip():
        return None
    cd = " ".join(clean(value).split())
    m = _CREDIT_LABEL.match(cd.translate(PLAIN))
    inner = cd[m.start("c"):] if m else cd
    parsed = _parse_credit(inner, inner.translate(PLAIN))
    return Credit(0, *parsed) if parsed else Credit(0, inner.strip().strip("()"), [], None)
