"""Dates that keep their precision: "2022", "2022-02", "2022-02-24", "2022-02-24T06:30+02:00".

XMP dates are ISO 8601 subsets (XMP spec part 1, 10.5.4 "Date"): a year, a month, a day, then
optionally hours and minutes, seconds and fractions, and a zone. IIM splits a date into 2:55
Date Created (CCYYMMDD; "00" for an unknown month or day, IIM 4.2 section 6.5.3.24) and 2:60 Time
Created (HHMMSS±HHMM). EXIF DateTimeOriginal is "YYYY:MM:DD HH:MM:SS" with the zone in
OffsetTimeOriginal (EXIF 2.31).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ISO = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<mo>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<h>\d{2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?P<f>\.\d{1,9})?)?"
    r"(?P<z>Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)

ISO_PATTERN = _ISO.pattern


@dataclass(frozen=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    fraction: str | None = None   # ".123" as written
    zone: str | None = None       # "Z" or "+02:00"

    def iso(self) -> str:
        out = f"{self.year:04d}"
        if self.month is None:
            return out
        out += f"-{self.month:02d}"
        if self.day is None:
            return out
        out += f"-{self.day:02d}"
        if self.hour is None:
            return out
        out += f"T{self.hour:02d}:{self.minute:02d}"
        if self.second is not None:
            out += f":{self.second:02d}{self.fraction or ''}"
        return out + (self.zone or "")

    # IIM 2:55 (and 2:60 when a time is known)
    def iim_date(self) -> str:
        return f"{self.year:04d}-{self.month or 0:02d}-{self.day or 0:02d}"

    def iim_time(self) -> str | None:
        """2:60 is HHMMSS±HHMM: the zone is part of it. A time without a zone has no IIM
        form (writing +00:00 would move the picture to UTC), so it stays in XMP only."""
        if self.hour is None or self.zone is None:
            return None
        zone = "+00:00" if self.zone == "Z" else self.zone
        return f"{self.hour:02d}:{self.minute:02d}:{self.second or 0:02d}{zone}"

    # EXIF DateTimeOriginal needs a full date and time
    def exif_datetime(self) -> str | None:
        if self.hour is None:
            return None
        return (f"{self.year:04d}:{self.month:02d}:{self.day:02d} "
                f"{self.hour:02d}:{self.minute:02d}:{self.second or 0:02d}")

    def exif_offset(self) -> str | None:
        if self.zone is None:
            return None
        return "+00:00" if self.zone == "Z" else self.zone


def parse(text: str) -> PartialDate:
    """Parse an ISO 8601 date of any precision; ValueError says what is wrong."""
    m = _ISO.match(text.strip())
    if not m:
        raise ValueError(f"not an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm[:ss][zone]): {text!r}")
    g = m.groupdict()
    zone = g["z"]
    if zone and zone != "Z" and ":" not in zone:
        zone = zone[:3] + ":" + zone[3:]
    pd = PartialDate(
        year=int(g["y"]),
        month=int(g["mo"]) if g["mo"] else None,
        day=int(g["d"]) if g["d"] else None,
        hour=int(g["h"]) if g["h"] is not None else None,
        minute=int(g["mi"]) if g["mi"] is not None else None,
        second=int(g["s"]) if g["s"] is not None else None,
        fraction=g["f"],
        zone=zone,
    )
    # calendar check at the precision given
    dt.date(pd.year if pd.year > 0 else 1, pd.month or 1, pd.day or 1)
    if pd.hour is not None:
        dt.time(pd.hour, pd.minute or 0, pd.second or 0)
    if zone and zone != "Z":
        hh, mm = int(zone[1:3]), int(zone[4:6])
        if hh > 23 or mm > 59:
            raise ValueError(f"bad time zone offset {zone!r}")
    return pd


def from_iim(date: str | None, time: str | None) -> PartialDate | None:
    """IIM 2:55 as exiv2 gives it ("2021-10-20", possibly with 00 parts) and 2:60."""
    if not date:
        return None
    m = re.match(r"^(\d{4})-?(\d{2})-?(\d{2})$", date.strip())
    if not m:
        return None
    y, mo, d = (int(x) for x in m.groups())
    if mo == 0:
        return PartialDate(y)
    if d == 0:
        return PartialDate(y, mo)
    if time:
        t = re.match(r"^(\d{2}):?(\d{2}):?(\d{2})([+-]\d{2}:?\d{2})?$", time.strip())
        if t:
            zone = t.group(4)
            if zone and ":" not in zone:
                zone = zone[:3] + ":" + zone[3:]
            return PartialDate(y, mo, d, int(t.group(1)), int(t.group(2)), int(t.group(3)), None, zone)
    return PartialDate(y, mo, d)


def from_exif(value: str | None, offset: str | None = None) -> PartialDate | None:
    if not value:
        return None
    m = re.match(r"^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})", value.strip())
    if not m or m.group(1) == "0000":
        return None
    y, mo, d, h, mi, s = (int(x) for x in m.groups())
    zone = offset.strip() if offset and re.match(r"^[+-]\d{2}:\d{2}$", offset.strip()) else None
    try:
        return parse(PartialDate(y, mo, d, h, mi, s, None, zone).iso())
    except ValueError:
        return None
