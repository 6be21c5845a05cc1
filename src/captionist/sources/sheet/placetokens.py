"""Reading the words around a capitalised name in a caption: the tokens, the cue words
before a name, the punctuation and word after it, whether the name is a person's
(a surname after a first name, a first name before a surname) and which city an
adjective stands for. Helpers of the place finder (places.py), kept apart so that
each module stays readable.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from captionist.places.words import (
    CAP_CUES,
    INSTITUTION_SUFFIXES,
    _ADJ_ENDINGS,
    _ARTICLES,
    _CAP_WORD,
    _COUNTRY_CUES,
    _DIRECTIONS,
    _ELIDED,
    _FEATURE_AFTER,
    _LOC_CUES,
    _NOT_PLACE,
    PRODUCT_BEFORE_DE,
    PRODUCT_ENDINGS,
    PRODUCT_NOUNS,
    TOWN_WORDS,
    _REGION_AFTER,
)
from captionist.rxgate import gate

from .gazetteer import Gazetteer, norm
from .placegerman import german_noun_after, region_adjective
from .placeownvenue import no_surname_after
from .placefacility import facility_head
from .placemunicipality import municipality_of
from .placededication import DEDICATION_NOUNS    # "à la foire X", "l'église X": a noun, never skipped as an adjective


@functools.lru_cache(maxsize=4096)
def word_hits(text: str, word: str, hyphen_after: bool = False, hyphens_join: bool = True) -> tuple[WordHit, ...]:
    r"""Where `word` stands in `text` as a whole word: not inside a longer word or a hyphenated
    name ("Lens" is not in "Lensahn" nor in "Noeux-les-Mines-Lens"); with `hyphen_after`, a
    hyphen may follow it ("Ajax-spelers"); with `hyphens_join` False, a hyphen is an edge like a
    space (the hits of r"(?<!\w)" ... r"(?!\w)"). The same hits as finditer(r"(?<![\w-])" +
    re.escape(word) + r"(?![\w-])") (or "(?![\w])"), found with str.find: compiling that pattern
    for every place name of a sheet cost more than the rest of this search. Kept for the
    caption (a tuple: every caller only reads it): ~16 rules ask it for the same mention, 4.5
    asks per distinct (caption, name) on the corpus set (speed38)."""
    joins = _joins if hyphens_join else _word_char
    out: list[WordHit] = []
    i, n = text.find(word), len(word)
    while i >= 0 and n:
        j = i + n
        if (i == 0 or not joins(text[i - 1])) and (
                j == len(text) or not joins(text[j]) or hyphen_after and text[j] == "-"):
            out.append(WordHit(i, j))
            i = text.find(word, j)
        else:
            i = text.find(word, i + 1)
    return tuple(out)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"      # what re's \w matches in a str pattern


def _joins(ch: str) -> bool:
    return _word_char(ch) or ch == "-"     # and the hyphen


class WordHit(NamedTuple):
    """A hit of `word_hits`, read like a re.Match: .start(), .end()."""
    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to


def _tokens(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, word, elided) for each word; "d'Odessa" gives "Odessa" marked elided."""
    out = []
    for m in _CAP_WORD.finditer(text):
        w, s = m.group(), m.start()
        if len(w) > 4 and w[-2] in "'’" and w[-1] == "s":
            w = w[:-2]      # an English possessive: "Queensland's premier", "Kyiv's mayor"
        e = _ELIDED.match(w)
        if e:
            out.append((s + e.end(), m.end(), w[e.end():], True))
        else:
            out.append((s, s + len(w), w, False))
    return out


# "Karlsruher Messe", "Celler Polizei": a town ending in -e takes only "-r"; for cities of 20,000+
# alone (a small Sande is no "Sander", a first name)
_E_TOWN_ER = (("er", ("e",)),)
_ADJ_ALL = _ADJ_ENDINGS + _E_TOWN_ER
_ADJ_ALL_ENDS = tuple(end for end, _ in _ADJ_ALL)     # one endswith test before the loop


def _adjective_city(word: str, gz: Gazetteer, following: str = "") -> list[dict]:
    """Cities a city adjective stands for: the hand-kept table ("Münchner", "parisien")
    first, else a regular ending taken off ("Rotterdamse" -> Rotterdam, "Bremer" ->
    Bremen), the latter only for cities of 20,000+ where the adjective is common, and for
    "-er" only before a capitalised noun ("Bremer Stadtmusikanten"; the caller passes "X"
    after a Dutch article): a German noun in "-er" stands alone ("Der Sieger jubelt" is no
    Siegen)."""
    key = norm(word)
    table = [c for c in gz.cities.get(key, ()) if c.get("adjective")]
    if table:
        return table
    if not key.endswith(_ADJ_ALL_ENDS):
        return []
    for end, adds in _ADJ_ALL:
        if end.endswith("er") and not following[:1].isupper():
            continue
        if key.endswith(end) and len(key) - len(end) >= 3:
            for add in adds:
                cands = [c for c in gz.cities.get(key[:-len(end)] + add, ())
                         if (c.get("population") or 0) >= 20000]
                if cands:
                    return cands
    return []


def _person_like(tokens, i: int, text: str, gz: Gazetteer) -> bool:
    """A capitalised word right after another capitalised word that is neither a cue,
    an article nor a place: a surname ("Olga Kharkiv", "Ivan Bucha") or part of a
    longer name ("Town Hall")."""
    if i == 0 or tokens[i][0] - tokens[i - 1][1] != 1 or text[tokens[i - 1][1]] != " ":
        return False
    if _after_name_particle(tokens, i, text):
        return True
    w = tokens[i - 1][2]
    key = norm(w)
    if not w[0].isupper() or key in _LOC_CUES or w.casefold() in CAP_CUES or key in _ARTICLES or key in _NOT_PLACE \
            or key in _FEATURE_AFTER or key.endswith(INSTITUTION_SUFFIXES) \
            or len(key) > 5 and key.endswith(("se", "sche")) or region_adjective(w):
        return False    # "Universität Greifswald", "Bahnhof Przemyśl", "het Brabantse Oss"
    return key not in gz.countries and not any(c["population"] >= 100000 for c in gz.cities.get(key, ()))


_PARTICLES = (("ten",), ("ter",), ("van", "der"), ("van", "den"), ("von", "der"), ("de", "la"))


def _after_name_particle(tokens, i: int, text: str) -> bool:
    """A surname after a particle after a capitalised first name: "Erik ten Hag" (not The
    Hague), "Ursula von der Leyen", "Rafael van der Vaart"."""
    for p in _PARTICLES:
        j = i - len(p)
        if j < 1 or tuple(t[2] for t in tokens[j:i]) != p:
            continue
        if all(tokens[k + 1][0] - tokens[k][1] == 1 for k in range(j - 1, i)) and tokens[j - 1][2][:1].isupper():
            return True
    return False


def _first_name(tokens, i: int, text: str, gz: Gazetteer) -> bool:
    """A town name right before a capitalised word that is no place: a first name
    ("Orlando Bloom", "Florence Pugh", "Austin Butler")."""
    if i + 1 >= len(tokens) or tokens[i + 1][0] - tokens[i][1] != 1 or text[tokens[i][1]] != " ":
        return False
    w = tokens[i + 1][2]
    key = norm(w)
    if not w[0].isupper() or w.isupper() or key in _NOT_PLACE or key in _FEATURE_AFTER or key in gz.countries \
            or german_noun_after(w) or no_surname_after(w):    # "in Kufstein Arbeiter": German V2 order (placegerman)
        # (an abbreviation is no surname: "Lostallo GR" is the town and its canton; "at Ripon
        # Racecourse", "bei X Wasser ab": a town's own venue, a German object: placeownvenue)
        return False
    return not any(c["population"] >= 50000 for c in gz.cities.get(key, ())) and not gz.index.regions(key)


# German and French prepositions merged with an article ("in dem", "à le")
_CUE_ARTICLE = frozenset("im am beim vom zum zur au aux".split())
# the cue words before a name, joined once (not at each of a caption's capitalised words)
_CUES = _LOC_CUES | _COUNTRY_CUES
_CUES_ARTICLES = _CUES | _ARTICLES


# a company's plant written as one hyphenated word, "das VW-Werk Zwickau": the cue is its last part
COMPOUND_CUES = frozenset({"werk"})


def _prev_words(tokens, i: int, text: str) -> tuple[str, str]:
    """The one and two words before token i, articles skipped ("in der Ukraine",
    "dans les Alpes-Maritimes"); a capitalised cue counts only at a sentence start."""
    j = i - 1
    cues = _CUES
    # an inflected adjective after an article: "durch das verschneite Arosa", "in het zonnige Nice",
    # "in het Brabantse Oss"
    if j >= 2 and (tokens[j][2].islower() or tokens[j][2].endswith(("se", "sche"))) and len(tokens[j][2]) > 4 \
            and tokens[j][2].endswith(("e", "en")) \
            and tokens[j][2] not in cues and tokens[j][2].casefold() not in DEDICATION_NOUNS \
            and tokens[j - 1][2].casefold() in _ARTICLES \
            and tokens[j - 2][2].casefold() in cues and tokens[j + 1][0] - tokens[j][1] == 1:
        j -= 1
    elif j >= 1 and (tokens[j][2].islower() and len(tokens[j][2]) > 4 and tokens[j][2].endswith(("e", "en"))
                     and tokens[j][2] not in DEDICATION_NOUNS or region_adjective(tokens[j][2])) \
            and tokens[j - 1][2].casefold() in _CUE_ARTICLE and tokens[j + 1][0] - tokens[j][1] == 1:
        j -= 1      # a cue with its article in it: "im schweizerischen Rheinfelden", "au petit Lens"
    for skip, before in ((_DIRECTIONS, _CUES_ARTICLES), (_ARTICLES, cues)):
        if j >= 1 and tokens[j + 1][0] - tokens[j][1] <= 3 and tokens[j][2].casefold() in skip \
                and tokens[j][0] - tokens[j - 1][1] <= 3 and tokens[j - 1][2].casefold() in before:
            j -= 1
    if j < 0 or tokens[j + 1][0] - tokens[j][1] > 3 or "," in text[tokens[j][1]:tokens[j + 1][0]]:
        return "", ""
    w = tokens[j][2]
    if "-" in w and w.rsplit("-", 1)[1].casefold() in COMPOUND_CUES:
        w = w.rsplit("-", 1)[1]     # "im BMW-Werk Dingolfing": the company's plant in its town (recall25)
    w = facility_head(w)            # "im Landesgericht Wiener Neustadt": the court's town (placefacility.py)
    # after a label's colon a clause starts as after a full stop (villages33): "Schweiz: In X
    # steht ...", "Update: At X, ...", "Liveblog: Bij X ..."
    if w[:1].isupper() and w.casefold() not in CAP_CUES and not (
            tokens[j][0] == 0 or text[max(0, tokens[j][0] - 2):tokens[j][0]] in (". ", "! ", "? ", ": ")):
        one = ""
    else:
        one = w.casefold()
    two = (tokens[j - 1][2].casefold() + " " + one) if j >= 1 and one else ""
    return one, two


def _after(tokens, i: int, text: str) -> tuple[str, str]:   # the punctuation after token i, the next word
    e = tokens[i][1]
    nxt = tokens[i + 1][2] if i + 1 < len(tokens) and tokens[i + 1][0] - e <= 2 else ""
    return text[e:e + 1], nxt


def product_after(text: str, end: int) -> bool:
    """The word after a city's name or adjective makes it a product's name: "Frankfurter
    Würstchen", "Wiener Schnitzel", "Brussels sprouts", "Goudse kaas" (not a place)."""
    m = _NEXT_WORD.match(text, end)
    if not m:
        return False
    key = norm(m.group(1))
    return key in PRODUCT_NOUNS or len(key) > 6 and key.endswith(PRODUCT_ENDINGS) or key in LANDSCAPE_NOUNS


# a town's name or adjective on the land around it names a region, not the town: "het Groninger
# platteland", "the Yorkshire countryside", "das Münsterländer Land" (wrong26)
LANDSCAPE_NOUNS = frozenset(
    "platteland ommeland achterland landschap heuvelrug heuvelland bergland hugelland countryside landscape "
    "hinterland umland landschaft land "
    "campagne".split())


def product_before(text: str, start: int) -> bool:
    """French products named after a town: "moutarde de Dijon", "eau de Cologne"."""
    m = _PRODUCT_DE.search(text, max(0, start - 30), start)
    return bool(m) and norm(m.group(1)) in PRODUCT_BEFORE_DE


def _article_before(text: str, start: int, elided: bool) -> bool:
    """A small French article right before the name ("à la Fête", "de l'Humanité", "des
    Canaries"): French towns are written without one ("à Paris"), with it capitalised ("Le
    Havre") or contracted when the town's name has it ("au Havre", checked by the caller)."""
    if elided:
        return text[start - 2:start - 1] == "l"
    return _SMALL_ARTICLE.search(text, max(0, start - 5), start) is not None


_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_][\w-]{1,40})")
_PRODUCT_DE = re.compile(r"(?:^|\s)([^\W\d_]{2,20})\s(?:de\s|d['’])$")
_SMALL_ARTICLE = re.compile(r"(?:^|\s)(?:la|le|les|des|du|aux|au)\s$")
# Dutch and German towns take no article either: "op de Dam" is Amsterdam's square (and another
# name of Dome, Ghana), "am Ufer der Elbe" the river; "de" only after a Dutch preposition, as
# French "de" means "of" ("le port de Lampedusa")
_NL_DE_ARTICLE = re.compile(r"(?:(?:^|\s)(?:op|in|aan|bij|naar|over|van|uit|langs|rond|door|onder|voor|achter|"
                            r"tegen|met)\s(?:de|het)|(?:^|\s)(?:der|dem|den|am|im|vom|zum|zur|beim))\s$")


def nl_de_article(text: str, start: int) -> bool:
    """A Dutch or German article right before the name at start ("op de Dam", "der Elbe")."""
    return _NL_DE_ARTICLE.search(text, max(0, start - 12), start) is not None


def _in_name(tokens, first: int, last: int, text: str, prev: tuple[str, str], people: bool) -> bool:
    """The town's name is part of another name: English "of X" after a capitalised word that is
    no place noun ("the Congress of Vienna", "the Duke of York"; not "the Port of Antwerp"), or
    a town written as its people's ("players of", "fans of") followed by another capitalised
    name ("Paris Saint-Germain"). German and French capitalise nouns or write "de" in town
    names, so only the English "of" is read this way."""
    if people and _name_follows(tokens, last, text):
        return True
    if prev[0] != "of" or first < 2 or tokens[first - 1][2] != "of":
        return False
    j = first - 2
    w = tokens[j][2]
    s = tokens[j][0]
    return w[:1].isupper() and w.casefold() not in TOWN_WORDS and s > 0 \
        and text[max(0, s - 2):s] not in (". ", "! ", "? ")


# compass words that GeoNames also has as regions (West and North of Cameroon, Nord of Haiti):
# before another capitalised name they begin a longer one ("West Yorkshire", "North Rhine")
COMPASS = frozenset("west east north south ouest est nord sud centre central".split())


def _name_follows(tokens, i: int, text: str) -> bool:
    """Token i is followed, one space apart, by a capitalised word that is no region or
    feature word: the two are one name ("Paul Essen", "Texas Instruments")."""
    if i + 1 >= len(tokens) or tokens[i + 1][0] - tokens[i][1] != 1 or text[tokens[i][1]] != " ":
        return False
    w = tokens[i + 1][2]
    return w[:1].isupper() and norm(w) not in _FEATURE_AFTER and w.casefold() not in _REGION_AFTER


# ", a village near ", ", een dorp bij ", ", einem Ortsteil bei ": an apposition that locates
_APPOSITION = gate(re.compile(r"(?P<name>[^\W\d_]+), (?:[^\W\d_]+ ){0,3}(?:bij|bei|near|nabij|nahe|naast|neben) "
                         r"(?:de |het |der |dem |den )?$"))


def _appositive(text: str, s: int) -> bool:
    """The name at s ends an apposition after another name: "X, een dorp bij <s>"."""
    m = _APPOSITION.search(text, max(0, s - 60), s)
    # "Assendelft, dat bij de gemeente Zaanstad hoort", "Joncret, section de Gerpinnes" (placemunicipality)
    return bool(m) and m.group("name")[0].isupper() or municipality_of(text, s)


# (French "entre dans X", "entre à X", "entrent en X" is the verb: goes into X, no "between")
_BETWEEN = re.compile(r"\b(?:tussen|between|zwischen|entre(?!\s+(?:dans|à|au|aux|en|sur)\s))\s")
_BETWEEN_WORDS = ("tussen", "between", "zwischen", "entre")    # _BETWEEN's words, case as there
# (the "and" must be written: "between rounds in Leeds" names one place, not two; the second end
# may run over more words than the finder reads as one: "tussen Zelzate en Sas van Gent")
_PAIR_REST = re.compile(r"(?:(?:[^\W\d_][\w'’-]*\s+){0,4}(?:and|en|und|et|y)\s+(?:[^\W\d_][\w'’-]*\s+){0,2})?")
# the first end with its country or region ("between Huningue, France, and Weil am Rhein",
# "entre Gaillard (Haute-Savoie) et Thônex"): then the "and" must be written (border30)
_PAIR_QUALIFIED = re.compile(r"[^\W\d_][\w'’-]*(?:[\s,()]+[^\W\d_][\w'’-]*){1,5}[\s,)]+(?:and|en|und|et|y)\s+")


def _between(text: str, s: int) -> bool:
    """The name at s is one of two a "between" joins ("zwischen Guben und Gubin", "tussen
    Venlo en Roermond"): an end of a border, bridge or route; the picture's place is not told."""
    lo = max(0, s - 60)
    window = text[lo:s]
    if not any(map(window.__contains__, _BETWEEN_WORDS)):
        return False    # every match holds one of the words (speed38: the scan was ~3% of a corpus parse)
    for m in _BETWEEN.finditer(text, lo, s):
        if _PAIR_REST.fullmatch(text, m.end(), s) or _PAIR_QUALIFIED.fullmatch(text, m.end(), s):
            return True
    return False


# "van Stroe naar Den Haag", "von Potsdam nach Berlin", "from Kyiv to Lviv", "de Toulouse vers Paris"
_FROM_WORD = r"(?:^|\s)(?:van|von|vom|from|de|d['’])\s?"
# (not French "de X à Y": "des supporters de l'Olympique de Marseille à Lyon" are in Lyon)
_TO_WORD = r"\s(?:naar|nach|zum|zur|to|towards|vers|richting|Richtung)\s(?:de\s|het\s|la\s|le\s)?"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]{0,30}(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]{0,30}){0,3}"
_ROUTE_FROM = re.compile(_FROM_WORD + "$")
_ROUTE_TO = re.compile(_TO_WORD + f"(?P<name>{_NAME})")
_ROUTE_START = re.compile(_FROM_WORD + f"(?P<name>{_NAME})" + _TO_WORD + "$")


def _route_end(text: str, s: int, e: int, gz: Gazetteer) -> bool:
    """The name at s..e starts or ends a route whose other end is a place too ("van Stroe naar
    Den Haag", "von Potsdam nach Berlin", "from London to New York"; not "von Ludwigsburg nach
    Ostereiern"): like "between", the picture's place is not told."""
    def known(name: str) -> bool:
        key = norm(name)
        return key in gz.cities or key in gz.countries or key.split(" ")[0] in gz.cities

    if _ROUTE_FROM.search(text, max(0, s - 6), s):
        m = _ROUTE_TO.match(text, e)
        if m and known(m.group("name")):
            return True
    m = _ROUTE_START.search(text, max(0, s - 80), s)
    return bool(m) and known(m.group("name"))


_REGION_WORD_BEFORE = re.compile(r"\b(?:provincie|province|provinz|provincia|région|region|regio|kanton|canton|"
                                 r"[Cc]ounty|graafschap|[Gg]ouvernement|governorate|"
                                 # elided: "dans la province d'Hérat", "la région d'Odessa" (cities32)
                                 r"state|staat|état)(?:\s(?:de\s|du\s|of\s|van\s)?|\sd['’])$", re.IGNORECASE)
# "the Strait of Malacca", "de Golf van Biskaje", "le lac de Neuchâtel": the water, not the town
_FEATURE_BEFORE = re.compile(r"\b(?:[Ss]trait|[Gg]ulf|[Bb]ay|[Ss]ea|[Ll]ake|[Ii]sle|[Ss]traat|[Gg]olf|[Bb]aai|"
                             r"[Mm]eer|[Zz]ee|[Ss]traße|[Bb]ucht|[Dd]étroit|[Gg]olfe|[Bb]aie|[Ll]ac|(?<!front de )[Mm]er|"
                             # "le plateau de Valensole" spans several communes: a region, not the town
                             r"[Pp]lateau|[Hh]ochebene|"
                             # a pass, a range or a strait named after a town is no picture of the
                             # town: "au col du X", "in der Quebrada de X", "les bouches de X" (wrong42)
                             r"[Cc]ol|[Qq]uebrada|[Ss]ierra(?:\sNevada)?|[Cc]ordillera|[Bb]ouches|[Mm]onts)"
                             r"\s(?:of|van|von|de|du|d['’])\s?$")


def named_before(text: str, s: int) -> str:
    """What the words right before a name at s make it: "region" after a region's word ("in de
    provincie Idlib", "County Galway": a region named like a town or a country), "feature" after a
    water's or plateau's ("the Strait of Malacca": the water, not the town), else "". Read once
    per word, not once per run of words the place finder tries from it."""
    if _REGION_WORD_BEFORE.search(text, max(0, s - 14), s):
        return "region"
    return "feature" if _FEATURE_BEFORE.search(text, max(0, s - 20), s) else ""
