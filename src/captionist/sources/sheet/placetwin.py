"""A town written with its other language's name in brackets (issue 9, recall30).

Border regions write a town in both its languages: "Bergen (Mons)", "Kelmis (La Calamine)",
"Toblach (Dobbiaco)", "Doornik (Tournai)". The name in brackets is then no region: it picks,
among the towns the first name may be, the one that bears both names, and it is that town's
own name written out, as good as "in Mons". Only a candidate of the first name whose GeoNames
entry the bracketed name also finds (the same geonameid); nothing else is read from it.
"""

from __future__ import annotations

from .gazetteer import Gazetteer, norm


def twin_named(cities: list[dict], bracketed: str, gz: Gazetteer) -> list[dict]:
    """The candidates of a name that the bracketed name after it also names (the same
    geonameid), marked as written by their own name when it is theirs; else []."""
    key = norm(bracketed)
    ids = {c["geonameid"] for c in gz.cities.get(key, ()) if c.get("geonameid") is not None}
    both = [c for c in cities if c.get("geonameid") in ids]
    return [dict(c, primary=True) if norm(c["name"]) == key else c for c in both]
