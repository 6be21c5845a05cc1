"""Two readings of a town's name that say where someone or something is FROM or NEAR, not where
the picture is (issue 9, the wrong places of sheets 61-65), applied to what `find_places`
found once the whole caption is read:

- a town's adjective right before a person's name or a player's role is where the person or
  team comes from ("Le nancéien Hugo Ferry ... dans son laboratoire", "gegen zwei Eisenacher
  Abwehrspieler", "de Amsterdamse Lisa de Vries", "the Leeds striker"): the mention becomes an
  origin, which the gate (placegate.py) writes only when the caption places the picture there;
- a city of BIG_CITY people after "bij", "near", "bei", "près de" that follows an island ("on
  X island near Hiroshima"): the island is where the picture is, the city only locates it, so
  it gives its country and never the city (forests, lakes, hills and parks did so too until
  gate42: the corpus convention gives the city near them).
"""

from __future__ import annotations

import re

from captionist.places.words import ADJECTIVE, CUED, NEAR, UNCUED

from .placeairport import mark_airports
from .gazetteer import load_gazetteer, norm
from .placeforms import team_ground, written_forms
from .placearticle import drop_article_towns
from .placenamedafter import mark_named_after
from .placenamesake import mark_namesakes
from .placenotown import mark_not_towns
from .placeredteam import mark_asides, one_region  # noqa: F401 (places.py)
from .placetokens import word_hits
from .placeinarea import agree_with_areas
from .placeisland import agree_with_islands
from .placecrossborder import mark_cross_border
from .placeagree import coded_first, mark_teams, prefer_named_region, regions_written  # noqa: F401 (places.py)
from .placedateline import mark_dateline
from .placeoffice import mark_offices
# re-exported to places.py: "from a base in Italy" (body_country), "aus dem Dorf X" (noun_origin)
from .placegroup import body_country, mark_group_towns, noun_origin  # noqa: F401
from .placeestate import mark_estates
from .placeworker import mark_worker_towns
from .placeoriginshape import mark_origin_shapes
from .placesitenear import mark_site_near
from .placebound import bind_province_short, capital_of_its_name, country_follows, landmark_towns, service_towns
from .placebefore import mark_rivals
from .placefestival import festival_towns
from .placezu import mark_building_zu
from .placenotthere import mark_not_there
from .placeclues import OFFSHORE, named_water, offshore, us_state_after
from .placeteamwords import POSITIONS, ROLES
from .placeresidence import mark_person_towns
from .placedeath import mark_life_towns
from .placetownword import town_word_towns

# a position in a team: a town's adjective before it names the team, not the match's town
# ("zwei Eisenacher Abwehrspieler", "the Leeds striker"); a role that says who a person is, not
# which team, only with the person's name after it ("der Münchner Trainer Max Roth");
# "Heerenveense schaatsers trainen op de baan" are skaters at their own rink (the words:
# placeteamwords.py, one table with placeagree's team rule)
_POSITION = re.compile(r"(?:" + POSITIONS + r")s?$", re.IGNORECASE)
_ROLE = re.compile(r"(?:" + ROLES + r")$", re.IGNORECASE)

# words that name an island: "Miyajima island", "het eiland Marken", "die Insel Mainau", "l'île
# d'Yeu" (a feature's name is one word ending so, or the feature word opens its name). An island
# is a place of its own, often a village's name, known to the index or not: "on X island near
# Hiroshima" is X, and Hiroshima only locates it. Lakes, seas, forests, hills and parks were
# read so too until gate42; by the corpus convention a picture taken near a city with no village
# named has the city, whatever its size ("het Zoniënwoud bij Brussel", "Lake Victoria near X").
_FEATURE_END = re.compile(r"(?:eiland|insel|island|islands)$", re.IGNORECASE)
_FEATURE_WORD = frozenset("island islands île îles insel eiland".split())
_NEAR_WORDS = ("bij", "near", "bei", "nahe", "nahe bei", "près de", "près du", "près d'", "près d’", "outside",
               "close to", "dicht bij", "in der Nähe von")
_NEAR_AFTER_FEATURE = re.compile(r"(?P<f>[\w'’-]+(?: [\w'’-]+){0,3}) (?:" + "|".join(_NEAR_WORDS) + ") $")
_NEAR_ENDS = tuple(f" {w} " for w in _NEAR_WORDS)
# a town this big has islands near it that are not in it (a village near one is the island's
# own town, as newsrooms write it); placegate.PROMINENT, which imports this module's caller
BIG_CITY = 100000

# a sports ground: "au stade de l'Abbé-Deschamps", "in der HUK-Coburg arena", "im Volksparkstadion"
_VENUE = re.compile(r"(?i)(?:\b(?:stade|stadium|arena|halle|sporthal|velodrome|vélodrome|patinoire|ijsbaan|circuit)\b"
                    r"|stadion\b|\w(?:halle|arena)\b|\bsportpark\b)")   # "in der Rheinhalle", "im Sportpark" (recall23de)
# the words of a building, square or landmark after a town's adjective: "de Groningse Grote
# Markt", "der Würzburger Festung Marienberg" are no person's name
_THING = re.compile(r"(?i)(?:markt|platz|plein|festung|dom|kerk|kirche|hafen|haven|straat|straße|strasse|brug|"
                    r"brücke|stadion|station|bahnhof|park|tor|poort|toren|turm|burg|slot|schloss|kasteel|hall|"
                    r"square|bridge|cathedral|church|market|place|gare|pont|cathédrale|église|grote|große|"
                    r"grosse|grand|grande|alte|alter|oude|nieuwe|neue|neuer|hoofd|haupt|zoo|museum|theater)$")
_NOT_NAME = frozenset("de het een der die das den dem le la les un une du des the a an of van von".split())


def mark_origins(facts, text: str, mention_class=None):
    """facts (places.PlaceFacts) with the two readings above applied, mention by mention, after
    an opening dateline is read (placedateline.py; mention_class is places.PlaceMention)."""
    if mention_class is not None:
        facts = mark_dateline(facts, text, mention_class)
    sea_end = -1
    for m in facts.mentions:
        at = _find(text, m.text)
        if at is None:
            continue
        code = None if m.binds else us_state_after(text, at + len(m.text), load_gazetteer())
        if code and any(c["countrycode"] == "US" and c["admin1code"] == code for c in m.cities):
            m.binds = ("US", code)      # "Lebanon, N.H.", "Manchester, N.H.": the town in that state
            facts.regions_seen.append(m.binds)
        bind_province_short(m, text, at + len(m.text), facts)     # "Baie-Comeau, Que."
        if named_water(m.cue) and not m.binds:
            m.water = True      # "le bassin d'Arcachon": the water, its country only
        elif (offshore(text[:at]) or text[sea_end:at] == ", ") and not m.binds:
            # "off the coast of Unguja, Zanzibar's main island": at sea, the country only; a
            # place right after it with a comma only says where that coast is
            m.water, sea_end = OFFSHORE, at + len(m.text)
        if m.kind in (ADJECTIVE, UNCUED) and _before_person(text[at + len(m.text):]):
            # at the team's own ground the home side's adjective is the place ("L'attaquant
            # auxerrois X ... au stade de l'Abbé-Deschamps"): an origin only, which the gate
            # writes when the caption names no other place
            m.origin, m.person = True, not _VENUE.search(text)
            if not m.person:    # the ground ("in der Rheinhalle") is the home side's, no other place
                facts.unknown = [u for u in facts.unknown if not _VENUE.search(u)]
        elif not m.locates_other and _feature_before(text[:at]) and max(     # "near Copacabana, Bolivia"
                (c.get("population") or 0 for c in m.cities if not m.binds or c["countrycode"] == m.binds[0]),
                default=0) >= BIG_CITY:
            m.kind, m.locates_other = NEAR, True
    written_forms(facts, text)     # slash names, "im US-Bundesstaat X", "X, Co Y" (placeforms.py)
    _team_town(facts, text)
    mark_teams(facts, text)     # teams are not places, towns lie in the region named (placeagree.py)
    regions_written(facts, text)
    mark_not_towns(facts, text)     # persons, features, parks, GB regions, suburbs (placenotown.py)
    mark_asides(facts, text)     # birthplaces, diplomats' posts, where a train comes from (placeredteam.py)
    mark_airports(facts, text)     # "am Flughafen Stuttgart": an airport outside the town (placeairport.py)
    mark_person_towns(facts, text)     # "who lives in X", "Name, of X", "against Club X" (placeresidence.py)
    mark_life_towns(facts, text)       # "who died on Thursday in X", "grew up in X" (placedeath.py)
    mark_offices(facts, text)     # "le maire de Saragosse": a person's office, not the place
    mark_group_towns(facts, text)     # "une famille de X ... dans les monts d'Y" (placegroup.py)
    mark_worker_towns(facts, text)     # "une infirmière de X vaccine ... à Y": Y (placeworker.py)
    mark_origin_shapes(facts, text)     # "Schulkinder aus X besichtigen ... bei Y": Y (placeoriginshape.py)
    mark_estates(facts, text)     # "Kloster Weltenburg bei Kelheim": the estate, not the town
    mark_site_near(facts, text)     # "X beach near Y", "de haven van X bij Y": Y (placesitenear.py)
    if mention_class is not None:
        landmark_towns(facts, text, mention_class)     # "Bamburgh Castle in Northumberland, England"
        service_towns(facts, text, mention_class)     # "Youghal lifeboat", "the Bantry Show" (placebound.py)
        festival_towns(facts, text, mention_class)     # "beim Wacken Open Air" (placefestival.py)
        capital_of_its_name(facts, text, mention_class)     # "à Luxembourg", "in Monaco"
        town_word_towns(facts, text, mention_class)     # "in Rhodes town", "outside Longford town" (placetownword.py)
    mark_building_zu(facts, text)     # "im Dom zu Güstrow" (placezu.py)
    mark_rivals(facts, text)     # "Bayern gewinnt vor Leipzig": a rival, not the place (placebefore.py)
    prefer_named_region(facts)
    agree_with_areas(facts, text, mention_class)     # "X, dans les Pyrénées", "X op Madeira": X lies there (placeinarea.py)
    agree_with_islands(facts, text)     # "El Paso op La Palma": the namesake on the island (placeisland.py)
    mark_cross_border(facts, text)     # "in den Ardennen", "am Bodensee": no one country (placecrossborder.py)
    named = [m for m in facts.mentions if _institution(m.cue) and not m.binds]
    if named and any(not _institution(o.cue) and not (o.origin or o.toward) and (o.kind >= CUED or o.binds)
                     for o in facts.mentions):
        for m in named:     # "le campus de Vichy ... à Bellerive-sur-Allier": the other town
            m.in_name = True
    team_ground(facts, text)     # "FC Lugano au stade de Cornaredo": Lugano (placeforms.py)
    mark_not_there(facts, text)     # "la Montagne de Reims", "Venlo? Nee:" (placenotthere.py)
    mark_named_after(facts, text)   # "sur la Montagne de Reims": not Reims (placenamedafter.py)
    mark_namesakes(facts, text)     # "the Treaty of Lisbon", "ein Berner Sennenhund" (placenamesake.py)
    drop_article_towns(facts)       # "in Lier": not De Lier (placearticle.py)
    return facts


# an institution named after its city: "le campus de Vichy", "the University of Bath", "die
# Universität Hohenheim" aside (no "von"); when the caption writes another place, the campus
# stands there ("le campus de Vichy à Bellerive-sur-Allier") and the city is only its name
_INSTITUTION = frozenset("campus université universite university universiteit universität universitaet "
                         "hochschule hogeschool école ecole institut institute college collège".split())


def _institution(cue: tuple[str, str]) -> bool:
    words = cue[1].split()
    return len(words) == 2 and words[0].casefold() in _INSTITUTION and cue[0] in ("de", "of", "van", "von", "du")


# a big city's name before a capitalised word that is no place: a team or club ("Leeds Rhinos",
# "Leeds United", "Bristol Bears")
_TEAM = re.compile(r"\b([A-Z][a-z]+) ([A-Z][a-z]+)\b")


def _team_town(facts, text: str) -> None:
    """When every place the caption writes is a village (under 15,000 people) abroad of the team
    it names ("Leeds Rhinos players train at Headingley": a district of Leeds, and a village in
    Canada), the team's country is the caption's: the gate then refuses the village abroad."""
    if not facts.mentions or facts.countries_seen or facts.regions_seen:
        return
    gz = load_gazetteer()
    for hit in _TEAM.finditer(text):
        town, word = hit.groups()
        if any(m.text == town for m in facts.mentions) or gz.cities.get(norm(word)) or norm(word) in gz.countries:
            continue
        big = {c["countrycode"] for c in gz.cities.get(norm(town), ())
               if c.get("primary") and (c.get("population") or 0) >= BIG_CITY}
        if len(big) == 1 and all(max((c.get("population") or 0) for c in m.cities) < 15000
                                 and not any(c["countrycode"] in big for c in m.cities) for m in facts.mentions):
            facts.countries_seen.append(big.pop())
            return


def _find(text: str, word: str) -> int | None:
    hits = word_hits(text, word)
    return hits[0].start() if hits else None


def _before_person(rest: str) -> bool:
    """The words after a town's name or adjective are a person's name (two capitalised words
    that are no article: "Hugo Ferry") or a player's role ("Abwehrspieler", "striker")."""
    words = re.findall(r"[\w'’-]+", rest[:60])
    if not words:
        return False
    if _POSITION.search(words[0]):
        return True
    if _ROLE.search(words[0]):
        words = words[1:]       # "the Leeds captain Tom Hale": the name after the role
        rest = rest[rest.index(words[0]) - 1:] if words else ""
    return len(words) >= 2 and rest[:1] == " " and all(
        w[:1].isupper() and w[1:2].islower() and w.casefold() not in _NOT_NAME and not _THING.search(w)
        for w in words[:2]) \
        and rest[1:].startswith(f"{words[0]} {words[1]}")


def _feature_before(head: str) -> bool:
    """The text before a town ends with "<named island> bij/near/bei/près de" ("on X island near
    Hiroshima"; not "a reed island near Puno", which newsrooms place at the town)."""
    hit = head.endswith(_NEAR_ENDS) and _NEAR_AFTER_FEATURE.search(head[-70:])   # the cheap test first
    if not hit:
        return False
    words = hit.group("f").split()
    last = words[-1]     # "Heidelberg bei Mannheim": a town's name ending so is no feature
    return bool(_FEATURE_END.search(last)) and last[:1].isupper() and not load_gazetteer().cities.get(norm(last)) \
        or any(w.casefold() in _FEATURE_WORD for w in words) and any(w[:1].isupper() for w in words)


_COUNTRY_AFTER = re.compile(r", ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)")


def country_after(text: str, end: int, cities: list[dict], gz) -> bool:
    """A country's name follows the name ending at `end` and a comma, and one of `cities` lies
    in it: "near Salento, Colombia" is the coffee town, not Salento, the region of Italy."""
    hit = _COUNTRY_AFTER.match(text, end)
    a2 = hit and gz.countries.get(norm(hit.group(1)))
    return bool(a2) and gz.index.country_kind.get(norm(hit.group(1))) == "name" \
        and any(c["countrycode"] == a2 for c in cities) or country_follows(text, end, cities, gz)
