"""A numbered district of a big city is written as the city (issue 9, districts34).

GeoNames keeps the arrondissements of Paris, Lyon and Marseille and the districts of Budapest
as populated places of their own, named by the city, a number and a quarter ("Paris 18
Buttes-Montmartre", "Lyon 07", "Marseille 13", "Budapest XI. kerület"), and gives them the
quarters' names as alternates: "le Sacré-Cœur de Montmartre" or "dans le 11e, Paris 11e"
found the arrondissement and wrote "Paris 18 Buttes-Montmartre" as the city, a name no reader
files a picture under. The city is what a caption of a district means: the district's entry
is replaced by the city its name starts with, the same country's town of that name, bigger
and close by (the index's own data, no list of cities).
"""

from __future__ import annotations

import re

from captionist.places.index import haversine

from .gazetteer import load_gazetteer, norm

# "<City> 18 Quarter", "<City> 07", "<City> 11e Arrondissement", "<City> XI. kerület"
_NUMBERED = re.compile(r"(?P<city>[^\d()/]+?) \(?(?:[IVX]+\.|\d{1,2})(?:e|er|ème|\.)?\)?(?: |$)")
# a district lies inside its city: farther than this from the city's point it is another town
# that happens to be named so ("Seremban 2" is a township of its own)
_WITHIN_KM = 20.0


def district_city(city: dict) -> dict | None:
    """The city a numbered district's entry belongs to, or None when `city` is no such entry."""
    m = _NUMBERED.fullmatch(city["name"]) or _NUMBERED.match(city["name"])
    if not m:
        return None
    pop = city.get("population") or 0
    for c in load_gazetteer().cities.get(norm(m.group("city")), ()):
        if (c["countrycode"] == city["countrycode"] and c.get("primary") and c["population"] > pop
                and haversine(c["latitude"], c["longitude"], city["latitude"], city["longitude"]) <= _WITHIN_KM):
            return c
    return None


def district_as_city(place) -> None:
    """Write the city instead of a numbered district of it (the module docstring)."""
    if place.city is not None and (c := district_city(place.city)) is not None:
        place.city = c


# a city's quarter named by its compass point or centre, after a hyphen ("Rotterdam-Oost",
# "Amsterdam-West", "Berlin-Mitte", "Frankfurt-Nord", "Marseille-Est"): GeoNames has villages
# called Oost, West, Nord or Centrum, so the compound read as a race or a route between two
# towns (placeredteam._race_end: "Paris-Roubaix") and the city was refused
COMPASS_QUARTERS = frozenset(
    "noord zuid oost west centrum midden noordoost noordwest zuidoost zuidwest "
    "nord sud süd ost mitte zentrum nordost nordwest südost südwest "
    "north south east central northeast northwest southeast southwest "
    "est ouest centre nord-est nord-ouest sud-est sud-ouest".split())


def compass_quarter(word: str) -> bool:
    """`word` (after a city's hyphen) names a quarter by its compass point, not a town."""
    return word.casefold() in COMPASS_QUARTERS


def city_quarter(name: str) -> bool:
    """`name` is a city's compass quarter ("Frankfurt-Nord"): a part of a city the index knows,
    never a village of its own to write as the caption spells it (placebarevillage). Only a
    city of _QUARTERED people has such quarters; "Ghraiba-Nord" is a village of its own."""
    first, _, rest = name.partition("-")
    return bool(rest) and compass_quarter(rest) and any(
        c["population"] >= _QUARTERED for c in load_gazetteer().cities.get(norm(first), ()))


_QUARTERED = 100000
