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

Resolving (placeresolve.py) scores every candidate city on that evidence: it must agree with a country
or region the caption binds it to, a bigger place beats a smaller one of the same name,
the specific place beats the one it is near. Below the threshold nothing is written and
the caption gets a warning naming the candidates: a blank is better than a guess.
The patterns use bounded quantifiers and the tokens are walked once: linear in the caption's length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from captionist.places.words import (  # noqa: F401 - the word tables live with the place service
    CITY_PREPOSITIONS, CONTRACTED, DIRECTIONAL, INSTITUTION_SUFFIXES, NAME_ARTICLES, OCEANS,
    UNCUED, ADJECTIVE, POSITIONAL, NEAR, CUED, ANCHORED,
    _ADJ_ENDINGS, _ADJ_STEM,
    _ARTICLES,
    _CAP_WORD,
    _COUNTRY_CUES, _COUNTRY_CUES2,
    _DEMONYM_ENDINGS,
    _DIRECTIONS,
    _ELIDED,
    _FEATURE_AFTER,
    _FROM_PEOPLE,
    _ISLAND_BEFORE,
    _NAMING,
    CLUB_WORDS,
    FEATURE_OF,
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
    _ORIGIN2, SEEN_FROM,
    _POSSESSIVE,
    _PROVINCE_AFTER,
    _PROVINCE_BEFORE,
    _QUALIFIER,
    _REGION_AFTER,
    _SUBLOC_EN,
    _SUBLOC_FR,
    _SUBLOC_WORD, _WEAK_PLACE,
)

from captionist.places import haversine

from .captionwords import caption_words
from .gazetteer import Gazetteer, load_gazetteer, norm, province_from
from .placetokens import (_BETWEEN, _adjective_city, _after, _appositive, _article_before, _between, _first_name,
                          _in_name, _name_follows, _person_like, _prev_words, _route_end, named_before, nl_de_article,
                          product_after, product_before, COMPASS)
from .placeorigin import coded_first, country_after, mark_origins, noun_origin, one_region, body_country
from .placeunknownslot import mark_unknown_slot
from .placepairs import in_town_country, village_pair
from .placecountryalone import joined_country
from .placecompound import compound_town
from .placewholename import whole_named
from .placearabic import ends_name, inner_word
from .placejoiners import joined, joiner
from .placebound import region_code
from .placevenuename import venue_named
from .placeformer import former_of
from .placetwin import twin_named
from .placefirm import named_thing
from .placeweather import condition_noun
from .placegerman import genitive_city, keeps_elided_article, qualifier_country, region_compound
from .placeunitcomma import unknown_then_country
from .placeworldregion import world_region_spans
from .placeclues import (adjective_placed, after_dish, cyrillic_respelling, french_demonym_city, island_named,
                         names_water, near_locates_named, right_after_comma, small_country, town_adjective,
                         town_spelled_so, us_town_named_like_country as _us_town, works_before)

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
    between: bool = False   # "die Brücke zwischen Guben und Gubin": one end of a border or route
    demonym: bool = False   # read from an adjective or demonym ("Münchner", "parisien", "Rotterdamse")
    placed: bool = False    # written after a positional word ("am Tegernsee", "in Bouillon")
    water: bool = False     # "am Tegernsee", "op de Dam": the lake or square, not the town of that name
    origin: bool = False    # "eine Frau aus Essen", "fled from Kharkiv": where someone comes from
    cue: tuple[str, str] = ("", "")   # the one and two words before it (articles skipped)
    in_name: bool = False   # "the Congress of Vienna", "players of Paris Saint-Germain": part of another name
    person: bool = False    # "Le nancéien Hugo Ferry", "Eisenacher Abwehrspieler": a person's or team's home
    faced: bool = False     # "across the water from X", "within sight of X": the far shore (placeacross.py)
    unknown_slot: str | None = None   # only says where a place the index lacks lies (placeunknownslot.py)
    facility: str | None = None   # "am Flughafen Stuttgart": an airport outside it (placeairport.py)


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
    table = caption_words(text)     # the words and quotations, read once for every rule (captionwords.py)
    taken: list[tuple[int, int]] = list(table.quoted) + world_region_spans(text, gz)    # "Midden-Amerika"

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

    tokens = table.tokens
    # per token, once: may it stand inside a name ("al-", "de") and end one (runs of 4..1 words)
    inner = [t[2][0].isupper() or inner_word(t[2]) or joiner(t[2]) for t in tokens]   # placejoiners: "do", "van"
    ends = [ends_name(t[2]) for t in tokens]
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
                if len(part) > 4 and (a2 := small_country(part, gz)):
                    facts.countries_seen.append(a2)    # "moldauisch-ukrainischen Grenze"
            # French demonyms are written small: "un policier parisien"
            if w.endswith(_DEMONYM_ENDINGS) and not overlaps(s, e) and not after_dish(text, s):
                adj = [c for c in gz.cities.get(norm(w), ()) if c.get("adjective")] or (
                    not product_before(text, s) and french_demonym_city(w, gz))
                if adj:
                    facts.mentions.append(PlaceMention(w, adj, False, False, False, ADJECTIVE, demonym=True))
            i += 1
            continue
        if skip := named_thing(tokens, i, text):
            i += skip   # "Hurricane Milton", "Tata Steel", "Brussels Airlines": a storm's or firm's name
            continue
        if norm(w) in CLUB_WORDS and i + 1 < len(tokens) and tokens[i + 1][0] - e == 1 and text[e] == " " \
                and tokens[i + 1][2][:1].isupper() and norm(tokens[i + 1][2]) not in _NOT_PLACE:
            i += 2      # "Union Berlin", "Eintracht Frankfurt": a club
            continue
        if norm(w) in CLUB_WORDS and w != "Stade" and i + 1 < len(tokens) and (
                tokens[i + 1][3] and text[e:tokens[i + 1][0]] in (" d'", " d’")
                or i + 2 < len(tokens) and text[e:tokens[i + 2][0]] == " de " and tokens[i + 2][2][:1].isupper()):
            i += 2 if tokens[i + 1][3] else 3    # "l'Olympique de Marseille", "Sporting de Lisbonne": a club
            continue
        if joined_country(w, facts, tokens, i, text, gz):   # "the Serbian-Hungarian border", "Noord-Frankrijk"
            i += 1
            continue
        hit = 0     # words taken by a province, country or city name
        prev = said = None      # said: the words before, as _prev_words reads them (prev may be adjusted)
        lead = named_before(text, s)    # the same for every run of words tried from here
        before = [w.casefold() if w in ("Au", "Aux") else w for w in text[max(0, s - 4):s].split()]   # "Au Grau-du-Roi"
        for n in (4, 3, 2, 1):
            if i + n > len(tokens):
                continue
            seg = tokens[i:i + n]
            if not ends[i + n - 1] or not all(inner[i + 1:i + n]):
                continue
            if any(seg[k + 1][0] - seg[k][1] > 1 and not (seg[k][2] in ("St", "Ste", "Mt", "Ft")
                                                          and text[seg[k][1]:seg[k + 1][0]] == ". ")
                   and not (seg[k + 1][3] and text[seg[k][1]:seg[k + 1][0]] in (" d'", " d’"))
                   for k in range(n - 1)):
                continue    # words of one name touch, except after "St." ("St. Petersburg")
            raw = _POSSESSIVE.sub("", text[seg[0][0]:seg[-1][1]]).rstrip("'’ʼ-")   # "Kiev's" -> "Kiev"
            key = norm(raw)
            # "L'Haÿ-les-Roses": the article is part of the name only when a place is called so by
            # its own name ("d'Albi" is Albi, not Dalby, which GeoNames also spells "Dalbi")
            if elided and keeps_elided_article(gz.cities.get(norm(text[s - 2:seg[-1][1]])), gz.cities.get(key)):
                raw = text[s - 2:seg[-1][1]]
                key = norm(raw)
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
                qual_region = gz.index.regions(norm(qual.group(1))) or region_code(qual.group(1), gz.cities.get(key))
            if prev is None:
                prev = said = _prev_words(tokens, i, text)
                if contracted and before[-1] in ("au", "aux"):
                    prev = ("à", f"{prev[1]} à")     # "au Plessis-Pâté" is "à Le Plessis-Pâté"
                elif contracted and before[-1] in ("du", "des"):
                    prev = ("de", f"{prev[1].split()[0]} de" if prev[1] else "de")   # "près du Locle"
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
            if lead == "region":
                # "in de provincie Idlib", "County Galway": a region named like a town or a country
                named = {c["countrycode"] for m in facts.mentions for c in m.cities}
                facts.regions += sorted(((r.country, r.code) for r in gz.index.regions(key)),
                                        key=lambda r: r[0] not in named)[:1]
                hit = n
                break
            if lead == "feature":
                hit = n     # "the Strait of Malacca": the water, not the town
                break
            if key in gz.countries and after[1][:1].isupper() and norm(after[1]) in _FEATURE_AFTER \
                    and text[seg[-1][1]:seg[-1][1] + 1] == " ":
                hit = n + 1     # "the Jordan Valley", "the Jordan River": the feature, not the country
                break
            if key in gz.countries and not _us_town(text, seg[-1][1], key, gz) \
                    and not town_spelled_so(raw, key, gz):     # "Lebanon, N.H."; "Mação" is no Macao
                a2 = gz.countries[key]
                facts.countries_seen.append(a2)
                # "in Ukraine", "in der Ukraine", or "Medyka, Poland": the country of the place just named
                after_comma = right_after_comma(text, s, last_mention_end)
                # "the village of Kapitan Andreevo, Bulgaria": the country of a place the index lacks
                after_unknown = unknown_then_country(text, last_unknown_end, s)     # "X district, Nepal"
                toward = DIRECTIONAL.search(text, max(0, s - 12), s) is not None
                # "tussen Nederland en België", "between Poland and Belarus": a border, not where it is
                toward = toward or _BETWEEN.search(text, max(0, s - 40), s) is not None or body_country(text, s)
                state = _state_named_like(key, facts, after_comma, gz)
                if state:       # "Atlanta, Georgia": the US state, not the country
                    facts.countries_seen.pop()
                    facts.mentions[-1].binds = state
                    facts.regions_seen.append(state)
                elif gz.index.country_kind.get(key) == "name" and not toward and (
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
            if (key in _NOT_PLACE and n > 1) or (n == 1 and condition_noun(prev[0], key)):
                hit = n     # "White House", "World Cup", "bei Regen" (placeweather): no place
                break
            if n == 1 and (len(key) < 3 or key in _NOT_PLACE):
                break
            if n == 1 and text[max(0, s - 4):s] in ("the ", "The ") and _name_follows(tokens, i, text) \
                    and not any(c["population"] >= 100000 for c in gz.cities.get(norm(tokens[i + 1][2]), ())) \
                    and norm(tokens[i + 1][2]) not in gz.countries:
                hit = 2     # "the Met Gala", "the Dakar Rally": one name of two words, not a town
                break
            # (an ocean is never the region GeoNames keeps under its name: "dans l'Atlantique" is
            # not Benin's department)
            regions = joined([t[2] for t in seg], gz.index.regions(key)) if (n > 1 or len(key) > 3) and key not in OCEANS else ()
            cities = joined([t[2] for t in seg], gz.cities.get(key))
            if not regions and article:
                break   # "à la Fête de l'Humanité": French towns take no small article ("au", "du" aside)
            if n == 1 and "-" in raw and raw.split("-")[1][:1].isupper() and not region_compound(key, regions, gz):
                big = compound_town(raw, prev[0], prev[0] in _LOC_CUES, gz)     # "in Waghäusel-Kirrlach"
                if big and not whole_named(raw, cities, big) and (not cities or all(min(haversine(
                        c["latitude"], c["longitude"], b["latitude"], b["longitude"]) for b in big) < 30 for c in cities)):
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
            seat = prev[0] in _LOC_CUES and bool(cities) and any(any(c["countrycode"] == r.country and (
                r.code.isdigit() or c.get("admin1code") == r.code) for c in cities) for r in regions)  # "in Schwyz": the canton's own town
            # "Hamilton, Ontario": after a place and a comma, a region it lies in is that region,
            # not a city of the same name elsewhere (Ontario, California)
            holds_last = right_after_comma(text, s, last_mention_end) and bool(facts.mentions) \
                and any(c["countrycode"] == r.country for r in regions for c in facts.mentions[-1].cities)
            if regions and (island or article or holds_last or not (
                    cities and (max(c["population"] for c in cities) >= 50000 or town or seat
                                or prev[0] in CITY_PREPOSITIONS or country_after(text, seg[-1][1], cities, gz)))):
                if venue_named(text, s, seg[-1][1]) or former_of(text, s):
                    hit = n     # "au stade du Hainaut", "a former inmate of Dartmoor": no region (placevenuename, placeformer)
                    break
                after_comma = right_after_comma(text, s, last_mention_end)
                if n == 1 and (not after_comma and prev[0] not in _LOC_CUES and prev[0] not in _COUNTRY_CUES
                               or after_comma and not holds_last) and _name_follows(tokens, i, text):
                    hit = n     # "Bürgermeister Paul Essen", "maire de X, Paul Remy,": not Paul (Cape Verde)
                    break
                if n == 1 and (key in COMPASS or not after_comma) and _name_follows(tokens, i, text) \
                        and (key in COMPASS or norm(tokens[i + 1][2]) in gz.countries):
                    hit = n     # "the South China Sea", "Leeds, West Yorkshire": a longer name, not South (Cameroon)
                    break
                # "Limburg" is a province of Belgium and of the Netherlands: the one the places
                # already named lie in ("bij Valkenburg ... de Ronde van Limburg"); none: neither
                named = {c["countrycode"] for m in facts.mentions for c in m.cities} | set(facts.countries_seen)
                for r in sorted(coded_first(regions), key=lambda r: r.country not in named)[:one_region(regions, named)]:
                    if not (prev[0] or text[max(0, s - 2):s] == ", " or text[max(0, s - 3):s] == "Co "
                            or text[s - 1:s] == "(" or text[seg[-1][1]:seg[-1][1] + 2] in ("'s", "’s")):
                        break   # "zeigte 37,8 Grad": a word after a number is no region named; "X, Normandy",
                        # "La Laigne (Charente-Maritime)", "Ballina, Co Mayo", "Queensland's premier" are
                    facts.regions_seen.append((r.country, r.code))
                    if after_comma and facts.mentions and facts.mentions[-1].binds is None:
                        facts.mentions[-1].binds = (r.country, r.code)
                    if (prev[0] in _COUNTRY_CUES or prev[0] in _LOC_CUES or after_comma
                            or text[max(0, s - 5):s] == ", Co ") and prev[0] not in _FROM_WORDS:     # "ein Skilehrer aus dem Schwarzwald"
                        facts.regions.append((r.country, r.code))
                hit = n
                break
            # (the word touches the name: "Athlone, County Westmeath" is the town and its county)
            if cities and (after[0] == " " and (after[1][:1].isupper() and norm(after[1]) in _FEATURE_AFTER
                                                or after[1].casefold() in _REGION_AFTER)
                           or island_named(tokens, i, gz)):
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
                # "op de Dam", "am Ufer der Elbe": a square, a river named like a town, not the town
                feature = not adjective and not town and nl_de_article(text, s) and not any(
                    norm(c["name"]).startswith(("de ", "het ", "den ")) for c in cities)
                primary = any(norm(c["name"]) == key for c in cities)
                cities = [c for c in cities if not c.get("adjective")] or cities
                if qual and (twin := twin_named(cities, qual.group(1), gz)):
                    cities, primary = twin, True     # "Bergen (Mons)", "Kelmis (La Calamine)": placetwin.py
                # a capital at the start of a sentence says nothing ("Reading the news...")
                initial = s == 0 or text[max(0, s - 2):s] in (". ", "! ", "? ", '" ', "' ")
                kind = CUED if cued else UNCUED
                if prev[0] in _NEAR or prev[1] in _NEAR:
                    kind = NEAR
                    locates_other = near_locates_named(text, s, gz)     # "X, near Y", not "le Vercors, près de Y"
                elif _appositive(text, s) and not works_before(text, s, gz):     # placeworksnear
                    # "Hollandscheveld, een dorp bij Hoogeveen", "Schuld, einem Ortsteil bei Adenau": the
                    # town only says where the place named before the comma is
                    kind, locates_other = NEAR, True
                elif prev[1] in _FROM_PEOPLE or prev[0] in _ORIGIN or prev[1] in _ORIGIN2 or adjective \
                        or prev[1] in FEATURE_OF or after[1].casefold() in _PEOPLE_AFTER:   # "Kyiv residents"
                    kind = ADJECTIVE
                mention = PlaceMention(raw, cities, cued, primary, initial, kind,
                                       locates_other=kind == NEAR and locates_other,
                                       toward=prev[0] in TOWARD and kind == ADJECTIVE)
                mention.between = _between(text, s) or _route_end(text, s, seg[-1][1], gz)
                mention.origin = (prev[0] in _FROM_WORDS or prev[1] in _ORIGIN2 or noun_origin(tokens, i)) and prev[1] not in SEEN_FROM
                mention.demonym = adjective
                mention.placed = prev[0] in POSITIONAL or prev[1] in SEEN_FROM     # "gesehen aus X"
                mention.cue = prev
                adj = norm(tokens[i - 1][2]) if i and s - tokens[i - 1][1] == 1 else ""
                a2 = adj and (gz.countries.get(adj) or gz.countries.get(_ADJ_STEM.sub("", adj)))
                if qual and not qual_region and (q := qualifier_country(qual.group(1), gz)):
                    a2 = q      # "près du Locle (Suisse)"
                if a2 and any(c["countrycode"] == a2 for c in cities):
                    mention.binds = (a2, None)     # "im schweizerischen Rheinfelden", "het Belgische Zeebrugge"
                mention.in_name = _in_name(tokens, i, i + n - 1, text, prev, kind == ADJECTIVE and not adjective) or (
                    n == 1 and not adjective and max(c["population"] for c in cities) < 15000
                    and _first_name(tokens, i, text, gz))     # "at Roland Garros": a village's name as a first name
                mention.water = feature or prev[0] in _AT_WATER and key.endswith(_WATER_ENDINGS)
                if qual_region:
                    mention.binds = next(((r.country, None) for r in qual_region
                                          if any(c["countrycode"] == r.country for c in cities)), None)
                    facts.regions += [(r.country, r.code) for r in qual_region    # "X (Aude)"
                                      if mention.binds and r.country == mention.binds[0]][:1]
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
                # a Dutch article just before: "het nieuwe Leeuwarder stadion" (see _adjective_city)
                dutch = any(t[2].casefold() in ("de", "het", "een") for t in tokens[max(0, i - 2):i])
                following = "X" if dutch else after[1] if after[0] == " " else ""
                adj = town_adjective(w, gz, following, _adjective_city, _ADJ_ENDINGS) \
                    or (w.endswith(_DEMONYM_ENDINGS) and french_demonym_city(w, gz)) \
                    or genitive_city(w, following, tokens[i - 1][2] if i else "", gz, text)
                if adj and not product_after(text, e):
                    lake = adjective_placed(prev) and names_water(after[1])     # "am Plöner See": the lake
                    facts.mentions.append(PlaceMention(w, adj, False, False, False, ADJECTIVE, demonym=not lake,
                                                       placed=adjective_placed(prev), water=lake))
                    hit = 1
                    break
        if not hit and len(w) > 2 and norm(w) not in _NOT_PLACE:
            prev = said or _prev_words(tokens, i, text)
            if (prev[0] in _LOC_CUES and prev[0] not in ("van", "of", "de", "te", "d", "en", "vor") or prev[1] in _NAMING) \
                    and len(facts.unknown) < 5 and not _person_like(tokens, i, text, gz):
                if respelt := cyrillic_respelling(w, gz):      # "bij Kostjantynivka"
                    facts.mentions.append(PlaceMention(w, respelt, True, True, False, CUED, cue=prev,
                                                       placed=prev[0] in POSITIONAL))
                    i += 1
                    continue
                facts.unknown.append(w)
                k = i       # the unknown name runs on over touching capitalised words
                while k + 1 < len(tokens) and tokens[k + 1][0] - tokens[k][1] == 1 \
                        and text[tokens[k][1]] in " -" and tokens[k + 1][2][:1].isupper():
                    k += 1
                last_unknown_end = tokens[k][1]
                facts.unknown[-1] = text[s:last_unknown_end]    # the warning names all of it
        i += hit or 1
    return mark_unknown_slot(mark_origins(facts, text, PlaceMention), text)     # placeunknownslot.py


# "am Tegernsee", "aan het Veluwemeer", "op de Weissensee": a lake, whatever town bears its name
_AT_WATER = frozenset("am an aan op auf on sur".split())
_WATER_ENDINGS = ("see", "meer", "zee")
_FROM_WORDS = frozenset("from uit aus".split())
_PEOPLE_AFTER = frozenset("residents inhabitants locals bewoners inwoners einwohner bewohner habitants".split())
def _state_named_like(key: str, facts: PlaceFacts, after_comma: bool, gz: Gazetteer):
    """(country, region code) when the country name right after a place is also a region
    the place lies in and the country is not ("Atlanta, Georgia", not Tbilisi, Georgia)."""
    if not after_comma or not facts.mentions or facts.mentions[-1].binds is not None:
        return None
    cities = facts.mentions[-1].cities
    if any(c["countrycode"] == gz.countries[key] for c in cities):
        return None
    for r in gz.index.regions(key):
        if any(c["countrycode"] == r.country and (not r.code or c["admin1code"] == r.code) for c in cities):
            return (r.country, r.code or None)
    return None
