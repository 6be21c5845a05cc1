"""A village's own name in the short forms every newsroom writes (issue 9, gates38).

The gate (placegate.refusal) refuses a village abroad that the caption writes "only by another
spelling of its name" (a GeoNames alternate spelling: "bij Kalenberg" is no Callenberg,
Saxony). Two forms are no other spelling but the village's own name as papers print it, and
the gate withheld right towns for them (bench/place_withheld.py: 3 right lost, no wrong
saved in the tuned part, in two batches of different writers):
- a saint's title abbreviated ("St. Anton im Montafon" of Sankt Anton im Montafon, "Ste-Marie"
  of Sainte-Marie, "Sta. Cruz" of Santa Cruz): the abbreviations, per language, in _SAINTS;
- one half of a bilingual name ("Murten" of Murten/Morat, "Biel" of Biel/Bienne).
Only the whole name: "St. Anton" is no short form of Sankt Anton im Montafon (the gate's
"shortened name" rule stays in charge of that).
"""

from __future__ import annotations

from .gazetteer import norm

# a saint's title as written (lower case, without the point) -> the full forms it stands for:
# German Sankt, French Saint/Sainte, Dutch Sint, English Saint, Italian/Spanish/Portuguese
# San/Santa/Santo/São
_SAINTS = {
    "st": ("sankt", "saint", "sint", "san", "santo"),
    "ste": ("sainte",),
    "sta": ("santa",),
    "sto": ("santo",),
}


def _full_forms(key: str) -> set[str]:
    """The normalised name with its leading saint's abbreviation written out, in every language
    the abbreviation has ("st margarethen" -> "sankt margarethen", "saint margarethen", ...)."""
    head, _, rest = key.partition(" ")
    return {f"{full} {rest}" for full in _SAINTS.get(head, ())} if rest else set()


def own_form(written: str, own: str) -> bool:
    """The caption writes the place's own name `own` (the index's) in a short form papers use:
    its saint's title abbreviated, or one half of its bilingual name."""
    key = norm(written)
    # (a name split by " / " is a quarter's, "Horgen / Horgen (Dorfkern)", not a bilingual one)
    names = [norm(own)] if " / " in own else [norm(part) for part in own.split("/")]
    if len(names) > 1 and key in names:
        return True     # "Murten" of Murten/Morat
    return bool(_full_forms(key) & set(names))


def own_name(c: dict, key: str) -> bool:
    """The written name (normalised) is c's own: its name, one half of a bilingual name
    ("Biel/Bienne"), an exonym newsrooms use, or its adjective."""
    return bool(c.get("primary") or c.get("newsroom") or c.get("adjective")) \
        or key in (norm(p) for p in c["name"].split("/"))
