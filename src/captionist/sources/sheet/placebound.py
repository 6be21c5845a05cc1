"""A town written with its own country or region right after it (recall22, issue 9).

"near Marfa, Texas", "near Sandusky, Ohio": a town bound to the state or country the caption
writes right after it is strong evidence of where the picture is, even after "near". The gate
(placegate.py) refuses a "near Y" when the caption names another place of its own, because then
Y only locates that place ("Brovary, near Kyiv"). A bare capitalised word with no cue and no
country of its own, whose only towns lie outside the country Y is bound to, is no such place:
"U.S. Highway 90 near Marfa, Texas" reads "U.S." as Us, a village in France.
"""

from __future__ import annotations

import re

from captionist.places.names import norm
from captionist.places.words import UNCUED


def stray_abroad(o, m) -> bool:
    """Mention o (places.PlaceMention) cannot be the place that "near m" locates: m is bound to
    a country or region written right after it, and o is a bare word (uncued, unbound) that
    names towns only outside that country."""
    return bool(m.binds) and o.kind == UNCUED and not o.binds and not o.placed \
        and not any(c["countrycode"] == m.binds[0] for c in o.cities)


def region_code(qualifier: str, cities) -> tuple:
    """The first-level region a parenthesised code after a town names, when it is the code of
    the town's own state or canton ("Champéry (VS)", "Sierre (VS)": Valais; "Marfa (TX)"): as
    index Regions, like a region written in full ("Champéry (Valais)"). Only a code of two
    capitals that is the admin1 code of one of the towns so named and a subdivision of the
    first level in ISO 3166-2; any other code names nothing."""
    if len(qualifier) != 2 or not qualifier.isupper() or not qualifier.isalpha():
        return ()
    from captionist.places import iso    # pycountry's subdivisions, without importing it
    from captionist.places.index import Region
    from captionist.places.reverse import admin1_name
    out = []
    for a2 in dict.fromkeys(c["countrycode"] for c in cities or () if c.get("admin1code") == qualifier):
        sub = iso.subdivision(f"{a2}-{qualifier}")
        if sub is not None and not sub["parent_code"] and (name := admin1_name(a2, qualifier)):
            out.append(Region(a2, name, qualifier))
    return tuple(out)


# the country written right after a town in the ways French and English captions put it: ",
# en Italie", ", au Maroc", ", aux Pays-Bas", ", dans le nord du Maroc", ", in Italy", ", in
# northern Morocco", " (Grèce)"; the comma form ", Italy" is placeorigin.country_after's
_COUNTRY_FOLLOWS = re.compile(
    r"(?:, (?:en|au|aux|in)"
    r"|, dans l[ea]? ?(?:nord|sud|est|ouest|centre|nord-est|nord-ouest|sud-est|sud-ouest)"
    r"(?:\s(?:du|de la|de l['’]|des))"
    r"|, in (?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern"
    r"|south-western|northeastern|northwestern|southeastern|southwestern)"
    r"|)\s?\(?([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)")


def country_follows(text: str, end: int, cities, gz) -> bool:
    """A country's name is written right after the town ending at `end`, by "en"/"au"/"in", a
    compass part of it ("dans le nord du Maroc", "in northern Morocco") or in brackets
    ("Salonique (Grèce)"), and one of `cities` lies in it: the town, not a province or region
    named like it ("de L'Aquila, en Italie" is the city, not its province)."""
    hit = _COUNTRY_FOLLOWS.match(text, end)
    if not hit or (hit.group(0).lstrip(", ")[:1].isupper() and "(" not in hit.group(0)):
        return False     # ", Italy" bare: country_after's; a word right after the town is no country
    key = norm(hit.group(1))
    a2 = gz.countries.get(key)
    return bool(a2) and gz.index.country_kind.get(key) == "name" and any(c["countrycode"] == a2 for c in cities)
