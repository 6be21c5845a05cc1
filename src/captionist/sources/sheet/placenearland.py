"""The country of a town that only says where the picture's place lies (issue 9, country30).

"Le barrage d'Al Mansour Eddahbi, près d'Ouarzazate", "le refuge du Glacier Blanc, au-dessus de
Vallouise", "ZSL Whipsnade Zoo, near Dunstable": the dam, the hut, the zoo are no towns, and the
town they are near is not the picture's city (the gate refuses it: near it only says where the
other place lies). But the place lies in the town's country: a desk files the dam under Morocco.
placeresolve already wrote the country of a city of PROMINENT people so named; this widens it to
a town of any size whose name no town abroad of a tenth of its size bears (Dunstable, England,
51,973 people; Dunstable, Massachusetts, 2,878), as the caption's only place. Never when the
caption names a country (the resolver's business), nor when its name is shared more evenly
("near Santa Cruz": no country); for a town under PROMINENT people, never when the caption
also names another town or something the index lacks (a zoo, a village: placeunlisted would
write it as the city in that country).
"""

from __future__ import annotations

from .placegate import PROMINENT
from .places import PlaceFacts, PlaceMention


def _pop(c: dict) -> int:
    return c.get("population") or 0


def near_country(m: PlaceMention, facts: PlaceFacts) -> str | None:
    """The one country of the town m names, when its namesakes abroad are under a tenth of its
    size (or there are none); below PROMINENT people only when the caption names no other town
    ("het dorp Dérac bij Heerenveen": the village may lie abroad) and no name the index lacks
    (the country would let placeunlisted write it as a village: "at ZSL Whipsnade Zoo, near
    Dunstable")."""
    if not m.cities:
        return None
    top = max(m.cities, key=_pop)
    lacks = facts.unknown or facts.near_pairs
    if _pop(top) < PROMINENT and (lacks or any(o.text != m.text for o in facts.mentions)):
        return None
    if any(_pop(c) * 10 >= _pop(top) for c in m.cities if c["countrycode"] != top["countrycode"]):
        return None
    return top["countrycode"]
