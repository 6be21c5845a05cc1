"""Place structures of German (and Dutch, French) desks that the place finder reads with
these helpers (german19):

- a state whose name is hyphenated is the state, not the town of its first part
  ("in Schleswig-Holstein", "Schleswig-Holsteins Landeshauptstadt Kiel": not Schleswig);
- a city's genitive before a noun names the city, as its adjective does ("Berlins
  Regierender Bürgermeister", "über Hamburgs Speicherstadt", "Kiews Unabhängigkeitsplatz");
- an elided French article is part of a name only when that town is at least as big as
  the one the bare name means ("le port d'Anvers" is Antwerp, not Danvers);
- a German district or a Swiss canton names its country ("im Landkreis Rostock", "im Kreis
  Unna", "im Kanton Bern", "Bergen (Landkreis Celle)"): Landkreis and Kreis are German
  units, Kanton a Swiss one in German text.

Each is a word test or a look-up of one name in the index: no pattern is built per mention.
"""

from __future__ import annotations

import re

from captionist.places.words import CUED, UNCUED

from .gazetteer import Gazetteer, norm
from .placeadmin1 import admin1_of     # ISO 3166-2 "NI" -> GeoNames "06"

# a city big enough that its genitive is how desks write it ("Berlins", "Kiews", "Roms");
# smaller towns' genitives are rare and too close to first names ("Jonas", "Elias")
_GENITIVE_MIN = 100_000
# cities of 100,000+ named like a first name, whose German genitive is a person's ("Sophias
# Bruder", "Charlottes Mutter", "Milans Trainer")
_FIRST_NAME_CITIES = frozenset(norm(w) for w in (
    "Sofia Sophia Charlotte Elizabeth Elisabeth Victoria Alexandria Florence Regina Augusta Adelaide "
    "Austin Jackson Lincoln Madison Orlando Eugene Santiago Sydney Sidney Hamilton Preston Kingston "
    "Chester Winston Lawrence Raleigh Savannah Aurora Irvine Carmen Rosario Nancy Leon León Milan "
    "Valencia Jordan Lorena Marina Isabela Trinidad Concepción Córdoba Victor Florida").split())
# words only a German sentence has: the genitive reading needs one
_GERMAN_WORDS = re.compile(r"(?i)\b(?:der|die|das|dem|des|im|und|mit|vom|zum|zur|auf|bei|ein|eine|einen|ist|sind|über|für|nach)\b")
# before a genitive "s" these make it a common noun's ("des Essens")
_GENITIVE_ARTICLES = frozenset("des eines meines seines ihres unseres dieses jenes".split())


def region_compound(key: str, regions, gz: Gazetteer) -> bool:
    """A hyphenated word (the caller's test; `key` is normalised) that is a region's name, or
    its German genitive ("Schleswig-Holsteins"): the town named like its first part is not meant."""
    return bool(regions) or (key.endswith("s") and bool(gz.index.regions(key[:-1])))


def genitive_city(word: str, following: str, before: str, gz: Gazetteer, text: str) -> list[dict]:
    """The city a German genitive stands for when a capitalised noun follows ("Hamburgs
    Speicherstadt", "Kiews Unabhängigkeitsplatz"): cities of _GENITIVE_MIN+ people bearing the stem
    as their own name or a newsroom exonym, marked as adjectives so that they weigh like
    "Berliner". Only in a German sentence (an English "Boulders Beach" is no genitive of
    Boulder). Before a mayor's title ("Kölns Oberbürgermeisterin") the town is that person's
    office, which placeoffice.py reads for every form of the title."""
    if len(word) < 5 or not word.endswith("s") or word.endswith(("ss", "ß")) or not following[:1].isupper():
        return []
    if before.casefold() in _GENITIVE_ARTICLES:
        return []
    if not _GERMAN_WORDS.search(text):
        return []
    key = norm(word)
    if key[:-1] in _FIRST_NAME_CITIES or gz.cities.get(key) or key in gz.countries:
        return []       # "Sophias Bruder"; "Paris", "Athens", "Wales": the name itself ends in "s"
    found = [c for c in gz.cities.get(key[:-1], ()) if (c.get("population") or 0) >= _GENITIVE_MIN
             and (norm(c["name"]) == key[:-1] or c.get("newsroom") or c.get("primary"))]
    if not found:
        found = [c for c in gz.cities.get(key[:-1], ()) if (c.get("population") or 0) >= 5 * _GENITIVE_MIN]
    return [dict(c, adjective=True) for c in found]


def keeps_elided_article(joined: list[dict] | None, bare: list[dict] | None) -> bool:
    """Whether "d'Anvers" is a town called Danvers: only when one bears that name as its own and
    is at least as big as the biggest the bare name means (Antwerp is far bigger)."""
    own = [c.get("population") or 0 for c in joined or () if c.get("primary")]
    return bool(own) and max(own) >= max((c.get("population") or 0 for c in bare or ()), default=-1)


# "im Landkreis Rostock", "im Kreis Unna", "Kreis Dithmarschen", "im Kanton Bern": written
# capitalised before a capitalised name
# ("Polarkreis", "Freundeskreis" are no districts: only the hyphenated "Rhein-Sieg-Kreis" form)
_UNIT = re.compile(r"\b(?:(Landkreis|Kreis|Kanton)\s+[A-ZÄÖÜ][\w-]+|[A-ZÄÖÜ]\w+-(?:\w+-)?Kreis\b)")
_UNIT_COUNTRY = {"Landkreis": "DE", "Kreis": "DE", "Kanton": "CH"}


# a country's adjective before a unit of it, after a positional word: "in de Duitse deelstaat
# Nedersaksen", "im österreichischen Bundesland Tirol", "in der schottischen Grafschaft X"
_ADJ_UNIT = re.compile(r"\b(?:in|im|op|dans|en)\s(?:de\s|het\s|der\s|dem\s|den\s|la\s|le\s)?([^\W\d_][\w-]{2,30})\s"
                       r"(?:deelstaat|provincie|regio|graafschap|Bundesland|Bundesstaat|Provinz|Region|"
                       r"Grafschaft|Woiwodschaft|Oblast|Gebiet|Bezirk|Kanton|Departement)\b")
_ADJ_END = re.compile(r"(?:e|en|er|es|em|n|s)$")


def unit_country(text: str, gz: Gazetteer) -> str | None:
    """The country a German district or Swiss canton named in the text lies in, when all those
    named agree ("Schafe im Landkreis Dithmarschen": Germany), or whose adjective stands before
    a unit of it ("in de Duitse deelstaat Nedersaksen")."""
    found = set()
    if "reis" in text or "Kanton" in text:     # the prefilter: most captions name neither
        found = {_UNIT_COUNTRY.get(m.group(1), "DE") for m in _UNIT.finditer(text)}
    for m in _ADJ_UNIT.finditer(text):
        key = norm(m.group(1))
        if a2 := gz.countries.get(key) or gz.countries.get(_ADJ_END.sub("", key)):
            found.add(a2)
    return found.pop() if len(found) == 1 else None


def qualifier_country(qualifier: str, gz: Gazetteer) -> str | None:
    """The country a town's parenthesised qualifier names: a country ("près du Locle (Suisse)"),
    or a German district or Swiss canton ("Bergen (Landkreis Celle)")."""
    if a2 := gz.countries.get(norm(qualifier)):
        return a2
    head = qualifier.split(" ", 1)[0]
    return _UNIT_COUNTRY.get(head) if " " in qualifier else None


# Capitalised German adjectives of regions, valleys and cantons written right before a town
# ("im Tessiner Locarno", "im Allgäuer Oberstdorf", "im Südtiroler Brixen", "im Walliser
# Saas-Fee"): the town after one is no surname (placetokens._person_like) and takes the cue
# before it ("im"), as a small adjective does ("im schweizerischen Rheinfelden"). Only those
# that are no city's adjective: "im Hamburger Rathaus" stays the city's own rule.
REGION_ADJECTIVES_CAP = frozenset((
    "Tessiner Südtiroler Tiroler Osttiroler Allgäuer Walliser Bündner Engadiner Kärntner Vorarlberger "
    "Steirer Thurgauer Aargauer Glarner Appenzeller Emmentaler Waadtländer Schwarzwälder Sauerländer "
    "Emsländer Eifeler Hunsrücker Pfälzer Oberpfälzer Vogtländer Erzgebirger Lausitzer Uckermärker "
    "Prignitzer Altmärker Eichsfelder Rhöner Spessarter Chiemgauer Pinzgauer Pongauer Zillertaler "
    "Ötztaler Montafoner Wachauer Mühlviertler Waldviertler Weinviertler Innviertler").split())


def region_adjective(word: str) -> bool:
    """A capitalised region adjective of the table above."""
    return word in REGION_ADJECTIVES_CAP


def region_first(name: str, where: str | None, gz: Gazetteer) -> tuple | None:
    """dpa's picture captions open with the Land or country, then the town: "Sachsen, Dresden:
    ...", "Ukraine, Charkiw: ...". (town, country alpha-2, admin1 or None, the towns of that name
    lying there) when `name` is a region or country and `where` names a town lying in it; None
    otherwise. The caller keeps only those towns ("Texas, Paris: ..." is Paris, Texas; "Bayern,
    Neustadt: ..." is never Neustadt an der Weinstraße, and with several in Bavaria none)."""
    if not where or not where[:1].isupper():
        return None
    key = norm(name)
    if key in gz.countries:
        places = {(gz.countries[key], None)}
    else:
        regions = gz.index.regions(key)
        coded = {r.country for r in regions if r.code}
        places = {(r.country, r.code or None) for r in regions if r.code or r.country not in coded}
    for a2, code in places:
        admin1 = admin1_of(a2, code) if code else None
        inside = [c for c in gz.cities.get(norm(where), ()) if c["countrycode"] == a2
                  and (code is None or c.get("admin1code") in (code, admin1))]
        if inside:
            return where, a2, admin1 or code, inside
    return None


# A municipality's word names the countries that have such municipalities: "de gemeente
# Westland" is no Westland, Michigan; "die Gemeinde X" lies where German is an official
# language; "Landkreis"/"Kreis X" in Germany, "Kanton X" in Switzerland
_UNIT_COUNTRIES = {
    "gemeente": {"NL", "BE", "SR"}, "kustgemeente": {"NL", "BE"}, "grensgemeente": {"NL", "BE"},
    "gemeinde": {"DE", "AT", "CH", "IT", "LI", "LU", "BE"}, "marktgemeinde": {"AT", "DE", "IT"},
    "landkreis": {"DE"}, "kreis": {"DE"}, "kanton": {"CH"},
}


def confine_to_units(facts) -> None:
    """Drop the candidates of a town written after a municipality's word that lie in no
    country having such municipalities; a mention left with none is no place."""
    for m in list(facts.mentions):
        allowed = _UNIT_COUNTRIES.get(m.cue[0])
        if allowed and not m.binds:
            m.cities = [c for c in m.cities if c["countrycode"] in allowed]
            if not m.cities:
                facts.mentions.remove(m)


# German word order puts the subject after the place: "Am Montag räumen in Kufstein Arbeiter
# Schnee", "In Bernkastel-Kues Winzer bei der Lese". The capitalised word after a small town is
# then a common noun, not the surname that makes the town a first name ("Roland Garros").
# The people and animals captions show, and the endings of German plural and participle nouns;
# surnames that are also nouns (Fischer, Bauer, Schneider, Müller) are left out.
_SUBJECT_NOUNS = frozenset(norm(w) for w in (
    "Arbeiter Winzer Helfer Anwohner Einwohner Bewohner Besucher Urlauber Pendler Zuschauer Fahrgäste "
    "Passagiere Menschen Leute Kinder Schüler Schülerinnen Frauen Männer Familien Jugendliche Senioren "
    "Landwirte Bauern Feuerwehrleute Einsatzkräfte Rettungskräfte Polizisten Polizeibeamte Beamte "
    "Soldaten Demonstranten Passanten Touristen Pilger Gläubige Fans Anhänger Händler Mitarbeiter "
    "Beschäftigte Wanderer Radfahrer Skifahrer Spaziergänger Schaulustige Gäste Kunden Wähler "
    "Schafe Kühe Pferde Rinder Störche Kraniche Bagger Kräne Traktoren").split())
_NOUN_ENDINGS = ("innen", "leute", "kräfte", "ierende", "ierenden")


def german_noun_after(word: str) -> bool:
    """`word` is a German common noun of the kind that follows a place in V2 order."""
    key = norm(word)
    return key in _SUBJECT_NOUNS or key.endswith(_NOUN_ENDINGS)


# "in the capital, Kyiv", "dans la capitale ukrainienne, Kiev": the capital's name after a comma
_CAPITAL_WORDS = frozenset("capital capitale hoofdstad hauptstadt".split())


def capital_apposition(facts, text: str) -> None:
    """A town named right after "capital," (or "capitale <adjective>,") is the capital the
    caption is in: cued, as without the comma ("in the capital Kyiv")."""
    if "apital" not in text and "oofdstad" not in text and "auptstadt" not in text:
        return      # the prefilter: most captions name no capital
    for m in facts.mentions:
        at = text.find(", " + m.text) if m.kind == UNCUED else -1
        before = [w.casefold() for w in text[max(0, at - 40):at].split()] if at > 0 else []
        if _CAPITAL_WORDS & set(before[-2:]) and not _FROM_CAPITAL & set(before[-5:]):
            m.kind, m.cued = CUED, True


# "flights from the capital, Kyiv, to Lviv": where they come from
_FROM_CAPITAL = frozenset("from uit aus van von de depuis".split())
