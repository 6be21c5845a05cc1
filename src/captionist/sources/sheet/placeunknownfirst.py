"""A place the caption states but the index lacks is not replaced by another town it names
(issue 9, wrong27: the mutation bench's largest class of wrong places).

"Ein Hamburger Start-up stellt auf der Messe in Schäfhausen aus", "Des supporteurs du Standard
de Liège ... à Steenville", "Een lezer van de Gazet van Antwerpen in een café in Melcourt":
the picture's place is the name after the positional word, which the index does not hold (a
village under 500 people, or a name it lacks); the town the resolver settled on is named only
as an adjective, an origin, a team's or a paper's name. Writing that town would be a guess: the
city is taken back with a warning naming both. Only when the written town was not itself
written after a positional word ("in Köln", "à Lens": cued and placed). Its country stays: the
town named is most often of the village's country (taking it back too cost the mutation bench
country without saving more than a few wrong places; a town abroad still gives a wrong country).
"""

from __future__ import annotations

import re

from captionist.places.words import CUED, NEAR

_POSITIONAL = ("in", "In", "à", "À", "te", "at", "At", "op", "dans", "Dans", "bij", "Bij")
# the written town is named only as an adjective or after "of": a team's, paper's, person's
_OF = frozenset("de du van von of d' d’ des".split())
# nouns after "in" that are no place ("in Richtung Hamburg", "in Höhe von", "in Nähe")
_NOT_NAME = frozenset("Richtung Höhe Nähe Zeiten Sachen Folge Kürze Ruhe Gefahr".split())
# the unknown place is a part of the town: "Karagita, een wijk van Naivasha", "a suburb of X"
_PART = frozenset("wijk buurt stadsdeel deelgemeente kern district suburb neighbourhood neighborhood quarter "
                  "township ortsteil stadtteil vorort gemeinde quartier banlieue faubourg commune".split())
WARNING = "place not written: {x} (the caption places the picture in {u}, which the index does not hold)"


def _stated(text: str, name: str) -> bool:
    """`name` is written right after a positional word."""
    return bool(re.search(r"(?:^|(?<=\s))(?:" + "|".join(_POSITIONAL) + r")\s" + re.escape(name) + r"(?![\w-])",
                          text))


def unknown_stated(text: str, facts, place) -> None:
    """Take the city back when the caption states an unknown place and the city is another name's."""
    m = place.mention
    if place.city is None or m is None or place.city.get("unlisted") or m.binds or m.placed or m.kind == NEAR \
            or m.locates_other or (m.cue[1].split() or [""])[0] in _PART:
        return      # (a town the place is near, or that locates it: "X, een wijk van Naivasha")
    if not (m.demonym or m.kind < CUED and m.cue[0] not in ("in", "im") or m.cue[0] in _OF):
        return
    for u in facts.unknown:
        if u not in m.text and m.text not in u and u.split()[0] not in _NOT_NAME and _stated(text, u):
            place.take_back(WARNING.format(x=m.text, u=u), place.country)
            return
