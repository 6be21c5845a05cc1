"""A town written after the street the picture is in (issue 9, cities27): "Floral tributes
outside a home on Rockingham Road, Kettering, in March", "Shoppers on High Street, Oxford.".

English captions name the street with a positional word and the town after it, set off by a
comma, with no cue of its own: the town is where the picture is, as much as "in Kettering"
would say. Only a street word (Road, Street, Lane...) right before the comma, at most three
capitalised words before it, and a positional word before those: "the Rockingham Road
bakery, Kettering" or "a man from Church Street, Kettering" are not read. The town then passes
the gate like any cued town (its country must still agree with what the caption and the sheet
say).
"""

from __future__ import annotations

import re

from captionist.places.words import CUED

from .places import PlaceFacts
from .placetokens import word_hits

# "on Rockingham Road, " "at 10 Downing Street, " "outside a house in Elm Grove, ": the positional
# word, up to three capitalised words (a house number may lead), a street word, a comma
_STREET_THEN_TOWN = re.compile(
    r"\b(?:on|in|at|outside|near)\s"
    r"(?:\d{1,4}\s)?(?:[A-Z][\w'’-]{1,30}\s){1,3}"
    r"(?:Road|Street|Lane|Avenue|Drive|Crescent|Terrace|Close|Grove|Square|Row|Gardens|Way)"
    r",\s$")
_LOOKBACK = 120


def mark_street_towns(facts: PlaceFacts, text: str) -> None:
    """Mark as placed the uncued, unbound mentions written right after "<cue> <Street>, " and
    ending the phrase."""
    for m in facts.mentions:
        if m.kind >= CUED or m.binds or m.origin or m.toward or m.person:
            continue
        at = _whole_word(m.text, text)
        if at < 2 or not _STREET_THEN_TOWN.search(text[max(0, at - _LOOKBACK):at]):
            continue
        rest = text[at + len(m.text):at + len(m.text) + 4]
        if rest[:1] not in (",", ".", ";", "") and rest not in (" on ", " in "):
            continue    # "on Church Street, Kettering Borough Council said": the town starts another name
        m.kind, m.cued, m.placed = CUED, True, True


def _whole_word(name: str, text: str) -> int:
    """The offset of the first whole-word occurrence of `name` in `text`, or -1 (word_hits: no
    pattern compiled per name)."""
    hits = word_hits(text, name)
    return hits[0].start() if hits else -1
