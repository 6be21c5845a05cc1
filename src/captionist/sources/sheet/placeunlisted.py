"""A village the place index lacks, written as the caption spells it (issue 9, unlisted22).

No package ships GeoNames' places under 500 people (docs/sheets.md, "Small places"), so a
caption about Ginzling, Kukuryki or Techendorf leaves the city blank even where a photo editor
would not hesitate. This module writes such a name ONLY where the caption's grammar itself
says the word is a populated place AND says which country it lies in:

- a place noun before it: "das Dorf X", "im Ortsteil X", "the village of X", "the hamlet of
  X", "het (Friese) dorp X", "le village de X", "le hameau de X", "la commune de X"; the
  country is the one the caption names (or the town it is said to be near: below);
- a border crossing's name: "the X border crossing, Croatia", "Grenzübergang X in Polen", with
  the one country named for the crossing itself (placecrossing._own_country);
- an opening wire dateline: "KUKURYKI, Poland (AP) —", "Kukuryki, Poland, Nov. 23 (Reuters) -":
  the name in capitals or an agency after the country (not "Update, Polen:", "Liveticker,
  Ukraine, 23. November:");
- a positional word right before it, no article between ("in X", "durch X", "bij X", "à X",
  "at X"), and right after it the country or a region of one country ("X, Spain", "X
  (Drôme)", "X in Oostenrijk", "X im Lötschental"), or a known town it is near ("in X bei
  Y", "in X, near Y", "à X, près de Y") whose towns of that name lie in one country.

Never: a word the index knows (a town, a region, a country), a venue or landmark of the venue
table, a word of the place word lists (_NOT_PLACE), a month or a weekday, a name in quotes,
a name after "aus"/"from"/"uit"/"de"/"van" (an origin), a name with an article before it ("in
der Manufaktur"), a name right after another capitalised word (a surname: "Trainer Klopp"), a
name that runs on into another capitalised word, and never when the caption names a second
country. The record carries a warning that the place is not in the gazetteer and is written
as the caption spells it, so that a desk can check it. The city dict written has no
geonameid and no coordinates: nothing downstream can take it for an index entry (GPS fill
works on locationCreated and the file's GPS, never on this city; place/reverse.py).
"""

from __future__ import annotations

import re

from captionist.places.words import _FEATURE_AFTER, _NOT_PLACE, _QUOTED, _REGION_AFTER, NAME_ARTICLES
from captionist.rxgate import gate

from .dates import CALENDAR_NAMES
from .gazetteer import load_gazetteer, norm
from .placecompass import no_one_country
from .placecrossing import _own_country, crossings
from .placedateline import PAGE_LABELS
from .placeownvenue import own_venue_word
from .placevenues import find_venue
from .placeeventat import event_before

_UP = "A-ZÀ-ÖØ-ÞŁŚŻŹĆŃÓŠŽČŘĎŤŇÇ"
_WORD = rf"[{_UP}][\w'’]*(?:[-.][\w'’]+)*"
# one name: up to three capitalised words, small inner words allowed ("Almonaster la Real")
_NAME = rf"{_WORD}(?:\s(?:la|le|de|del|am|an|aan|on|upon|sur|en)\s{_WORD}|\s{_WORD}){{0,2}}"
_PLACE_NOUN = gate(re.compile(
    r"(?:\b(?:[Dd]orf|[Oo]rtsteil|[Ww]eiler|[Oo]rtschaft|[Bb]ergdorf|[Ff]ischerdorf)"
    r"|\b(?:village|hamlet|town)\sof"
    r"|\b(?:dorp|dorpje|gehucht|buurtschap|vissersdorp|bergdorp)"
    r"|\b(?:village|hameau|commune|bourg)\s(?:de|d['’]))"
    rf"\s?(?P<x>{_NAME})"))
_POSITIONAL = re.compile(rf"(?:^|(?<=[\s(]))(?:in|In|durch|bij|Bij|te|at|At|à|À|dans|Dans|op)\s(?P<x>{_NAME})")
# what a name's country may be read from, right after it
_LEAD = (r"^(?:,\s(?:(?:in|on|op|im|en|aan|an|am|sur|at)\s)?|\s\(|\s(?:in|im|en|au|aux|dans|on|op|auf)\s)(?:(?:the|het|de|der|dem|la|le|"
         r"l['’])\s)?(?:(?:\w+ern|oosten|westen|noorden|zuiden)\s(?:van\s)?)?(?:Co\.?\s|County\s|Kanton\s)?")
_AFTER = re.compile(_LEAD + rf"(?P<n>{_WORD}(?:\s{_WORD}){{0,2}})")
# an opening dateline: "Kukuryki, Polen: ...", "KUKURYKI, Poland (AP) — ...", "X (Drôme), 23 novembre -"
_DATELINE = re.compile(rf"(?P<x>{_NAME})(?:,\s|\s\()(?P<c>{_WORD}(?:\s(?:and|und|en|et)?\s?{_WORD}){{0,2}})\)?"
                       r"(?P<d>,\s[\w .]*\d[\w .]*?)?(?:\s?:\s|\s[-—–]\s|(?P<ag>\s\((?:AP|AFP|Reuters|dpa|ANP|Belga|APA)\)))")
_NEAR_AFTER = re.compile(rf"^,?\s(?:bei|bij|near|nahe|nabij|près\sde|près\sd['’])\s?(?P<y>{_WORD}(?:\s{_WORD})?)")
_ORIGIN = frozenset("aus from uit de van von of d".split())
# a park, a farm, a hut, a harbour: a named thing, not a village ("Amboseli National Park")
_FEATURE_WORDS = frozenset(norm(w) for w in (
    "National Nationalpark Park Parc Farm Hof Hoeve Ferme Hütte Hut Refuge Alm Camp Lager Haven Hafen Port "
    "Forest Wald Woud Forêt Manufaktur Arena Centre Center Zentrum Reserve Reservat "
    # a sports ground named after its down, common or links (wrong32): "at Mellow Down, near X",
    # "at Kennet Common", "the Old Links": the ground lies near a town, it is no village
    "Down Downs Common Ground Oval Racecourse Links").split())
# the last word of a facility's name ("Jodrell Bank Observatory", "Gatwick Airport", "Dartmoor
# Prison"): the facility lies at or near a town, it is no village to write
FACILITY_ENDS = frozenset(norm(w) for w in (
    "Observatory Observatorium Sternwarte Observatoire Telescope Teleskop Airport Airfield Flughafen "
    "Luchthaven Vliegveld Aéroport Station Bahnhof Gare Base Basis Mine Mijn Bergwerk Zeche Dam Damm "
    "Barrage Stausee Barracks Kaserne Kazerne Caserne Hospital Krankenhaus Klinikum Ziekenhuis Hôpital "
    "Prison Gefängnis Gevangenis Jail Gaol Refinery Raffinerie Shipyard Werft Lighthouse Leuchtturm "
    "Vuurtoren Phare Stadium Stadion Stade Abbey Abtei Priory Cathedral Kathedrale Kathedraal "
    "Power Plant Kraftwerk Centrale Works Werk College University Universität Universiteit Université").split())
# ... and the words that open a facility's name after the town it is named after (facilities34:
# "at RAF Lakenheath in Suffolk", "am Fliegerhorst Nörvenich", "op vliegbasis Volkel"): the base,
# not a village called so
FACILITY_HEADS = frozenset(norm(w) for w in (
    "RAF RAAF RCAF USAF Fliegerhorst Vliegbasis Flugplatz Flughafen Luchthaven Vliegveld Aéroport Bahnhof "
    "Gare Kaserne Kazerne Caserne").split())
# border rivers: a crossing or bridge is often named after one ("the Drina crossing", "Grenzübergang
# Neiße"), and GeoNames keeps some as other names of towns (Neiße is Nysa's German name)
RIVERS = frozenset(norm(w) for w in (
    "Drina Sava Save Una Drava Drau Mur Mura Danube Donau Dunav Dunărea Danube Tisza Theiß Tisa Prut Dniester "
    "Dnister Dnjestr Bug Boug Oder Odra Neiße Neisse Nysa Elbe Labe Rhine Rhein Rijn Rhin Maas Meuse Moselle "
    "Mosel Moezel Inn Salzach Evros Maritsa Meriç Narva Daugava Neman Nemunas Memel Amur Mekong Jordan "
    "Orontes Tigris Euphrates Aras Araks Rio Grande Bidasoa Minho Miño Guadiana Ticino Doubs Saar Sauer Our "
    "Schelde Scheldt Escaut Lys Leie Dinkel Vecht Ems Eems Dollard").split())
_CROSSING_BEFORE = re.compile(r"(?:[Gg]renzübergangs?|[Gg]rensovergang|[Pp]oste[- ]frontière(?:\sde)?|"
                              r"[Gg]renzbrücke|[Gg]rensbrug)\s$")
WARNING = "place not in the gazetteer: {x} ({a2}), written as the caption spells it; check it"


def _country_of(name: str, gz) -> str | None:
    """The one country a name right after the village says: a country, or a region of one."""
    words = name.split()
    for n in range(len(words), 0, -1):
        key = norm(" ".join(words[:n]).rstrip(",.)"))
        if no_one_country(key, gz):
            continue    # "Kinley, West Yorkshire", "Augworth, Georgia" (placecompass)
        if key in gz.countries:
            return gz.countries[key]
        regions = {r.country for r in gz.index.regions(key)}
        if len(regions) == 1:
            return regions.pop()
    return None


def _near_country(y: str, named: set[str], gz) -> str | None:
    """The one country of the known town Y ("X bei Y"), within the countries the caption names."""
    for n in (2, 1):
        words = y.split()[:n]
        if len(words) < n:
            continue
        towns = gz.cities.get(norm(" ".join(words)), ())
        codes = {c["countrycode"] for c in towns if norm(c["name"]) == norm(" ".join(words))}
        if named:
            codes &= named
        if len(codes) == 1:
            return codes.pop()
    return None


def _dateline_country(name: str, gz) -> str | None:
    """A country by its name (not an adjective) or a region of one country."""
    key = norm(name)
    if gz.index.country_kind.get(key) == "name":
        return gz.countries[key]
    regions = {r.country for r in gz.index.regions(key)}
    return regions.pop() if len(regions) == 1 else None


def _plain_name(text: str, start: int, end: int, gz, caps: bool = False) -> bool:
    """The name text[start:end] may be an unlisted village: see the module docstring."""
    x = text[start:end]
    key = norm(x)
    if len(key) < 3 or gz.cities.get(key) or key in gz.countries or gz.index.regions(key):
        return False
    if any(norm(w) in _NOT_PLACE or norm(w) in CALENDAR_NAMES or norm(w) in gz.countries or norm(w) in _FEATURE_AFTER
           or w.casefold() in _REGION_AFTER or norm(w) in _FEATURE_WORDS or own_venue_word(w)
           for w in _own_words(x) if w[:1].isupper()):
        return False    # ("at Balstow Cinema": a venue's noun, placeownvenue)
    if any(a <= start < b for a, b in ((m.start(), m.end()) for m in _QUOTED.finditer(text))):
        return False
    if len(x.split()) > 1 and (norm(x.split()[-1]) in FACILITY_ENDS or norm(x.split()[0]) in FACILITY_HEADS):
        return False    # "at Jodrell Bank Observatory, near Goostrey", "at RAF X": a facility, not a village
    if find_venue(x) is not None or (x.isupper() and not caps) or key in RIVERS or (x.split()[0] and norm(x.split()[-1]) in RIVERS):
        return False
    nxt = text[end:end + 2]
    return not (nxt[:1] == " " and nxt[1:2].isupper()) and not (nxt[:1] in "'’" and text[end + 1:end + 2] == "s")


def _own_words(x: str) -> list[str]:
    """The words of name `x` checked against the word lists: an article or "Bad"/"Sankt" that opens
    a longer name is part of it, not a word of its own ("à La Grave (Hautes-Alpes)", "the village
    of La Bollène-Vésubie, France", "in Bad Hindelang"; villages46); alone it still is ("in La")."""
    words = x.split()
    return words[1:] if len(words) > 1 and words[0] in NAME_ARTICLES else words


def _word_before(text: str, start: int) -> str:
    before = text[:start].split()
    return before[-1] if before else ""


def candidates(text: str, named: set[str], gz) -> list[tuple[str, str, str]]:
    """(name, country, how) for each unlisted village the caption's grammar places, best first."""
    found = []
    for x, s, e in crossings(text):
        at = text.find(x, s)
        own = _own_country(text, e) or (_after_country(text, at + len(x), named, gz) if at >= 0 else None)
        if own and at >= 0 and _plain_name(text, at, at + len(x), gz) and (not named or named == {own}):
            found.append((x, own, "border crossing"))
    for m in _PLACE_NOUN.finditer(text):
        if not _plain_name(text, m.start("x"), m.end("x"), gz):
            continue
        a2 = _after_country(text, m.end("x"), named, gz) or (named.copy().pop() if len(named) == 1 else None)
        if a2:
            found.append((m.group("x"), a2, "place noun"))
    # (a wire dateline: the name in capitals or an agency after the country; "Update, Polen:" and
    # "Liveticker, Ukraine, 23. November:" are a live blog's labels, not datelines)
    if (m := _DATELINE.match(text)) and (m.group("ag") or m.group("x").isupper()) \
            and not set(norm(m.group("x")).split()) & PAGE_LABELS \
            and _plain_name(text, 0, m.end("x"), gz, caps=True):
        a2 = _dateline_country(m.group("c"), gz)
        if a2 and (not named or named == {a2}):
            x = m.group("x")
            found.append((x.title() if x.isupper() else x, a2, "dateline"))
    for m in _POSITIONAL.finditer(text):
        if _word_before(text, m.start()).casefold() in _ORIGIN or not _plain_name(text, m.start("x"), m.end("x"), gz):
            continue
        if m.group(0)[:2] in ("at", "At") and event_before(text, m.start()):
            continue    # "the Novice Chase at Fairyhouse": a race's course, no village (placeeventat)
        a2 = _after_country(text, m.end("x"), named, gz)
        if a2:
            found.append((m.group("x"), a2, "positional"))
    return found


def _after_country(text: str, end: int, named: set[str], gz) -> str | None:
    rest = text[end:end + 80]
    m = _AFTER.match(rest)
    a2 = _country_of(m.group("n"), gz) if m else None
    if a2 is None and (near := _NEAR_AFTER.match(rest)):
        a2 = _near_country(near.group("y"), named, gz)
    if a2 and named and named != {a2}:
        return None
    return a2


def river_crossing(text: str, place) -> bool:
    """The city was read from a crossing named after a border river ("Grenzübergang Neiße"):
    the river, not the town GeoNames also calls so (Nysa); the city is taken back."""
    m = place.mention
    if m is None or norm(m.text) not in RIVERS:
        return False
    at = text.find(m.text)
    if at < 0 or not (_CROSSING_BEFORE.search(text[max(0, at - 24):at])
                      or re.match(r"\s(?:border\s)?(?:crossing|checkpoint|bridge)", text[at + len(m.text):])):
        return False
    place.take_back(f"place not written: {m.text} (a border river the crossing is named after)")
    return True


def origin_country(facts, text: str) -> None:
    """"eine Blaskapelle aus Ginzling, Österreich": a country right after an unknown name that
    follows "aus"/"from"/"uit"/"van" says where the people come from, not where the picture is."""
    if facts.country_cued is None:
        return
    for m in _ORIGIN_COUNTRY.finditer(text):
        gz = load_gazetteer()
        if norm(m.group("x")) in {norm(u) for u in facts.unknown} and gz.countries.get(norm(m.group("c"))) \
                == facts.country_cued:
            facts.country_cued = None
            return


_ORIGIN_COUNTRY = re.compile(rf"\b(?:aus|from|uit|van|von)\s(?P<x>{_WORD}(?:\s{_WORD})?),\s(?P<c>{_WORD})")


def write_unlisted(text: str, facts, place) -> None:
    """Fill `place` (city and country) with an unlisted village when the index gave no city."""
    if river_crossing(text, place) or place.city is not None or place.ambiguous:
        return
    gz = load_gazetteer()
    named = set(facts.countries_seen) | {r[0] for r in facts.regions_seen} | {r[0] for r in facts.regions}
    if place.country:
        named.add(place.country)
    if len(named) > 1:
        return      # two countries named: the caption does not say which one the village is in
    # a name the finder took for a place (a town, a region, part of a longer name) is not this rule's
    taken = {norm(m.text) for m in facts.mentions}
    for x, a2, _how in candidates(text, named, gz):
        if any(norm(w) in taken for w in [x, *x.split()]):
            continue
        write_village(place, x, a2)
        return


def write_village(place, x: str, a2: str) -> None:
    """Write `x`, a village the index lacks, in country `a2` as the caption spells it, with the
    warning that says so (this rule's and placewiredash's)."""
    place.city = {"name": x, "countrycode": a2, "admin1code": "", "population": 0, "geonameid": None,
                  "unlisted": True}
    if place.country != a2:
        place.province = None
    place.country = a2
    place.warnings[:] = [w for w in place.warnings if not w.startswith("place not recognised")]
    place.warnings.append(WARNING.format(x=x, a2=a2))
