"""The country the caption names, against a town read from the first word of a longer name the
index lacks (issue 9, country32).

"Camels rest in the desert of Wadi Rum, in southern Jordan": the finder knows no "Wadi Rum" and
reads "Wadi", a village of India; "rescuers dig after a landslide in Tana Toraja, South
Sulawesi, ... Indonesia's search and rescue agency": "Tana" is another name of Antananarivo.
The resolver then sees a place written as where the picture is outside the country the caption
names, and writes neither (placeresolve's `conflict`). When every such place is only the first
word of a name that runs on in capitals ("Wadi Rum", "Tana Toraja", "Santa Cruz Island"), the
town abroad is a piece of another name, not a rival: the named country is written, the city
stays blank and the warning stays.

Not when the caption names a second country or a region elsewhere, nor when a disagreeing town
stands alone ("Huningue, near Basel, Switzerland": either may be misread), nor when the longer
name is itself a town the index knows (then the finder would have read it).
"""

from __future__ import annotations

import re

from captionist.places.words import CUED

from .gazetteer import load_gazetteer, norm

_NEXT = r" ([A-ZÀ-Þ][\w'’-]+)"


def _runs_on(text: str, name: str, gz) -> bool:
    """Every time `name` is written, a capitalised word follows it that makes no name the index
    knows as a town, a country or a region."""
    hits = list(re.finditer(re.escape(name) + r"(?!\w)(?:" + _NEXT + ")?", text))
    if not hits:
        return False
    for h in hits:
        nxt = h.group(1)
        if nxt is None:
            return False
        key = norm(nxt)
        whole = norm(f"{name} {nxt}")
        if key in gz.countries or gz.index.regions(key) or whole in gz.cities:
            return False
    return True


def run_on_country(text: str, facts, place) -> str | None:
    """The country the caption names when the only places against it are first words of longer
    names the index lacks (see the module docstring); else None."""
    a2 = facts.country_cued
    if place.city is not None or place.country is not None or a2 is None:
        return None
    if any(c != a2 for c in facts.countries_seen) or any(r[0] != a2 for r in (*facts.regions, *facts.regions_seen)):
        return None
    conflict = [m for m in facts.mentions if m.kind >= CUED and not m.binds
                and not (m.toward or m.in_name or m.person or m.origin)
                and not any(c["countrycode"] == a2 for c in m.cities)]
    gz = load_gazetteer()
    if not conflict or not all(_runs_on(text, m.text, gz) for m in conflict):
        return None
    return a2
