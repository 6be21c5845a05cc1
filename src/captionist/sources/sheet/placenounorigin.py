"""A place noun after an origin word is an origin too (issue 9, villages33).

"im Dorf X", "im Fischerdorf X", "het vissersdorp X" put the picture in X (words.CAP_CUES). The
same noun after "aus"/"uit"/"from" and an article says where someone comes from: "Ein Fischer
aus dem Fischerdorf X verkauft seinen Fang in Y", "Een visser uit het dorp X verkoopt ... in Y",
"a fisherman from the village of X sells ... in Y": X is an origin, written only under the
gate's origin rule (when the caption names no other place), never over Y.
"""

from __future__ import annotations

from captionist.places.words import CAP_CUES, TOWN_WORDS

_FROM = frozenset("aus uit from".split())
_ARTICLES = frozenset("dem der den des het de the einem einer een a".split())
# English writes the noun before "of": "from the village of X"
_OF_NOUNS = frozenset("village hamlet town port".split())


def noun_origin(tokens, i: int) -> bool:
    """Token i is a name after "<origin word> <article> <place noun>" ("aus dem Dorf X") or
    "from the village of X"."""
    words = [t[2].casefold() for t in tokens[max(0, i - 4):i]]
    if len(words) >= 3 and words[-1] in CAP_CUES | TOWN_WORDS and words[-2] in _ARTICLES and words[-3] in _FROM:
        return True
    return len(words) >= 4 and words[-1] == "of" and words[-2] in _OF_NOUNS \
        and words[-3] in _ARTICLES and words[-4] in _FROM
