"""A state, county or province written alone as where the picture is gives its country (issue 9,
country32).

"Überschwemmungen in Florida.", "Apple pickers at an orchard in Suffolk.", "Voters in Virginia
line up before dawn.": the gate (placegate.py) refuses the town GeoNames has under that name
abroad (Florida, Cuba; Suffolk, Virginia; Virginia, Free State) because the name is also a
region, and the caption names no country. With nothing more specific written, the region is
the place: its country is written, never a city.

Only when the grammar is a region's: the one place the caption names, after "in" / "im" /
"dans" (not "aus", "nach", "from", a team, a person or another name), with no country, no
other region, no near-pair and no name the index lacks (a village would be the place, and the
region only where it lies). Never for a country's name ("in Georgia"), and never when
regions of that name lie in two countries of comparable size ("in Limburg": the Netherlands or
Belgium). Of two countries whose regions share the name, the one at least ten times the other's
people is taken (placeonecountry.py): "in Florida" is the US state before the department of
Uruguay, "in Montana" the state before the Bulgarian province.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placegate import TOWN
from .placeownforms import own_name
from .placeonecountry import one_country

# the words that put the picture inside a region ("in Florida", "im Burgenland", "dans le Var")
_INSIDE = frozenset("in im dans".split())
# a name followed by a comma or bracket and a capitalised word ("X, Ont.", "X (Qld)")
_QUALIFIED = re.compile(r"([A-ZÀ-Þ][\w'’-]*(?:[ -][A-ZÀ-Þ][\w'’-]*)*)(?:,| \() ?[A-ZÀ-Þ]")


def state_country(text: str, facts, place) -> str | None:
    """The country of the region the caption writes alone as where the picture is, or None."""
    if place.city is not None or place.country is not None:
        return None
    if facts.unknown or facts.countries_seen or facts.near_pairs or facts.province or facts.regions_seen:
        return None
    likely = facts.likely()
    if len({norm(m.text) for m in likely}) != 1:
        return None
    m = likely[0]
    if m.cue[0] not in _INSIDE or not m.placed or m.binds or m.origin or m.toward or m.person \
            or m.in_name or m.between or m.demonym or m.water or m.locates_other:
        return None
    key = norm(m.text)
    gz = load_gazetteer()
    if key in gz.countries:
        return None     # "in Georgia": the country, the state, or a town; other rules decide
    a2 = one_country({r.country for r in gz.index.regions(key)})
    # a town of TOWN people by that name in the region's own country makes the name the town's
    # first (the county of Peterborough is named after its city, which Ontario has too): the
    # gate's doubts about the town are the region's as well; a village there changes nothing
    # (Florida, New York: the country is the same)
    if a2 is None or any(c["countrycode"] == a2 and own_name(c, key) and (c.get("population") or 0) >= TOWN
                         for c in m.cities):
        return None
    # "in Peterborough, Ont.": something written right after the name says where it lies
    if any(q.group(1) == m.text for q in _QUALIFIED.finditer(text)):
        return None
    return a2
