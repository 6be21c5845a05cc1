"""A town named only as a person's office is not the picture's place (issue 9, wrong21).

"Le maire de Saragosse, Jorge Alcañiz, lors d'une conférence de presse": the caption says who
is in the picture, not where it is (the press conference may be in Madrid or Brussels). The
town of a mayor's office is read like a person's home (PlaceMention.person): the gate
(placegate.refusal) refuses it unless the same town is also written as where the picture is
("Der Bürgermeister von Passau im Hochwasser in Passau"). Applied by placeorigin.mark_origins.
"""

from __future__ import annotations

import re

from captionist.places.words import UNCUED

from .captionwords import word_starts

# the office before the town, four languages: "the mayor of X", "de burgemeester van X",
# "der Oberbürgermeisterin von X", "le maire de X", "la mairesse d'X"
_BEFORE = re.compile(
    r"(?:\b(?:lord\s+)?mayor(?:ess)?\s+of|\bburgemeester\s+van|\b(?:ober)?b[üu]rgermeister(?:in)?\s+(?:von|der\s+stadt)"
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


# the stems _BEFORE and _AFTER need, casefolded ("maire", "mayor", "bürgermeister", "burgemeester")
_OFFICE_WORDS = ("maire", "mayor", "rgermeister", "burgemeester")


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
    if _BACK_REF.search(text) and len(written) == 1 and all(
            m.text in written or m.kind == UNCUED and not m.binds for m in facts.mentions):
        return      # "sur les remparts de la ville": the mayor's own town, the only one written as a place
    for m in offices:
        m.person, m.placed = True, False
