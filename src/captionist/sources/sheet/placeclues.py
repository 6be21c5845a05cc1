"""Small clues to where a caption is, kept apart from the place finder (places.py) so that
each stays readable: which words written small name a country, when an island word names
the island after it, and which city adjectives stand for a small town.

Each rule here was measured on the tuned corpus (docs/sheets.md, "Place recall"): it gains
right places and adds no wrong one.
"""

from __future__ import annotations

import functools
import re

from captionist.places.words import _ADJ_STEM, _ARTICLES, _DIRECTIONS, _ISLAND_BEFORE, UNCUED, US_STATES_AP

from .gazetteer import Gazetteer, norm
from .placedemonym import small_demonym_town
from .placefeaturenear import feature_named
from .placenaturenear import natural_named
from .placeworksnear import works_before, works_named     # (works_before: re-exported for places.py)
from .placetownforms import dutch_changed_stem, dutch_people, qualified_own

# "Breisach am Rhein", "Heidenheim an der Brenz", "Stratford-upon-Avon", "Châlons-en-Champagne": a
# qualifier after a town's everyday name (the gate reads it too: placegate.py)
QUALIFIERS = frozenset("am an im in ob bei upon on sur en".split())

# what may stand between an island word and the island's name: "the island of Skye", "l'île
# d'Ouessant", "het eiland Texel", "die Insel Rügen"
_ISLAND_LINK = frozenset("of the de d du van het von der".split())


_ISCH = ("isch", "ische", "ischen", "ischer", "isches", "ischem")


def small_country(part: str, gz: Gazetteer) -> str | None:
    """The country a word written small names: only an adjective does ("moldauisch-ukrainischen",
    "une ferme normande" aside, "français"); a country's name is capitalised in all four
    languages, so "a reed island" is no Iceland (German "Island")."""
    # asked for every small word of five letters or more of every caption ("moderne", "werden"),
    # the same few thousand words over a sheet: the answer is kept per word, per gazetteer
    memo = _SMALL_MEMO.get(id(gz))
    if memo is None or memo[0] is not gz:
        memo = _SMALL_MEMO[id(gz)] = (gz, {})
    if part not in memo[1]:
        if len(memo[1]) > 50000:
            memo[1].clear()
        memo[1][part] = _small_country(part, gz)
    return memo[1][part]


_SMALL_MEMO: dict[int, tuple[Gazetteer, dict[str, str | None]]] = {}


def _small_country(part: str, gz: Gazetteer) -> str | None:
    for key in (part, _ADJ_STEM.sub("", part), norm(part), _ADJ_STEM.sub("", norm(part))):   # "österreichisch"
        a2 = gz.countries.get(key)
        if a2:
            # a German "-isch" word is an adjective whatever the table calls it ("österreichisch-
            # slowenischen", "französisch-belgischen"; recall22de)
            return a2 if gz.index.country_kind.get(key) != "name" or part.endswith(_ISCH) else None
    return None


def island_named(tokens, i: int, gz: Gazetteer) -> bool:
    """The name at token i follows an island word that names it ("the Isle of Mull", "l'île
    d'Ouessant", "het eiland Texel", "l'île espagnole de La Palma"): only linking words and a
    country's adjective between, not "a reed island near Puno"."""
    for j in range(i - 1, max(-1, i - 4), -1):
        w = tokens[j][2].casefold().replace("’", "'").split("'")[-1]
        if w in _ISLAND_BEFORE:
            return True
        if w not in _ISLAND_LINK and not small_country(w, gz):
            return False
    return False


# AP datelines abbreviate months: "Nov. 7, 2023" names no town Nov (Tajikistan)
_MONTHS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())


def written_as_place(o) -> bool:
    """Mention o (places.PlaceMention) is written as a place of its own, enough to make "near
    Y" only locate it: cued, bound to a country, an adjective, or a town's own name mid-sentence.
    Not a capital that opens the caption ("Banana growers near Tully"), a word GeoNames only
    also calls a place ("on Lake Victoria near Jinja": Lake is no town) or a month."""
    if norm(o.text) in _MONTHS:
        return False
    return o.kind != UNCUED or bool(o.binds) or (o.primary and not o.initial)


# a town this small is read from its adjective only in the sheet's own country (the gate checks)
SMALL_TOWN = 5000
# German adjectives capitalised in names ("Roter Platz", "Alter Markt", "Großer Preis"): their
# stems are no town's adjective even where a village bears the stem as its name (Rot, Alt)
_PLAIN_STEMS = frozenset(
    "alt neu groß gross klein rot schwarz weiß weiss grün grun blau gelb braun grau jung lang kurz hoch "
    "tief ober unter vorder hinter inner äuß letzt erst ander unser euer dies jed welch manch all voll "
    "leer warm kalt heiß heiss nass trock hell dunkl stark schwach reich arm früh spät gut schön "
    "heilig frei ganz halb recht link mittl nieder hint sich".split())


def town_adjective(word: str, gz: Gazetteer, following: str, big, ends) -> list[dict]:
    """The towns a German or Dutch town adjective may stand for: those of 20,000+ (`big`:
    placetokens._adjective_city) and the small ones of the same name (small_adjective_city), so
    that the resolver and the gate weigh them together ("Harlinger": Harlingen, Netherlands in a
    Dutch sheet, never Harlingen, Texas only because it is the bigger)."""
    found = qualified_own(big(word, gz, following), word, ends, gz)    # "Schwandorfer": placetownforms.py
    if any(c.get("adjective") for c in found):
        return found        # the hand-kept table ("Münchner", "parisien")
    ids, top = {c["geonameid"] for c in found}, max((c.get("population") or 0 for c in found), default=0)
    # a small town a tenth of the big one's size is not what the adjective means ("Linzer": Linz,
    # not Linz am Rhein)
    return found + [c for c in small_adjective_city(word, gz, following, ends)
                    if c["geonameid"] not in ids and c["population"] * 10 >= top] \
        or dutch_changed_stem(word, gz) or dutch_people(word, gz)


@functools.lru_cache(maxsize=8)
def _ends_of(ends) -> tuple[str, ...]:
    """The endings of an (ending, additions) table, for one str.endswith test."""
    return tuple(end for end, _ in ends)


def small_adjective_city(word: str, gz: Gazetteer, following: str, ends) -> list[dict]:
    """Towns of SMALL_TOWN to 20,000 people that a German or Dutch town adjective stands for
    ("Kappelner Bürger", "die Kremser Altstadt", "de Oudewaterse Heksenwaag"), by the same
    endings as bigger cities (placetokens._adjective_city, which the caller tries first).
    Each comes back marked "small_adjective": the gate writes it only in the sheet's country,
    where a newsroom writes the adjective of its own small towns. The stem must be the town's
    own name or its name before a qualifier ("Krems" of Krems an der Donau, "Rüdesheim" of
    Rüdesheim am Rhein), not another name GeoNames gives it."""
    key = norm(word)
    out = []
    if not key.endswith(_ends_of(ends)):
        return out      # most capitalised words (one test, not one per ending)
    for end, adds in ends:
        if end.endswith("er") and not following[:1].isupper():
            continue
        if not key.endswith(end) or len(key) - len(end) < 4 or key[:-len(end)] in _PLAIN_STEMS:
            continue
        for add in adds:
            stem = key[:-len(end)] + add
            for c in gz.cities.get(stem, ()):
                own = norm(c["name"])
                if SMALL_TOWN <= (c.get("population") or 0) < 20000 and (
                        own == stem or own.startswith(stem + " ") and own[len(stem) + 1:].split()[0] in QUALIFIERS):
                    out.append(dict(c, adjective=True, small_adjective=True))
        if out:
            return out
    return out


# words that put the picture at the thing a city adjective qualifies: "an der Bregenzer
# Seepromenade", "über der Rüdesheimer Drosselgasse", "voor de Oudewaterse Heksenwaag"
_AT_THING = frozenset("in im am an auf bei bij op aan at on über boven over above vor voor".split())


def names_water(following: str) -> bool:
    """The noun after a town's adjective is water named after the town ("am Plöner See",
    "an der Kieler Förde"): the lake or bay, not the town (like "am Tegernsee")."""
    return following.casefold().endswith(("see", "meer", "zee", "förde", "bucht", "haff"))


def adjective_placed(prev: tuple[str, str]) -> bool:
    """A city adjective right after a positional word (articles skipped) qualifies the place
    the picture is at, not a person from there ("Ein Münchner Polizist ... am Tegernsee")."""
    words = prev[1].split()
    return prev[0] in _AT_THING or prev[0] in _ARTICLES and len(words) == 2 and words[0] in _AT_THING


# French demonyms and adjectives of towns: "sétois" (Sète), "clermontois" (Clermont-Ferrand,
# by its first word), "Tournaisien" (Tournai); each ending with what it may replace
_FR_ENDINGS = (("siennes", ("",)), ("sienne", ("",)), ("siens", ("",)), ("sien", ("",)),
               ("iennes", ("", "e")), ("ienne", ("", "e")), ("iens", ("", "e")), ("ien", ("", "e")),
               ("oises", ("", "e")), ("oise", ("", "e")), ("ois", ("", "e")),
               ("aises", ("", "e")), ("aise", ("", "e")), ("ais", ("", "e")))
_FR_ENDS = tuple(end for end, _ in _FR_ENDINGS)    # one endswith test before the loop
# where a French town adjective is written of a town: the French-speaking countries
_FRANCOPHONE = frozenset("FR BE CH LU MC CA".split())


# dishes named by a town's adjective after them: "une salade niçoise", "une quiche lorraine"
_DISHES = frozenset("salade quiche soupe sauce tarte omelette pâté pate crème creme gratin fondue "
                    "bouillabaisse choucroute galette brioche".split())


def after_dish(text: str, s: int) -> bool:
    """The word at s follows a dish it names ("une salade niçoise", "une quiche lorraine")."""
    return (text[max(0, s - 14):s].split() or [""])[-1].casefold() in _DISHES


def french_demonym_city(word: str, gz: Gazetteer) -> list[dict]:
    """The town of 20,000+ people in a French-speaking country that a French demonym or
    adjective not in the hand-kept table stands for ("des pêcheurs sétois", "le cortège
    clermontois", "un Tournaisien"): the ending taken off gives the town's own name, or the
    first part of a hyphenated one, and one town only (the biggest, when the others are under
    a tenth of its size). A country's adjective ("français", "suédois") is never a town's."""
    key = norm(word)
    if key in gz.countries:
        return []
    for end, adds in _FR_ENDINGS if key.endswith(_FR_ENDS) else ():
        if not key.endswith(end):
            continue
        for add in adds:
            stem = key[:-len(end)] + add
            if len(stem) < 4:
                continue
            cands = [c for c in gz.cities.get(stem, ()) if c["countrycode"] in _FRANCOPHONE
                     and (norm(c["name"]) == stem or norm(c["name"]).startswith(stem + " "))]
            cands.sort(key=lambda c: -(c.get("population") or 0))
            if cands and (cands[0].get("population") or 0) >= 20000 and (
                    len(cands) == 1 or (cands[1].get("population") or 0) * 10 < cands[0]["population"]):
                return [dict(cands[0], adjective=True)]
    return small_demonym_town(key, gz)     # "des écoliers marvejolais" (placedemonym.py)


def right_after_comma(text: str, s: int, last_end: int) -> bool:
    """The name at s follows the place that ends at last_end (a word of its longer name may
    come between: "Flushing Meadows, New York") and a comma, with at most a direction word
    after the comma: "Port Talbot, Wales", "Port Talbot, south Wales", "Kramatorsk, eastern
    Ukraine" (AP's style): the country or region of that place."""
    if text[max(0, s - 2):s] == ", ":
        return 0 <= s - last_end <= 12
    words = text[max(0, last_end) + 2:s].split()
    return 0 <= s - last_end <= 24 and text[last_end:last_end + 2] == ", " and len(words) == 1 \
        and words[0].casefold() in _DIRECTIONS and text[s - 1:s] == " "


# Dutch and German spell Cyrillic names their own way: "Kostjantynivka" (nl), "Charkiw" (de)
# are Kostyantynivka, Kharkiv. Each tuple is one language's spelling, in the order applied.
_RESPELL = (
    (("tsj", "ch"), ("sj", "sh"), ("zj", "zh"), ("j", "y")),                 # Dutch
    (("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("j", "y")),                 # German
)
_CYRILLIC = frozenset("UA RU BY BG RS MK KZ KG TJ MN".split())


def cyrillic_respelling(word: str, gz: Gazetteer) -> list[dict]:
    """Towns in a country written in Cyrillic that a Dutch or German spelling the index lacks
    stands for, by the English spelling of the same sounds ("Kostjantynivka" -> Kostyantynivka,
    "Tschernihiw" -> Chernihiv); "ch" may stand for "kh" ("Cherson" -> Kherson). Only a town's
    own name counts, never another name GeoNames gives it. German spellings of Arabic and
    Persian names too (recall18): "Masar-i-Scharif" -> Mazar-i-Sharif, "Dschalalabad" ->
    Jalalabad, "s" between vowels a "z"; there any name of a city of PROMINENT people counts
    (the English forms are GeoNames' alternate names), only in those countries."""
    key = norm(word)
    for table in _RESPELL:
        v = key
        for a, b in table:
            v = v.replace(a, b)
        for cand in (v, v.replace("ch", "kh")):
            if cand == key:
                continue
            hits = [c for c in gz.cities.get(cand, ()) if c["countrycode"] in _CYRILLIC
                    and (norm(c["name"]) == cand or c.get("newsroom"))]
            if hits:
                return hits
    v = key     # French (recall20): "Droujkivka" -> Druzhkivka, "Tchernihiv" -> Chernihiv
    for a, b in _RESPELL_FR:
        v = v.replace(a, b)
    for cand in dict.fromkeys((v, v.replace("ch", "kh"), v.replace("kh", "h"))):
        hits = cand != key and [c for c in gz.cities.get(cand, ()) if c["countrycode"] in _SLAVIC_EAST
                                and norm(c["name"]) == cand]
        if hits:
            return hits
    v = key
    for a, b in _ARABIC_DE:
        v = v.replace(a, b)
    for cand in dict.fromkeys((v, re.sub(r"(?<=[aeiou])s(?=[aeiou])", "z", v), v.replace("ch", "kh"))):
        if cand == key:
            continue
        hits = [c for c in gz.cities.get(cand, ()) if c["countrycode"] in _ARABIC_SCRIPT
                and (norm(c["name"]) == cand or (c.get("population") or 0) >= _PROMINENT)]
        if hits:
            return hits
    return []


# French spells the sounds of Ukrainian, Russian and Belarusian "ou", "j", "ch", "tch" where
# English writes u, zh, sh, ch: only towns of those three countries, by their own name
_RESPELL_FR = (("ou", "u"), ("ch", "sh"), ("tsh", "ch"), ("j", "zh"))
_SLAVIC_EAST = frozenset("UA RU BY".split())
# German spells Arabic and Persian sounds "dsch", "tsch", "sch" where English writes j, ch, sh
_ARABIC_DE = (("dsch", "j"), ("tsch", "ch"), ("sch", "sh"))
_ARABIC_SCRIPT = frozenset("AF IR IQ SY LB JO SA YE OM AE QA KW BH EG LY SD PK PS".split())
_PROMINENT = 100000


# a pass, peak or glacier before "near Y" is no place Y only locates: "la route du col de la
# Croix-Fry, près de Manigod", "la douane du Col-des-Roches, près du Locle", "the Gotthard Pass"
_FEATURE_NAME = re.compile(r"(?:\b[Cc]ol (?:de la |du |de |des )|\b(?:Col|Pic|Pas)-[\w-]+$|\b[Pp]ic (?:de |du )|"
                           r"\b[Mm]ount |\bPass$|[Pp]ass |\bGlacier$|\b[Gg]lacier (?:de |du |d')|-[Pp]ass$)"
                           r"[\w' -]{0,30}$")


def near_locates_named(text: str, s: int, gz: Gazetteer) -> bool:
    """"X, near Y" with Y at s: a capitalised name just before the comma is a place that Y only
    locates ("Brovary, near Kyiv"); not when that name is a region or country, which says where
    Y is, not a place of its own ("dans le Vercors, près de Villard-de-Lans")."""
    cue_at = text.rfind(",", max(0, s - 30), s)
    if cue_at <= 0 or not text[cue_at - 1:cue_at].isalpha():
        return False
    word = text[max(0, cue_at - 40):cue_at].split()[-1]
    if not word[:1].isupper() or _FEATURE_NAME.search(text, max(0, cue_at - 60), cue_at):
        return False
    if feature_named(text, cue_at, gz):     # "the Example Discovery Park, near Y" (placefeaturenear)
        return False
    if natural_named(text, cue_at, s, gz):     # "l'étang de X, près de Y", "Loch X, near Y" (placenaturenear)
        return False
    if works_named(text, cue_at, s, gz):     # "la centrale de X, près de Y", "the X Observatory, near Y" (placeworksnear)
        return False
    key = norm(word)
    return not (key in gz.countries or (gz.index.regions(key) and not gz.cities.get(key)))


def lake_countries(water) -> set[str]:
    """The countries of the lakes the caption places the picture at, each read from the town it
    is named after when that name is a town's own in one country only ("am Tegernsee",
    "aan het Veluwemeer"): the lake is not written as a city, but its country is plain.
    Rivers and squares ("am Ufer der Elbe", "op de Dam") give nothing: they cross borders or
    are named like towns elsewhere."""
    out = set()
    for m in water:
        key = norm(m.text)
        if not key.endswith(("see", "meer")) and not named_water(m.cue) and m.water != OFFSHORE:
            return set()
        own = {c["countrycode"] for c in m.cities if norm(c["name"]) == key}
        if m.water == OFFSHORE:     # "off the coast of Unguja" (the island of Zanzibar), "au large de Toulon"
            own = _dominant({c["countrycode"]: c.get("population") or 0
                             for c in sorted(m.cities, key=lambda c: c.get("population") or 0)
                             if norm(c["name"]) == key} or {c["countrycode"]: c.get("population") or 0 for c in m.cities})
        if len(own) != 1:
            return set()
        out |= own
    return out


# AP style writes a US state after its town ("Lebanon, N.H.", "Portland, Ore.", "Bangor, Maine"):
# the dotted two-letter forms here, the one-word forms in words.US_STATES_AP, full names (AP
# writes Alaska, Hawaii, Idaho, Iowa, Maine, Ohio, Texas, Utah in full) from the index's regions
_US_DOTTED = {"N.H.": "NH", "N.J.": "NJ", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "N.M.": "NM",
              "S.C.": "SC", "S.D.": "SD", "R.I.": "RI", "W.Va.": "WV", "D.C.": "DC"}
_STATE_AFTER = re.compile(r", (N\.[HJYCDM]\.|S\.[CD]\.|R\.I\.|W\.Va\.|D\.C\.|[A-Z][a-z]{1,4}\.(?!\w)"
                          r"|[A-Z][a-z]+(?: [A-Z][a-z]+)?)")


def us_state_after(text: str, end: int, gz: Gazetteer) -> str | None:
    """The US state (its postal code, GeoNames' admin1) written right after the name ending at
    `end` and a comma: "Lebanon, N.H.", "Portland, Ore.", "Lebanon, Pennsylvania"."""
    hit = _STATE_AFTER.match(text, end)
    if not hit:
        return None
    word = hit.group(1)
    if word in _US_DOTTED:
        return _US_DOTTED[word]
    if word.endswith("."):
        return US_STATES_AP.get(word[:-1])
    return next((r.code for r in gz.index.regions(norm(word)) if r.country == "US"), None)


def us_town_named_like_country(text: str, end: int, key: str, gz: Gazetteer) -> bool:
    """A country's name written as a US town: a town of that name lies in the state written
    right after it ("Lebanon, N.H.", "Mexico, Mo.", "Peru, Indiana"), never the country."""
    code = us_state_after(text, end, gz)
    return bool(code) and any(c["countrycode"] == "US" and c["admin1code"] == code
                              for c in gz.cities.get(key, ()))



def town_spelled_so(raw: str, key: str, gz: Gazetteer) -> bool:
    """A country's name found only once the accents are folded away, written exactly as a town
    of another country: "Mação, Portugal" is the Portuguese town, not Macao (no name of Macao
    carries the cedilla or the tilde). The accents a writer typed are evidence of which name is
    meant (issue 9: a place must agree with the country the caption names)."""
    if raw.isascii():
        return False
    written, a2 = raw.casefold(), gz.countries[key]
    return any(c["countrycode"] != a2 and c["name"].casefold() == written for c in gz.cities.get(key, ()))

# a basin, lagoon or pond named after a town is water, not the town ("le bassin d'Arcachon",
# "la lagune de Venise", "the lagoon of Aveiro", "l'étang de Berre"): like a lake (R11), its
# country only (a bay is taken before the index is asked: placetokens.named_before)
_WATER_NOUNS = frozenset("bassin basin lagune lagoon laguna étang etang haff lagoa".split())


def named_water(cue: tuple[str, str]) -> bool:
    """The words before a name (places.PlaceMention.cue: "de", "bassin de") make it a body of
    water's name: "le bassin d'Arcachon", "the lagoon of Aveiro"."""
    words = cue[1].split()
    return len(words) == 2 and words[0].casefold() in _WATER_NOUNS and cue[0] in ("de", "of", "van", "von", "du")


# the sea off a coast: "off the coast of Unguja", "au large de Boulogne", "voor de kust van
# Vlissingen", "vor der Küste von Rügen": the picture is at sea, the place only locates it
# (its country stays: lake_countries); PlaceMention.water is set to this word for it
OFFSHORE = "offshore"
_OFFSHORE = re.compile(r"(?i)(?:\boff the (?:coast|shores?) of|\boff the coast near|\bau large (?:de|du|des|d['’])"
                       r"(?: la| l['’])?|\bvoor de kust (?:van|bij)|\bvor der küste (?:von|vor|bei)) ?$")


def offshore(head: str) -> bool:
    """The text before a name ends with "off the coast of", "au large de", "voor de kust van",
    "vor der Küste von": the sea off that place."""
    return _OFFSHORE.search(head[-40:]) is not None


def _dominant(pops: dict[str, int]) -> set[str]:
    """The country of the biggest place of those named so, when every other country's is under a
    tenth of its size (Toulon, France before Toulon, Illinois); else every country."""
    ranked = sorted(pops.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] * 10 < ranked[0][1]:
        return {ranked[0][0]}
    return set(pops)
