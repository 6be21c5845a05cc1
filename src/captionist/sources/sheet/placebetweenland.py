"""The country of a picture taken between two towns of one country (issue 9, country46).

"Fallen trees on the line between A and B", "een sneeuwploeg op de weg tussen A en B",
"Stau zwischen A und B", "la route entre A et B": the picture is on the road, the track, the
ferry or the path between the two, so neither town is THE place (the finder marks both ends,
placetokens._between, and the city stays blank), but when both ends are towns of ONE country
and the caption names no other country, the picture lies in that country too. The country is
written, the city stays blank, and the warning names both ends.

Country only, never a town; only when no rule wrote a city or a country; never when an end
lies in several countries (each end is read as placebetween._end_countries reads it: the
country written after it, else its towns of a tenth of the biggest's size or more), when the
two ends' countries differ (a border: placebetween.py's case), when an end is one the index
lacks (it may lie anywhere; a feature the index lacks beside two known ends, "over de Col du
X, tussen A en B", is on the way between them), when another country is named ("between A and B, near the
Austrian border") or when another candidate of the caption lies in another country.
Measured on the tuned part and the mutation bench (docs/sheets.md, country46).
"""

from __future__ import annotations

from .placebetween import _end_countries
from .placegate import opponent


def between_one_country(facts, place) -> str | None:
    """Write the one country both ends of "between A and B" lie in, when nothing else was
    written (see the module docstring); the country, or None."""
    if place.city is not None or place.country is not None or place.taken_back:
        return None
    ends = [m for m in facts.mentions if m.between]
    if len(ends) != 2 or facts.near_pairs:
        return None
    sides = [_end_countries(m) for m in ends]
    if any(len(s) != 1 for s in sides) or sides[0] != sides[1]:
        return None
    a2 = next(iter(sides[0]))
    if any(c != a2 for c in facts.countries_seen):
        return None
    # another name the caption writes as a place, in another country ("between A and B, the
    # convoy from C"): two countries in play
    for m in facts.likely():
        if m.between or m.origin or m.toward or m.person or m.in_name or opponent(m):
            continue
        if m.cities and a2 not in {c["countrycode"] for c in m.cities}:
            return None
    place.country = a2
    place.warnings.append(f"country written from between {ends[0].text} and {ends[1].text}: "
                          f"both lie in {a2}")
    return a2
