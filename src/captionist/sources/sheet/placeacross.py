"""A town seen from across water or a border is not where the picture is (issue 9, wrong32).

"Soldiers on an island, across the water from the mainland city of X": the picture is on the
island, and X is the town on the far shore; "a watchtower within sight of X", "the hills on
the other side of the border from X", "aan de overkant van de rivier tegenover X", "de l'autre
côté de la frontière avec X", "in Sichtweite von X" say the same. placefacing.py reads the one
or two words right before the town ("face au Crotoy", "tegenover Porto"); these phrases run
longer and may carry a title between them and the town ("the Chinese city of X", "de stad X"),
so they are looked for in the text. A mention so written is marked `faced`, and the gate
refuses it like a town faced; its country is no evidence for the caption's either (the island
may lie in another country than the shore it faces).
"""

from __future__ import annotations

import re

from .captionwords import word_starts
from .places import PlaceFacts

# the phrases, lower case; each ends where a title or the town follows
_PHRASES = (
    r"across (?:the (?:water|bay|strait|straits|river|lake|sound|channel|border|harbou?r|estuary|valley) )?from",
    r"within (?:sight|view) of", r"in sight of", r"facing", r"looking (?:out )?(?:across|over) (?:to|at)",
    r"on the (?:other|far|opposite) (?:side|bank|shore) (?:of [\w ]{1,30}? )?from",
    r"aan de (?:overkant|andere kant) van(?: de \w+)?(?: tegenover)?", r"in het zicht van", r"op zichtafstand van",
    r"in sichtweite von", r"auf der (?:anderen|gegenüberliegenden) seite (?:de[rs] \w+ )?(?:von|gegenüber)",
    r"jenseits (?:de[rs] \w+ )?(?:von|gegenüber)",
    r"de l['’]autre côté (?:de la \w+ |du \w+ |des \w+ )?(?:de|d['’]|du|face à)", r"à portée de vue de",
    r"qui fait face à",
)
# between the phrase and the town: an article, and a title with up to two adjectives ("the
# Chinese city of", "de Chinese havenstad", "die polnische Stadt", "la ville turque de"); free
# words only before a title ("facing floods in X" is in X)
_TITLE = (r"(?:(?:the|de|het|die|der|den|dem|la|le|les|l['’])\s*)?"
          r"(?:(?:[\w-]+\s+){0,2}?(?:city|town|port|village|coast|shore|island|resort|stad|havenstad|grensstad|dorp|"
          r"kust|kustplaats|badplaats|plaats|stadt|hafenstadt|grenzstadt|dorf|ort|küste|ville|commune|côte|île)(?:\s+[\w-]+)?\s+(?:(?:of|van|von|de|d['’])\s*)?)?")
_ACROSS = re.compile(r"(?i)\b(?:" + "|".join(_PHRASES) + r")\s+" + _TITLE + r"$")


def mark_across(facts: PlaceFacts, text: str) -> None:
    """Mark each mention written as the town seen across water or a border (module docstring)."""
    if not facts.mentions:
        return
    low = text.casefold()
    if not any(w in low for w in _TRIGGERS):
        return      # most captions: one scan of the text, no pattern run
    for m in facts.mentions:
        if m.binds:
            continue        # "facing Dover, England": the caption says the town itself
        for at in word_starts(text, m.text):
            if _ACROSS.search(text[max(0, at - 90):at]):
                m.faced = True
                break


# a word of every phrase above: when none is in the caption, nothing is marked
_TRIGGERS = ("across", "sight", "view", "facing", "looking", "side", "bank", "shore", "overkant", "andere kant",
             "zicht", "sichtweite", "seite", "jenseits", "côté", "face", "vue")
