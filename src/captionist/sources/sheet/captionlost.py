"""Captions the layout lost (issue 9, found; found27): a short caption whose shape alone
reads like a headline, but whose credit shows it is a picture's caption.

- A short caption without a full stop over a credit alone in the next paragraph
  ("Ayr United fans in the away end at Somerset Park" over "Photograph: Ross Duthie/SNS
  Group", "Les rues inondées de Soignies" over "Photo : Lecteur Sudinfo"): the credit may
  go up to it. Only a paragraph after the sheet's first (the page's title is never a
  caption), of four words or more (not "Key events", not a time stamp "10.42 uur"), that
  is no date heading, time stamp, byline or gallery title.
"""

from __future__ import annotations

import re

from .dates import MONTH_RE
from .strayposts import TIME_STAMP

_FINAL = re.compile(r"[.!?…:;][\"'”’)\]]{0,2}\s*$")
_LETTERS = re.compile(r"[^\W\d_]{2,}")
# a gallery's or live page's title words, never a picture's caption
_TITLE_WORDS = re.compile(r"\b(?:live|liveblog|ticker|newsblog|direct|in pictures|in beeld|in bildern|en images|"
                          r"key events|updates?)\b|\|", re.IGNORECASE)
# a byline: "Par notre envoyée spéciale, ...", "By our correspondent", "Door onze verslaggever"
_BYLINE = re.compile(r"^(?:by|door|von|par|texte?|tekst|reportage|interview|tekst en foto's)\s", re.IGNORECASE)
_TIME_ONLY = re.compile(r"^\W{0,2}(?:[01]?\d|2[0-3])[.:h][0-5]\d\b")


def short_caption_above(units: list[tuple[int, str, str | None]], alone: list, j: int) -> bool:
    """Unit `j` is a short caption without final punctuation right above a credit alone
    in its own paragraph (see the module docstring)."""
    if j == 0 or j + 1 >= len(units) or alone[j + 1] is None or units[j + 1][2] is not None:
        return False
    par = units[j][1]
    words = par.split()
    if not 4 <= len(words) <= 20 or len(par) > 160 or _FINAL.search(par):
        return False
    if TIME_STAMP.match(par) or _TIME_ONLY.match(par) or _TITLE_WORDS.search(par) or _BYLINE.match(par):
        return False
    # a caption's words are mostly lower case: a title in capitals or title case is no caption
    low = sum(1 for w in _LETTERS.findall(par) if w[0].islower())
    return low >= 2


# - A caption sentence followed by a short credit the credit table does not know ("...
#   Tschechien. ČTK/Jaroslav Kubíček/dpa", "... Zele. Lezersfoto: Hilde Bogaert", "...
#   Newport. Huw Evans Agency", "... gendarmerie. Gendarmerie nationale") or by a short
#   note in brackets ("... La Rochelle. (Image d'archives)"): without the credit cut off the
#   paragraph ends without a full stop and read as a headline. Only after a caption in a
#   sheet of credited captions, where a picture's caption is the rule, or before it with a
#   picture's label ("Lezersfoto:", "Leserfoto:", "Photo de lecteur :").
# (a full stop inside a word is a web address's: "Katharina Moser / APA / picturedesk.com"; strays28)
_SENTENCE_THEN_TAIL = re.compile(r"[.!?…][\"'”’)\]]{0,2}\s{1,3}(?=\S(?:[^.!?…]|\.(?=\w)){0,58}$)")
# a label of one to three words before the credit: "Lezersfoto:", "Leserreporter:", "Photo :",
# "Capture d'écran :", "Photo de lecteur :"
_LABEL = re.compile(r"^[^\W\d_][\w'’-]{1,24}(?:\s[\w'’-]{1,15}){0,2}\s{0,2}:\s{1,2}(?=\S)")
_NOTE = re.compile(r"^\((?:[^()\d]{3,40})\)$")
_DIGIT = re.compile(r"\d")
_HANDLE = re.compile(r"@\w{1,30}")      # "X / @Prefet73": a handle's digits are no date
# a numbered list ("Meest gelezen 1. Storm ... 2. Dak ... 3. Zo bescherm ..."): no caption and its credit
_MONTH_NEXT = re.compile(r"(?:" + MONTH_RE + r")\b", re.IGNORECASE)
_LIST_ITEM = re.compile(r"(?:^|\s)\d{1,2}\.\s{1,2}[A-ZÀ-Þ]")
# a pointer after the caption, no credit: "Lire aussi notre analyse", "Video: @Name via X"
_POINTER = re.compile(r"^(?:lire|lees|read|lesen|voir|vid[eé]o|audio|mehr|meer|more|bekijk|kijk|watch|see|"
                      r"listen|luister|écouter|podcast|live)\b", re.IGNORECASE)
_PHOTO_WORD = re.compile(r"foto|photo|bild|beeld|image|picture", re.IGNORECASE)


def lost_caption_tail(body: str, among: bool):
    """(credit or None, the caption's text) for a caption whose credit or note after its
    last full stop the credit table missed, or None (see the comment above)."""
    from .credits import default_credit  # the same parsing as a credit given on the command line

    if _FINAL.search(body) or len(body) > 400:
        return None
    m = None
    for m in _SENTENCE_THEN_TAIL.finditer(body):
        pass
    if m is None:
        return None
    head, tail = body[:m.start() + 1].rstrip(), body[m.end():].strip()
    label = _LABEL.match(tail)
    named = tail[label.end():] if label else tail    # "Pic: Aoife Redmond for The Irish Times" (strays28)
    if len(head.split()) < 4 or not 1 <= len(named.split()) <= 6 or _DIGIT.search(_HANDLE.sub("", tail)) or len(_LIST_ITEM.findall(body)) >= 2:
        return None
    if "|" in body or _MONTH_NEXT.match(tail) and head[-2:-1].isdigit():
        return None     # "Liveticker | Die Lage am Sonntag, 9. Juli": a title, and a German date's full stop
    if _NOTE.match(tail):
        return None, body      # "(Image d'archives)": a caption without credit, the note stays
    if not (tail[0].isupper() or tail[0] == "©") or _POINTER.match(tail):
        return None
    if not among and not (label and _PHOTO_WORD.search(label.group(0))):
        return None  # before the first caption only a picture's label ("Lezersfoto:") says so
    credit = default_credit(tail[label.end():] if label else tail)
    if credit is None:
        return None
    return credit, body[:m.start() + 1].rstrip()


# - A reader's picture credited before its text (fields34): "Leserfoto von Name aus Town: Die
#   Pilger ...", "Lezersfoto van Name uit Town: ...", "Reader's photo by Name of Town: ...",
#   "Photo de lecteur de Name, de Town : ...": the reader is the credit and the creator, the
#   text (label included, it says where the reader lives) the caption.
_READER_LEAD = re.compile(
    r"^(?:Leserfoto|Leserbild|Lezersfoto|Reader['’]s (?:photo|picture)|Photo (?:de|d['’]un) lecteur|Photo de lectrice)"
    r"\s(?:von|van|by|de)\s(?P<n>[A-ZÀ-Þ][\w'’-]{1,30}(?:\s(?:[A-ZÀ-Þ][\w'’-]{1,30}|van|de|der|von|den|ter|le|la)){1,3})"
    r"(?:,?\s(?:aus|uit|from|of|de|d['’]|in)\s?[A-ZÀ-Þ][\w'’. -]{1,40}?)?\s{0,2}:\s{1,2}(?=\S)")


def reader_photo_lead(body: str):
    """The reader's credit when the caption opens with "Leserfoto von Name (aus Town):", else None."""
    from .credits import default_credit

    m = _READER_LEAD.match(body)
    return default_credit(m.group("n")) if m else None
