"""Airports in the place index (facilities34, issue 9): which town an airport is named after,
and where it lies.

Source: the `airportsdata` package (airports with an IATA code: about 7,900, each with its
name, the city it serves, its country and coordinates; kept up to date monthly on PyPI).
Nothing is fetched at run time: the table is written into the SQLite index at build time
(build.py calls `build_airports`), so a lookup is one query.

Why: captions name airports after the city they serve ("Flughafen Stuttgart", "Stockholm
Arlanda", "aéroport de Lille-Lesquin"), while the picture's place is the municipality the
airport lies in (Leinfelden-Echterdingen, Sigtuna, Lesquin). The table links an airport to
the GeoNames towns its name and served city name (`served`: town ids of its country within
60 km, so "Wien" finds Vienna's airport by the town's id, whatever language names it), and
keeps the airport's coordinates, which tell how far it lies from that town.
"""

from __future__ import annotations

import re

from .names import norm

SCHEMA = """
CREATE TABLE airport (iata TEXT PRIMARY KEY, name TEXT, cc TEXT, lat REAL, lon REAL);
CREATE TABLE airport_town (town INTEGER, iata TEXT, PRIMARY KEY (town, iata)) WITHOUT ROWID;
"""

# words of airport names that name no town ("Memmingen Allgau Airport", "Bergamo / Orio Al
# Serio Airport", "Frankfurt am Main International Airport")
_GENERIC = frozenset(norm(w) for w in (
    "airport", "international", "intl", "regional", "municipal", "airfield", "aerodrome", "airstrip",
    "airpark", "field", "air", "base", "afb", "station", "county", "executive", "memorial", "city",
    "aeroport", "aeropuerto", "aeroporto", "flughafen", "lufthavn", "flygplats", "lotnisko"))

# a served city beyond this distance from the airport is another town of the same name
_SERVED_KM = 100.0      # (Paris-Beauvais: 70 km)


def _phrases(name: str, city: str) -> set[str]:
    """The keys a town the airport is named after may have: the served city ("Lille/Lesquin"
    gives both), the name's parts between hyphens and slashes, its words and word pairs."""
    out = {norm(p) for p in city.split("/") if p.strip()}
    parts = [p for p in re.split(r"\s*[/\-]\s*|\s+/\s+", name) if p.strip()]
    for part in [name, *parts]:
        words = [w for w in norm(part).split() if w not in _GENERIC]
        out.add(" ".join(words))
        out.update(words)
        out.update(" ".join(words[i:i + 2]) for i in range(len(words) - 1))
        out.update(" ".join(words[i:i + 3]) for i in range(len(words) - 2))
    return {k for k in out if len(k) >= 3}


def _haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def build_airports(db) -> int:
    """Write the airport tables into the index being built (its city and name tables filled);
    an installation without airportsdata gets empty tables (no airport is recognised)."""
    db.executescript(SCHEMA)
    try:
        import airportsdata
    except ImportError:
        return 0
    rows, links = [], set()
    for iata, a in airportsdata.load("IATA").items():
        cc, lat, lon = a["country"], float(a["lat"]), float(a["lon"])
        rows.append((iata, a["name"], cc, lat, lon))
        for key in _phrases(a["name"], a.get("city") or ""):
            for town, tlat, tlon in db.execute(
                    "SELECT c.id, c.lat, c.lon FROM name n JOIN city c ON c.id = n.id WHERE n.key = ? AND c.cc = ?",
                    (key, cc)):
                if _haversine(lat, lon, tlat, tlon) <= _SERVED_KM:
                    links.add((town, iata))
    db.executemany("INSERT OR IGNORE INTO airport VALUES (?,?,?,?,?)", rows)
    db.executemany("INSERT OR IGNORE INTO airport_town VALUES (?,?)", sorted(links))
    return len(rows)
