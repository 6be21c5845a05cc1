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
from .placecompass import COMPASS
from .placeunlisted import _MONTHS_DAYS, _ORIGIN, _PLACE_NOUN, _POSITIONAL, _plain_name, _word_before

# what may follow a place said plainly: the clause ends, or a date or another place phrase starts
# ("in Rehingen.", "in Methausen am Samstag", "in Eisheim, Hessen"); a noun after "in" runs on
# into its verb ("Besucherinnen in Dirndl stoßen an", "in Uniform marschieren"): not a place
_CLAUSE_END = re.compile(r"\s?(?:[.,;:!?()\u2013\u2014-]|$|\s(?:am|an|im|bei|nahe|vor|nach|während|on|at|near|during|after|"
                         r"before|op|aan|bij|nabij|tijdens|na|voor|le|au|près|pendant|après|avant)\b)")


def stated_unlisted(text: str, facts) -> str | None:
    """The first name the caption places plainly ("in X", "bij X", "à X") that the index lacks."""
    gz = load_gazetteer()
    taken = {norm(m.text) for m in facts.mentions}
    # "in het dorp X", "the village of X" (placeunlisted's place nouns), but not "im Erftstädter
    # Ortsteil Blessem": a part of the adjective's own town. Measured and dropped: a name after
    # a noun and "de"/"van"/"of" ("la plage de X"): +5 mutants, but it took rivers, canals,
    # bridges and eras for villages ("de oever van de Eem", "de Rialtobrug"): 8 tuned cities lost
    found = [*_POSITIONAL.finditer(text), *(m for m in _PLACE_NOUN.finditer(text)
                                            if not m.group(0).casefold().startswith("ortsteil"))]
    for m in sorted(found, key=lambda m: m.start("x")):
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
    place.take_back(f"place not written: {x} is not in the gazetteer; "
                    f"{place.city.get('name')} was read from an adjective only ({m.text})", _named(place, facts))


def weak_word_taken_back(text: str, facts, place) -> None:
    """A compass word that only opens a compound ("Noord-Frankrijk", "Noord-Indiase", "Süd-Tirol")
    is a direction, not the town GeoNames calls so (Noord, Aruba); a feast ("le marché de Noël")
    is no town (Noel, Missouri). Found by the mutation bench once the real town of the caption was
    replaced by one the index lacks: the weak word was all that was left."""
    m = place.mention
    if place.city is None or place.city.get("unlisted") or m is None:
        return
    key = norm(m.text)
    compass = key in COMPASS and re.search(rf"(?<![\w-]){re.escape(m.text)}-\w", text) \
        and not re.search(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text)
    if not (compass or key in _MONTHS_DAYS):
        return
    place.take_back(f"place not written: {m.text} is a {'direction' if compass else 'feast'} here, "
                    f"not {place.city.get('name')}", _named(place, facts))


def _named(place, facts) -> str | None:
    """The place's country if the caption names it, else None: what stays when the city goes."""
    return place.country if place.country in set(facts.countries_seen) else None
