"""A village named next to the town it is near: "Ramsau bei Berchtesgaden", "Kamianka
near Kharkiv", "Nieuwehorne bij Heerenveen", "Lourmarin près d'Avignon".

The picture was taken in the village; the town only says where the village is. So the
town is never written for such a caption: the village is, when the place index knows it
in the town's country, else the field stays empty and the caption carries a warning
naming both (writing the big town instead would be a confident wrong place).

The village counts as written like a place only after a cue ("im Dorf X bei Y", "in X
near Y", "das Dorf X"): a German noun before "bei" is capitalised too ("Stau bei Köln",
"Hochwasser bei Passau"), and there the town is where the picture is.
"""

from __future__ import annotations

from captionist.places.words import _LOC_CUES2, _NEAR, _NOT_PLACE, CAP_CUES, PAIR_CUES

from .gazetteer import Gazetteer, norm
from .placetokens import _prev_words, nl_de_article


def village_pair(tokens, i: int, text: str, prev: tuple[str, str], gz: Gazetteer):
    """(village name, its cities) when the place at token i is written "X <near> <place>"
    with X written like a place (see the module docstring), else None."""
    if prev[0] in PAIR_CUES and i >= 1 and tokens[i - 1][2].casefold() == prev[0]:
        cue = i - 1
    elif prev[1] == "près de" and i >= 2 and tokens[i - 1][2] == "de" and tokens[i - 2][2].casefold() == "près":
        cue = i - 2
    elif prev[0] == "de" and i >= 1 and tokens[i - 1][2].casefold() == "près":
        cue = i - 1     # "près d'Avignon": the "d'" is part of the name's token
    else:
        return None
    end = cue - 1
    if end < 0 or not tokens[end][2][:1].isupper() or text[tokens[end][1]:tokens[cue][0]] != " ":
        return None
    found = None
    for k in (4, 3, 2, 1):
        first = end - k + 1
        # lower-case particles may stand between capitalised words: "Luján de Cuyo"
        if first < 0 or any(not (tokens[j][2][:1].isupper() or j > first and tokens[j][2] in _PARTICLES)
                            or text[tokens[j][1]:tokens[j + 1][0]] != " "
                            for j in range(first, end)) or not tokens[first][2][:1].isupper():
            continue
        name = text[tokens[first][0]:tokens[end][1]]
        cities = gz.cities.get(norm(name)) if norm(name) not in _NOT_PLACE else None
        if cities:
            found = (first, name, cities)
            break
    if found is None:
        if norm(tokens[end][2]) in _NOT_PLACE:
            return None
        found = (end, tokens[end][2], [])
    first, name, cities = found
    if not name.replace("-", "").replace("'", "").replace(" ", "").isalpha():
        return None     # "die A3 bei Würzburg": a road
    # "im Kurort Oybin bei Zittau": after a place noun the article is the village's, not a river's
    if tokens[first][2].casefold() not in CAP_CUES and nl_de_article(text, tokens[first][0]) and not any(norm(c["name"]).startswith(("de ", "het ", "den "))
                                                         for c in cities):
        return None     # "in de Maas bij Maastricht": a river by the town, and the town is the place
    before = _prev_words(tokens, first, text)
    if before[0] in _OF and first >= 2 and (cities or norm(tokens[first - 2][2]) in _PART_NOUNS):
        return name, cities     # "auf dem Markt von Birqash bei Kairo": a part of the village
    if not cities and (part := _part_of(tokens, end, text)):
        return part, []         # "the market of Kafr Hakim near Giza": an unknown name of two words
    if not (before[0] in _VILLAGE_CUES or before[1] in _LOC_CUES2 and before[1] not in _NEAR):
        return None
    return name, cities


def _part_of(tokens, end: int, text: str) -> str | None:
    """The unknown name of up to three capitalised words ending at token end, written after
    "<part noun> of", else None."""
    for first in range(end, max(end - 3, 1), -1):
        if not tokens[first][2][:1].isupper() or first < end and text[tokens[first][1]:tokens[first + 1][0]] != " ":
            return None
        if tokens[first - 1][2].casefold() in _OF and norm(tokens[first - 2][2]) in _PART_NOUNS:
            return text[tokens[first][0]:tokens[end][1]]
    return None


# "of": the picture is in a part of the village (its market, quarter, outskirts), never in the
# town it is near; an unknown name counts only after such a noun ("die Rettung von Verletzten
# bei Köln" is about Köln)
_OF = frozenset("von van of de".split())
_PART_NOUNS = frozenset("markt market marché mercado viertel wijk quarter quartier stadtteil ortsteil "
                        "rand outskirts edge centre center zentrum centrum hafen haven port harbour harbor "
                        "streets straßen straten rues gassen kirche kerk church église plein platz square "
                        "place ruins ruinen ruïnes ruines".split())
# the lower-case words inside a place's name: "Luján de Cuyo", "Stratford upon Avon"
_PARTICLES = frozenset("de del do da dos das di la le sur an der am upon on en im".split())


# words that put the picture in the place named next ("in X bei Y", "das Dorf X bei Y");
# not "over", "through", "van": "over de A12 bij Ede" is about Ede
_VILLAGE_CUES = CAP_CUES | frozenset("in im at à te dans village dorp hamlet bergdorp vissersdorp dorpje "
                                     "gehucht stadje town".split())


def in_town_country(town_cities: list[dict], cities: list[dict]) -> list[dict]:
    """The village's candidates in the country of the town it is near (a town's namesakes
    of under a twentieth of its size do not count)."""
    top = max((c.get("population") or 0) for c in town_cities)
    countries = {c["countrycode"] for c in town_cities if (c.get("population") or 0) * 20 >= top}
    return [c for c in cities if c["countrycode"] in countries]
