"""The big town after a compass phrase only says where the place before it lies (issue 9,
wrong33): "in einer Straße von <village> östlich von Athen", "près de <village>, au
sud-est d'Athènes", "a farm in <village>, 40 km north of Madrid", "bij <dorp>, ten oosten
van Utrecht". The village is the picture's place, whether the index knows it (then it wins,
as "near X" with the village named gives the village) or not (then no town is written: a
blank, not the big town the village is near). A compass phrase with no name right before
it ("eine Waldbrandfläche östlich von Athen") leaves the town alone: it is then where the
picture is, as "near X" with no village named.
"""

from __future__ import annotations

import re

from captionist.places.words import NEAR

from .places import PlaceFacts
from .placetokens import word_hits

# a place cue and a capitalised name ("Waldbrandfläche" alone is a German noun), an optional comma and distance, the compass phrase and its "of", per language
_COMPASS_OF = re.compile(
    r"(?:\b(?:in|im|bei|von|aus|at|near|of|de|à|bij|nabij|te|van|uit)\s|\bd['’])"
    r"(?P<v>[A-ZÀ-Ý][\w'’-]+),?\s(?:\d{1,4}\s?(?:km|kilometres?|kilometers?|Kilometer|kilomètres?)\s)?"
    r"(?:(?:north|south|east|west|north-?east|south-?east|north-?west|south-?west)\sof"
    r"|(?:nord|süd|öst|west|nordöst|südöst|nordwest|südwest)lich\svon"
    r"|au\s(?:nord|sud|est|ouest|nord-est|sud-est|nord-ouest|sud-ouest)\s(?:de\s|d['’])"
    r"|ten\s(?:noorden|zuiden|oosten|westen|noordoosten|zuidoosten|noordwesten|zuidwesten)\svan)\s?$")
_LOOKBACK = 80


def mark_compass_of(facts: PlaceFacts, text: str) -> None:
    """Each mention right after "<Name>, <compass> of" only locates that name: NEAR, and
    locating the other place (the gate then refuses it)."""
    for m in facts.mentions:
        if m.binds or not m.cities:
            continue
        hits = word_hits(text, m.text)
        said = _COMPASS_OF.search(text[max(0, hits[0].at - _LOOKBACK):hits[0].at]) if hits else None
        if said is None:
            continue
        countries = {c["countrycode"] for c in m.cities}
        if any(o.text == said.group("v") and not any(c["countrycode"] in countries for c in o.cities)
               for o in facts.mentions):
            continue    # a village of another country than the town: the caption disagrees, no rule
        m.kind, m.locates_other = NEAR, True
