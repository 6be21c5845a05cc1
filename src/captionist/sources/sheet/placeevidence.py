"""What a written city rests on (issue 9, abstain34): the evidence the resolver had when it
chose the city, kept on the Place so that the abstain policy (placeabstain.py) and the
calibration bench (bench/sheet_calibrate.py) read the same facts instead of re-deriving them.

A city is written either by the resolver (placeresolve.py: a gazetteer town, scored) or by a
later rule (placeunlisted "in <village>, <country>", placewiredash's capitals dateline,
placebarevillage...): `track` runs a rule and notes its module as the writer when it changes
the city, so that every written city says where it came from.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from captionist.places import haversine

from .gazetteer import load_gazetteer, norm
from .placegate import positional
from .placestated import _FACILITY_OF
from captionist.places.words import ADJECTIVE, ANCHORED, CUED, NEAR, UNCUED

KIND_NAMES = {UNCUED: "uncued", ADJECTIVE: "adjective", NEAR: "near", CUED: "cued", ANCHORED: "anchored"}


@dataclass(frozen=True)
class SheetTowns:
    """Every caption's own town (placed before the sheet's country is known), once per sheet."""
    count: dict         # geonameid -> captions placed there
    where: tuple        # (geonameid, latitude, longitude) of each town


def sheet_towns(firsts: list) -> SheetTowns:
    # (a village a rule wrote without the index has no id nor coordinates: "in Ossenzijl")
    towns = [c for c in firsts if c is not None and c.get("geonameid") and "latitude" in c]
    count = Counter(c["geonameid"] for c in towns)
    where = {c["geonameid"]: (c["geonameid"], c["latitude"], c["longitude"]) for c in towns}
    return SheetTowns(dict(count), tuple(where.values()))


@dataclass(frozen=True)
class Evidence:
    kind: int               # how the name is written (places.py): UNCUED .. ANCHORED
    binds: bool             # a country or region written right after it ("X, Sweden", "X (Aude)")
    demonym: bool           # read from an adjective or demonym ("Rotterdamse", "parisien")
    score: float            # the resolver's score of the city (placeresolve._score, with the sheet)
    margin: float | None    # over the best candidate in another country (None: no namesake abroad)
    population: int
    country: str            # where the country came from: "binds", "named" (the caption names it
                            # elsewhere), "context" (a country or big town named in passing), "sheet"
                            # (the sheet's main country only) or "none"
    namesakes: int          # countries holding a place of that name (by its own name)
    primary: bool           # the written name is the city's main name
    initial: bool           # the first word of a sentence
    positional: bool = False    # written as where the picture is ("in X", "am Bahnhof von X": stated below)
    others: int = 0         # other places the caption writes (listed or not): which is the picture's?
    key: str = ""           # the written name, normalised (for `region`, asked only when needed)
    in_name: bool = False   # part of another name ("the Congress of X", "players of X Saint-Germain")
    origin: bool = False    # where someone comes from ("a woman from X")
    unknown: int = 0        # cued names in the caption the index lacks ("in <village>")
    # what the sheet says (sheet_evidence, after the sheet is resolved; learn35):
    lang: str = ""          # the caption's language
    same: int = 0           # other captions of the sheet whose own place is this very town
    at: tuple | None = None     # the city's (geonameid, latitude, longitude)
    towns: SheetTowns | None = field(default=None, compare=False, repr=False)    # the sheet's, shared

    @property
    def km(self) -> float | None:
        """To the nearest other town a caption of the sheet is placed in (None: none); worked
        out only when asked (a sheet of 2,000 captions would pay for every pair)."""
        if self.at is None or self.towns is None:
            return None
        gid, lat, lon = self.at
        return min((haversine(lat, lon, la, lo) for g, la, lo in self.towns.where if g != gid), default=None)

    @property
    def region(self) -> bool:
        """The written name is also a region's, province's or county's ("Limburg", "Durham",
        "Salzburg"): the town or the land around it, which the caption may not say."""
        return bool(self.key) and bool(load_gazetteer().index.regions(self.key))

    @property
    def band(self) -> str:
        p = self.population
        return "<15k" if p < 15000 else "15k-100k" if p < 100000 else "100k-1M" if p < 1000000 else "1M+"

    @property
    def kind_name(self) -> str:
        return KIND_NAMES[self.kind]


def country_source(m, city: dict, binding: list, context: list, sheet: str | None) -> str:
    """Where the agreement of city's country comes from (the `country` field of Evidence)."""
    cc = city["countrycode"]
    if m.binds and m.binds[0] == cc:
        return "binds"
    if any(b[0] == cc for b in binding):
        return "named"
    if cc in context:
        return "context"
    if cc == sheet:
        return "sheet"
    return "none"


def other_places(m, facts) -> int:
    """How many other places the caption writes besides m (names written as places: cued, bound,
    adjectives, towns of 15,000+; and cued names the index lacks, "in <village>"): when there is
    one, which of them is the picture's place is the caption's to say."""
    key = norm(m.text)
    named = {norm(x.text) for x in facts.likely() if norm(x.text) != key and not x.between and not x.toward}
    return len(named) + len({norm(u) for u in facts.unknown} - named - {key})


def stated(m) -> bool:
    """m is written as where the picture is: with a positional word ("in X", "bij X": placegate),
    or after a facility or public place of the town ("am Bahnhof von X", "la gare de X": the noun
    lies in X, placestated); a cued mention without its words kept was made by a rule that read
    it as the place ("X near Y" takes the village X: places.village_pair)."""
    return positional(m) or m.cue == ("", "") or bool(_FACILITY_OF.match(f"{m.cue[1]} {m.text}"))


def sheet_evidence(place, lang: str, towns: SheetTowns, first: dict | None) -> None:
    """Add to place's evidence what the sheet says of its city: the caption's language, how
    many other captions were placed in the same town on their own (first: this caption's own
    town before the sheet's country was known) and where it lies, for the distance to the
    nearest other town the sheet's captions are placed in (a desk's sheet keeps to a region; a
    town far from all the others is more often a namesake)."""
    ev, city = place.evidence, place.city
    if ev is None or city is None or not city.get("geonameid") or "latitude" not in city:
        return
    gid = city["geonameid"]
    same = towns.count.get(gid, 0) - (first is not None and first.get("geonameid") == gid)
    # the same copy as dataclasses.replace without its walk of the 20 fields through __init__
    # (every field is set by __init__, no __post_init__; frozen only bars setting attributes):
    # one Evidence a caption, speed36
    new = object.__new__(Evidence)
    new.__dict__.update(ev.__dict__, lang=lang, same=same, at=(gid, city["latitude"], city["longitude"]), towns=towns)
    place.evidence = new


def track(place, rule, *args) -> None:
    """Run rule(*args) on `place`; when it writes another city, note the rule's module as the
    writer (and drop the resolver's evidence, which was about the city taken back)."""
    before = place.city
    rule(*args)
    if place.city is not before:
        place.writer = rule.__module__.rsplit(".", 1)[-1] if place.city is not None else ""
        place.evidence = None
