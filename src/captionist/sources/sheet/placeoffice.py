"""A town named only as a person's office is not the picture's place (issue 9, wrong21).

"Le maire de Saragosse, Jorge Alcañiz, lors d'une conférence de presse": the caption says who
is in the picture, not where it is (the press conference may be in Madrid or Brussels). The
town of a mayor's office is read like a person's home (PlaceMention.person): the gate
(placegate.refusal) refuses it unless the same town is also written as where the picture is
("Der Bürgermeister von Passau im Hochwasser in Passau"). Applied by placeorigin.mark_origins.

And (origin46) a mayor's town IS the place when the caption names no other place: "Le maire de
X, N, lors du conseil municipal", "Le bourgmestre de X s'adresse au conseil communal", "Der
Bürgermeister von X bei der Gemeinderatssitzung", "The mayor of X casts her ballot": the mayor
is pictured at home, as the corpus writers expect (8 blanks in 7 batches); not when what the
mayor does could be anywhere (a press conference, an interview, a portrait, an archive picture:
"Le maire de Saragosse, N, lors d'une conférence de presse" stays blank, `_ANYWHERE`).
"""

from __future__ import annotations

import re

from captionist.places.words import ADJECTIVE, UNCUED

from .captionwords import word_starts
from .gazetteer import load_gazetteer, norm
from .placegroup import _PLACED_NAME, _in_group_name
from .dates import CALENDAR_NAMES
from .placeoriginshape import NOUN_ENDS

# the office before the town, four languages: "the mayor of X", "de burgemeester van X",
# "der Oberbürgermeisterin von X", "le maire de X", "la mairesse d'X"
_BEFORE = re.compile(
    r"(?:\b(?:lord\s+)?mayor(?:ess)?\s+of|\bburgemeester\s+van|\bbourgmestre\s+(?:de|d['’]|du)|\b(?:ober)?b[üu]rgermeister(?:in)?\s+(?:von|der\s+stadt)"
    r"|\bmaire(?:sse)?\s+(?:de\s+la\s+ville\s+)?(?:de|d['’]|du))\s*$", re.IGNORECASE)
# the office after the town: "Kölns Oberbürgermeisterin", "Münchner Bürgermeister", "de
# Rotterdamse burgemeester", "Kyiv mayor Vitali Klitschko"
_AFTER = re.compile(r"^(?:s|er|se)?\s+(?:(?:ober)?b[üu]rgermeister(?:in)?|burgemeester|mayor(?:ess)?)\b",
                    re.IGNORECASE)

# what puts a mayor at home: the town hall, the office, opening or inaugurating something of the
# town ("Le maire de Megève dans son bureau à la mairie", "La maire de X inaugure la digue"):
# then the town is the place, as the corpus expects
_AT_HOME = re.compile(
    r"\b(?:mairie|h[ôo]tel\s+de\s+ville|(?:son|leur)\s+bureau|inaugur\w*|town\s+hall|city\s+hall"
    r"|(?:his|her|their)\s+office|opens?\b|rathaus\w*|gemeindeamt|(?:seinem|ihrem)\s+b[üu]ro|er[öo]ffnet"
    r"|stadhuis|gemeentehuis|raadhuis|werkkamer|opent|opende|onthult|unveils?)", re.IGNORECASE)

# the picture placed in "the town" or "the island" itself, which can only be the mayor's own
# when no other place is written: "Le maire de X sur les remparts de la ville", "de
# burgemeester van X op het strand van het eiland", "the mayor of X in the town's market"
# (cities32: fr-128, fr-126, nl-128)
_BACK_REF = re.compile(
    r"\b(?:de\s+la\s+(?:ville|commune)|du\s+village|de\s+l['’]île"
    r"|(?:of\s+)?the\s+(?:town|city|village|island)(?:['’]s)?"
    r"|der\s+(?:Stadt|Gemeinde|Insel)|des\s+(?:Dorfes|Ortes)"
    r"|van\s+(?:de\s+(?:stad|gemeente)|het\s+(?:dorp|eiland)))\b")


# what a mayor does anywhere, not at home: with no other place named the caption says nothing of
# where the picture is ("Le maire de Saragosse, X, lors d'une conférence de presse": blank, as
# the corpus expects; wrong21)
_ANYWHERE = re.compile(
    r"(?i)\b(?:conf[ée]rence\s+de\s+presse|point\s+(?:de\s+)?presse|(?:press|news)\s+conference|"
    r"pressekonferenz\w*|persconferentie|reporters|journalist\w*|interview\w*|entretien|portr[äa]i?t\w*|archiv\w*|file\s+photo)")


def _named(name: str) -> bool:
    """Not an abstract noun, a month, a weekday or a feast ("casts her vote on Thursday")."""
    return not name.casefold().endswith(NOUN_ENDS) and norm(name) not in CALENDAR_NAMES


def _names_placed(text: str, written: set[str]):
    """The capitalised names the caption writes after a positional word, other than the mayor's
    town (placegroup._named_elsewhere's shape: "au Sénat", "dans les Sassi")."""
    return (h.group("n") for h in _PLACED_NAME.finditer(text)
            if h.group("n") not in written and not _in_group_name(h.group("n"), written))


def _own_region(name: str, own: set[str]) -> bool:
    """name is a region of the mayor's town's country ("in the Vorarlberg municipal run-off")."""
    regions = load_gazetteer().index.regions(norm(name))
    return bool(regions) and all(r.country in own for r in regions)


def _other_place(facts, text: str, offices, written: set[str]) -> bool:
    """The caption names a place besides the mayor's town: another mention of the index that is
    not itself someone's (origin, destination, part of a name, only locating), a name the index
    lacks after a positional word, an "X near Y" pair, a region or country of another country
    than the town's, or a capitalised name after a positional word ("au Sénat, à Paris", "dans
    les Sassi": placegroup._named_elsewhere)."""
    own = {c["countrycode"] for m in offices for c in m.cities}
    return any(o.text not in written and not (o.origin or o.toward or o.person or o.in_name or o.locates_other)
               for o in facts.mentions) or any(_named(u) for u in facts.unknown) or bool(facts.near_pairs) \
        or any(r[0] not in own for r in facts.regions_seen) or any(c not in own for c in facts.countries_seen) \
        or any(_named(n) and not _own_region(n, own) for n in _names_placed(text, written))


# the stems _BEFORE and _AFTER need, casefolded ("maire", "mayor", "bürgermeister", "burgemeester")
_OFFICE_WORDS = ("maire", "mayor", "rgermeister", "burgemeester", "bourgmestre")


def office_only(text: str, written: str) -> bool:
    """Every time the caption writes `written`, it is the seat of a mayor's office."""
    spots = list(word_starts(text, written))
    return bool(spots) and all(
        _BEFORE.search(text[max(0, at - 60):at]) or _AFTER.match(text[at + len(written):at + len(written) + 40])
        for at in spots)


def mark_offices(facts, text: str) -> None:
    """Mentions written only as a mayor's seat become a person's town: never the place."""
    low = text.casefold()
    if not any(w in low for w in _OFFICE_WORDS):     # the prefilter: most captions name no mayor
        return
    offices = [m for m in facts.mentions if not m.binds and office_only(text, m.text)]
    if not offices or _AT_HOME.search(text):
        return
    written = {m.text for m in offices}
    if not _ANYWHERE.search(text) and not _other_place(facts, text, offices, written):
        return      # "Le maire de X, ..., lors du conseil municipal": no other place, the mayor's own town (origin46)
    if _BACK_REF.search(text) and len(written) == 1 and all(
            m.text in written or m.kind == UNCUED and not m.binds for m in facts.mentions):
        return      # "sur les remparts de la ville": the mayor's own town, the only one written as a place
    for m in offices:
        # ranked as a group's town (placegroup): "Le bourgmestre de X, ..., en visite dans une
        # école de Y" leaves Y, part of a school's name, to be read as the place
        m.person, m.placed, m.origin = True, False, True
        m.kind = min(m.kind, ADJECTIVE)
