"""A site named after one town, "near" another: the other town is where the picture is (issue 9,
wrong40).

"the Rosario sanctuary near Zitácuaro", "de haven van Gent bij Evergem", "le ring d'Anvers à
hauteur de Wommelgem", "der Hafen von Kiel bei Heikendorf", "le canal de Nantes à Brest près de
Josselin": the sanctuary, port, ring road or canal bears a town's name (or a village's), and the
word after it says which town it lies at. Read as written the first name is taken as the place
(a cued town, kept by the gate over the "near" one) and a wrong town is written: on the tuned
part a butterfly sanctuary's hamlet, the big port city for a small town on its docks, the far
end of a canal, the capital for a town on its ring road.
Here the first name becomes part of the site's name (in_name) and the town after the locating
word is read as placed there, which the gate (placegate.refusal) then judges as any cued town.
A port or canal written before the name ("der Hafen von X bei Y") is named after a bigger town
than the one it lies at; "im Hafen Neuharlingersiel bei Esens" is the port village itself.

A settlement ("the camp X near Y", "das Dorf X bei Y") is not a site: it is the place itself
(placebarevillage, placeestate); nor an estate ("Kloster X bei Y", placeestate.py). Applied by
placeorigin.mark_origins.
"""

from __future__ import annotations

import re

from captionist.places.words import CUED

from .captionwords import caption_words

# the words that say where a site lies; one of them must be in the caption (most hold none)
_LOCATING = ("near", "bij", "bei", "nahe", "près", "hauteur", "hoogte", "höhe", "nabij")
_NEAR = r"(?:near|close\s+to|bij|nabij|vlak\s+bij|bei|nahe|nahe\s+bei|près\s+de|près\s+d['’]|" \
        r"à\s+hauteur\s+de|à\s+la\s+hauteur\s+de|ter\s+hoogte\s+van|auf\s+Höhe\s+von)"

# sites that are no settlement, written after their name ("X beach") in English ...
# A beach, marina or resort is not among them: it lies at the village of its name ("la plage de
# Kovalam, près de Thiruvananthapuram" is Kovalam).
_SITE_AFTER = ("sanctuary", "racecourse", "citadel", "ruins", "reserve", "park",
               "harbour", "harbor", "port", "pier", "dam", "lighthouse", "canal", "ring road",
               "bypass", "wind farm", "quarry", "mine", "stausee")
# ... and before it, with "of" / "de" / "van" / "von" or none ("der Hafen von X", "het strand
# van X", "la plage de X", "le canal de A à X")
_SITE_BEFORE = ("port", "harbour", "harbor", "canal", "ring road", "sanctuary",
                "haven", "kanaal", "ring", "stuwdam", "vuurtoren",
                "hafen", "kanal", "staudamm", "leuchtturm",
                "barrage", "phare", "sanctuaire", "rocade", "périphérique", "citadelle")

_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*"
_AFTER = re.compile(r"^\s+(?:" + "|".join(sorted(set(_SITE_AFTER), key=len, reverse=True)) + r")\b,?\s+"
                    + _NEAR + r"\s+(?:the\s+)?$", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(set(_SITE_BEFORE), key=len, reverse=True)) + r")\s+"
                     r"(?:of\s+|van\s+|von\s+|de\s+|du\s+|d['’])?(?:the\s+|het\s+)?"
                     r"(?:" + _NAME + r"\s+(?:à|to|naar|nach|-)\s+)?$", re.IGNORECASE)
_BETWEEN = re.compile(r"^,?\s+" + _NEAR + r"\s+(?:the\s+)?$", re.IGNORECASE)


def mark_site_near(facts, text: str) -> None:
    """A town that names a site and a town "near" which the site lies: the first is the site's
    name, the second the place (see the module docstring)."""
    if not caption_words(text).has(*_LOCATING):
        return
    spans = []
    for m in facts.mentions:
        at = text.find(m.text)
        if at >= 0:
            spans.append((at, m))
    spans.sort(key=lambda s: s[0])
    for (at, x), (at_y, y) in zip(spans, spans[1:]):
        if x.binds or y.origin or y.toward or y.between or not y.cities:
            continue
        end = at + len(x.text)
        gap = text[end:at_y]
        if _AFTER.match(gap) or (_BETWEEN.match(gap) and _BEFORE.search(text[max(0, at - 60):at])
                                 and _pop(x) > _pop(y)):
            x.in_name, x.placed = True, False
            y.kind, y.placed, y.locates_other = CUED, True, False


def _pop(m) -> int:
    """The people of the biggest town a mention can mean."""
    return max((c.get("population") or 0 for c in m.cities), default=0)
