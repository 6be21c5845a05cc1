"""A village the index lacks, written bare with a strong place grammar (issue 9, villages29).

A regional page writes its villages without a country: "een akker bij Nieuw-Beerta", "in
Ossenzijl", "the harbour at Craster", "à Conques". The index (GeoNames, 500+ people) lacks many
of them; placeunlisted.py writes such a name only when the caption names its country, and
placehome.py writes only the COUNTRY when the whole sheet lies in one. A desk reading "in
Ossenzijl" writes City "Ossenzijl" without hesitating: the caption itself says it is where the
picture is. So this rule writes the name as the caption spells it, as the city, with
placeunlisted's warning that it is not in the gazetteer; the country only where placehome has
already read it from the sheet (every other resolved caption in that one country), else the
country stays blank: an unlisted village says nothing about which country it lies in.

The grammar and the refusals are placehome's (`_villages`): a positional word right before the
name, no article between ("in X", "bij X", "à X", "near X"; not Dutch "op X"), or a place noun
("het dorp X"); in German a bare "in X" only for a name of a village's shape, and only its first
word (German writes the subject after the place: "in Hiringen Arbeiter"); never a word the
index knows, a venue, a feature, a river, a month, a name in quotes, a name after an origin
word, a name that runs on into another capitalised word. Besides: never English "at X" alone
(an estate, a course, a venue: "the lake at Stourhead"), a name built on a region's or a
country's name the index lacks in that form ("Zuid-Limburg", "Friesland", "Saudi-Arabië"), the
short form of a venue of the venue table ("Ahoy"), a name that goes on after a small word
("Peza e Madhe"). And never when the caption points anywhere else: a country, region or
province named, a town of the index written as a place (the resolver's business, even when it
refused it), a "X near Y" pair, an ambiguity reported, another country's adjective or people,
or two such names in one caption ("in Breklenkamp bij Denekamp": which one is the picture's?).
"""

from __future__ import annotations

import difflib
import functools
import re

from .gazetteer import load_gazetteer, norm
from .placededication import dedicated
from .placedistrict import city_quarter
from .placehome import _noun_like, _villages, points_elsewhere
from .placeoldquarter import write_old_quarter
from .placestated import _FACILITY_OF
from .placeunlisted import _NAME, _plain_name, write_village
from .placevenues import _venues

WARNING = ("place not in the gazetteer: {x}, written as the caption spells it; no country: the caption "
           "and the sheet do not say which; check it")
NEAR_WARNING = ("place not in the gazetteer: {x} ({a2}, the country of {y}, which it is said to be near), "
                "written as the caption spells it; check it")


# English "at X" names a venue, an estate or a course as often as a village ("the lake at
# Stourhead", "at Boulders Beach", "at Aintree"): only "in", "near", "bij", "à"... are taken
_WEAK = frozenset(("at", "At"))


_COMPASS = frozenset("noord zuid oost west nord sud sued sud ost north south east upper lower ober nieder haute "
                     "basse midden mittel centraal central".split())


@functools.lru_cache(maxsize=1)
def _known_names() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """(the region and country names and their endings, the country names, the runs of words
    at either end of the venue table's names), normalised: built on first use."""
    gz = load_gazetteer()
    regions = [r[0] for r in gz.index._db.execute("SELECT DISTINCT key FROM region")]
    countries = tuple(gz.countries)
    ends = frozenset(" ".join(k.split()[i:]) for k in (*regions, *countries) for i in range(len(k.split())))
    venue = frozenset(" ".join(ws) for cands in _venues().values() for c in cands
                      for ws in (*(c[0][i:] for i in range(len(c[0]))), *(c[0][:i] for i in range(1, len(c[0])))))
    return ends, countries, venue


def region_like(x: str) -> bool:
    """A name built on a region's or a country's name is no village: "Friesland" (the end of
    Oost-Friesland), "Brabant" (of Noord-Brabant), "Zuid-Limburg" (a compass word before
    Limburg), "Saudi-Arabië" (a spelling of Saudi Arabia the index lacks); nor is the short form
    of a venue of the venue table ("Ahoy" of Rotterdam Ahoy, "Geoffroy-Guichard" of the stade
    Geoffroy-Guichard)."""
    ends, countries, venue = _known_names()
    key = norm(x)
    parts = key.split()
    if key in ends or key in venue or len(parts) > 1 and parts[0] in _COMPASS and " ".join(parts[1:]) in ends:
        return True
    if key.endswith("s") and (key[:-1] in ends or load_gazetteer().cities.get(key[:-1])):
        return True     # a genitive: "im Hafen von Schleswig-Holsteins Landeshauptstadt"
    return bool(difflib.get_close_matches(key, countries, n=1, cutoff=0.85))


def bare_village(text: str, lang: str, facts, place) -> None:
    """Write the one unlisted village a caption places by grammar alone (see the docstring)."""
    if place.city is not None or place.province or place.ambiguous:
        return
    home = place.country    # placehome's country from the sheet, or None
    if len(facts.near_pairs) == 1:
        near_village(text, lang, facts, place)
        return
    gz = load_gazetteer()
    if points_elsewhere(text, facts, home, gz):
        return
    unknown = {norm(u) for u in facts.unknown}
    facility = _facility_of(text, gz)
    villages = {_german_name(v, lang, gz) for v in (*_villages(text, lang, gz), *facility)}
    if len(villages) != 1:
        return      # none, or two ("in X bij Y"): which one is the picture's?
    x = villages.pop()
    if x and write_old_quarter(place, x, home):
        return      # "in Old Cairo", "dans le Vieux-Lyon": the city (placeoldquarter)
    # (the finder flags a name after a positional word as unknown; one after "van"/"de" it does not)
    if not x or not (x in facility or any(u == norm(x) or u.startswith(norm(x) + " ") for u in unknown)) \
            or region_like(x) \
            or _after_weak(text, x) or _runs_on(text, x) or _towns_joined(x, gz) \
            or dedicated(text, x) or city_quarter(x):     # "the church of St Ambrose", "Frankfurt-Nord"
        return
    if home is not None:
        kept = list(place.warnings)     # placehome's warning already says where the country is from
        write_village(place, x, home)
        place.warnings[:] = kept
        return
    place.city = {"name": x, "countrycode": None, "admin1code": "", "population": 0, "geonameid": None,
                  "unlisted": True}
    place.warnings[:] = [w for w in place.warnings if not w.startswith("place not recognised")]
    place.warnings.append(WARNING.format(x=x))


# the first word of a German village's name that another word completes ("Bad Hindelang")
_GERMAN_PREFIXES = frozenset("bad gross klein sankt st alt neu ober unter hohen nieder".split())


def _german_name(x: str, lang: str, gz) -> str | None:
    """The village in a German name run: German puts the subject after the place ("Am Montag
    räumen in Hiringen Arbeiter Schlamm") and writes every noun with a capital, and a canton
    follows as two capitals ("Agarfeld UR"), so only the first word is the village (two after
    "Bad", "Groß", "Sankt"...), and only of a village's shape (placehome._noun_like)."""
    words = x.split()
    if lang != "de" or len(words) == 1:
        return x
    n = 2 if norm(words[0]) in _GERMAN_PREFIXES else 1
    name = " ".join(words[:n])
    if n == 1 and _noun_like(name, lang) or gz.cities.get(norm(name)):
        return None
    return name


_RUN_ON = re.compile(r"\s(?:e|i|y|do|da|dos|das|de|del|di|du|la|le|les|los|las|el|al|am|an|im|upon|sur|sous)\s[A-ZÀ-Þ]")


def _runs_on(text: str, x: str) -> bool:
    """The name goes on after a small word: "Peza e Madhe", "Vila do Conde", "Ville en Bois", or
    past an abbreviation's point ("Alt St. Johann" read as "Alt St"): the name written is only its
    first part, which is no village."""
    return any(_RUN_ON.match(text, m.end()) or (text[m.end():m.end() + 1] == "." and len(x.split()[-1]) <= 3)
               for m in re.finditer(re.escape(x), text))


def near_village(text: str, lang: str, facts, place) -> None:
    """"in Rosowo bei Kasanlak", "op de markt van X bij Y", "the market of X near Cairo": the one
    "X near Y" pair with X a name the index lacks and Y a town of the index. The finder has
    already refused Y as the picture's place (near it only says where X lies); X is written as
    spelled, in Y's country when Y's towns of that name lie in one country (within the countries
    the caption names, if any, and agreeing with a country already read)."""
    gz = load_gazetteer()
    x, y = facts.near_pairs[0]
    at = text.find(x)
    if at < 0 or _german_name(x, lang, gz) != x or not _plain_name(text, at, at + len(x), gz) \
            or region_like(x) or _runs_on(text, x) or _towns_joined(x, gz):
        return
    named = set(facts.countries_seen) | {r[0] for r in facts.regions_seen} | {r[0] for r in facts.regions}
    a2 = _town_country(y, named, gz)
    if a2 is None or (place.country and place.country != a2) or (facts.country_cued and facts.country_cued != a2):
        return
    write_village(place, x, a2)
    place.warnings[-1] = NEAR_WARNING.format(x=x, a2=a2, y=y)


def _town_country(y: str, named: set[str], gz) -> str | None:
    """The one country of the towns the index calls Y by any of their names ("Kasanlak" is
    Kazanlak), within the countries the caption names, if any."""
    codes = {c["countrycode"] for c in gz.cities.get(norm(y), ())}
    if named:
        codes &= named
    return codes.pop() if len(codes) == 1 else None


def _facility_of(text: str, gz) -> list[str]:
    """A name after a facility or public place of a town ("de haven van X", "le marché de X",
    "im Hafen von X", "the harbour of X": placestated's nouns) lies in X."""
    return [m.group("x") for rx in (_FACILITY_OF, _MORE_FACILITIES) for m in rx.finditer(text)
            if _plain_name(text, m.start("x"), m.end("x"), gz)]


# a few more of a village's public places than placestated's ("de kade van X", "het haventje van X")
_MORE_FACILITIES = re.compile(
    r"\b(?:kade|haventje|straten|dorpskern|[Dd]orfzentrum|[Dd]orfplatz|[Hh]auptstraße|quai|quay)"
    r"\s(?:de|d['’]|van|von|of)\s?(?P<x>" + _NAME + ")")


def _towns_joined(x: str, gz) -> bool:
    """Two towns of the index joined by a hyphen ("Triberg-Furtwangen"): a route or a pair."""
    parts = x.split("-")
    return len(parts) > 1 and all(gz.cities.get(norm(p)) for p in parts)


def _after_weak(text: str, x: str) -> bool:
    """Every time the caption writes x, it is after a weak positional word ("at X")."""
    spots = [m.start() for m in re.finditer(re.escape(x), text)]
    return bool(spots) and all(text[:s].split()[-1:] and text[:s].split()[-1] in _WEAK for s in spots)
