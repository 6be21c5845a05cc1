"""speed38: word_hits kept per (caption, name), find_venue's word test before its token scan;
both give what the slower way gave, on captions of our own."""

from __future__ import annotations

import re

from captionist.sources.sheet import placevenues
from captionist.sources.sheet.placetokens import word_hits

_CAPTIONS = (
    "Fans warten vor dem Stadion in Lens-Nord auf den Bus nach Lens.",
    "Een agent loopt over de Erasmusbrug in Rotterdam, Rotterdamse agenten kijken toe.",
    "Visitors queue outside the Louvre in Paris on a rainy Sunday morning.",
    "Des manifestants devant la gare de Lyon-Part-Dieu, à Lyon, samedi.",
    "Nothing here names a place at all, only a dog in a park.",
    "Kinder spielen am Brandenburger Tor in Berlin.",
)


def _slow_hits(text, word, hyphen_after=False, hyphens_join=True):
    edge = r"[\w-]" if hyphens_join else r"\w"
    after = r"(?![\w])" if hyphen_after or not hyphens_join else r"(?![\w-])"
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!{edge})" + re.escape(word) + after, text)]


def test_word_hits_are_the_patterns_hits_and_kept():
    for text in _CAPTIONS:
        for word in {*re.findall(r"[\w-]+", text), "Lens", "Lyon", "Rotterdam"}:
            for flags in ((False, True), (True, True), (False, False)):
                got = word_hits(text, word, *flags)
                assert isinstance(got, tuple)
                assert [(h.start(), h.end()) for h in got] == _slow_hits(text, word, *flags), (text, word, flags)
                assert word_hits(text, word, *flags) is got     # asked again: the same answer, not searched again


def _slow_venue(text):
    """find_venue without the word test (the tree before speed38)."""
    table = placevenues._venues()
    keys = table.keys()
    saved = placevenues._venues
    try:
        # a table whose keys test says "maybe" for every caption: the scan alone decides
        class _Always(dict):
            def keys(self):
                return _NeverDisjoint()
        placevenues._venues = lambda: _Always(table)
        return placevenues.find_venue(text)
    finally:
        placevenues._venues = saved
        assert placevenues._venues().keys() == keys


class _NeverDisjoint:
    def isdisjoint(self, other) -> bool:
        return False


def test_find_venue_word_test_changes_nothing():
    for text in _CAPTIONS:
        assert placevenues.find_venue(text) == _slow_venue(text), text
    assert any(placevenues.find_venue(text) is not None for text in _CAPTIONS), "a venue of the table is named"


def _slow_between(text, s):
    from captionist.sources.sheet import placetokens as pt
    return any(pt._PAIR_REST.fullmatch(text, m.end(), s) or pt._PAIR_QUALIFIED.fullmatch(text, m.end(), s)
               for m in pt._BETWEEN.finditer(text, max(0, s - 60), s))


def test_between_word_test_changes_nothing():
    from captionist.sources.sheet.placetokens import _between
    texts = (
        "Lastwagen stauen sich auf der Brücke zwischen Frankfurt (Oder) und Słubice.",
        "De veerpont vaart tussen Vlissingen en Breskens, ook op zondag.",
        "Traffic on the road between Dover, England, and Calais is slow.",
        "Un train circule entre Lille et Bruxelles ce matin.",
        "Le président entre dans Paris en voiture.",
        "Between rounds in Leeds, the players rest.",
        "Ein Zug fährt von Köln nach Bonn, weit weg von jedem Zwischenhalt in Siegburg.",
    )
    seen = set()
    for text in texts:
        for s in (i for i in range(1, len(text)) if text[i].isupper() and text[i - 1] == " "):
            got = _between(text, s)
            assert got == _slow_between(text, s), (text, text[s:s + 12])
            seen.add(got)
    assert seen == {True, False}
