"""Places in captions: finding the names in one caption's text (first pass) and settling
which city, province and country the picture was taken in (second pass, with the
sheet's main country as extra evidence).

Finding is cautious: a capitalised run of words is a place only when the place index
knows it and it is not a common word, part of a person's name ("Olga Kharkiv", a
capital right after another capitalised word), part of a longer name ("Town Hall",
"Shetland Isles") or inside a quotation. Each mention records how it is written: after
a cue ("in X", "bij X", "près d'X"), before a country or region ("X, Sweden",
"Paris, Texas"), as the object of "near"/"north of" ("X, near Kyiv": Kyiv only tells
where X is), as an adjective ("Rotterdamse", "Berliner", "parisien").

Resolving scores every candidate city on that evidence: it must agree with a country
or region the caption binds it to, a bigger place beats a smaller one of the same name,
the specific place beats the one it is near. Below the threshold nothing is written and
the caption gets a warning naming the candidates: a blank is better than a guess.
The patterns use bounded quantifiers and the tokens are walked once, so the work stays
linear in the caption's length.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from captionist.places.words import (  # noqa: F401 - the word tables live with the place service
    CITY_PREPOSITIONS,
    CONTRACTED,
    DIRECTIONAL,
    INSTITUTION_SUFFIXES,
    NAME_ARTICLES,
    UNCUED,
    ADJECTIVE,
    NEAR,
    CUED,
    ANCHORED,
    _ADJ_ENDINGS,
    _ADJ_STEM,
    _ARTICLES,
    _CAP_WORD,
    _COUNTRY_CUES,
    _COUNTRY_CUES2,
    _DEMONYM_ENDINGS,
    _DIRECTIONS,
    _ELIDED,
    _FEATURE_AFTER,
    _FROM_PEOPLE,
    _INNER,
    _ISLAND_BEFORE,
    _LOC_CUES,
    _LOC_CUES2,
    _MAIDAN,
    _NEAR,
    _NOT_PLACE,
    _ORIGIN,
    _ORIGIN2,
    _POSSESSIVE,
    _PROVINCE_AFTER,
    _PROVINCE_BEFORE,
    _QUALIFIER,
    _QUOTED,
    _REGION_AFTER,
    _SUBLOC_EN,
    _SUBLOC_FR,
    _SUBLOC_WORD,
    _WEAK_PLACE,
)

from captionist.places import haversine
from captionist.places.reverse import admin1_name

from .gazetteer import Gazetteer, load_gazetteer, norm, province_from

@dataclass
class PlaceMention:
    text: str
    cities: list[dict]
    cued: bool
    primary: bool           # the written name is the city's main name
    initial: bool = False   # first word of a sentence
    kind: int = UNCUED
    binds: tuple[str, str | None] | None = None   # (country, admin1 or None) written right after it
    locates_other: bool = False   # "X, near Y": Y only says where X is (X known or not)


@dataclass
class PlaceFacts:
    mentions: list[PlaceMention] = field(default_factory=list)
    province: tuple[str, str, str] | None = None     # (country a2, admin1, name)
    sublocation: str | None = None
    countries_seen: list[str] = field(default_factory=list)
    country_cued: str | None = None
    regions: list[tuple[str, str | None]] = field(default_factory=list)   # (country, admin1) the caption is in
    regions_seen: list[tuple[str, str | None]] = field(default_factory=list)  # every region named
    unknown: list[str] = field(default_factory=list)   # capitalised words after "in", "near"... not in the index

    def likely(self) -> list[PlaceMention]:
        """Mentions written as places (cued, bound, an adjective) or names of towns of 15,000+:
        not every capitalised word that some village is also called ("Der König", Bad König)."""
        return [m for m in self.mentions if m.kind != UNCUED or m.binds or (
            m.primary and not m.initial and max(c["population"] for c in m.cities) >= 15000)]

    @property
    def has_place(self) -> bool:
        return bool(self.likely() or self.province or self.country_cued or self.sublocation)

def _tokens(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, elided) for each word; "d'Odessa" gives "Odessa" marked elided."""
    out = []
    for m in _CAP_WORD.finditer(text):
        w, s = m.group(), m.start()
        e = _ELIDED.match(w)
        if e:
            out.append((s + e.end(), m.end(), w[e.end():], True))
        else:
            out.append((s, m.end(), w, False))
    return out


def _adjective_city(word: str, gz: Gazetteer) -> list[dict]:
    """Cities a city adjective stands for: the hand-kept table ("Münchner", "parisien")
    first, else a regular ending taken off ("Rotterdamse" -> Rotterdam, "Bremer" ->
    Bremen), the latter only for cities of 50,000+ where the adjective is common."""
    key = norm(word)
    table = [c for c in gz.cities.get(key, ()) if c.get("adjective")]
    if table:
        return table
    for end, adds in _ADJ_ENDINGS:
        if key.endswith(end) and len(key) - len(end) >= 3:
            for add in adds:
                cands = [c for c in gz.cities.get(key[:-len(end)] + add, ())
                         if (c.get("population") or 0) >= 50000]
                if cands:
                    return cands
    return []


def find_places(text: str) -> PlaceFacts:
    """Everything one caption says about where it is: a sublocation (square, street),
    a province, the countries and regions named, and each capitalised run of 1-3 words
    found in the place index, with how it is written (see the module docstring)."""
    gz = load_gazetteer()
    facts = PlaceFacts()
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

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
            prov = province_from(m.group("n"), gz)
            if prov:
                facts.province = facts.province or prov
                taken.append((m.start(), m.end()))
                break

    tokens = _tokens(text)
    last_mention_end = -10
    i = 0
    while i < len(tokens):
        s, e, w, elided = tokens[i]
        locates_other = False
        if not w[0].isupper() or overlaps(s, e):
            for part in w.casefold().split("-"):
                a2 = gz.countries.get(part) or gz.countries.get(_ADJ_STEM.sub("", part))
                if a2 and len(part) > 4:
                    facts.countries_seen.append(a2)    # "moldauisch-ukrainischen Grenze"
            # French demonyms are written small: "un policier parisien"
            if w.endswith(_DEMONYM_ENDINGS) and not overlaps(s, e):
                adj = [c for c in gz.cities.get(norm(w), ()) if c.get("adjective")]
                if adj:
                    facts.mentions.append(PlaceMention(w, adj, False, False, False, ADJECTIVE))
            i += 1
            continue
        hit = 0     # words taken by a province, country or city name
        prev = None
        for n in (4, 3, 2, 1):
            if i + n > len(tokens):
                continue
            seg = tokens[i:i + n]
            if any(not t[2][0].isupper() and t[2] not in _INNER for t in seg[1:]) or not seg[-1][2][0].isupper():
                continue
            if any(seg[k + 1][0] - seg[k][1] > 1 and not (seg[k][2] in ("St", "Ste", "Mt", "Ft")
                                                          and text[seg[k][1]:seg[k + 1][0]] == ". ")
                   for k in range(n - 1)):
                continue    # words of one name touch, except after "St." ("St. Petersburg")
            raw = _POSSESSIVE.sub("", text[seg[0][0]:seg[-1][1]]).rstrip("'’ʼ-")   # "Kiev's" -> "Kiev"
            key = norm(raw)
            if elided and gz.cities.get(norm(text[s - 2:seg[-1][1]])):     # "L'Haÿ-les-Roses"
                raw = text[s - 2:seg[-1][1]]
                key = norm(raw)
            before = text[max(0, s - 4):s].split()
            if before and before[-1] in CONTRACTED and gz.cities.get(norm(f"{CONTRACTED[before[-1]]} {raw}")):
                raw = f"{CONTRACTED[before[-1]].capitalize()} {raw}"   # "du Bourget" -> Le Bourget
                key = norm(raw)
            qual = _QUALIFIER.match(text, seg[-1][1])
            if qual and gz.cities.get(norm(f"{raw} {qual.group(1)}")):     # "Frankfurt (Oder)"
                raw, key = f"{raw} ({qual.group(1)})", norm(f"{raw} {qual.group(1)}")
                taken.append((qual.start(), qual.end()))
            if prev is None:
                prev = _prev_words(tokens, i, text)
                if elided:
                    prev = ("de", f"{prev[0]} de")
            after = _after(tokens, i + n - 1, text)
            if s > 0 and len(raw) > 3 and raw.isupper() and prev[0] not in _LOC_CUES:
                break   # a name in capitals mid-caption is a photographer's ("FRANCK FIFE"); a dateline comes first
            if key in gz.province_words and facts.province is None:
                code = gz.province_words[key]
                facts.province = ("UA", code, gz.admin1["UA"][code])
                hit = n
                break
            if key in gz.countries:
                a2 = gz.countries[key]
                facts.countries_seen.append(a2)
                # "in Ukraine", "in der Ukraine", or "Medyka, Poland": the country of the place just named
                after_comma = text[max(0, s - 2):s] == ", " and 0 <= s - last_mention_end <= 12
                toward = DIRECTIONAL.search(text, max(0, s - 12), s) is not None
                if gz.index.country_kind.get(key) == "name" and not toward and (
                        prev[0] in _COUNTRY_CUES or prev[1] in _COUNTRY_CUES2 or after_comma):
                    facts.country_cued = facts.country_cued or a2
                    if after_comma and facts.mentions and facts.mentions[-1].binds is None:
                        facts.mentions[-1].binds = (a2, None)
                hit = n
                break
            if n == 1 and w in NAME_ARTICLES and i + 1 < len(tokens) and tokens[i + 1][0] - e == 1 \
                    and tokens[i + 1][2][:1].isupper():
                hit = 2     # "La Laigne" unknown: "Laigne" alone would be another town
                break
            if key in _NOT_PLACE and n > 1:
                hit = n     # "White House", "World Cup": none of its words is a place
                break
            if n == 1 and (len(key) < 3 or key in _NOT_PLACE):
                break
            regions = gz.index.regions(key) if n > 1 or len(key) > 3 else ()
            cities = gz.cities.get(key)
            if n == 1 and "-" in raw and raw.split("-")[1][:1].isupper():
                big = [c for c in gz.cities.get(norm(raw.split("-")[0]), ()) if c["population"] >= 50000]
                if big and (not cities or all(min(haversine(c["latitude"], c["longitude"], b["latitude"],
                                                            b["longitude"]) for b in big) < 30 for c in cities)):
                    # "Amsterdam-Noord", "Berlin-Mitte" (GeoNames' quarter Mitte): the city and a district
                    kind = CUED if prev[0] in _LOC_CUES else UNCUED
                    facts.mentions.append(PlaceMention(raw.split("-")[0], big, kind == CUED, True, False, kind))
                    last_mention_end = e
                    hit = 1
                    break
            # "Paris" is a department too, "Texas" a village in Mexico: the bigger meaning wins
            if regions and not (cities and (max(c["population"] for c in cities) >= 50000
                                            or prev[0] in CITY_PREPOSITIONS)):
                after_comma = text[max(0, s - 2):s] == ", " and 0 <= s - last_mention_end <= 12
                for r in regions[:1]:
                    facts.regions_seen.append((r.country, r.code))
                    if after_comma and facts.mentions and facts.mentions[-1].binds is None:
                        facts.mentions[-1].binds = (r.country, r.code)
                    if prev[0] in _COUNTRY_CUES or prev[0] in _LOC_CUES or after_comma:
                        facts.regions.append((r.country, r.code))
                hit = n
                break
            if cities and (after[1][:1].isupper() and norm(after[1]) in _FEATURE_AFTER
                           or after[1].casefold() in _REGION_AFTER
                           or any(t[2].casefold().replace("’", "'").split("'")[-1] in _ISLAND_BEFORE
                                  for t in tokens[max(0, i - 3):i])):
                hit = n + 1   # "Shetland Isles", "Town Hall", "Aleppo province": not the town
                if i + n < len(tokens):
                    last_mention_end = tokens[i + n][1]   # "... Aleppo province, Syria"
                break
            if cities:
                cued = prev[0] in _LOC_CUES or prev[1] in _LOC_CUES2 or prev[0] in _ORIGIN
                adjective = all(c.get("adjective") for c in cities)    # "Kiewer U-Bahn", "Münchner Fans"
                if n == 1 and not cued and not adjective and (
                        _person_like(tokens, i, text, gz) or _first_name(tokens, i, text, gz)):
                    break
                if not cued and key in _WEAK_PLACE:
                    break
                primary = any(norm(c["name"]) == key for c in cities)
                cities = [c for c in cities if not c.get("adjective")] or cities
                # a capital at the start of a sentence says nothing ("Reading the news...")
                initial = s == 0 or text[max(0, s - 2):s] in (". ", "! ", "? ", '" ', "' ")
                kind = CUED if cued else UNCUED
                if prev[0] in _NEAR or prev[1] in _NEAR:
                    kind = NEAR
                    cue_at = text.rfind(",", max(0, s - 30), s)
                    locates_other = cue_at > 0 and text[cue_at - 1:cue_at].isalpha() and \
                        text[max(0, cue_at - 40):cue_at].split()[-1][:1].isupper()
                elif prev[1] in _FROM_PEOPLE or prev[0] in _ORIGIN or prev[1] in _ORIGIN2 or adjective:
                    kind = ADJECTIVE
                facts.mentions.append(PlaceMention(raw, cities, cued, primary, initial, kind,
                                                   locates_other=kind == NEAR and locates_other))
                last_mention_end = seg[-1][1]
                hit = n
                break
            if n == 1 and not elided:
                adj = _adjective_city(w, gz)
                if adj:
                    facts.mentions.append(PlaceMention(w, adj, False, False, False, ADJECTIVE))
                    hit = 1
                    break
        if not hit and len(w) > 2 and norm(w) not in _NOT_PLACE:
            prev = _prev_words(tokens, i, text)
            if prev[0] in _LOC_CUES and prev[0] not in ("van", "of", "de", "te", "d", "en") \
                    and len(facts.unknown) < 5 and not _person_like(tokens, i, text, gz):
                facts.unknown.append(w)
        i += hit or 1
    return facts


def _person_like(tokens, i: int, text: str, gz: Gazetteer) -> bool:
    """A capitalised word right after another capitalised word that is neither a cue,
    an article nor a place: a surname ("Olga Kharkiv", "Ivan Bucha") or part of a
    longer name ("Town Hall")."""
    if i == 0 or tokens[i][0] - tokens[i - 1][1] != 1 or text[tokens[i - 1][1]] != " ":
        return False
    w = tokens[i - 1][2]
    key = norm(w)
    if not w[0].isupper() or key in _LOC_CUES or key in _ARTICLES or key in _NOT_PLACE \
            or key in _FEATURE_AFTER or key.endswith(INSTITUTION_SUFFIXES) \
            or len(key) > 5 and key.endswith(("se", "sche")):
        return False    # "Universität Greifswald", "Bahnhof Przemyśl", "het Brabantse Oss"
    return key not in gz.countries and not any(c["population"] >= 100000 for c in gz.cities.get(key, ()))


def _first_name(tokens, i: int, text: str, gz: Gazetteer) -> bool:
    """A town name right before a capitalised word that is no place: a first name
    ("Orlando Bloom", "Florence Pugh", "Austin Butler")."""
    if i + 1 >= len(tokens) or tokens[i + 1][0] - tokens[i][1] != 1 or text[tokens[i][1]] != " ":
        return False
    w = tokens[i + 1][2]
    key = norm(w)
    if not w[0].isupper() or key in _NOT_PLACE or key in _FEATURE_AFTER or key in gz.countries:
        return False
    return not any(c["population"] >= 50000 for c in gz.cities.get(key, ())) and not gz.index.regions(key)


def _prev_words(tokens, i: int, text: str) -> tuple[str, str]:
    """The one and two words before token i, articles skipped ("in der Ukraine",
    "dans les Alpes-Maritimes"); a capitalised cue counts only at a sentence start."""
    j = i - 1
    cues = _LOC_CUES | _COUNTRY_CUES
    for skip, before in ((_DIRECTIONS, cues | _ARTICLES), (_ARTICLES, cues)):
        if j >= 1 and tokens[j + 1][0] - tokens[j][1] <= 3 and tokens[j][2].casefold() in skip \
                and tokens[j][0] - tokens[j - 1][1] <= 3 and tokens[j - 1][2].casefold() in before:
            j -= 1
    if j < 0 or tokens[j + 1][0] - tokens[j][1] > 3 or "," in text[tokens[j][1]:tokens[j + 1][0]]:
        return "", ""
    w = tokens[j][2]
    if w[:1].isupper() and not (tokens[j][0] == 0 or text[max(0, tokens[j][0] - 2):tokens[j][0]] in (". ", "! ", "? ")):
        one = ""
    else:
        one = w.casefold()
    two = (tokens[j - 1][2].casefold() + " " + one) if j >= 1 and one else ""
    return one, two


def _after(tokens, i: int, text: str) -> tuple[str, str]:   # the punctuation after token i, the next word
    e = tokens[i][1]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) and tokens[i + 1][0] - e <= 2 else ""
    return text[e:e + 1], nxt


@dataclass
class Place:
    city: dict | None = None
    province: str | None = None
    country: str | None = None      # alpha-2
    sublocation: str | None = None
    warnings: list[str] = field(default_factory=list)
    ambiguous: bool = False


_THRESHOLD = 3.0


def _score(m: PlaceMention, c: dict, binding: list[tuple[str, str | None]], context: list[str],
           sheet: str | None = None) -> float:
    """How sure we are that mention m means city c (the evidence in the module docstring)."""
    pop = c.get("population") or 0
    s = {UNCUED: 0.0, ADJECTIVE: 1.0, NEAR: 1.5, CUED: 2.0, ANCHORED: 2.5}[m.kind]
    if m.binds:
        s += 1.0
    s += min(3.0, max(0.0, math.log10(max(pop, 1)) - 2.7))   # 500 people -> 0, 500,000+ -> 3
    own = [b for b in ([m.binds] if m.binds else binding)]
    if own:
        agree = [b for b in own if b[0] == c["countrycode"]]
        if not agree:
            return -10.0    # "Stockholm, Sweden" never gives a town elsewhere
        s += 2.0
        if any(b[1] and b[1] == c["admin1code"] for b in agree):
            s += 1.0
    elif c["countrycode"] in context:
        s += 2.5
    elif c["countrycode"] == sheet:
        s += 1.5    # picks between namesakes; never between two places the caption names
    if c.get("newsroom"):
        s += 1.0
    elif not c.get("primary") and not c.get("adjective"):   # matched by an alternate name only
        s -= 0.5
    if len({x["countrycode"] for x in m.cities}) == 1:
        s += 1.5 if m.kind >= CUED else 1.0   # one country's place of that name: nothing to confuse it with
    if m.initial and m.kind == UNCUED:
        s -= 1.0
    return s


def resolve_place(facts: PlaceFacts, sheet_country: str | None) -> Place:
    """The caption's city, province and country from what `find_places` found (see the
    module docstring); what cannot be settled becomes a warning naming the candidates."""
    out = Place(sublocation=facts.sublocation)
    binding: list[tuple[str, str | None]] = []
    if facts.country_cued:
        binding.append((facts.country_cued, None))
    binding += [r for r in facts.regions if r[0] == facts.country_cued or facts.country_cued is None]
    if facts.province:
        binding.append((facts.province[0], facts.province[1]))
    context = [*facts.countries_seen, *(b[0] for b in binding), *(r[0] for r in facts.regions_seen)]

    # "X, near Y": Y only locates X; its country binds X ("Marathon, north of Athens")
    near = [m for m in facts.mentions if m.kind == NEAR]
    others = [m for m in facts.mentions if m.kind != NEAR]
    for m in near:
        scored = sorted(((_score(m, c, binding, context, sheet_country), c) for c in m.cities),
                        key=lambda t: -t[0])
        if scored[0][0] >= _THRESHOLD and not binding and (
                len(scored) == 1 or scored[1][0] < scored[0][0] - 1.5):
            binding = [(scored[0][1]["countrycode"], None)]

    choices = []   # (score, city, mention, close rivals)
    # the caption's other unambiguous places say which country it is in ("bij Ede, op weg naar Den Haag")
    for m in facts.mentions:
        if len({c["countrycode"] for c in m.cities}) == 1 and max(c["population"] for c in m.cities) >= 100000:
            context.append(m.cities[0]["countrycode"])
    for m in others + [m for m in near if not m.locates_other]:
        scored = sorted(((_score(m, c, binding, context, sheet_country), c) for c in m.cities),
                        key=lambda t: (-t[0], -(t[1].get("population") or 0)))
        best_s, best = scored[0]
        rivals = [c for s, c in scored[1:] if s > best_s - 1.0 and c["countrycode"] != best["countrycode"]]
        if best["countrycode"] == sheet_country and best_s >= _THRESHOLD:
            best_s = max(_THRESHOLD, _score(m, best, binding, context))   # rank mentions without the sheet
        choices.append((best_s, best, m, rivals))
    # on a tie the place named first wins: captions say where before they say what else
    # where the picture is: the specific place before the one it is near, a cued place before
    # an uncued one, then the better score
    choices.sort(key=lambda t: (t[2].kind == NEAR, t[2].kind < CUED, -t[0]))

    warn = None
    floor = UNCUED      # once a cued place could not be settled, a weaker one is not taken instead
    for s, city, m, rivals in choices:
        if m.kind < floor:
            continue
        if s < _THRESHOLD or (rivals and m.kind in (UNCUED, ADJECTIVE)):
            if warn is None and (m.kind != UNCUED or m.primary) and s > -10:
                names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in [city, *rivals][:4])
                warn = f"ambiguous place: {m.text} (candidates {names})"
            if m.kind >= CUED and s > -10:
                floor = CUED
            continue
        if rivals and len(rivals) >= 1 and (rivals[0].get("population") or 0) * 20 > (city.get("population") or 0):
            names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in [city, *rivals][:4])
            warn = warn or f"ambiguous place: {m.text} (candidates {names})"
            if m.kind >= CUED:
                floor = CUED
            continue
        out.city = city
        break
    if out.city is None and warn:
        out.warnings.append(warn)
        out.ambiguous = True
    if out.city is not None:
        out.country = out.city["countrycode"]
        if facts.province and facts.province[0] == out.country:
            out.province = facts.province[2]
        else:
            out.province = admin1_name(out.country, out.city["admin1code"])
    elif facts.province:
        out.province, out.country = facts.province[2], facts.province[0]
    elif facts.country_cued:
        out.country = facts.country_cued
    elif len({r[0] for r in facts.regions_seen}) == 1 and not facts.mentions:
        out.country = facts.regions_seen[0][0]     # "the Isles of Scilly", "des Alpes-Maritimes"
    if out.city is None and not out.ambiguous:
        unknown = [m.text for m in facts.mentions if m.cued] + facts.unknown
        if unknown:
            out.warnings.append(f"place not recognised: {unknown[0]}")
    return out
