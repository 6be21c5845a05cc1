"""A named monastery, castle, lock or farm "bei" a town is the place, not the town (issue 9, wrong21).

"Kloster Weltenburg bei Kelheim", "Schloss Neuschwanstein bei Füssen", "Abdij Koningshoeven bij
Tilburg", "l'abbaye de Sénanque près de Gordes", "Bamburgh Castle near Seahouses": the picture
is at the estate; the town after "bei" / "bij" / "près de" / "near" only says where the estate
lies. The town is read as such a locating place (NEAR, locates_other), which the gate
(placegate.refusal) never writes: the estate's own village is written when the index knows it,
else the city stays blank and the country of the town (when its name is in one country
only) is written. Applied by placeorigin.mark_origins.
"""

from __future__ import annotations

import re

from captionist.places.words import NEAR

from .captionwords import caption_words

_LOCATING = ("bei", "bij", "nahe", "near", "près", "nabij")

_NAME = r"[A-ZÄÖÜÉÈ][\w'’-]+(?:\s+[A-ZÄÖÜÉÈ][\w'’-]+)?"
# the estate, its name, then the word that locates it, right before the town
_ESTATE_BEFORE = re.compile(
    r"(?:\b(?:Kloster|Schloss|Burg|Abtei|Stift|Hof|Gut|Schleuse|Kasteel|Slot|Abdij|Klooster|Sluis|Hoeve|Burcht)\s+"
    + _NAME + r"|\b(?:[Aa]bbaye|[Cc]hâteau|[Mm]onastère|[Éé]cluse|[Ff]erme|[Pp]rieuré)\s+(?:de\s+|d['’]|du\s+)"
    + _NAME + r"|" + _NAME + r"\s+(?:Abbey|Castle|Priory|Lock|Farm|Monastery|Hall|Manor))"
    r",?\s+(?:bei|bij|nahe|near|près\s+de|près\s+d['’]|nabij)\s+$")


def mark_estates(facts, text: str) -> None:
    """Towns after a named estate and a locating word only locate it: never the place."""
    if not caption_words(text).has(*_LOCATING):
        return      # the pattern ends in one of these words (most captions hold none)
    for m in facts.mentions:
        at = text.find(m.text)
        if at > 0 and not m.binds and _ESTATE_BEFORE.search(text[max(0, at - 80):at]):
            m.kind, m.locates_other, m.placed = NEAR, True, False
            codes = {c["countrycode"] for c in m.cities}
            if len(codes) == 1 and facts.country_cued is None and not facts.countries_seen:
                facts.country_cued = codes.pop()    # the estate lies in the one country of that town
