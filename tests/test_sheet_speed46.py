"""speed46: `placeredteam.mark_asides`, the costliest fact-marking rule, asks its trigger stems in
an order that stops early (the same set, so the same answer) and finds each mention's spot once
per caption (`_at`, kept); each gives what it gave before, on captions of our own."""

from __future__ import annotations

import re

from captionist.sources.sheet import placeredteam


_CAPTIONS = (
    "Erntehelfer pflücken Hopfen im bayerischen Neustadt an der Donau, 3. September 2024.",
    "Ein Winzer aus dem hessischen Eltville zeigt Trauben in Rüdesheim.",
    "Een boer uit het Brabantse Oss rijdt met zijn trekker door Uden.",
    "Le village savoyard de Bonneval-sur-Arc sous la neige, le 2 janvier 2023.",
    "Fishermen unload their catch in Peniche, Portugal, on 12 May 2022.",
    "Kinder spielen im Schnee in Kiew, 24. Februar 2022.",
    "Ein fränkischer Winzer bei der Lese nahe Würzburg.",
    "Bergleute feiern im sächsischen Freiberg das Ende der Schicht.",
    "Schaatsers op de ijsbaan in het Twentse Hengelo, zaterdag.",
)


def test_stems_are_the_same_set():
    assert sorted(placeredteam._STEMS_FIRST) == sorted(placeredteam._STEMS)
    assert len(placeredteam._STEMS_FIRST) == len(placeredteam._STEMS)


def test_at_kept_is_the_plain_search():
    plain = placeredteam._at.__wrapped__
    for text in _CAPTIONS + ("Paris-Roubaix, Paris: Paris", "Berlin-born artist in Berlin"):
        for word in {*re.findall(r"[\w'’-]+", text), "Paris", "Berlin", "Oss"}:
            assert placeredteam._at(text, word) == plain(text, word), (text, word)
