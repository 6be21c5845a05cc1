"""A German building "zu" its town (issue 9, cities28).

German names a cathedral, castle, abbey or town hall with the town it stands in after "zu" (an
old "in"): "im Dom zu Güstrow", "vor dem Kaiserdom zu Speyer", "im Rathaus zu Aachen", "im
Kloster zu Lorch". The town is read as if written "im X": its mention becomes cued and placed
(the place gate still applies). Only right after a noun of such a building, because "zu" after
a person's name is a title of nobility ("Karl-Theodor zu Guttenberg": no Guttenberg), and "zu"
before a verb or a noun of motion says nothing of a place ("zu Besuch", "zu Fuß").
"""

from __future__ import annotations

import re

from captionist.places.words import CUED

from .gazetteer import norm

# the building nouns, alone or as the end of a compound ("Kaiserdom", "Residenzschloss")
_BUILDING = re.compile(
    r"(?i:\b[\w-]*(?:dom|münster|kirche|kathedrale|kapelle|schloss|schloß|burg|kloster|abtei|stift|rathaus|"
    r"residenz|universität|akademie|theater|oper|museum)) zu (?P<town>[A-ZÄÖÜ][\w'’-]+)(?![\w-])")


def mark_building_zu(facts, text: str) -> None:
    """The mention of the town after "<building> zu" becomes cued and placed (module docstring)."""
    if " zu " not in text:
        return      # the pattern's open compound prefix is costly to run on every caption
    for hit in _BUILDING.finditer(text):
        key = norm(hit.group("town"))
        for m in facts.mentions:
            if norm(m.text) == key and text.find(m.text, hit.start("town")) == hit.start("town"):
                m.kind, m.cued, m.placed = CUED, True, True
