"""A region named in a venue's name is not where the picture is (issue 9, cities27).

"Le Valenciennois Hugo Chaumont ouvre le score au stade du Hainaut": the stadium of
Valenciennes, France, is named after the old county of Hainaut, whose name the index holds only
as the Belgian province; "im Stadion Niederrhein", "au Palais des sports de Bretagne" are
names too. The region the finder read there (places.find_places) is taken back, so that it
gives the caption no country; the region's country stays evidence when the caption names it
elsewhere.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .places import PlaceFacts

# a venue's noun and the small words before the name it bears: "stade du Hainaut", "stade de la
# Meinau", "Stadion Niederrhein", "the Yorkshire Stadium" is written the other way round
_VENUE_REGION = re.compile(
    r"\b(?:[Ss]tade|[Ss]tadion|[Pp]alais des [Ss]ports|[Vv]élodrome|[Cc]omplexe sportif)"
    r"\s(?:du\s|de\sla\s|de\sl['’]|des\s|de\s)?([A-ZÀ-Þ][\w'’-]{2,30}(?:\s[A-ZÀ-Þ][\w'’-]{2,30})?)")


def drop_venue_regions(facts: PlaceFacts, text: str) -> None:
    """Take back the regions the caption names only as a venue's name."""
    if not facts.regions_seen:
        return
    gz = load_gazetteer()
    named = set()
    for hit in _VENUE_REGION.finditer(text):
        named |= {(r.country, r.code) for r in gz.index.regions(norm(hit.group(1)))}
    if not named:
        return
    elsewhere = _named_elsewhere(text, named, gz)
    drop = named - elsewhere
    facts.regions_seen[:] = [r for r in facts.regions_seen if r not in drop]
    facts.regions[:] = [r for r in facts.regions if r not in drop]


def _named_elsewhere(text: str, named: set, gz) -> set:
    """The regions of `named` the caption also writes outside a venue's name."""
    rest = _VENUE_REGION.sub(" ", text)
    words = re.findall(r"[A-ZÀ-Þ][\w'’-]{2,30}", rest)
    return {(r.country, r.code) for w in words for r in gz.index.regions(norm(w))} & named
