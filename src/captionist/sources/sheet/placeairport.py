"""An airport named after a town is not always in that town (facilities34, issue 9).

Captions name airports after the city they serve: "am Flughafen Stuttgart", "at Stockholm
Arlanda", "à l'aéroport de Lille-Lesquin", "op Maastricht Aachen Airport". Writers of the
blind parts expect the municipality the airport lies in (Leinfelden-Echterdingen, Sigtuna,
Lesquin, Beek) and never a town it merely serves. The place index holds every IATA airport
with the towns it is named after and its coordinates (captionist.places.airports, from the
airportsdata package); this module reads a town written as an airport's name and decides:

- the airport lies within NEAR_KM of the town's own point: the town stays ("Flughafen
  Klagenfurt", "Eindhoven Airport", "aéroport de Nice");
- its name's second part is a town of 1,000+ people within NEAR_KM of the airport: that
  town instead ("Wien-Schwechat", "Lille-Lesquin", "Groningen Airport Eelde", "Paris-Beauvais");
- else no town: the first is refused with a warning naming the airport and how far off it
  lies, and the airport's country is taken as named (a blank is better than a guess).

Measured (facilities34, docs/sheets.md): the distance between an airport and the town it
serves does not tell whether it lies inside the town's boundary (Memmingen's is 4 km off and
outside, Erfurt's 5 km off and inside; Stuttgart's 11 km outside, Frankfurt's 14 km inside),
and the nearest GeoNames place to an airport is mostly a village or district that is not the
municipality (Vendeville for Lille's, Ulestraten for Maastricht's, Rümlang for Zürich's): so
no place is ever written from the coordinates alone, only a town the caption names.

Only a town written as the airport's name counts: after an airport's word ("Flughafen X",
"aéroport de X", "luchthaven X"), before it ("X Airport", "X-Airport"), or followed by a word
of the airport's own name in a caption that names an airport ("Stockholm Arlanda ... the
airport"). "in X" after an airport's word is the place stated (`am Flughafen BER in
Schönefeld`) and is left alone.
"""

from __future__ import annotations

import re

from captionist.places import haversine
from captionist.places.words import CUED, UNCUED

from .gazetteer import load_gazetteer, norm

NEAR_KM = 10.0      # an airport this close to the town's point is taken as the town's
PAIR_KM = 6.0       # ... when its name joins two towns, it lies between them: closer still
MIN_POP = 1000      # a hamlet sharing a word of the name is no municipality ("Hahn")

# the words that name an airport, per language; a caption without one is left as it is
_AIRPORT_WORDS = ("airport", "flughafen", "aéroport", "aeroport", "luchthaven", "vliegveld", "airfield",
                  "flugplatz", "aérodrome", "aerodrome", "vliegbasis")
_BEFORE = re.compile(
    r"(?:[Aa]irport|[Ff]lughafens?|[Aa][ée]roport|[Ll]uchthaven|[Vv]liegveld|[Ff]lugplatz[es]*|[Aa]irfield)"
    r"\s+(?:(?:de|d'|d’|du|van|von|of|des)\s*)?$")
_AFTER_NAME = re.compile(r"^[- ](?:International )?Airport[- ](?P<w>[A-ZÀ-Ý][\w'’]+)")    # "X Airport Eelde"
_AFTER = re.compile(r"^(?:[- ](?P<w>[A-ZÀ-Ý][\w'’]+))?(?:[- ]International)?[- ](?:Airport|[Aa]irport|Flughafen|Airfield)\b")
_NEXT = re.compile(r"^(?:-| )(?P<w>[A-ZÀ-Ý][\w'’]+)")


def _airport_word(low: str) -> bool:
    return any(w in low for w in _AIRPORT_WORDS)


def _find(text: str, word: str) -> int | None:
    m = re.search(r"(?<![\w-])" + re.escape(word) + r"(?![\w])", text)
    return m.start() if m else None


def _written_as_airport(text: str, at: int, end: int, low: str) -> tuple[bool, str | None]:
    """(the town is written as an airport's name, the next word of that name or None)."""
    before, after = text[max(0, at - 40):at], text[end:end + 60]
    m = _AFTER_NAME.match(after) or _AFTER.match(after)
    if m:
        return True, m.group("w")
    nxt = _NEXT.match(after)
    if _BEFORE.search(before):
        return True, nxt.group("w") if nxt else None
    if nxt and _airport_word(low):
        return None, nxt.group("w")     # "Stockholm Arlanda ... the airport": only when W names it
    return False, None


def _near_town(word: str, airport: dict) -> dict | None:
    """The town of the airport's country called `word` lying within NEAR_KM of the airport."""
    gz = load_gazetteer()
    for c in gz.index.cities(norm(word)):
        if c["countrycode"] == airport["countrycode"] and (c.get("population") or 0) >= MIN_POP and haversine(
                airport["latitude"], airport["longitude"], c["latitude"], c["longitude"]) <= NEAR_KM:
            return c
    return None


def _lies_at(m, gz) -> bool:
    """The mention's town has an airport named after it within NEAR_KM."""
    return any(haversine(a["latitude"], a["longitude"], c["latitude"], c["longitude"]) <= NEAR_KM
               for c in m.cities[:1] for a in gz.index.airports(c["geonameid"]))


def _closer(there: dict, town: dict, airport: dict) -> bool:
    """The name's second town lies nearer the airport than its first ("Lille-Lesquin")."""
    lat, lon = airport["latitude"], airport["longitude"]
    return haversine(lat, lon, there["latitude"], there["longitude"]) < haversine(lat, lon, town["latitude"], town["longitude"])


def mark_airports(facts, text: str) -> None:
    """Apply the module docstring's reading to facts (places.PlaceFacts) in place."""
    low = text.casefold()
    if not facts.mentions or not _airport_word(low):
        return      # every reading below needs an airport's word in the caption (speed: most have none)
    gz = load_gazetteer()
    added = []
    for m in facts.mentions:
        if m.binds or m.demonym or not m.cities:
            continue
        at = _find(text, m.text)
        if at is None:
            continue
        if m.kind == UNCUED and re.search(r"\bAirport[- ]$", text[max(0, at - 9):at]) and _lies_at(m, gz):
            m.kind = CUED       # "Groningen Airport Eelde": the town the airport lies at, named after it
            continue
        named, word = _written_as_airport(text, at, at + len(m.text), low)
        if named is False:
            continue
        # the town's most populous namesake with an airport ("Paris", not Paris, Texas)
        found = next(([(c, a) for a in gz.index.airports(c["geonameid"])] for c in m.cities
                      if gz.index.airports(c["geonameid"])), [])
        if word is not None:
            own = [(c, a) for c, a in found if norm(word) in norm(a["name"]).split()]
            if own:
                found = own
            elif named is None:
                continue        # "Stockholm Centralstation": no airport of that name
        if not found:
            continue
        far = [(c, a, haversine(a["latitude"], a["longitude"], c["latitude"], c["longitude"])) for c, a in found]
        there = _near_town(word, far[0][1]) if word else None
        # "Maastricht Aachen Airport", "Köln/Bonn": named after two towns, it lies between them
        radius = PAIR_KM if word and there is None and gz.index.cities(norm(word)) else NEAR_KM
        c, a, d = min(far, key=lambda t: t[2])
        if d <= radius and not (there is not None and _closer(there, c, a)):
            continue            # "Flughafen Klagenfurt": an airport of that name lies at the town
        m.in_name = True
        m.facility = f"an airport named after it, {d:.0f} km off ({a['name']})"
        countries = {a["countrycode"] for _, a, _ in far}
        if len(countries) == 1 and not facts.countries_seen and facts.country_cued is None:
            facts.country_cued = countries.pop()
        if there is not None and not any(o.text == word for o in facts.mentions):
            added.append(type(m)(text=word, cities=[there], cued=True, primary=True,
                                       kind=m.kind, cue=m.cue, placed=m.placed))
    facts.mentions.extend(added)
