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
    _NAMING,
    STORM_WORDS,
    TOWN_WORDS,
    PAIR_CUES,
    TOWARD,
    US_STATES_AP,
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
from .placetokens import (_adjective_city, _after, _article_before, _first_name, _person_like, _prev_words,
                          _tokens, product_after, product_before)
from .placepairs import in_town_country, village_pair

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
    toward: bool = False    # "die Autobahn nach Berlin": where someone goes, never the picture's place


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
    near_pairs: list[tuple[str, str]] = field(default_factory=list)   # "X bei Y" with X unknown: (X, Y)

    def likely(self) -> list[PlaceMention]:
        """Mentions written as places (cued, bound, an adjective) or names of towns of 15,000+:
        not every capitalised word that some village is also called ("Der König", Bad König)."""
        return [m for m in self.mentions if m.kind != UNCUED or m.binds or (
            m.primary and not m.initial and max(c["population"] for c in m.cities) >= 15000)]

    @property
    def has_place(self) -> bool:
        return bool(self.likely() or self.province or self.country_cued or self.sublocation)

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
    last_unknown_end = -10     # end of the last unknown name written as a place
    i = 0
    while i < len(tokens):
        s, e, w, elided = tokens[i]
        locates_other = False
        if w[:2] in ("s-", "t-") and w[2:3].isupper() and text[s - 1:s] in "'’" and gz.cities.get(norm(w)):
            prev = _prev_words(tokens, i, text)      # "in 's-Hertogenbosch": the article is part of the name
            kind = CUED if prev[0] in _LOC_CUES else UNCUED
            facts.mentions.append(PlaceMention(text[s - 1:e], gz.cities.get(norm(w)), kind == CUED, True, False, kind))
            last_mention_end = e
            i += 1
            continue
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
        if i and tokens[i - 1][2].casefold() in STORM_WORDS and s - tokens[i - 1][1] == 1:
            i += 1      # "Hurricane Milton", "tempête Ciarán": a storm's name
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
            contracted = False
            if before and before[-1] in CONTRACTED and gz.cities.get(norm(f"{CONTRACTED[before[-1]]} {raw}")):
                raw = f"{CONTRACTED[before[-1]].capitalize()} {raw}"   # "du Bourget" -> Le Bourget
                key = norm(raw)
                contracted = True
            qual = _QUALIFIER.match(text, seg[-1][1])
            qual_region = None
            if qual and gz.cities.get(norm(f"{raw} {qual.group(1)}")):     # "Frankfurt (Oder)"
                raw, key = f"{raw} ({qual.group(1)})", norm(f"{raw} {qual.group(1)}")
                taken.append((qual.start(), qual.end()))
            elif qual:
                qual_region = gz.index.regions(norm(qual.group(1)))    # "Le Plessis-Pâté (Essonne)"
            if prev is None:
                prev = _prev_words(tokens, i, text)
                if contracted and before[-1] in ("au", "aux"):
                    prev = ("à", f"{prev[1]} à")     # "au Plessis-Pâté" is "à Le Plessis-Pâté"
                elif elided and text[s - 2] in "dD":
                    prev = ("de", f"{prev[0]} de")
            article = not contracted and not raw.startswith(("L'", "L’")) and _article_before(text, s, elided)
            after = _after(tokens, i + n - 1, text)
            if s > 0 and len(raw) > 3 and raw.isupper() and prev[0] not in _LOC_CUES:
                break   # a name in capitals mid-caption is a photographer's ("FRANCK FIFE"); a dateline comes first
            if key in gz.province_words and facts.province is None:
                code = gz.province_words[key]
                facts.province = ("UA", code, gz.admin1["UA"][code])
                hit = n
                break
            if n == 1 and w in US_STATES_AP and text[e:e + 1] == "." and text[max(0, s - 2):s] == ", " \
                    and facts.mentions and facts.mentions[-1].binds is None and s - last_mention_end <= 2:
                facts.mentions[-1].binds = ("US", US_STATES_AP[w])     # "St. Petersburg, Fla."
                facts.regions_seen.append(("US", US_STATES_AP[w]))
                hit = 1
                break
            if key in gz.countries:
                a2 = gz.countries[key]
                facts.countries_seen.append(a2)
                # "in Ukraine", "in der Ukraine", or "Medyka, Poland": the country of the place just named
                after_comma = text[max(0, s - 2):s] == ", " and 0 <= s - last_mention_end <= 12
                # "the village of Kapitan Andreevo, Bulgaria": the country of a place the index lacks
                after_unknown = text[max(0, s - 2):s] == ", " and s - last_unknown_end == 2
                toward = DIRECTIONAL.search(text, max(0, s - 12), s) is not None
                if gz.index.country_kind.get(key) == "name" and not toward and (
                        prev[0] in _COUNTRY_CUES or prev[1] in _COUNTRY_CUES2 or after_comma or after_unknown):
                    facts.country_cued = facts.country_cued or a2
                    if after_comma and not after_unknown and facts.mentions and facts.mentions[-1].binds is None:
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
            if not regions and article:
                break   # "à la Fête de l'Humanité": French towns take no small article ("au", "du" aside)
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
            town = prev[1] in _NAMING or prev[0] in TOWN_WORDS     # "le port de Lampedusa", "the town of Corfu"
            island = bool(regions) and (key in gz.islands or prev[0] == "on") and not town
            # "in Kajiado", "van Prevalje": a municipality or county named after its town (a
            # numbered admin unit of the same country) is the town when written as a place
            seat = prev[0] in _LOC_CUES and bool(cities) and any(
                r.code.isdigit() and any(c["countrycode"] == r.country for c in cities) for r in regions)
            if regions and (island or article or not (cities and (max(c["population"] for c in cities) >= 50000
                                                                  or prev[0] in CITY_PREPOSITIONS or town or seat))):
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
            if cities and (product_after(text, seg[-1][1]) or product_before(text, s)):
                hit = n     # "Frankfurter Würstchen", "Brussels sprouts", "moutarde de Dijon": a product
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
                mention = PlaceMention(raw, cities, cued, primary, initial, kind,
                                       locates_other=kind == NEAR and locates_other,
                                       toward=prev[0] in TOWARD and kind == ADJECTIVE)
                if qual_region:
                    mention.binds = next(((r.country, None) for r in qual_region
                                          if any(c["countrycode"] == r.country for c in cities)), None)
                    taken.append((qual.start(), qual.end()))
                pair = village_pair(tokens, i, text, prev, gz) if prev[0] in PAIR_CUES or prev[1] == "près de" \
                    else None
                if pair is not None:    # "Ramsau bei Berchtesgaden": the village, never the town
                    village, here = pair[0], in_town_country(cities, pair[1])
                    mention.kind, mention.locates_other = NEAR, True
                    facts.mentions[:] = [m for m in facts.mentions if norm(m.text) != norm(village)]
                    if here:
                        facts.mentions.append(PlaceMention(village, here, True, any(
                            norm(c["name"]) == norm(village) for c in here), False, CUED))
                    else:
                        facts.near_pairs.append((village, raw))
                facts.mentions.append(mention)
                last_mention_end = seg[-1][1]
                hit = n
                break
            if n == 1 and not elided:
                adj = _adjective_city(w, gz)
                if adj and not product_after(text, e):
                    facts.mentions.append(PlaceMention(w, adj, False, False, False, ADJECTIVE))
                    hit = 1
                    break
        if not hit and len(w) > 2 and norm(w) not in _NOT_PLACE:
            prev = _prev_words(tokens, i, text)
            if (prev[0] in _LOC_CUES and prev[0] not in ("van", "of", "de", "te", "d", "en") or prev[1] in _NAMING) \
                    and len(facts.unknown) < 5 and not _person_like(tokens, i, text, gz):
                facts.unknown.append(w)
                k = i       # the unknown name runs on over touching capitalised words
                while k + 1 < len(tokens) and tokens[k + 1][0] - tokens[k][1] == 1 \
                        and text[tokens[k][1]] in " -" and tokens[k + 1][2][:1].isupper():
                    k += 1
                last_unknown_end = tokens[k][1]
                facts.unknown[-1] = text[s:last_unknown_end]    # the warning names all of it
        i += hit or 1
    return facts


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
    # where someone goes ("nach Berlin") is the place only when the caption names no other one
    # ("Syrians return to Tal Abyad, Syria"; not "den Grenzübergang Świecko ... nach Berlin")
    elsewhere = facts.unknown or facts.near_pairs or any(not m.toward for m in facts.mentions)
    for m in [m for m in others if not (m.toward and elsewhere)] + [m for m in near if not m.locates_other]:
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
    elif len({r[0] for r in facts.regions}) == 1:
        out.country = facts.regions[0][0]      # "over Corfu", "in Bavaria": the region is where it is
    elif len({r[0] for r in facts.regions_seen}) == 1 and not facts.mentions:
        out.country = facts.regions_seen[0][0]     # "the Isles of Scilly", "des Alpes-Maritimes"
    if out.city is None and facts.near_pairs:
        x, y = facts.near_pairs[0]
        out.warnings.append(f"place not recognised: {x} (near {y}; {y} is not where the picture was taken)")
    elif out.city is None and not out.ambiguous:
        unknown = [m.text for m in facts.mentions if m.cued and not m.toward] + facts.unknown
        if unknown:
            out.warnings.append(f"place not recognised: {unknown[0]}")
    return out
