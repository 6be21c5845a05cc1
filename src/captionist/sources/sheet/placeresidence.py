"""Towns and countries a caption names for a person or a team, not for the picture (issue 9,
origins30: the wrong places of the newest parts, sheets 110-124).

Applied to what `find_places` found (`mark_person_towns`, called by placeorigin.mark_origins
after the birthplace rules of placeredteam.py). A town read here is never the picture's place
(PlaceMention.origin and .person, not .placed; the gate refuses it and names it in its
warning); a country or region written right after it ("of Kitchener, Ont.", "a native of
Tampere, Finland") is that town's, so it is taken out of what the caption says it is in, and
the picture's own place, when the caption has one ("at PPG Paints Arena in Pittsburgh"), is
judged without it. The readings:

- where someone lives, in a relative clause or an apposition: "who lives in Eastbourne", "die
  in Ridderkerk woont", "sinds 1970 woonachtig in Vianden", "der in Bozen wohnt", "wohnhaft in
  X", "qui habite à X", "domiciliée à X", "originaire de X";
- where a named person comes from, right after the name: "captain Liam Forsythe, of
  Kitchener, Ont.", "Sander Weel uit Uitgeest", "Hugo Faure d'Annonay", "Rosa Hofer
  (1932–2026) aus St. Ulrich" (the name two capitalised words that are no thing's: "Notre
  Dame de Paris", "Grand Prix de Monaco" are not people; German, where every noun is
  capitalised, only with an age or life years in brackets after the name);
- the side a team plays against: a town after a club's word ("his goal against Club Brugge",
  "contre l'AS Monaco"): the match is not there; a country ("face au Cameroun", "against
  France", "tegen België") is no longer the caption's cued country, but stays one it mentions
  ("tegen Argentinië in Rosario": the home side's town is taken).

Also here, for the opponent's case: a big city written "near" right after a named sports ground
("au stade de l'Amitié, près de Libreville") only says where the ground is (.locates_other).
"""

from __future__ import annotations

import re

from captionist.places.words import NEAR

from .gazetteer import load_gazetteer, norm
from .placetokens import word_hits

# where someone lives: the words right before the town ...
_LIVES_BEFORE = re.compile(
    r"(?i)\b(?:who (?:now )?(?:lives|lived|grew up|was raised|resides|resided) (?:in|at|near)|"
    r"living in|"
    r"woonachtig (?:in|te)|wonend (?:in|te)|wonende (?:in|te)|"
    r"wohnhaft in|"
    r"qui (?:habite|habitait|vit|vivait|réside|résidait|a grandi) (?:à|a|en)|domiciliée?s? à|résidante? à|"
    r"originaires? (?:de|du|d['’])|"
    # where someone is from, in a relative clause (origins34): "who is from X", "qui vient de X"
    r"who (?:is|was|comes|came|hails|hailed) (?:originally )?from|who (?:studied|worked|trained) (?:in|at)|qui (?:vient|venait) (?:de|du|d['’]))\s*$")
# ... or, in Dutch and German, the verb after it ("die in Ridderkerk woont", "der in Bozen wohnt")
_LIVES_AFTER = re.compile(
    r"(?i)^,? (?:(?:al|nu|sinds|seit|schon|jaren|jahren|lang|\d+) )*(?:woont|woonde|opgroeide|wohnt|wohnte|lebt|lebte|"
    r"aufwuchs|aufgewachsen ist|"
    # where someone studied or worked (origins34): "die in Leipzig studiert hat", "die in Delft studeerde"
    r"studiert hat|studierte|gearbeitet hat|arbeitete|studeerde|gestudeerd heeft|werkte|gewerkt heeft)\b")
_REL_IN = re.compile(r"(?i)\b(?:die|der|dat|welche|welcher)(?: [\w'’-]+){0,3} in\s*$")
# ... and where someone is from: "die uit Deventer komt", "der aus Erfurt stammt" (origins34)
_REL_FROM = re.compile(r"(?i)\b(?:die|der|dat|welche|welcher)(?: [\w'’-]+){0,3} (?:uit|aus)\s*$")
_FROM_AFTER = re.compile(r"(?i)^,? (?:(?:oorspronkelijk|ursprünglich|eigentlich) )?(?:komt|kwam|afkomstig is|stamt|stammt|stammte|kommt|kam)\b")

# a person's name right before "of"/"uit"/"aus"/"d'"/"de": two or three capitalised words, the
# first none of a thing's ("Notre Dame de Paris", "Grand Prix de Monaco", "Universiteit Utrecht")
_NAME = r"(?P<name>[A-ZÀ-Ý][a-zà-ÿ'’-]+(?: (?:van|de|der|den|von|du|le|la|ten|ter|van der|van den))?(?: [A-ZÀ-Ý][a-zà-ÿ'’-]+){1,2})"
_LIFE = r" \((?:\d{1,3}|\d{4} ?[–-] ?\d{4}|\d{4} ?[–-])\)"
_FROM_NAME = re.compile(rf"{_NAME}(?P<life>{_LIFE})?(?P<sep>,? (?:of|uit|from|aus|de|d['’]|du)) ?$")
_THING_FIRST = frozenset(
    "notre grand grande petit petite saint sainte st musée museum musee palais château chateau gare place porte pont "
    "cité cite hôtel hotel jardin parc prix tour rue lycée lycee collège college école ecole stade théâtre theatre "
    "opéra opera cathédrale église eglise basilique abbaye université universite university universiteit "
    "club football fc sc ac as rc real sporting olympique racing stadium stadion station park bridge cathedral "
    "church castle kasteel kerk city town port lake mount mont sint maison villa domaine festival salon tournoi "
    "coupe cup trophy trophée championnat open rallye circuit prince princess prinses queen king koning koningin "
    "hospital hôpital ziekenhuis lady our lord duke duchess earl count comte duc arena halle hall centre center "
    "zentrum usine fabrique caserne kaserne".split())
_ARTICLE = frozenset("la le les l' l’ du des au aux à a the het de der die das den dem des in at im am op "
                     "bij van von of".split())
_NOUN_LANG = frozenset("uit from of d' d’ de du".split())     # German "aus" only with life years

# the side a team plays against
_OPPONENT_WORDS = (r"(?i)\b(?:against|versus|vs\.?|tegen|gegen|contre|face (?:à|au|aux)|opposée? (?:à|au|aux))"
                   r"(?: (?:the|de|het|den|die|le|la|les|l['’]))?\s*")
_OPPONENT = re.compile(_OPPONENT_WORDS + "$")
_OPPONENT_ANY = re.compile(_OPPONENT_WORDS)
_CLUB = frozenset("club fc sc ac as rc sv vfb vfl tsv fsv sk sporting olympique stade racing real afc cf ud cd "
                  "kv krc kaa rsc rsca rfc ksv sv fk nk hc ec bsc".split())


def mark_person_towns(facts, text: str) -> None:
    """Apply the module docstring's readings to facts (places.PlaceFacts) in place."""
    low = text.casefold()
    for m in facts.mentions:
        at = _at(text, m.text)
        if at is None or m.person:
            if m.person and m.origin and m.binds and not m.placed:
                _never(facts, m)    # "a native of Tampere, Finland" (placeredteam): Finland is Tampere's
            continue
        head, tail = text[max(0, at - 80):at], text[at + len(m.text):at + len(m.text) + 40]
        if _LIVES_BEFORE.search(head) \
                or _REL_IN.search(head) and _LIVES_AFTER.match(tail) \
                or _REL_FROM.search(head) and _FROM_AFTER.match(tail) \
                or _from_name(head) or _opponent_club(head):
            if not _placed_elsewhere(text, m.text, at):     # "aus Arnstorf auf seinem Hof in Arnstorf"
                _never(facts, m)
    _opponent_countries(facts, text, low)
    for m in facts.mentions:
        if m.kind == NEAR and not (m.binds or m.locates_other) and (at := _at(text, m.text)) is not None \
                and _VENUE_NEAR.search(text[max(0, at - 80):at]) \
                and max((c.get("population") or 0) for c in m.cities) >= _BIG_CITY:
            m.locates_other = True      # "au stade de l'Amitié, près de Libreville": the stadium's country


# a sports ground named, then a comma and "near" a big city: the city only says where the ground
# is ("au stade de l'Amitié, près de Libreville"), as a forest near one does (placeorigin); a
# town between the two is the place ("stade Pierre-Mauroy, à Villeneuve-d'Ascq, près de Lille")
_VENUE_NEAR = re.compile(r"(?i)\b(?:stade|stadium|stadion|arena|circuit|vélodrome|velodrome|patinoire|sportpark)\b"
                         r"[^,.;]{0,40}, (?:near|près de|près d['’]|bij|bei|nahe|outside)\s*$")
_BIG_CITY = 100000      # placeorigin.BIG_CITY (imported there from here would make a cycle)


_PLACED = r"(?i:\b(?:in|im|at|bij|te|op|auf|à|au|dans|near|bei|nahe)) ({})\b"


def _placed_elsewhere(text: str, town: str, at: int) -> bool:
    """The same town is written again, after a positional word, as where the picture is."""
    return any(hit.start(1) != at for hit in re.finditer(_PLACED.format(re.escape(town)), text))


def _never(facts, m) -> None:
    """m is a person's or team's town: never the place; a country or region bound to it is its."""
    m.origin, m.person, m.placed = True, True, False
    if m.binds:
        a2 = m.binds[0]
        if a2 in facts.countries_seen:
            facts.countries_seen.remove(a2)
        if facts.country_cued == a2 and a2 not in facts.countries_seen:
            facts.country_cued = None
        facts.regions = [r for r in facts.regions if r != m.binds]
        facts.regions_seen = [r for r in facts.regions_seen if r != m.binds]
        m.binds = None


def _from_name(head: str) -> bool:
    hit = _FROM_NAME.search(head)
    if not hit:
        return False
    # the name is the last two words matched ("L'Ardéchois Hugo Faure": Hugo Faure), the word
    # before it no article ("à la Patinoire Municipale de X", "the Royal Hospital of X")
    words = hit.group("name").split()
    start = [k for k, w in enumerate(words) if w[:1].isupper()][-2]     # "Jan van der Berg": Jan
    before = (head[:hit.start()].split() + words[:start])[-1:]
    words = words[start:]
    if any(p.casefold() in _THING_FIRST or p.casefold() in _CLUB for w in words for p in w.split("-")) \
            or "'" in words[0] or "’" in words[0] or before and before[0].casefold() in _ARTICLE:
        return False        # "la caserne Grand-Duc Jean de X", "L'usine Renault de X", "Raiffeisen Arena de X"
    sep = hit.group("sep").strip(" ,")
    if sep == "aus" and not hit.group("life"):
        return False        # German nouns are capitalised: "Helfer des Roten Kreuzes aus Essen"
    if sep == "of" and "," not in hit.group("sep"):
        return False        # "Mary Queen of Scots"; the hometown after a name has a comma: ", of X"
    return sep in _NOUN_LANG or sep == "aus"


def _opponent_club(head: str) -> bool:
    """The town follows a club's word after "against"/"gegen"/"face à": "against Club Brugge"."""
    words = head.rstrip().rsplit(" ", 3)
    for k in (1, 2):
        if len(words) > k and all(w.casefold().strip(".") in _CLUB for w in words[-k:]) \
                and _OPPONENT.search(" ".join(words[:-k]) + " "):
            return True
    return False


def _opponent_countries(facts, text: str, low: str) -> None:
    """A country after "against", "face au", "tegen", "gegen" is the side a team plays: not the
    country the caption places the picture in ("Le Gabonais ... son but face au Cameroun, près
    de Libreville"); it stays a country the caption mentions ("tegen Argentinië in Rosario")."""
    if not facts.countries_seen and not facts.country_cued:
        return
    gz = load_gazetteer()
    for hit in _OPPONENT_ANY.finditer(text):
        rest = re.findall(r"[\w'’-]+", text[hit.end():hit.end() + 40])
        for n in (3, 2, 1):
            key = norm(" ".join(rest[:n]))
            a2 = gz.countries.get(key) if len(rest) >= n else None
            if a2 and gz.index.country_kind.get(key) == "name" and rest[0][:1].isupper():
                if facts.country_cued == a2:
                    facts.country_cued = None     # (still a country the caption mentions: "tegen
                break                             # Argentinië in Rosario" is the home side's town)


def _at(text: str, word: str) -> int | None:
    """Where `word` first stands as a whole word (str.find: a pattern per town name overflowed
    re's cache and was compiled anew 2,171 times per 2,000 captions)."""
    hits = word_hits(text, word)
    return hits[0].start() if hits else None
