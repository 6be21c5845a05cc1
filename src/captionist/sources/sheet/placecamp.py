"""A camp or a base named in the caption is the place, not the town it lies near (issue 9,
wrong42, written42).

A refugee or displacement camp is where the picture is, and desks file it under the camp's own
name ("het vluchtelingenkamp X bij Y", "im Lager X bei Y", "dans le camp de X, à l'ouest de Y",
"in de nederzetting X in het district Y", "the X camp, Jordan"). The index lacks most camps, so
the resolver wrote the town the caption only locates the camp by (Y), or, when the index keeps
a settlement whose names include the camp's, that settlement. Measured on the tuned part: 7
captions in two five-number batches of sheets (205-209, 255-259), each a wrong place.

This rule writes the camp's name as the caption spells it, in the country already written (the
camp lies by the town that gave it), with a warning naming the town set aside, ONLY when:
- the camp word stands right by the name (the table below: "kamp X", "Lager X", "camp de X",
  "the X camp", "X refugee camp"); a bare "in een kamp bij Y" names no camp and keeps Y;
- the town written is not the camp's own name (the index's town of that very name is the
  camp's town: "het Zwischenlager X", "the X refugee camp" with X a town) and does not contain
  it ("le camp de X, à X-le-Camp");
- the town is not written as where the camp lies ("kamp X in Y", "camp de X, à Y": a camp
  inside a town, the town is what the desk expects).

A camp the index does hold, or a base, is read by placevenuetown through CAMP_KINDS (written42):
Dutch and German desks name a military base, a training ground or a camp by its noun and then
the place, lower case in Dutch ("op de Russische basis Baikonur", "op vliegbasis Łask", "auf dem
Truppenübungsplatz Bergen", "im Flüchtlingslager X"). The place is where the picture is, as a
venue's town is; unlike a theatre or a stadium (named after a person or a word: "Theater
Carré") a base or camp is named after the place it lies at in every country, so the town need
not lie in a German- or Dutch-speaking one. Not English ("Camp David", "RAF Lakenheath": named
after a person or a village the index may hold in another country) nor French ("le camp de X":
placegate reads "de X").
"""

from __future__ import annotations

import re

from .gazetteer import norm
from .placeunlisted import write_village

# whole words, or the end of a compound ("Flüchtlingslager", "trainingskamp", "legerbasis")
CAMP_KINDS = ("basis vliegbasis luchtmachtbasis marinebasis legerbasis kamp vluchtelingenkamp "
              "fliegerhorst luftwaffenstützpunkt marinestützpunkt stützpunkt truppenübungsplatz "
              "übungsplatz lager flüchtlingslager")

_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃÓŠŽČŘĎŤŇÇ"
_WORD = rf"[{_UP}][\w'’]*(?:-[\w'’]+)*"
_NAME = rf"(?P<x>{_WORD}(?:\s{_WORD}){{0,2}})"

# per language: the camp word with the name after it ("kamp X") or before it ("the X camp").
# Lower-case camp words only where the language writes nouns so: "Camp Nou", "Camp Lejeune",
# "Kamp Westerbork" are names of their own, not a camp word before a name.
CAMP_NAMED = {
    "nl": (rf"\b(?:vluchtelingen|opvang|ontheemden|tenten)?kamp\s{_NAME}",
           rf"\bnederzetting\s{_NAME}"),
    "de": (rf"\b(?:Flüchtlings|Vertriebenen|Zelt)?[Ll]ager\s{_NAME}",),
    "en": (rf"\bthe\s{_NAME}\s(?:refugee\s|displacement\s|transit\s)?(?:camp|settlement)\b",
           rf"\b{_NAME}\srefugee\scamp\b"),
    "fr": (rf"\bcamp\s(?:de\s(?:réfugiés|déplacés|migrants)\s)?(?:de\s|d['’]){_NAME}",),
}
_RX = {lang: [re.compile(p) for p in ps] for lang, ps in CAMP_NAMED.items()}
# what every pattern above holds, looked for first: most captions name no camp (speed)
_STEMS = ("kamp", "lager", "camp", "nederzetting", "settlement")
# only a comma and a word for "in" between the camp and the town: the town is where it lies
_INSIDE = re.compile(r"^\s*,?\s*(?:(?:in|im|à|a|op|en|at|dans)\s+)?(?:(?:the|het|de|der|dem|la|le|l['’])\s*)?$")

WARNING = "camp written as the place: {x} ({a2}), as the caption spells it; {y} only says where it lies"


def _camps(text: str, lang: str):
    for rx in _RX.get(lang, ()):
        for m in rx.finditer(text):
            yield m.group("x"), m.start("x"), m.end("x")


def camp_named(text: str, lang: str, place) -> None:
    """Write the camp the caption names instead of the town written (the module docstring)."""
    city, mention = place.city, place.mention
    if city is None or city.get("unlisted") or mention is None or not place.country:
        return
    low = text.casefold()
    if not any(w in low for w in _STEMS):
        return
    y = mention.text
    for x, start, end in _camps(text, lang):
        kx = norm(x)
        if not kx:
            continue
        if kx == norm(y):
            # the camp's own name read as a settlement the index keeps under another main name
            if norm(city["name"]) == kx:
                continue
        elif kx in norm(y) or norm(y) in kx or kx in norm(city["name"]).split():
            continue
        elif (at := text.find(y, end)) >= 0 and _INSIDE.match(text[end:at]):
            continue
        a2 = place.country
        write_village(place, x, a2)
        place.warnings[-1] = WARNING.format(x=x, a2=a2, y=city["name"])
        return
