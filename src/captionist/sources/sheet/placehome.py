"""A village the index lacks, on a sheet that is all about one country (issue 9, country27).

A regional page writes its villages bare: "een akker bij Nieuw-Beerta", "in Ossenzijl", "bei
Gunzesried", "the harbour at Craster". The index (GeoNames, 500+ people) lacks many of them, and
the caption names no country, so placeunlisted.py (which needs the country in the caption) leaves
city and country blank. The sheet itself says more: when every other caption whose place was
resolved lies in ONE country, at least `_MIN_OTHERS` of them and two thirds of the sheet's
captions (a sheet whose other places are mostly unresolved says little), a village written with a
strong place grammar is taken to lie in that country too. Only the COUNTRY is written; the city
stays blank and the record says why, naming the village, so that a desk can check it.

The grammar is placeunlisted's: a positional word right before the name, no article between
("in X", "bij X", "at X", "à X", "durch X", and "near X"; not Dutch "op X", a day as often as an
island), or a place noun ("het dorp X", "le hameau de X"); in German, where every noun has a
capital, a bare "in X" only for a name of a village's shape ("-ried", "-hausen", "-kirchen");
never a word the index knows (a town, a region, a country), a venue, a feature, a river, a
month, a name in quotes, a name after an origin word ("aus", "from", "uit", "de"), a name that
runs on into another capitalised word.

Never when the caption itself points anywhere: a country, a region or a province named, a
cued or bound town found in the index (the resolver's business, even when it refused it), a
"X near Y" pair, an ambiguity already reported, another country's adjective or people ("le Belge
Arnaud"); never when the sheet has a second country among
its resolved captions (a world page, a border region, a sheet with one picture abroad), since
then the sheet does not say where an unnamed village lies.
"""

from __future__ import annotations

import re
from collections import Counter

from .placecountryalone import _adjective_country
from .gazetteer import load_gazetteer, norm
from .placeunlisted import _NAME, _ORIGIN, _PLACE_NOUN, _POSITIONAL, _plain_name, _word_before

# the other captions that must agree: with fewer, one or two foreign pictures make a "sheet country"
_MIN_OTHERS = 3
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
WARNING = "place not in the gazetteer: {x}; country {a2} from the sheet's other captions, all in {a2}; check it"


def sheet_home(countries: Counter, captions: int) -> str | None:
    """The one country of a sheet whose resolved captions all lie in it: at least _MIN_OTHERS
    of them, and two thirds of the sheet's captions."""
    if len(countries) != 1:
        return None
    (a2, n), = countries.items()
    return a2 if n >= _MIN_OTHERS and 3 * n >= 2 * captions else None


# "near X" besides placeunlisted's positional words ("the Solway near Dornock")
_NEAR = re.compile(rf"(?:^|(?<=[\s(]))(?:near|Near)\s(?P<x>{_NAME})")
# German writes every noun with a capital: a bare "in X" or "durch X" is as often a noun ("in
# Strömen", "in Gummistiefeln", "in Uniform", "durch Zufall") as a village. In German only a name of
# a village's shape is taken that way, by the endings German place names are made of (a place
# noun, "im Dorf X", takes any name)
_GERMAN_VILLAGE_ENDS = ("dorf", "hausen", "ingen", "heim", "bach", "stedt", "stetten", "feld", "rode", "leben",
                        "weiler", "kirchen", "hofen", "berg", "burg", "ried", "reuth", "brunn", "zell", "beuren",
                        "büttel", "wang", "au")
# Dutch "op X" is a day or a feast as often as an island ("op Koningsdag", "wachten op Sinterklaas")
_WEAK = frozenset(("op",))


def _noun_like(x: str, lang: str) -> bool:
    if lang != "de" or " " in x or "-" in x:
        return False
    return not any(x.endswith(e) and len(x) >= len(e) + 3 for e in _GERMAN_VILLAGE_ENDS)


def _villages(text: str, lang: str, gz) -> list[str]:
    found = []
    for m in _PLACE_NOUN.finditer(text):
        if _plain_name(text, m.start("x"), m.end("x"), gz):
            found.append(m.group("x"))
    for rx in (_POSITIONAL, _NEAR):
        for m in rx.finditer(text):
            if _word_before(text, m.start()).casefold() in _ORIGIN or _noun_like(m.group("x"), lang) \
                    or m.group().split()[0] in _WEAK:
                continue
            if _plain_name(text, m.start("x"), m.end("x"), gz):
                found.append(m.group("x"))
    return found


def points_elsewhere(text: str, facts, home: str | None, gz) -> bool:
    """Whether the caption names any place besides an unlisted village: a country, a region, a
    province, an "X near Y" pair, a town of the index, or another country's adjective ("le
    Belge Arnaud", "Schweizer Bauern": the caption points abroad)."""
    if facts.countries_seen or facts.country_cued or facts.regions or facts.regions_seen or facts.province \
            or facts.near_pairs or facts.likely() or getattr(facts, "beyond", None):    # (placebeyond)
        return True
    return any((a2 := _adjective_country(w, gz)) and a2 != home for w in _WORD.findall(text))


def home_village(text: str, lang: str, facts, place, home: str | None) -> None:
    """Write `home` as the country of a caption whose only place is an unlisted village."""
    if home is None or place.city is not None or place.country is not None or place.province or place.ambiguous:
        return
    gz = load_gazetteer()
    if points_elsewhere(text, facts, home, gz):
        return
    unknown = {norm(u) for u in facts.unknown}
    villages = [x for x in _villages(text, lang, gz) if norm(x) in unknown or norm(x.split()[0]) in unknown]
    if not villages:
        return
    place.country = home
    place.warnings[:] = [w for w in place.warnings if not w.startswith("place not recognised")]
    place.warnings.append(WARNING.format(x=villages[0], a2=home))
