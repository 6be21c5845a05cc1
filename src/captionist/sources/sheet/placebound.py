"""A town written with its own country or region right after it (recall22, issue 9).

"near Marfa, Texas", "near Sandusky, Ohio": a town bound to the state or country the caption
writes right after it is strong evidence of where the picture is, even after "near". The gate
(placegate.py) refuses a "near Y" when the caption names another place of its own, because then
Y only locates that place ("Brovary, near Kyiv"). A bare capitalised word with no cue and no
country of its own, whose only towns lie outside the country Y is bound to, is no such place:
"U.S. Highway 90 near Marfa, Texas" reads "U.S." as Us, a village in France.

Also here, as the same kind of evidence: things named after their town (a landmark followed by
its region or country, "Bamburgh Castle in Northumberland, England"; a lifeboat, show or
regatta, "the Bantry Show"), a Canadian province's short form after a town ("Baie-Comeau,
Que."), and a country named after its biggest town written as a town ("à Luxembourg").
"""

from __future__ import annotations

import functools
import re

from captionist.places.names import norm
from captionist.places.words import CUED, UNCUED
from captionist.rxgate import gate


def stray_abroad(o, m) -> bool:
    """Mention o (places.PlaceMention) cannot be the place that "near m" locates: m is bound to
    a country or region written right after it, and o is a bare word (uncued, unbound) that
    names towns only outside that country."""
    return bool(m.binds) and o.kind == UNCUED and not o.binds and not o.placed \
        and not any(c["countrycode"] == m.binds[0] for c in o.cities)


def region_code(qualifier: str, cities) -> tuple:
    """The first-level region a parenthesised code after a town names, when it is the code of
    the town's own state or canton ("Champéry (VS)", "Sierre (VS)": Valais; "Marfa (TX)"): as
    index Regions, like a region written in full ("Champéry (Valais)"). Only a code of two
    capitals that is the admin1 code of one of the towns so named and a subdivision of the
    first level in ISO 3166-2; any other code names nothing."""
    if len(qualifier) != 2 or not qualifier.isupper() or not qualifier.isalpha():
        return ()
    from captionist.places.index import Region
    from captionist.places.reverse import admin1_name
    out = []
    for a2 in dict.fromkeys(c["countrycode"] for c in cities or () if c.get("admin1code") == qualifier):
        if _first_level(a2, qualifier) and (name := admin1_name(a2, qualifier)):
            out.append(Region(a2, name, qualifier))
    return tuple(out)


# the country written right after a town in the ways French and English captions put it: ",
# en Italie", ", au Maroc", ", aux Pays-Bas", ", dans le nord du Maroc", ", in Italy", ", in
# northern Morocco", " (Grèce)"; the comma form ", Italy" is placeorigin.country_after's
_COUNTRY_FOLLOWS = re.compile(
    r"(?:, (?:en|au|aux|in)"
    r"|, dans l[ea]? ?(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)"
    r"(?:\s(?:du|de la|de l['’]|des))"
    r"|, in (?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern"
    r"|south-western|northeastern|northwestern|southeastern|southwestern)"
    r"|)\s?\(?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")


def country_follows(text: str, end: int, cities, gz) -> bool:
    """A country's name is written right after the town ending at `end`, by "en"/"au"/"in", a
    compass part of it ("dans le nord du Maroc", "in northern Morocco") or in brackets
    ("Salonique (Grèce)"), and one of `cities` lies in it: the town, not a province or region
    named like it ("de L'Aquila, en Italie" is the city, not its province)."""
    hit = _COUNTRY_FOLLOWS.match(text, end)
    if not hit or (hit.group(0).lstrip(", ")[:1].isupper() and "(" not in hit.group(0)):
        return False     # ", Italy" bare: country_after's; a word right after the town is no country
    key = norm(hit.group(1))
    a2 = gz.countries.get(key)
    return bool(a2) and gz.index.country_kind.get(key) == "name" and any(c["countrycode"] == a2 for c in cities)


# a landmark, race or golf club that carries its town's name: "Bamburgh Castle", "the Dunedin
# Marathon", "Royal Troon"; not a team ("Manchester United"), an airport or a stadium (often
# outside the town, placevenues.py has those), nor water ("Sandusky Bay" is not the town)
_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_LANDMARK = gate(re.compile(
    r"\b(?:Royal (?P<club>" + _NAME + r")|(?P<town>" + _NAME + r") (?:Castle|Abbey|Cathedral|Priory|Harbour|Pier"
    r"|Marathon|Half Marathon|Racecourse|Golf Club|Lighthouse))"
    # then the region and/or country it lies in, right after it
    r"(?P<tail>(?:,| in) [A-Z][\w'’ -]+(?:, [A-Z][\w'’ -]+)?)"))


# a town this big is not told by the county after its landmark (placegate.PROMINENT)
_CITY = 100000


def landmark_towns(facts, text: str, mention_class) -> None:
    """A landmark named after its town and followed by the town's region or country ("Bamburgh
    Castle in Northumberland, England", "Royal Troon, Scotland", "the Dunedin Marathon, New
    Zealand") gives the town, as if written "in X, Country": only when the one town of that own
    name in the country named is in the index, and the caption names no other place."""
    from .gazetteer import load_gazetteer
    if facts.unknown or facts.near_pairs:
        return
    gz = load_gazetteer()
    for hit in _LANDMARK.finditer(text):
        name = hit.group("club") or hit.group("town")
        if name.split()[-1] in ("Royal", "The") or len(hit.group("tail")) > 60:
            continue
        # another place the caption names (the words of the landmark's own name aside) may be
        # where the picture is: then the landmark's town is not taken
        # (a group's own town is no such place: "a choir from X sings in Y Cathedral", placegroup)
        if any(m.text not in hit.group(0)[:hit.start("tail") - hit.start()] for m in facts.mentions if not m.person):
            continue
        tail = [p.strip() for p in re.split(r",| in ", hit.group("tail")) if p.strip()]
        a2s = {gz.countries[norm(p)] for p in tail if norm(p) in gz.countries
               and gz.index.country_kind.get(norm(p)) == "name"}
        codes = {(r.country, r.code) for p in tail for r in gz.index.regions(norm(p))}
        a2s = a2s or {c[0] for c in codes if _first_level(*c)}     # "Royal Portrush, Northern Ireland"
        if len(a2s) != 1 or any(c[0] not in a2s for c in codes):
            continue
        a2, key = a2s.pop(), norm(name)
        towns = [c for c in gz.cities.get(key, ()) if c["countrycode"] == a2 and norm(c["name"]) == key]
        # a region of the first level must be the town's own; a county below it cannot be
        # checked (the index keeps no county of a town), so a city is not taken after one:
        # "Leeds Castle in Kent" lies in Kent, far from Leeds
        if len(towns) != 1 or any(towns[0]["admin1code"] != c[1] and _first_level(*c) for c in codes) or (
                (towns[0].get("population") or 0) >= _CITY and any(not _first_level(*c) for c in codes)):
            continue
        facts.mentions[:] = [mention_class(name, towns, True, True, False, CUED, binds=(a2, None), placed=True,
                                           cue=("at", f"{name} landmark")), *(m for m in facts.mentions if m.person)]
        return


# a lifeboat station, show or regatta named after the town it is held or based in (recall23en):
# "Youghal lifeboat crew launch ...", "at the Bantry Show, Co Cork", "the Cowes Regatta"; the
# noun does not tell namesakes apart, so only a name that is one town's in the whole index
_SERVICE = gate(re.compile(r"(?:^|\b(?:[Tt]he|at|At) )(?P<town>" + _NAME + r") (?:lifeboat|Lifeboat|RNLI"
                      r"|(?:Agricultural |Horse |County )?Show|Regatta)\b"))


def service_towns(facts, text: str, mention_class) -> None:
    """The town of "X lifeboat", "the X Show", "the X Regatta" as if written "in X", when the
    caption names no other place and X is the name of one town only (of the one country the
    caption names, if it names one)."""
    from .gazetteer import load_gazetteer
    if facts.unknown or facts.near_pairs:
        return
    hit = _SERVICE.search(text)
    if hit is None:
        return
    name = hit.group("town")
    if any(m.text != name for m in facts.mentions):
        return
    towns = load_gazetteer().cities.get(norm(name), ())
    # a region or country named is where the town lies (villages33): "the X Show, Derbyshire",
    # "the X Show in Aberdeenshire", "the X Regatta, Ireland": its towns of that one country only
    named = {a2 for a2, _ in facts.regions_seen} | set(facts.countries_seen)
    if len(named) > 1:
        return
    if named:
        towns = [t for t in towns if t["countrycode"] in named]
    if len(towns) != 1 or norm(towns[0]["name"]) != norm(name):
        return
    a2 = towns[0]["countrycode"]
    facts.mentions[:] = [mention_class(name, list(towns), True, True, False, CUED, binds=(a2, None), placed=True,
                                       cue=("at", f"{name} service"))]


def _first_level(a2: str, code: str) -> bool:
    """(a2, code) is a region of the first level in ISO 3166-2 (a US state, a Swiss canton,
    Scotland or Northern Ireland), not a county below one (Northumberland, Kent)."""
    from captionist.places import iso    # pycountry's subdivisions, without importing it
    sub = iso.subdivision(f"{a2}-{code}")
    return sub is not None and not sub["parent_code"]


# Canadian Press and AP style write a province after its town in these short forms ("Baie-Comeau,
# Que.", "Kelowna, B.C.", "Moncton, N.B."), with GeoNames' admin1 code of each province
# (admin1CodesASCII.txt: CA.10 is Quebec)
_CA_SHORT = {"Que.": "10", "Ont.": "08", "B.C.": "02", "Alta.": "01", "Man.": "03", "Sask.": "11",
             "N.S.": "07", "N.B.": "04", "Nfld.": "05", "N.L.": "05", "P.E.I.": "09", "Y.T.": "12",
             "N.W.T.": "13"}
_CA_AFTER = re.compile(r", (" + "|".join(re.escape(k) for k in _CA_SHORT) + r")(?!\w)")


def bind_province_short(m, text: str, end: int, facts) -> None:
    """Mention m (ending at `end`) followed by a Canadian province's short form is bound to that
    province, and only its towns of that name stay candidates ("Richmond, Que." is not
    Richmond, B.C.); nothing when no town of the name lies in the province."""
    hit = None if m.binds else _CA_AFTER.match(text, end)
    here = [c for c in m.cities if c["countrycode"] == "CA" and c["admin1code"] == _CA_SHORT[hit.group(1)]] \
        if hit else []
    if here:
        m.cities[:] = here
        m.binds = ("CA", here[0]["admin1code"])
        facts.regions_seen.append(m.binds)


# a positional word right before a country's name: French puts a country after "au"/"en" and a
# town after "à" ("au Luxembourg" is the country, "à Luxembourg" its capital)
_AT_COUNTRY = re.compile(r"(?:\b(?P<fr>à)|\b(?:in|im|at|te|op))\s+(?P<name>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")
# a country this much of whose people (in the index) live in the town of its name is a city-state:
# "in Monaco", "in Singapore" say the town as well as the country
CITY_STATE_SHARE = 1 / 3


@functools.lru_cache(maxsize=256)
def _country_pops(index, a2: str) -> tuple[int, int]:
    """(the biggest town's people, the sum of max(people, 500) over its towns) of a country in
    the index: read once per country, not once per caption naming it."""
    pops = [p for (p,) in index._db.execute("SELECT pop FROM city WHERE cc = ?", (a2,))]
    return max(pops, default=0), sum(max(p, 500) for p in pops)


def capital_of_its_name(facts, text: str, mention_class) -> None:
    """A country named after its biggest town, written as where the picture is, gives that town:
    after French "à" ("à Luxembourg", "à Monaco"), and after "in", "im", "at", "te", "op" for a
    city-state, whose town holds CITY_STATE_SHARE of its people or more ("in Monaco", "in
    Singapore"); only when the caption names no other place."""
    from .gazetteer import load_gazetteer
    from .placeclues import written_as_place
    if facts.unknown or facts.near_pairs or any(written_as_place(m) and not (m.in_name or m.person)
                                                for m in facts.mentions):
        return
    gz = load_gazetteer()
    for hit in _AT_COUNTRY.finditer(text):
        key = norm(hit.group("name"))
        a2 = gz.countries.get(key)
        if not a2 or gz.index.country_kind.get(key) != "name":
            continue
        # the town called so (by any of its names: "Singapur") must be the country's biggest
        town = max((c for c in gz.cities.get(key, ()) if c["countrycode"] == a2), default=None,
                   key=lambda c: c.get("population") or 0)
        if town is None:
            continue    # most countries have no town of their name: no scan of the index for them
        biggest, people = _country_pops(gz.index, a2)
        if (town.get("population") or 0) < biggest:
            continue
        if not hit.group("fr") and town["population"] < CITY_STATE_SHARE * people:
            continue
        facts.mentions[:] = [mention_class(hit.group("name"), [town], True, True, False, CUED, binds=(a2, None),
                                           placed=True, cue=(hit.group(0).split()[0], "capital"))]
        return
