"""Tourism boards, foundations, museums, venues and fire brigades credited for a picture
(issue 9, credits28). Travel and culture desks print the body that handed out the picture
where an agency's desk prints a photographer: "Foto: Visit Madeira", "Photo courtesy of
Visit Umbria", "Foto: Kärnten Werbung/Petra Moser", "Foto: Fundació Gala-Salvador Dalí",
"Photo : Villa Noailles / Luc Bertrand", "© Louvre Abu Dhabi / Karim Haddad",
"FOTO: APA/FF YBBS". None of them is a person, and a person named next to them is the
creator. Told by the SHAPE of their names, never by a list of the bodies themselves:

- "Visit" and a place ("Visit Wales", "VisitBritain"): the tourism boards' own brand;
- a word built on a tourism or marketing noun in the four languages ("Kärnten Werbung",
  "Turks Verkeersbureau", "Tourismus Salzburg", "Office de tourisme", "Stadtmarketing");
- a foundation's noun in the languages whose foundations lend pictures ("Fundació",
  "Fundación", "Fondation", "Stiftung", "Stichting");
- a museum's noun or a museum network ("Museumsverbund", "Stadtmuseum", "Musées");
- a venue's head noun as the first word ("Villa Noailles", "Palais de Tokyo", "Louvre Abu
  Dhabi"), or an acronym joined to a name by a hyphen ("RMN-Grand Palais");
- a volunteer or professional fire brigade by its Austrian/German abbreviation and its town
  ("FF Ybbs", "FFW Aschau", "BF Wien").

No surname of the four languages ends in these nouns, and no given name is written that way.
"""

from __future__ import annotations

import re

_TOURISM = re.compile(r"\w*(?:werbung|tourismus|tourisme|tourism|toerisme|turismo|turisme|verkeersbureau|"
                      r"verkehrsamt|verkehrsverein|verkehrsbüro|fremdenverkehr\w*|marketing)")
_FOUNDATION = re.compile(r"fundaci[óo]n?|funda[çc][ãa]o|fundacja|fondation|fondazione|foundation|stichting|\w*stiftung")
_MUSEUM = re.compile(r"\w*muse(?:um|ums\w+|en|o|i|u)|musées?|\w{3,}verbund")
_VENUE_FIRST = frozenset("villa palais palazzo louvre galerie gallery galleria kunstmuseum".split())
_BRIGADE = re.compile(r"(?:FF|FFW|FW|BF|Ff|Ffw|Fw)")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def venue_shape(part: str) -> bool:
    """True when the credit part is shaped like a tourism board, foundation, museum, venue or
    fire brigade (never decided for anything else)."""
    words = part.split()
    if not 1 <= len(words) <= 6 or not all(_WORD.fullmatch(w) for w in words) or not words[0][:1].isupper():
        return False
    if re.fullmatch(r"Visit[A-Z][a-z]{2,20}", words[0]) or (
            words[0] == "Visit" and len(words) >= 2 and all(w[:1].isupper() for w in words[1:])):
        return True
    for key in (k for w in words for k in w.casefold().strip(".").split("-")):  # "RMN-Musée d'Orsay"
        if _TOURISM.fullmatch(key) or _FOUNDATION.fullmatch(key) or _MUSEUM.fullmatch(key):
            return True
    if len(words) < 2:
        return False
    halves = words[0].split("-")
    if len(halves) == 2 and re.fullmatch(r"[A-Z]{2,6}", halves[0]) and halves[1][:1].isupper() and not halves[1].isupper():
        return True  # "RMN-Grand Palais": an institution's acronym and its venue
    if not words[1][:1].isupper():
        return False
    if words[0].casefold() in _VENUE_FIRST:
        return True
    return len(words) <= 3 and _BRIGADE.fullmatch(words[0]) is not None
