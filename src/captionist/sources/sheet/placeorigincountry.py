"""A country written right after a town someone comes from or goes to is that town's, not the
picture's (issue 9, origin42).

"Des passagers débarquent à <port> du ferry venu de <port>, en Irlande", "Un bénévole charge à
<town> un camion destiné à <town>, en Espagne", "Pupils from a school in <town>, England, visit
the museum in <city>": the country binds the origin or the destination it follows; the picture
is at the town the main verb places it in, in another country. Read as the caption's country,
it made the gate refuse that town ("not in IE, which the caption names") and the record stayed
blank with "place and country disagree".

The rule (`origin_bound_country`, called by placemarks.mark_facts after the rules that mark
origins and destinations): when the cued country is bound only to mentions marked as where
someone comes from or goes (`origin`/`toward`) and follows one of them ("X, en Irlande", "X, England"), and the caption places another town, none of
whose namesakes lies in that country, after a positional word of its own sentence ("à X",
"in X", "te X", "bei X"), the country is set aside as placeunlisted.origin_country does for an
unknown origin ("aus Ginzling, Österreich"), and it binds the origin (so it is no country the
caption names besides: the gate's check of the countries named leaves it out), which the
gate still refuses as where someone comes from or goes.

Not when the other town has a namesake in that country (the binding then picks it), nor when
the country is bound to a town written as a place ("in X, Irlande"), nor for a town the caption
names only after "of/de/van" ("the port of X"): only a positional word says where the picture
is.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placetokens import word_hits

# right after the origin or destination: a comma, at most a locative word of the four
# languages, then the country's name ("X, en Irlande", "X, in Duitsland", "X, England")
_COUNTRY_AFTER = re.compile(
    r"^,\s(?:(?:en|in|au|aux|im|in\sder|dans\sle|dans\sla|aan)\s)?"
    r"(?P<c>[A-ZÀ-Ý][\w'’-]+(?:\s[A-ZÀ-Ý][\w'’-]+)?)")


def origin_bound_country(facts, text: str) -> None:
    """Set aside the cued country when it is written only right after an origin or a
    destination (module docstring)."""
    cc = facts.country_cued
    if cc is None or len(facts.mentions) < 2:
        return
    if any(m.binds and m.binds[0] == cc and not (m.origin or m.toward) for m in facts.mentions):
        return      # "in X, Irlande": the country of a place written as the picture's
    if not any(m.placed and not (m.origin or m.toward or m.in_name or m.person or m.binds)
               and m.cities and all(c["countrycode"] != cc for c in m.cities) for m in facts.mentions):
        return
    gz = load_gazetteer()
    hung = [m for m in facts.mentions if (m.origin or m.toward) and _country_after(text, m.text, cc, gz)]
    if hung:
        facts.country_cued = None
        for m in hung:      # the country is the origin's own: not one the caption names besides
            if m.binds is None and any(c["countrycode"] == cc for c in m.cities):
                m.binds = (cc, None)
        # a region of that country written with it ("X, Connacht, Ireland") binds the origin too
        facts.regions[:] = [r for r in facts.regions if r[0] != cc]


def _country_after(text: str, name: str, cc: str, gz) -> bool:
    """Every time the caption writes the country `cc`, it follows `name` ("venu de X, en
    Irlande")."""
    for h in word_hits(text, name):
        m = _COUNTRY_AFTER.match(text[h.to:h.to + 40])
        if m and (gz.countries.get(norm(m["c"])) == cc or gz.countries.get(norm(m["c"].split()[0])) == cc):
            return True
    return False
