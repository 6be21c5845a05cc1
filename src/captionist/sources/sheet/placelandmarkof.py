"""A town's own landmark, then the town, places the picture there for the twin gate (issue 9,
namesake42).

The gate withholds a village of the sheet's country written only as "de X" / "van X" / "of X"
when a village abroad bears the name and is at least half its size ("le cross de X" names
neither: placegate._twin_abroad). A building or monument that belongs to the town itself
("le château de X", "de kathedraal van X", "the castle walls of X", "der Leuchtturm von X",
"het marktplein van X") lies in X: such a caption says where the picture is as "la gare de X"
does (placestated._FACILITY_OF, which the gate's positional test does not ask), and the sheet's
country then settles the namesakes as it does for "à X".

bench/place_withheld.py (reason "a village of this name in X, of comparable size, and the
caption names no country", listed): the right towns it withheld, 5 in 4 batches, were all
written after such a noun (a cathedral, a château, a market square, a lighthouse, the town
walls); the wrong ones it saved were a race, a musical, growers from a village, the streets of
a village dwarfed by a city abroad, and a heath: no landmark. A table per language; only the
noun right before the preposition counts.
"""

from __future__ import annotations

# the landmark nouns of a town, lower-case as the finder keeps the cue (m.cue[1]: "château de")
LANDMARKS = {
    "nl": "kathedraal kasteel burcht vuurtoren muren stadsmuren stadswallen vestingwerken marktplein basiliek abdij dom",
    "fr": "château cathédrale phare remparts murailles basilique abbaye citadelle collégiale beffroi",
    "de": "schloss burg dom münster kathedrale leuchtturm mauern stadtmauer stadtmauern basilika abtei festung zitadelle",
    "en": "castle cathedral lighthouse walls ramparts basilica abbey citadel fortress minster",
}
_NOUNS = frozenset(w for words in LANDMARKS.values() for w in words.split())
_OF = frozenset(("de", "d'", "d’", "du", "van", "von", "of"))


def landmark_of(m) -> bool:
    """m is written right after a landmark of its own town and "of" ("le château de X", "de
    vuurtoren van X", "the cathedral of X")."""
    words = m.cue[1].split()
    return len(words) == 2 and words[0] in _NOUNS and words[1] in _OF
