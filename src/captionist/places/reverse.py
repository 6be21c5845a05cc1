"""Reverse geocoding: GPS coordinates -> the Location Created a newsroom would write
(city, province/state, country name, ISO 3166-1 alpha-3 code), offline, from the same
place index the sheet parser uses.

Policy fill-empty: a location is only proposed for a record that has no city and no
country in Location Created, for a file that has none either; what the record or the
file says always wins. The distance from the point to the place is reported, because
"Kyiv" for a point 20 km out of town is a statement the editor should see.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import iso


_index = None


def get_index():
    """The place index, its modules imported at the first lookup (see `captionist.places`)."""
    global _index
    if _index is None:
        from .index import get_index as index
        _index = index
    return _index()

# GeoNames admin1 codes that are also the ISO 3166-2 suffix, so pycountry's table can name them
_ISO_ADMIN1 = frozenset({"US", "CH", "BE"})
_MAX_KM = 30.0
_RATIONAL = re.compile(r"^\s*(-?\d+)/(\d+)\s+(-?\d+)/(\d+)\s+(-?\d+)/(\d+)\s*$")
_XMP_GPS = re.compile(r"^\s*(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$")


@dataclass
class Found:
    location: dict[str, Any]     # Location struct fields (city, provinceState, countryName, countryCode)
    km: float                    # distance from the point to the place
    lat: float
    lon: float

    def warning(self) -> str:
        return (f"locationCreated filled from GPS {self.lat:.5f}, {self.lon:.5f}: "
                f"{self.location.get('city')}, {self.location.get('countryCode')} ({self.km:.1f} km away)")


def country_info(a2: str) -> tuple[str, str] | None:
    """(English short name, alpha-3) for an alpha-2 code, newsroom names preferred."""
    c = iso.country(a2)
    if c is None:
        return None
    name = get_index().aliases.get("country_names", {}).get(a2) or c.get("common_name") or c["name"]
    return name, c["alpha_3"]


def admin1_name(a2: str, code: str) -> str | None:
    """A readable province/state name for a GeoNames admin1 code, when one is known for sure."""
    name = get_index().aliases.get("admin1", {}).get(a2, {}).get(code)
    if name or a2 not in _ISO_ADMIN1:
        return name
    sub = iso.subdivision(f"{a2}-{code}")
    return sub["name"] if sub is not None else None


def locate(lat: float, lon: float) -> Found | None:
    """The populated place at (lat, lon), within 30 km, or None."""
    got = get_index().nearest(lat, lon, _MAX_KM)
    if got is None:
        return None
    city, km = got
    loc: dict[str, Any] = {"city": city["name"]}
    pref = get_index().aliases.get("preferred_city_names", {}).get(str(city["geonameid"]))
    if pref:
        loc["city"] = pref
    prov = admin1_name(city["countrycode"], city["admin1code"])
    if prov:
        loc["provinceState"] = prov
    info = country_info(city["countrycode"])
    if info:
        loc["countryName"], loc["countryCode"] = info
    return Found(loc, km, lat, lon)


def _exif_coord(value: Any, ref: Any) -> float | None:
    """EXIF GPSLatitude/GPSLongitude as exiv2 gives it ("49/1 50/1 249/25") with its ref."""
    if not isinstance(value, str):
        return None
    m = _RATIONAL.match(value)
    if not m:
        return None
    nums = [int(x) for x in m.groups()]
    if 0 in nums[1::2]:
        return None
    deg = nums[0] / nums[1] + nums[2] / nums[3] / 60 + nums[4] / nums[5] / 3600
    return -deg if str(ref).strip().upper() in ("S", "W") else deg


def _xmp_coord(value: Any) -> float | None:
    """XMP exif:GPSLatitude ("49,50.1660N", XMP spec part 2, 1.2.6.6), or a number."""
    if isinstance(value, (int, float)):
        return float(value)
    if not isinstance(value, str):
        return None
    m = _XMP_GPS.match(value)
    if not m:
        return None
    deg = int(m.group(1)) + float(m.group(2)) / 60 + (float(m.group(3)) / 3600 if m.group(3) else 0.0)
    return -deg if m.group(4) in "SW" else deg


def gps_of_file(exif: dict[str, Any], xmp: dict[str, Any]) -> tuple[float, float] | None:
    """The file's own GPS position: EXIF GPS IFD first, then XMP exif:GPS*."""
    lat = _exif_coord(exif.get("Exif.GPSInfo.GPSLatitude"), exif.get("Exif.GPSInfo.GPSLatitudeRef"))
    lon = _exif_coord(exif.get("Exif.GPSInfo.GPSLongitude"), exif.get("Exif.GPSInfo.GPSLongitudeRef"))
    if lat is None or lon is None:
        lat, lon = _xmp_coord(xmp.get("Xmp.exif.GPSLatitude")), _xmp_coord(xmp.get("Xmp.exif.GPSLongitude"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    if lat == 0 and lon == 0:
        return None   # "null island": a camera without a fix writes zeros
    return lat, lon


def _has_place(locs: Any) -> bool:
    return isinstance(locs, list) and any(isinstance(x, dict) and (x.get("city") or x.get("countryCode")
                                                                   or x.get("countryName")) for x in locs)


def fill_location_created(values: dict[str, Any], current: dict[str, Any], exif: dict[str, Any],
                          xmp: dict[str, Any]) -> str | None:
    """Fill-empty: when neither the record (`values`) nor the file (`current`) names where the
    picture was taken, put the place at the record's GPS (or else the file's) into
    values["locationCreated"]. Returns the warning to report, naming the distance."""
    locs = values.get("locationCreated")
    if _has_place(locs) or _has_place(current.get("locationCreated")):
        return None
    point = None
    if isinstance(locs, list) and locs and isinstance(locs[0], dict):
        lat, lon = locs[0].get("gpsLatitude"), locs[0].get("gpsLongitude")
        if isinstance(lat, (int, float)) and isinstance(lon, (int, float)):
            point = float(lat), float(lon)
    point = point or gps_of_file(exif, xmp)
    if point is None:
        return None
    found = locate(*point)
    if found is None:
        return f"GPS {point[0]:.5f}, {point[1]:.5f} is more than {_MAX_KM:.0f} km from any known place: " \
               "locationCreated left empty"
    if isinstance(locs, list) and locs and isinstance(locs[0], dict):
        values["locationCreated"] = [{**found.location, **locs[0]}, *locs[1:]]
    else:
        values["locationCreated"] = [found.location]
    return found.warning()
