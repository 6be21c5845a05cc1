"""A city's quarter written with its city is the city (issue 9, district39).

GeoNames keeps many quarters of big cities as populated places of their own (a Madrid barrio, a
Vienna Bezirk, a Barcelona beach quarter), so a caption that writes the quarter with its city
got the quarter as the city, a name no desk files a picture under. Measured on the tuned part
(bench/place_district_pairs.py: a town X and a bigger town Y of its country within 15 km):
when the caption writes X as PART of a big Y, the writers expect Y (or accept either):

- "X, a district of Y" with a word for a quarter between them ("Q, een volkswijk van C",
  "Q, de strandwijk van C", "Q, einem Stadtteil von C", "Q, a district of C");
- "X in/à Y" with Y a big city ("the market in Q in C", "dans Q, à C"); a bare "X, Y" is not
  enough (a province is named after its city as often: "Hoboken, Antwerpen");
- "Y, X" ("C, Q: stalls on the market"), the city first, as a dateline.

A village NEAR a city ("X, near Y", "X bei Y", "X, près de Y") and a municipality of its own
("X, a northern commune of Y", "the parish of X, Y" with Y a small town) stay X: the words for
a separate municipality are not quarter words, and Y must be a city of _CITY people whose
centre lies within _WITHIN_KM of X (a quarter lies inside the city; a suburb town farther out).
The city is the mention's own candidate, so the country never changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from captionist.places.index import haversine

from .gazetteer import load_gazetteer, norm

# words for a part of a city, per language; matched as the END of a word so that Dutch and
# German compounds count ("volkswijk", "strandwijk", "Arbeiterviertel", "Szenekiez")
QUARTER_WORDS = {
    "nl": ("wijk", "stadsdeel", "buurt", "stadswijk", "district"),
    "en": ("district", "quarter", "neighbourhood", "neighborhood", "borough", "barrio"),
    "de": ("stadtteil", "bezirk", "viertel", "kiez", "ortsteil", "stadtbezirk", "quartier"),
    "fr": ("quartier", "arrondissement", "faubourg"),
}
_ENDINGS = tuple(sorted({w for ws in QUARTER_WORDS.values() for w in ws}, key=len, reverse=True))

# ", een volkswijk van ", ", a district of ", ", einem Stadtteil von ", ", quartier populaire de ":
# up to two words (article, adjective) before the quarter word, one adjective after it, then "of"
_OF_QUARTER = re.compile(
    r"^\s*,\s*(?:[^\W\d_]+\s+){0,2}?[^\W\d_]*(?:" + "|".join(_ENDINGS) + r")(?:\s+[^\W\d_]+)?"
    r"\s+(?:of|van|von|de|du|d['’]|in|im)\s*(?:the\s+)?$", re.IGNORECASE)
# a capitalised name the index lacks (or keeps as no town) before the same phrase, ending where
# the city is written: "Hackney, a borough of ", "Schwabing, einem Stadtteil von "
_NAMED_QUARTER = re.compile(
    r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?\s*,\s*(?:[^\W\d_]+\s+){0,2}?[^\W\d_]*(?:"
    + "|".join(_ENDINGS) + r")(?:\s+[^\W\d_]+)?\s+(?:of|van|von|de|du|d['’]|in|im)\s*(?:the\s+)?$", re.IGNORECASE)
# "X, Y" / "X in Y" / "X à Y" / "X, à Y": nothing but a comma or an "in" between them
_PART_OF = re.compile(r"^\s*(?:,\s*)?((?:in|im|à|a|en|op)\s+)?$")
# an area's word after the name: "Q, Hatay province", "Q in Hatay Province" is no city
_AREA_AFTER = re.compile(r"\s+(?:province|provincie|provinz|county|region|regio|région|département|"
                         r"department|prefecture|oblast|state|kreis|canton|kanton|district)\b", re.IGNORECASE)
_CITY = 100000
_WITHIN_KM = 10.0


def _written_as_part(text: str, x: str, y: str) -> bool:
    """The caption writes quarter `x` as a part of city `y` (the module docstring's shapes)."""
    ax, ay = text.find(x), text.find(y)
    if ax < 0 or ay < 0:
        return False
    if ax < ay:
        between = text[ax + len(x):ay]
        if _OF_QUARTER.match(between):
            return True
        # "Q in C", "Q, à C"; not "Q in C's ...", "Q in C province": the name as something
        # else's. A bare comma is not enough: "Hoboken, Antwerpen" names the province as often
        rest = text[ay + len(y):]
        if (m := _PART_OF.match(between)) is None or not m.group(1) or _AREA_AFTER.match(rest):
            return False
        return not (rest[:1].isalnum() or rest[:1] in ("'", "’", "-"))
    # "C, Q:" the city first, then its quarter, a comma between
    return text[ay + len(y):ax].strip() == ","


def _cities_named(text: str, facts, xs):
    """(mention or written name, its candidate towns) for every other town the caption names;
    a city after "X, " the finder read as the region binding X ("Q, Madrid": the Community of
    Madrid) is looked up by its written name."""
    for my in facts.mentions:
        if my not in xs and not (my.demonym or my.origin or my.toward or my.between):
            yield my, my.cities
    for mx in xs:
        at = text.find(mx.text)
        if mx.binds and at >= 0 and (m := _AFTER_COMMA.match(text, at + len(mx.text))):
            yield _Written(m.group(1)), load_gazetteer().cities.get(norm(m.group(1)), ())


@dataclass(frozen=True)
class _Written:
    text: str


_AFTER_COMMA = re.compile(r",\s*([A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?)")


def _city_of(text: str, facts, xs, quarters) -> tuple | None:
    """(mention or written name, city) of the biggest town of _CITY people the caption names
    within _WITHIN_KM of one of `quarters` (candidate towns of the mentions `xs`), bigger and of
    its country, that the caption writes a quarter of `xs` as part of; or None."""
    best = None
    for my, cities in _cities_named(text, facts, xs):
        for cy in cities:
            if (cy["population"] >= _CITY and (best is None or cy["population"] > best[1]["population"])
                    and any(cy["countrycode"] == c["countrycode"] and cy["population"] > c["population"]
                            and haversine(c["latitude"], c["longitude"], cy["latitude"], cy["longitude"])
                            <= _WITHIN_KM for c in quarters)):
                best = (my, cy)
    if best is None or not any(_written_as_part(text, mx.text, best[0].text) for mx in xs):
        return None
    return best


def _blank_quarter(text: str, facts, place) -> tuple | None:
    """For a caption left without a city: its quarter of a city written as part of it, when
    the quarter's name is ambiguous ("in Q, de strandwijk van C" with a Q in another country
    too) or the index lacks it ("Q, a borough of C", "Q, einem Stadtteil von C": C was refused
    as only saying where Q lies); then only the quarter word shape counts."""
    for mx in facts.mentions:
        if mx.cities and not (mx.origin or mx.toward or mx.between or mx.demonym):
            if (got := _city_of(text, facts, [mx], mx.cities)) is not None:
                return got
    for my in facts.mentions:
        ay = text.find(my.text)
        if (ay > 0 and _NAMED_QUARTER.search(text, 0, ay)
                and not (my.origin or my.toward or my.between or my.demonym)):
            big = [c for c in my.cities if c["population"] >= _CITY]
            if len(big) == 1:
                return my, big[0]
    return None


def quarter_as_city(text: str, facts, place) -> None:
    """Write the city instead of its quarter when the caption writes the quarter as part of
    it (the module docstring)."""
    city = place.city
    if city is not None:
        xs = [m for m in facts.mentions if any(c["geonameid"] == city["geonameid"] for c in m.cities)]
        best = _city_of(text, facts, xs, [city]) if xs else None
    elif place.taken_back or (place.country is None and place.ambiguous is False and not facts.unknown):
        return
    else:
        best = _blank_quarter(text, facts, place)
        if best is not None and place.country not in (None, best[1]["countrycode"]):
            best = None
    if best is None:
        return
    # as placeevidence.track notes a later rule's city (not imported: placedistrict is low)
    place.city, place.writer, place.evidence = best[1], "placequarter", None
    place.country = best[1]["countrycode"]
    if not isinstance(best[0], _Written):
        place.mention = best[0]
