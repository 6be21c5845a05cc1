"""Where a caption's sentences begin and end (issue 9, sentence36), for the rule that the first
sentence says where the picture is (placefirst.py).

A point, "!", "?" or "…" ends a sentence when white space and a capital or a digit follow it
(after closing quotes or brackets), except after what a point does not end:
- an abbreviation of the word table below ("St. Annenkirche", "Dr. Aylin Demir", "Nov. 24",
  "Sen. Claire Whitmore", "Mme Roux", "M. Dupont", "Prof. Janssen", "bzw. Kiel");
- an initial or a dotted acronym ("M. A. Chidambaram Stadium", "the U.S. Open", "(M.)",
  "z.B.");
- a number of one or two digits (German ordinals and dates: "am 30. November", "Fans des 1.
  FC", "GREIN, 16. 9."), a Roman numeral ("Papst Leo XIV. besucht"); a year ends a sentence
  ("... im Mai 2026. Die Feuerwehr") unless a month follows.
A split missed costs nothing (the caption is read as one sentence, as before); a split made
inside a sentence would set half of it apart, so every doubt keeps the words together.

The caption's first unit is its first sentence, with a label before it counted together with
what follows: a question the caption then answers ("Toulouse ? Non : ... à Montauban"), and a
sentence of four words or fewer ("Archivbild.", "Matignon, jeudi 26 novembre.", "14.32 Uhr.").
A label ending in a colon ("Gestern Abend: ...", "Archive: ...") ends no sentence at all.
"""

from __future__ import annotations

import re

# what a point does not end, casefolded, in the four languages: titles, ranks, saints, months,
# days, numbers, street kinds, shortened parts of town names ("Hann. Münden", "Sta. Cruz") and the
# common shortenings of running text
ABBREVIATIONS = frozenset("""
st ste sts mt ft pt dr drs mr mrs ms mme mmes mlle mlles mgr me m mm messrs prof pr rev gov sen rep gen
lt col capt cpt sgt cpl pvt maj adm cmdr cdr supt insp det hon rt pres atty jr sr sra srta
no nos nr nrs num vs v ca approx fig vol p pp cf env resp vgl bzw sog inkl ggf evtl usw zb ua va
jan feb febr mar apr jun jul aug sep sept oct okt nov dec dez janv févr fevr avr juil sept déc
mon tue tues wed thu thur thurs fri sat sun mo di mi do fr sa so ma wo vr za zo
ave av blvd bd boul rd str pl co corp inc ltd bros gebr
hann sta sto hl sel kath ev röm jh jhd mio mrd tel abb dipl ing ir mag univ dhr mevr mw jhr ds pg blz mln mld bijv evt
""".split())

_END = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)")
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")
_ROMAN = re.compile(r"^[IVX]{2,5}$")
_MONTHS = frozenset("""
januar februar märz april mai juni juli august september oktober november dezember jänner
january february march may june july october december
januari februari maart mei augustus
janvier février mars avril juin juillet août septembre octobre novembre décembre
""".split())
LABEL_WORDS = 4


def _ends_here(text: str, m: re.Match) -> bool:
    """The sentence ends at match m (see the module docstring)."""
    nxt = text[m.end():m.end() + 40].lstrip()
    nxt = nxt.lstrip("\"'„“«‘([")
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    if text[m.start()] != ".":
        return True     # "!", "?", "…" (a question is set apart as a label: first_unit)
    before = _TOKEN_BEFORE.search(text, 0, m.start())
    if before is None:
        return True
    word = before.group(1)
    if "." in word.strip("."):
        return False        # "U.S.", "z.B.", "D.C."
    word = word.strip(".")
    if len(word) == 1 and word.isalpha():
        return False        # an initial ("M. A. Chidambaram"), "(M.)"
    if word.casefold() in ABBREVIATIONS or _ROMAN.match(word):
        return False
    if word.isdigit():
        if len(word) <= 2:
            return False    # "am 30. November", "des 1. FC", "16. 9."
        follower = re.match(r"[^\W\d_]+", nxt)
        return not (follower and follower.group().casefold() in _MONTHS)
    return True


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of text, in order, covering it all."""
    spans, start = [], 0
    for m in _END.finditer(text):
        if _ends_here(text, m):
            spans.append((start, m.end()))
            start = m.end()
    spans.append((start, len(text)))
    return [s for s in spans if text[s[0]:s[1]].strip()] or [(0, len(text))]


def first_unit(text: str) -> int:
    """Where the caption's first unit ends: its first sentence, with the labels before it counted
    together with what follows (module docstring); len(text) when it is one sentence."""
    spans = sentence_spans(text)
    k = 0
    while k < len(spans) - 1:
        piece = text[spans[k][0]:spans[k][1]].strip()
        if piece.rstrip("\"'»”’)] ").endswith("?") or len(piece.split()) <= LABEL_WORDS:
            k += 1
            continue
        break
    return spans[k][1] if k < len(spans) - 1 else len(text)
