"""A landscape, island or water of one country gives the caption its country (issue 9, rule 3
of the villages17 work), when nothing else the caption writes gives one.

The finder (places.py) reads region names that open with a capital ("im Pfälzerwald", "the
Outer Hebrides"). Newsrooms also write them with a small head word ("le lac de Neuchâtel",
"le pont de l'île de Ré", "la vallée de la Durance", "le plateau de Beille"), after a noun
that the finder takes for part of an unknown name ("im Nationalpark Harz"), or as a feature
of a country named ("die Steppe der Mongolei", "de kliffen van de Faeröer", "the Bay of Kotor,
Montenegro"). Those are facts about one country: the country is written, never a city.

Only as a last resort: the caption has no city and no country after the resolver, names no
other country, and no place it names lies only outside that country. A region after "aus",
"from", "uit" is where someone comes from ("Touristen aus dem Schwarzwald"), one in quotes is
speech, a single word after a first name is a surname ("Kevin Morvan"), one a few words after
"nach", "to", "naar", "vers" is where someone goes ("auf dem Weg nach Sankt Anton am Arlberg"):
such a region gives no country at all, even when the finder read it (`only_passing_through`).
"""

from __future__ import annotations

import functools
import re

from .captionwords import caption_words
from .gazetteer import load_gazetteer, norm
from .placevenuename import venue_named
from .placeformer import former_of

# a word; an elided article before it is not part of it ("l'île de Ré", "d'Oléron")
_WORD = re.compile(r"(?:\b[dlDL]['’])?([^\W\d_][\w'’.-]*)")
_FROM = frozenset("aus from uit".split())
# where someone goes, the region possibly part of the destination's name ("nach Sankt Anton am Arlberg")
_TOWARD = frozenset("nach naar to towards toward vers richting".split())
_BESIDE = frozenset("next close near adjacent".split())     # "next to", "close to": beside, not toward
_DIRECTION = frozenset("süden norden osten westen south north east west zuiden noorden oosten westen sud nord est "
                       "ouest".split())     # "auf ihrem Zug nach Süden im Nationalpark X": no destination
_ARTICLE = frozenset("dem der den the de het".split())
# a natural feature of a country: "die Steppe der Mongolei", "the cliffs of the Faroes"
_FEATURES = frozenset(norm(w) for w in (
    "steppe steppen steppes wüste woestijn desert désert küste kust coast côte côtes kliffen cliffs "
    "klippen falaises hügel hügeln heuvels hills collines berge bergen mountains montagnes gebirge "
    "wälder bossen forests forêts fjorden fjords fjord inseln eilanden islands îles baai bay bucht "
    "baie vlakte plains ebene plaine vallei valley tal vallée gletscher gletsjer glacier glaciers "
    "meer lake see lac").split())
_OF = frozenset("der des van of de du d".split())


@functools.lru_cache(maxsize=1)
def _table() -> tuple[dict[str, frozenset[str]], int]:
    """Normalised region/island/landscape name -> its countries; the longest name in words."""
    data = load_gazetteer().index.aliases
    names: dict[str, set[str]] = {}
    for table in ("region_words", "islands", "bracket_regions"):
        for a2, words in data.get(table, {}).items():
            for w in words:
                names.setdefault(norm(w), set()).add(a2)
    longest = max((len(k.split()) for k in names), default=1)
    return {k: frozenset(v) for k, v in names.items()}, longest


@functools.lru_cache(maxsize=1)
def _bracket_only() -> frozenset[str]:
    data = load_gazetteer().index.aliases
    return frozenset(norm(w) for words in data.get("bracket_regions", {}).values() for w in words)


def _words(text: str) -> list[tuple[int, int, str]]:
    quoted = caption_words(text).quoted
    return [(m.start(1), m.end(1), m.group(1).rstrip(".")) for m in _WORD.finditer(text)
            if not any(s <= m.start() < e for s, e in quoted)]


def _from_before(words, i: int) -> bool:
    """The phrase at word i comes after "aus", "from", "uit" (with an article between or not)."""
    prev = [w[2].casefold() for w in words[max(0, i - 2):i]]
    return bool(prev) and (prev[-1] in _FROM or (len(prev) == 2 and prev[0] in _FROM and prev[1] in _ARTICLE))


def _after_first_name(text: str, words, i: int) -> bool:
    """A one-word name right after another capitalised word mid-sentence: a surname."""
    if i == 0:
        return False
    ps, pe, pw = words[i - 1]
    if len(pw) > 9 or pw.casefold().endswith(_NOUN_ENDINGS):
        return False    # a German noun, not a first name: "im Nationalpark Harz", "Wildpark Schorfheide"
    return pw[:1].isupper() and words[i][0] - pe == 1 and ps > 0 and text[max(0, ps - 2):ps] not in (". ", "! ", "? ")


_NOUN_ENDINGS = ("park", "wald", "gebiet", "reservat", "tal", "see", "land", "region", "insel", "küste", "gebirge",
                 "heide", "moor", "pass", "berg", "gletscher")


def regions_named(text: str, skip_toward: bool = True, skip_from: bool = True) -> set[str]:
    """Countries of the regions, islands and landscapes the text names (see the module docstring);
    skip_toward / skip_from False: also those named as where someone goes / comes from."""
    table, longest = _table()
    words = _words(text)
    found: set[str] = set()
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            last = words[i + n - 1]
            if not last[2][:1].isupper():
                continue
            key = norm(text[words[i][0]:last[1]].rstrip("."))
            hit = table.get(key)
            # a name of three letters only in brackets after a place ("Saint-Cirq-Lapopie (Lot)")
            bracketed = text[words[i][0] - 1:words[i][0]] == "(" and text[last[1]:last[1] + 1] == ")"
            if hit is None or (len(key) < 4 and not bracketed) or (key in _bracket_only() and not bracketed):
                continue
            toward = any(w[2].casefold() in _TOWARD and (k + 1 >= i or words[k + 1][2].casefold() not in _DIRECTION)
                         and not (k and words[k - 1][2].casefold() in _BESIDE)
                         for k, w in enumerate(words[:i]) if k >= i - 4)
            if not (skip_toward and toward) and not (skip_from and _from_before(words, i)) \
                    and not (n == 1 and _after_first_name(text, words, i)) \
                    and not venue_named(text, words[i][0], last[1]) and not former_of(text, words[i][0]):
                # ("a Newfoundland dog": placevenuename; "a former inmate of Dartmoor prison": placeformer)
                found |= hit
            i += n - 1
            break
        i += 1
    return found


def feature_country(text: str) -> set[str]:
    """Countries named as the owner of a natural feature: "die Steppe der Mongolei", "de kliffen
    van de Faeröer", "the Bay of Kotor, Montenegro" (the country after a comma that closes a
    feature's name)."""
    gz = load_gazetteer()
    kinds = gz.index.country_kind
    words = _words(text)
    found: set[str] = set()
    for i, (s, e, w) in enumerate(words):
        if norm(w) not in _FEATURES:
            continue
        j = i + 1
        while j < len(words) and j <= i + 3 and words[j][2].casefold() in _OF | _ARTICLE:
            j += 1
        if j == i + 1 or j >= len(words):
            continue
        # the country itself ("der Mongolei"), or the feature's own name then ", Country"
        for k in range(j, min(j + 4, len(words))):
            name = norm(words[k][2])
            if kinds.get(name) == "name" and (k == j or text[words[k][0] - 2:words[k][0]] == ", "):
                found.add(gz.countries[name])
                break
            if not words[k][2][:1].isupper():
                break
    return found


# a lake written as one word of its town's name and the word for lake ("het Naivashameer")
_LAKE_ENDINGS = ("meer", "see")


def lake_compounds(facts) -> set[str]:
    """Countries of the lakes written as one word of a town's name and "meer"/"see" that the
    index does not know ("het Naivashameer", "der Kebansee"): the town's, when its own name is
    a town's in one country only (regions29). A lake the index knows as a town is
    placeclues.lake_countries'."""
    gz = load_gazetteer()
    found: set[str] = set()
    for word in facts.unknown:
        key = norm(word)
        end = next((e for e in _LAKE_ENDINGS if key.endswith(e) and len(key) >= len(e) + 4), None)
        if end is None or " " in key:
            continue
        stem = key[:-len(end)]
        own = {c["countrycode"] for c in gz.cities.get(stem, ()) if norm(c["name"]) == stem}
        if len(own) == 1:
            found |= own
    return found


def landscape_country(text: str, facts, place) -> str | None:
    """The country of the one land the caption names as a region or a country's feature, when
    the resolver settled no city and no country (see the module docstring); else None."""
    if place.city is not None or place.country is not None:
        return None
    lands = regions_named(text) | feature_country(text) | lake_compounds(facts)
    if len(lands) != 1:
        return None
    a2 = next(iter(lands))
    if any(c != a2 for c in facts.countries_seen):
        return None     # another country is named: the caption may be about either
    table = _table()[0]
    if any(m.cities and not any(c["countrycode"] == a2 for c in m.cities) and not m.in_name
           and a2 not in table.get(norm(m.text), ()) for m in facts.likely()):
        return None     # a place written as a place lies only outside the region's country (the
        # region's own name read as a town aside: "(Lot)", Lot in Belgium)
    return a2


def only_passing_through(text: str, facts, place) -> bool:
    """The resolver's country comes only from a region the caption names as where someone goes
    ("Die Fähre auf dem Weg nach Spitzbergen", "flights to Bali"): not where the picture is. (The region still helps pick a town the caption places: "de veerboot naar
    Terschelling in de haven van Harlingen" is Harlingen in the Netherlands.)"""
    if place.city is not None or place.country is None or facts.country_cued or facts.regions or facts.province:
        return False
    if place.country in facts.countries_seen:
        return False
    # ("from" may be where the picture is too: "smoke rises from the Black Forest": only "to" counts)
    return place.country in regions_named(text, skip_toward=False, skip_from=False) \
        and place.country not in regions_named(text, skip_toward=True, skip_from=False)
