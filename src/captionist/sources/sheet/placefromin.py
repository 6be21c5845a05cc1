"""A country closing a "from" phrase is where someone comes from, not where the picture is
(issue 9, fields34): "Airmen from an air base in Italy unload supplies near X", "Pilger aus
einer Pfarrei in Polen beten in Y", "Leerlingen uit een dorp in België bezoeken Z", "des
scouts venus d'une paroisse en Suisse campent à W". The country only says where the base,
parish, village or school of the people's origin lies; the picture is at the place the verb
names after it (or nowhere the caption says).

Only a "from" phrase that names such a place of origin by its noun (base, parish, village,
school, club, unit, ...): "Refugees from Kharkiv in Poland" names a town, then where the
people are, and keeps its country. No comma or stop between the origin word and the country.
"""

from __future__ import annotations

import re

# the nouns of a place people come from, in en/de/nl/fr ("Air Base", "Pfarrei", "dorp", "paroisse")
_ORIGIN_NOUNS = (r"base|air base|parish|village|school|church|club|unit|regiment|diocese|monastery|barracks|camp|"
                 r"basis|stützpunkt|fliegerhorst|pfarrei|gemeinde|dorf|schule|verein|kaserne|kloster|bistum|"
                 r"parochie|dorp|school|kazerne|vereniging|bisdom|klooster|"
                 r"paroisse|école|caserne|diocèse|abbaye|monastère")
_FROM_IN = re.compile(r"\b(?:from|aus|uit|venue?s?\sd[eu']|venant\sd[eu'])\s{0,2}(?:[^\s,.;:!?()]{1,25}\s{1,2}){0,5}?"
                      r"(?:" + _ORIGIN_NOUNS + r")\b(?:\s{1,2}[^\s,.;:!?()]{1,25}){0,3}\s{1,2}"
                      r"(?:in|im|en|au|aux|in der|in de|in het)\s{1,2}$", re.IGNORECASE)


def origin_country(text: str, start: int) -> bool:
    """The country at text[start:] closes a "from <place of origin> in" phrase."""
    return _FROM_IN.search(text, max(0, start - 110), start) is not None
