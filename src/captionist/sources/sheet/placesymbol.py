"""Symbolic and illustration pictures: their text names no place or day of the picture (issue 9).

"In Eberswalde brannte am Mittwochabend ein Dachstuhl (Symbolbild)": the newsroom put a stock
picture of some fire above a report on Eberswalde. The picture was not taken there nor on that
day, so the caption's place and date are never written for it; the record says why instead
(project brief, "trust first": a blank with a warning beats a wrong value).

Archive and file pictures are NOT in this table: "Archiefbeeld: hoogwater aan de Welle in
Deventer, januari 1995", "FILE PHOTO: ... in Louisville, Kentucky, January 12, 2026" show the
place and day their text names, only earlier (the corpus holds such captions with their
places); the date and place rules in dates.py and placeredteam.py already read "Archivbild aus
dem Jahr 2006" and "an archive photo taken in Berlin ... in Warsaw".
"""

from __future__ import annotations

import re

# One table, four languages: the words newsrooms print in or after a caption, or in its credit
# ("Foto: Name/dpa/Symbolbild", "Photo d'illustration Name / AFP"), for a picture that stands
# for its subject rather than showing it.
SYMBOLIC_WORDS: dict[str, tuple[str, ...]] = {
    "de": ("Symbolbild", "Symbolfoto", "Symbolaufnahme", "Illustrationsbild", "Illustrationsfoto"),
    "en": ("stock photo", "stock image", "stock picture", "illustration picture", "illustration photo",
           "illustrative photo", "illustrative image", "photo illustration", "picture illustration"),
    "fr": ("photo d'illustration", "image d'illustration", "photo illustration", "illustration photo"),
    "nl": ("illustratiefoto", "illustratiebeeld", "foto ter illustratie", "beeld ter illustratie"),
}

_SYMBOLIC = re.compile(
    r"(?<![\w])(" + "|".join(
        re.escape(w).replace("'", "['’]").replace(r"\ ", r"\s+")
        for words in SYMBOLIC_WORDS.values() for w in sorted(words, key=len, reverse=True)) + r")(?![\w])",
    re.IGNORECASE)


# every word of the table holds one of these (casefolded; no "i", which re's IGNORECASE also
# matches as "ı" and "İ"): most captions hold none, and the pattern is not run for them
_STEMS = ("symbol", "llustrat", "stock")
assert all(any(stem in w.casefold() for stem in _STEMS) for words in SYMBOLIC_WORDS.values() for w in words)


def symbolic_marker(text: str) -> str | None:
    """The word that marks the caption's picture as symbolic or an illustration, else None."""
    low = text.casefold()
    if not any(stem in low for stem in _STEMS):
        return None
    m = _SYMBOLIC.search(text)
    return m.group(1) if m else None


def symbolic_warning(marker: str) -> str:
    return (f"a symbolic or illustration picture ('{marker}'): it does not show the place or day "
            "the text names, so no place and no date are written")
