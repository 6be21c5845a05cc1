"""A natural feature named with its noun before "near Y" is no village Y only locates (issue 9, gate43).

The gate refuses a town after "near" / "bij" / "bei" / "près de" when a place of its own is
named just before the comma ("Brovary, near Kyiv" is Brovary). placefeaturenear lets a name
through whose LAST word is a feature noun ("the Example Discovery Park, near Y"), but not a
noun before the name, because "la plage de X" or "the cemetery at X" may name a village
(near41: an unlisted village after "la plage de" took the town on the mutation bench). The
nouns of natural features are another matter: "l'étang de X, près de Y", "le massif des X,
près de Y", "les dunes de X, près de Y", "the dunes of X, near Y", "Loch X, near Y", "die X
Heide, bei Y", "het X-ven, bij Y" name a pond, a range or dunes, not a village, and the corpus
convention (tests/sheets/corpus/README.md) gives Y as the city of a picture taken near Y when
no village is named. Tuned part, round 42: five such captions in five batches, all right.

Kept narrow: only the table's nouns (no beach, lake, bay, cape, point or cirque, which villages
lend their names to: "le lac de Paladru", "le cirque de Gavarnie"); the name after the noun must
be no town of the index (but for a glacier, always the ice: "le glacier Perito Moreno");
a village word in the clause keeps the gate.
"""

from __future__ import annotations

from .gazetteer import Gazetteer, norm
from .placenearclause import clause_words, name_run

# nouns of natural features per language, written before the name (small, or capitalised as
# the name's first word: "Loch Lomond") or as its last word ("die Lüneburger Heide")
NATURAL_NOUNS = {
    "fr": "étang étangs dune dunes massif glacier presqu'île presqu’île marais lagune gorges falaises tourbière",
    "en": "dunes moor moors fell fells loch glacier peninsula marshes heath",
    "nl": "ven duinen heide veen gletsjer schiereiland",
    "de": "moor heide dünen gletscher halbinsel",
}
_NOUNS = frozenset(w for words in NATURAL_NOUNS.values() for w in words.split())
# the ice is never a village, even when a town bears its name ("le glacier Perito Moreno")
_ICE = frozenset("glacier gletsjer gletscher".split())


def natural_named(text: str, comma: int, town: int, gz: Gazetteer) -> bool:
    """The name that ends at `comma` (the comma before "near Y", Y at `town`) is a natural
    feature's: a noun of the table right before it ("les dunes de X"), as its first word
    ("Loch X") or as its last ("die X Heide")."""
    words = clause_words(text, comma, town)
    if not words or not words[-1][:1].isupper():
        return False
    run, before = name_run(words)
    if before and before[-1] in _NOUNS:
        noun, name = before[-1], run
    elif len(run) > 1 and run[0].casefold() in _NOUNS:
        noun, name = run[0].casefold(), run[1:]
    elif len(run) > 1 and run[-1].casefold() in _NOUNS:
        noun, name = run[-1].casefold(), run[:-1]
    else:
        return False
    return noun in _ICE or not gz.cities.get(norm(" ".join(name)))
