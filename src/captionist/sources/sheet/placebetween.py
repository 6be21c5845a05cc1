"""A picture between two places in two countries (issue 9, border30).

A bridge, a border post, a park split by a border: "between Huningue, France, and Weil am
Rhein, Germany", "tussen Zelzate en Sas van Gent, op de grens van België en Nederland", "split
between Bad Muskau in Germany and Łęknica in Poland", "entre Gaillard (Haute-Savoie) et Thônex
(GE)". Neither end is where the picture is (the finder marks both, placetokens._between, and
they never reach the gate), and neither end's country is the picture's either: the caption says
the picture is on the line between them. So when the caption's city stays blank and the country
written is one end's while the other end lies only outside it, the country is blanked too, with
a warning naming both ends and their countries. When both ends lie in one country ("tussen
Venlo en Roermond") that country stays.
"""

from __future__ import annotations

from .gazetteer import norm
from .placeownforms import own_name


def _end_countries(m) -> set[str]:
    """The countries an end of the pair may lie in: the one written after it, else those of
    its towns of a tenth of the biggest's size or more ("Bâle" is Basel, not Ballée, France)."""
    if m.binds:
        return {m.binds[0]}
    # (by their own name: GeoNames also calls Zgorzelec "Görlitz")
    towns = [c for c in m.cities if own_name(c, norm(m.text))] or m.cities
    top = max((c.get("population") or 0 for c in towns), default=0)
    return {c["countrycode"] for c in towns if (c.get("population") or 0) * 10 >= top}


def between_two_countries(facts, place) -> None:
    """Blank `place`'s country when it is only one side of a "between X and Y" whose ends lie
    in two countries (see the module docstring)."""
    if place.city is not None or place.country is None:
        return
    ends = [m for m in facts.mentions if m.between]
    sides = [_end_countries(m) for m in ends]
    if len(ends) == 1 and place.country in facts.countries_seen and sides[0] & set(facts.countries_seen) \
            and place.country not in sides[0]:
        # the other end is one the index reads as a region, not a town ("zwischen Bad
        # Radkersburg in Österreich und Gornja Radgona in Slowenien"): the countries named say it
        sides.append({place.country})
    if len(ends) < 1 or len(sides) < 2 or all(place.country in s for s in sides) \
            or not any(place.country in s for s in sides):
        return
    names = " and ".join(f"{m.text} ({'/'.join(sorted(s))})" for m, s in zip(ends[:2], sides[:2]))
    if len(ends) == 1:
        names += f" and a place in {place.country}"
    place.warnings[:] = [w for w in place.warnings if not w.startswith("ambiguous place: between")]
    place.warnings.append(f"place not written: between {names}, in two countries: the border, not one side")
    place.country = place.province = None
    place.ambiguous = True
