"""A village abroad matched only through another language's name of it (issue 9, alias37).

GeoNames keeps every village's names in other languages: a Hungarian village carries its
German name, which is also a district of a Bavarian town the index lacks; "in <that name>" on a
Bavarian flood sheet was written as the Hungarian village. Such a name is no evidence of the
village when nothing points to its country: the caption names no country or region of it, it is
not bound to one ("X (VD)", "X, Country"), and the sheet's captions lie elsewhere (its main
country is another, and the village's country is not one of its other countries). The gate
(placegate.refusal) then refuses it, and the record's warning names it.

Only another name, not another spelling: a transliteration or a name without its accents
("Medjugorje" of Međugorje, "Anogia" of Anógeia, "Hydra" of Ýdra) or a long or short form
("Lech am Arlberg" of Lech) still reads as the village. Only a village (under TOWN people): the
exonyms of towns and cities ("Kiew", "Mailand", "Brixen", "Pressburg") keep working.
Measured on the tuned part (bench/place_alias_only.py): 414 cities written through an alternate
name only, 11 wrong; of the 75 whose country nothing pointed to, 6 villages, one wrong (this
case), the five others spellings or bound to a canton ("Bière (VD)").
"""

from __future__ import annotations

from difflib import SequenceMatcher

from .gazetteer import norm

# below this likeness (difflib's ratio of the folded names) a name is another language's, not
# another spelling: "fischerdorf"/"halaszi" 0.11, "sterzing"/"vipiteno" 0.38; spellings run
# 0.89 ("hydra"/"ydra") to 0.95 ("medjugorje"/"medugorje")
OTHER_NAME = 0.5


def another_name(written: str, own: str) -> bool:
    """The written name is another language's name of the place, not a spelling or a short or
    long form of its own ("Lech am Arlberg" of Lech, "Ilanz/Glion" of Ilanz)."""
    key = norm(written)
    for part in own.split("/"):
        name = norm(part)
        if not name or key == name or key.startswith(name + " ") or name.startswith(key + " ") \
                or SequenceMatcher(None, key, name).ratio() >= OTHER_NAME:
            return False
    return True


def foreign_alias(m, city: dict, facts, sheet_country: str | None, sheet_others: frozenset[str],
                  alias: bool, town: int) -> str | None:
    """Why `city`, matched from m only through another language's name, is not written; None
    when something points to its country or the name is its own (see the module docstring)."""
    a2 = city["countrycode"]
    if not alias or m.binds or sheet_country is None or (city.get("population") or 0) >= town:
        return None
    if a2 in (sheet_country, *sheet_others, *facts.countries_seen, *(r[0] for r in facts.regions_seen)):
        return None
    if not another_name(m.text, city["name"]):
        return None
    return f"another language's name of a village in {a2}, a country nothing in the caption or the sheet points to"
