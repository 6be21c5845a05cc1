"""Which of the sheet languages (nl, en, de, fr) a text is in.

Counting short function words ("het", "the", "der", "les"...) is enough to tell these
four apart in a caption or a whole sheet, needs no model and no extra dependency, and
looks at a bounded number of words. The sheet's language is used for every caption
unless a caption's own words clearly say otherwise (see parser.py).
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice

LANGS = ("nl", "en", "de", "fr")

_FUNCTION_WORDS = {
    "nl": "het een op van werd wordt door dat niet ook aan uit over tijdens nadat naar bij met voor zijn is "
          "stad na hun haar worden wordt zich nabij terwijl gisteren vandaag noordelijke zuidelijke "
          "oostelijke westelijke",
    "en": "the of and on at an is are was were with for by from near after during as his their "
          "city while outside its this that who yesterday today through into amid against before "
          "behind across towards toward around northern southern eastern western",
    "de": "der das und im am von mit ist wird ein eine einer bei nach auf dem sich den zum zur "
          "nahe stadt während wurde werden gestern heute über für nördlichen südlichen östlichen westlichen",
    "fr": "le la les du et au aux une un est sont dans sur avec pour près lors après ville "
          "pendant qui été",
}
_FW = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
# word -> the languages it is a function word of, in LANGS order (one lookup a word)
_LANGS_OF = {w: tuple(lang for lang in LANGS if w in _FW[lang]) for words in _FW.values() for w in words}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]{0,40}")


def detect_language(text: str, default: str = "en", max_words: int = 4000) -> tuple[str, int]:
    """(language, margin): the language whose function words occur most."""
    lang, margin, _ = language_counts(text, default, max_words)
    return lang, margin


def language_counts(text: str, default: str, max_words: int) -> tuple[str, int, Counter]:
    """(language, margin over the runner-up, function words counted per language);
    a tie goes to `default` when it is among the leaders."""
    counts = Counter()
    # every match is a character or more, so a text of max_words characters or fewer holds no
    # more words than that: one findall (a caption); a longer text (a sheet) stops at the bound
    if len(text) <= max_words:
        words = _WORD.findall(text)
    else:
        words = [m.group() for m in islice(_WORD.finditer(text), max_words)]
    for langs in filter(None, map(_LANGS_OF.get, map(str.lower, words))):
        for lang in langs:      # counted in the order met, as ties are read from it below
            counts[lang] += 1
    if not counts:
        return default, 0, counts
    ranked = counts.most_common()
    best, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if top == second:
        return (default if counts[default] == top else best), 0, counts
    return best, top - second, counts

