"""A town someone has travelled from to be where the picture is (issue 9, wrong33):
"Singer X, front row at the show, flew in from <town> for the week", "Die Delegation war
eigens aus <town> angereist", "venue tout exprès de <town>", "speciaal overgevlogen uit
<town>". The verb says the person is no longer there: the town is never the picture's
place, even when the caption names no other (the gate refuses other origins only when
another place is named, as "fled from X" alone may still be where the picture is).

A group named by its town ("des riverains de X évacués, réunis au gymnase de Y", "des
lycéens de X devant l'ossuaire de Y (Meuse)", "residents of X bused to a shelter in Y") is
where those people come from: an origin, which the gate refuses once the caption names
another place or a region; alone ("des riverains de X manifestent devant la mairie") it
stays, and so it does when the other place only says where X lies ("Inwoners van X, vlak bij
Y", "Bewoners van X op Mallorca", "Des habitants de X, en Isère").
"""

from __future__ import annotations

import re

from captionist.places.words import CUED, _FROM_PEOPLE
from captionist.rxgate import gate

from .gazetteer import load_gazetteer, norm
from .places import PlaceFacts
from .placetokens import word_hits

# the travel words right before the town, per language (at most two words between the verb
# and the town's preposition: "flew in from", "arrived by train from")
_TRAVELLED_BEFORE = gate(re.compile(
    r"\b(?:flew|flown|flying|travell?ed|arrived|arriving|jetted|drove|driven|came|come)"
    r"(?:\s[^\W\d_]+){0,2}\s(?:from|in\sfrom)\s$"
    r"|\b(?:arrivée?s?|venue?s?|accourue?s?|débarquée?s?)(?:\s[^\W\d_]+){0,2}\s(?:de|d['’]|du|depuis)\s?$"
    r"|\b(?:overgevlogen|overgekomen|gereisd|afgereisd|gekomen)\s(?:[^\W\d_]+\s){0,2}(?:uit|van(?:uit)?)\s$"
    r"|\b(?:eingeflogen|angereist|gereist|gekommen)\s(?:[^\W\d_]+\s){0,2}(?:aus|von)\s$",
    re.IGNORECASE))
# German and Dutch put the verb after the town: "aus <town> angereist", "uit <town> overgekomen"
_TRAVELLED_AFTER = re.compile(
    r"^\s(?:[^\W\d_]+\s){0,2}(?:angereist|eingeflogen|gekommen|overgevlogen|overgekomen|gekomen)\b")
# "Douaumont (Meuse)": a name and its region in brackets
_BRACKETED = re.compile(r"(?P<n>[A-ZÀ-Ý][\w'’-]+) \((?P<r>[A-ZÀ-Ý][\w'’ -]{2,30})\)")
_FROM_WORDS = ("aus ", "uit ", "van ")
_LOOKBACK = 60


def mark_travelled(facts: PlaceFacts, text: str) -> None:
    """Mark as where someone goes from (never written) each mention after a travel verb and
    its "from", or before the German and Dutch verb that ends the phrase; and as an origin a
    group's town ("les riverains de X")."""
    for m in facts.mentions:
        if m.binds:
            continue
        if m.cue[1] in _FROM_PEOPLE and _elsewhere(facts, m, text):
            m.origin = True     # "des lycéens de X ... à Y": the group's town
        for hit in word_hits(text, m.text):
            before = text[max(0, hit.at - _LOOKBACK):hit.at]
            if _TRAVELLED_BEFORE.search(before) or (
                    before.endswith(_FROM_WORDS) and _TRAVELLED_AFTER.match(text[hit.to:hit.to + _LOOKBACK])):
                m.toward = True
                break


def _elsewhere(facts: PlaceFacts, m, text: str) -> bool:
    """The caption also names a place written as the picture's (cued, not only locating X), or
    another name with its region in brackets ("devant l'ossuaire de Y (Meuse)": Y is where the
    group is, even when the index lacks Y)."""
    if any(o is not m and o.text != m.text and o.kind >= CUED and not (o.locates_other or o.origin or o.toward)
           for o in facts.mentions):
        return True
    gz = load_gazetteer()
    last = m.text.split()[-1]
    return any(b.group("n") != last and gz.index.regions(norm(b.group("r"))) for b in _BRACKETED.finditer(text))
