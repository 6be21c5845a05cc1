"""A numbered district of a big city is written as the city (issue 9, districts34).

GeoNames keeps the arrondissements of Paris, Lyon and Marseille and the districts of Budapest
as populated places of their own, named by the city, a number and a quarter ("Paris 18
Buttes-Montmartre", "Lyon 07", "Marseille 13", "Budapest XI. kerület"), and gives them the
quarters' names as alternates: "le Sacré-Cœur de Montmartre" or "dans le 11e, Paris 11e"
found the arrondissement and wrote "Paris 18 Buttes-Montmartre" as the city, a name no reader
files a picture under. The city is what a caption of a district means: the district's entry
is replaced by the city its name starts with, the same country's town of that name, bigger
and close by (the index's own data, no list of cities), linked once when the index is built
(places/sections.py, kinds35).
"""

from __future__ import annotations

from .gazetteer import load_gazetteer, norm
from .placequarter import quarter_as_city


def district_city(city: dict) -> dict | None:
    """The city a numbered district's entry belongs to, or None when `city` is no such entry:
    the index links them once at build (places/sections.py, kinds35)."""
    cid = city.get("geonameid")
    parent = load_gazetteer().index.section_city(cid) if cid is not None else None
    if parent is None:
        return None
    # the city as the place finder gives it (with its newsroom spelling's flags)
    return next((c for c in load_gazetteer().cities.get(norm(parent["name"]), ())
                 if c["geonameid"] == parent["geonameid"]), parent)


def district_as_city(place, text: str = "", facts=None) -> None:
    """Write the city instead of a numbered district of it (the module docstring), or of a
    quarter the caption writes as part of it ("Q, a district of C": placequarter, district39)."""
    if place.city is not None and (c := district_city(place.city)) is not None:
        place.city = c
    elif facts is not None:
        quarter_as_city(text, facts, place)


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
