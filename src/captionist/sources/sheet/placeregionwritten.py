"""A town that disagrees with the region written right after it (issue 9, border30).

"la Maison des loups d'Orlu (Ariège)", "le village de Trient (Valais)", "Orlu, Ariège": a
département, canton, Land, province or state in brackets or after a comma says where the town
lies. When no town of that name in the index lies in that region's country (GeoNames has an
Orlu in Nigeria, and "Trient" is the German name of Trento, Italy; the French and Swiss
villages are under 500 people), the index's town is not the caption's: it is taken back, and
the village is written as the caption spells it in the region's country, with the warning the
unlisted villages carry (placeunlisted.WARNING) and one that says the index's namesake
disagreed with the region.

Only when the town's names in the index are a village's (under placegate.TOWN people) or not
its own name (an exonym, an old name): a big city followed by a region abroad is a list more
often than a mistake ("visits to Kyiv, Bavaria and Texas"). Never for a name written as
someone's origin, a destination, a team or person, part of another name, or one end of a
"between"; never when the caption names another country as well.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placegate import TOWN
from .placeisland import island_named
from .placeownforms import own_name
from .placeunlisted import write_village

# "X (Ariège)", "X, Ariège": the region's name, up to three words, then no further capital
_AFTER = re.compile(r"(?:\s\(|,\s)(?P<r>[A-ZÀ-Þ][\w'’-]+(?:[ -][\w'’-]+){0,2}?)(?:\)|(?=[,.;:]|\s[a-zà-ÿ]|$))")


def _region_after(text: str, name: str, gz) -> str | None:
    """The one country of the region written right after `name` somewhere in `text`."""
    i = text.find(name) if name else -1
    while i >= 0:     # str.find: a pattern per name overflowed re's cache (1,316 compiles)
        end = i + len(name)
        i = text.find(name, end)
        m = _AFTER.match(text, end)
        if m is None:
            continue
        key = norm(m.group("r"))
        if key in gz.countries:
            continue    # "X, Country": the gate checks that binding
        isle = island_named(key)     # "Sete Cidades, São Miguel": the Azorean island, not Cape Verde's
        countries = set(isle.countries) if isle else {r.country for r in gz.index.regions(key)}
        if len(countries) == 1:
            return countries.pop()
    return None


def region_disagrees(text: str, facts, place) -> None:
    """Take back a town that lies outside the country of the region written after it, and
    write the caption's village in that country (see the module docstring)."""
    if place.city is not None and place.city.get("unlisted"):
        return
    mentions = [place.mention] if place.city is not None else facts.mentions
    gz = load_gazetteer()
    for m in mentions:
        if m is None or m.between or m.toward or m.origin or m.person or m.in_name:
            continue
        if m.binds and m.binds[1] is None:
            continue    # "X, Country": the gate checks that binding
        a2 = _region_after(text, m.text, gz)
        if a2 is None or any(c["countrycode"] == a2 for c in m.cities):
            continue
        key = norm(m.text)
        if any(own_name(c, key) and (c.get("population") or 0) >= TOWN for c in m.cities):
            continue
        named = set(facts.countries_seen) - {a2}
        if named:
            return
        where = ", ".join(sorted({c["countrycode"] for c in m.cities}))
        place.city = place.mention = None
        write_village(place, m.text, a2)
        place.warnings.insert(0, f"place and region disagree: {m.text} of the index lies in {where}, "
                                 f"the region written after it in {a2}")
        return
