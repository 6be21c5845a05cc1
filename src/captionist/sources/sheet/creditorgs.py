"""Sports clubs named as a credit ("Foto: HSC 2000 Coburg", "Bild: VfL Wolfsburg",
"Photo : OGC Nice", "Foto: Feyenoord Rotterdam FC"): an organisation, never a person
(issue 9, credits). A club's name carries a club abbreviation as a word of its own
(FC, SC, VfL, TSV, HSC, ...), often with its founding year; people's names carry neither.
Kept apart from credits.py so that module stays one concern and under 500 lines.
"""

from __future__ import annotations

import re

# abbreviations clubs of the four languages' countries put in their names (German "Verein
# für Leibesübungen", Dutch "voetbalvereniging", French "Olympique Gymnaste Club", ...)
_CLUB_WORDS = (r"FC|SC|SV|VfL|VfB|VfR|TSV|TSG|TuS|TuRa|HSC|HSV|HC|EHC|ERC|BSC|SpVgg|SG|MTV|ASV|ESV|KSV|FSV|MSV|"
               r"THW|SSV|VV|SBV|AFC|CF|RC|OGC|AS|ESTAC|KV|KRC|RSC|KAA|SK|BV|HV|RKC|SCC")
_CLUB = re.compile(
    r"(?:\d\.\s)?(?:" + _CLUB_WORDS + r")(?:\s(?:18|19|20)\d\d)?\s[A-ZÀ-Þ][\w'-]{1,30}(?:[\s-][A-ZÀ-Þ][\w'-]{1,30}){0,2}|"
    r"[A-ZÀ-Þ][\w'-]{1,30}(?:\s[A-ZÀ-Þ][\w'-]{1,30}){0,2}\s(?:" + _CLUB_WORDS + r")(?:\s(?:18|19|20)\d\d)?")


def club_name(part: str) -> bool:
    """Whether a credit part is a sports club's name."""
    return _CLUB.fullmatch(part.strip()) is not None


def surname_not_source(w: str, words: list[str], private: frozenset) -> bool:
    """A word that says "private" ("Bild: privat") that is the capitalised last word of a name
    of two or three words is a surname ("LAURENT PRIVAT POUR « LE MONDE »", "Anna Privé"),
    not a private source: the part may be a person."""
    return w in private and len(words) in (2, 3) and words[-1][:1].isupper() and words[-1].casefold() == w \
        and words[0][:1].isupper()
