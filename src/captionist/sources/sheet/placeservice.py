"""A town's name before a service or show named after it (issue 9, recall23en).

British and Irish lifeboat stations, agricultural shows and regattas carry the name of the town
they are held or based in: "Youghal lifeboat crew launch ...", "at the Bantry Show, Co Cork",
"the Cowes Regatta". Written so, with no other place in the caption, the town is where the
picture is. Only a town whose name is one town's in the whole index: a name shared with towns
elsewhere ("Kelso", "Highland") is not told apart by the service noun, so it stays blank.
"""

from __future__ import annotations

import re

from captionist.places.names import norm
from captionist.places.words import CUED

_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
_SERVICE = re.compile(r"(?:^|\b(?:[Tt]he|at|At) )(?P<town>" + _NAME + r") (?:lifeboat|Lifeboat|RNLI"
                      r"|(?:Agricultural |Horse |County )?Show|Regatta)\b")


def service_towns(facts, text: str, mention_class) -> None:
    """The town of "X lifeboat", "the X Show", "the X Regatta" as if written "in X", when the
    caption names no other place and X is the name of one town only."""
    from .gazetteer import load_gazetteer
    if facts.unknown or facts.near_pairs:
        return
    hit = _SERVICE.search(text)
    if hit is None:
        return
    name = hit.group("town")
    if any(m.text != name for m in facts.mentions) or facts.countries_seen or facts.regions_seen:
        return
    towns = load_gazetteer().cities.get(norm(name), ())
    if len(towns) != 1 or norm(towns[0]["name"]) != norm(name):
        return
    a2 = towns[0]["countrycode"]
    facts.mentions[:] = [mention_class(name, list(towns), True, True, False, CUED, binds=(a2, None), placed=True,
                                       cue=("at", f"{name} service"))]
