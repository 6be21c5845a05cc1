"""A German noun is no village abroad (issue 9, fold39).

The index finds a village for many a capitalised word, and German capitalises every noun:
"fährt beim Slalom durch die Tore" (Tore, gates) was written as Töre, a Swedish village of a
thousand people (the name without its accent), and the sheet's other caption in Sweden made
Sweden the sheet's country. German writes a town without an article ("in Sölden", "durch
Gurgl"); a capitalised word right after one, wherever the caption writes it, is a noun ("durch
die Tore", "über den Kamm", "an einem Becken"), not a place. Such a word is taken as a village
(under TOWN people) only when the caption itself names the village's country or one of its
regions, or binds it ("X, Land"): the sheet's country is no evidence, since the noun itself
may have made it. The city is taken back and the record's warning names it.

Not touched: adjectives ("die Zürcher Polizei", read as the town's adjective), names that carry their article ("Den Haag", "La Spezia" are matched whole), towns
of TOWN people or more, and captions in other languages (Dutch, English and French nouns are
not capitalised: "the Dorohusk border crossing", "de Hoek" are names).
Measured with bench/place_fold_word.py on the tuned part (figures in docs/sheets.md, fold39).
"""

from __future__ import annotations

from .placetokens import word_hits

# German articles and determiners: a capitalised word right after one is a noun
_ARTICLES = {"de": frozenset("der die das den dem des ein eine einen einem einer eines".split())}
_TOWN = 15000      # placegate.TOWN: a village is smaller

WARNING = "place not written: {x} ({city}, {a2}: a noun of the caption's language, not a village it names)"


def noun_after_article(written: str, text: str, lang: str) -> bool:
    """The written name is a noun of the caption's language: a single word right after an
    article wherever the caption writes it ("durch die Tore"; not "in Sölden")."""
    articles = _ARTICLES.get(lang)
    if not articles or not written or " " in written.strip() or "-" in written:
        return False
    # the hits of (?<!\w)written(?!\w), found with str.find: a pattern compiled per written name
    # overflowed re's cache (~300 compiles per 2,000 corpus captions, parse44)
    before = [text[:hit.start()].split()[-1:] for hit in word_hits(text, written, hyphens_join=False)]
    return bool(before) and all(b and b[0].casefold() in articles for b in before)


def word_taken(m, city: dict, text: str, lang: str, facts) -> bool:
    """m, which names `city`, is a noun of the caption's language and nothing in the caption
    points to the village's country (see the module docstring)."""
    if m.binds or m.demonym or city.get("adjective") or (city.get("population") or 0) >= _TOWN:
        return False
    if city["countrycode"] in (*facts.countries_seen, *(r[0] for r in facts.regions_seen)):
        return False
    return noun_after_article(m.text, text, lang)


def word_not_village(text: str, lang: str, facts, place) -> None:
    """Take back a village that the caption wrote only as a noun (see the module docstring)."""
    m, city = place.mention, place.city
    if city is None or m is None or not word_taken(m, city, text, lang, facts):
        return
    keep = place.country if place.country in facts.countries_seen else None
    place.take_back(WARNING.format(x=m.text, city=city["name"], a2=city["countrycode"]), keep)
