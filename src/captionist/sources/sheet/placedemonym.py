"""French demonyms of small towns (issue 9, recall22): "des écoliers marvejolais" is Marvejols,
read from the town's own name by the regular suffixes. Larger towns' demonyms, regular or not,
are data (`city_adjectives` in data/place_aliases.json, placeclues.french_demonym_city).
"""

from __future__ import annotations

from captionist.places.names import norm

# French demonyms of small towns, read from the town's own name by the regular suffixes: the
# town's name, its name + e, or its name without a final s ("marvejolais": Marvejols); -ien only
# after the whole name or the name + e ("ancien" names no town: no Anc, no Ance of this size)
_FR_SMALL_ENDINGS = (("iennes", ("", "e")), ("ienne", ("", "e")), ("iens", ("", "e")), ("ien", ("", "e")),
                     ("oises", ("", "e", "s")), ("oise", ("", "e", "s")), ("ois", ("", "e", "s")),
                     ("aises", ("", "e", "s")), ("aise", ("", "e", "s")), ("ais", ("", "e", "s")))
_FR_SMALL_ENDS = tuple(end for end, _ in _FR_SMALL_ENDINGS)
# under this many people a town's demonym is too rarely written to tell it from a word
SMALL_DEMONYM_MIN = 2000
# a shorter root is a common word's as often as a town's ("montois" is Mont-de-Marsan's or
# Mons', not Monts'; "sinois"); a final s added back needs two letters more ("marvejol-s")
_ROOT_MIN = 5


def small_demonym_town(key: str, gz) -> list[dict]:
    """The small French-speaking town (SMALL_DEMONYM_MIN to 20,000 people) a French demonym
    written small stands for ("des écoliers marvejolais": Marvejols), when the regular suffix
    taken off gives the own name of exactly one town in the whole index. Marked
    "small_adjective": the gate writes it only in the sheet's own country."""
    if not key.endswith(_FR_SMALL_ENDS):
        return []       # most words (one test, not ten)
    for end, adds in _FR_SMALL_ENDINGS:
        if not key.endswith(end):
            continue
        root = key[:-len(end)]
        if len(root) < _ROOT_MIN:
            return []
        for add in adds:
            if add == "s" and len(root) < _ROOT_MIN + 2:
                continue
            own = [c for c in gz.cities.get(root + add, ()) if norm(c["name"]) == root + add]
            if len(own) == 1 and own[0]["countrycode"] in ("FR", "BE", "CH", "LU") \
                    and SMALL_DEMONYM_MIN <= (own[0].get("population") or 0) < 20000:
                return [dict(own[0], adjective=True, small_adjective=True)]
        return []
    return []
