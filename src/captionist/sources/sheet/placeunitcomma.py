"""A country written after an unknown district, province or county and a comma (issue 9,
country32): "in Jajarkot district, western Nepal", "in the Dolpa district, Nepal", "in Kasai
province, central Congo", "in het district Rukum, West-Nepal".

The finder (places.py) takes a country right after a comma that closes an unknown name as that
place's country ("Kapitan Andreevo, Bulgaria"). Agencies write the district's own word between
them ("X district, Country", AP and Reuters for Nepal, Bangladesh, Pakistan, the Philippines),
and often a compass adjective before the country ("western Nepal", "northeastern Bangladesh"):
the country is still the one the district lies in. Only the unit words of this table, only with
the comma, and only right after the unknown name: "a woman from X district now living in
Nepal" is no such shape.
"""

from __future__ import annotations

import re

# the unit word after the district's name (en; nl and de write it before: "het district X")
_UNITS = "district|province|county|region|governorate|prefecture|municipality|state|division|oblast"
# a compass adjective before the country: "western Nepal", "north-eastern Syria", "West-Nepal"
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|" \
           r"(?:noord|zuid|oost|west|midden)-|(?:nord|süd|ost|west)-?)"
_GAP = re.compile(rf"(?: (?:{_UNITS}))?, (?:{_COMPASS} ?)?", re.IGNORECASE)


def unknown_then_country(text: str, unknown_end: int, country_start: int) -> bool:
    """The country starting at country_start follows the unknown name ending at unknown_end,
    with only a comma between ("X, Country") or a unit word and a compass adjective ("X
    district, western Country")."""
    if unknown_end < 0 or country_start - unknown_end > 40:
        return False
    return _GAP.fullmatch(text, unknown_end, country_start) is not None
