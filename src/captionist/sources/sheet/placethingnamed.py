"""A thing named after a town is not a picture taken there (issue 9, wrong28).

A town's adjective right before the noun of a thing that bears the town's name says what the
thing is, not where the picture is: a recipe or style ("Elisenlebkuchen nach Nürnberger
Rezept", "Frankfurter Art", "à la mode de Caen" aside), an orchestra or ensemble ("probt mit
den Wiener Philharmonikern", "die Bamberger Symphoniker", "het Rotterdams Philharmonisch"). The
orchestra tours and the gingerbread is baked anywhere; the caption does not say where, so the
city (and its country, unless the caption names it in words) is taken back with a warning.
Kept: the town written again as placed ("im Musikverein in Wien").
"""

from __future__ import annotations

import re

# nouns of things that bear a town's name, right after its adjective
_THING = re.compile(
    r"^\s(?:Rezept|Rezeptur|Art|Originalrezept|recept|recipe|style|"
    r"Philharmoniker\w*|Symphoniker\w*|Sinfoniker\w*|Staatskapelle|Sängerknaben|Philharmonie|"
    r"Philharmonisch\w*|Symfonie\w*|philharmonic|symphony|orchestra|orchestre)\b", re.I)
_PLACED = r"(?i:\b(?:in|im|at|bij|te|à|dans)) {}\b"

WARNING = "place not written: {x} (a thing named after the town, not where the picture is)"


def thing_named_after_town(text: str, facts, place) -> None:
    """Take back a city read from a town's adjective before a thing that bears its name."""
    m = place.mention
    if place.city is None or m is None or m.binds:
        return
    at = text.find(m.text)
    if at < 0 or not _THING.match(text[at + len(m.text):]):
        return
    city = place.city.get("name", "")
    if re.search(_PLACED.format(re.escape(city)), text):
        return
    keep = place.country if place.country in facts.countries_seen else None
    place.take_back(WARNING.format(x=m.text), keep)
