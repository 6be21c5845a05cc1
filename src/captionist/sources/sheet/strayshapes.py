"""Shapes of pasted-page paragraphs that are never a caption although they name places,
days and even a source (issue 9, strays; strays19). Each is one bounded pattern:

- a table of figures pasted as lines: an optional title, rows "name figure [unit]", often a
  source line below ("Zwaarste windstoten: Vlissingen 131 km/u Hoek van Holland 122 km/u ...
  Bron: KNMI", "Cumuls relevés : Anduze 286 mm Nîmes 151 mm Source : Météo-France"): rows of
  measurements are the article's data, and "Bron:"/"Quelle:"/"Source :" credits the data,
  not a picture;
- a caption printed again, cut off by the page's "...more" link ("... REUTERS/Jon...more"):
  the full caption is above it;
- an agency's slug, picture id and date lines ("SPAIN-WILDFIRE/ RTX9KQ2L August 11, 2026");
- a wire story's dateline ("ROTTERDAM (ANP) - ...", "Hannover (dts Nachrichtenagentur) – ...",
  "MADRID (AP) — ..."): the article's first paragraph, which names the place and day like a
  caption but is the story;
- a sentence with a dummy subject ("Het is de eerste ...", "It is the first ...", "Es ist ...",
  "C'est ..."): the article's comment on the story; a caption names what the picture shows.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

# a figure ending a row: a number, an optional unit, then the next row's name or the end
_ROW_FIGURE = re.compile(
    r"(?<![\w.,])\d{1,5}(?:[.,]\d{1,3})?\s?(?:km/u|km/h|mph|mm|cm|m|°C?|%|kt|bft|uur|Uhr|h|pts?|Punkte|points)?"
    r"(?=\s{1,3}[A-ZÀ-Þ]|\s*$)")
_FINAL = re.compile(r"[.!?…;][\"'”’)\]]{0,2}\s*$")


# a data series after its label's colon (strays46): three to twelve items "key figure" or "key:
# figure" joined by "|", ";", "·" or ",", to the paragraph's end ("Eisverlust in Prozent: 2022: 6 |
# 2023: 4 | 2024: 2,5", "Niederschlag in Millimetern: Sylhet 812, Dhaka 356, Kathmandu 410.",
# "Opkomst per provincie: Utrecht 81 %; Zeeland 74 %; Limburg 69 %"): figures of the article
_ITEM = (r"(?:[^\W\d_][\w'.-]{0,25}(?:\s[^\W\d_][\w'.-]{0,25}){0,2}|\d{4})\s{0,2}:?\s{1,2}"
         r"\d{1,6}(?:[.,]\d{1,3})?(?:\s?(?:%|mm|cm|km|m|°C?|t|kg|h|€|\$|£))?")
_SERIES = re.compile(r":\s{1,2}" + _ITEM + r"(?:\s{0,2}[|;·,]\s{1,2}" + _ITEM + r"){2,11}\s{0,2}\.?\s*$")


def is_table(body: str) -> bool:
    """Three or more rows of "name figure [unit]" and no sentence end: a pasted table; or a
    data series after a label ("...: 2022: 6 | 2023: 4 | 2024: 2,5")."""
    if len(body) <= 600 and ":" in body and _SERIES.search(body[-400:]):
        return True
    if _FINAL.search(body) or len(body) > 600:
        return False
    figures = _ROW_FIGURE.findall(body)
    if len(figures) < 3:
        return False
    # rows are short: a name of a few words between two figures, nothing like a sentence
    words = len(body.split())
    return words <= 8 * len(figures) + 8


# "Het is de eerste ...", "It is the first ...", "Es ist ...", "C'est ...", "Il s'agit ...":
# the article speaking about its story, with no one in the picture as subject
DUMMY_SUBJECT = re.compile(
    r"^\W{0,3}(?:het|dit|dat) (?:is|was|wordt|blijft)\b|^\W{0,3}(?:it|this|that)(?:'s| is| was| will| has)\b|"
    r"^\W{0,3}(?:es|das|dies) (?:ist|war|wird|bleibt)\b|^\W{0,3}(?:c'est|c’est|ce sont|ce fut|il s'agit|il s’agit|"
    r"cela|ça) ", re.IGNORECASE)


# "... REUTERS/Jon...more", "... Foto: ANP/Piet…meer": the page's cut, the caption is above in full
_TRUNCATED = gate(re.compile(r"(?:\.{3}|…)\s?(?:more|meer|mehr|plus|suite|lire la suite)\W{0,2}$", re.IGNORECASE))
# an agency slug ("SPAIN-WILDFIRE/", "UKRAINE-CRISIS/KYIV") or a picture id (RTX9KQ2L, RTS3IXMK)
_SLUG = re.compile(r"^[A-Z][A-Z0-9]{1,20}(?:[-/][A-Z0-9]{2,20}){0,4}/(?:\s|$)|\b(?=[A-Z0-9]{7,12}\b)[A-Z]{2,4}\d[A-Z0-9]{3,9}\b")
# "ROTTERDAM (ANP) - ", "Hannover (dts Nachrichtenagentur) – ", "PARIS, 3 mai (Reuters) - "
_WIRE = re.compile(
    r"^[A-ZÀ-Þ][\w'.-]{1,30}(?:[ -][A-ZÀ-Þ][\w'.-]{1,30}){0,3}(?:,[^()\n]{1,30})?\s\((?:ANP|AP|AFP|Reuters|dpa|"
    r"Belga|epd|KNA|dts|SDA|APA|Keystone-SDA|sid|AFX|Bloomberg|PA|Xinhua|EFE|ANSA|Novum|Agence France-Presse)"
    r"[^()\n]{0,40}\)\s{0,2}[-–—]")
_SENTENCE_WORD = re.compile(r"\b[a-zà-ÿ]{3,}\b")


def page_shape(par: str, body: str, credited: bool) -> str | None:
    """The reason a paragraph is a shape of the page rather than a caption, or None:
    "article dateline" (without a credit: "BAMBERG (dpa) - ... Foto: X/dpa" is a dpa
    caption), "table", "truncated" (a caption again, cut off), "agency slug"."""
    if not credited and _WIRE.match(par):
        return "article dateline"
    if _TRUNCATED.search(par):
        return "truncated"
    if is_table(body):
        return "table"
    if not _FINAL.search(body) and _SLUG.search(body) and len(_SENTENCE_WORD.findall(body)) <= 1:
        return "agency slug"
    return None
