"""Town names a caption writes as an aside, not as where the picture is (issue 9, round 25).

Four shapes the blind parts 56-60 and 66-70 showed, each marked on the caption's mentions
before the resolver ranks them, so that the one gate (placegate.py) refuses them with its
own reasons and the record's warning still names the town:

- a rubric label before a colon: a sport, a desk or a topic ("Rugby : l'ailier ...",
  "Golf : le Sud-Coréen ...", "Economie: ...", "Wetter: ...") is no dateline, even when a
  town bears the word; the mention is dropped (it is not a place at all);
- a destination through a facility ("vertrekt naar het vliegveld van Nairobi", "on the way
  to the port of Dover", "unterwegs zum Flughafen von Wien", "en route vers l'aéroport de
  Nice"): where someone goes, marked `toward`;
- a past residence or a life story ("who came home after thirty years in Toronto", "who
  lived in Lyon for years", "na twintig jaar in Amsterdam", "nach Jahren in Berlin", "après
  des années à Marseille"): who the person is, marked `person` and not `placed`;
- a town's adjective on a research institution or its people ("Studenten van de Wageningse
  universiteit", "ein Münchner Forscherteam", "Leidse hoogleraar", "Oxford scientists"):
  says who, not where, marked `person`. A police officer or a market is where it is
  ("Een Rotterdamse agent bij de Erasmusbrug"), so only the academic words count.
"""

from __future__ import annotations

import re

from captionist.places.words import TOWARD

from .captionwords import word_starts
from .places import PlaceFacts

# sports, desks and topics a newsroom heads a caption with; lower-case, accents kept
_RUBRICS = frozenset("""
rugby golf football foot fußball fussball voetbal soccer tennis cyclisme cycling radsport wielrennen
athlétisme athletics leichtathletik atletiek basketball basket handball handbal volleyball volley
hockey ski skiing schaatsen patinage natation swimming schwimmen zwemmen boxe boxing boxen boksen
formule formula motorsport voile sailing segeln zeilen équitation horse paardensport reitsport judo
sport sports économie economy economie wirtschaft business culture kultur cultuur politique politics
politik politiek wetter weather météo weer science sciences wissenschaft wetenschap santé health
gesundheit gezondheid société society gesellschaft samenleving international monde world welt
buitenland ausland étranger binnenland inland panorama people musique music muziek musik cinéma film
""".split())

# a facility one travels to; "naar het vliegveld van X" is the trip, not the place
_FACILITY = (r"(?:vliegveld|luchthaven|haven|station|airport|port|harbour|harbor|terminal|flughafen|"
             r"hafen|bahnhof|aéroport|aeroport|gare)")
_TOWARD = "|".join(sorted(TOWARD | {"zum", "zur", "pour"})) + r"|bound\s+for"     # words.TOWARD, and these
_TO_FACILITY = re.compile(
    r"(?i)\b(?:" + _TOWARD + r")\s+"
    r"(?:(?:het|de|the|den|dem|la|le|l['’])\s*)?(?:\w+\s+)?" + _FACILITY + r"\s+(?:van|of|von|de|d['’])\s*$")

# "after thirty years in", "na twintig jaar in", "nach vielen Jahren in", "après des années à";
# "who lived in", "die jarenlang woonde in", "der lange in ... lebte" is left to the others
_LIFE = re.compile(
    r"(?i)(?:\b(?:after|na|nach|après)\s+(?:\w+\s+){0,3}(?:years|decades|jaar|jaren|decennia|jahren|"
    r"jahrzehnten|ans|années|décennies)\s+(?:in|à|au|aux|en)"
    r"|\b(?:who|that)\s+(?:had\s+)?(?:lived|worked|grew\s+up|spent\s+(?:\w+\s+){1,4}in)\s*(?:\w+\s+){0,2}(?:in)"
    r"|\b(?:die|dat)\s+(?:\w+\s+){0,3}(?:woonde|werkte|opgroeide)\s+in"
    r"|\b(?:qui\s+a\s+(?:vécu|travaillé|grandi))\s+(?:\w+\s+){0,3}(?:à|au|en))\s*$")

# academic institutions and their people, after a town's adjective
_ACADEMIC = re.compile(
    r"(?i)^\s*(?:universiteit|university|universität|universite|université|hogeschool|hochschule|"
    r"academie|akademie|academy|instituut|institut|institute|hoogleraar|hoogleraren|professor|professoren|"
    r"professors|onderzoekers?|wetenschappers?|forscher\w*|wissenschaftler\w*|researchers?|scientists?|"
    r"academics|chercheurs?|scientifiques?)\b")


def mark_asides(facts: PlaceFacts, text: str) -> None:
    """Mark or drop the mentions of `text` written as one of the asides of the module
    docstring; the others are left as they are."""
    head = re.match(r"\s*([^\W\d_][\w'’-]*)\s*:", text)
    if head and head.group(1).casefold() in _RUBRICS:
        label = head.group(1)
        facts.mentions[:] = [m for m in facts.mentions if not (m.text == label and not m.binds)]
    for m in facts.mentions:
        at = _where(m.text, text)
        if at < 0:
            continue
        before, after = text[:at], text[at + len(m.text):]
        if not m.binds and _TO_FACILITY.search(before):
            m.toward = True
        elif not m.binds and _LIFE.search(before):
            m.person, m.placed = True, False
        elif m.demonym and _ACADEMIC.match(after):
            m.person, m.placed = True, False


def _where(name: str, text: str) -> int:
    """The offset of the first whole-word occurrence of `name` in `text`, or -1."""
    return next(word_starts(text, name), -1)



# a city this big that bears the written spelling as an exonym is what the caption means
_EXONYM_CITY = 1000000


def loose_accent_match(written: str, city: dict, candidates: list[dict]) -> bool:
    """`city` matches the written name only once its accents are stripped ("Pékin" of Pekin,
    Illinois), is a town of under a tenth of _EXONYM_CITY, and a city of _EXONYM_CITY people
    abroad is among the candidates (Beijing, which French writes "Pékin"): the exonym names
    the big city, never the small town with the plain spelling."""
    if written.isascii() or not city["name"].isascii() or (city.get("population") or 0) * 10 >= _EXONYM_CITY:
        return False
    return any((c.get("population") or 0) >= _EXONYM_CITY and c["countrycode"] != city["countrycode"]
               for c in candidates)
