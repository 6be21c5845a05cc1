"""A town matched abroad only through another name yields to the town that bears the written
name as its own in the sheet's country (issue 9, namesake39).

GeoNames gives many towns other names, some of them odd (a Canadian city listed under the
name of a Finnish ski village missing one letter, a US town under a word that is a Samoan
village's own name). When the caption writes such a name with nothing that ties it to a
country ("Slalom in X", "Skifahrer in X"), the resolver may take the big town abroad that
only lists the name among its others, over the village whose own name it is, in the very
country the sheet's other captions are placed in. The sheet's country is the better evidence
here: its desk writes of that country, and the written name is the village's own.

bench/place_namesake_country.py measured the sheet's country as evidence for every town
named by namesakes in two countries or more: it points right for 7 of the 13 wrong ones but
wrong for 81 of the 1,211 right ones (a German sheet writing "Rom" and "Salzburg", a French
one "Montréal"), so it is no general rule: the own name abroad is kept. This module only
takes the case where the town written holds the name as none of its own (not its name, an
exonym newsrooms use, nor its adjective: "Mailand", "Kapstadt" are newsroom exonyms and
stay) and exactly one town of the sheet's country holds it as its own.
"""

from __future__ import annotations

from .gazetteer import load_gazetteer, norm
from captionist.places.reverse import admin1_name

from .placeownforms import own_name


def sheet_namesake(place, sheet_country: str | None, sheet_others: frozenset[str]) -> None:
    """Write the sheet's-country town whose own name the caption writes instead of a town
    abroad matched only through an alternate name (the module docstring)."""
    city, m, ev = place.city, place.mention, place.evidence
    if city is None or m is None or ev is None or sheet_country is None or place.writer != "placeresolve":
        return
    # the caption itself says the country ("X, Canada", "in Canada", a big town of it)
    if m.binds or ev.country in ("binds", "named", "context"):
        return
    if city["countrycode"] in (sheet_country, *sheet_others):
        return
    key = norm(m.text)
    if own_name(city, key) or norm(city["name"]).endswith(" " + key):
        return
    home = [c for c in load_gazetteer().index.cities(key) if c["countrycode"] == sheet_country and own_name(c, key)]
    if len(home) != 1:
        return
    place.city = home[0]
    place.country = sheet_country
    place.province = admin1_name(sheet_country, home[0]["admin1code"])
    place.writer = "placesheetnamesake"
    place.evidence = None
