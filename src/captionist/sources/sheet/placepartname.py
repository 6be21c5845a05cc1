"""A town's main name that is the written name plus a word for a part of it is not what a desk
writes (issue 9, wrong42).

GeoNames files some towns under the name of their centre or inner half: "X Town" for the town
centre of an English borough, "X-Binnen" for the inland village of a Dutch seaside resort whose
beach half is "X aan Zee". A caption that writes plain "X" ("the X plant, Cheshire", "de
boulevard van X") got "X Town" / "X-Binnen" as the city, which the writers of two batches of
sheets (185-189, 190-194) did not accept: the town is X. The caption's spelling is written when
the index's main name is exactly the written name and one word of this table after it; other
qualifiers stay ("Kirchberg SG", "Hengelo (Gld)": what tells namesakes apart; placenaming).
"""

from __future__ import annotations

from .gazetteer import norm

# the words GeoNames appends for a town's centre or inner part, per language of the name
PART_WORDS = {
    "en": ("town", "centre", "center"),
    "nl": ("binnen", "centrum"),
    "de": ("zentrum", "innenstadt"),
    "fr": ("centre", "centre ville"),
}
_PARTS = frozenset(w for ws in PART_WORDS.values() for w in ws)


def part_named(written: str, main: str) -> bool:
    """`main` is `written` with one of PART_WORDS after it ("Noordwijk" / "Noordwijk-Binnen")."""
    key, own = norm(written), norm(main)
    return bool(key) and own.startswith(key + " ") and own[len(key) + 1:] in _PARTS
