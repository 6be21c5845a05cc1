"""The town in a hyphenated compound of a town and one of its districts (issue 9):
"in Amsterdam-Noord", "in Waghäusel-Kirrlach", "in Triberg-Schonachbach".

The first part is the town when it is a town of 15,000 people after a cue (50,000 without
one), as before (round 14). A smaller town counts too (recall20: "in Triberg-Schonachbach")
only after a positional word, when it is the one town of that name in the whole index, has
2,000 people or more, and the second part is no town or region the index knows (a district
the index lacks): two known places joined are a route or a pair ("Köln-Bonn"), not a town.
"""

from __future__ import annotations

from captionist.places.words import POSITIONAL

from .gazetteer import Gazetteer, norm

_SMALL_MIN = 2000


def compound_town(raw: str, cue: str, loc_cued: bool, gz: Gazetteer) -> list[dict]:
    """The towns the first part of the hyphenated `raw` stands for ([] when none): `cue` is
    the word before it, `loc_cued` whether that word is a location cue (places._LOC_CUES)."""
    first, second = raw.split("-")[0], raw.split("-", 1)[1]
    # a town by its own or newsroom name: not "Sainte-Soline" as Saint-Étienne
    towns = [c for c in gz.cities.get(norm(first), ()) if c.get("primary") or c.get("newsroom")]
    big = [c for c in towns if c["population"] >= (15000 if loc_cued else 50000)]
    if big or cue not in POSITIONAL:
        return big
    everywhere = gz.cities.get(norm(first), ())
    if len(towns) != 1 or len(everywhere) != 1 or towns[0]["population"] < _SMALL_MIN:
        return []
    if "-" in second or gz.cities.get(norm(second)) or gz.index.regions(norm(second)) \
            or norm(second) in gz.countries:
        return []
    return towns
