"""One caption's words, read once (issue 9: "2,000 captions in under 2 s").

The place finder (places.py) and the rules that mark what it found (placeorigin.mark_origins
and the place*.py modules it calls, placevenues, placecrossing) each used to scan the caption
again for the same things: its quotations, its words, its lower-cased text. `caption_words`
reads them once per caption text and keeps the last few tables, so every reader of the same
text gets the same frozen object (the text is the key: placevenues masks a venue's words and
reads the masked text as another caption).

What the table holds (all but the quotations made on first use: `find_venue` reads only those,
also of fragments that no other rule reads, and most captions need neither `low` nor `lower`):
  tokens  (start, end, word, elided) for each word (placetokens._tokens: "d'Odessa" gives
          "Odessa" marked elided, "Kyiv's" gives "Kyiv");
  quoted  the (start, end) spans of quotations (words._QUOTED: speech names no place);
  low     the text casefolded (for substring tests: "any(stem in low ...)");
  lower   the set of its words (re's \\w+ runs) lower-cased: a rule whose pattern needs a word
          that most captions lack asks `table.has(...)` before running it.

Porting a rule: `words = caption_words(text)` in the rule (same `(facts, text)` signature), then
`words.quoted` for `[(m.start(), m.end()) for m in _QUOTED.finditer(text)]`, `words.low` for
`text.casefold()`, and a precheck `if not words.has("stade", "stadium"): return` before a
pattern that cannot match without one of those words as a whole \\w+ run (the pattern has an edge
or a non-word character on both sides of it; else test a substring of `low`). A rule that finds
where a mention's name is written uses `word_starts(text, m.text)` (module function), never a
pattern built from the name: thousands of names overflow re's cache of compiled patterns.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from captionist.places.words import _QUOTED

from .placetokens import _tokens

_RUN = re.compile(r"\w+")


@dataclass(frozen=True)
class CaptionWords:
    text: str
    quoted: tuple[tuple[int, int], ...]

    @functools.cached_property
    def tokens(self) -> tuple[tuple[int, int, str, bool], ...]:
        return tuple(_tokens(self.text))

    @functools.cached_property
    def low(self) -> str:
        return self.text.casefold()

    @functools.cached_property
    def lower(self) -> frozenset[str]:
        return frozenset(w.lower() for w in _RUN.findall(self.text))

    def has(self, *words: str) -> bool:
        """Any of these lower-cased words is a whole word (a \\w+ run) of the caption."""
        return not self.lower.isdisjoint(words)

    def in_quote(self, at: int) -> bool:
        """The offset at lies inside a quotation."""
        return any(s <= at < e for s, e in self.quoted)


def word_starts(text: str, name: str):
    """The offsets where `name` starts a word of `text` (re's `(?<!\\w)` + the escaped name,
    left to right without overlaps, as `finditer` gives them): a plain `str.find` loop, since
    a pattern made per name (thousands of town names over a corpus) overflows re's cache of
    compiled patterns and is compiled again on nearly every call."""
    if not name:
        yield from (m.start() for m in re.finditer(r"(?<!\w)", text))
        return
    at = text.find(name)
    while at >= 0:
        if not at or not (text[at - 1].isalnum() or text[at - 1] == "_"):
            yield at
            at = text.find(name, at + len(name))
        else:
            at = text.find(name, at + 1)


@functools.lru_cache(maxsize=16)
def _beside(words: str) -> tuple[re.Pattern, re.Pattern]:
    return re.compile(rf"(?i)\s+(?:{words})\b"), re.compile(rf"(?i)\b(?:{words})\s+$")


def demonyms_beside(mentions, text: str, words: str, reach: int):
    """The free town adjectives among `mentions` (written as a demonym, bound to nothing) whose
    first spelling in `text` stands right before one of `words` (a regex alternation of word
    forms, any case) or within `reach` characters after one: `De Leidse schrijfster`,
    `le pont romain de X` (placeadjectivenoun)."""
    after, before = _beside(words)
    for m in mentions:
        if not m.demonym or m.binds:
            continue
        at = next(word_starts(text, m.text), -1)
        if at >= 0 and (after.match(text, at + len(m.text)) or before.search(text[max(0, at - reach):at])):
            yield m


@functools.lru_cache(maxsize=32)
def caption_words(text: str) -> CaptionWords:
    """The table of `text` (built on first use, then shared; see the module docstring)."""
    return CaptionWords(text, tuple((m.start(), m.end()) for m in _QUOTED.finditer(text)))
