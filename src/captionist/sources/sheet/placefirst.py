"""The first sentence says where the picture is; later sentences are background (issue 9,
sentence36).

A caption's first sentence describes the picture; the sentences after it tell what else is
known: a neighbouring town told to close its windows, where a person was born or died, where the
trial goes on, where an earlier storm struck. Resolving the whole caption at once, a town of
a later sentence could win over the one the first sentence names (a bigger town, one without a
namesake abroad): "Smoke rises over the industrial estate in X. Residents of neighbouring Y are
told to keep their windows shut." gave Y, "Rook boven het industrieterrein van X. In het
naburige Y moeten bewoners ramen dicht houden." too.

So when the city was written from a name that only a later sentence holds (sentences.py: the
first unit counts a label or a question before the first sentence with it) and the first unit
names a place too (a town written as a place, or a name after "in" the index lacks), the first
unit is read again on its own:
- it gives a city: that city is written (the first sentence outranks), unless it stands on a
  weaker mention than the later town (an adjective, "Ein Münchner Polizist ...", against "in
  Y"): an adjective stands for the place only when the caption places it nowhere else (as the
  resolver reads one sentence), so the later town stays;
- it gives none although it names a place as such ("in X" with X unlisted or ambiguous): the
  two disagree and the caption does not say which is the picture's; no city is written, the
  warning names both; the country stays only when the first unit gives it or the later town's
  country is the sheet's or one the first unit's names may lie in;
- it names a place only weakly (a big town's name without a cue): the later town stays.
When the first unit names no place at all, a later sentence still gives it ("Ook aan de kust
is het onrustig. Een fietser ... op de dijk van X.").
"""

from __future__ import annotations

import re

from captionist.places.words import CUED

from .placecrossing import mark_crossings
from .placemarks import mark_facts
from .places import find_places
from .placevenues import with_venues
from .placevenuetown import mark_venue_towns
from .sentences import first_unit

_ENDS = re.compile(r"[.!?…]")


def _at(text: str, name: str) -> int:
    """Where name is first written in text as a whole word (-1: nowhere); str.find, not a pattern
    per name (a compiled pattern for every town of a sheet cost more than the rule)."""
    k = text.find(name) if name else -1
    while k >= 0:
        end = k + len(name)
        if (k == 0 or not text[k - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return k
        k = text.find(name, k + 1)
    return -1


def _written_later(text: str, place) -> tuple[int, str] | None:
    """(end of the first unit, the written name) when the place's city was written from a name
    only sentences after the first unit hold; None otherwise (also when the name is not found
    as written: a venue's town, "Olympiahalle" for Munich)."""
    if place.city is None:
        return None
    name = place.mention.text if place.mention is not None else place.city.get("name") or ""
    where = _at(text, name)
    if where < 0 or not _ENDS.search(text, 0, where):
        return None     # the name is in the first sentence (cheap test first: no sentence end before it)
    end = first_unit(text)
    return (end, name) if where >= end else None


def _candidates(facts) -> tuple[list[str], bool]:
    """The first unit's places (names) and whether one is written as a place (cued, bound or an
    unlisted name after "in"): a person's home, a destination, part of a longer name, the
    far end of a route do not count."""
    found, strong = [], False
    for m in facts.likely():
        if m.origin or m.toward or m.in_name or m.person or m.locates_other or m.between or m.water:
            continue
        found.append(m.text)
        strong = strong or m.kind >= CUED or bool(m.binds)
    if facts.unknown:
        found += facts.unknown
        strong = True
    return found, strong


def read_places(head: str):
    """The place facts of a caption's analysed text, read as the parser reads them (_classify,
    then pass 2's marks)."""
    facts = mark_crossings(head, mark_venue_towns(with_venues(head, find_places), head))
    mark_facts(facts, head)
    return facts


def first_sentence_place(text: str, place, resolve, sheet: str | None = None):
    """The place of the caption `text` by the module docstring's rule: `place` as resolved from the
    whole caption, `resolve(t, facts)` the place of a text with its facts, `sheet` the sheet's main
    country. Returns the place to write (`place` itself, changed or not, or the first unit's)."""
    later = _written_later(text, place)
    if later is None:
        return place
    end, name = later
    head = text[:end]
    facts = read_places(head)
    names, strong = _candidates(facts)
    if not names:
        return place        # the first sentence names no place: a later one may give it
    first = resolve(head, facts)
    mine = place.mention
    if first.city is not None:
        if first.city.get("geonameid") and first.city.get("geonameid") == place.city.get("geonameid"):
            return place    # "Münchner ... . ... in München": the same town
        weaker = first.mention is not None and first.mention.kind < CUED and not first.mention.binds \
            and mine is not None and (mine.kind >= CUED or mine.binds)
        if weaker:
            return place    # "Ein Münchner Polizist ... . Die Kreuzung in Y ...": an adjective names who
        first.warnings.append(f"later place not written: {name} (the first sentence places the "
                              f"picture in {first.city.get('name')})")
        return first
    if not strong:
        return place        # a town named without a cue: the later, stated place stays
    lands = {c["countrycode"] for m in facts.mentions for c in m.cities} | {sheet}
    _abstain(place, names[0], name, first.country or (place.country if place.country in lands else None))
    return place


def _abstain(place, head_name: str, later_name: str, country: str | None) -> None:
    """Write no city: the first unit names head_name, a later sentence later_name; `country` stays."""
    place.take_back(f"ambiguous place: {head_name} (first sentence) or {later_name} (a later "
                    f"sentence); neither written", country)
    place.ambiguous = True
