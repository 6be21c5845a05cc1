"""A blank city need not mean a blank country (issue 9, country36).

The resolver and the gate leave the city blank when they cannot say WHICH town the picture is
in: a town the caption names only as what the picture is near ("retourne son lin près de
Saint-Lô"), a place named after its town ("at Kelso Racecourse"), a name written only as "the X
of Y". Their warning names the candidates they weighed. When
every candidate the caption writes as a place, and every region, island or landscape it names,
lies in ONE country, that country is no guess: it is written, the city stays blank, and the
warning says what the country was written from.

Never from what is not where the picture is: a person's or team's origin ("aus X", "from X",
"Le nancéien X"), the opponent's town, where someone goes, a name inside another name (a club,
a product, an institution: the finder's `in_name`; a place named after its town and written as
where the picture is aside, "at Kelso Racecourse", "in Hebden Bridge"), what the picture faces,
the two ends of a route, a church's saint; such names neither give the country nor take it
away. And never when two countries are in play: a country named that is not the one found
("near the German border"), a candidate the gate found outside the country the caption names, a
region of two countries (placelandscape's table lists only one-country names), a place whose
namesakes lie in several countries and that nothing else settles ("Minden": Germany, or
Louisiana).

A caption that writes a place the index lacks is left alone: that place may lie anywhere.
Measured on the tuned part (7,421 captions; docs/sheets.md): 14 countries gained, none lost, no
wrong place. Letting the sheet's main country decide among several candidates' countries (a
regional daily's sheet) gained 54 more but wrote 27 wrong places: SHEET_DECIDES stays off.

A mention counts by the countries of the towns that bear its written name as their own (an
alternate name GeoNames keeps, "Kutsche" for Al-Kut, is no evidence) and of the regions so named
("Bari" is also a region of Somalia). The country is the one every piece of evidence allows, and
at least one piece must allow it alone (a town of one country, a region).
"""

from __future__ import annotations

from captionist.places.words import _ARTICLES, CONTRACTED, CUED

from .gazetteer import load_gazetteer, norm
from .placegate import opponent, positional
from .placeownforms import own_name
from .placelandscape import regions_named

# the gate's reasons (placegate.refusal, and the later rules' "only what the picture is of or
# near") that leave the candidate a place the picture is in or near, only not settled as THE
# town: "X, near Y" (Y locates X; "Roßwag, ein Stadtteil von Vaihingen an der Enz")
DECISIVE = ("near it only says where the other place named is", "only what the picture is of or near")
# reasons whose candidates only narrow the countries, never decide one: a name not written as a
# place ("des überfluteten Lugo in der Region Emilia-Romagna": Lugo is in Spain and Italy, the
# region settles it), a name of places in several countries, a region's name abroad too ("Bari":
# also a region of Somalia)
NARROWING = ("not written as where the picture is", "a name of places in several countries",
             "a shortened name of a village's longer one", "also a region of",
             "a village of this name in", "a village abroad written only by another spelling")
# a candidate outside the country the caption names: the caption's places and its country
# disagree, and which of the two is misread it does not say (two countries in play)
BLOCKING = ("not in ",)
# every other reason says the name is not where the picture is: an origin, a team, the opponent,
# a destination, a name inside another name, what the picture faces, a saint, "en Champagne":
# such a name neither gives the country nor takes it away
# the sheet's main country deciding among several (measured: +54 countries, +27 wrong places)
SHEET_DECIDES = False


def _countries(m, city=None, why: str = "") -> frozenset[str]:
    """The countries of the towns bearing m's written name as their own, and of regions so
    named; empty when only other names of places match ("Kutsche": Al-Kut)."""
    key = norm(m.text)
    own = {c["countrycode"] for c in m.cities if own_name(c, key) or norm(c["name"]) == key}
    if city is not None and why.startswith(DECISIVE):
        own.add(city["countrycode"])    # the gate weighed it as the place ("du Guilvinec": Le Guilvinec)
    if not own:
        return frozenset()
    regions = {r.country for r in load_gazetteer().index.regions(key)} if not m.binds else set()
    return frozenset(own | regions)


# the finder's articles, with the contracted ones ("im See", "am Rhein", "zum Hafen", "au Port", "du Lac")
_THING_ARTICLES = _ARTICLES | set(CONTRACTED) | frozenset("im am zum zur beim vom ins ans".split())


def _article_before(text: str, name: str) -> bool:
    """An article right before the name: "the Met", "la Porte de Versailles", "der Dresdner
    Straße": the name of a thing, not a town's ("at Kelso Racecourse", "in Hebden Bridge")."""
    at = text.find(name)
    words = text[max(0, at - 8):at].split() if at > 0 else []
    return bool(words) and (words[-1].casefold() in _THING_ARTICLES or words[-1][-2:].casefold() in ("l'", "l’"))


def country_only(text: str, facts, place, sheet_country: str | None = None) -> str | None:
    """The one country the caption's candidates and named areas agree on, when the resolver
    wrote neither city nor country; else None. Writes it into `place` with a warning."""
    if place.city is not None or place.country is not None or place.taken_back \
            or any(m.between for m in facts.mentions):
        return None     # ("tussen Baarle-Nassau (Noord-Brabant) en Turnhout": either end, or neither)
    decisive: list[frozenset[str]] = []
    narrowing: list[frozenset[str]] = []
    sources: list[str] = []     # what decided, for the warning
    # a place the index lacks, written as the picture's: it may lie in any country, the other
    # names only say where it is not necessarily ("Pendelaars uit Lotharingen ... in <village>",
    # "in <village> bij Losser"); only "<village>, a district of Y" (placeunknownslot) places it
    unknown = bool(facts.unknown or facts.near_pairs)
    for m, city, why in place.refused:
        if why.startswith(BLOCKING):
            return None
        # "at Kelso Racecourse", "at Windsor Castle": a place named after its town, written as where
        # the picture is (a club or a product is written so only by mistake: "Spieler von Bayern
        # München" has no positional cue, and such names are never decisive)
        named_after = why == "part of another name" and positional(m) and not m.person \
            and not _article_before(text, m.text)
        # ("siège de X, près de Y": Y only locates X, a name the index may lack or misread)
        # (measured: "<village>, ein Stadtteil von Y" deciding gave 4 countries on the tuned part
        # and 4 wrong ones on the mutation bench: "Burgemeester X van Parijs op bezoek in <village>")
        strong = not unknown and (why.startswith(DECISIVE[0]) and not m.locates_other or named_after)
        if not strong and not why.startswith(NARROWING):
            continue
        if got := _countries(m, city, why):
            (decisive if strong and len(got) == 1 else narrowing).append(got)
            sources += [m.text] if strong and len(got) == 1 else []
    # every other name the caption writes as a place narrows too ("in Florida": US, CU, CO, UY)
    weighed = {id(m) for m, _, _ in place.refused}
    for m in facts.likely():
        if id(m) not in weighed and m.kind >= CUED and not (m.origin or m.toward or m.person or m.in_name
                                                            or m.between or m.faced or opponent(m)):
            if got := _countries(m):
                narrowing.append(got)
    # the regions, provinces and counties the caption names ("near March, Cambridgeshire", "Co Mayo")
    # (only a region written as where something is decides: facts.regions, read after a place
    # cue or a comma; one merely named, "nach Spitzbergen", "richting Veluwe", only narrows)
    areas = [frozenset({r[0]}) for r in facts.regions]
    if facts.province:
        areas.append(frozenset({facts.province[0]}))
    (narrowing if unknown else decisive).extend(areas)
    narrowing.extend(frozenset({r[0]}) for r in facts.regions_seen if r not in facts.regions)
    sources += ["a region named"] if areas and not unknown else []
    if lands := regions_named(text):
        (decisive if len(lands) == 1 and not unknown else narrowing).append(frozenset(lands))
        sources += ["a landscape named"] if len(lands) == 1 and not unknown else []
    pieces = decisive + narrowing
    if not pieces:
        return None
    common = frozenset.intersection(*pieces)
    if len(common) == 1 and decisive:
        a2 = next(iter(common))
    elif SHEET_DECIDES and sheet_country in common:
        a2 = sheet_country
    else:
        return None
    if any(c != a2 for c in facts.countries_seen):
        return None     # another country is named: "near the German border", "die norwegische Prinzessin"
    place.country = a2
    place.warnings.append(f"country written from {', '.join(dict.fromkeys(sources)) or 'the sheet'}: "
                          f"every candidate and area named lies in {a2}")
    return a2
