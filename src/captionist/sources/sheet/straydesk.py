"""Notes a photographer writes to the picture desk on their own caption sheet (issue 9,
strays; strays28). They name places, days and people like a caption, but describe no
picture; each is one bounded pattern in the four languages, and each applies only to a
paragraph without a credit of its own or from a neighbour (a credited paragraph is a
picture's caption whatever it says):

- a note about files or frames: it names a camera file ("KV_1611_007", "GP_1911_040 to
  GP_1911_047", "frames KD_1907_201-209", "DSC_4512") anywhere but as the key at the start of
  a full caption ("DSC_4512: Farmers block ..." stays a caption);
- captions to follow: the captions themselves are the subject ("Bildtexte ... folgen am
  Abend", "caption to follow", "Légendes ... à suivre", "Bijschriften ... volgen morgen");
- a desk label before a colon or a date: an assignment, embargo, advisory, warning, contact
  or subject ("OPDRACHT 25/11 – ...", "EMBARGOED: ...", "Let op: ...", "Kontakt für
  Rückfragen: ...", "Sujet : ..."), never a credit or a place;
- a result or reading: a label of results, scores or an agenda before a colon ("Endstand:
  ... 1:3.", "Score final : ...", "Resultat Kanton X: Ja 54,3 Prozent", "Ordre du jour du
  conseil de X : ...") or a figure with its unit right after a label's colon ("Pegel X
  Mittwoch 6.00 Uhr: 10,12 m, Tendenz fallend"); the reading may carry its data's source
  ("(Quelle: Land Niederösterreich)"), which credits the figures, not a picture.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# a camera or agency file name: letters, an underscore, digits and more digit groups
# ("KV_1611_007", "GP_1911_001-061"), or a camera's own prefix ("DSC_4512", "IMG_0231", "_DSC1234")
FILE_ID = re.compile(r"(?<![\w/.])(?:[A-Z]{1,5}_\d{3,6}(?:_\d{2,6})+|_?(?:DSC|DSCF|IMG|DJI|MG)_?\d{3,6})(?![\w])")
# the id as the key at the start of a caption: "DSC_4512: ...", "KV_1611_003 – ..."
_KEY = re.compile(r"^\W{0,2}" + FILE_ID.pattern + r"(?:\.jpe?g)?\s{0,2}[:\-–—|]\s{1,3}(?P<rest>.*)$", re.DOTALL)

# the captions as the subject of a promise: "captions to follow", "Bildtexte folgen"
_TO_FOLLOW = re.compile(
    r"\b(?:captions?|bildtexte?|bildunterschriften|bijschriften|onderschriften)\b[^.!?\n]{0,80}?"
    r"\b(?:to follow|follows?|will follow|folg(?:en|t)|volg(?:en|t))\b|"
    # French "légendes" are also legends ("Les légendes du rugby suivent le match"): only the
    # captions of pictures or files, or "à suivre" right after the word
    r"\blégendes?\s(?:à suivre|des (?:fichiers|photos|images|vues|clichés)\b[^.!?\n]{0,60}?(?:à suivre|suiv(?:ent|ront)))|"
    r"\b(?:caption|bildtext|bijschrift)\s(?:to follow|folgt|volgt)\b", _I)

# a desk label: what follows it is for the desk, not a picture's description
_DESK_LABEL = re.compile(
    # a label alone before its colon: "EMBARGOED: ...", "Let op: ...", "Attention : ..."
    r"^\W{0,2}(?:(?:embargo(?:ed)?|advisory|editors?'? note|note to (?:editors|desk)|attention|let op|n\.?b\.?|"
    r"achtung|hinweis|sperrfrist|à noter|nota bene|sperrvermerk|thema)\s{0,2}:\s|"
    # a label with what it is about: "Kontakt für Rückfragen:", "Ordre du jour du conseil de X :",
    # "Auftrag dpa-Bildfunk Bayern:", "OPDRACHT 25/11 –"
    r"(?:contact|kontakt|rückfragen|sujet|onderwerp|betreft|opdracht|auftrag|assignment|commande|ordre du jour|"
    r"agenda|tagesordnung|traktanden(?:liste)?)"
    r"(?:\s(?:[^\W\d_][\w'’-]{0,20}\s?){0,5})?(?:\s{0,2}:\s|\s{1,2}\d{1,2}[./]\d{1,2}\b))", _I)
# the assignment itself, heading the sheet: credited or not, its first paragraph is the desk's
_ASSIGNMENT = re.compile(r"^\W{0,2}(?:opdracht|auftrag|assignment|commande|sujet|onderwerp|betreft)\b", _I)
# a result, score or agenda label before its colon; a figure follows somewhere after it
_RESULT_LABEL = re.compile(
    r"^\W{0,2}(?:endstand|endergebnis|halbzeit(?:stand)?|eindstand|einduitslag|uitslag|ruststand|"
    r"(?:final )?score(?: final)?|final result|full[- ]time|half[- ]time|results?|resultat|résultats?|"
    r"ergebnis|mi-temps)\b[^:\n]{0,50}?\s{0,2}:\s", _I)
_DIGIT = re.compile(r"\d")
# "...: 10,12 m", "...: 54,3 %": a figure with its unit right after a label's colon
_READING = re.compile(
    r"^[^:\n]{3,60}?\d[^:\n]{0,20}:\s{1,2}-?\d{1,5}(?:[.,]\d{1,3})?\s?(?:m|cm|mm|km/h|km/u|m³/s|°C?|%|"
    r"prozent|procent|pour ?cent|per ?cent|hpa|bft)(?=\s?[,.;(]|\s?$)", _I)   # not "Paris 2024: 100 m hurdles"
# the data's source in brackets: "(Quelle: Land Niederösterreich)", "(Bron: KNMI)", "(source : Vigicrues)"
_DATA_SOURCE = re.compile(r"\(\s?(?:quelle|bron|source|data|daten|données)\s{0,2}:", _I)


def desk_note(body: str) -> str | None:
    """Why an uncredited paragraph is a note to the desk (see the module docstring), or None."""
    key = _KEY.match(body)
    if key is not None:
        if len(key.group("rest").split()) < 8:
            return "desk note (files)"      # "ES_2910_031 – caption to follow."
    elif FILE_ID.search(body):
        return "desk note (files)"
    if _TO_FOLLOW.search(body):
        return "desk note (captions to follow)"
    if _DESK_LABEL.match(body):
        return "desk note"
    if (m := _RESULT_LABEL.match(body)) is not None and _DIGIT.search(body, m.end()) or _READING.match(body):
        return "result or reading"
    return None


def desk_stray(par: str, body: str, credit, given: bool, first: bool) -> str | None:
    """The reason a paragraph is a desk note or a reading, or None: without a credit, any
    of the classes above; with one, only the sheet's first paragraph under an assignment
    label ("OPDRACHT 25/11 – ..., voor fotodesk ANP.", "Sujet : ... (AFP, pigiste)") and a
    reading whose own credit is its data's source in brackets ("Pegel X: 10,12 m ...
    (Quelle: Land Niederösterreich)")."""
    if first and _ASSIGNMENT.match(par) and _DESK_LABEL.match(par):
        return "desk note (assignment)"
    if credit is None:
        return desk_note(body)
    if not given and _READING.match(par) and _DATA_SOURCE.search(par[max(0, credit.start - 20):credit.start + 12]):
        return "result or reading"
    return None
