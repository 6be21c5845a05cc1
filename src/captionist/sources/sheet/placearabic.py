"""Lower-case words inside one place name: Arabic articles as well as "de", "am", "upon".

A town name romanised from Arabic carries its article in lower case, joined by a hyphen or
not: "Deir al-Balah", "Beit el-Hanoun", "Ras al Ain", "Jisr ash-Shughur", "Khan al-Ahmar".
The run of capitalised words read as one name stopped at "al-Balah", so "Deir" alone was
looked up and the town was lost (cities32, en-132). Such a word counts as part of the name,
as "de" in "Ejea de los Caballeros" or "auf" in "Wyk auf Föhr" always did (places.py reads a
run of up to four words and keeps it only when the whole run names a place in the index).
"""

from __future__ import annotations

import re

from captionist.places.words import _INNER

# the Arabic article, assimilated or not, in the spellings newsrooms use, alone or hyphenated
# to the next (capitalised) word: "al-Balah", "el-Hanoun", "ash-Shughur", "ad-Dawla"
_ARTICLE = re.compile(r"(?:al|el|ad|ed|ar|er|as|es|ash|esh|at|et|az|ez|an|en|ath|adh)(?:-[^\W\d_][\w']*)?")
_LONE = frozenset({"al", "el"})


def inner_word(word: str) -> bool:
    """A lower-case word that may stand inside one place name."""
    if word in _INNER or word in _LONE:
        return True
    return "-" in word and word[word.index("-") + 1:][:1].isupper() and _ARTICLE.fullmatch(word) is not None


def ends_name(word: str) -> bool:
    """A word a place name may end with: a capitalised one, or an article joined to one
    ("Deir al-Balah" ends with "al-Balah")."""
    return word[:1].isupper() or "-" in word and inner_word(word)
