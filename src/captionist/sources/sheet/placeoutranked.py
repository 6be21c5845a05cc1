"""A town the caption states plainly outranks a known town's adjective (issue 9, mutate24).

"Die Kölner jubeln nach dem Sieg in Darmstadt" is placed in Darmstadt: a cued town beats an
adjective. The mutation bench (bench/sheet_mutate.py, mode `unlisted`) showed what happens when
the stated town is a village the index lacks: "Die Kölner jubeln nach dem Sieg in Rehingen"
gave Cologne, "Solinger Messer auf einer Messe in Eisheim" gave Solingen, "Das Wiener
Burgtheater gastiert in Bibstedt" gave Vienna. The adjective says who or what (fans, knives, a
theatre), the positional name says where; that the index does not know the name does not make
the adjective's town the place. So when the city was read from an adjective or demonym only and
the caption puts the picture "in X" with X a plain name the index lacks (placeunlisted's test:
no quote, no venue, no word of the place word lists, no origin), the adjective's town is not
written; a country is kept only when the caption names it in words, and the village itself is
written when placeunlisted's grammar places it ("in X, Spain"). The record warns with both.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placeunlisted import _ORIGIN, _POSITIONAL, _plain_name, _word_before


# what may follow a place said plainly: the clause ends, or a date or another place phrase starts
# ("in Rehingen.", "in Methausen am Samstag", "in Eisheim, Hessen"); a noun after "in" runs on
# into its verb ("Besucherinnen in Dirndl stoßen an", "in Uniform marschieren"): not a place
_CLAUSE_END = re.compile(r"\s?(?:[.,;:!?()\u2013\u2014-]|$|\s(?:am|an|im|bei|nahe|vor|nach|während|on|at|near|during|after|"
                         r"before|op|aan|bij|nabij|tijdens|na|voor|le|au|près|pendant|après|avant)\b)")


def stated_unlisted(text: str, facts) -> str | None:
    """The first name the caption places plainly ("in X", "bij X", "à X") that the index lacks."""
    gz = load_gazetteer()
    taken = {norm(m.text) for m in facts.mentions}
    for m in _POSITIONAL.finditer(text):
        x = m.group("x")
        if _word_before(text, m.start()).casefold() in _ORIGIN or any(norm(w) in taken for w in [x, *x.split()]):
            continue
        if _plain_name(text, m.start("x"), m.end("x"), gz) and _CLAUSE_END.match(text, m.end("x")):
            return x
        # "in Methausen am Samstag": the name reads on into a day; its first word alone
        first, end = x.split()[0], m.start("x") + len(x.split()[0])
        if first != x and _plain_name(text, m.start("x"), end, gz) and _CLAUSE_END.match(text, end):
            return first
    return None


def adjective_outranked(text: str, facts, place) -> None:
    """Take back a city read only from an adjective when an unlisted town is stated (above)."""
    m = place.mention
    if place.city is None or place.city.get("unlisted") or m is None or not m.demonym:
        return
    x = stated_unlisted(text, facts)
    if x is None:
        return
    place.warnings.append(f"place not written: {x} is not in the gazetteer; "
                          f"{place.city.get('name')} was read from an adjective only ({m.text})")
    place.city = place.mention = place.province = None
    if place.country not in set(facts.countries_seen):
        place.country = None
