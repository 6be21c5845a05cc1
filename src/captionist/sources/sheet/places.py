"""Places in captions: finding the names in one caption's text (first pass) and settling
which city, province and country the picture was taken in (second pass, with the
sheet's main country as extra evidence).

Finding is cautious: a capitalised run of words is a place only when the place index
knows it and it is not a common word, part of a person's name ("Olga Kharkiv", a
capital right after another capitalised word), part of a longer name ("Town Hall",
"Shetland Isles") or inside a quotation. Each mention records how it is written: after
a cue ("in X", "bij X", "près d'X"), before a country or region ("X, Sweden",
"Paris, Texas"), as the object of "near"/"north of" ("X, near Kyiv": Kyiv only tells
where X is), as an adjective ("Rotterdamse", "Berliner", "parisien").

Resolving scores every candidate city on that evidence: it must agree with a country
or region the caption binds it to, a bigger place beats a smaller one of the same name,
the specific place beats the one it is near. Below the threshold nothing is written and
the caption gets a warning naming the candidates: a blank is better than a guess.
The patterns use bounded quantifiers and the tokens are walked once, so the work stays
linear in the caption's length.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from .gazetteer import Gazetteer, load_gazetteer, norm

# Words that precede a place: "in Kyiv", "near Kharkiv", "bij Marioepol", "de stad Odesa"
_LOC_CUES = frozenset("in bij nabij near outside at à bei nahe nach van of von stad city town "
                      "village dorp stadt ville havenstad port près aus te dans d de en im am zu "
                      "through door across over depuis vanuit grensovergang grenzübergang grenspost".split())
# for a country, only words that put the picture there ("troops from Belarus" does not)
_COUNTRY_CUES = frozenset("in bij nabij near outside à en im te across throughout dans au aux".split())
_COUNTRY_CUES2 = frozenset(("oosten van", "westen van", "noorden van", "zuiden van", "est de", "ouest de",
                            "nord de", "sud de", "east of", "west of", "north of", "south of"))
# a name followed by one of these (written small) is a region: "Aleppo province", "Kreis Ahrweiler"
_REGION_AFTER = frozenset("province provincie provinz region regio région oblast governorate gouvernement "
                          "district county département department kanton canton".split())
# a name after one of these is an island, not the town of that name: "l'île de La Palma"
_ISLAND_BEFORE = frozenset("île ile island eiland insel isla isola".split())
_LOC_CUES2 = frozenset(("buurt van", "rand van", "outskirts of", "north of", "south of", "east of", "west of",
                        "noorden van", "zuiden van", "oosten van", "westen van", "city of", "town of",
                        "village of", "près de", "ville de", "nähe von", "de stad", "the city", "port of",
                        "northeast of", "northwest of", "southeast of", "southwest of", "nord de", "sud de",
                        "nördlich von", "südlich von", "östlich von", "westlich von", "near to",
                        "oosten van", "westen van", "noorden van", "zuiden van", "est de", "ouest de",
                        "nord de", "sud de", "border crossing", "crossing at", "voorstad van", "suburb of",
                        "banlieue de", "vorort von", "faubourg de", "voorsteden van", "suburbs of",
                        "vlak bij", "dicht bij", "nahe bei", "nähe von", "loin de", "close to", "far from"))
# where people or things came from, not where the picture is: "a train from Odesa", "venus de Marseille"
_ORIGIN = frozenset("from uit aus".split())
_ORIGIN2 = frozenset(("venus de", "venant de", "arrivés de", "arrivant de", "provenance de", "fled from",
                      "gevlucht uit", "geflohen aus", "geflüchtet aus", "afkomstig uit", "kommend aus"))
# "residents of X", "habitants d'X": people from X, weaker than the place the picture is in
_FROM_PEOPLE = frozenset(("residents of", "inwoners van", "bewoners van", "bewohner von", "einwohner von",
                          "habitants de", "habitante de", "habitant de", "people of", "natives of"))
# cues after which the place only locates another one: "Bucha, near Kyiv"
_NEAR = frozenset(("near", "outside", "nabij", "nahe", "près")) | {c for c in _LOC_CUES2 if " of" in c
                                                              or " van" in c or " von" in c
                                                              or c.endswith(" de") and c != "ville de"} | {
    "vlak bij", "dicht bij", "nahe bei", "nähe von", "loin de", "close to", "far from"}
_ARTICLES = frozenset("the de het der die den des la le les l een a".split())
# skipped between a cue and a country: "in eastern Poland", "in het oosten van"
_DIRECTIONS = frozenset("eastern western northern southern central east west north south "
                        "oost west noord zuid centraal oostelijk westelijk".split())
_NOT_PLACE = frozenset(norm(w) for w in (
    "De Het Een The A An In Op On At Foto Photo Photos Bild Beeld Reuters Getty Images AP AFP ANP EPA "
    "President Presidents Russian Russians Ukrainian Ukrainians Rusland Oekraïne Oekraïense Russische "
    "Ukraine Russia Police Politie Troops Soldiers Soldaten Army Leger Maidan Square Street Plein "
    "Donderdag Thursday Donnerstag Jeudi February Februari Februar Février Via Le La Les Der Die Das "
    "Une Un Ein Eine Oblast Region Regio Province Provincie This That These Those Ook Ze Zij Hij "
    "Local Lokale Residents Bewoners Inwoners People Mensen Im Am Au Aux Du Des "
    "Wit Rode Kruis Red Cross Europe Europa NATO Navo Kremlin Poetin Putin Zelensky Zelenski "
    "Station Metro Mayor Burgemeester Minister Black Sea Zwarte Zee "
    "January March April May June July August September October November December "
    "Januari Maart Mei Juni Juli Augustus Oktober Janvier Mars Avril Juin Juillet Août Septembre Octobre "
    "Novembre Décembre Januar März Juni Juli Oktober Dezember Monday Tuesday Wednesday Friday Saturday "
    "Sunday Maandag Dinsdag Woensdag Vrijdag Zaterdag Zondag Montag Dienstag Mittwoch Freitag Samstag "
    "Sonntag Lundi Mardi Mercredi Vendredi Samedi Dimanche Mai Mr Mrs Ms Dr Prof Sir Lady Saint Sankt "
    "Fans Supporters Kinder Menschen Polizei Feuerwehr Des Dans Pour Avec Sur Selon").split())

# Real cities that are far more often an ordinary word or a first name: taken only
# after "in", "near"... ("in Reading", "in Sofia"), never on their own.
_WEAK_PLACE = frozenset(norm(w) for w in (
    "Of Van Sur Central North South East West University Green Mobile Reading Nice Split Bar Roman "
    "Victoria Mira Rosa Lena Ada Bo Anna Sofia Maria Marta Elena Olga Alexandria Florence Nancy Hope "
    "Independence Liberty Union Concord Orange Eagle Ivo Boon Veen Sale March Mai Mars Mayo Kort "
    "Darwin Lincoln Jackson Washington Houston Austin Hamilton Wellington Kingston Victoria "
    "Essen Zug Hof Halle Weil Marl Worms Bath Lens Sens Tours Vienne Grasse Mode Police Chance Dover "
    "Gap Bra Aue Wedding Mitte Hove Ham Goes Epe Best Born Ede Tiel Uden Putten Lisse").split())

# a name followed by one of these is a feature, not the town: "Shetland Isles", "Town Hall"
_FEATURE_AFTER = frozenset(norm(w) for w in (
    "Isles Islands Island Eilanden Inseln Îles Sea Zee Meer Mer River Rivier Fluss Mountains Mountain "
    "Valley Bay Lake Gulf Strait Airport Luchthaven Flughafen Aéroport Bridge Brug Brücke Pont Station "
    "Bahnhof Gare University Universiteit Universität Hall Hotel Stadium Stadion Stade Cathedral Kathedrale "
    "Street Straat Straße Rue Square Plein Platz Avenue Road Park Palace Paleis Palast Museum Musée "
    "Hospital Ziekenhuis Krankenhaus Hôpital Province Oblast Region County Canton District Peninsula "
    "Coast Kust Küste Côte Desert Woestijn Forest Bos Wald Forêt Alps Alpen Alpes FC United City Club "
    "Tower Toren Turm Tour Port Harbour Haven Hafen Border Prison Gevangenis Gefängnis Prison".split()))

_QUALIFIER = re.compile(r" \(([A-ZÀ-Þ][\w. -]{1,20})\)")
_ADJ_STEM = re.compile(r"(?:e|en|er|es|em|n|s)$")
_POSSESSIVE = re.compile(r"['’]s$")
_CAP_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]{0,40}")
_ELIDED = re.compile(r"^[dlDLjJ]['’ʼ](?=[A-ZÀ-ÖØ-Þ])")
_QUOTED = re.compile(r"[\"“”„«»][^\"“”„«»\n]{1,300}[\"“”„«»]")
_SUBLOC_WORD = re.compile(
    r"\b[A-ZÀ-ÖØ-Þ][\w'’-]{2,40}(?:plein|straat|laan|gracht|kade|markt|platz|straße|strasse|prospekt)\b")
_SUBLOC_EN = re.compile(
    r"\b(?:[A-Z][\w'’-]{1,30}\s){1,3}(?:Square|Street|Avenue|Boulevard|Prospect|Embankment)\b")
_SUBLOC_FR = re.compile(r"\b[Pp]lace\s(?:de\sla\s|de\sl['’]|du\s|des\s|de\s)?[A-ZÉ][\w'’-]{2,30}")
_MAIDAN = re.compile(r"\bMaidan(?:\s(?:Nezalezhnosti|Nesalezhnosti))?\b|\bМайдан(?:\sНезалежності)?")
_PROVINCE_AFTER = re.compile(
    r"\b(?P<n>[^\W\d_][\w'’ʼ-]{2,30})(?:s['’ʼ]?ka)?\s(?:Oblast|oblast|[Rr]egion|regio|[Pp]rovince|provincie)\b")
_PROVINCE_BEFORE = re.compile(
    r"\b(?:[Oo]blast|[Rr]egion|regio|[Pp]rovince|provincie|région|Gebiet)\s(?:de\s|van\s|of\s|d['’])?"
    r"(?P<n>[A-ZÀ-ÖØ-ÞА-ЯІЇЄҐ][\w'’ʼ-]{2,30})")
# adjective endings that give back a city: nl "Rotterdamse", de "Berliner"/"Münchner"/"Bremer"
_ADJ_ENDINGS = (("se", ("", "en")), ("sche", ("", "en")), ("er", ("", "en")), ("ner", ("en",)),
                ("ische", ("",)), ("isch", ("",)))

# small words inside a place name: "Los Llanos de Aridane", "Isles of Scilly", "Frankfurt an der Oder"
_INNER = frozenset("na on am im in de del la an der of sur en upon".split())
_DEMONYM_ENDINGS = ("ien", "ienne", "iens", "iennes", "ais", "aise", "aises", "ois", "oise", "oises",
                    "ain", "aine", "ains", "aines", "ite", "ites", "ène", "ète")

# mention kinds, weakest to strongest
UNCUED, ADJECTIVE, NEAR, CUED, ANCHORED = range(5)


@dataclass
class PlaceMention:
    text: str
    cities: list[dict]
    cued: bool
    primary: bool           # the written name is the city's main name
    initial: bool = False   # first word of a sentence
    kind: int = UNCUED
    binds: tuple[str, str | None] | None = None   # (country, admin1 or None) written right after it


@dataclass
class PlaceFacts:
    mentions: list[PlaceMention] = field(default_factory=list)
    province: tuple[str, str, str] | None = None     # (country a2, admin1, name)
    sublocation: str | None = None
    countries_seen: list[str] = field(default_factory=list)
    country_cued: str | None = None
    regions: list[tuple[str, str | None]] = field(default_factory=list)   # (country, admin1) the caption is in
    regions_seen: list[tuple[str, str | None]] = field(default_factory=list)  # every region named
    unknown: list[str] = field(default_factory=list)   # capitalised words after "in", "near"... not in the index


def _province_from(name: str, gz: Gazetteer) -> tuple[str, str, str] | None:
    """(country, admin1 code, province name) for "<name> Oblast", "region of <name>"..."""
    key = norm(name)
    cands = [c for c in gz.cities.get(key, ()) if c["countrycode"] in gz.admin1]
    if not cands:
        return None
    c = cands[0]
    a2, code = c["countrycode"], c["admin1code"]
    if a2 == "UA" and code == "12":
        code = "13"  # Kyiv Oblast, not the city
    name = gz.admin1.get(a2, {}).get(code)
    return (a2, code, name) if name else None


def _tokens(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, elided) for each word; "d'Odessa" gives "Odessa" marked elided."""
    out = []
    for m in _CAP_WORD.finditer(text):
        w, s = m.group(), m.start()
        e = _ELIDED.match(w)
        if e:
            out.append((s + e.end(), m.end(), w[e.end():], True))
        else:
            out.append((s, m.end(), w, False))
    return out


def _adjective_city(word: str, gz: Gazetteer) -> list[dict]:
    """Cities a city adjective stands for: the hand-kept table ("Münchner", "parisien")
    first, else a regular ending taken off ("Rotterdamse" -> Rotterdam, "Bremer" ->
    Bremen), the latter only for cities of 100,000+ where the adjective is common."""
    key = norm(word)
    table = [c for c in gz.cities.get(key, ()) if c.get("adjective")]
    if table:
        return table
    for end, adds in _ADJ_ENDINGS:
        if key.endswith(end) and len(key) - len(end) >= 3:
            for add in adds:
                cands = [c for c in gz.cities.get(key[:-len(end)] + add, ())
                         if (c.get("population") or 0) >= 100000]
                if cands:
                    return cands
    return []


def find_places(text: str) -> PlaceFacts:
    """Everything one caption says about where it is: a sublocation (square, street),
    a province, the countries and regions named, and each capitalised run of 1-3 words
    found in the place index, with how it is written (see the module docstring)."""
    gz = load_gazetteer()
    facts = PlaceFacts()
    taken: list[tuple[int, int]] = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]

    def overlaps(a: int, b: int) -> bool:
        return any(a < e and s < b for s, e in taken)

    for rx in (_MAIDAN, _SUBLOC_EN, _SUBLOC_FR, _SUBLOC_WORD):
        m = rx.search(text)
        if m and not overlaps(m.start(), m.end()):
            if facts.sublocation is None:
                facts.sublocation = m.group().strip()
            taken.append((m.start(), m.end()))
    for rx in (_PROVINCE_AFTER, _PROVINCE_BEFORE):
        for m in rx.finditer(text):
            if overlaps(m.start(), m.end()):
                continue
            prov = _province_from(m.group("n"), gz)
            if prov:
                facts.province = facts.province or prov
                taken.append((m.start(), m.end()))
                break

    tokens = _tokens(text)
    last_mention_end = -10
    i = 0
    while i < len(tokens):
        s, e, w, elided = tokens[i]
        if not w[0].isupper() or overlaps(s, e):
            for part in w.casefold().split("-"):
                a2 = gz.countries.get(part) or gz.countries.get(_ADJ_STEM.sub("", part))
                if a2 and len(part) > 4:
                    facts.countries_seen.append(a2)    # "moldauisch-ukrainischen Grenze"
            # French demonyms are written small: "un policier parisien"
            if w.endswith(_DEMONYM_ENDINGS) and not overlaps(s, e):
                adj = [c for c in gz.cities.get(norm(w), ()) if c.get("adjective")]
                if adj:
                    facts.mentions.append(PlaceMention(w, adj, False, False, False, ADJECTIVE))
            i += 1
            continue
        hit = 0     # words taken by a province, country or city name
        for n in (4, 3, 2, 1):
            if i + n > len(tokens):
                continue
            seg = tokens[i:i + n]
            if any(not t[2][0].isupper() and t[2] not in _INNER for t in seg[1:]) or not seg[-1][2][0].isupper():
                continue
            if any(seg[k + 1][0] - seg[k][1] > 1 for k in range(n - 1)):
                continue
            raw = _POSSESSIVE.sub("", text[seg[0][0]:seg[-1][1]]).rstrip("'’ʼ-")   # "Kiev's" -> "Kiev"
            key = norm(raw)
            qual = _QUALIFIER.match(text, seg[-1][1])
            if qual and gz.cities.get(norm(f"{raw} {qual.group(1)}")):     # "Frankfurt (Oder)"
                raw, key = f"{raw} ({qual.group(1)})", norm(f"{raw} {qual.group(1)}")
                taken.append((qual.start(), qual.end()))
            prev = _prev_words(tokens, i, text)
            if elided:
                prev = ("de", f"{prev[0]} de")
            after = _after(tokens, i + n - 1, text)
            if key in gz.province_words and facts.province is None:
                code = gz.province_words[key]
                facts.province = ("UA", code, gz.admin1["UA"][code])
                hit = n
                break
            if key in gz.countries:
                a2 = gz.countries[key]
                facts.countries_seen.append(a2)
                # "in Ukraine", "in der Ukraine", or "Medyka, Poland": the country of the place just named
                after_comma = text[max(0, s - 2):s] == ", " and 0 <= s - last_mention_end <= 12
                if gz.index.country_kind.get(key) == "name" and (
                        prev[0] in _COUNTRY_CUES or prev[1] in _COUNTRY_CUES2 or after_comma):
                    facts.country_cued = facts.country_cued or a2
                    if after_comma and facts.mentions and facts.mentions[-1].binds is None:
                        facts.mentions[-1].binds = (a2, None)
                hit = n
                break
            if n == 1 and key in _NOT_PLACE:
                break
            regions = gz.index.regions(key) if n > 1 or len(key) > 3 else ()
            cities = gz.cities.get(key)
            # "Paris" is a department too, "Texas" a village in Mexico: the bigger meaning wins
            if regions and not (cities and max(c["population"] for c in cities) >= 50000):
                after_comma = text[max(0, s - 2):s] == ", " and 0 <= s - last_mention_end <= 12
                for r in regions[:1]:
                    facts.regions_seen.append((r.country, r.code))
                    if after_comma and facts.mentions and facts.mentions[-1].binds is None:
                        facts.mentions[-1].binds = (r.country, r.code)
                    if prev[0] in _COUNTRY_CUES or prev[0] in _LOC_CUES or after_comma:
                        facts.regions.append((r.country, r.code))
                hit = n
                break
            if cities and (after[1][:1].isupper() and norm(after[1]) in _FEATURE_AFTER
                           or after[1].casefold() in _REGION_AFTER
                           or any(t[2].casefold().replace("’", "'").split("'")[-1] in _ISLAND_BEFORE
                                  for t in tokens[max(0, i - 3):i])):
                hit = n + 1   # "Shetland Isles", "Town Hall", "Aleppo province": not the town
                if i + n < len(tokens):
                    last_mention_end = tokens[i + n][1]   # "... Aleppo province, Syria"
                break
            if cities:
                cued = prev[0] in _LOC_CUES or prev[1] in _LOC_CUES2 or prev[0] in _ORIGIN
                if n == 1 and not cued and _person_like(tokens, i, text, gz):
                    break
                if not cued and key in _WEAK_PLACE:
                    break
                primary = any(norm(c["name"]) == key for c in cities)
                cities = [c for c in cities if not c.get("adjective")] or cities
                # a capital at the start of a sentence says nothing ("Reading the news...")
                initial = s == 0 or text[max(0, s - 2):s] in (". ", "! ", "? ", '" ', "' ")
                kind = CUED if cued else UNCUED
                if prev[0] in _NEAR or prev[1] in _NEAR:
                    kind = NEAR
                elif prev[1] in _FROM_PEOPLE or prev[0] in _ORIGIN or prev[1] in _ORIGIN2:
                    kind = ADJECTIVE
                facts.mentions.append(PlaceMention(raw, cities, cued, primary, initial, kind))
                last_mention_end = seg[-1][1]
                hit = n
                break
            if n == 1 and not elided:
                adj = _adjective_city(w, gz)
                if adj:
                    facts.mentions.append(PlaceMention(w, adj, False, False, False, ADJECTIVE))
                    hit = 1
                    break
        if not hit and len(w) > 2 and norm(w) not in _NOT_PLACE:
            prev = _prev_words(tokens, i, text)
            if prev[0] in _LOC_CUES and prev[0] not in ("van", "of", "de", "te", "d", "en") \
                    and len(facts.unknown) < 5 and not _person_like(tokens, i, text, gz):
                facts.unknown.append(w)
        i += hit or 1
    return facts


def _person_like(tokens, i: int, text: str, gz: Gazetteer) -> bool:
    """A capitalised word right after another capitalised word that is neither a cue,
    an article nor a place: a surname ("Olga Kharkiv", "Ivan Bucha") or part of a
    longer name ("Town Hall")."""
    if i == 0 or tokens[i][0] - tokens[i - 1][1] != 1 or text[tokens[i - 1][1]] != " ":
        return False
    w = tokens[i - 1][2]
    key = norm(w)
    if not w[0].isupper() or key in _LOC_CUES or key in _ARTICLES or key in _NOT_PLACE:
        return False
    return key not in gz.countries and not any(c["population"] >= 100000 for c in gz.cities.get(key, ()))


def _prev_words(tokens, i: int, text: str) -> tuple[str, str]:
    """The one and two words before token i, articles skipped ("in der Ukraine",
    "dans les Alpes-Maritimes"); a capitalised cue counts only at a sentence start."""
    j = i - 1
    cues = _LOC_CUES | _COUNTRY_CUES
    for skip, before in ((_DIRECTIONS, cues | _ARTICLES), (_ARTICLES, cues)):
        if j >= 1 and tokens[j + 1][0] - tokens[j][1] <= 3 and tokens[j][2].casefold() in skip \
                and tokens[j][0] - tokens[j - 1][1] <= 3 and tokens[j - 1][2].casefold() in before:
            j -= 1
    if j < 0 or tokens[j + 1][0] - tokens[j][1] > 3 or "," in text[tokens[j][1]:tokens[j + 1][0]]:
        return "", ""
    w = tokens[j][2]
    if w[:1].isupper() and not (tokens[j][0] == 0 or text[max(0, tokens[j][0] - 2):tokens[j][0]] in (". ", "! ", "? ")):
        one = ""
    else:
        one = w.casefold()
    two = (tokens[j - 1][2].casefold() + " " + one) if j >= 1 and one else ""
    return one, two


def _after(tokens, i: int, text: str) -> tuple[str, str]:
    """What follows token i: the punctuation right after it and the next word."""
    e = tokens[i][1]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) and tokens[i + 1][0] - e <= 2 else ""
    return text[e:e + 1], nxt


@dataclass
class Place:
    city: dict | None = None
    province: str | None = None
    country: str | None = None      # alpha-2
    sublocation: str | None = None
    warnings: list[str] = field(default_factory=list)
    ambiguous: bool = False


_THRESHOLD = 3.0


def _score(m: PlaceMention, c: dict, binding: list[tuple[str, str | None]], context: list[str],
           sheet: str | None = None) -> float:
    """How sure we are that mention m means city c (the evidence in the module docstring)."""
    pop = c.get("population") or 0
    s = {UNCUED: 0.0, ADJECTIVE: 1.0, NEAR: 1.5, CUED: 2.0, ANCHORED: 2.5}[m.kind]
    if m.binds:
        s += 1.0
    s += min(3.0, max(0.0, math.log10(max(pop, 1)) - 2.7))   # 500 people -> 0, 500,000+ -> 3
    own = [b for b in ([m.binds] if m.binds else binding)]
    if own:
        agree = [b for b in own if b[0] == c["countrycode"]]
        if not agree:
            return -10.0    # "Stockholm, Sweden" never gives a town elsewhere
        s += 2.0
        if any(b[1] and b[1] == c["admin1code"] for b in agree):
            s += 1.0
    elif c["countrycode"] in context:
        s += 2.5
    elif c["countrycode"] == sheet:
        s += 1.5    # picks between namesakes; never between two places the caption names
    if c.get("newsroom"):
        s += 1.0
    elif not c.get("primary") and not c.get("adjective"):   # matched by an alternate name only
        s -= 0.5
    if len({x["countrycode"] for x in m.cities}) == 1:
        s += 1.0    # one country's place of that name: nothing to confuse it with
    if m.initial and m.kind == UNCUED:
        s -= 1.0
    return s


def resolve_place(facts: PlaceFacts, sheet_country: str | None) -> Place:
    """The caption's city, province and country from what `find_places` found (see the
    module docstring); what cannot be settled becomes a warning naming the candidates."""
    out = Place(sublocation=facts.sublocation)
    binding: list[tuple[str, str | None]] = []
    if facts.country_cued:
        binding.append((facts.country_cued, None))
    binding += [r for r in facts.regions if r[0] == facts.country_cued or facts.country_cued is None]
    if facts.province:
        binding.append((facts.province[0], facts.province[1]))
    context = [*facts.countries_seen, *(b[0] for b in binding)]

    # "X, near Y": Y only locates X; its country binds X ("Marathon, north of Athens")
    near = [m for m in facts.mentions if m.kind == NEAR]
    others = [m for m in facts.mentions if m.kind != NEAR]
    for m in near:
        scored = sorted(((_score(m, c, binding, context, sheet_country), c) for c in m.cities),
                        key=lambda t: -t[0])
        if scored[0][0] >= _THRESHOLD and not binding and (
                len(scored) == 1 or scored[1][0] < scored[0][0] - 1.5):
            binding = [(scored[0][1]["countrycode"], None)]

    choices = []   # (score, city, mention, close rivals)
    for m in (others or near):
        scored = sorted(((_score(m, c, binding, context, sheet_country), c) for c in m.cities),
                        key=lambda t: (-t[0], -(t[1].get("population") or 0)))
        best_s, best = scored[0]
        rivals = [c for s, c in scored[1:] if s > best_s - 1.0 and c["countrycode"] != best["countrycode"]]
        if best["countrycode"] == sheet_country and best_s >= _THRESHOLD:
            best_s = max(_THRESHOLD, _score(m, best, binding, context))   # rank mentions without the sheet
        choices.append((best_s, best, m, rivals))
    # on a tie the place named first wins: captions say where before they say what else
    choices.sort(key=lambda t: -t[0])

    warn = None
    for s, city, m, rivals in choices:
        if s < _THRESHOLD or (rivals and m.kind in (UNCUED, ADJECTIVE)):
            if warn is None and (m.kind != UNCUED or m.primary) and s > -10:
                names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in [city, *rivals][:4])
                warn = f"ambiguous place: {m.text} (candidates {names})"
            continue
        if rivals and len(rivals) >= 1 and (rivals[0].get("population") or 0) * 20 > (city.get("population") or 0):
            names = ", ".join(f"{c['name']} ({c['countrycode']})" for c in [city, *rivals][:4])
            warn = warn or f"ambiguous place: {m.text} (candidates {names})"
            continue
        out.city = city
        break
    if out.city is None and warn:
        out.warnings.append(warn)
        out.ambiguous = True
    gz = load_gazetteer()
    if out.city is not None:
        out.country = out.city["countrycode"]
        if facts.province and facts.province[0] == out.country:
            out.province = facts.province[2]
        else:
            out.province = gz.admin1.get(out.country, {}).get(out.city["admin1code"])
    elif facts.province:
        out.province, out.country = facts.province[2], facts.province[0]
    elif facts.country_cued:
        out.country = facts.country_cued
    elif len({r[0] for r in facts.regions_seen}) == 1 and not facts.mentions:
        out.country = facts.regions_seen[0][0]     # "the Isles of Scilly", "des Alpes-Maritimes"
    if out.city is None and not out.ambiguous:
        unknown = [m.text for m in facts.mentions if m.cued] + facts.unknown
        if unknown:
            out.warnings.append(f"place not recognised: {unknown[0]}")
    return out
