"""A town written with its own country or region right after it (recall22, issue 9).

"near Marfa, Texas", "near Sandusky, Ohio": a town bound to the state or country the caption
writes right after it is strong evidence of where the picture is, even after "near". The gate
(placegate.py) refuses a "near Y" when the caption names another place of its own, because then
Y only locates that place ("Brovary, near Kyiv"). A bare capitalised word with no cue and no
country of its own, whose only towns lie outside the country Y is bound to, is no such place:
"U.S. Highway 90 near Marfa, Texas" reads "U.S." as Us, a village in France.
"""

from __future__ import annotations

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
