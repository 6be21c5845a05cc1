"""Where a person died or grew up, and police sketches: no place of the picture (issue 9,
wrong31: the wrong places of the blind parts 125-134, obituaries and court desks).

**Where someone died** (`mark_life_towns`, called by placeorigin.mark_origins right after
placeresidence.mark_person_towns). An obituary's archive picture is captioned with where it was
taken AND where the person died: "who died on Thursday in Perth, batting at the Sydney Cricket
Ground", "aufgenommen 1985 in Prien am Chiemsee. Lingen starb am Samstag in Hamburg", "Elle est
morte mardi à Québec", "Hoekman overleed vrijdag ... in Bergen, Noorwegen". The town of a death
clause is marked like a residence (placeresidence._never: never the place, the country bound to
it is its own), so the picture's own place is judged without it (and placecountryalone.named_country does not
read that country as the caption's: `facts.person_countries`); when the caption names no other
place the gate leaves the city blank with a warning naming the town. The clause: a verb of dying
(died, passed away, starb, verstarb, est mort(e), décédé(e), s'est éteint(e), overleed, stierf)
and at most a few words without a comma (the day, the age) before "in"/"à"/"te"; in German and
Dutch also the participle after the town ("ist am Samstag in Hamburg gestorben", "is in Bergen
overleden"). A funeral is where the picture is: "at his funeral in X" is no death clause.

**Where someone grew up**: "and grew up in Peckham", "wuchs in Kassel auf", "a grandi à Lyon",
"groeide op in Zwolle" (placeresidence already reads "who grew up in" and "die in X opgroeide").

**A police sketch** (`sketch_place`, called by the parser after placeportrait): a composite
drawing or e-fit ("Phantombild", "portrait-robot", "compositietekening", "e-fit", "sketch
released by police") is drawn, not taken anywhere; the town of the crime is not its place. City
and country are taken back with a warning naming the town.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

from .placeresidence import _at, _never, _placed_elsewhere

_GAP = r"(?:[^\s.;:,!?]+ ){0,5}?"     # the day, the age: "on Thursday", "vrijdag op 68-jarige leeftijd"
_DIED_BEFORE = re.compile(
    r"(?i)\b(?:died|passed away|"
    r"starb|verstarb|ist gestorben|ist verstorben|"
    r"(?:est|était) (?:morte?|décédée?)|(?:est )?décédée?|s['’]est éteinte?|"
    r"overleed|stierf|is overleden|is gestorven) "
    + _GAP + r"(?:in|at|à|au|en|te|im)\s*$")
_GREW_BEFORE = re.compile(
    r"(?i)\b(?:grew up|was raised|groeide op|a grandi|ont grandi|avait grandi) (?:in|at|à|au|en|te)\s*$")
# German and Dutch: the participle or particle after the town, in a main or a relative clause
# ("ist am Samstag in Hamburg gestorben", "die dinsdag in Zwolle is overleden")
_IN_BEFORE = re.compile(r"(?i)\b(?:ist|sind|war|is|was|wuchs|groeide|die|der|dat)\b(?: [^\s.;:,!?]+){0,5}? (?:in|im|te)\s*$")
_AFTER = re.compile(r"(?i)^(?: [^\s.;:,!?]+){0,3}? (?:gestorben|verstorben|overleden|gestorven|auf|op)\b")
_WUCHS = re.compile(r"(?i)\b(?:wuchs|groeide)\b[^.;:,]*$")


def mark_life_towns(facts, text: str) -> None:
    """Mark the towns of death and growing-up clauses (module docstring) in facts, in place."""
    for m in facts.mentions:
        if m.person:
            continue
        at = _at(text, m.text)
        if at is None:
            continue
        head, tail = text[max(0, at - 80):at], text[at + len(m.text):at + len(m.text) + 40]
        if _DIED_BEFORE.search(head) or _GREW_BEFORE.search(head) or _after_clause(head, tail):
            if not _placed_elsewhere(text, m.text, at):
                if m.binds:     # "in Bergen, Noorwegen": the country is the death town's, never the picture's
                    facts.person_countries = getattr(facts, "person_countries", set()) | {m.binds[0]}
                _never(facts, m)


def _after_clause(head: str, tail: str) -> bool:
    """ "ist am Samstag in Hamburg gestorben", "wuchs in Kassel auf", "groeide in Zwolle op"."""
    if not _IN_BEFORE.search(head):
        return False
    hit = _AFTER.match(tail)
    if not hit:
        return False
    if hit.group(0).split()[-1].casefold() in ("auf", "op"):
        return bool(_WUCHS.search(head))    # a particle only closes "wuchs"/"groeide"
    return True


_SKETCH = gate(re.compile(
    r"(?i)\b(?:phantombild(?:es|s)?|phantomzeichnung|portraits?-robots?|compositietekening(?:en)?|"
    r"compositiefoto|e-?fits?|identikit|police sketch|composite sketch|"
    r"sketch (?:released|issued|provided) by (?:the )?police)\b"))

SKETCH_WARNING = "place not written: {x} (a police sketch is drawn, not taken there)"


def sketch_place(text: str, place) -> None:
    """Take back the city and country of a police sketch (module docstring)."""
    if place.city is None or place.mention is None or not _SKETCH.search(text):
        return
    place.take_back(SKETCH_WARNING.format(x=place.mention.text))
