"""The town in a hyphenated compound of a town and one of its districts (issue 9):
"in Amsterdam-Noord", "in Waghäusel-Kirrlach", "in Triberg-Schonachbach".

The first part is the town when it is a town of 15,000 people after a cue (50,000 without
one), as before (round 14). A smaller town counts too (recall20: "in Triberg-Schonachbach")
only after a positional word, when it is the one town of that name in the whole index, has
2,000 people or more, and the second part is no town or region the index knows (a district
the index lacks): two known places joined are a route or a pair ("Köln-Bonn"), not a town,
unless the second is a village within 8 km of the first: one municipality of two villages ("in
Wals-Siezenheim bei Salzburg": Wals; recall22de).
"""

from __future__ import annotations

from captionist.places.words import POSITIONAL

from captionist.places import haversine

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
    if "-" not in second and _joined_village(towns[0], gz.cities.get(norm(second), ())):
        return towns    # "in Wals-Siezenheim": one municipality of two villages (recall22de)
    if "-" in second or gz.cities.get(norm(second)) or gz.index.regions(norm(second)) \
            or norm(second) in gz.countries:
        return []
    return towns


# two villages this close joined by a hyphen are one municipality ("Wals-Siezenheim": 4 km), not
# a route or a pair of towns (those are 30 km apart or more: placeredteam._ROUTE_KM)
_JOINED_KM = 8


def _joined_village(town: dict, seconds) -> bool:
    """The second part of the compound names a village next to the first part's town (and only
    villages: a town of 15,000+ joined is a pair, "Köln-Bonn")."""
    return bool(seconds) and all(c["population"] < 15000 for c in seconds) and any(
        haversine(town["latitude"], town["longitude"], c["latitude"], c["longitude"]) <= _JOINED_KM
        for c in seconds)
