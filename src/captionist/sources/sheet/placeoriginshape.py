"""Where someone comes from, by the caption's shape rather than by a table of nouns (issue 9,
origin46: the wrong places of sheets 305-319 and the older ones like them).

Rounds 38-45 read a town after "aus/from/uit" as an origin through tables of the nouns before it
(groups, trades, visitors, traders: placegroupwords.py, placeworkerwords.py), and each new desk
brought new nouns ("Schulkinder aus A", "Ein Bergführer aus A", "Studenten aus A", "A shop owner
from A", "Skilehrer aus A"). The general form is the caption's shape: a noun phrase (the
subject), an origin word ("aus", "from", "uit"; "originaire de", "afkomstig uit", "a native of",
"der aus A stammende": PlaceMention.origin), the town, then a verb and ANOTHER place written
after a positional word: "Schulkinder aus A besichtigen das Vorfeld des Gletschers bei B",
"Ein Bergführer aus A zeigt am B-gletscher beim C-pass", "A shop owner from A who moved to B".
The gate already refuses an origin when the caption names another place the index holds or one
it lacks after a cue it reads (placegate); it missed the other place when it was a capitalised
name after a positional word that the finder does not take (German nouns: "am Steingletscher",
"zum Jungfraujoch", an English "to B"). Here such a name, written AFTER the origin, makes the
origin a person's town (.person: never written; the gate names it in its warning).

Not: a name after the positional word that is a month, a weekday or a feast, a German abstract
or event noun ("bei der Eröffnung", "zur Begrüßung": -ung, -heit, -keit, -schaft), a region or
country of the town's own country only (it says where the town is); a distance ("20 km from A",
"not far from A": A locates the picture); a route ("from A to B", "von A nach B": placebetween);
a town written again as placed ("aus A ... in A", placeresidence._placed_elsewhere).
"""

from __future__ import annotations

import re

from .captionwords import caption_words
from .dates import CALENDAR_NAMES
from .gazetteer import load_gazetteer, norm
from .placeresidence import _placed_elsewhere
from .placetokens import word_hits

_ORIGIN_WORDS = frozenset("aus from uit originaire afkomstig native stammende gebürtig".split())
# a distance or a nearness before the origin word: the town locates the picture ("20 km from A",
# "not far from A", "a few miles from A", "weit weg von A")
_DISTANCE = re.compile(r"(?i)(?:\b(?:km|kilomet\w*|miles?|met(?:er|re)s?|far|away|minutes?|hours?|drive)\s*$)")
# the positional words before the other place: placegroup's, and the ones of a move or visit
_POSITIONAL = (r"à|au|aux|dans|sur|devant|près|vers|in|im|am|at|on|op|bij|te|auf|bei|beim|vor|vom|zum|zur|nach|"
               r"naar|to|into|near|outside")
_LATER = re.compile(
    r"(?<![\w'’])(?:" + _POSITIONAL + r")\s+"
    r"(?:(?:the|le|la|les|l['’]|de|het|der|die|dem|den|des|du|une?|ein|eine|einem|einer|a|an)\s*)?"
    r"(?:[a-zà-ÿ-]+\s+(?:[a-zà-ÿ-]+\s+)?(?:de\s+(?:la\s+|l['’])?|d['’]|du\s+|des\s+|of\s+(?:the\s+)?|van\s+(?:de\s+|het\s+)?|von\s+))?"
    r"(?P<n>[A-ZÀ-Ý][\w'’-]+)")
_ROUTE = re.compile(r"^\s*,?\s*(?:to|nach|naar|à|tot|bis)\s+[A-ZÀ-Ý]")
# a German abstract or event noun written with its capital after a positional word ("bei der
# Gemeinderatssitzung", "bei der Eröffnung", "zur Begrüßung"): no place's name ends so
NOUN_ENDS = ("ung", "ungen", "heit", "keit", "schaft", "tion", "ismus")
# a departure: the picture is where they set off ("Marchers set off from A on the crusade to B",
# "vertrekken uit A", "brechen aus A auf", "partent de A")
_DEPARTURE = frozenset("off out depart departs departed departing leave leaves left leaving vertrekt vertrekken "
                       "vertrokken start starten startet startete partent part partis".split())
# a spot of the origin town itself, not another place: a street, square or market ("legen
# Blumenteppiche in der Hauptstraße", "am Hauptplatz"), a landmark named by a common adjective ("op
# de muren van de Grote Moskee"), a quarter after its word ("in de wijk S")
_SPOT_ENDS = ("straße", "strasse", "gasse", "platz", "markt", "allee", "straat", "plein", "gracht", "steeg")
_SPOT_FIRST = frozenset("grote groote große grosse grand grande great old alte alter altes oude vieux vieille".split())
_QUARTER = re.compile(r"(?i)\b(?:wijk|buurt|stadsdeel|stadtteil|viertel|kiez|ortsteil|quartier|district|"
                      r"neighbou?rhood|quarter|borough)\s+$")


def mark_origin_shapes(facts, text: str) -> None:
    """Apply the module docstring's reading to facts (places.PlaceFacts) in place (called by
    placeorigin.mark_origins after placeworker's rule)."""
    if not facts.mentions or caption_words(text).lower.isdisjoint(_ORIGIN_WORDS):
        return      # the prefilter: most captions name no origin
    for m in facts.mentions:
        if not m.origin or m.person or m.placed or m.binds or m.toward:
            continue
        at = _at(text, m.text)
        if at is None or _DISTANCE.search(text[max(0, at - 30):at].rsplit(" ", 2)[0] + " ") \
                or _placed_elsewhere(text, m.text, at):
            continue
        before = text[max(0, at - 30):at].split()
        if len(before) >= 2 and before[-2].casefold() in _DEPARTURE:
            continue    # "set off from A": the picture is where they leave
        end = at + len(m.text)
        if _ROUTE.match(text[end:end + 50]) and re.search(r"(?i)\b(?:from|von|van|de|uit)\s+$", text[max(0, at - 8):at]):
            continue    # "from A to B": a route
        if _later_place(text, end, m, {o.text for o in facts.mentions if o.person or o.origin}):
            m.person, m.placed = True, False


def _later_place(text: str, end: int, m, someones: set[str]) -> bool:
    """A capitalised name after a positional word, after the origin: not a town already read as
    someone's ("die twaalf jaar in Zwolle woonde": placeresidence), nor a spot of the origin town."""
    own = {c["countrycode"] for c in m.cities}
    for hit in _LATER.finditer(text, end):
        name = hit.group("n")
        low = name.casefold()
        if name == m.text or name in someones or norm(name) in CALENDAR_NAMES or low.endswith(NOUN_ENDS) \
                or low.endswith(_SPOT_ENDS) or low in _SPOT_FIRST or _QUARTER.search(text[max(0, hit.start("n") - 20):hit.start("n")]):
            continue
        if _ends_in(name, _SPOT_OF_A_MOUNTAIN):
            return True     # "zum Jungfraujoch"
        if _own_area(name, own):
            continue
        if _GERMAN_ARTICLE.search(text, hit.start(), hit.start("n")) and not _placey(name):
            continue    # a German common noun after its article: "aus A wartet auf den Bus", "im Regen"
        return True
    return False


# German capitalises every noun: after an article, or a preposition that holds one ("am", "im",
# "zum"), a capitalised word is a place only when the index knows it or it ends in a landscape's
# noun ("am Steingletscher", "zum Jungfraujoch", "auf der Seiser Alm")
_GERMAN_ARTICLE = re.compile(r"(?<![\w'’])(?:am|im|beim|vom|zum|zur|ins|der|die|dem|den|des|ein|eine|einem|einer)\s")
# a mountain's spot is somewhere to go from the town, even when the index files it as an area of
# the town's own country (the Jungfraujoch); a valley or lake may be the town's own ("im Emmental")
_SPOT_OF_A_MOUNTAIN = ("gletscher", "ferner", "kees", "joch", "pass", "horn", "spitze", "kogel", "kopf", "wand",
                       "hütte", "huette", "alm", "alpe", "alp")
_FEATURE_ENDS = _SPOT_OF_A_MOUNTAIN + ("see", "tal", "berg", "insel", "ufer", "strand", "bach")


def _ends_in(name: str, ends: tuple[str, ...]) -> bool:
    return any(part.endswith(ends) for part in name.casefold().split("-"))   # "Schochenspitze-Aufstieg"


def _placey(name: str) -> bool:
    if _ends_in(name, _FEATURE_ENDS):
        return True
    gz = load_gazetteer()
    key = norm(name)
    # a town of that very name (the index's lookup also folds "Bus" into the Swiss "Buus")
    return any(norm(c["name"]) == key for c in gz.index.cities(key)) or bool(gz.index.regions(key)) \
        or key in gz.countries


def _own_area(name: str, own: set[str]) -> bool:
    """name is a region or the country of the town's own country ("aus A in Tirol")."""
    gz = load_gazetteer()
    key = norm(name)
    regions = gz.index.regions(key)
    if regions and all(r.country in own for r in regions):
        return True
    return gz.countries.get(key) in own


def _at(text: str, word: str) -> int | None:
    hits = word_hits(text, word)
    return hits[0].start() if hits else None
