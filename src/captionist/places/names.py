"""How place names are compared: one normal form for every spelling.

Plain quotes and dashes, no accents, no apostrophes, hyphens as spaces, casefolded,
so "Kyiv's" and "KYIV'S", "Odesa" and "Odésa", "Saint-Martin-Vésubie" and
"Saint Martin Vesubie" meet in the index. Kept free of the sheet parser so that every
user of the place service (parser, reverse geocoding, validation) shares it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# the ayin and hamza marks of romanised Arabic ("ʿArsāl") are apostrophes too (cities32)
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u02bb": "'", "\u02be": "'", "\u02bf": "'",
                        "\u00b4": "'", "`": "'",
                        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-"})


@functools.lru_cache(maxsize=65536)
def norm(name: str) -> str:
    """A name as looked up (see the module docstring)."""
    s = name.translate(_PLAIN)
    if not s.isascii():     # NFKD leaves ASCII as it is and it has no combining marks
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.replace("'", "").replace("-", " ").replace(".", "").replace("(", " ").replace(")", " ").casefold()
    # ß and ø survive NFKD; newsrooms write Strasse / Tromso as often as not
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("œ", "oe").replace("ł", "l")
    return " ".join(s.split())


# GeoNames qualifies some names in brackets: a note for its own editors ("Kalibo (poblacion)",
# "City of Milford (balance)"), a quarter's number ("Zürich (Kreis 7)") or a kind of
# settlement ("[Fraccionamiento]", "(Dorfkern)", "(Estate)"). Such a note is never part of the
# name a newsroom writes. A river or region in brackets ("Frankfurt (Oder)", "Halle (Saale)")
# is the town's official name and stays.
_QUALIFIER = re.compile(r"\s*[(\[]\s*(?:[a-z]|\d|(?:" + "|".join(
    ("Kreis", "Dorf", "Dorfkern", "Zentrum", "Stadtkern", "Estate", "Fraccionamiento",
     "Poblacion", "Población", "Balance", "Pueblo", "Barrio", "Colonia", "Ejido", "I & II")) +
    r")\b)[^()\[\]]*[)\]]")


@functools.lru_cache(maxsize=65536)
def written(name: str) -> str:
    """A GeoNames name as a record writes it: without a bracketed note of GeoNames' own (see
    _QUALIFIER), and "Seuzach / Seuzach (Dorf)" once."""
    if "(" not in name and "[" not in name:
        return name
    s = " ".join(_QUALIFIER.sub("", name).split())
    left, sep, right = s.partition(" / ")
    return left if sep and left == right else (s or name)
