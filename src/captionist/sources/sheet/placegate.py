"""The one gate every city the sheet parser writes passes through (issue 9).

The resolver (placeresolve.py) ranks the candidate cities of a caption; this module decides
whether the best of them may be written at all. The rule is in `refusal`'s docstring. A
candidate the gate refuses is never written: the record carries a warning that names it and
why, because a blank field with a warning beats a confident wrong value (project brief,
"trust first").

The rule is about evidence, not about a list of failures: the wrong places the corpus showed
(a big town taken next to the village named, a person's origin or a club taken as the place,
an alternate name of another place, a county or strait read as its town) were all written
from a name that the caption did not write as where the picture is, or that disagreed with
the country or region it names.
"""

from __future__ import annotations

from captionist.places.reverse import admin1_name
from captionist.places.words import _NAMING, CAP_CUES, CUED, NEAR, TOWN_WORDS, UNCUED

from .gazetteer import load_gazetteer, norm
from .placeagency import region_elsewhere_outweighed
from .placeagree import general_refusal
from .placealias import foreign_alias
from .placebound import stray_abroad
from .placeclues import QUALIFIERS, written_as_place
from .placefacing import faces
from .placededication import names_dedication
from .placefeaturenamed import names_feature
from .places import PlaceFacts, PlaceMention
from .placenearbare import bare_word
from .placelandmarkof import landmark_of     # "le château de X" (namesake42)
from .placeownforms import own_form, own_name
from .placeredteam import region_abroad
from .placeseat import seat_of_namesake
from .placespelling import double_name, spelt_otherwise

# a place this big is known without a country: nobody writes "in Lagos" for Lagos, Portugal
PROMINENT = 100000
# a town this big is taken without a country when its namesakes abroad are a tenth of its size
TOWN = 15000


def positional(m: PlaceMention) -> bool:
    """m is written with a word that puts the picture there ("in X", "bij X", "à X", "am X") or
    names the place itself ("the village of X", "le village de X", "de luchthaven van X"),
    not only "of X" / "van X" / "de X" ("au-dessus de Narbonne", "niet ver van Zwolle"): between
    two places the caption writes, such a one is where the picture is, whatever their sizes."""
    return m.placed or m.cue[1] in _NAMING or m.cue[0] in _PLACE_NOUNS


_PLACE_NOUNS = TOWN_WORDS | CAP_CUES
# the side a team plays against: its town is not where the match is ("face à Lens", "against
# Leeds", "tegen Heerenveen", "gegen Bremen", "contre Nantes")
# "Breisach am Rhein", "Feldkirchen in Kärnten", "Rüdesheim am Rhein": a qualifier after the
# town's everyday name (the table lives in placeclues.py, which reads town adjectives with it)
_QUALIFIERS = QUALIFIERS
REGION_NAME = "a region's name, which the city's own name only extends"
_OPPONENT = frozenset("against versus vs tegen gegen contre".split())
_OPPONENT2 = frozenset(("face à", "face au", "opposé à", "aux prises avec"))


def refusal(m: PlaceMention, city: dict, facts: PlaceFacts, bound: list[tuple[str, str | None]],
            sheet_country: str | None, sheet_others: frozenset[str] = frozenset()) -> str | None:
    """None when `city`, read from mention `m`, may be written as the caption's city; else why not.

    A city is written only when all three hold:

    (a) the caption writes it as where the picture is: after a positional cue of its own
        sentence ("in X", "at X", "bij X", "te X", "à X", "dans X", "im Dorf X", "the village
        of X", "X bei Y" giving X, "near X"), bound to a country or region right after it
        ("X, Country", "X (Region)", a dateline), or as a city adjective or its people
        ("Rotterdamse agent", "Münchner Polizei", "Des Parisiens", "Inwoners van X") or as
        where people come from ("uit Kharkiv", "aus Essen") only when it names no other place,
        even one the index lacks ("Feuerwehrleute aus Wernigerode ... im Nationalpark Harz");
        never as where someone goes ("naar X", unless a country follows: "return to Tal
        Abyad, Syria"), never after French "en" ("en Champagne" is a region), never as part of
        another name ("the Congress of Vienna", "players of Paris Saint-Germain", "at Roland
        Garros"), never as the opponent ("face à Lens", "against Leeds", "tegen Ajax"), never
        as what only locates a place named just before it ("in Brovary, bij Kiev", "X near Y"),
        and never bare (a capitalised word the index knows: "FC Groningen");
        ("between X and Y" and the two ends of a route never reach the gate: placeresolve.py);
    (b) the written name is the city's own name, an exonym or transliteration of it, or its
        adjective; another of its names only after a cue or for a city of PROMINENT people, and
        never a region's name that a city's own name only extends ("western Oklahoma" is the
        state, not Oklahoma City; a city of ten times PROMINENT people aside: New York City);
        (placeresolve.py has already dropped a bigger town that bears the name only as another
        of its names when a town of TOWN people bears it as its own: "à Bienne" is
        Biel/Bienne, not Vienna);
        never a shortened form of a village's longer name ("Ribaute" is not
        Ribaute-les-Tavernes), unless the rest only says where the town lies ("Breisach" of
        Breisach am Rhein, "Feldkirchen" of Feldkirchen in Kärnten);
    (c) it agrees with where the caption says it is: inside the country and the province or
        state the caption names ("Flushing Meadows, New York" is no Flushing in Michigan; also
        written apart or as an adjective: "in Hoorn in de provincie Limburg", "im sächsischen
        Neustadt", placeagree.py, asked first); when
        the caption names none: in the sheet's country (unless written only as "de X" / "of X"
        while a village abroad bears the name and is at least 1/TWIN of its size: "le cross de
        Lignières", France or Switzerland; a landmark of the town before "de X" places the
        picture there: "le château de X", placelandmarkof), or another country of two of its
        captions or more, for a town by its own name), or in a country or region the caption
        mentions, outside which, when the caption names a country not only as another place's
        ("between Serbia and Hungary", "the Serbian-Hungarian border"; not "das polnische
        Zgorzelec"), only a town of TOWN people by its own name; else never when the name is
        also a region abroad ("in Kent" is no Kent,
        Washington), and only when prominent (PROMINENT people or more), or a town (TOWN or
        more) called so by its own name whose namesakes abroad are under a tenth of its size,
        or a place with no namesake abroad ("à Clairefontaine" is an old name of El Aouinet,
        Algeria, too).
    """
    # (a) how it is written
    if m.toward and not m.binds:
        return "where someone goes, not where the picture is"
    if (m.origin or m.toward) and (facts.unknown or facts.near_pairs or facts.regions_seen or any(
            o.text != m.text and not (o.origin or o.toward) for o in facts.mentions)
            or any(a2 != city["countrycode"] for a2 in facts.countries_seen)):
        return "where someone comes from or goes, and the caption names another place"
    if m.person and not m.placed:
        # "Le nancéien Hugo Ferry", "les joueurs de Guingamp", "ein Porträt von Mandela"
        return "a person or team (a name, or where they come from), not where the picture is"
    if m.cue[0] == "en" and not m.binds:
        return "after 'en': a French region or country, or a Dutch 'and'"    # "en Champagne"
    if m.facility and not m.binds:
        return m.facility
    if m.in_name and not m.binds:
        return "part of another name"
    if opponent(m):
        return "the opponent's town, not where the match is"
    if faces(m) or m.faced:     # "face au Crotoy", "tegenover Porto", "across the water from X" (placefacing, placeacross)
        return "what the picture faces, not where it is"
    if names_feature(m):     # "le glacier du Trient", "der Vulkan Ätna" (placefeaturenamed.py)
        return "a glacier or volcano named like a town, not the town"
    if names_dedication(m):     # "l'église Saint-Ambroise", "die Kirche St. Martin" (placededication.py)
        return "a church's or feast's saint, not a town"
    if m.kind == UNCUED and not (m.binds or m.placed or _alone_in_its_sheet(m, city, facts, sheet_country)):
        return "not written as where the picture is"
    if m.kind == NEAR and (m.locates_other or facts.near_pairs
                           or any(o.kind != NEAR and o.text != m.text and written_as_place(o)
                                  and not stray_abroad(o, m) and not (o.in_name and not o.binds)   # "of Lake Mead near X"
                                  # a town hung on a person is not what "near" locates: "a soldier
                                  # from X rests in a trench near Y" (placeattached, origin38)
                                  and not (o.origin or o.toward)
                                  and not bare_word(o, m)     # "ein Strand am Meer bei X" (placenearbare)
                                  for o in facts.mentions)):
        return "near it only says where the other place named is"
    if city.get("small_adjective") and city["countrycode"] != sheet_country:
        return "a small town's adjective, outside the sheet's country"     # "Kappelner Bürger" in a German sheet
    # (b) how it is named
    key, own, pop = norm(m.text), norm(city["name"]), city.get("population") or 0
    if own.startswith(key + " ") and pop < TOWN and not city.get("newsroom") \
            and own[len(key) + 1:].split()[0] not in _QUALIFIERS \
            and not any(norm(c["name"]) == key for c in m.cities) and not (m.cued and double_name(m.text, city["name"])):
        return "a shortened name of a village's longer one"
    alias = not (city.get("primary") or city.get("newsroom") or city.get("adjective"))
    if alias and not (m.cued or m.binds) and pop < PROMINENT:
        return "another name of a place, not written as a place"     # "Kappelner Bürger" is not Al Burj
    if alias and not m.binds and pop < 10 * PROMINENT and own.startswith(key + " ") \
            and load_gazetteer().index.regions(key):
        return REGION_NAME
    if alias and pop < TOWN and not m.binds and city["countrycode"] != sheet_country \
            and _other_spelling(m.text, city, facts):
        # "bij Kalenberg" in a Dutch sheet is no Callenberg, Saxony (wrong20)
        return "a village abroad written only by another spelling of its name"
    if why := foreign_alias(m, city, facts, sheet_country, sheet_others, alias, TOWN):
        return why      # "in <German name of a Hungarian village>" on a Bavarian sheet (placealias)
    # (c) agreement; the general rules (placeagree.py) first
    if why := general_refusal(m, city, facts, sheet_country, sheet_others):
        return why
    named = [m.binds] if m.binds else bound
    if named:
        if not any(b[0] == city["countrycode"] for b in named):
            return f"not in {', '.join(sorted({b[0] for b in named}))}, which the caption names"
        codes = {m.binds[1]} if m.binds and m.binds[1] else set()
        if codes and city["admin1code"] not in codes and any(state(city["countrycode"], c) for c in codes):
            return "not in the province or state the caption names"
        return None
    if city["countrycode"] == sheet_country and not (facts.countries_seen or facts.regions_seen) \
            and pop < TOWN and not positional(m) and not landmark_of(m) \
            and (twin := _twin_abroad(m, city, key, pop)):
        return f"a village of this name in {twin} too, of comparable size, and the caption names no country"
    # a newsroom's own name of a big city, cued, means the city: "à Bâle" is Basel, not Balé,
    # Burkina Faso (german19)
    newsroom_city = city.get("newsroom") and m.kind >= CUED and pop >= PROMINENT
    # (a town giving its name to its area at home, in the sheet's country, is the town: placeseat)
    if not newsroom_city and not region_elsewhere_outweighed(m, city, key, sheet_country, sheet_others) \
            and not seat_of_namesake(m, city, key, sheet_country) \
            and (why := region_abroad(m, city, key, facts)):     # "at a farm in Kent"; placeagency.py
        return why
    if city["countrycode"] in (sheet_country, *facts.countries_seen, *(r[0] for r in facts.regions_seen)):
        return None
    if not alias and m.kind >= CUED and not facts.countries_seen and city["countrycode"] in sheet_others:
        return None     # "in Inverness" in a sheet of Irish and Scottish captions
    # the countries the caption names as such, not only as another place's ("das polnische
    # Zgorzelec" says nothing against "in Görlitz"): "the Horgos border crossing between Serbia
    # and Hungary" is no Horgos (GeoNames: Qarasu) in China. A town of TOWN people by its own
    # name may lie next door ("in Frankfurt (Oder) an der Grenze zu Polen").
    free = set(facts.countries_seen) - {o.binds[0] for o in facts.mentions if o.binds and o is not m}
    if free and (pop < TOWN or alias):
        return f"not in {', '.join(sorted(free))}, which the caption names"
    region = [r.country for r in load_gazetteer().index.regions(key) if r.country != city["countrycode"]
              and not spelt_otherwise(m.text, r.name)]     # "Münster" is no Munster, IE (placespelling.py)
    if region and not newsroom_city:
        # "in Kent": the English county before Kent, Washington
        return f"also a region of {region[0]}, and the caption names no country"
    # namesakes abroad are places called so by their own name (GeoNames gives Old Saybrook, CT
    # the alternate name Zeebrugge: nobody means it by "de haven van Zeebrugge")
    abroad = [c.get("population") or 0 for c in m.cities
              if c["countrycode"] != city["countrycode"] and (own_name(c, key) or alias)]
    if abroad and pop < PROMINENT and (pop < TOWN or max(abroad) * 10 >= pop or alias):
        return "a name of places in several countries, and the caption names none"
    return None


# a namesake abroad this close in size makes the sheet's country no evidence for a village the
# caption writes only as "de X" / "of X" (Lignières: 1,637 people in France, 982 in Switzerland,
# and "le cross de Lignières" names neither); "à Isola 2000" in a French sheet puts the picture
# there, and the sheet's country settles it
TWIN = 2


def _twin_abroad(m: PlaceMention, city: dict, key: str, pop: int) -> str | None:
    """The country of a village abroad called so by its own name and at least 1/TWIN of the
    size of `city` (a village too, under TOWN people)."""
    for c in m.cities:
        if c["countrycode"] != city["countrycode"] and own_name(c, key) and norm(c["name"]) == key \
                and (c.get("population") or 0) * TWIN >= pop:
            return c["countrycode"]
    return None


def _other_spelling(written: str, city: dict, facts: PlaceFacts) -> bool:
    """The caption writes a village by a name GeoNames keeps only as another spelling of a
    plain-ASCII name ("Kalenberg" of Callenberg), in no country or region the caption names: not
    a transliteration of a name in other letters ("Hydra" of Ýdra, "Medjugorje" of Međugorje)
    and not a short or long form of it ("Lech am Arlberg" of Lech)."""
    own, key = norm(city["name"]), norm(written)
    return city["name"].isascii() and not own.startswith(key + " ") and not key.startswith(own + " ") \
        and city["countrycode"] not in (*facts.countries_seen, *(r[0] for r in facts.regions_seen)) \
        and not own_form(written, city["name"])     # "St. Anton im Montafon", "Murten" (placeownforms.py)


def opponent(m: PlaceMention) -> bool:
    """m is written as the side a team plays against ("face à Lens", "against Leeds")."""
    return (m.cue[0] in _OPPONENT or m.cue[1] in _OPPONENT2) and not m.binds


def state(a2: str, code: str) -> bool:
    """code is a first-level division the index's admin1 codes use (a US state, a Swiss
    canton), not a province below it ("Hoboken, Antwerpen": BE-VAN lies in Flanders, the
    admin1 of Hoboken)."""
    if not admin1_name(a2, code):
        return False
    from captionist.places import iso    # pycountry's subdivisions, without importing it
    sub = iso.subdivision(f"{a2}-{code}")
    return sub is None or not sub["parent_code"]


def _alone_in_its_sheet(m: PlaceMention, city: dict, facts: PlaceFacts, sheet_country: str | None) -> bool:
    """A bare name may stand for the place when nothing else can: a city of PROMINENT people by
    its own name, mid-sentence, the only place the caption names, in the country the sheet's
    other captions are in ("de snelweg die Kyiv naar het westen verlaat" in a sheet on Ukraine)."""
    return (city.get("population") or 0) >= PROMINENT and city["countrycode"] == sheet_country \
        and m.primary and not m.initial and not (facts.unknown or facts.regions_seen or facts.countries_seen) \
        and all(o.text == m.text for o in facts.mentions)
