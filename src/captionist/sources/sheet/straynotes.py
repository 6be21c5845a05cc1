"""Paragraphs of a page that were taken for uncredited captions (issue 9, strays; found27).
Each applies only to a paragraph without a credit of its own or from a neighbour:

- a live blog's post under a time stamp on its own line ("08:40 GMT", "10.42 uur", "14:32"
  above "Police Scotland say the A9 is closed ..."): strayposts.py knows the time printed in
  front of the post; some blogs print it as a line of its own above the post;
- a pointer to another page of the paper ("Résultats et classements complets en page 24.",
  "Uitslagen: zie pagina 14", "mehr auf Seite 12", "full results on page 30"): no picture's;
- reported speech dated only by a year ("Volgens het Openbaar Ministerie ontving X tussen 2019
  en 2022 ...", "According to prosecutors, X received ... in 2021"): what someone says about a
  past period is the article's; a picture's caption dates its moment to the day or month. Only
  where layout.py's article test already applies (a sheet of credited captions).
"""

from __future__ import annotations

import re

# a time stamp and nothing else: "08:40 GMT", "10.42 uur", "14:32", "9h50", "7.05 Uhr", "11:20 CET"
TIME_LINE = re.compile(
    r"^\W{0,2}(?:[01]?\d|2[0-3])[.:h][0-5]\d\s{0,2}(?:am|pm|a\.m\.|p\.m\.|uur|Uhr|h|GMT|BST|CET|CEST|MEZ|UTC)?\W{0,2}$",
    re.IGNORECASE)
# "en page 24", "zie pagina 14", "auf Seite 12", "on page 30", "in our pages 4-5"
_PAGE = re.compile(r"\b(?:en|à la|zie|op|auf|siehe|on|see|in)\s(?:pages?|pagina's|pagina|seiten?|p\.)\s?\d{1,3}\b",
                   re.IGNORECASE)


def under_time_line(previous: str | None) -> bool:
    """The paragraph right above is a time stamp alone on its line."""
    return previous is not None and TIME_LINE.match(previous.strip()) is not None


def page_pointer(body: str) -> bool:
    """A pointer to another page of the paper."""
    return _PAGE.search(body) is not None


def speech_dated_by_year(speech: bool, date) -> bool:
    """Reported speech whose only date is a year (or none: layout.py handles that)."""
    return speech and date is not None and date.month is None and date.how != "relative"


# - a short quoted label is no speech: 'an "I voted" sticker', 'la pancarte « Non à la mine »',
#   'ein Schild mit der Aufschrift „Geschlossen“': two to four words in quotes with no
#   punctuation inside name a thing; speech has a clause and its comma or full stop
_QUOTED_LABEL = re.compile(r"[\"“„«]\s?(?:[^\W\d_][\w'’-]{0,20}\s){0,3}[^\W\d_][\w'’-]{0,20}\s?[\"”“»]")


def without_quoted_labels(body: str) -> str:
    """The text with short quoted labels blanked, for the reported-speech test."""
    return _QUOTED_LABEL.sub(" ", body)
