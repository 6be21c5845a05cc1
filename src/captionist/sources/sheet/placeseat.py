"""A town that is the seat of the area of its own name, in the sheet's country, is not withheld
for a region of that name abroad (issue 9, namesake40).

The gate withholds a town whose name is also a region of another country when the caption
names no country ("at a farm in Kent": the English county, not Kent, Washington). That guards
against a region read as a town; it does not fit a town that gives its name to the area
around it in its own country, the area the sheet's other captions are placed in: an Italian
sheet's "porto di X" is the provincial capital, not the Somali region of the same name; a
Senegalese sheet's "quai de X" the regional capital, not a district of the Seychelles. The
index's areas (places/areas.py) say which towns these are: an area of the town's own
country, the same first-level division, and the very name written.

bench/place_withheld.py (reason "also a region of X, and the caption names no country")
measured it on the tuned part: of the withheld towns of the sheet's country, the right ones
lost were such seats in 4 batches (9 captions), the wrong ones saved none (American towns
on red-team sheets whose county is "X County" or none, a French village named like a
Senegalese region).
"""

from __future__ import annotations

from captionist.places.words import NEAR

from .gazetteer import load_gazetteer, norm
from .placeownforms import own_name


def seat_of_namesake(m, city: dict, key: str, sheet_country: str | None) -> bool:
    """True when `city`, of the sheet's country and written cued by its own name, lies in an
    area of its country and first-level division named exactly as written (the docstring)."""
    if sheet_country is None or city["countrycode"] != sheet_country or m.kind < NEAR or m.binds:
        return False
    if not own_name(city, key):
        return False
    return any(a.country == sheet_country and a.admin1 == city["admin1code"] and norm(a.name) == key
               for a in load_gazetteer().index.areas(key))
