"""Names that look like a town and are not where the picture is (issue 9, wrong18).

Classes of wrong places the blind parts 81-85 and 91-95 showed, each read in general terms and
applied to what `find_places` finds (`mark_not_towns`, called by placeorigin.mark_origins):

- a surname with a particle after a capitalised first name is a person ("Karin van Amerongen",
  "Hans von Essen", "Marie de Lille"): the town of that name is not read (PlaceMention.person);
- a feature noun of another language starting a longer proper name ("Salar de Uyuni", "Lago
  di Garda", "Sierra Nevada", "Cerro Rico", "Isla de Chiloé") is no town of that one word
  (Salar, Spain); the name after it is part of the feature: its country only, when one;
- a national park or reserve named after a town ("Hwange National Park", "Nationalpark
  Harz", "le parc national des Cévennes") is not the town: its country only;
- a region of Great Britain after a comma ("Stamford Bridge, Yorkshire", "Fowey, Cornwall")
  binds the place to GB: the region is no US town of that name;
- a compass word that names regions in several countries ("le derby du Nord": Nord is a
  region of Burkina Faso, France and Haiti) gives no country by itself;
- a small place before a comma and a big city of its country close by ("at Newlands, Cape
  Town, South Africa") is a suburb or venue of that city: the city is the place;
- a region's adjective that several countries use ("het Brabantse Deurne": Noord-Brabant or
  Belgian Brabant) and a town the index has in one of them only: not written (a warning),
  never the namesake in the other (`adjective_elsewhere`, asked by the gate).
"""

from __future__ import annotations

import math
import re

from captionist.places.words import CUED, POSITIONAL

from .gazetteer import load_gazetteer, norm
from .placeofnouns import PLACE_NOUN_ENDS, PLACE_NOUNS, VENUES_NAMED
from .placetokens import word_hits

_PARTICLE = r"(?:van der|van den|van de|van 't|van|von der|von|de la|de|du|ter|ten|zu)"
# the first name follows a title ("Wethouder", "Bürgermeisterin") or a word of the sentence that is
# no article or preposition: "Inwoners van X" at a sentence start, "am Strand von X", "le marché
# de Noël de X" are no names
_FIRST = re.compile(r"(?<![\w'’.:!?-])(\w+) ([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?) " + _PARTICLE + r" $")
_BEFORE_NAME_NOT = frozenset("de het een la le les the der die das den dem des am im au aux du in op bij van von "
                             "of a an à en et and und zum zur vom beim".split())
# capitalised words before "van"/"de"/"von" that are nouns or names of things, not first names
_NOT_FIRST = frozenset(
    "universiteit haven stad gemeente provincie koninkrijk hertogdom graafschap paleis kasteel kerk "
    "station centrum college museum rijksmuseum festival markt dom raad staat burgemeester "
    "gare place porte hôtel hotel ville tour stade jeux festival cathédrale château palais pont musée "
    "rue avenue boulevard quai canal port golfe baie île lac mont col cote côte pays région prix grand "
    "université lycée collège institut école mairie préfecture conseil marché salon foire parc "
    "universität hafen stadt kreis landkreis bistum herzogtum königreich schloss burg kirche dom "
    "bahnhof flughafen zentrum altstadt innenstadt rathaus bürgermeister landrat messe kanton bezirk "
    "university port city state mayor bishop duke earl kingdom house "
    "arena stadium stadion halle hall centre center park cathedral kathedrale abbey castle theatre theater".split())
# a saint's or Our Lady's name is a church's or a town's ("la cathédrale Saint-Front de Périgueux",
# "Notre-Dame de Tournai"), not a person's first name
_SAINT = ("saint", "sainte", "sankt", "sint", "san", "santa", "santo", "são", "st", "notre")
_NOUN_END = ("ung", "heit", "keit", "schaft", "tum", "ium", "ität", "ion", "stadt", "hafen", "burg", "haus",
             "platz", "straße", "strasse", "markt", "brücke", "kirche", "dorf", "heim", "museum", "straat",
             "plein", "kerk", "huis", "brug", "weg")

_FEATURE = frozenset("salar lago laguna sierra cerro rio río mont monte pico isla islas playa punta cabo "
                     "cap lac bahía bahia volcán volcan nevado costa valle val ilha praia serra pointe "
                     "lake loch glen ben mount".split())
_FEATURE_NEXT = re.compile(r"^ (?:(?:de|del|de la|de los|de las|da|do|dos|das|di|della|des|du|d['’]|of) )?"
                           r"([A-ZÀ-Þ][\w'’-]*)")

_PARK = re.compile(r"^ (?:National Park|National Reserve|Game Reserve|Nature Reserve|Game Park|Wildlife "
                   r"Reserve|Wildlife Sanctuary|Conservancy|Conservation Area|Biosphere Reserve|"
                   r"Nationalpark|Naturpark|Nationaal Park)\b")
_PARK_BEFORE = re.compile(r"(?i)(?:\bnationalpark|\bnaturpark|\bnationaal park|\bparc national (?:de |du |des |d['’])|"
                          r"\bparc naturel (?:régional )?(?:de |du |des |d['’])|\breserve of|\bnational park of) ?$")

# regions of Great Britain newsrooms write after a comma that ISO 3166-2 does not name as such
GB_REGIONS = frozenset(("yorkshire", "the cotswolds", "cotswolds", "lake district", "the lake district",
                         "peak district", "the midlands", "midlands", "east anglia", "the highlands",
                         "highlands", "scottish highlands", "the borders", "scottish borders", "west country",
                         "yorkshire dales", "the fens", "snowdonia"))
# (the compass words only: "Centre" stays a region, tests/test_sources_sheet_place_evidence.py)
_COMPASS = frozenset("nord sud est ouest north south east west norte sur oeste nordeste sudeste".split())
# a suburb or venue of a city this big lies within this many km of its centre
_SUBURB_KM = 20
_BIG = 200000


def _km(a: dict, b: dict) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (a["latitude"], a["longitude"], b["latitude"], b["longitude"]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


# the tables as `norm` writes a word: "Bürgermeister", "Musée", "Universität" are compared
# without their accents (before origin40 their accented entries never matched, and "der neu
# gewählte Bürgermeister von X" read as a first name and a surname)
_NOT_FIRST_KEYS = frozenset(norm(w) for w in _NOT_FIRST | PLACE_NOUNS)
_VENUE_KEYS = frozenset(norm(w) for w in VENUES_NAMED)
_NOUN_END_KEYS = tuple(dict.fromkeys(norm(w) for w in (*_NOUN_END, *PLACE_NOUN_ENDS)))


def _first_name(word: str, gz) -> bool:
    key = norm(word)
    return key not in _NOT_FIRST_KEYS and not key.startswith(_SAINT) and not key.endswith(_NOUN_END_KEYS) \
        and key not in gz.countries \
        and not gz.index.regions(key) and not any(
        (c.get("population") or 0) >= 15000 and norm(c["name"]) == key for c in gz.cities.get(key, ()))


def mark_not_towns(facts, text: str) -> None:
    """Apply the module docstring's readings to facts (places.PlaceFacts) in place."""
    gz = load_gazetteer()
    for m in list(facts.mentions):
        hits = word_hits(text, m.text)
        if not hits:
            continue
        head, tail = text[:hits[0].start()], text[hits[0].end():]
        key = norm(m.text)
        if not m.binds and (first := _FIRST.search(head)) and first.group(1).casefold() not in _BEFORE_NAME_NOT \
                and norm(first.group(1)) not in _VENUE_KEYS \
                and _first_name(first.group(2), gz):
            m.person = True     # "Wethouder Karin van Amerongen": a surname
        if key in _FEATURE and (nxt := _FEATURE_NEXT.match(tail)):
            m.in_name = True    # "Salar de Uyuni": no Salar, Spain
            for o in facts.mentions:
                if o is not m and norm(o.text) == norm(nxt.group(1)):
                    o.in_name = True
                    _country_only(facts, o)
        if not m.binds and (_PARK.match(tail) or _PARK_BEFORE.search(head[-30:])):
            m.in_name = True    # "Hwange National Park": the park, in the town's country
            _country_only(facts, m)
        if head.endswith(", ") and key in GB_REGIONS:
            facts.mentions.remove(m)     # "Stamford Bridge, Yorkshire": a region of GB, no US town
            if "GB" not in facts.countries_seen:
                facts.countries_seen.append("GB")
            for o in facts.mentions:
                if o.binds is None and text.find(o.text + ", " + m.text) >= 0 and any(
                        c["countrycode"] == "GB" for c in o.cities):
                    o.binds = ("GB", None)
                    o.cities = [c for c in o.cities if c["countrycode"] == "GB"]
    _drop_compass_regions(facts, text, gz)
    _district_then_city(facts, text)
    _suburb_then_city(facts, text)
    _adjective_elsewhere(facts, text)


def _country_only(facts, m) -> None:
    codes = {c["countrycode"] for c in m.cities}
    if len(codes) == 1 and facts.country_cued is None:
        facts.country_cued = codes.pop()


def _drop_compass_regions(facts, text: str, gz) -> None:
    """"le derby du Nord": a compass word names regions of several countries, and none of them
    is evidence of a country unless the caption names that country too."""
    if not (facts.regions_seen or facts.regions):
        return      # nothing to drop (most captions): no scan of the caption's words
    for w in set(re.findall(r"(?<![\w-])([A-Z][a-z]+)(?![\w-])", text)):
        if norm(w) not in _COMPASS:
            continue
        regions = gz.index.regions(norm(w))
        if len({r.country for r in regions}) < 2:
            continue
        drop = {(r.country, r.code) for r in regions if r.country not in facts.countries_seen}
        facts.regions_seen[:] = [r for r in facts.regions_seen if r not in drop]
        facts.regions[:] = [r for r in facts.regions if r not in drop]


def _district_then_city(facts, text: str) -> None:
    """"at Leopardstown, Dublin", "in Molenbeek, Brussel": a district or venue the index lacks,
    after a positional word, then a comma and a town: the picture is in that town, which is
    read as if written after the positional word itself (recall18). `_suburb_then_city` is the
    same reading for a district the index has."""
    for u in facts.unknown:
        hits = word_hits(text, u)
        if not hits:
            continue
        before = text[:hits[0].start()].split()
        if not before or before[-1].casefold() not in POSITIONAL:
            continue
        rest = text[hits[0].end():]
        for m in facts.mentions:
            if rest.startswith(", " + m.text) and m.kind < CUED and not (m.binds or m.origin or m.toward):
                m.kind, m.cued, m.placed = CUED, True, True


def _suburb_then_city(facts, text: str) -> None:
    """"at Newlands, Cape Town, South Africa": a small place before a comma and a big city of its
    country within _SUBURB_KM of it is a suburb or venue of that city: the city is the place."""
    for m in list(facts.mentions):
        for o in facts.mentions:
            if o is m or text.find(m.text + ", " + o.text) < 0:
                continue
            big = [c for c in o.cities if (c.get("population") or 0) >= _BIG]
            near = [c for c in m.cities for b in big if c["countrycode"] == b["countrycode"]
                    and (c.get("population") or 0) * 10 <= b["population"] and _km(c, b) <= _SUBURB_KM]
            if near:
                b = max(big, key=lambda c: c["population"])
                facts.mentions.remove(m)
                facts.sublocation = facts.sublocation or m.text
                o.cities = [b]
                o.kind, o.cued, o.placed, o.initial = max(o.kind, m.kind), True, True, False
                o.cue = m.cue
                return


# a region's adjective several countries use: the stems and their countries (placeagree.py's
# table gives the provinces)
# ("Limburgse" too names both Limburgs, but each of its towns lies in one: "het Limburgse Maaseik"
# is read by the town; a bare "Brabantse" is mostly Noord-Brabant, Belgians write "Vlaams-Brabantse")
_SHARED_ADJ = (("Brabants", ("NL", "BE")),)


def _adjective_elsewhere(facts, text: str) -> None:
    """The caption writes a town with a region's adjective several countries use ("het
    Brabantse Deurne") and the index has the town in only some of them: the gate refuses it
    (`unsure_region`, read by placeagree.general_refusal), never the namesake of the other."""
    low = text.lower()
    for m in facts.mentions:
        for stem, countries in _SHARED_ADJ:
            if stem.lower() in low and re.search(r"(?<![\w-])(?i:" + stem + r")(?:e|en)? " + re.escape(m.text) + r"(?![\w])", text):
                # the first country is the one a bare adjective means ("het Brabantse Oss"):
                # a town the index lacks there is not replaced by a namesake of the other
                missing = [a for a in countries[:1] if a not in {c["countrycode"] for c in m.cities}]
                if missing:
                    facts.regions[:] = [r for r in facts.regions if r[0] not in countries]
                    facts.regions_seen[:] = [r for r in facts.regions_seen if r[0] not in countries]
                    m.unsure_region = f"'{stem}e' is also of {', '.join(missing)}, where the index has no {m.text}"
