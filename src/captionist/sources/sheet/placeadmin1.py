"""ISO 3166-2 regions to GeoNames' admin1 codes (issue 9): the index names a region by its ISO
code ("NL-LI", "DE-BY", "FR-06", "GB-NYK"), GeoNames gives a city only its first-level
division by its own admin1 code. Facts, shared by the region agreement (placeagree.py) and
the dpa "Land, town:" opening (placegerman.py)."""

from __future__ import annotations

import functools

# The index names regions by ISO 3166-2 ("NL-LI", "DE-BY", "FR-06", "GB-NYK"); GeoNames gives a
# city only its first-level division, by its own admin1 code. A region is taken up to its
# first-level division through ISO 3166-2's parents (pycountry: FR-06 -> FR-PAC, GB-NYK -> GB-ENG,
# BE-VLI -> BE-VLG, IT-FI -> IT-52), then to GeoNames' code: the same code in the countries
# below, else these facts (GeoNames admin1CodesASCII, read back from a big city of each division
# in the index: tests/test_sources_sheet_precision.py)
SAME_CODES = frozenset(("US", "CH", "GB", "BE"))
ISO_TO_ADMIN1 = {
    "NL": {"DR": "01", "FR": "02", "GE": "03", "GR": "04", "LI": "05", "NB": "06", "NH": "07", "UT": "09",
           "ZE": "10", "ZH": "11", "OV": "15", "FL": "16"},
    "DE": {"BW": "01", "BY": "02", "HB": "03", "HH": "04", "HE": "05", "NI": "06", "NW": "07", "RP": "08",
           "SL": "09", "SH": "10", "BB": "11", "MV": "12", "SN": "13", "ST": "14", "TH": "15", "BE": "16"},
    "AT": {str(i): f"0{i}" for i in range(1, 10)},
    "CA": {"AB": "01", "BC": "02", "MB": "03", "NB": "04", "NL": "05", "NS": "07", "ON": "08", "PE": "09",
           "QC": "10", "SK": "11", "YT": "12", "NT": "13", "NU": "14"},
    "AU": {"ACT": "01", "NSW": "02", "NT": "03", "QLD": "04", "SA": "05", "TAS": "06", "VIC": "07", "WA": "08"},
    "FR": {"ARA": "84", "BFC": "27", "BRE": "53", "CVL": "24", "COR": "94", "GES": "44", "HDF": "32",
           "IDF": "11", "NOR": "28", "NAQ": "75", "OCC": "76", "PDL": "52", "PAC": "93"},
    "IT": {"65": "01", "77": "02", "78": "03", "72": "04", "45": "05", "36": "06", "62": "07", "42": "08",
           "25": "09", "57": "10", "67": "11", "21": "12", "75": "13", "88": "14", "82": "15", "52": "16",
           "32": "17", "55": "18", "23": "19", "34": "20"},
    "ES": {"AN": "51", "AR": "52", "AS": "34", "CN": "53", "CB": "39", "CL": "55", "CM": "54", "CT": "56",
           "EX": "57", "GA": "58", "IB": "07", "RI": "27", "MD": "29", "MC": "31", "NC": "32", "PV": "59",
           "VC": "60"},
}


@functools.lru_cache(maxsize=512)
def admin1_of(a2: str, code: str | None) -> str | None:
    """GeoNames' admin1 code of the region the index names (a2, ISO 3166-2 code), or None when
    this module does not know it (the rule then says nothing)."""
    if not code or (a2 not in ISO_TO_ADMIN1 and a2 not in SAME_CODES):
        return None
    from captionist.places import iso    # pycountry's subdivisions, without importing it
    top = f"{a2}-{code}"
    for _ in range(3):      # FR-67 -> FR-6AE -> FR-GES
        sub = iso.subdivision(top)
        if sub is None or not sub["parent_code"]:
            break
        top = sub["parent_code"] if "-" in sub["parent_code"] else f"{a2}-{sub['parent_code']}"
    top = top.split("-", 1)[1]
    return top if a2 in SAME_CODES else ISO_TO_ADMIN1[a2].get(top)
