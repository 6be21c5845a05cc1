"""An island named in the caption is an area (issue 9, islands46): it gives its country, and a
town the same caption writes is read among its namesakes on that island first.

The shapes: "Windsurfers bij Santa Maria op het eiland Sal", "El Paso op La Palma", "Sete
Cidades, São Miguel", "the port of Los Cristianos, on the Canary Island of Tenerife", "Valverde
auf der Kanareninsel El Hierro", "sur l'île de São Vicente", "who arrived on El Hierro ... rests
at a shelter in Valverde". Without the island the town's biggest namesake wins or the gate
withholds it (El Paso, Texas; Sāl, Jordan; Sete Cidades in Cape Verde; Horta in Catalonia).

The islands are a data table (data/island_areas.json: names in nl/en/de/fr, the country or
territory code, a middle point and a reach in km). "Lies on" is read by distance, not by GeoNames
admin codes: the index's towns carry admin1 only, which is a whole archipelago (the Canaries, the
Azores, the South Aegean), and most islands are no admin area of their own. A territory with
its own ISO 3166 code (Curaçao CW, Aruba AW, Sint Maarten SX, Saint-Martin MF, Bonaire BQ)
has that code, as GeoNames files its towns.

An island counts only when written as one: after "on"/"op"/"auf"/"sur" (with an island word or
not), after an island word ("the island of X", "het eiland X", "die Insel X", "l'île de X",
"Kanareninsel X", "X island"), or right after a town (placeinarea's chain: "X, Tenerife", "X
(Madeira)"); never a bare name ("in Santiago" is Chile's capital, "Jersey" may be New Jersey's).
It only narrows a town's namesakes to those on it; it never refuses a town (a caption may name
an island and a town elsewhere: "Boeren van Texel demonstreren in Den Haag").
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from pathlib import Path

from captionist.places import haversine
from captionist.places.words import NEAR

from .gazetteer import load_gazetteer, norm

_DATA = Path(__file__).resolve().parents[2] / "data" / "island_areas.json"


@dataclass(frozen=True)
class Island:
    name: str                   # normalised
    countries: frozenset[str]   # alpha-2: the country or the territory's own code
    point: tuple[float, float]
    reach_km: float

    def holds(self, c: dict) -> bool:
        if c.get("countrycode") not in self.countries or c.get("latitude") is None:
            return False
        return haversine(self.point[0], self.point[1], c["latitude"], c["longitude"]) <= self.reach_km


@functools.lru_cache(maxsize=1)
def islands() -> dict[str, Island]:
    """Normalised island name -> Island (every name form of the table)."""
    out: dict[str, Island] = {}
    for row in json.loads(_DATA.read_text("utf-8"))["islands"]:
        for name in row["names"]:
            key = norm(name)
            out[key] = Island(key, frozenset(row["cc"]), (row["at"][0], row["at"][1]), float(row["km"]))
    return out


def island_named(key: str) -> Island | None:
    """The island a normalised name stands for in the table, or None."""
    return islands().get(key)


# an island written as one: after an on-word (with its article and an island word or not), or
# after an island word of its own, also the end of a German or Dutch compound ("Kanareninsel",
# "Waddeneiland"); "Canary Island of", "the island of", "l'île de", "het eiland", "die Insel"
_ISLAND_WORD = r"(?:island|isle|eiland|insel|île|ile)"
_CUE = re.compile(
    r"(?i:\b(?:on|op|auf|sur)\s+(?P<art>(?:the|de|het|der|die|dem|la|le|les)\s+|l['’])?"
    r"(?:(?:[a-zäöüéè]+[- ]?)?" + _ISLAND_WORD + r"\s+(?:(?:of|van|de|du|d['’])\s*)?)?"
    r"|\b" + _ISLAND_WORD + r"\s+(?:(?:of|van|de|du|d['’])\s*)?)"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|da|das|de|del|do|dos|of|la|el))*)")
# right after a town, with a comma or in brackets ("Sete Cidades, São Miguel", "Lajes do Pico
# (Açores)"): placeinarea's chain reads it too; here for the region of that name read elsewhere
_AFTER = re.compile(r"(?:,\s+|\s\()(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|da|das|de|do|dos))*)")
_ISLE_OF = re.compile(r"(?i)\bisle of\s*$")
# "Kinmen island", "Marion Island": the name before the word
_BEFORE = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?)\s+[Ii]sland\b")


_TRAIL = frozenset("da das de del do dos of la el".split())


def _longest(run: str) -> Island | None:
    """The island the whole capitalised run names ("on Jersey Shore" is no Jersey; "Tenerife's
    south coast" is Tenerife's)."""
    words = run.split()
    while words and words[-1] in _TRAIL:
        words.pop()
    name = " ".join(words).rstrip(".,")
    if name.endswith(("'s", "’s")):
        name = name[:-2]
    return island_named(norm(name)) if name else None


def _cued(text: str):
    """(cue match, island) for each island the text writes as one, after an on-word or an island
    word."""
    for m in _CUE.finditer(text):
        # the name must start with a capital ("on Tuesday" is no island, but neither in the table)
        if not m.group("name")[:1].isupper():
            continue
        # the article may be the island's own ("op La Palma", "on El Hierro")
        hit = (m.group("art") and _longest(m.group("art") + m.group("name"))) or _longest(m.group("name"))
        if hit is None and _ISLE_OF.search(text, 0, m.start("name")):
            hit = _longest("Isle of " + m.group("name"))     # "on the Isle of Man"
        if hit is not None:
            yield m, hit


def cued_islands(text: str, written: bool = False) -> list[Island]:
    """The islands of the table the caption writes as islands (see the module docstring); with
    `written`, only those after an on-word or an island word (not a bare name after a comma)."""
    if not any(w in text for w in ("on ", "op ", "auf ", "sur ", "sland", "sle ", "iland", "nsel", "le ", ",", "(")):
        return []       # most captions name no island: a string test before the regexes (speed)
    found: list[Island] = []
    for _, hit in _cued(text):
        if hit not in found:
            found.append(hit)
    if written:
        return found
    if "," in text or "(" in text:
        for m in _AFTER.finditer(text):
            hit = _longest(m.group("name"))
            if hit and hit not in found:
                found.append(hit)
    for m in _BEFORE.finditer(text):
        hit = island_named(norm(m.group("name")))
        if hit and hit not in found:
            found.append(hit)
    return found


# a capitalised word right before the on-word: "<Town> op Faial", "<Town> on the island of Sal"
# (not the sentence's first word: "Boeren op Texel" names no town before the island)
_NAMED_BEFORE = re.compile(r"(?<=[\w,]\s)[A-ZÀ-Þ][\w'’.-]*\s+$")


def _behind_a_name(text: str) -> set[str]:
    """The islands written as one right after a capitalised name (the town on them)."""
    return {hit.name for m, hit in _cued(text) if _NAMED_BEFORE.search(text, 0, m.start())}


def agree_with_islands(facts, text: str) -> None:
    """Narrow each town mention's namesakes to those on the island the caption names ("bij El
    Paso op La Palma": the Canarian El Paso, not El Paso, Texas), when one of them lies on it;
    never a refusal. Once a town lies on it, the island's own name is no town and its namesake
    regions abroad are dropped; an island written as one gives its code (`_territory`)."""
    found = cued_islands(text)
    if not found:
        return
    names = {i.name for i in found}
    placed = False
    for m in facts.mentions:
        if not m.cities or norm(m.text) in names or m.origin or m.toward:
            continue
        # a town bound to another country than the island's code ("Saint-Pierre (La Réunion)": FR
        # through the region 974) is read as before
        isles = [i for i in found if not m.binds or m.binds[0] in i.countries]
        inside = [c for c in m.cities if any(i.holds(c) for i in isles)]
        placed = placed or bool(inside) and m.kind >= NEAR
        if inside and len(inside) < len(m.cities):
            m.cities = inside
            # the island binds the town's country: the gate's "names no country" and the
            # resolver's agreement read it ("Philipsburg op Sint Maarten": SX)
            for cc in {c["countrycode"] for c in inside}:
                if (cc, None) not in facts.regions_seen:
                    facts.regions_seen.append((cc, None))
    _territory(facts, cued_islands(text, written=True))
    behind = _behind_a_name(text)
    if behind:
        # "Horta op Faial", "Vila X on the island of Sal": the name before the on-word is the town,
        # whether the index places it on the island, elsewhere or nowhere; the island is no town
        facts.mentions = [m for m in facts.mentions if norm(m.text) not in behind or m.binds]
    if placed:
        # the island's own name read as a town ("Tarrafal op Santiago": not Santiago de Chile)
        # once another town the caption writes lies on it
        facts.mentions = [m for m in facts.mentions if norm(m.text) not in names or m.binds]
        if facts.regions:
            _drop_namesake_regions(facts, found)


def _drop_namesake_regions(facts, found: list[Island]) -> None:
    """The island's name read as a region of another country is the island ("Sete Cidades, São
    Miguel": the Azorean island, not the municipality of Cape Verde) once a town the caption
    writes lies on it."""
    gz = load_gazetteer()
    # ... not when a town is bound to that region's country: "Saint-Pierre (La Réunion)" is read
    # through the French region (974), which the gate maps to the island's own code
    bound = {m.binds[0] for m in facts.mentions if m.binds}
    other = {(r.country, r.code) for i in found for r in gz.index.regions(i.name)
             if r.country not in i.countries and r.country not in bound}
    if other:
        facts.regions = [r for r in facts.regions if r not in other]
        facts.regions_seen = [r for r in facts.regions_seen if r not in other]


def _territory(facts, written: list[Island]) -> None:
    """An island written as one, of one country or territory, is where the caption is when it
    names no other country: "op Sint-Eustatius" is BQ, "op Sint Maarten" SX (the index files
    both as regions of the Netherlands, ISO 3166-2 NL-BQ3, NL-SX; the corpus README accepts the
    own code)."""
    codes = {cc for i in written for cc in i.countries}
    if len(codes) != 1:
        return
    cc = codes.pop()
    if any(c != cc for c in facts.countries_seen) or facts.country_cued not in (None, cc):
        return
    _drop_namesake_regions(facts, written)
    if not any(r[0] == cc for r in facts.regions):
        facts.regions.append((cc, None))
    if (cc, None) not in facts.regions_seen:
        facts.regions_seen.append((cc, None))
