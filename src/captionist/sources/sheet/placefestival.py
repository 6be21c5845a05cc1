"""An open-air festival named with its town (issue 9, cities28).

Festivals take the name of the town they are held in, in the forms the desks print: "beim
Wacken Open Air", "beim Openair Frauenfeld", "beim Rudolstadt-Festival", "voor het podium van
Rock Werchter". Read as if written "in X", like placebound.service_towns' "the Bantry Show".

Only these forms, not "X Festival" in two words: English names festivals after seasons, crops
and feasts that are also small towns somewhere ("Harvest Festival" is no Harvest, Alabama;
"Spring Festival" no Spring, Texas), and "Eurockéennes de Belfort" or "Hurricane Festival" are
held elsewhere. A genre before "-Festival" ("Pop-Festival", "Rock-Festival") is no town either.
Taken only when X is the name of one town in the whole index, the caption names no other place,
country or region, and the name is not a place word (captionist.places.words._NOT_PLACE); the
place gate still applies.
"""

from __future__ import annotations

import re

from captionist.places.words import _NOT_PLACE, CUED
from captionist.rxgate import gate

from .gazetteer import load_gazetteer, norm

_TOWN = r"[A-ZÀ-Þ][\w'’]+(?:[ -](?:St\.|Sankt|Saint|Bad|[A-ZÀ-Þ][\w'’]+))?"
_FESTIVAL = gate(re.compile(
    rf"(?<![\w-])(?P<a>{_TOWN})(?: Open[ -]?Air|-Open-Air| Openair|-Festival)(?![\w-])"
    rf"|(?<![\w-])(?:Open[ -]?[Aa]ir|Openair|Rock) (?P<b>{_TOWN})(?![\w-])(?! [A-ZÀ-Þ])"))
# genres, seasons and crowds a festival is named after in German compounds: no town
_GENRES = frozenset(norm(w) for w in (
    "Rock Pop Jazz Metal Folk Punk Techno Blues Soul Reggae Rap Hip-Hop Klassik Film Kino Musik Theater "
    "Kultur Sommer Winter Herbst Frühlings Kinder Familien Stadt Dorf Wein Bier Licht Lichter Street Food "
    "Electro Schlager Gospel Country Indie Tanz Comedy Literatur Buch Kunst Heavy Summer Spring").split())


def festival_towns(facts, text: str, mention_class) -> None:
    """The town of a festival named with it (module docstring), read as where the picture is."""
    if facts.unknown or facts.near_pairs or facts.countries_seen or facts.regions_seen:
        return
    hits = [h for h in _FESTIVAL.finditer(text)]
    if len(hits) != 1:
        return
    name = hits[0].group("a") or hits[0].group("b")
    key = norm(name)
    if key in _GENRES or any(norm(w) in _NOT_PLACE for w in name.split()) or name.isupper():
        return
    if any(norm(m.text) != key and m.text not in hits[0].group(0) for m in facts.mentions):
        return
    towns = [c for c in load_gazetteer().cities.get(key, ()) if norm(c["name"]) == key]
    if len(towns) != 1:
        return
    a2 = towns[0]["countrycode"]
    facts.mentions[:] = [mention_class(name, towns, True, True, False, CUED, binds=(a2, None), placed=True,
                                       cue=("at", f"{name} festival"))]
