"""Small clues to where a caption is, kept apart from the place finder (places.py) so that
each stays readable: which words written small name a country, when an island word names
the island after it, and which city adjectives stand for a small town.

Each rule here was measured on the tuned corpus (docs/sheets.md, "Place recall"): it gains
right places and adds no wrong one.
"""

from __future__ import annotations

from captionist.places.words import _ADJ_STEM, _ISLAND_BEFORE

from .gazetteer import Gazetteer

# what may stand between an island word and the island's name: "the island of Skye", "l'île
# d'Ouessant", "het eiland Texel", "die Insel Rügen"
_ISLAND_LINK = frozenset("of the de d du van het von der".split())


def small_country(part: str, gz: Gazetteer) -> str | None:
    """The country a word written small names: only an adjective does ("moldauisch-ukrainischen",
    "une ferme normande" aside, "français"); a country's name is capitalised in all four
    languages, so "a reed island" is no Iceland (German "Island")."""
    for key in (part, _ADJ_STEM.sub("", part)):
        a2 = gz.countries.get(key)
        if a2:
            return a2 if gz.index.country_kind.get(key) != "name" else None
    return None


def island_named(tokens, i: int, gz: Gazetteer) -> bool:
    """The name at token i follows an island word that names it ("the Isle of Mull", "l'île
    d'Ouessant", "het eiland Texel", "l'île espagnole de La Palma"): only linking words and a
    country's adjective between, not "a reed island near Puno"."""
    for j in range(i - 1, max(-1, i - 4), -1):
        w = tokens[j][2].casefold().replace("’", "'").split("'")[-1]
        if w in _ISLAND_BEFORE:
            return True
        if w not in _ISLAND_LINK and not small_country(w, gz):
            return False
    return False


# AP datelines abbreviate months: "Nov. 7, 2023" names no town Nov (Tajikistan)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def written_as_place(o) -> bool:
    """Mention o (places.PlaceMention) is written as a place of its own, enough to make "near
    Y" only locate it: cued, bound to a country, an adjective, or a town's own name mid-sentence.
    Not a capital that opens the caption ("Banana growers near Tully"), a word GeoNames only
    also calls a place ("on Lake Victoria near Jinja": Lake is no town) or a month."""
    from captionist.places.words import UNCUED
    from .gazetteer import norm
    if norm(o.text) in _MONTHS:
        return False
    return o.kind != UNCUED or bool(o.binds) or (o.primary and not o.initial)
