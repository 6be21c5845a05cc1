"""Where someone or something is going, will be, or comes from, written in the phrases the
one-word tables (words.TOWARD, words._ORIGIN) and the two-word _ORIGIN2 lack (issue 9,
phrasing37). The blind desks' wrong places were mostly these: a town named as a destination,
a future visit or an origin taken for the picture's place.

Per language, phrases that in ordinary news prose never introduce the picture's own place:

- a destination: "un camion destiné à X", "à destination de X", "en route pour X", "cap sur
  X", "a convoy bound for X", "headed for X", "left for X", "met bestemming X", "bestemd voor
  X", "mit Ziel X", "Kurs auf X";
- a future or planned visit: "le ministre se rendra à X", "sera reçu à X", "will visit X",
  "is expected in X next week", "is due to arrive in X", and the Dutch and German forms that
  close the clause with the verb: "wordt in maart in X verwacht", "wird am Montag in X
  erwartet";
- an origin: "originaire de X", "en provenance de X", "provenant de X", "a native of X",
  "geboren te X", "afkomstig van X".

A destination or future place becomes `toward` (the gate never writes it unless a country is
bound to it), an origin `origin` (the gate refuses it once the caption names another place).
A name is marked only when EVERY time the caption writes it, it is written so: "Supporters in
Leeds ...; the team is expected in Leeds on Sunday" keeps Leeds. (A person of a town, "une
électrice de X vote à Y", is words._FROM_PEOPLE's, read by placetravelled.)
"""

from __future__ import annotations

import re

from captionist.rxgate import gate

from .placetokens import word_hits

_DE_FR = r"(?:de\s|d['’]|du\s|des\s|de\sla\s|de\sl['’])"
_A_FR = r"(?:à\s|au\s|aux\s|en\s)"

# destination and future phrases, per language, ending right before the town (an article of
# the town's own name may follow: "à destination du Havre")
DESTINATION = {
    "fr": (r"à\sdestination\s" + _DE_FR, r"destiné(?:e|s|es)?\s(?:à\s|au\s|aux\s|pour\s)",
           r"en\sroute\s(?:pour|vers)\s", r"en\spartance\spour\s", r"cap\ssur\s", r"en\sdirection\s" + _DE_FR,
           r"se\srendr(?:a|ont|ait|aient)\s" + _A_FR, r"partir(?:a|ont)\spour\s",
           r"ser(?:a|ont)\s(?:reçu|reçue|reçus|reçues|accueilli|accueillie|accueillis|accueillies|attendu|attendue|"
           r"attendus|attendues)\s" + _A_FR,
           r"(?:est|sont)\sattendu(?:e|s|es)?\s" + _A_FR, r"visiter(?:a|ont)\s"),
    "en": (r"bound\sfor\s", r"head(?:ed|ing|s)?\sfor\s", r"destined\sfor\s",
           r"(?:left|leaves?|leaving|depart(?:s|ed|ing)?|set(?:s|ting)?\soff|sail(?:s|ed|ing)?)\sfor\s",
           r"will\s(?:visit|tour)\s", r"(?:is|are)\s(?:expected|due)\s(?:in|at)\s",
           r"(?:is|are)\s(?:scheduled|set|due|expected)\sto\s(?:visit|arrive\sin|travel\sto|fly\sto)\s"),
    "nl": (r"met\sbestemming\s", r"bestemd\svoor\s", r"koers\sop\s"),
    "de": (r"mit\s(?:dem\s)?Ziel\s", r"Kurs\sauf\s", r"bestimmt\sfür\s"),
}
# Dutch and German put the verb of the future visit after the town: "wordt ... in X verwacht"
# (an auxiliary of the passive or future before, the verb at most three words after the town)
FUTURE_AFTER = {
    "nl": (r"(?:wordt|worden)", r"verwacht"),
    "de": (r"(?:wird|werden)", r"erwartet"),
}
ORIGIN = {
    "fr": (r"originaires?\s" + _DE_FR, r"en\sprovenance\s" + _DE_FR, r"provenant\s" + _DE_FR,
           r"(?:natif|native|natifs|natives)\s" + _DE_FR),
    "en": (r"natives?\sof\s",),
    "nl": (r"geboren\ste\s", r"afkomstig\s(?:van|uit)\s"),
    "de": (r"gebürtig\saus\s",),
}


def _ending(table) -> re.Pattern:
    return gate(re.compile(r"(?<![\w-])(?:" + "|".join(p for ps in table.values() for p in ps) + r")$",
                           re.IGNORECASE))


_DESTINATION = _ending(DESTINATION)
_ORIGIN = _ending(ORIGIN)
_AUXES = "|".join(a for a, _ in FUTURE_AFTER.values())
_AUX = re.compile(r"\b(?:" + _AUXES + r")\s(?:[^\W\d_]+\s){0,4}in\s$", re.IGNORECASE)
# the verb after the town, the auxiliary before or after it in a subordinate clause ("die in X
# verwacht wordt", "der in X erwartet wird", "die in X wordt verwacht")
_VERB = re.compile(r"^\s(?:[^\W\d_]+\s){0,3}?(?P<a1>(?:" + _AUXES + r")\s)?(?:"
                   + "|".join(v for _, v in FUTURE_AFTER.values()) + r")(?P<a2>\s(?:" + _AUXES + r")\b)?",
                   re.IGNORECASE)
# and a future visit with the town as the verb's object: "wird am Freitag X besuchen", "zal
# volgende week X bezoeken" (the auxiliary at most four words before the town)
VISIT_AFTER = {
    "nl": (r"(?:zal|zullen|gaat|gaan)", r"bezoeken"),
    "de": (r"(?:wird|werden|will|wollen)", r"besuchen"),
}
_VISIT_AUX = re.compile(r"\b(?:" + "|".join(a for a, _ in VISIT_AFTER.values()) + r")\s(?:[^\W\d_]+\s){0,4}$",
                        re.IGNORECASE)
_VISIT = re.compile(r"^\s(?:" + "|".join(v for _, v in VISIT_AFTER.values()) + r")\b", re.IGNORECASE)
_LOOKBACK = 60


def _heading(text: str, at: int, to: int) -> str:
    """'toward' or 'origin' when the name written at text[at:to] is so introduced, else ''."""
    before = text[max(0, at - _LOOKBACK):at]
    if _DESTINATION.search(before):
        return "toward"
    if before.endswith((" in ", "\nin ")) and (v := _VERB.match(text[to:to + _LOOKBACK])) \
            and (v.group("a1") or v.group("a2") or _AUX.search(before)):
        return "toward"
    if _VISIT.match(text[to:to + 12]) and _VISIT_AUX.search(before):
        return "toward"
    return "origin" if _ORIGIN.search(before) else ""


def mark_headings(facts, text: str) -> None:
    """Mark as where someone goes or will be (toward) or comes from (origin) each mention that
    every one of its occurrences writes so; a mention bound to its country is left alone."""
    for m in facts.mentions:
        if m.binds or m.toward:
            continue
        hits = word_hits(text, m.text)
        kinds = {_heading(text, h.at, h.to) for h in hits}
        if hits and kinds == {"toward"}:
            m.toward = True
        elif hits and "" not in kinds:
            m.origin = True
