"""Paragraphs of pasted pages that read like an uncredited caption but are the page's own
text (issue 9, strays; fields20). Each is one bounded pattern in the four languages, and
each applies only to a paragraph that carries no credit of its own or from the line next
to it (a credited paragraph is a picture's caption whatever it says):

- a live blog's time-stamped post ("9.40am: Turnout is ...", "12.30 Lijsttrekker X wil
  ...", "14:05 Uhr - ...", "10h30 : Le préfet ..."): the blog's news, stamped with the
  time it was posted; a picture's caption carries its credit;
- service information ("... ist dienstags bis samstags von 10 bis 17 Uhr geöffnet",
  "Tickets cost £12", "Entrée libre", "De toegang is gratis"): opening hours, prices and
  admission tell the reader how to visit, not what a picture shows;
- an English perfect with an irregular participle ("The government has paid ...", "have
  spent", "has made"): the English counterpart of the Dutch, German and French perfects
  that layout.py's article test already knows ("heeft ... betaald", "hat ... gezahlt").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# a time at the very start: "9.40am:", "12.30 ", "14:05 Uhr -", "10h30 :", "7.15 uur:"; the
# hour 0-23, the minutes 00-59; what follows is a word in capitals (the post's first word),
# never a unit or a currency ("2.50 Euro kostet ..." is a price)
TIME_STAMP = re.compile(
    r"^\W{0,2}(?:[01]?\d|2[0-3])[.:h][0-5]\d\s?(?:am|pm|a\.m\.|p\.m\.|uur|Uhr|h)?\s{0,2}(?P<sep>[:|\-–—])?\s{1,3}"
    r"(?!(?i:euro|eur|dollar|pond|pfund|livres?|francs?|km|uur|Uhr|heures|hours|procent|prozent|pour ?cent|per ?cent)\b)"
    # after a colon or a dash the post may open in lower case ("16h05 : la préfecture ...", strays38)
    r"(?:[A-ZÀ-ÖØ-Þ'\"“„‘«]|(?(sep)[a-zß-öø-ÿ]{2}|(?!)))", re.UNICODE)

_DAYS = (r"maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|"
         r"saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|"
         r"vendredi|samedi|dimanche")
# a span of week days: "van maandag tot en met zaterdag", "from Monday to Friday", "von Dienstag bis Sonntag", "du lundi au samedi"
_DAY_SPAN = rf"(?:van|from|von|du)\s(?:{_DAYS})\s(?:tot en met|tot|t/m|to|through|until|till|bis|au)\s(?:{_DAYS})\b"

# opening hours, prices, admission: what a reader needs to visit
_SERVICE = re.compile(
    # "von 10 bis 17 Uhr", "van 10 tot 17 uur", "from 10am to 5pm", "de 10 h à 17 h"
    r"\b(?:von|van|from|de)\s(?:[01]?\d|2[0-3])(?:[.:h][0-5]\d)?\s?(?:uhr|uur|h|am|pm)?\s(?:bis|tot|to|till|until|à)\s"
    r"(?:[01]?\d|2[0-3])(?:[.:h][0-5]\d)?\s?(?:uhr|uur|h|am|pm)\b|"
    r"\b(?:geöffnet|geopend|öffnungszeiten|openingstijden|opening hours|horaires d'ouverture|"
    r"(?:is|are) open (?:daily|every day|from|on)|ouvert(?:e|s|es)? (?:tous les jours|du|de|le|les)\s)|"
    r"\b(?:tickets?|kaartjes?|entreekaartjes?|karten|eintrittskarten|billets?|admission|entry|entrée|toegang|eintritt)\b"
    r"[^.!?\n]{0,40}?\b(?:costs?|kosten|kost|coûtent|coûte|is free|ist frei|is gratis|kostenlos|gratuite?s?|libre)\b|"
    r"\b(?:entrée libre|entrée gratuite|eintritt frei|freier eintritt|free admission|admission is free|"
    r"vrije toegang|gratis toegang)\b|"
    # opening days in words (strays43): "zijn van maandag tot en met zaterdag open", "open from Monday
    # to Saturday", "sind von Dienstag bis Sonntag geöffnet" (a span of days, then or after "open")
    rf"\b(?:open|ouverte?s?)\s(?:{_DAY_SPAN})|(?:{_DAY_SPAN})[^.!?\n]{{0,20}}?\b(?:open|ouverte?s?)\b", _I)

# "has paid", "have spent", "has long made": the perfect of English verbs whose participle
# does not end in -ed (layout's _NEWS_TENSE knows "has covered")
_EN_PERFECT = re.compile(
    r"\b(?:has|have)\s(?:(?:long|already|now|since|also|just|never|not|only|still)\s)?(?:paid|spent|made|built|"
    r"sold|lost|won|kept|brought|bought|taken|given|seen|become|grown|known|shown|found|held|left|run|"
    r"begun|chosen|driven|fallen|risen|written|spoken|fought|sought|taught|thought|told|said|meant|sent|"
    r"led|cut|put|set|hit|shut|struck|done|gone|come)\b", _I)


def live_post(body: str) -> bool:
    """A live blog's post opening with the time it was posted (only when uncredited)."""
    return TIME_STAMP.match(body) is not None


def service_info(body: str) -> bool:
    """Opening hours, prices, admission (only when uncredited)."""
    return _SERVICE.search(body) is not None


def english_perfect(body: str) -> bool:
    """An English perfect of an irregular verb ("has paid", "have spent")."""
    return _EN_PERFECT.search(body) is not None


def page_post(body: str, among_credited: bool = True) -> str | None:
    """Why an uncredited paragraph is the page's own text ("live post", "service
    information"), or None. A time stamp sets a paragraph apart only after a caption in a
    sheet whose captions carry credits (`among_credited`): in a sheet without credits a
    caption may well open with the time its picture was taken."""
    if among_credited and live_post(body):
        return "live post"
    if service_info(body):
        return "service information"
    return None
