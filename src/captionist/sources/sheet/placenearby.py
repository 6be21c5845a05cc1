"""A town that only says where the village named lies is not the picture's place (issue 9, wrong28).

Regional desks place a village by the town it is near; the index often lacks the village, and
the town was written instead. Three shapes, all with the village written by name:

- a dateline "Village bei/bij/near/près de Town:" opening the caption ("Schwallenbach bei
  Spitz: Die Straße ist gesperrt", "Ossenzijl bij Steenwijk: ..."), with a colon, not a thing with its
  article ("Die Zillertalbahn bei Strass:", "Der Erzberg bei Eisenerz,": the town is the place);
- the town as the adjective of a county or area before "town of X" / "village of X" ("a pub in
  the west Cork town of Dunmanway": Cork is the county, Dunmanway the town);
- the town after a phrase that puts something NEXT to it ("Carouge, la cité sarde aux portes
  de Genève", "Wolvercote, on the outskirts of Oxford", "Kleinmachnow vor den Toren Berlins",
  "Diemen, aan de rand van Amsterdam") when the caption names another place before it (alone,
  "am Stadtrand von Grafenau" is at the edge of Grafenau, which stays).

The city is taken back with a warning naming the town, and the country kept: the village lies
in the town's country (the rules that write a village the index lacks run after this one).
"""

from __future__ import annotations

import re

from captionist.places.words import UNCUED
from captionist.rxgate import gate

_CAP = r"[A-ZÀ-ÝÄÖÜ][\w'’-]+"
# "Schwallenbach bei", "Sankt Johann im Pongau bei", "Ossenzijl bij": the caption's first words
_ARTICLE = r"(?!(?:Der|Die|Das|Den|Dem|Ein|Eine|De|Het|Een|Le|La|Les|L['’]|Un|Une|The|A|An)\b)"
_DATELINE = re.compile(
    rf"^\s*{_ARTICLE}{_CAP}(?:[ -](?:(?:an der|am|im|in|in the|sur|en|aan de|upon) )?{_CAP}){{0,3}} "
    r"(?:bei|bij|nahe|near|nabij|près de|près d['’]|pres de) ?$")
# a colon closes the dateline; after a comma the first word is as often people ("Kitesurfers bij
# Noordwijk, zondag", "Wandelaars bij Tilburg, 3 maart": the town is the place)
_AFTER_DATELINE = re.compile(r"^\s*:")
# "the west Cork town of", "the County Kerry village of"
_TOWN_OF = re.compile(r"^ (?:town|village|hamlet|suburb|parish|townland|seaside town|market town) of\b")
# a phrase that puts the place named before NEXT to the town
_NEXT_TO = gate(re.compile(
    r"(?i)(?:aux portes|aux abords|à deux pas|à proximité|non loin|à quelques kilomètres|en périphérie|"
    r"dans la banlieue|at the gates|on the outskirts|on the edge|a few miles|not far|just outside|"
    r"vor den toren|am rande|am stadtrand|in der nähe|unweit|nicht weit|"
    r"aan de rand|in de buurt|vlak bij|vlakbij|niet ver|net buiten|onder de rook)"
    r" (?:de |d['’]|du |of |from |von |van |)$"))

WARNING = "place not written: {x} (it only says where the village named lies)"


def near_town_taken_back(text: str, facts, place) -> None:
    """Take back a city the caption writes only to locate a village it names (module docstring)."""
    m = place.mention
    if place.city is None or m is None or m.binds:
        return
    at = text.find(m.text)
    if at < 0:
        return
    before, after = text[:at], text[at + len(m.text):]
    # the colon after the town first: one character tried, where the dateline's pattern reads all before it
    if (_AFTER_DATELINE.match(after) and _DATELINE.match(before)) or _TOWN_OF.match(after) \
            or (_NEXT_TO.search(before[-40:]) and _names_other_before(facts, before, m.text)):
        place.take_back(WARNING.format(x=m.text), place.country)


def _names_other_before(facts, before: str, town: str) -> bool:
    """The caption names another place (one the place finder found) before the phrase: the
    village itself ("Carouge, la cité sarde aux portes de Genève"); "am Stadtrand von X" alone
    is at the edge of X, and X stays."""
    return any(o.text != town and o.kind != UNCUED and re.search(rf"\b{re.escape(o.text)}\b", before)
               for o in facts.mentions)
