"""Places in captions: finding the names in one caption's text (first pass) and settling
which city, province and country the caption is about (second pass, when the sheet's
main country is known and can pick between same-named cities, e.g. Odesa UA /
Odessa US).

Finding is deliberately cautious: a capitalised word is only a city when the
gazetteer knows it and it is not a common word, a first name or a sentence-initial
capital, unless a cue word ("in", "bij", "near"...) comes before it. The patterns use
bounded quantifiers and the tokens are walked once, so the work stays linear in the
caption's length.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, load_gazetteer, norm

# Words that precede a place: "in Kyiv", "near Kharkiv", "bij Marioepol", "de stad Odesa"
_LOC_CUES = frozenset("in bij nabij near outside at à bei nahe nach from uit van of stad city town "
                      "village dorp stadt ville havenstad port près aus te".split())
# for a country, only words that put the picture there ("troops from Belarus" does not)
_COUNTRY_CUES = frozenset("in bij nabij near outside à en im te across throughout".split())
_LOC_CUES2 = frozenset(("buurt van", "rand van", "outskirts of", "north of", "south of", "east of", "west of",
                        "noorden van", "zuiden van", "oosten van", "westen van", "city of", "town of",
                        "village of", "près de", "ville de", "nähe von", "de stad", "the city", "port of"))
_NOT_PLACE = frozenset(norm(w) for w in (
    "De Het Een The A An In Op On At Foto Photo Photos Bild Beeld Reuters Getty Images AP AFP ANP EPA "
    "President Presidents Russian Russians Ukrainian Ukrainians Rusland Oekraïne Oekraïense Russische "
    "Ukraine Russia Police Politie Troops Soldiers Soldaten Army Leger Maidan Square Street Plein "
    "Donderdag Thursday Donnerstag Jeudi February Februari Februar Février Via Le La Les Der Die Das "
    "Une Un Ein Eine Oblast Region Regio Province Provincie This That These Those Ook Ze Zij Hij "
    "Local Lokale Residents Bewoners Inwoners People Mensen Im Am Au Aux Du Des "
    "Wit Rode Kruis Red Cross Europe Europa NATO Navo Kremlin Poetin Putin Zelensky Zelenski "
    "Station Metro Mayor Burgemeester Minister Black Sea Zwarte Zee").split())

# Real cities that are far more often an ordinary word or a first name: taken only
# after "in", "near"... ("in Reading", "in Sofia"), never on their own.
_WEAK_PLACE = frozenset(norm(w) for w in (
    "Of Van Sur Central North South East West University Green Mobile Reading Nice Split Bar Roman "
    "Victoria Mira Rosa Lena Ada Bo Anna Sofia Maria Marta Elena Olga Alexandria Florence Nancy Hope "
    "Independence Liberty Union Concord Orange Eagle Ivo Boon Veen Sale March Mai Mars Mayo Kort").split())

_POSSESSIVE = re.compile(r"['’]s$")
_CAP_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]{0,40}")
_SUBLOC_WORD = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w'’-]{2,40}(?:plein|straat|laan|gracht|kade|markt|platz|straße|strasse|prospekt)\b")
_SUBLOC_EN = re.compile(
    r"\b(?:[A-Z][\w'’-]{1,30}\s){1,3}(?:Square|Street|Avenue|Boulevard|Prospect|Embankment)\b")
_SUBLOC_FR = re.compile(r"\b[Pp]lace\s(?:de\sla\s|de\sl['’]|du\s|des\s|de\s)?[A-ZÉ][\w'’-]{2,30}")
_MAIDAN = re.compile(r"\bMaidan(?:\s(?:Nezalezhnosti|Nesalezhnosti))?\b|\bМайдан(?:\sНезалежності)?")
_PROVINCE_AFTER = re.compile(
    r"\b(?P<n>[^\W\d_][\w'’ʼ-]{2,30})(?:s['’ʼ]?ka)?\s(?:Oblast|oblast|[Rr]egion|regio|[Pp]rovince|provincie)\b")
_PROVINCE_BEFORE = re.compile(
    r"\b(?:[Oo]blast|[Rr]egion|regio|[Pp]rovince|provincie|région|Gebiet)\s(?:de\s|van\s|of\s|d['’])?"
    r"(?P<n>[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w'’ʼ-]{2,30})")


@dataclass
class PlaceMention:
    text: str
    cities: list[dict]
    cued: bool
    primary: bool           # the written name is the city's main name
    initial: bool = False   # first word of a sentence


@dataclass
class PlaceFacts:
    mentions: list[PlaceMention] = field(default_factory=list)
    province: tuple[str, str, str] | None = None     # (country a2, admin1, name)
    sublocation: str | None = None
    countries_seen: list[str] = field(default_factory=list)
    country_cued: str | None = None
    unknown: list[str] = field(default_factory=list)   # capitalised words after "in", "near"... not in the gazetteer


def _province_from(name: str, gz: Gazetteer) -> tuple[str, str, str] | None:
    """(country, admin1 code, province name) for "<name> Oblast", "region of <name>"..."""
    key = norm(name)
    cands = [c for c in gz.cities.get(key, ()) if c["countrycode"] in gz.admin1]
    if not cands:
        return None
    c = cands[0]
    a2, code = c["countrycode"], c["admin1code"]
    if a2 == "UA" and code == "12":
        code = "13"  # Kyiv Oblast, not the city
    name = gz.admin1.get(a2, {}).get(code)
    return (a2, code, name) if name else None


def find_places(text: str) -> PlaceFacts:
    """Everything one caption says about where it is: a sublocation (square, street),
    a province, the countries named, and each capitalised run of 1-3 words found in
    the gazetteer, with whether a cue word ("in", "bij", "near"...) precedes it."""
    gz = load_gazetteer()
    facts = PlaceFacts()
    taken: list[tuple[int, int]] = []

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in taken)

    for rx in (_MAIDAN, _SUBLOC_EN, _SUBLOC_FR, _SUBLOC_WORD):
        m = rx.search(text)
        if m and not overlaps(m.start(), m.end()):
            if facts.sublocation is None:
                facts.sublocation = m.group().strip()
            taken.append((m.start(), m.end()))
    for rx in (_PROVINCE_AFTER, _PROVINCE_BEFORE):
        for m in rx.finditer(text):
            if overlaps(m.start(), m.end()):
                continue
            prov = _province_from(m.group("n"), gz)
            if prov:
                facts.province = facts.province or prov
                taken.append((m.start(), m.end()))
                break

    tokens = [(m.start(), m.end(), m.group()) for m in _CAP_WORD.finditer(text)]
    i = 0
    while i < len(tokens):
        s, e, w = tokens[i]
        if not w[0].isupper() or overlaps(s, e):
            i += 1
            continue
        hit = 0     # words taken by a province, country or city name
        for n in (3, 2, 1):
            if i + n > len(tokens):
                continue
            seg = tokens[i:i + n]
            if any(not t[2][0].isupper() and t[2] not in ("na", "on", "am") for t in seg[1:]):
                continue
            if any(seg[k + 1][0] - seg[k][1] > 1 for k in range(n - 1)):
                continue
            raw = _POSSESSIVE.sub("", text[seg[0][0]:seg[-1][1]]).rstrip("'’ʼ-")   # "Kiev's" -> "Kiev"
            key = norm(raw)
            if key in gz.province_words and facts.province is None:
                code = gz.province_words[key]
                facts.province = ("UA", code, gz.admin1["UA"][code])
                hit = n
                break
            if key in gz.countries:
                a2 = gz.countries[key]
                facts.countries_seen.append(a2)
                prev = _prev_words(tokens, i, text)
                # "in Ukraine", or "Medyka, Poland": the country of the place just named
                after_comma = text[max(0, s - 2):s] == ", " and i >= 1 and tokens[i - 1][2][:1].isupper()
                if facts.country_cued is None and (prev[0] in _COUNTRY_CUES or after_comma):
                    facts.country_cued = a2
                hit = n
                break
            if n == 1 and key in _NOT_PLACE:
                break
            cities = gz.cities.get(key)
            if cities:
                prev = _prev_words(tokens, i, text)
                cued = prev[0] in _LOC_CUES or prev[1] in _LOC_CUES2
                if not cued and key in _WEAK_PLACE:
                    break
                primary = any(norm(c["name"]) == key for c in cities)
                # a capital at the start of a sentence says nothing ("Reading the news...")
                initial = s == 0 or text[max(0, s - 2):s] in (". ", "! ", "? ", '" ', "' ")
                facts.mentions.append(PlaceMention(raw, cities, cued, primary, initial))
                hit = n
                break
        if not hit and len(w) > 2 and norm(w) not in _NOT_PLACE:
            prev = _prev_words(tokens, i, text)
            if prev[0] in _LOC_CUES and prev[0] not in ("van", "of", "de", "te") and len(facts.unknown) < 5:
                facts.unknown.append(w)
        i += hit or 1
    return facts


def _prev_words(tokens, i: int, text: str) -> tuple[str, str]:
    one = tokens[i - 1][2].casefold() if i >= 1 and tokens[i][0] - tokens[i - 1][1] <= 3 else ""
    two = (tokens[i - 2][2].casefold() + " " + one) if i >= 2 and one else ""
    return one, two


@dataclass
class Place:
    city: dict | None = None
    province: str | None = None
    country: str | None = None      # alpha-2
    sublocation: str | None = None
    warnings: list[str] = field(default_factory=list)
    ambiguous: bool = False


def resolve_place(facts: PlaceFacts, sheet_country: str | None) -> Place:
    """The caption's city, province and country from what `find_places` found: a city
    named in several countries goes to the one the caption (or else the sheet) is
    about; what cannot be settled becomes a warning."""
    out = Place(sublocation=facts.sublocation)
    context = []
    if facts.province:
        context.append(facts.province[0])
    if facts.country_cued:
        context.append(facts.country_cued)
    context += facts.countries_seen
    if sheet_country:
        context.append(sheet_country)

    def pick(m: PlaceMention) -> dict | None:
        """The city meant, or None when the candidates are too close to call."""
        cands = m.cities
        for a2 in context:
            inside = [c for c in cands if c["countrycode"] == a2]
            if inside:
                return inside[0]
        if len({c["countrycode"] for c in cands}) == 1 or len(cands) == 1:
            return cands[0]
        p0, p1 = cands[0].get("population") or 0, cands[1].get("population") or 0
        if p0 >= 20 * max(p1, 1):
            return cands[0]
        return None  # ambiguous

    ordered = [m for m in facts.mentions if m.cued] + [m for m in facts.mentions if not m.cued]
    ambiguous: list[str] = []
    for m in ordered:
        city = pick(m)
        if city is None:
            if m.cued or m.primary:
                names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in m.cities[:4])
                ambiguous.append(f"ambiguous place: {m.text} (candidates {names})")
            continue
        in_context = city["countrycode"] in context
        big = (city.get("population") or 0) >= 50000
        major = (city.get("population") or 0) >= 500000
        if m.cued or in_context or (m.primary and big and (major or not m.initial)):
            out.city = city
            break
    if out.city is None and ambiguous:
        # only worth a warning when no other place in the caption settled it
        out.warnings += ambiguous[:1]
        out.ambiguous = True
    gz = load_gazetteer()
    if out.city is not None:
        out.country = out.city["countrycode"]
        if facts.province and facts.province[0] == out.country:
            out.province = facts.province[2]
        else:
            out.province = gz.admin1.get(out.country, {}).get(out.city["admin1code"])
    elif facts.province:
        out.province, out.country = facts.province[2], facts.province[0]
    elif facts.country_cued:
        out.country = facts.country_cued
    if out.city is None and not out.ambiguous:
        unknown = [m.text for m in facts.mentions if m.cued] + facts.unknown
        if unknown:
            out.warnings.append(f"place not recognised: {unknown[0]}")
    return out
