"""A street, building or quarter named like a town elsewhere, and a name headed by a town's
word (issue 9, wrong33).

1. "X, City": "at the Cenotaph in Whitehall, London", "devant le Palais de Tokyo, Paris",
   "im Stadtteil Soho, London". A name written right before a comma and a bigger town
   that lies far from every place the name could be, none of them in the town's country,
   is a street, square, building or
   quarter of that town, which the index knows only as a town elsewhere (Whitehall, Ohio;
   Le Palais on Belle-Île; Tokyo). The name is no place of its own; the town after the
   comma is where the picture is, as "in X, City" says. A name near the town ("in
   Saint-Denis, Paris", "Ramsau, Berchtesgaden") is left alone: the village then wins as
   the corpus convention has it; the tail of a building's name is not ("le musée de
   Cluny, Paris": in Paris, however near Cluny were). A list ("in Lyon, Paris and Marseille") is not read.
2. "the X of Y", "la X de Y": "the Battle of Britain Memorial Flight", "the Siege of
   Leningrad", "le Siège de Paris": a capitalised word after an article and before "of"/"de"
   and another capitalised word heads a longer name; it is no town (Battle, East Sussex).
   Y is left to the other rules ("the Port of Rotterdam" is in Rotterdam).
"""

from __future__ import annotations

import re

from captionist.places import haversine
from captionist.places.words import CUED

from .places import PlaceFacts
from .placetokens import word_hits

# a town and the quarter or street written before it lie within this distance
_NEAR_KM = 60.0
# the town after the comma is a city, whose streets and quarters captions name
_CITY = 100_000
# the words that, right after the town, make the comma one of a list, not "X, City"
_LIST_AFTER = re.compile(r"\s(?:and|or|et|ou|en|of|und|oder|y|e|o)\s")
# the article before the head of a name, and the link word after it, per language
_HEAD_BEFORE = re.compile(r"(?:\b(?:the|The|le|Le|la|La|au|du)\s)$")
_RUNS_ON = re.compile(r"[ -][A-ZÀ-Ý]")
# a capitalised word and a link right before: the name is the tail of a building's ("Palais de Tokyo")
_NAME_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s(?:de|du|des|of|von|van)\s$")
_HEAD_AFTER = re.compile(r"\s(?:of|de|du|des|d['’])\s?[A-ZÀ-Ý]")


def mark_town_parts(facts: PlaceFacts, text: str) -> None:
    """Refuse the mentions that are a town's street or quarter ("X, City" with X far from
    City) or the head of a longer name ("the Battle of Britain"); the town after the comma
    is then written as a place (cued), as X was."""
    for i, m in enumerate(facts.mentions):
        if m.binds or m.in_name or m.origin or not m.cities:
            continue
        hits = word_hits(text, m.text)
        if not hits:
            continue
        at, end = hits[0]
        if _head_of_name(text, at, end):
            m.in_name = True
            continue
        town = _town_after_comma(facts, i, text, end)
        if town is None:
            continue
        here = max(town.cities, key=lambda c: c.get("population") or 0)
        if (here.get("population") or 0) < _CITY:
            continue    # "Little Venice, Cheshire": a county the index knows only as a small town
        tail = _NAME_BEFORE.search(text, max(0, at - 40), at) is not None   # "Palais de Tokyo", "Porte de Versailles"
        if max(c.get("population") or 0 for c in m.cities) >= (here.get("population") or 0) and not tail:
            continue    # "in Lyon, Vienne": the first is no quarter of the second ("Palais de Tokyo, Paris" is)
        if not tail and any(c["countrycode"] == here["countrycode"] or haversine(
                c["latitude"], c["longitude"], here["latitude"], here["longitude"]) < _NEAR_KM for c in m.cities):
            continue    # a village or suburb of the town (the village is the place), or a town of its country
        m.in_name = True
        if m.kind >= CUED and town.kind < CUED:
            town.kind, town.cued, town.placed = m.kind, True, True


def _head_of_name(text: str, at: int, end: int) -> bool:
    """"the Battle of Britain", "le Siège de Paris": the word heads a longer name."""
    return bool(_HEAD_BEFORE.search(text, max(0, at - 4), at)) and bool(_HEAD_AFTER.match(text, end))


def _town_after_comma(facts: PlaceFacts, i: int, text: str, end: int):
    """The mention written after the name, its comma and nothing else but other words of the
    same name ("Palais de Tokyo, Paris"), ending the phrase; None otherwise."""
    comma = text.find(", ", end, end + 40)
    if comma < 0 or any(ch in ".;:!?()" for ch in text[end:comma]):
        return None
    for o in facts.mentions[i + 1:]:
        hits = word_hits(text, o.text)
        if not hits or hits[0].at != comma + 2:
            continue
        # ("Lower Austria", Leuven's alias: a longer name, no town)
        if not o.primary or _RUNS_ON.match(text, hits[0].to):
            return None
        if o.origin or o.in_name or o.toward or _LIST_AFTER.match(text, hits[0].to) or _listed_next(
                facts, text, hits[0].to):
            return None
        return o
    return None


def _listed_next(facts: PlaceFacts, text: str, end: int) -> bool:
    """"in Lyon, Paris, Lille and Nantes": another town follows the town's comma."""
    if text[end:end + 2] != ", ":
        return False
    return any(hits and hits[0].at == end + 2 for hits in (word_hits(text, o.text) for o in facts.mentions))
