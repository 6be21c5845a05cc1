"""A Dutch town whose own name opens with its article ("De Lier", "Den Helder", "Het Loo",
"De Bilt") is always written with it: "in Lier" is Lier, Belgium, never De Lier, Netherlands
(issue 9, recall23frnl, nl-48). A mention written without the article drops such towns from
its candidates, when another candidate that bears the written name as its own name is left.
French names are not touched: "au Mans", "du Havre" contract their article away.
"""

from __future__ import annotations

from .gazetteer import norm

_ARTICLES = ("de ", "den ", "het ", "'t ")


def drop_article_towns(facts) -> None:
    """Drop from each mention the Dutch towns named "<article> <written name>"."""
    for m in facts.mentions:
        if not m.cities or len(m.cities) < 2:
            continue
        written = norm(m.text.strip())
        if written.startswith(_ARTICLES):
            continue
        own = [c for c in m.cities if norm(c["name"]) == written]
        keep = [c for c in m.cities if not (c["countrycode"] in ("NL", "BE")
                                            and norm(c["name"]) in {a + written for a in _ARTICLES})]
        if own and len(keep) < len(m.cities):
            m.cities[:] = keep
