"""A region's name inside a venue's or a breed's name says nothing of the country (issue 9, wrong27).

Grounds and halls are named after regions, often across a border or after a historical one:
"le stade du Hainaut" is in Valenciennes (France), not in the Belgian province; "the Yorkshire
Arena", "die Arena Lombardia", "le palais des sports de Bretagne". Such a name is part of the
venue's name, not a region the caption places the picture in: the finder (places.py) skips it,
so it gives neither a region nor a country. The same for a breed named after a region, right
before the animal's noun ("a Newfoundland dog", "een Friese stabij", "ein Holsteiner Pferd",
"un chien des Pyrénées" aside): the breed is kept everywhere, not only in its region. A region written apart ("au stade, dans le
Hainaut", "an arena in Lombardy") is read as before. Countries are not touched: a country in a
venue's name ("Stade de France", "Estadio Nacional de Chile") is the venue's own.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

# sports and event grounds (not parks or museums: "le parc naturel du Vercors" is in the Vercors)
_GROUNDS = ("stade|stadium|stadion|stadio|estadio|estádio|arena|aréna|palais des sports|salle|halle|hall|"
            "v[eé]lodrome|hippodrome|racecourse|circuit|ground|dome|patinoire|piscine|sporthalle|eisstadion|"
            "ijsstadion|sportpaleis")
_BEFORE = gate(re.compile(rf"(?i)(?<![\w-])(?:{_GROUNDS})(?:\s(?:de la|de l['’]|des|du|de|of the|of|van|von|der))?\s$"
                     rf"|(?<![\w-])(?:{_GROUNDS})\sd['’]$"))
_AFTER = re.compile(rf"(?i)^\s(?:{_GROUNDS})(?![\w-])")
# animals (and their breeds' generic nouns) in the four languages, right after the region's name
_ANIMAL = re.compile(
    r"(?i)^\s(?:dogs?|pupp(?:y|ies)|terriers?|spaniels?|hounds?|retrievers?|sheepdogs?|collies?|horses?|ponies|pony|"
    r"cattle|cows?|bulls?|sheep|goats?|pigs?|hens?|chickens?|cats?|breed|"
    r"honden?|hondjes?|stabij|stabyhoun|paarden?|pony's|koeien|koe|runderen|rund|schapen|schaap|geiten|geit|"
    r"varkens?|kippen|kip|katten?|ras|"
    r"hunde?|hündin|welpen?|pferde?|ponys|rinder|rind|kühe|kuh|schafe?|ziegen?|schweine?|hühner|katzen?|rasse|"
    r"chiens?|chiots?|chevaux|cheval|poneys?|vaches?|bovins?|moutons?|brebis|chèvres?|porcs?|poules?|chats?|race)"
    r"(?![\w-])")


def venue_named(text: str, start: int, end: int) -> bool:
    """text[start:end], a region's name, stands inside a venue's or a breed's name (module docstring)."""
    after = text[end:end + 24]
    return bool(_BEFORE.search(text[max(0, start - 24):start]) or _AFTER.match(after) or _ANIMAL.match(after))
