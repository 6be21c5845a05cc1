"""A person's former institution or town is not where the picture is (issue 9, wrong27).

"A former inmate of Dartmoor prison speaks to reporters", "Un ancien détenu de la prison de
Fresnes témoigne devant la presse", "Ein ehemaliger Schüler des Gymnasiums in Celle", "een
oud-leerling van de school in Zwolle", "the former mayor of Leeds": the town (or region) says
who the person was, where they were held, taught or elected, not where they stand now. A
town or region written after "former/ancien/ehemalig/voormalig/oud-" + a person's noun + "of/
de/van/von" (an institution's noun may stand between: "of Dartmoor prison", "de la prison de
Fresnes", "van de school in") is never the place: a mention is marked as a person's (like a
birthplace, placeredteam.py), a region is skipped by the finder (places.py). A place written
apart ("... speaks to reporters in Exeter") is read as before. Not a former building: "the
former power station at Shannonbridge" is where the picture is (no person's noun).
"""

from __future__ import annotations

import re

# people by a past tie to a place (the four languages, singular and plural)
_PEOPLE = (
    r"inmates?|prisoners?|detainees?|pupils?|students?|residents?|mayors?|employees?|workers?|miners?|soldiers?|"
    r"guards?|patients?|members?|players?|coach|manager|president|governor|head ?teacher|headmaster|"
    r"détenue?s?|prisonni[eè]re?s?|élèves?|étudiante?s?|habitante?s?|maires?|ouvri[eè]re?s?|salariée?s?|"
    r"employée?s?|joueu(?:r|se)s?|entraîneur|présidente?|directeur|directrice|pensionnaires?|"
    r"häftlinge?|insassen?|gefangene[rn]?|schüler(?:in)?|student(?:en)?|bewohner(?:in)?|bürgermeister(?:in)?|"
    r"arbeiter(?:in)?|mitarbeiter(?:in)?|spieler(?:in)?|trainer(?:in)?|direktor(?:in)?|"
    r"gevangenen?|gedetineerden?|leerling(?:en)?|bewoners?|burgemeester|werknemers?|medewerkers?|spelers?|"
    r"trainer|directeur|bestuurder")
_FORMER = r"(?:former|ex-|one-time|anciens?|anciennes?|ex|ehemalige[rnms]?|frühere[rnms]?|voormalige?|oud-)"
_OF = r"(?:of|de|du|des|d['’]|van|von|vom|der|des|aus|uit|at|à|in|im|bij|bei)"
_ART = r"(?:the|la|le|les|l['’]|het|de|den|dem|der|des|du)"
# the head before the name: former + noun + of, then up to an institution's noun and "of/de"
_HEAD = re.compile(
    rf"(?i)\b{_FORMER}\s?(?:{_PEOPLE})\s{_OF}\s?(?:{_ART}\s?)?(?:[\w'’-]+\s(?:{_OF}\s?(?:{_ART}\s?)?)?)?$")


def former_of(text: str, start: int) -> bool:
    """The name at text[start:] is a person's former institution's or town's (module docstring)."""
    return bool(_HEAD.search(text[max(0, start - 70):start]))


def mark_former(facts, text: str) -> None:
    """Mark the mentions written after a former person's noun as a person's, never the place."""
    for m in facts.mentions:
        if m.binds:
            continue
        at = text.find(m.text)
        if at > 0 and former_of(text, at):
            m.origin, m.person, m.placed = True, True, False
