"""A national agency's credit as evidence for the country of a town written by its own name
(issue 9, cities27).

"Les supporters ... à Forest. © BELGA PHOTO" is Forest, Brussels, not Forest, Mississippi, in a
French sheet; "Les dockers du port de Bari en grève. ANSA / ..." is Bari, Italy, not the Somali
region. A national agency's own photographers work mostly at home, so its country counts for
the caption as one of the sheet's other countries does (placegate.refusal, placeresolve): a town
written as where the picture is, by its own name, in that country is let through where the
caption names no country, instead of refused for its namesakes abroad. It never outweighs a
country or region the caption names, and never makes a town of a word the caption does not write
as a place.

Only agencies whose credit names their own photographer's work: a national agency that only
distributes another's picture ("ANP / AFP", "EPA/ANSA") says nothing of where it was taken. The
big world agencies (AFP, AP, Reuters, EPA, Getty) and national ones whose photographers work
worldwide as a rule (dpa, EFE, PA) are not in the table.
"""

from __future__ import annotations

import re

from captionist.places.words import CUED

from .gazetteer import load_gazetteer

# the agency's name as credits print it, and its country (ISO 3166 alpha-2)
_AGENCIES = {
    "anp": "NL", "belga": "BE", "apa": "AT", "gepa": "AT", "ansa": "IT", "keystone": "CH",
    "sportsfile": "IE", "inpho": "IE", "ritzau": "DK", "ntb": "NO", "lehtikuva": "FI",
    "pap": "PL", "lusa": "PT",
}
_AGENCY = re.compile(r"(?<![\w-])(" + "|".join(_AGENCIES) + r")(?![\w-])", re.IGNORECASE)
# a world agency whose picture the national one only passes on ("ANP / AFP"); "via Reuters"
# after the national agency's own credit is the distribution channel, not the maker
_WORLD = re.compile(r"(?<!via )(?<![\w-])(AFP|AP|EPA|EPA-EFE|Reuters|Getty|Xinhua|dpa)(?![\w-])", re.IGNORECASE)


def agency_country(credit_line: str | None) -> str | None:
    """The country (alpha-2) of the one national agency the credit names, when no world agency
    made the picture."""
    if not credit_line:
        return None
    found = {_AGENCIES[m.group(1).casefold()] for m in _AGENCY.finditer(credit_line)}
    if len(found) != 1 or _WORLD.search(credit_line):
        return None
    return found.pop()


def with_agency(sheet_others: frozenset[str], sheet_country: str | None, credit_line: str | None) -> frozenset[str]:
    """The sheet's other countries, plus the credit's national agency's (only once the sheet's
    own country is known: the first pass counts the captions' own places)."""
    a2 = agency_country(credit_line) if sheet_country else None
    return sheet_others | {a2} if a2 and a2 != sheet_country else sheet_others


def region_elsewhere_outweighed(m, city: dict, key: str, sheet_country: str | None,
                                sheet_others: frozenset[str]) -> bool:
    """A town written as where the picture is, by its own name, in one of the sheet's other
    countries (or its national agency's), whose name is also a region of a country that is
    neither the sheet's nor one of its others: the region is not what the caption means ("le
    port de Bari. ANSA": the Italian city, not the Somali region)."""
    if m.kind < CUED or not city.get("primary") or city["countrycode"] not in sheet_others:   # (asked last: placesheetread)
        return False
    regions = {r.country for r in load_gazetteer().index.regions(key) if r.country != city["countrycode"]}
    return bool(regions) and not regions & {sheet_country, *sheet_others}



# --- a regional public body or tourism board in the credit (regions29) ----------------------
# "Quelle: Polizeipräsidium Niederbayern", "Foto: Kantonspolizei St. Gallen", "Foto: Zillertal
# Tourismus/Handout": the police, fire brigade or tourism board of one region hands out pictures
# of its own region. Its region's country is the caption's when the caption names no place.
_BODY = re.compile(
    r"\b(?:Polizeipräsidium|Polizeidirektion|Polizeiinspektion|Kantonspolizei|Landespolizei|Stadtpolizei|Polizei"
    r"|Berufsfeuerwehr|Feuerwehr|Landratsamt|Politie|Brandweer|Veiligheidsregio|Police cantonale|Police"
    r"|Fire and Rescue Service|Fire Service|Constabulary|Tourismus|Tourism|Toerisme|Tourisme)\b")
_PARTS = re.compile(r"\s*[/|,]\s*")


def body_credit_country(credit_line: str | None, facts, place) -> str | None:
    """The one country of the region or town a regional body in the credit is named after, when
    the caption settled no place and names none (see above); else None."""
    if not credit_line or place.city is not None or place.country is not None or place.ambiguous:
        return None
    if facts.mentions or facts.unknown or facts.countries_seen or facts.regions_seen or facts.province:
        return None
    from .gazetteer import norm
    gz = load_gazetteer()
    lands: set[str] = set()
    for part in _PARTS.split(credit_line):
        if not _BODY.search(part):
            continue
        name = " ".join(_BODY.sub(" ", part).split())
        if not name[:1].isupper():
            continue
        key = norm(name)
        # (every town so called, by any of its names: "St. Gallen" is Sankt Gallen's)
        own = {r.country for r in gz.index.regions(key)} | {c["countrycode"] for c in gz.cities.get(key, ())}
        if len(own) != 1:
            return None
        lands |= own
    return lands.pop() if len(lands) == 1 else None
