"""Value types that encode themselves: the spellings a standard imposes on one property in one
family, declared beside the property in the table (`captionist.standard`: `IIM.form`,
`Field.form`) rather than as branches on property names in the codec.

    GPSCoordinate   XMP "DDD,MM.mmmmk" (XMP spec part 2, 1.2.6.6 GPSCoordinate) <-> degrees
    Rational        XMP "n/d" (an EXIF rational in XMP, e.g. GPSAltitude)          <-> number
    IIMReference    IIM "IPR:number[:names]" (2:12 Subject Reference, IIM 4.2 6.5.3.12)
    IIMAttribute    IIM "nnn:name" (2:04 Object Attribute Reference, IIM 4.2 6.5.3.4)
    IIMCountry      IIM 2:100's ISO 3166-1 alpha-3 from IPTC Core's alpha-2 or -3

Pure: no I/O (pycountry's table is loaded on first use).
"""

from __future__ import annotations

import math
import re


def num_out(value: float | int) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value) if isinstance(value, float) else str(value)


def num_in(raw: str) -> float | None:
    raw = raw.strip()
    try:
        if "/" in raw:
            from fractions import Fraction   # rationals only: not at start-up (issue 14)

            n, d = raw.split("/", 1)
            return float(Fraction(int(n), int(d)))
        value = float(raw)
        return value if math.isfinite(value) else None
    except (ValueError, ZeroDivisionError):
        return None


# XMP GPS coordinates: "DDD,MM.mmmmk" or "DDD,MM,SSk" (XMP spec part 2, 1.2.6.6 GPSCoordinate)
_GPS = re.compile(r"^\s*(\d{1,3}),(\d{1,2}(?:\.\d+)?)(?:,(\d{1,2}(?:\.\d+)?))?\s*([NSEW])\s*$")


def gps_out(value: float, positive: str, negative: str) -> str:
    ref = positive if value >= 0 else negative
    v = abs(value)
    deg = int(v)
    minutes = round((v - deg) * 60, 8)
    if minutes >= 60:
        deg, minutes = deg + 1, 0.0
    return f"{deg},{minutes:.8f}".rstrip("0").rstrip(".") + ref


def gps_in(raw: str) -> float | None:
    m = _GPS.match(raw)
    if not m:
        return num_in(raw)
    deg, minutes, seconds, ref = m.groups()
    value = int(deg) + float(minutes) / 60 + (float(seconds) / 3600 if seconds else 0.0)
    value = round(value, 8)
    return -value if ref in "SW" else value


class GPSCoordinate:
    """A latitude (N/S) or longitude (E/W) in XMP's GPSCoordinate form."""

    def __init__(self, positive: str, negative: str):
        self.positive, self.negative = positive, negative

    def xmp_out(self, value: float) -> str:
        return gps_out(value, self.positive, self.negative)

    def xmp_in(self, raw: str) -> float | None:
        return gps_in(raw)


class Rational:
    """A number written as an EXIF rational "n/d" in XMP."""

    def xmp_out(self, value: float) -> str:
        from fractions import Fraction

        f = Fraction(value).limit_denominator(10000)
        return f"{f.numerator}/{f.denominator}"

    def xmp_in(self, raw: str) -> float | None:
        return num_in(raw)


class IIMReference:
    """Codes an IIM dataset holds as "IPR:number[:names]": written with the provider prefix
    when the value has none, read back as the number alone."""

    def __init__(self, provider: str):
        self.provider = provider

    def iim_out(self, text: str) -> tuple[str | None, str | None]:
        return (text if ":" in text else f"{self.provider}:{text}"), None

    def iim_in(self, text: str) -> str:
        parts = text.split(":")
        return parts[1] if len(parts) > 1 and parts[1] else text


class IIMAttribute:
    """A name an IIM dataset holds as "nnn:name" (a three-digit attribute number first)."""

    def __init__(self, number: str = "000"):
        self.number = number

    def iim_out(self, text: str) -> tuple[str | None, str | None]:
        return f"{self.number}:{text}", None

    def iim_in(self, text: str) -> str:
        return text[4:] if re.match(r"^\d{3}:", text) else text


class IIMCountry:
    """IIM 2:100 Country Code (IIM 4.2 section 6.5.3.31) holds a 3-letter code, ISO 3166-1
    alpha-3, while IPTC Core's XMP CountryCode takes alpha-2 or alpha-3 as the record gives it.
    A known alpha-2 code becomes its alpha-3 code in IIM; an unknown code is not guessed at: a
    3-letter one is written as given (user-assigned codes such as XKX exist; IIM takes any 3
    graphic characters), any other is left out of IIM (None), with a warning."""

    def iim_out(self, code: str) -> tuple[str | None, str | None]:
        import pycountry  # a large table: loaded on first use only

        upper = code.strip().upper()
        if len(upper) == 2 and upper.isalpha():
            country = pycountry.countries.get(alpha_2=upper)
            if country is not None:
                return country.alpha_3, None
            return None, (f"{code!r} is not an ISO 3166-1 alpha-2 code, so it has no alpha-3 form for "
                          f"IIM 2:100 Country Code; written to XMP only")
        if len(upper) == 3 and upper.isalnum():
            if pycountry.countries.get(alpha_3=upper) is None:
                return upper, f"{code!r} is not an ISO 3166-1 alpha-3 code; written as given"
            return upper, None
        return None, (f"{code!r} is not a 2- or 3-letter ISO 3166-1 code; IIM 2:100 Country Code holds "
                      f"3 letters, so it is written to XMP only")

    def iim_in(self, text: str) -> str:
        return text
