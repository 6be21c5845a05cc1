"""A town tied to a person or a thing, not to the picture's action (issue 9, origin38): where
someone is from, lives, goes or belongs, written in the caption beside (or instead of) the
place the main verb happens in.

The principle: a caption names the picture's place as a locative of its main clause ("in/à/
te/bei/at X" on the verb: "... visit the museum in X", "... vote à Y", "... rests near Z");
a town hung on a person or thing ("pupils from a school in X", "une paroissienne de X", "Jane
Doe of X, Maine", "on their way to school in X") says where they come from or go. The
locative wins (the gate refuses an origin once the caption names another place, and a place
"near" the picture is not taken for only locating the attached town); when only the attached
kind is named, nothing is written and the warning names it (`attached_only`).

Per-language tables, each ending right before the town:

- PEOPLE_FROM: a person or group noun and the preposition of origin ("pupils from X",
  "parishioners of X", "une paroissienne de X", "pelgrims uit X", "Pilger aus X"), also with
  the institution they come from between ("pupils from a school in X", "des élèves d'un lycée
  de X", "leerlingen van een school in X", "Schüler aus einer Schule in X");
- NAME_OF: the wire style of a person's home after the name ("Jane Doe of X, Maine", "Jane
  Doe, 64, of X"): English only, the town followed by a comma;
- WAY_TO: where someone is on the way to ("on their way to school in X", "op weg naar
  school in X", "auf dem Weg zur Schule in X", "en route pour l'école de X").

A name is marked only when every time the caption writes it, it is written so (as in
placeheading), and never when it is what a reporter or the camera is at ("seen from X").
"""

from __future__ import annotations

import re

from captionist.places.words import NEAR, SEEN_FROM
from captionist.rxgate import gate

from .placetokens import word_hits

_W = r"[^\W\d_]+"
# people and groups who are from a town, per language (singular and plural)
PEOPLE = {
    "en": ("pupils?", "students?", "schoolchildren", "children", "parishioners?", "pilgrims?", "volunteers?",
           "voters?", "workers?", "farmers?", "fishermen", "soldiers?", "troops", "members?", "crews?",
           "fans?", "supporters?", "families", "family", "women", "men", "man", "woman", "girls?", "boys?",
           "refugees?", "migrants?", "delegates?", "delegations?", "teams?", "choirs?", "firefighters?",
           "officers?", "nurses?", "teachers?", "residents?", "villagers?", "protesters?", "activists?"),
    "fr": ("paroissien(?:ne)?s?", "fidèles?", "pèlerins?", "bénévoles?", "élèves?", "enfants?",
           "familles?", "soldats?", "militaires?", "ouvriers?", "ouvrières?", "salariés?", "salariées?",
           "pompiers?", "supporteurs?", "supportrices?", "vignerons?", "vigneronnes?", "chasseurs?",
           "jeunes", "femmes?", "hommes?", "manifestants?", "manifestantes?", "militants?", "militantes?",
           "délégations?", "chorales?", "membres?", "équipages?", "marins?", "pêcheurs?", "paysans?",
           # a group named by its town, on tour: "l'Orchestre de X en tournée à Y"
           "orchestres?", "fanfares?", "troupes?", "équipes?"),
    "nl": ("leerlingen", "scholieren", "kinderen", "pelgrims?", "vrijwilligers?", "kiezers?", "boeren?",
           "boerinnen", "vissers?", "soldaten", "militairen", "leden", "lid", "supporters?", "fans?",
           "gezinn?en", "gezin", "familie", "vrouwen", "vrouw", "mannen", "man", "meisjes?", "jongens?",
           "vluchtelingen", "betogers?", "demonstranten", "actievoerders?", "brandweerlieden", "koren", "koor",
           "bemanning", "delegatie", "parochianen", "orkest", "fanfare", "harmonie"),
    "de": ("Schüler(?:innen)?", "Schülerin", "Kinder", "Pilger(?:innen)?", "Pilgerin", "Wähler(?:innen)?",
           "Wählerin", "Landwirte?", "Landwirtin", "Bauern", "Bäuerin", "Fischer", "Soldaten", "Mitglieder",
           "Fans?", "Anhänger", "Familien?", "Frauen?", "Männer", "Mann", "Mädchen", "Jungen", "Flüchtlinge?",
           "Demonstranten", "Demonstrantinnen", "Feuerwehrleute", "Chor", "Besatzung", "Delegation",
           "Helfer(?:innen)?", "Helferin", "Gläubige", "Orchester", "Kapelle"),
}
# the institution people come from, between them and the town ("pupils from a secondary school
# in X", "des élèves d'un lycée de X", "leerlingen van een basisschool in X", "Schüler aus einer
# Gesamtschule in X"): German and Dutch compounds end in the noun
INSTITUTIONS = {
    "en": ("school", "college", "academy", "university", "club", "church", "parish", "hospital", "company",
           "factory", "plant", "regiment", "brigade", "base", "farm", "choir", "band", "orchestra", "mosque",
           "lifeboat"),
    "fr": ("lycée", "collège", "école", "université", "club", "paroisse", "église", "hôpital", "entreprise",
           "usine", "caserne", "régiment", "ferme", "chorale", "fanfare", "orchestre", "association"),
    "nl": (r"\w*school", "college", "universiteit", "club", "vereniging", "kerk", "parochie", "ziekenhuis",
           "bedrijf", "fabriek", "kazerne", "boerderij", "koor", "fanfare", "orkest"),
    "de": (r"\w*schule", "gymnasium", "universität", "verein", "klub", "club", "kirche", "pfarrei", "klinik",
           "firma", "fabrik", "kaserne", "chor", "orchester", "kita"),
}


def _inst(lang: str) -> str:
    return r"(?:" + _W + r"\s){0,2}(?:" + "|".join(INSTITUTIONS[lang]) + r")\s"


# people moved from a town, the participle between them and the preposition ("des soldats
# transférés de X se reposent près de Y", "troops redeployed from X", "Familien, evakuiert aus X")
MOVED = {
    "en": ("redeployed", "evacuated", "moved", "transferred", "displaced", "relocated", "bused", "bussed"),
    "fr": ("transférés?", "transférées?", "évacués?", "évacuées?", "déplacés?", "déplacées?", "rapatriés?",
           "rapatriées?", "venus?", "venues?", "arrivés?", "arrivées?", "partis?", "parties?"),
    "nl": ("geëvacueerd", "overgebracht", "verplaatst", "gevlucht"),
    "de": ("evakuiert", "verlegt", "gebracht", "geflohen", "geflüchtet"),
}
# the preposition of origin after such a noun, or the institution between
FROM = {
    "en": (r"(?:from|of)\s", r"from\s(?:a|an|the)\s" + _inst("en") + r"(?:in|at)\s"),
    "fr": (r"(?:de\s|d['’]|du\s)", r"(?:d['’]un|d['’]une|du|de\sla|de\sl['’])\s?" + _inst("fr") + r"(?:de\s|d['’]|à\s)"),
    "nl": (r"(?:uit|van)\s", r"(?:uit|van)\s(?:een|de|het)\s" + _inst("nl") + r"(?:in|te|uit)\s"),
    # (not the genitive "Schülerinnen der Privatschule in X": members of it, pictured there)
    "de": (r"(?:aus|von)\s", r"(?:aus|von)\s(?:einer|einem|der|dem)\s" + _inst("de") + r"(?:in|aus)\s"),
}
# on the way to somewhere: the town is where they go, even after "in"
WAY_TO = {
    "en": (r"on\s(?:their|his|her|its|our|the)\sway\sto\s(?:" + _W + r"\s){0,3}(?:in|at)\s",),
    "fr": (r"en\sroute\spour\s(?:l['’]|la\s|le\s)" + _W + r"\s(?:de\s|d['’]|à\s)",
           r"sur\sle\schemin\sde\s(?:l['’]|la\s|le\s)" + _W + r"\s(?:de\s|d['’]|à\s)"),
    "nl": (r"op\sweg\snaar\s(?:de\s|het\s)?(?:" + _W + r"\s){1,2}(?:in|te)\s",),
    "de": (r"auf\sdem\sWeg\s(?:zur|zum|in\sdie|in\sden)\s(?:" + _W + r"\s){1,2}(?:in|nach)\s",),
}
# the wire style of a person's home: "Jane Doe of X," / "Jane Doe, 64, of X,"
NAME_OF = {
    "en": (r"(?-i:(?!(?:The|A|An|This|That|Its|Their|Our|His|Her)\s)[A-Z][\w'’-]+\s[A-Z][\w'’-]+)(?:,\s\d{1,3},)?\sof\s",),
}


def _ending(*tables) -> re.Pattern:
    parts = [p for t in tables for ps in t.values() for p in ps]
    return gate(re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")$", re.IGNORECASE))


_PEOPLE_FROM = gate(re.compile(
    r"(?<![\w-])(?:" + "|".join(f"(?:{'|'.join(PEOPLE[k])}),?\\s(?:(?:{'|'.join(MOVED[k])})\\s)?(?:{'|'.join(FROM[k])})"
                                 for k in PEOPLE) + r")$", re.IGNORECASE))
_WAY_TO = _ending(WAY_TO)
# the town as the attribute of the institution people belong to: "crew members of the X
# lifeboat", "pupils from the X academy" (English puts the town before the noun)
_PEOPLE_OF_THE = gate(re.compile(r"(?<![\w-])(?:" + "|".join(PEOPLE["en"]) + r")\s(?:of|from)\sthe\s$", re.IGNORECASE))
_INSTITUTION_AFTER = re.compile(r"^\s(?:" + "|".join(INSTITUTIONS["en"]) + r")\b", re.IGNORECASE)
_NAME_OF = _ending(NAME_OF)
_LOOKBACK = 80


def _attached(text: str, at: int, to: int) -> str:
    """'origin' or 'toward' when the name at text[at:to] hangs on a person or thing, else ''."""
    before = text[max(0, at - _LOOKBACK):at]
    if text[to:to + 2] in ("'s", "’s"):
        return ""       # "members of X's Caribbean community": the community is X's, pictured there
    if _WAY_TO.search(before):
        return "toward"
    if _PEOPLE_FROM.search(before) or (_PEOPLE_OF_THE.search(before)
                                       and _INSTITUTION_AFTER.match(text[to:to + 20])):
        return "origin"
    if _NAME_OF.search(before) and text[to:to + 1] == ",":
        return "origin"
    return ""


def mark_attached(facts, text: str) -> None:
    """Mark as where someone is from (origin) or going (toward) each mention that every one of
    its occurrences writes hung on a person or thing (the tables above), when the caption
    names another town as the picture's: the locative wins. Alone, the attached town stays a
    candidate: the corpus's groups named by their town alone are mostly at home ("Residents of
    X, <state>, clear debris", "Les pompiers de X pompent une cave", "Renners op weg naar de
    finish in X")."""
    if len(facts.mentions) < 2 and not (facts.unknown or facts.near_pairs):
        return      # nothing else named as the picture's place: the rule never marks (most captions)
    marked = {}
    for m in facts.mentions:
        if m.origin or m.toward or m.cue[1] in SEEN_FROM:     # "seen from X": where the camera is
            continue
        hits = word_hits(text, m.text)
        kinds = {_attached(text, h.at, h.to) for h in hits}
        if hits and "" not in kinds:
            marked[id(m)] = (m, kinds)
    for m, kinds in marked.values():
        if not _elsewhere(facts, m, marked):
            continue
        if kinds == {"toward"}:
            m.toward = True
        else:
            m.origin = True


def _elsewhere(facts, m, marked) -> bool:
    """The caption names another town as where the picture is: cued or "near" it, not only locating
    another place, coming from or going to one, or part of a longer name; or a cued name the
    index lacks ("van de veerboot in <village>, op weg naar het ziekenhuis in X")."""
    if facts.unknown or facts.near_pairs:
        return True
    return any(o is not m and id(o) not in marked and o.text != m.text and o.kind >= NEAR and not (
        o.locates_other or o.origin or o.toward or o.in_name or o.person) for o in facts.mentions)
