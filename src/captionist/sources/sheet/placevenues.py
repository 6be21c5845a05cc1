"""Places named by a venue, a landmark or a station (issue 9, venues17).

Newsrooms place a picture by its venue as often as by its town: "at Eden Gardens, Kolkata",
"in De Kuip", "at the Gabba", "im Bundestag", "au Centre spatial guyanais de Kourou". The
venues are a hand-written table of facts (captionist/data/venues.json: venue -> its city as
GeoNames spells it and its country, or the country only for a mountain pass or a circuit
outside any town), read on first use. Three rules, applied to what `find_places` finds:

(1) A venue written after a positional word ("at/in/bij/op/im/am/au/dans/devant <Venue>",
    also "in the car park of <Venue>") places the picture in the venue's city, which still
    passes the place gate (placegate.refusal). The venue's own words are no town: "Kuip",
    "Centre" (a region of Burkina Faso), "Headingley" (a village in Canada) are not read.
    Not taken: a venue in quotes, inside a longer name ("Concertgebouw Brugge", "Wall Street
    Journal", "Louvre-Lens"), after a destination or origin ("naar De Kuip"), or when the
    caption names another country (not the opponent's: "against Argentina") or writes another
    city as where the picture is ("the Kremlin in Kazan"): the caption wins over the table.
    A venue without a positional word gives no place ("De Tweede Kamer debatteert"), but its
    words stay no town ("Kamer" is no Kamen), unless its name holds its city ("la flèche de
    Notre-Dame de Paris"); a landmark that gives a country only needs no positional word.
(2) "<Venue>, <City>" and "<Venue> de/of <City>" write the city as the venue's place: the
    city is taken as if after "in" ("at the Principality Stadium, Cardiff"); a town of the
    venue's country written there wins over the table ("Stade de France, Saint-Denis"), a
    region or another country's town makes the caption's place win ("at the White House,
    Tennessee"), a date is no town ("at Interlagos, Nov. 8"). Without the table, a capitalised
    name ending in a venue's word after a positional word does the same ("at the Ford
    Center, Evansville").
(3) A station names its town: "op station Oss", "am Bahnhof Oss", "Hauptbahnhof X",
    "gare de X", "X station", "X Central Station", "X railway station" (not "naar station X",
    and not the London termini named after districts: "Victoria station", "Waterloo station").

A club is not a venue ("Ajax speelt bij PSV": no place), as before.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import replace
from pathlib import Path

from captionist.places.words import CUED
from captionist.rxgate import gate

from .captionwords import caption_words
from .gazetteer import load_gazetteer, norm
from .placenotown import GB_REGIONS

_TABLE = Path(__file__).resolve().parents[2] / "data" / "venues.json"
# words as the table and a caption are compared: an elided article is a word of its own
# ("l'hôtel de Matignon", "l'Alpe d'Huez"), "St." and "Crypto.com" keep their dots
_TOKEN = re.compile(r"[lLdD]['’](?=\w)|[\w'’]+(?:\.\w+)*")
# words after which a venue is where the picture is (articles are skipped before the check)
_CUES = frozenset("at in inside outside on near by beside bij op aan voor achter naast rond binnen buiten "
                  "onder boven nabij im am an auf vor hinter beim bei neben nahe à au aux dans devant sur "
                  "près derrière autour über across through durch via".split())
_OF = frozenset("of van von de du des der d".split())   # "in the car park of Hereford Cathedral"
_ARTICLES = frozenset("the de het der die das den dem des la le les l een el los il lo".split())
_OPPONENT = re.compile(r"(?i)\b(?:against|versus|vs\.?|tegen|gegen|contre|face à|face au) "
                       r"(?:the |de |het |la |le |les |l['’])?(\w[\w'’-]*(?: \w[\w'’-]*){0,2})")

# "England's Sam Hartley", "England's captain": a country in the possessive is whose the
# player or team is, not where the picture is
_WHOSE = re.compile(r"(?<![\w-])(\w[\w-]*(?: \w[\w-]*)?)['’]s ")


# a caption's words recur from caption to caption: their normal forms are kept
_norm = functools.lru_cache(maxsize=8192)(norm)


@functools.lru_cache(maxsize=1)
def _venues() -> dict[str, list[tuple[tuple[str, ...], str, str, str]]]:
    """First normalised word -> [(normalised words, name as written, alpha-3, city)], longest
    first: loaded on first use only (captionist parse starts without it)."""
    data = json.loads(_TABLE.read_text("utf-8"))
    out: dict[str, list] = {}
    for a3, cities in data.items():
        if a3.startswith("_"):
            continue
        for city, names in cities.items():
            for name in names:
                words = tuple(_norm(t) for t in _TOKEN.findall(name))
                out.setdefault(words[0], []).append((words, name, a3, city))
    for cands in out.values():
        cands.sort(key=lambda c: -len(c[0]))
    return out


@functools.lru_cache(maxsize=64)
def _a2(a3: str) -> str:
    from captionist.places import iso    # pycountry's table, as gazetteer.country_name reads it
    return iso.country_by_alpha3(a3)["alpha_2"]


def _capitals_agree(name: str, written: list[str]) -> bool:
    """Every capitalised word of the table's name (articles aside) is capitalised as written:
    "de Kuip" or "De Kuip", never "de kuip"."""
    return all(not t[:1].isupper() or t.casefold() in _ARTICLES or w[:1].isupper()
               for t, w in zip(_TOKEN.findall(name), written))


def find_venue(text: str) -> tuple[int, int, str, str, bool] | None:
    """(start, end, alpha-2, city or "", placed) of the first venue of the table written in
    `text` outside quotes and longer names, or None; placed: written as where the picture is
    (a positional word before it; a landmark that gives a country only needs none: "Cyclists
    climb Mont Ventoux")."""
    table = _venues()
    # most captions hold no venue's first word: their words alone say so, before any position
    # or quote is read (speed38: this list of every token was ~2% of a parse)
    if table.keys().isdisjoint(map(_norm, _TOKEN.findall(text))):
        return None
    toks = [(m.start(), m.end(), _norm(m.group())) for m in _TOKEN.finditer(text)]
    quoted = caption_words(text).quoted
    for i, (s, _, key) in enumerate(toks):
        for words, name, a3, city in table.get(key, ()):
            k = len(words)
            if tuple(t[2] for t in toks[i:i + k]) != words \
                    or not _capitals_agree(name, [text[a:b] for a, b, _ in toks[i:i + k]]):
                continue
            e = toks[i + k - 1][1]
            if any(a < e and s < b for a, b in quoted) or not _free(text, toks, i, i + k):
                break
            return s, e, _a2(a3), city, not city or _cued(toks, i, text)
    return None


def _free(text: str, toks, i: int, j: int) -> bool:
    """The venue is not part of a longer name: no capitalised word touches it before or after
    ("Lille Grand Palais", "Concertgebouw Brugge", "Wall Street Journal", "Louvre-Lens")."""
    s, e = toks[i][0], toks[j - 1][1]
    if text[e:e + 1] in ("-", "’", "'") and text[e + 1:e + 2].isalpha():
        return False
    if j < len(toks) and toks[j][0] == e + 1 and text[e] == " " and text[toks[j][0]].isupper():
        return False
    if i and toks[i - 1][1] == s - 1 and text[s - 1] in " -" and text[toks[i - 1][0]].isupper() \
            and toks[i - 1][2] not in _ARTICLES and toks[i - 1][2] not in _CUES:
        return False
    return True


def _cued(toks, i: int, text: str) -> bool:
    """A positional word before the venue, articles and up to two words written small (an
    adjective: "in der heimischen HUK-Coburg arena", "at the packed Gabba") skipped; or
    "of"/"van"/"de" after one within four words ("in the car park of Hereford Cathedral")."""
    k, small = i - 1, 0
    while k >= 0 and (w := text[toks[k][0]:toks[k][1]]).islower() and w not in _CUES and toks[k][2] not in _OF \
            and (toks[k][2] in _ARTICLES or small < 2):
        small += toks[k][2] not in _ARTICLES
        k -= 1
    if k < 0:
        return False
    word = text[toks[k][0]:toks[k][1]].casefold()
    if word in _CUES:
        return True
    return word in _OF and any(text[a:b].casefold() in _CUES for a, b, _ in toks[max(0, k - 4):k])


def with_venues(text: str, find_places):
    """find_places(text) with the three rules of the module docstring applied."""
    hit = find_venue(text)
    if hit is None:
        return mark_stations(_venue_then_town(find_places(text), text), text)
    s, e, a2, city, placed = hit
    # a sports ground opening the caption is what the picture shows ("Le stade Bollaert-Delelis à
    # guichets fermés": Lens); an institution there stays a metonym ("De Tweede Kamer debatteert")
    placed = placed or bool(_OPENING.match(text[:s]) and _GROUND.search(text[s:e]))
    masked = text[:s] + re.sub(r"\w", "x", text[s:e]) + text[e:]    # the venue's words are no town
    facts = find_places(masked)
    gz = load_gazetteer()
    place = max((c for c in gz.cities.get(norm(city), ()) if c["countrycode"] == a2 and c["name"] == city),
                key=lambda c: c.get("population") or 0, default=None) if city else None
    same = (lambda m: any(c["geonameid"] == place["geonameid"] for c in m.cities)) if place else (lambda m: False)
    # (2) "<Venue>, <City>", "<Venue> de <City>": the city written is the venue's place
    after = re.match(r"(?:, | (?:de|d['’]|of|van|von|in) ?)(\w[\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})", masked[e:])
    if after:
        following = masked[e + after.start(1):]
        written = [m for m in facts.mentions if following.startswith(m.text) and not m.toward
                   and not _day_word(m.text)]     # "at Interlagos, Nov. 8": a date, not Nov (Tajikistan)
        if written and not (place and same(written[0])) and after.group()[:1] == "," \
                and (here := [c for c in written[0].cities if c["countrycode"] == a2]):
            _place(written[0]).cities[:] = here     # "Stade de France, Saint-Denis": the town written wins
            return mark_stations(_sublocation(facts, text[s:e]), masked)
        if written and place and same(written[0]):
            _as_venue_city(written[0], place)
            return mark_stations(_sublocation(facts, text[s:e]), masked)
        named_in = bool(city) and f" {norm(city)} " in f" {norm(text[s:e])} "  # "The Hepworth Wakefield"
        if after.group()[:1] == "," and (written or not named_in and _other_region(after.group(1), a2, place, gz)):
            # "in White House, Tennessee", "at Stamford Bridge, Yorkshire": the caption's place
            return mark_stations(_venue_then_town(find_places(text), text), text)
    if not placed:     # "De Tweede Kamer debatteert": no place, but "Kamer" is no Kamen either
        if city and f" {norm(city)} " in f" {norm(text[s:e])} ":     # "la flèche de Notre-Dame de Paris"
            return mark_stations(_venue_then_town(find_places(text), text), text)
        return mark_stations(_venue_then_town(facts, masked), masked)
    if near := re.match(r" (?:near|bij|bei|nahe|près de|près du) ", masked[e:]):
        for m in facts.mentions:     # "at Aintree Racecourse near Liverpool": Liverpool only locates it
            if masked[e + near.end():].startswith(m.text):
                m.locates_other = True
    if _other_country(facts, text, a2) or any(_written_as_place(m) and not same(m) for m in facts.mentions):
        return mark_stations(_venue_then_town(find_places(text), text), text)     # the caption's place wins
    if place is None:
        facts.country_cued = facts.country_cued or a2      # "au plateau de Beille": France
    else:
        from .places import PlaceMention    # (places.py imports the finder's helpers, not this module)
        mine = [m for m in facts.mentions if same(m)]
        for m in mine:
            _as_venue_city(m, place)
        if not mine:
            facts.mentions.insert(0, PlaceMention(place["name"], [place], True, True, False, CUED, placed=True,
                                                  cue=("in", "")))
    return mark_stations(_sublocation(facts, text[s:e]), masked)


def _as_venue_city(m, place: dict):
    """m, which names the venue's city ("Kolkata" of "Eden Gardens, Kolkata", "the Vatican" of
    "St. Peter's Square at the Vatican"), written as the place and read as that city."""
    _place(m).cities[:] = [place]
    m.text, m.primary = place["name"], True


def _day_word(word: str) -> bool:
    """A month's or a day's name (or its abbreviation) in one of the four languages."""
    from .dates import _MONTH_NUM, _WEEKDAY_NUM
    key = word.casefold().rstrip(".")
    return key in _MONTH_NUM or key in _WEEKDAY_NUM


def _place(m):
    """m written as where the picture is, as after "in"."""
    m.kind, m.cued, m.placed, m.initial = max(m.kind, CUED), True, True, False
    m.in_name = m.origin = m.person = m.water = False     # ("im Vatikan" is no square named like a town)
    m.cities = list(m.cities)
    return m


def _written_as_place(m) -> bool:
    from .placegate import opponent, positional
    return m.kind >= CUED and positional(m) and not (m.origin or m.toward or m.in_name or m.between
                                                     or m.water or opponent(m))


def _sublocation(facts, venue: str):
    return replace(facts, sublocation=facts.sublocation or venue)


def _other_country(facts, text: str, a2: str) -> bool:
    """The caption names a country, not as the opponent, and not the venue's."""
    gz = load_gazetteer()
    named = list(facts.countries_seen) + ([facts.country_cued] if facts.country_cued else [])
    for hit in [*_OPPONENT.finditer(text), *_WHOSE.finditer(text)]:
        words = hit.group(1).split()
        for n in (3, 2, 1):
            code = gz.countries.get(norm(" ".join(words[:n])))
            if code in named:
                named = [c for c in named if c != code]
                break
    return bool(named) and a2 not in named


def _other_region(name: str, a2: str, place: dict | None, gz) -> bool:
    """`name` (written after the venue and a comma) is a country or region the venue is not in."""
    words = name.split()
    for n in (3, 2, 1):
        key = norm(" ".join(words[:n]))
        if key in GB_REGIONS:
            return True     # "Stamford Bridge, Yorkshire": none of these regions holds a venue's city
        code = gz.countries.get(key)
        if code:
            return code != a2
        regions = gz.index.regions(key)
        if regions:
            return not any(r.country == a2 and (not r.code or place is None or r.code == place["admin1code"])
                           for r in regions)
    return False


_OPENING = re.compile(r"(?i)^\s*(?:the |le |la |les |l['’]|de |het |das |der |die |el |il )?$")
_GROUND = re.compile(r"(?i)(?<!\w)(?:stade|stadium|stadion|arena|ground|oval|v[eé]lodrome|racecourse|circuit)(?!\w)")


# (2) without the table: a capitalised name ending in a venue's word, after a positional word,
# then a comma and a town ("at the Kingspan Stadium, Belfast", "in der Mercedes-Benz Arena,
# Stuttgart"): the town is written as the venue's place
_VENUE_WORDS = ("Stadium|Stadion|Arena|Ground|Oval|Park|Circuit|Racecourse|Velodrome|Center|Centre|Hall|Dome|"
                "Theatre|Theater|Cathedral|Palace|Speedway|Raceway|Field|Gardens|Bowl|Coliseum|Halle|Kathedrale|"
                "Schanze|Stade|Kerk|Kirche|Museum|Musée|Schloss|Castle|Abbey|Bridge")
_NAMED_VENUE = re.compile(rf"(?<![\w-])(?P<cue>\w+)(?: (?:the|de|het|der|die|dem|den|la|le|l['’]))? "
                          rf"(?:[A-Z][\w'’.&]*[ -]){{0,4}}(?:{_VENUE_WORDS})(?: [A-Z][\w'’.&-]*){{0,3}}, "
                          r"(?=(?P<town>[A-Z]))")


_VENUE_COMMA = re.compile(rf"(?:{_VENUE_WORDS})(?: [A-Z][\w'’.&-]*){{0,3}}, [A-Z]")


def _venue_then_town(facts, text: str):
    """facts with the town written right after a venue of rule (2b) placed (see above)."""
    if not _VENUE_COMMA.search(text):
        return facts        # (most captions: the slower pattern below is not tried)
    for hit in _NAMED_VENUE.finditer(text):
        if hit.group("cue").casefold() not in _CUES:
            continue
        at = hit.start("town")
        for m in facts.mentions:
            if text.startswith(m.text, at) and not (m.toward or m.between):
                _place(m)
                break
    return facts


# (3) stations
_NAME = r"[A-ZÀ-ÞŁŚŻ][\w'’.-]*(?: [A-ZÀ-ÞŁŚŻ][\w'’.-]*){0,2}"
_STATION_BEFORE = re.compile(rf"(?<![\w-])(?:[Ss]tation |[Bb]ahnhof |Hauptbahnhof |[Gg]are (?:de |d['’]))(?P<n>{_NAME})")
_STATION_AFTER = re.compile(rf"(?<![\w'’.-])(?P<n>{_NAME})(?:['’]s)? (?:[Cc]entral |[Rr]ailway |[Tt]rain |[Mm]ain )?"
                            r"(?:[Ss]tation|Hauptbahnhof|Hbf|Centraal)\b")
_STATION_WORD = gate(re.compile(r"[Ss]tation\b|[Bb]ahnhof|Hbf\b|[Gg]are d|Centraal"))
_TOWARD = re.compile(r"(?i)\b(?:naar|nach|to|towards|richting|vers|from|uit|aus|van|von|depuis|voor|for)"
                     r"(?: het| de| the| den| dem| la| le| l['’])? ?$")
# stations named after a district or a word, not after their town: "Victoria station" is in
# London, "Waterloo station" too, "Union Station" in Washington, Chicago, Los Angeles...
_NOT_TOWN = frozenset(norm(w) for w in "Union Central Grand Penn Victoria Waterloo Paddington Euston Midi Nord "
                                       "Sud Zuid Noord Oost West Ost Süd Zoo Space Police Fire "
                                       "Gare Porte Pont Quai".split())   # "la station Gare Lille-Flandres" (precision19)


def mark_stations(facts, text: str):
    """facts with the town a station is named after written as where the picture is."""
    if not _STATION_WORD.search(text):
        return facts
    gz = load_gazetteer()
    quoted = caption_words(text).quoted
    for rx in (_STATION_BEFORE, _STATION_AFTER):
        for hit in rx.finditer(text):
            if any(a < hit.end() and hit.start() < b for a, b in quoted) or _TOWARD.search(text, max(0, hit.start() - 30), hit.start()):
                continue
            words = hit.group("n").split()
            spans = [words[:n] for n in (3, 2, 1)] if rx is _STATION_BEFORE else [words[-n:] for n in (3, 2, 1)]
            for part in spans:
                name = " ".join(part).rstrip(".")
                key = norm(name)
                if len(part) > len(words) or key in _NOT_TOWN or not (cities := gz.cities.get(key)):
                    continue
                known = [m for m in facts.mentions if norm(m.text) == key]
                for m in known:
                    if not (m.toward or m.between):
                        _place(m)
                if not known:
                    from .places import PlaceMention
                    facts.mentions.append(PlaceMention(name, cities, True, any(norm(c["name"]) == key for c in cities),
                                                       False, CUED, placed=True, cue=("in", "")))
                break
    return facts
