"""A town of the credit's national agency's country is not withheld for a namesake abroad of
comparable size (issue 9, namesake42).

The resolver withholds a cued town when its score stays under the threshold (a small town,
no country named, the sheet's main country another) or when a namesake abroad is not much
smaller ("ambiguous place: X (candidates ...)"). A national agency that credits its own
photographer's work (placeagency.agency_country: KEYSTONE, APA, ANP, Belga, ANSA ... and no
world agency in the credit) is evidence a desk uses to pick between the namesakes: "die
Gondelbahn von X ... KEYSTONE" on an Austrian sheet is the Swiss resort, not the Australian
hamlet of that name; "die Gletscherpiste in X ... APA" is the Tyrolean village, not the
German one half its size. placeagency already counts the agency's country as one of the
sheet's others for the gate; here it also settles the namesakes the resolver could not.

bench/place_withheld.py (reason "ambiguous: close namesakes", each candidate listed with the
agency's country) on the tuned part: the agency's country held the right town 6 times in 5
batches (Swiss and Austrian resorts on Austrian, Swedish and Finnish sheets, a Swiss town on
a German sheet whose own hamlet of that name has 500 people), and a wrong one twice, both
towns of the agency's country dwarfed by a namesake abroad (a Dutch village beside a Belgian
city 22 times its size, a Dutch town beside a Norwegian city 10 times its size). So, as for
the sheet's own country (placesheetrival): a cued mention by the town's own name, the caption
naming no country, region or province, the town the only one of the agency's country not far
smaller, no namesake abroad more than RATIO times bigger and none of comparable size in the
sheet's main country (the sheet and the agency would then disagree).
"""

from __future__ import annotations

from captionist.places.words import NEAR

from .gazetteer import norm
from .placeownforms import own_name
from .placesheetrival import RATIO


def _pop(c: dict) -> int:
    return c.get("population") or 0


def agency_town(m, facts, agency: str | None, sheet_country: str | None) -> dict | None:
    """The town of the agency's country to write for mention `m` over its namesakes (the module
    docstring), or None."""
    if agency is None or m.kind < NEAR or m.binds:
        return None
    if facts.countries_seen or facts.regions_seen or facts.country_cued or facts.province:
        return None
    key = norm(m.text)
    named = [c for c in m.cities if own_name(c, key) and _pop(c) > 0]
    home = [c for c in named if c["countrycode"] == agency]
    if not home:
        return None
    town = max(home, key=_pop)
    if any(c is not town and _pop(c) * RATIO >= _pop(town) for c in home):
        return None     # two towns of that name in the agency's country: which one?
    if any(c["countrycode"] != agency and _pop(c) > RATIO * _pop(town) for c in named):
        return None     # dwarfed by a namesake abroad ("Aalst" of a Dutch agency)
    if sheet_country not in (None, agency) and any(
            c["countrycode"] == sheet_country and _pop(c) * RATIO >= _pop(town) for c in named):
        return None     # the sheet's own namesake of comparable size: sheet and agency disagree
    return town
