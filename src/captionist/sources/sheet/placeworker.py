"""A town after a noun of someone's trade, when the caption names another place (issue 9,
wrong43: the wrong places of sheets 260-289 and the older ones like them).

Captions introduce a worker by the town they come from, then say where the picture is: "Huisarts
X uit A vaccineert in zijn praktijk in B", "Une infirmière de A vaccine une aînée dans une
résidence de B", "Researchers from A tag a penguin on B Island", "Ein Landwirt aus A zeigt sein
Feld bei B", "De jeunes skieurs du ski-club de A à l'entraînement sur le glacier de B". The
parser wrote A. The group nouns of placegroup.py (families, choirs, pilgrims) already read so;
trades were left out there because a worker with no other place named is often pictured at home
("Un pêcheur de A répare ses filets"), where the group rule would blank the town. Here the rule
is narrower: the town after "<trade> [a name] <of-word>" (or "<trade> <of> <one word> <of>":
"skieurs du ski-club de A") becomes an origin (PlaceMention.origin and .person; the gate never
writes it and names it in its warning) only when the caption names ANOTHER place: another
mention of the index that is not itself an origin, a destination or part of a name, a place the
index lacks after a positional word (facts.unknown), an "X near Y" pair, or a capitalised name
after a positional word ("in zijn praktijk in B", "on B Island": placegroup._named_elsewhere).
A town already read as an origin by its cue ("uit A") is written by the gate when the caption
names no other place; here it is refused (.person) when it does, and its country is written
when it is the sheet's and nothing else is (placegroup.group_country, given `worker_town`). With none, nothing
changes. The nouns: placeworkerwords.py, a row per language (visitors, patients and traders too,
origin45: "Touristen aus A beobachten ... bei B", "un marchand de A vend ... au marché de B").
Also "<trade> from across A" ("Farmers from across A drive into B", "aus ganz A", "uit heel A",
"de toute la A"): A is where they come from, read the same way.
"""

from __future__ import annotations

import re

from .captionwords import caption_words
from .placegroup import _named_elsewhere
from .placeresidence import _placed_elsewhere
from .placetokens import word_hits
from .placeworkerwords import WORKERS

_OF = frozenset("de d' d’ du van von of from uit aus".split())
# "from across A": the people come from all over an area ("Farmers from across A drive ... into B",
# "Bauern aus ganz A", "boeren uit heel A", "des agriculteurs de toute la A"; origin45)
_ACROSS = frozenset("across ganz heel toute tout".split())
_ACROSS_ARTICLES = frozenset("la le l' l’".split())
_STOP = re.compile(r"[,.;:()!?«»\"]")
_WORDS = re.compile(r"[\w-]+['’]?")


def mark_worker_towns(facts, text: str) -> None:
    """Apply the module docstring's reading to facts (places.PlaceFacts) in place (called by
    placeorigin.mark_origins after placegroup's rule)."""
    if not facts.mentions or caption_words(text).lower.isdisjoint(WORKERS):
        return      # the prefilter: most captions name no trade
    towns = [m for m in facts.mentions if not (m.person or m.placed or m.binds)
             and (at := _at(text, m.text)) is not None and _worker_head(text[max(0, at - 90):at])
             and not _placed_elsewhere(text, m.text, at)]
    if not towns:
        return
    names = {m.text for m in towns}
    other = any(o.text not in names and not (o.origin or o.toward or o.person or o.in_name or o.locates_other)
                for o in facts.mentions) or facts.unknown or facts.near_pairs or _named_elsewhere(text, names)
    if not other:
        return      # "Un pêcheur de A répare ses filets": no other place, the town stays as it was read
    for m in towns:
        m.origin, m.person, m.placed = True, True, False


def worker_town(text: str, m) -> bool:
    """m is written right after "<trade> [a name] <of-word>" (placegroup.group_country writes
    such a refused town's country as a group's: "Une infirmière de A ... dans une résidence de
    B", B unknown to the index, is in A's country when that is the sheet's)."""
    at = _at(text, m.text)
    return at is not None and _worker_head(text[max(0, at - 90):at])


def _worker(word: str) -> bool:
    """A trade's noun, also the last part of a lower-case compound ("marin-pêcheur"; not
    "Beaux-Arts": Dutch "arts" is a doctor)."""
    low = word.casefold()
    return low in WORKERS or word[:1].islower() and low.rsplit("-", 1)[-1] in WORKERS


def _worker_head(head: str) -> bool:
    """The words before the town, from the last stop: "<trade> [up to three capitalised words]
    <of>" or "<trade> <of> <one lower-case word> <of>"."""
    cut = max((h.end() for h in _STOP.finditer(head)), default=0)
    words = _WORDS.findall(head[cut:])
    if len(words) >= 3 and words[-1].casefold() in _ACROSS_ARTICLES and words[-2].casefold() in _ACROSS:
        words.pop()     # "de toute la A"
    if len(words) >= 3 and words[-1].casefold() in _ACROSS and words[-2].casefold() in _OF:
        words.pop()     # "from across A", "aus ganz A"
    if len(words) < 2 or words.pop().casefold() not in _OF:
        return False
    if len(words) >= 3 and words[-1][:1].islower() and words[-2].casefold() in _OF and _worker(words[-3]):
        return True     # "skieurs du ski-club de A"
    k, names = len(words) - 1, 0
    while k >= 0 and words[k][:1].isupper() and names < 3 and not _worker(words[k]):
        k, names = k - 1, names + 1
    return k >= 0 and _worker(words[k])


def _at(text: str, word: str) -> int | None:
    hits = word_hits(text, word)
    return hits[0].start() if hits else None
