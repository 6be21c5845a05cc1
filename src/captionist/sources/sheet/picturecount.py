"""A gallery's picture counter (issue 9, strays46): the number a gallery page prints with each
picture, in every style pasted pages bring: "1 of 8", "1/8", "1 / 8", "(1/8)", "[3/12]",
"Bild 1 von 8", "Foto 1 van 8", "Photo 1 sur 8", "Image 3 of 12", "Foto 3/8". It is no part
of the description, wherever it stands:

- at the start, on the caption's line or its own line above it ("1 of 8 Hut wardens close
  ...", "Bild 2 von 9: Ein Bagger ..."): taken off by `layout.strip_numbering`, which also
  takes off "1. " and the page's "Image caption," label;
- at the end, after the credit or the last sentence ("... Austria. (AP Photo/X) 1 of 8",
  "... lundi. Photo : X (3/9)"): taken off the paragraph before its credit is looked for
  (`without_counter`), or the credit would not end the paragraph;
- alone on its line or paragraph: page furniture (`counter_only`).

A counter is two numbers of at most three digits, the first no greater than the second, the
second at least 2, joined by a slash or by the word "of" of one of the four languages, with or
without a picture word before them (a data table: `_PICTURE`). Without a picture word, brackets
or a slash, a counter at the start must be followed by a capital or a separator ("3 of 5
finalists ..." is a sentence); at the end it must follow the end of a sentence or a credit
(".", ")", "»": "le 3/9" is a date).
"""

from __future__ import annotations

import re

from .credits import find_credit

# picture words a page prints before the two numbers, in the four languages
_PICTURE = ("foto", "fotos", "photo", "photos", "bild", "bilder", "image", "images", "afbeelding", "beeld",
            "picture", "pic", "slide", "diapo", "diapositive", "abbildung", "abb.", "aufnahme", "cliché")
# the word between the two numbers ("1 of 8", "1 van 8", "1 von 8", "1 sur 8", "1 de 8", "1 uit 8", "1 aus 8")
_OF = ("of", "van", "von", "sur", "de", "uit", "aus")
# words that may lead a counter alone on its line: "Gallery: 1 of 9", "Fotoserie 2/12"
_GERMAN_OF = re.compile(r"\s(?:von|aus)\s", re.IGNORECASE)
_GALLERY = ("gallery", "galerie", "bildergalerie", "fotoserie", "fotostrecke", "fotogalerij", "diaporama",
            "album", "slideshow", "portfolio")

_N = r"(\d{1,3})"
_PIC = r"(?:" + "|".join(re.escape(w) for w in _PICTURE) + r")"
_JOIN = r"(?:\s{0,2}/\s{0,2}|\s{1,2}(?:" + "|".join(_OF) + r")\s{1,2})"
# the numbers, labelled or not, bracketed or not; group "pic" marks a picture word, "br" a bracket
_CORE = (r"(?P<pic>" + _PIC + r"\.?\s{1,2}(?:n[°o]\.?\s{0,2})?)?"
         r"(?:(?P<br>[(\[])" + _N + _JOIN + _N + r"[)\]]|" + _N + _JOIN + _N + r")")

# at the start: then a separator, a line end or a space (`start_counter` judges what follows a space)
_START = re.compile(r"\W{0,2}?" + _CORE + r"(?P<sep>\s{0,2}[:.)|\-\u2013\u2014\u2022\u00b7]\s{1,3}|\s{1,3}|"
                    r"\s{0,2}\n\s{0,3})(?=\S)", re.IGNORECASE)
# at the end: after whitespace, with at most a bracket or full stop after it
_END = re.compile(r"(?P<before>[.!?…)\]»”\"'|])?\s{1,3}(?:[|\-\u2013\u2014\u2022\u00b7]\s{1,2})?" + _CORE +
                  r"\s{0,2}[.]?\s{0,2}$", re.IGNORECASE)
_ALONE = re.compile(r"\W{0,3}(?:(?:" + "|".join(_GALLERY) + r")\s{0,2}[:|\-\u2013]?\s{0,2})?" + _CORE
                    + r"\W{0,3}$", re.IGNORECASE)


def _counts(m: re.Match) -> bool:
    """One picture of a gallery of two or more: "1 of 8", not "9 of 3" nor "1/1"."""
    first, last = (int(g) for g in m.groups() if g and g.isdigit())   # the only groups of digits
    return 1 <= first <= last and last >= 2


def _plain(m: re.Match) -> bool:
    """Two numbers and a word, with no picture word nor bracket nor slash: "1 of 8"."""
    return m.group("pic") is None and m.group("br") is None and "/" not in m.group(0)


def start_counter(text: str) -> int:
    """Where the caption starts after its counter ("1 of 8 Hut wardens ..." -> 7), or 0. "3 of
    5 finalists ...": two numbers and a word before a small letter are the sentence's; so are
    they before any word after German "von"/"aus", which capitalises every noun ("2 von 3
    Bussen ..."): there a colon, a dash or a line end must follow."""
    m = _START.match(text)
    if m is None or not _counts(m):
        return 0
    if _plain(m) and not m.group("sep").strip() and "\n" not in m.group("sep"):
        nxt = text[m.end()]
        if _GERMAN_OF.search(m.group(0)) or not (nxt.isupper() or nxt.isdigit() or nxt in "\"'“‘«„"):
            return 0
    return m.end()


def without_counter(par: str) -> str:
    """The paragraph without a counter at its end ("... (AP Photo/X) 1 of 8" -> "... (AP
    Photo/X)"); a counter after no sentence end nor credit is kept when it has no picture
    word or bracket ("le 3/9" is a date, "won 2 of 3" a score)."""
    if len(par) < 8 or not par[-1:].isdigit() and par[-1:] not in ")].":
        return par       # the cheap gate: a counter ends in a digit, a bracket or a full stop
    m = _END.search(par[-60:])
    if m is None or not _counts(m):
        return par
    cut = len(par) - 60 + m.start() if len(par) > 60 else m.start()
    if m.group("before") is not None:
        cut += len(m.group("before"))
    head = par[:cut].rstrip()
    if m.group("pic") is None and m.group("br") is None and m.group("before") is None \
            and (not head or find_credit(head) is None):
        return par      # "le 3/9", "won 2 of 3"; but "... Foto ANP / Remco Bos 2 van 8" ends in its credit
    return head if head else par


def counter_only(text: str) -> bool:
    """A line or paragraph that is only a counter: "1 of 8", "Bild 3 von 14", "(2/9)",
    "Gallery: 1 of 9"."""
    if len(text) > 60:
        return False
    m = _ALONE.match(text.strip())
    return m is not None and _counts(m)
