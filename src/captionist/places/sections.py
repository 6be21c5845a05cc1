"""Numbered sections of a city, linked to their city once at index build (kinds35, issue 9).

GeoNames keeps the arrondissements of Paris, Lyon and Marseille and the districts of Budapest
as populated places of their own, named by the city, a number and a quarter ("Paris 18
Buttes-Montmartre", "Lyon 07", "Marseille 13", "Budapest XI. kerület"), with the quarters'
names as alternates ("Montmartre"). A caption of a quarter means the city. The `section` table
links each such entry to its city: the same country's town its name starts with, bigger, within
20 km (farther it is another town that happens to be named so: "Seremban 2" is a township of its
own). Worked out here once instead of per caption (districts34 did it in sheet/placedistrict.py).
"""

from __future__ import annotations

import math
import re

from .names import norm

SCHEMA = "CREATE TABLE section (id INTEGER PRIMARY KEY, parent INTEGER);"

# "<City> 18 Quarter", "<City> 07", "<City> 11e Arrondissement", "<City> XI. kerület"
_NUMBERED = re.compile(r"(?P<city>[^\d()/]+?) \(?(?:[IVX]+\.|\d{1,2})(?:e|er|ème|\.)?\)?(?: |$)")
_WITHIN_KM = 20.0


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


def build_sections(db, city_rows: list[tuple]) -> int:
    """Write the section table from the city rows (id, name, cc, a1, pop, lat, lon) and the
    name table already written; the number of sections."""
    db.executescript(SCHEMA)
    out = []
    for cid, name, cc, _a1, pop, lat, lon in city_rows:
        m = _NUMBERED.fullmatch(name) or _NUMBERED.match(name)
        if not m:
            continue
        for pid, plat, plon in db.execute(
                "SELECT c.id, c.lat, c.lon FROM name n JOIN city c ON c.id = n.id WHERE n.key = ? "
                "AND n.prim IN (1, 3) AND c.cc = ? AND c.pop > ? GROUP BY c.id ORDER BY c.pop DESC",
                (norm(m.group("city")), cc, pop)):
            if _km(plat, plon, lat, lon) <= _WITHIN_KM:
                out.append((cid, pid))
                break
    db.executemany("INSERT INTO section VALUES (?, ?)", out)
    return len(out)
