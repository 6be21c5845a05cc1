"""A French village the index lacks after "de X", placed by its département or region (issue 9,
villages46).

French captions place a small commune by its département in brackets or by the region after a
comma, after the thing shown of it: "l'église fissurée de X (Charente-Maritime)", "la classe
unique de X (Drôme)", "le site minier d'X (Allier)", "le marché de X, en Savoie".
placeunlisted writes such a name after a positional word ("à X (Drôme)") but never after "de",
which is also where someone comes from ("originaire de X"). With the area written right after
the name, the name is a place; the noun before "de" says whose it is.

Not after a word of where someone comes from or goes ("originaire de X (Isère)", "venus de X"),
nor after the noun of a natural feature, a work or an area named after the place ("le barrage
de X (Hautes-Alpes)", "le comté de X, en Arizona", "le salar d'X, en Argentine", "l'île de X
(Finistère)": the dam, county, salt flat or island, not a village), nor after a capitalised word
(part of a longer name: "le pic du Midi de X"), nor when the caption places the picture
"à Y" (the people "de X" come from there: "des vignerons de X, en Bourgogne, manifestent à
Y"). French captions only (lang "fr"); the same checks of the name as placeunlisted; the area
right after it must name one country (placeunlisted._after_country); never with a second country
named, nor when another rule wrote a city. The record carries placeunlisted's warning.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placefeaturenear import FEATURE_NOUNS
from .placenaturenear import NATURAL_NOUNS
from .placeunlisted import _NAME, _after_country, _plain_name, _word_before, write_village

_DE = re.compile(rf"(?:^|(?<=[\s(]))(?:de\s|d['’])(?P<x>{_NAME})")
# the name right after: a bracket, or a comma and a locative word ("X, dans le Jura", "X, en Savoie")
_AREA_NEXT = re.compile(r"\s\(|,\s(?:dans|en|au|aux)\s")
# where someone comes from or goes: "originaire de X (Isère)", "venus de X (Drôme)"
_ORIGIN_WORDS = frozenset(norm(w) for w in (
    "originaire originaires venu venue venus venues natif native natifs issu issue issus arrivé arrivée "
    "arrivés arrivées parti partie partis parties provenance départ direction route retour loin").split())
# a feature, work or area named after the place, not the village: "le barrage de X", "l'île de X"
_NAMED_AFTER = frozenset(norm(w) for w in (
    FEATURE_NOUNS["fr"] + " " + NATURAL_NOUNS["fr"] + " comté salar île îles pic col mont monts val vallée "
    "plateau département canton région province pays baie golfe cap pointe lagon volcan cratère isthme "
    "péninsule détroit delta estuaire").split())
# a place written after "à" elsewhere is where the picture is, and "de X" whose people come from
# there: "Des vignerons de X, en Bourgogne, manifestent à Dijon"
_ELSEWHERE = re.compile(r"(?:^|(?<=\s))[àÀ]\s[A-ZÀ-ÖØ-Þ]")


def write_de_village(text: str, lang: str, facts, place) -> None:
    """Write "de X (Département)" as the unlisted village X when nothing else gave a city."""
    if lang != "fr" or place.city is not None or place.ambiguous or (" de " not in text and "d'" not in text
                                                                      and "d’" not in text):
        return
    named = set(facts.countries_seen) | {r[0] for r in facts.regions_seen} | {r[0] for r in facts.regions}
    if place.country:
        named.add(place.country)
    if len(named) > 1:
        return
    if _ELSEWHERE.search(text):
        return
    gz = load_gazetteer()
    taken = {norm(m.text) for m in facts.mentions}
    for m in _DE.finditer(text):
        x, before = m.group("x"), _word_before(text, m.start())
        if not _AREA_NEXT.match(text, m.end("x")) or norm(before) in _ORIGIN_WORDS \
                or norm(before.lstrip("lL'’")) in _NAMED_AFTER or before[:1].isupper():
            continue
        if any(norm(w) in taken for w in [x, *x.split()]) or not _plain_name(text, m.start("x"), m.end("x"), gz):
            continue
        if a2 := _after_country(text, m.end("x"), named, gz):
            write_village(place, x, a2)
            return
