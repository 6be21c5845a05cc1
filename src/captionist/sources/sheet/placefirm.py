"""A place's name that is part of another name: a firm's or a storm's (issue 9, brand41).

A firm is often named after a place that is not where its works are or where the picture is
taken: "de hoogovens van Tata Steel in IJmuiden" (Tata is also a province of Morocco, and that
country then vetoed the Dutch town), "een vliegtuig van Brussels Airlines op Zaventem" (the
airline flies from the airport outside the city), "a Singapore Airlines jet at Frankfurt". A
capitalised word right before one of the firm words below is the firm's name, never a town
or a country the caption names; both words are skipped. The firm words are the ones written
after the name (Dutch, German and French put "brouwerij", "Brauerei", "brasserie" before it,
where the name reads as a place's, so they are left out). Not "Bank" ("West Bank"), "Group"
or "City": they end names of places too.

The name after a storm word is the storm's ("Hurricane Milton", "tempête Ciarán"), moved here
from places.py with the same reading.
"""

from __future__ import annotations

from captionist.places.words import STORM_WORDS

# words after a firm's name, as written (capitalised) in nl, en, de and fr captions
FIRM_WORDS = frozenset((
    # steel and metal works: "Tata Steel", "Thyssenkrupp Steel", "Salzgitter Stahl"
    "Steel", "Staal", "Stahl", "Aluminium", "Aluminum",
    # airlines: "Brussels Airlines", "Kenya Airways", "Singapore Airlines"
    "Airlines", "Airways", "Airline",
    # brewers and drink makers written after the name: "Kilkenny Brewery", "Bavaria Brewing"
    "Brewery", "Breweries", "Brewing", "Distillery", "Distilleries",
    # makers: "Derby Motors", "Leuna Chemie"
    "Motors", "Motor", "Automotive", "Pharma", "Pharmaceuticals", "Chemicals", "Chemie",
))


def named_thing(tokens: list, i: int, text: str) -> int:
    """How many words from token i on name a firm (2: the name and the firm word) or a storm
    (1: the name after the storm word), 0 when neither."""
    s, e = tokens[i][0], tokens[i][1]
    if i and tokens[i - 1][2].casefold() in STORM_WORDS and s - tokens[i - 1][1] == 1:
        return 1
    if i + 1 < len(tokens) and tokens[i + 1][2] in FIRM_WORDS and text[e:tokens[i + 1][0]] == " ":
        return 2
    return 0
