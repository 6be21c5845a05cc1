"""A cued town of the sheet's country is not withheld for a namesake abroad of comparable size
(issue 9, namesake40).

The resolver withholds a town whose namesake abroad is not much smaller ("ambiguous place:
X (candidates ...)": the rival is at least a twentieth of it). When the caption names no
country, writes the town as where the picture is ("op de visafslag van X", "près de X",
"au théâtre de X") and the sheet's other captions are placed in the town's country, the
sheet's country is the better evidence: a desk writing of the Netherlands means the Dutch
port, not the Texan town four times its size; a French sheet on the Great War means the
French Verdun, not the Montreal borough.

bench/place_withheld.py (reason "ambiguous: close namesakes") measured it per batch of the
tuned part: where the sheet's-country town was the resolver's best, the right towns it lost
had rivals abroad at most 4.6 times their size (10 batches), while the wrong ones it saved
were towns of the sheet's country dwarfed by the one meant (a hamlet beside a Swiss town,
an English market town beside an Australian city: 5.4 to 50 times) or one of several
namesakes in the sheet's country itself (three US towns of an English resort's name).
So: the town must be the only one of its own name in the sheet's country that is not far
smaller, and no namesake abroad more than RATIO times its size.
"""

from __future__ import annotations

from captionist.places.words import NEAR

from .gazetteer import norm
from .placeownforms import own_name

RATIO = 5       # the biggest namesake abroad, at most this many times the sheet's town


def _pop(c: dict) -> int:
    return c.get("population") or 0


def sheet_town_outweighs(m, city: dict, facts, sheet_country: str | None) -> bool:
    """True when `city`, of the sheet's country, is to be written over its namesakes abroad
    (the module docstring): a cued mention, no country or region named, its own name, the
    only namesake of comparable size at home, none abroad more than RATIO times bigger."""
    if sheet_country is None or city["countrycode"] != sheet_country or m.kind < NEAR or m.binds:
        return False
    if facts.countries_seen or facts.regions_seen or facts.country_cued or facts.province:
        return False
    key = norm(m.text)
    if not own_name(city, key) or _pop(city) <= 0:
        return False
    namesakes = [c for c in m.cities if c is not city and own_name(c, key)]
    if any(c["countrycode"] == sheet_country and _pop(c) * RATIO >= _pop(city) for c in namesakes):
        return False
    return all(_pop(c) <= RATIO * _pop(city) for c in namesakes if c["countrycode"] != sheet_country)
