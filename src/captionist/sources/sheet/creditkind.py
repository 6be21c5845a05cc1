"""What kind of picture it is, in brackets after the credit (issue 9, credits27): "Foto:
Sascha Diewald (Drohnenfoto)", "Photo : Name (archives)", "Photo: Name (file)", "Bild: Name
(Symbolbild)". The bracket describes the picture (a drone's, an archive's, a screenshot, an
illustration), not who made or sells it: the credit is the name before it.

Only a bracket holding nothing but such a note is dropped (one word or one of the set
phrases, a year allowed after it); "Roel Smit (ANP)" keeps its agency.
"""

from __future__ import annotations

import re

# one word built on a kind-of-picture stem (nl/en/de/fr): "Drohnenfoto", "Luftbild",
# "archives", "Archivbild", "archieffoto", "file", "Screenshot", "illustration", "Symbolbild"
_WORD = (r"[^\W\d_]{0,14}(?i:drohne|drone|luftbild|luftaufnahme|luchtfoto|archiv|archief|archive|screenshot|"
         r"illustration|illustratie|symbolbild|symbolfoto|fotomontage|videostill)[^\W\d_]{0,10}|(?i:file)")
_PHRASE = (r"(?i:file photo|archive (?:photo|picture|image)|photo d['’]archives?|images? d['’]archives?|"
           r"photo d['’]illustration|capture d['’]écran|vue aérienne|aerial (?:photo|view)|drone (?:photo|image))")
_NOTE = re.compile(r"\s{1,2}\((?:" + _PHRASE + "|" + _WORD + r")(?:,?\s(?:19|20)\d\d)?\)$")


def drop_kind_note(line: str, plain: str) -> tuple[str, str]:
    """`line` and `plain` without a trailing bracket that only says what kind of picture it is."""
    m = _NOTE.search(plain)
    if not m:
        return line, plain
    n = _NOTE.search(line)
    return (line[:n.start()] if n else line), plain[:m.start()]
