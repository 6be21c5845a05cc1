"""A named feature before "near Y" is no village that Y only locates (issue 9, near41).

The gate refuses a town written after "near" / "bij" / "bei" / "près de" when the caption
names, just before the comma, a place of its own: "Brovary, near Kyiv" is Brovary. A park, a
dam, a lake, a forest, a cemetery or a beach named there is no such place: the corpus
convention (tests/sheets/corpus/README.md) gives Y as the city of a picture taken near Y when
no village is named ("a bog in the Example Discovery Park, near Y": Y; "het Examplewoud,
bij Y": Y; "im Examplewald, bei Y": Y).

The feature noun must be the name's last word or end it: a noun before a name ("the cemetery
at Oosterbeek, near Y", "la plage de Kovalam, près de Y") may name a village, known to the
index or not, which keeps the gate (bench/sheet_mutate.py: an unlisted village after "la plage
de" took the town near it when "noun de Name" was let through).
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer, norm

# feature nouns per language, written small before the name or as the name's last word
FEATURE_NOUNS = {
    "en": "park lake dam reservoir forest wood woods cemetery beach bog lough desert mountains range",
    "fr": "parc lac barrage réservoir retenue forêt bois cimetière plage désert massif",
    "nl": "park meer stuwmeer stuwdam dam bos woud begraafplaats strand woestijn gebergte",
    "de": "park see stausee talsperre staudamm wald forst friedhof strand wüste gebirge",
}
_NOUNS = frozenset(w for words in FEATURE_NOUNS.values() for w in words.split())
# compounds that end in a feature noun: "Zoniënwoud", "Schwarzwald", "Tegernsee", "Waldfriedhof"
_SUFFIXES = ("woud", "wald", "see", "meer", "bos", "friedhof", "park", "strand")
# words that name a village or hamlet: the name after them keeps the gate
_VILLAGE = frozenset("village hamlet dorp gehucht buurtschap dorf weiler ortsteil hameau commune".split())


def feature_named(text: str, comma: int, gz: Gazetteer) -> bool:
    """The name that ends at `comma` (the comma before "near Y") is a feature's: its last word
    is a feature noun ("Discovery Park") or a compound ending in one ("Zoniënwoud")."""
    start = max(text.rfind(",", 0, comma), text.rfind(".", 0, comma)) + 1
    words = re.findall(r"[\w'’-]+", text[start:comma])
    if not words or not words[-1][:1].isupper():
        return False
    if any(w.casefold() in _VILLAGE for w in words):
        return False
    run = []    # the capitalised name before the comma: "Lough Boora Discovery Park"
    for w in reversed(words):
        if not w[:1].isupper():
            break
        run.insert(0, w)
    last = norm(words[-1])
    if not (last in _NOUNS or last.endswith(_SUFFIXES) and len(last) > 6):
        return False
    # a town named so is a town: "Menlo Park, near Y", "Haarlemmermeer, bij Y"
    # (the bare noun may be a village's name somewhere: "Park"; a compound is checked itself)
    return not gz.cities.get(norm(" ".join(run))) and (last in _NOUNS or not gz.cities.get(last))
