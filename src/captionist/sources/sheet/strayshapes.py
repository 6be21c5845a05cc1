"""Shapes of pasted-page paragraphs that are never a caption although they name places,
days and even a source (issue 9, strays; strays19). Each is one bounded pattern:

- a table of figures pasted as lines: an optional title, rows "name figure [unit]", often a
  source line below ("Zwaarste windstoten: Vlissingen 131 km/u Hoek van Holland 122 km/u ...
  Bron: KNMI", "Cumuls relevés : Anduze 286 mm Nîmes 151 mm Source : Météo-France"): rows of
  measurements are the article's data, and "Bron:"/"Quelle:"/"Source :" credits the data,
  not a picture;
- a sentence with a dummy subject ("Het is de eerste ...", "It is the first ...", "Es ist ...",
  "C'est ..."): the article's comment on the story; a caption names what the picture shows.
"""

from __future__ import annotations

import re

# a figure ending a row: a number, an optional unit, then the next row's name or the end
_ROW_FIGURE = re.compile(
    r"(?<![\w.,])\d{1,5}(?:[.,]\d{1,3})?\s?(?:km/u|km/h|mph|mm|cm|m|°C?|%|kt|bft|uur|Uhr|h|pts?|Punkte|points)?"
    r"(?=\s{1,3}[A-ZÀ-Þ]|\s*$)")
_FINAL = re.compile(r"[.!?…;][\"'”’)\]]{0,2}\s*$")


def is_table(body: str) -> bool:
    """Three or more rows of "name figure [unit]" and no sentence end: a pasted table."""
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
