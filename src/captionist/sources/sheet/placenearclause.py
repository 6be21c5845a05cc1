"""The clause named just before ", near Y" (issue 9): what placenaturenear and placeworksnear read.

Both judge the name that ends at the comma before a plain near-word ("l'étang de X, près de Y",
"la centrale de X, près de Y"): the clause runs from the previous comma or full stop; a village
word in it keeps the gate (the name is a village's); the name is its capitalised last run, and
the small words before that run say which noun it follows.
"""

from __future__ import annotations

import re

ELISION = re.compile(r"\b([dlDL])['’](?=\w)")
# small words between a noun and the name: "l'étang de Thau", "the dunes of X", "het ven van X"
_LINKS = frozenset("de du des d' of the van het der den von".split())
# words that name a village or hamlet: the name after them keeps the gate
_VILLAGE = frozenset("village hamlet dorp gehucht buurtschap dorf weiler ortsteil hameau commune".split())
# the near-words these readings follow; "au-dessus de", "above", "boven", "oberhalb" are not among
# them: older sheets expect no town above a glacier or a plateau ("le refuge du Glacier X,
# au-dessus de Y"), so only plain nearness gives the town
_CLOSE = frozenset("près de|près d'|près d’|non loin de|near|close to|bei|nahe|bij|vlak bij".split("|"))


def clause_words(text: str, comma: int, town: int) -> list[str] | None:
    """The words of the clause that ends at `comma` when a plain near-word is all that stands
    between the comma and the town at `town` and no village word is among them; else None.
    Elisions are split as the caption is ("l' étang")."""
    if " ".join(text[comma + 1:town].split()).casefold() not in _CLOSE:
        return None
    start = max(text.rfind(",", 0, comma), text.rfind(".", 0, comma)) + 1
    words = re.findall(r"[\w'’-]+", ELISION.sub(r"\1' ", text[start:comma]))
    return None if any(w.casefold() in _VILLAGE for w in words) else words


def name_run(words: list[str]) -> tuple[list[str], list[str]]:
    """The capitalised run that ends the clause (the name), and the words before it, casefolded,
    without the linking words right before the name ("la centrale de" -> "la centrale")."""
    n = len(words)
    while n and words[n - 1][:1].isupper():
        n -= 1
    run, before = words[n:], [w.casefold() for w in words[:n]]
    while before and before[-1] in _LINKS:
        before.pop()
    return run, before
