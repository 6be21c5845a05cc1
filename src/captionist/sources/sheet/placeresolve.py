"""Settling which city, province and country a caption's picture was taken in, from
what the place finder (places.py) found: every candidate city is scored on how it is
written, whether it agrees with the country or region the caption binds it to, its size
and the sheet's main country; below the threshold nothing is written and the caption
gets a warning naming the candidates (a blank is better than a guess).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from captionist.places.reverse import admin1_name
from captionist.places.words import ADJECTIVE, ANCHORED, CUED, NEAR, UNCUED

from .gazetteer import load_gazetteer, norm
from .placeclues import lake_countries, written_as_place
from .placeasides import loose_accent_match
from .placegate import REGION_NAME, TOWN, opponent, state, positional, refusal
from .placeownforms import own_name
from .placeconfirmed import confirmed_country
from .placesheetrival import sheet_town_outweighs
from .placeagencytown import agency_town
from .placehomekept import home_country
from .placenearland import near_country
from .placeevidence import Evidence, country_source, other_places, stated
from .placesheetread import Asked
from .places import PlaceFacts, PlaceMention


@dataclass
class Place:
    city: dict | None = None
    province: str | None = None
    country: str | None = None      # alpha-2
    sublocation: str | None = None
    warnings: list[str] = field(default_factory=list)
    ambiguous: bool = False
    mention: PlaceMention | None = None     # the mention the city was written from
    region_only: bool = False   # the country is a region's written alone (placestatealone): no evidence for the sheet
    writer: str = ""            # the module that wrote the city ("placeresolve" or a later rule: placeevidence.track)
    evidence: Evidence | None = None    # what the resolver's city rests on (placeevidence.py)
    refused: list = field(default_factory=list)     # (mention, city, why) the gate kept out, no city written
    taken_back: bool = False    # a rule unwrote the city: the country is that rule's (placecountryonly)

    def take_back(self, warning: str, country: str | None = None) -> None:
        """Unwrite the city with the mention and province it came from, saying why in `warning`
        (the rules that see, after resolving, that the city was no place of the picture); the
        country becomes `country`."""
        self.warnings.append(warning)
        self.taken_back = True
        self.city = self.mention = self.province = self.evidence = None
        self.country = country
        self.writer = ""


_THRESHOLD = 3.0


def _score(m: PlaceMention, c: dict, binding: list[tuple[str, str | None]], context: list[str],
           sheet: str | None = None, names: tuple[set[str], set[str]] | None = None) -> float:
    """How sure we are that mention m means city c (the evidence in the module docstring);
    names: _namesakes(m), worked out once when all of m's cities are scored."""
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
        elif m.binds and m.binds[1] and state(m.binds[0], m.binds[1]):
            # "Greenfield, Iowa" never gives the Greenfield of another state (still above a town in
            # another country, so that the gate's warning says which state it is not in)
            return -9.0
    elif c["countrycode"] in context:
        s += 2.5
    elif c["countrycode"] == sheet and (m.kind != UNCUED or m.binds or pop >= 15000):
        # picks between namesakes; never between two places the caption names; and never makes
        # a place of a small town's name the caption does not write as a place ("am Ufer der
        # Elbe" is the river, not Elbe, Lower Saxony)
        s += 1.5
    if c.get("newsroom"):
        s += 1.0
    elif not c.get("primary") and not c.get("adjective"):   # matched by an alternate name only
        s -= 0.5
    if len(_namesake_countries(m, c, names)) == 1:
        s += 1.5 if m.kind >= CUED else 1.0   # one country's place of that name: nothing to confuse it with
    if m.initial and m.kind == UNCUED:
        s -= 1.0
    return s


def _namesakes(m: PlaceMention) -> tuple[set[str], set[str]]:
    """(countries of m's cities that bear its name as their own, countries of all of them)."""
    key = norm(m.text)
    return {x["countrycode"] for x in m.cities if _own_name(x, key)}, {x["countrycode"] for x in m.cities}


def _namesake_countries(m: PlaceMention, c: dict, names: tuple[set[str], set[str]] | None = None) -> set[str]:
    """The countries of the places m's name may mean; when c bears it as its own name, only of
    those that do too (GeoNames gives Old Saybrook, CT the alternate name Zeebrugge: "de haven van
    Zeebrugge" has one country)."""
    own, every = names or _namesakes(m)     # once per mention, not once per city (quadratic in namesakes)
    return own if _own_name(c, norm(m.text)) else every


def _own_name(c: dict, key: str) -> bool:
    """The written name (normalised) is c's own name, an exonym newsrooms use, its adjective
    or the last words of its official name ("Greifswald" of "Universitäts- und Hansestadt
    Greifswald")."""
    return own_name(c, key) or norm(c["name"]).endswith(" " + key)


def _pop(c: dict) -> int:
    return c.get("population") or 0


def _replace(obj, **changes):
    """dataclasses.replace for PlaceMention and PlaceFacts (plain dataclasses: every field set by
    __init__, no __post_init__): the same shallow copy without calling __init__ through
    replace's field walk, which cost more than the rest of _trusted (two calls per mention)."""
    new = object.__new__(type(obj))
    new.__dict__.update(obj.__dict__)
    new.__dict__.update(changes)
    return new


def _trusted(m: PlaceMention, bound: set[str], home: str | None = None) -> PlaceMention | None:
    """m with only the candidates its written name can stand for (None when nothing is left):
    a town matched by another of its names loses to a town at least as big that bears the
    name as its own ("in Görlitz" is Görlitz, not Zgorzelec, which GeoNames also calls so),
    and a bigger one too when the town bearing it is no village ("à Bienne" is Biel/Bienne,
    not Vienna, which GeoNames also calls so)."""
    key = norm(m.text)
    # "Pékin" names Beijing, never Pekin, Illinois, which matches it only without the accent
    # (placeasides): such a town is no candidate at all, so the big city can win
    loose = [c for c in m.cities if loose_accent_match(m.text, c, m.cities)]
    if loose:
        m = _replace(m, cities=[c for c in m.cities if c not in loose])
    own = [c for c in m.cities if _own_name(c, key)]
    biggest_own = max((_pop(c) for c in own), default=-1)
    # (a town of the sheet's country bigger than every namesake bearing the name stays: placehomekept)
    home_floor = biggest_own
    if biggest_own >= TOWN:
        biggest_own = 10 ** 9
    if m.binds:
        bound = bound | {m.binds[0]}
    cities = [c for c in m.cities if c in own or _pop(c) > biggest_own or c["countrycode"] in bound
              or (c["countrycode"] == home and _pop(c) > home_floor)]
    if not cities:
        return None
    return m if len(cities) == len(m.cities) else _replace(m, cities=cities)


def resolve_place(facts: PlaceFacts, sheet_country: str | None, sheet_others: frozenset[str] = frozenset(),
                  agency: str | None = None) -> Place:
    """The caption's city, province and country from what `find_places` found (see the
    module docstring); what cannot be settled becomes a warning naming the candidates.
    sheet_others: the sheet's other countries of two captions or more, where the gate lets a
    town be whose namesakes abroad are not much smaller ("in Inverness" in a sheet on a storm
    over Ireland and Scotland). agency: the credit's national agency's country
    (placeagency.agency_country), read once it is one of the sheet's countries (placeagencytown)."""
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
        names = _namesakes(m)
        scored = sorted(((_score(m, c, binding, context, sheet_country, names), c) for c in m.cities),
                        key=lambda t: -t[0])
        if scored[0][0] >= _THRESHOLD and not binding and (
                len(scored) == 1 or scored[1][0] < scored[0][0] - 1.5):
            binding = [(scored[0][1]["countrycode"], None)]

    between = [m for m in facts.mentions if m.between]
    home = home_country(binding, facts, sheet_country)     # (the sheet's own namesake: placehomekept)
    trusted = (_trusted(m, {b[0] for b in binding}, home) for m in facts.mentions)
    mentions = [t for t in trusted if t is not None and not t.between]
    if any(m.placed and not m.demonym and not opponent(m) for m in mentions):
        # a city adjective may describe a person or a thing from there ("Ein Münchner Polizist
        # ... am Tegernsee"); it stands for the place only when the caption places it nowhere else
        # (the opponent's town is no such place: "Les joueurs rémois ... face à Lens")
        mentions = [m for m in mentions if not m.demonym or m.placed]   # "an der Bregenzer Seepromenade"
    lakes = lake_countries([m for m in mentions if m.water])
    mentions = [m for m in mentions if not m.water]
    facts = _replace(facts, mentions=mentions)
    near = [m for m in facts.mentions if m.kind == NEAR]
    others = [m for m in facts.mentions if m.kind != NEAR]

    choices = []   # (score, city, mention, close rivals)
    # the caption's other unambiguous places say which country it is in ("bij Ede, op weg naar Den Haag")
    for m in facts.mentions:
        if len({c["countrycode"] for c in m.cities}) == 1 and max(c["population"] for c in m.cities) >= 100000:
            context.append(m.cities[0]["countrycode"])
    for m in others + near:     # the gate (placegate.py) decides which may be written
        names = _namesakes(m)
        scored = sorted(((_score(m, c, binding, context, sheet_country, names), c) for c in m.cities),
                        key=lambda t: (-t[0], -(t[1].get("population") or 0)))
        best_s, best = scored[0]
        # a rival is a namesake by its own name, not a town GeoNames only also calls so (Old
        # Saybrook's alternate name Zeebrugge)
        own = _own_name(best, norm(m.text))
        rivals = [c for s, c in scored[1:] if s > best_s - 1.0 and c["countrycode"] != best["countrycode"]
                  and (not own or _own_name(c, norm(m.text)))]
        if rivals and m.kind >= CUED and own and best["countrycode"] in sheet_others:     # (asked last: placesheetread)
            # a namesake outside the sheet's countries is no rival ("in Inverness" among Irish
            # and Scottish captions); the gate still checks the rest
            rivals = [c for c in rivals if c["countrycode"] in sheet_others or c["countrycode"] == sheet_country]
        abroad = next((best_s - s for s, c in scored[1:] if c["countrycode"] != best["countrycode"]), None)
        ev = (best_s, abroad, names)    # the evidence, made up only for the city written
        if best["countrycode"] == sheet_country and best_s >= _THRESHOLD:
            best_s = max(_THRESHOLD, _score(m, best, binding, context))   # rank mentions without the sheet
        choices.append((best_s, best, m, rivals, ev))
    # on a tie the place named first wins: captions say where before they say what else
    # where the picture is: the specific place before the one it is near, a cued place before
    # an uncued one, then the better score
    choices.sort(key=lambda t: (t[2].kind == NEAR, t[2].kind < CUED, not positional(t[2]), -t[0]))

    # (a cued name the index lacks may be the place in the named country: "op de Weissensee bij
    # Techendorf in Oostenrijk")
    conflict = [m for m in facts.mentions if binding and not facts.unknown and m.kind >= CUED and not m.binds
                and not (m.toward or m.in_name or m.person)     # ("Salar" of "Salar de Uyuni": no place)
                and not any(c["countrycode"] == b[0] for c in m.cities for b in binding)]
    warn = None
    floor = UNCUED      # once a cued place could not be settled, a weaker one is not taken instead
    refused = []        # (mention, city, why) the gate kept out
    for s, city, m, rivals, ev in choices:
        if m.kind < floor:
            continue
        why = refusal(m, city, facts, binding, sheet_country, sheet_others)
        if isinstance(sheet_others, Asked):
            sheet_others.gated.append((m, city))    # the cities the gate weighed (placesheetread)
        if why:
            refused.append((m, city, why))
            continue
        withheld = s < _THRESHOLD or (rivals and m.kind in (UNCUED, ADJECTIVE))
        close = not withheld and rivals and (rivals[0].get("population") or 0) * 20 > (city.get("population") or 0) \
            and not sheet_town_outweighs(m, city, facts, sheet_country)
        # (the credit's national agency settles namesakes the caption does not: placeagencytown;
        # `in sheet_others` asked first so that the first resolve notes the agency: placesheetread)
        if (withheld or close) and agency and (agency in sheet_others or agency == sheet_country) \
                and (pick := agency_town(m, facts, agency, sheet_country)) is not None \
                and (pick is city or not refusal(m, pick, facts, binding, sheet_country, sheet_others)):
            if pick is not city:     # (the evidence of the town written, not of the resolver's best)
                s = _score(m, pick, binding, context, sheet_country, ev[2])
                abroad = [_score(m, c, binding, context, sheet_country, ev[2]) for c in m.cities
                          if c["countrycode"] != pick["countrycode"]]
                ev = (s, s - max(abroad) if abroad else None, ev[2])
            city, withheld, close = pick, False, False
        if withheld:
            if warn is None and (m.kind != UNCUED or m.primary) and s > -10:
                names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in [city, *rivals][:4])
                warn = f"ambiguous place: {m.text} (candidates {names})"
            if m.kind >= CUED and s > -10:
                floor = CUED
            continue
        # (a cued town of the sheet's country outweighs a namesake abroad of comparable size:
        # "de visafslag van X" on a Dutch sheet; placesheetrival)
        if close:
            names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in [city, *rivals][:4])
            warn = warn or f"ambiguous place: {m.text} (candidates {names})"
            if m.kind >= CUED:
                floor = CUED
            continue
        out.city, out.mention, out.writer = city, m, "placeresolve"
        out.evidence = Evidence(m.kind, bool(m.binds), m.demonym, ev[0], ev[1], _pop(city),
                                country_source(m, city, binding, context, sheet_country),
                                len(_namesake_countries(m, city, ev[2])), m.primary, m.initial, stated(m),
                                other_places(m, facts), norm(m.text), m.in_name, m.origin, len(facts.unknown))
        break
    likely = facts.likely()     # not every capitalised word some village is called ("Cars": Kars)
    named = [(m, c, why) for m, c, why in refused if m in likely]
    if out.city is None:
        out.refused = named     # the candidates weighed, for a country they agree on (placecountryonly)
    if out.city is None and named:
        out.warnings.append("place not written: " + "; ".join(
            f"{m.text} ({c['name']}, {c['countrycode']}: {why})" for m, c, why in named[:3]))
    if out.city is None and warn:
        out.warnings.append(warn)
        out.ambiguous = True
    if out.city is not None:
        out.country = out.city["countrycode"]
        if facts.province and facts.province[0] == out.country:
            out.province = facts.province[2]
        else:
            out.province = admin1_name(out.country, out.city["admin1code"])
    elif conflict:
        # "Baarle-Hertog, de Belgische enclave in Nederland", "the Tata plant in Port Talbot": a
        # place written as where the picture is lies in none of the countries or regions the
        # caption names; one of the two is misread and the caption does not say which
        m = conflict[0]
        named = ", ".join(sorted({b[0] for b in binding}))
        places = ", ".join(sorted({c["countrycode"] for c in m.cities}))
        out.warnings.append(f"place and country disagree: {m.text} ({places}) but the caption names {named}")
        out.ambiguous = True
        out.country = confirmed_country(conflict, facts.mentions, binding)    # "Waen Rhydd, near Llanwrtyd Wells, Wales" (placeconfirmed)
    elif facts.province:
        out.province, out.country = facts.province[2], facts.province[0]
    elif len(region_of := {r.country for m, _, why in refused if why == REGION_NAME
                           for r in load_gazetteer().index.regions(norm(m.text))}) == 1:
        out.country = region_of.pop()      # "in western Oklahoma": the state, so its country
    elif facts.country_cued:
        out.country = facts.country_cued
    elif len(near_bound := {m.binds[0] for m in near if m.binds}) == 1 and not facts.unknown:
        # "X, près du Locle (Suisse)": the town only locates X, the country bound to it is X's too
        out.country = near_bound.pop()
    elif len(near_land := {near_country(m, facts) for m in near if m.locates_other} - {None}) == 1 and not facts.countries_seen:
        out.country = near_land.pop()      # "het Zoniënwoud bij Brussel": the forest is in Belgium
    elif len({r[0] for r in facts.regions}) == 1:
        out.country = facts.regions[0][0]      # "over Corfu", "in Bavaria": the region is where it is
    elif len({r[0] for r in facts.regions_seen}) == 1 and not any(written_as_place(m) for m in facts.mentions):
        # (a capital opening the caption is no place: "Schapen zoeken beschutting ... op Ameland")
        out.country = facts.regions_seen[0][0]     # "the Isles of Scilly", "des Alpes-Maritimes"
    elif len(lakes) == 1 and not facts.unknown and not facts.countries_seen:
        out.country = lakes.pop()       # "am Tegernsee": the lake of a town in one country
    pair = [m.text for m in between]
    if out.city is None and len(pair) >= 2 and not out.ambiguous:
        out.warnings.append(f"ambiguous place: between {pair[0]} and {pair[1]} (either end, or neither)")
        out.ambiguous = True
    elif out.city is None and facts.near_pairs:
        x, y = facts.near_pairs[0]
        out.warnings.append(f"place not recognised: {x} (near {y}; {y} is not where the picture was taken)")
    elif out.city is None and not out.ambiguous:
        named = {m.text for m, _, _ in refused}     # the gate's warning names those already
        unknown = [m.text for m in facts.mentions if m.cued and not m.toward and m.text not in named] + facts.unknown
        if unknown:
            out.warnings.append(f"place not recognised: {unknown[0]}")
    return out
