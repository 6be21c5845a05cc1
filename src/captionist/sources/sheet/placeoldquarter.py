"""A city's old quarter is written as the city (issue 9, wrongb44).

Captions place a picture in a city's historic centre by a name built on the city's own: "on a
street in Old Montreal", "at a church in Old Cairo", "dans le Vieux-Lyon", "in Alt-Berlin", "in
Oud-Rotterdam". The index has no entry for the quarter, so the whole run of capitals was written
as an unlisted village, spelled as the caption writes it and in no country (placebarevillage):
a wrong place where the city is plain to any reader. The old quarter lies in the city, so the
city is written, from the index, with a warning that says where it was read from.

Only a word of the table before the name (per language, below), only when the whole name is no
town of the index itself ("Oud-Beijerland", "Old Saybrook", "Vieux-Boucau" are towns and stay
the resolver's), and only for a city of _BIG people in one country: a small town has no quarter
a caption names so, and a name shared by big cities of two countries says nothing about which.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm

# the word for "old" that opens a quarter's name, per language: en "Old Delhi", fr "Vieux-Nice"
# (also "Vieille-Ville"-style feminine forms), de "Alt-Berlin", nl "Oud-Rotterdam"
OLD_WORDS = {
    "en": ("Old",),
    "fr": ("Vieux", "Vieille"),
    "de": ("Alt",),
    "nl": ("Oud",),
}

_OLD = re.compile(r"^(?:" + "|".join(w for ws in OLD_WORDS.values() for w in ws) + r")[\s-]+(?P<city>\S.*)$")

_BIG = 100000


def old_quarter_city(name: str) -> dict | None:
    """The city whose old quarter `name` is ("Old Cairo": Cairo), or None (the docstring)."""
    m = _OLD.match(name)
    if m is None:
        return None
    gz = load_gazetteer()
    if gz.cities.get(norm(name)):
        return None     # a town of its own ("Oud-Beijerland")
    big = [c for c in gz.cities.get(norm(m.group("city")), ()) if c["population"] >= _BIG and not c.get("adjective")]
    if not big or len({c["countrycode"] for c in big}) != 1:
        return None
    return big[0]   # most populous first (the index's order)


def unknown_rest(name: str) -> bool:
    """`name` is "Old X" with neither itself nor X a town of the index: the old part of a town
    the index lacks, or a village named after one; which, and where, nothing says."""
    m = _OLD.match(name)
    gz = load_gazetteer()
    return m is not None and not gz.cities.get(norm(name)) and not gz.cities.get(norm(m.group("city")))


WARNING = "place read from {x}, the old quarter of {city} ({a2}); check it"
UNKNOWN = "place not written: {x} (the old part of a town the index lacks, or a village named after it)"


def write_old_quarter(place, x: str, home: str | None) -> bool:
    """Write the city of the old quarter `x` (True), unless it is none or lies outside the
    country the sheet already gives (`home`). "Old X" with X unknown to the index is not written
    as a village either (True, with a warning): a town the index lacks has no quarter it could
    place, and the caption's "Old X" may as well be that town's old part as a village."""
    if unknown_rest(x):
        place.warnings.append(UNKNOWN.format(x=x))
        return True
    city = old_quarter_city(x)
    if city is None or (home is not None and home != city["countrycode"]):
        return False
    place.city, place.country, place.province = city, city["countrycode"], None
    place.warnings[:] = [w for w in place.warnings if not w.startswith("place not recognised")]
    place.warnings.append(WARNING.format(x=x, city=city["name"], a2=city["countrycode"]))
    return True
