"""A sport or news desk's boxes pasted among the captions (issue 9, strays; fields30): a
paragraph that opens with a box's label and a colon ("Squad: ...", "Die Aufstellung des X:
...", "Scorecard: ...", "LIVE: ...", "Also on the desk: ...", "Zahlen zum X: ...") or a
ticker's time written with spaces ("16 h 42 : ..."). Like the article test (parser.py), it
applies only to a paragraph with no credit of its own in a sheet where a quarter or more of
the captions carry credits: a box tells the reader the news, the team or the figures, not
what a picture shows.

The label is told by its first word (or the one after an article): a line-up's, a result's,
a ticker's, a box of figures or of other news, in nl/en/de/fr. A place or a date before a
colon ("Berlin: ...", "24 februari: ...") is never such a word.
"""

from __future__ import annotations

import re

_LABEL_WORDS = (
    r"live|liveticker|ticker|live-ticker|direct|en direct|"
    r"squad|line-?up|team|teams|selectie|opstelling|aufstellung|kader|composition|"
    r"scorecard|scores?|results?|uitslag(?:en)?|ergebnisse?|résultats?|classement|stand|standings|tabelle|"
    r"also|ook|auch|aussi|zahlen|fakten|numbers|figures|facts|cijfers|feiten|chiffres|repères|"
    r"programme|program|programma|agenda|termine|in brief|en bref|kurz|in het kort")
_ARTICLE = r"(?i:(?:die|der|das|de|het|the|la|le|les|l')\s?)?"
# the label: its word and at most three more ("Also on the desk", "Die Aufstellung des EHC
# Kloten"); a longer run before a colon is a sentence ("The team celebrates ... in Leeds: ...")
_BOX = re.compile(r"^" + _ARTICLE + r"(?i:" + _LABEL_WORDS + r")\b(?:\s[^\s:.!?]{1,24}){0,3}\s?:\s")
# "16 h 42 :", "9 h 05 -": a French ticker's time with spaces around the "h"
_SPACED_TIME = re.compile(r"^(?:[01]?\d|2[0-3])\sh\s[0-5]\d\s{0,2}[:\-–]\s{1,2}[A-ZÀ-ÖØ-Þ]")


def desk_box(body: str) -> bool:
    """Whether an uncredited paragraph opens with a box's label or a spaced ticker time."""
    b = body.lstrip()
    return _BOX.match(b) is not None or _SPACED_TIME.match(b) is not None
