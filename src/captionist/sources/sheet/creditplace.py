"""A photographer's place and date in brackets after the credit (issue 9, recall23de):
"Bild: Nadine Imholz (Schwyz, 16. 2. 2026)", "Foto: Urs Kohler (Basel, 23.2.2026)".

The bracket says where and when the picture was taken, not who made it: the credit is the
name before it. A bracket without a date ("Roel Smit (ANP)", "(Archiv)") is left to the
credit grammar (an agency, a file note).
"""

from __future__ import annotations

import re

# "(Town, 16. 2. 2026)", "(Town, 16.2.26)", "(Town, 16. Februar 2026)": a capitalised name, a
# comma, then a day, a month (number or word) and a year
_PLACE_DATE = re.compile(r"\s{1,2}\((?P<place>[A-ZÀ-Þ][\w .'’-]{1,40}),\s{0,2}"
                         r"[0-3]?\d\.\s{0,2}(?:[01]?\d\.|[^\W\d_]{3,10})\s{0,2}(?:19|20)?\d\d\)$")


def drop_place_date(line: str, plain: str) -> tuple[str, str]:
    """`line` and `plain` without a trailing "(Place, date)" bracket."""
    m = _PLACE_DATE.search(plain)
    if not m:
        return line, plain
    n = _PLACE_DATE.search(line)
    return (line[:n.start()] if n else line), plain[:m.start()]
