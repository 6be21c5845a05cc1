"""A town that lends its name to a thing is not where the picture of that thing is (issue 9,
wrong24).

A treaty, a peace, a prize, a cheese, a dog breed or a ship carries a town's name
wherever it is: "the Treaty of Lisbon" is signed, remembered and photographed anywhere, "a
wheel of Gouda" is on a market stall in any country, "ein Berner Sennenhund" is at a dog show,
"het cruiseschip Rotterdam" is at sea. In each, the town is part of the thing's name, a kind
of evidence that says WHAT, never WHERE: the mention is marked part of another name, and the
gate (placegate.refusal, rule a) writes the town only from a cue of its own elsewhere in the
caption ("... at a ceremony in Lisbon"). Three shapes, each for any town:

- "<thing> of/de/van/von X": the noun before the genitive names a kind of thing a town lends
  its name to (an agreement, a prize, a cheese); a place noun there ("the streets
  of X", "la mairie de X") is left alone;
- "<X-adjective> <thing>": a town's adjective before such a thing ("Berner Sennenhund",
  "Aachener Friedenspreis");
- "<vessel> X": a ship or ferry called after a town ("the container ship Rotterdam
  Express", "das Schiff „Stadt Zürich“", "le paquebot France").
"""

from __future__ import annotations

import re

from captionist.places.words import POSITIONAL

from captionist.places import haversine

from .gazetteer import load_gazetteer, norm
from .placetokens import word_hits

# the kinds of thing named after a town and not found at it: agreements and meetings of
# history, prizes, products, breeds (nl, en, de, fr; not a battle: "during the battle of
# Bakhmut" is fought at the town, and a re-enactment is staged where it was). A German or Dutch compound
# ending so counts ("Friedenspreis", "Sennenhund", "Literatuurprijs", "Karlspreises"); an
# English or French word only whole ("impact" is no "pact"), and those that end other
# compounds ("die Kalkterrassen von Pamukkale" are no breed)
_WHOLE = (r"treaty|treaties|peace|agreement|accords?|pact|protocol|prize|award|trophy|"
          r"cheese|wheel|breed|terrier|spaniel|rasse|"
          r"traité|paix|pacte|protocole|prix|trophée|fromage|brie|chien")
_COMPOUND = (r"verdrag|vrede|akkoord|prijs|trofee|kaas|hond|"
             r"vertrag|frieden|abkommen|pakt|protokoll|preis|trophäe|käse|hund")
_THING_WORD = re.compile(r"(?:" + _WHOLE + "|" + _COMPOUND + r")(?:e?s|en|e|n)?", re.IGNORECASE)
_THING_END = re.compile(r"(?:(?:" + _WHOLE + r")|\w*(?:" + _COMPOUND + r"))(?:e?s|en|e|n)?", re.IGNORECASE)
# a Grand Prix is raced where it is named; a big wheel turns in its town ("the Ferris wheel of X")
_NOT_THING = re.compile(r"(?i)\b(?:grands?|ferris|big|giant|observation)\s$")

# the genitive after the thing: "the Treaty of X", "de Vrede van X", "der Frieden von X", "le
# traité de X" (an article between: "le siège de la ville" is no name)
_GENITIVE_AFTER = re.compile(r"(?:^|\W)(?P<w>[\w’'-]+) (?:of|van|von|de|du|des|d['’])\s?$")
# a town joined by a hyphen or slash to the next or the one before: "Bâle-Mulhouse"
_PAIR_AFTER = re.compile(r"^[-–/](?P<o>[A-ZÀ-Þ][\w'’]+)")
_PAIR_BEFORE = re.compile(r"(?:^|[^\w-])(?P<o>[A-ZÀ-Þ][\w'’]+)[-–/]$")
# the other half must be a town of this size, so that a word some hamlet is named after is no
# pair, and this close: the two are neighbours across a border ("Amsterdam-Noord" is a
# district, not a pair with Noord, Aruba)
_PAIR_TOWN = 15000
_PAIR_KM = 100

# a vessel named so ("ship" whole: a "township" is a place): "the ship X", "het cruiseschip X", "das Schiff „X“", "le paquebot X"
_VESSEL = re.compile(r"(?i)(?:^|\W)(?:ship|warship|steamship|\w*schip|\w*schiff|ferry|freighter|tanker|liner|vessel|yacht|"
                     r"jacht|veerboot|fähre|paquebot|navire|bateau|frégate|fregat|fregatte|frigate)"
                     r"\s[„“\"«]?\s?$")


def mark_namesakes(facts, text: str) -> None:
    """Mark in_name the mentions of `facts` read only from a thing's name (the three shapes
    above); a town also written elsewhere in the caption keeps its other reading."""
    for m in facts.mentions:
        if m.binds or m.placed or m.in_name or not m.text.strip():
            continue
        if _cross_border_pair(m, text):
            m.in_name = True
            continue
        hits = word_hits(text, m.text)
        if len(hits) != 1:
            continue    # "the Treaty of Lisbon ... in Lisbon": the second one may place it
        head, tail = text[:hits[0].start()], text[hits[0].end():]
        # "de Vrede van Utrecht": the thing's own word, capitalised, is no town (Vrede, South
        # Africa), unless a positional word puts the picture there ("near Battle, England")
        if (_THING_WORD.fullmatch(m.text.strip()) and m.cue[0] not in POSITIONAL) \
                or _thing_named(head, tail, m.demonym):
            m.in_name = True


def _thing_named(head: str, tail: str, adjective: bool) -> bool:
    """The town between head and tail is part of a thing's name (the module docstring)."""
    near = head[-40:]
    if (g := _GENITIVE_AFTER.search(near)) and _THING_END.fullmatch(g.group("w")) \
            and not _NOT_THING.search(near[:g.start("w")]):
        return True
    if _VESSEL.search(head[-30:]):
        return True
    if adjective:
        nxt = re.match(r"\s([\w’'-]+)", tail)
        # the thing right after the adjective ("Berner Sennenhund", "Aachener Friedenspreis");
        # a Dutch adjective before any capitalised word was tried: it cost 4 right towns of
        # the tuned part ("De Hasseltse Grote Markt") for none gained
        return bool(nxt and _THING_END.fullmatch(nxt.group(1)))
    return False


def _cross_border_pair(m, text: str) -> bool:
    """m is one half of "X-Y" (or "Y-X", "X/Y") whose other half is a town of _PAIR_TOWN people
    within _PAIR_KM of it, in none of the countries m's candidates lie in: the pair names an airport, a line or a
    region between two countries, not one town ("l'aéroport de Bâle-Mulhouse")."""
    hits = word_hits(text, m.text, hyphens_join=False)     # "Bâle" in "Bâle-Mulhouse"
    if len(hits) != 1:
        return False
    head, tail = text[:hits[0].start()], text[hits[0].end():]
    hit = _PAIR_AFTER.match(tail) or _PAIR_BEFORE.search(head[-30:])
    if not hit:
        return False
    mine = {c["countrycode"] for c in m.cities}
    others = [c for c in load_gazetteer().index.cities(norm(hit.group("o"))) if (c.get("population") or 0) >= _PAIR_TOWN
              and any(haversine(c["latitude"], c["longitude"], x["latitude"], x["longitude"]) <= _PAIR_KM
                      for x in m.cities)]
    return bool(others) and not {c["countrycode"] for c in others} & mine
