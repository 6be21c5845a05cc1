"""A village named with the municipality it belongs to: the village is the place, the
municipality only says where it lies (issue 9, districts34).

Municipalities merged villages into bigger ones (the Netherlands, Belgium, Switzerland,
Germany, France's communes nouvelles), and captions name the village with the municipality
in an apposition: "Assendelft, dat sinds 1974 bij de gemeente Zaanstad hoort", "Joncret,
section de Gerpinnes", "Elm, das heute zur Gemeinde Glarus Süd gehört", "Ruswil, part of the
municipality of ...", "X, deelgemeente van Y", "X, Ortsteil von Y", "X, commune déléguée de
Y". The finder read the municipality like any town and, as the bigger place, wrote it: a
wrong place whenever the village is in the index or stays blank. Such a municipality is read
like the town of "X, een dorp bij Y" (placetokens._appositive): NEAR, locating the place
named before the comma, so the gate never writes it instead of the village.
"""

from __future__ import annotations

import re

# the words that end the apposition right before the municipality's name, in nl/de/fr/en
_BELONGS = (
    # nl: "bij de gemeente", "deelgemeente van", "deel van de gemeente", "kern van", "onder de gemeente"
    r"gemeente|deelgemeente\svan|deel\svan|kern\svan|onder|"
    # de: "zur Gemeinde", "Ortsteil von", "Stadtteil von", "Teil von", "gehört zu"
    r"gemeinde|ortsteil\svon|stadtteil\svon|ortschaft\svon|teil\svon|gehört\szu|zu|"
    # fr: "section de", "commune déléguée de", "commune associée de", "rattachée à", "fait partie de"
    r"section\sd[e'’]|commune\s(?:déléguée|associée)\sd[e'’]|rattachée?\sà|partie\sd[e'’]|"
    # en: "part of", "municipality of", "borough of"
    r"part\sof|municipality\sof|borough\sof"
)
_APPOSITION = re.compile(
    r"(?P<name>[^\W\d_][\w'’-]*), (?:[\w'’-]+ ){0,6}?(?:" + _BELONGS + r")\s"
    r"(?:de |het |der |dem |den |die |the |la |le |l['’]|(?=[A-ZÀ-Þ]))?$", re.IGNORECASE)
# the apposition's words are the clause's: the words that tie a place to a municipality
_TIE = re.compile(r"\b(?:gemeente|gemeinde|municipality|commune|section|ortsteil|stadtteil|ortschaft|"
                  r"deelgemeente|kern|borough|hoort|gehört|fait|partie|rattachée?|part)\b", re.IGNORECASE)


# where people come from: then the municipality is no rival of the picture's place, and read as
# a locator it would bind the caption to its country ("Vrouwen uit Sevenum, dat bij de gemeente
# Horst aan de Maas hoort, bidden ... in Kevelaer"; "Schützen aus Neheim, einem Stadtteil von
# Arnsberg": the city is as good as its quarter)
_ORIGIN_BEFORE = re.compile(r"\b(?:aus|uit|van|von|vom|from|of|de|d['’])\s*$", re.IGNORECASE)


def municipality_of(text: str, s: int) -> bool:
    """The name at s is the municipality an apposition gives the place named before the comma."""
    window = text[max(0, s - 80):s]
    if ", " not in window or not _TIE.search(window):
        return False    # most names follow no apposition: no regex search over the window
    m = _APPOSITION.search(text, max(0, s - 80), s)
    return bool(m) and m.group("name")[0].isupper() and bool(_TIE.search(m.group(0))) \
        and not _ORIGIN_BEFORE.search(text, max(0, m.start() - 8), m.start())
