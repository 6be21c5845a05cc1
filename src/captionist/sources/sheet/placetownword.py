"""The town of an island or county written "X town" (issue 9, villages33).

English names the town that shares its name with an island or a county by adding "town": "in
Rhodes town", "near Ibiza town, Spain", "outside Longford town", "the market in Kilkenny town".
The name alone is read as the island or county (a region: its country only); "town" after it
says the picture is in the town. Written as if "in X", only when the caption names the region
or country of one country (the island or county itself counts) and that country has exactly one
town of that name (its own or an exonym: "Rhodes" is Ródos); never when a mention of the name is
already read as a town (the resolver has it then).
"""

from __future__ import annotations

import re

from captionist.places.words import CUED

from .gazetteer import load_gazetteer, norm

_TOWN = re.compile(r"\b(?:[Ii]n|at|near|outside|around|of|from)\s(?P<x>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\stown\b")


def town_word_towns(facts, text: str, mention_class) -> None:
    """Add "X town" as a cued mention of the one town X of the country named (docstring)."""
    if " town" not in text:
        return
    named = {a2 for a2, _ in facts.regions_seen} | set(facts.countries_seen)
    if len(named) != 1:
        return
    for hit in _TOWN.finditer(text):
        name = hit.group("x")
        if any(norm(m.text) == norm(name) for m in facts.mentions):
            continue
        towns = [t for t in load_gazetteer().cities.get(norm(name), ()) if t["countrycode"] in named]
        if len(towns) != 1:
            continue
        a2 = towns[0]["countrycode"]
        facts.mentions.append(mention_class(name, towns, True, True, False, CUED, binds=(a2, None), placed=True,
                                            cue=("in", "in town")))
