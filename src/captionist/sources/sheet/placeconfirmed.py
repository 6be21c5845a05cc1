"""The country the caption names, confirmed by a town written with it, against a stray word that
some town abroad is called (issue 9, country30).

"Competitors plunge into a peat bog at Waen Rhydd, near Llanwrtyd Wells, Wales": "Waen" is
another name of Werne, Germany, and disagrees with Wales; "in the highlands of Santa Cruz island,
above Puerto Ayora, Galapagos, Ecuador": no Santa Cruz of the index lies in Ecuador. The resolver
writes neither town nor country when a place written as where the picture is lies outside the
country the caption names (one of the two is misread and the caption does not say which). Here
the caption says which: another town is written WITH the named country ("Llanwrtyd Wells,
Wales", "Puerto Ayora, ... Ecuador"), and the disagreeing word is a weak one, a town's other
name only (no town of the index bears it as its own) or a name towns bear in three countries
or more. The named country is written; the city stays blank and the warning stays.

Not when the disagreeing name is some town's own name in one or two countries ("Huningue, near
Basel, Switzerland": Huningue is a French town, and the caption may have misplaced either).
"""

from __future__ import annotations

from .gazetteer import norm
from .placeownforms import own_name

# a name towns bear as their own in this many countries says nothing about which one is meant
_SHARED = 3


def _weak(m) -> bool:
    key = norm(m.text)
    own = {c["countrycode"] for c in m.cities if own_name(c, key)}
    return not own or len(own) >= _SHARED


def confirmed_country(conflict: list, mentions: list, binding: list) -> str | None:
    """The one country the caption binds, when a town not in conflict is written with it and
    every mention in conflict is weak."""
    named = {b[0] for b in binding}
    if len(named) != 1 or not all(_weak(m) for m in conflict):
        return None
    a2 = next(iter(named))
    if not any(o.binds and o.binds[0] == a2 and o not in conflict for o in mentions):
        return None
    return a2
