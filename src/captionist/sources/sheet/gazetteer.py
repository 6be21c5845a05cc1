"""The gazetteer as the sheet parser sees it: a thin view of the product's place
service (captionist.places), which holds every GeoNames populated place of 500+
people with its alternate names and exonyms, countries with their names and
adjectives in nl/en/de/fr, and regions, in an on-disk index built once.

Records get ISO 3166-1 alpha-3 codes ("UKR"): IIM 2:100 allows 3 bytes and that is
what agencies put there.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from captionist.places import PlaceIndex, get_index, iso, norm

__all__ = ["Gazetteer", "load_gazetteer", "country_name", "city_name", "norm", "province_from"]


class _Cities:
    """Normalised name -> cities, looked up in the index on demand (never loaded whole)."""

    def __init__(self, index: PlaceIndex):
        self._index = index

    def get(self, key: str, default=None):
        got = self._index.cities(key)
        return list(got) if got else default

    def __contains__(self, key: str) -> bool:
        return bool(self._index.cities(key))


@dataclass
class Gazetteer:
    cities: _Cities                         # normalised name -> city records
    countries: dict[str, str]               # normalised name/adjective -> alpha-2
    admin1: dict[str, dict[str, str]]       # readable admin1 names where we keep them
    province_words: dict[str, str]          # normalised -> admin1 code (UA)
    preferred: dict[str, str]
    index: PlaceIndex
    islands: frozenset[str] = frozenset()   # islands that share a town's name: the island is meant


def _aliases() -> dict:
    return get_index().aliases


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The view, made on first use and kept for the life of the process."""
    index = get_index()
    data = index.aliases
    province_words = {norm(w): code for code, words in data.get("province_words", {}).items() for w in words}
    islands = frozenset(norm(w) for words in data.get("islands", {}).values() for w in words)
    return Gazetteer(_Cities(index), index.countries, data.get("admin1", {}), province_words,
                     data.get("preferred_city_names", {}), index, islands)


@functools.lru_cache(maxsize=512)
def country_name(a2: str) -> tuple[str, str] | None:
    """(countryName, alpha-3 countryCode) for an alpha-2 code."""
    c = iso.country(a2)
    if c is None:
        return None
    name = _aliases().get("country_names", {}).get(a2) or c.get("common_name") or c["name"]
    return name, c["alpha_3"]


def city_name(city: dict) -> str:
    """The spelling newsrooms use for a GeoNames city (place_aliases.json), else its GeoNames name."""
    return load_gazetteer().preferred.get(str(city["geonameid"]), city["name"])


def province_from(name: str, gz: Gazetteer) -> tuple[str, str, str] | None:
    """(country, admin1 code, province name) for "<name> Oblast", "region of <name>"..."""
    key = norm(name)
    cands = [c for c in gz.cities.get(key, ()) if c["countrycode"] in gz.admin1]
    if not cands:
        return None
    c = cands[0]
    a2, code = c["countrycode"], c["admin1code"]
    if a2 == "UA" and code == "12":
        code = "13"  # Kyiv Oblast, not the city
    name = gz.admin1.get(a2, {}).get(code)
    return (a2, code, name) if name else None
