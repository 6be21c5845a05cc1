"""A national agency's dateline in capitals naming a village the index lacks (issue 9, cities28).

The Dutch and Belgian agencies open a caption with the place in capitals and a spaced dash:
"KRUININGEN - Een omgewaaide kastanje ... ANP KEES VERSLUIS". The dateline is the strongest
place grammar there is, but the villages it names are often under GeoNames' 500 people, and the
caption names no country: the agency's credit does (placeagency: a national agency's own
photographers work at home). placeunlisted.py's wire dateline needs ", Country" after the name;
this rule takes the country from the credit instead.

Written only when ALL hold: the caption opens with one to three words wholly in capitals and
a spaced dash or a colon; the name passes placeunlisted's checks for an unknown name (not a
town, region or country of the index, not a place word, month, page label, venue, facility or
river); the credit names one national agency of its own work (placeagency.agency_country) and
no world agency; the caption names no other country or region; no town was written.
The record carries placeunlisted's warning that the name is not in the gazetteer.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placeagency import agency_country
from .placedateline import PAGE_LABELS
from .placeunlisted import _plain_name, write_village

# capitals only (a name in title case is the desk's ordinary dateline, read by placedateline);
# inner hyphens and apostrophes allowed ("SINT-MAARTENSDIJK", "'S-HEERENHOEK")
_CAPS = r"[A-ZÀ-ÖØ-Þ'’][A-ZÀ-ÖØ-Þ'’-]+"
_OPENING = re.compile(rf"(?P<x>{_CAPS}(?: {_CAPS}){{0,2}})(?: [-–—]| ?:) \S")


def dateline_village(text: str, credit_line: str | None) -> tuple[str, str] | None:
    """(name as the caption spells it in title case, alpha-2) or None (module docstring)."""
    m = _OPENING.match(text)
    if not m or len(m.group("x").replace(" ", "")) < 4:
        return None
    a2 = agency_country(credit_line)
    if a2 is None or set(norm(m.group("x")).split()) & PAGE_LABELS:
        return None
    gz = load_gazetteer()
    if not _plain_name(text, 0, m.end("x"), gz, caps=True):
        return None
    return _title(m.group("x")), a2


def _title(caps: str) -> str:
    """"SINT-MAARTENSDIJK" -> "Sint-Maartensdijk", "'S-HEERENHOEK" -> "'s-Heerenhoek"."""
    out = re.sub(r"[^\W\d_]+", lambda w: w.group().capitalize(), caps.casefold())
    return re.sub(r"^(['’])S-", r"\1s-", out)


def write_dateline_village(text: str, facts, place, credit_line: str | None) -> None:
    """Fill `place` with the village of an agency's capitals dateline when nothing else placed
    the caption (see the module docstring)."""
    if place.city is not None or place.ambiguous:
        return
    named = set(facts.countries_seen) | {r[0] for r in facts.regions_seen} | {r[0] for r in facts.regions}
    if place.country:
        named.add(place.country)
    hit = dateline_village(text, credit_line)
    if hit is None or (named and named != {hit[1]}):
        return
    write_village(place, *hit)
