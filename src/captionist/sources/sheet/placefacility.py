"""A German compound naming a town's facility before the town (issue 9, recall30).

German writes a court, theatre, school, museum or observatory as one capitalised compound
followed by the town it stands in: "im Landesgericht Wiener Neustadt", "im Schlosstheater
Moers", "die Grundschule Toblach", "am Meteorologischen Observatorium Hohenpeißenberg". The
word lists (captionist.places.words.CAP_CUES) hold the plain heads; this module reads a
compound by its head, so that "Landesgericht" is a cue as "Landgericht" already was and the
next blind sheet's "Stadttheater" or "Realschule" needs no new word. Only closed compounds of
a capitalised word (no hyphen: placetokens reads "BMW-Werk" itself), and only heads of three
letters more than nothing before them ("Schule" alone is the head itself).
"""

from __future__ import annotations

# heads of a facility that bears its town's name (each also in CAP_CUES)
FACILITY_HEADS = ("gericht", "theater", "observatorium", "schule", "museum")
_HEAD_ENDS = tuple(head + ending for head in FACILITY_HEADS for ending in ("", "s", "es"))


def facility_head(word: str) -> str:
    """The head ("gericht") of a capitalised German compound ("Landesgericht"), else the word."""
    if not word[:1].isupper() or "-" in word:
        return word
    low = word.casefold()
    if not low.endswith(_HEAD_ENDS):
        return word     # most words (one test, not fifteen)
    for head in FACILITY_HEADS:
        if low.endswith(head) and len(low) >= len(head) + 3:
            return head
        # the genitive after "des" (cities32): "in den Saal des Landgerichts Itzehoe", "die
        # Bühne des Stadttheaters Gießen", "im Foyer des Museums Wiesbaden" name the same town
        for ending in ("s", "es"):
            if low.endswith(head + ending) and len(low) >= len(head) + len(ending):
                return head
    return word
