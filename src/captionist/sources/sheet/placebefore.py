"""German "vor" before a town (issue 9, recall22de): "Segler vor Travemünde", "Wattwanderer im
Schlick vor Otterndorf", "ein Löschflugzeug nimmt vor Fethiye Wasser auf". The finder reads it
like "near" (places.find_places: "vor" is in words._NEAR), so the gate writes the town only when
the caption names no other place; "vor dem Brandenburger Tor" is a building, not a town.

"vor" is also the word of a ranking: "Bayern gewinnt vor Leipzig", "Vingegaard siegt knapp vor
Pogačar", "Platz zwei vor Freiburg", "zehn Sekunden vor Bremen". There the name is a rival (a
team, a rider), never where the picture is: a mention after "vor" with a word of winning or
ranking among the three words before it is part of another name (in_name), which the gate
never writes. So is the "vor" of a road approaching a town ("ein Stau auf der A9 kurz vor
Berlin", "wenige Kilometer vor Hamburg"): before the town, not in it.

"vor" is also part of phrases ("vor Ort", "vor Gericht"): after it only a town's own name is
read (Ort is only another name of Ort im Innkreis, Austria). A capitalised word right after
"vor" and an article is read as before "vor" was a cue: the article's noun ("vor dem Altar"
is no Altar, Mexico) or a town's adjective before a noun ("vor dem Berliner Olympiastadion");
a lower-case adjective between them leaves the town ("vor dem brandenburgischen Nauen").
"""

from __future__ import annotations

import re

from captionist.places.words import ADJECTIVE, UNCUED

from .gazetteer import load_gazetteer, norm

# words of a result or a ranking, in the three words before "vor"
_RANK = frozenset(norm(w) for w in (
    "gewinnt gewann gewinnen gewonnen siegt siegte siegen gesiegt führt führte führen landet landete "
    "landen rangiert rangierte bleibt blieb platz platzierung rang rängen tabelle tabellenführer "
    "knapp knappe deutlich klar sieg siege vorsprung punkt punkte punkten sekunde sekunden minute "
    "minuten tor tore toren meter zentimeter erster erste zweiter zweite dritter dritte vierter "
    "vierte fünfter fünfte ins ziel zieleinlauf endspurt finale wertung gesamtwertung etappe "
    "gold silber bronze podium weltmeister meister "
    # a road approaching the town
    "kurz unmittelbar wenige kilometer km stau staus autobahn").split())
_ROAD = re.compile(r"[ABLK]\d{1,3}")
_WORD = re.compile(r"[^\W\d_][\w-]*|\d+")


def mark_rivals(facts, text: str) -> None:
    """Mentions after a ranking's "vor", or after "vor" and no town's own name, are no places."""
    gz = load_gazetteer()
    for m in facts.mentions:
        if m.cue[0] != "vor" or m.in_name:
            continue
        hit = re.search(r"(?<!\w)vor (?P<art>(?:dem|der|den|des|das|die) )?(?P<adj>(?:[a-zäöüß][\w-]* ){0,2})"
                        + re.escape(m.text) + r"(?!\w)", text)
        if hit is None:
            continue
        if hit.group("art") and not hit.group("adj"):
            # "vor dem Altar": the article's noun (not Altar, Mexico), "vor dem Berliner
            # Olympiastadion": a town's adjective; both read as before "vor" was a cue
            adjective = all(c.get("adjective") for c in gz.cities.get(norm(m.text), ()))
            m.kind, m.cued, m.placed = ADJECTIVE if adjective else UNCUED, False, False
            m.cue = (hit.group("art").strip(), "vor " + hit.group("art").strip())
            continue
        if not m.demonym and not any(c.get("primary") or c.get("newsroom") for c in m.cities):
            m.in_name = True    # "vor Ort": no town's own name
            continue
        before = _WORD.findall(text[max(0, hit.start() - 60):hit.start()])[-3:]
        if any(w.isdigit() or norm(w) in _RANK or _ROAD.fullmatch(w) for w in before):
            m.in_name = True
