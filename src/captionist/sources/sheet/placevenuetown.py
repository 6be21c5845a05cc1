"""A hall, theatre, ground or memorial named "<kind> <Town>" places the picture in that town
(issue 9, venues33).

German and Dutch desks name a town's public venue by its kind followed by the town, with no
"in" between: "in der Stadthalle Graz", "im Kunsthaus Zürich", "im Sportpark Unterhaching",
"auf der Kriegsgräberstätte Halbe", "op de rode loper in de Stadsschouwburg Utrecht",
"tijdens de opnames in Studio's Aalsmeer". The town there is
the venue's own, hence where the picture is, as stations' towns are (placevenues.mark_stations):
without this the finder reads the town as part of a longer name and writes nothing.

The kinds are a table per language (a word, or the end of a capitalised compound:
"Stadt|halle", "Kriegs|gräberstätte"), limited to venues a town owns or hosts. Left out on
purpose: castles, parks and palaces (named after a person or a word: "Schloss Bellevue" is in
Berlin, "Tierpark Hagenbeck" in Hamburg), abbeys named after a village that is not theirs
("Kloster Eberbach" lies at Eltville, "Kloster Kreuzberg" in the Rhön: words.CAP_CUES leaves
"Kloster" out for the same reason), and English, which writes the town first ("the Bradford
Odeon"). Not taken: a venue in quotes, after a destination or origin ("nach der Stadthalle
Graz", "aus dem Klinikum Fulda"), a town outside the countries that name venues so (the name
is then the venue's own: "in Theater Carré" is no Carrè, Italy, and is not written); the place
gate still applies (a name of towns in several countries stays unwritten).
"""

from __future__ import annotations

import functools
import re

from captionist.places.words import CUED

from .captionwords import caption_words
from .gazetteer import load_gazetteer, norm
from .placecamp import CAMP_KINDS

# kinds of venue named "<kind> <Town>" (whole words, or the end of a capitalised compound), and
# the countries where venues are named so: the town must lie in one of them ("Theater Carré" is
# in Amsterdam, not in Carrè, Italy; "Stadion Rote Erde" is no Rote, USA)
_KINDS = {
    "de": ("stadthalle theater stadttheater staatstheater schauspielhaus opernhaus staatsoper oper "
           "konzerthaus festspielhaus kurhaus kunsthalle kunsthaus museum stadtmuseum landesmuseum "
           "sportpark stadion eisstadion arena messe klinikum universitätsklinikum zoo "
           "kriegsgräberstätte gräberstätte ehrenfriedhof soldatenfriedhof"),
    "nl": ("schouwburg stadsschouwburg theater stadion sportpark studio's museum stadhuis "
           "concertgebouw muziekcentrum evenementenhal jaarbeurs dierenpark erebegraafplaats "
           "oorlogsbegraafplaats"),
}
# bases and camps, named after their place in every country, lower case in Dutch (placecamp)
_KINDS["camp"] = CAMP_KINDS
_ANYWHERE = frozenset("*")
_COUNTRIES = {"de": frozenset("DE AT CH LI LU BE".split()), "nl": frozenset("NL BE".split()), "camp": _ANYWHERE}
# only as the end of a compound: "Halle" alone is the town on the Saale ("Westfalenhalle Dortmund")
_COMPOUND_ONLY = {"de": ("halle",), "nl": ("hal",), "camp": ()}
_SUFFIXES = tuple(sorted({w for words in _KINDS.values() for w in words.split()}, key=len, reverse=True))
_NAME = r"[A-ZÀ-ÞŁŚŻ][\w'’.]*(?:[ -][A-ZÀ-ÞŁŚŻ][\w'’.]*)?"
# (the town is looked ahead at, not taken: in "Im Kunsthaus Zürich" the first try is "Im
# Kunsthaus", and the next must start at "Kunsthaus"; a kind in lower case only for a camp)
_CAMP_END = "|".join(sorted(CAMP_KINDS.split(), key=len, reverse=True))
_VENUE_TOWN = re.compile(rf"(?<![\w'’-])(?P<kind>[A-ZÀ-Þ][\w'’]*|[a-zß-ÿ]*(?:{_CAMP_END})) (?=(?P<n>{_NAME}))")
# where someone goes or comes from, not where the picture is ("nach der Stadthalle Graz")
_TOWARD = re.compile(r"(?i)\b(?:naar|nach|zur|zum|to|towards|richting|from|uit|aus|vom)"
                     r"(?: het| de| den| dem| der| die| das)? ?$")
# "im Bevrijdingsmuseum Zeeland in Nieuwdorp": a venue named after its region or another town,
# whose own town is written next; the finder reads that town as usual
# (a region written there only says where the town is: "die Kriegsgräberstätte X in Brandenburg")
_ELSEWHERE = re.compile(r" (?:in|bei|bij|near|nahe|nabij) (?P<n>[A-ZÀ-Þ][\w'’-]*)")
_CHEAP = re.compile("|".join(s.capitalize() for s in _SUFFIXES) + "|" + "|".join(_SUFFIXES) + "|hal")


@functools.lru_cache(maxsize=4096)    # every capitalised word before a name is asked (written42)
def _venue_countries(word: str) -> frozenset[str]:
    """The countries whose venues are named like word ("Stadthalle", "Studio's", a compound ending
    in a kind), none when word is no venue's kind."""
    key = word.casefold()
    out: set[str] = set()
    for lang, words in _KINDS.items():
        kinds = words.split()
        if any(key == k or key.endswith(k) and len(key) - len(k) >= 3 for k in kinds) \
                or any(key.endswith(k) and len(key) - len(k) >= 3 for k in _COMPOUND_ONLY[lang]):
            out |= _COUNTRIES[lang]
    return frozenset(out)


def _region(name: str) -> bool:
    """name is a region of a country that names venues "<kind> <Town>" ("Brandenburg", "Zeeland")."""
    countries = frozenset().union(*_COUNTRIES.values()) - _ANYWHERE
    return any(r.country in countries for r in load_gazetteer().index.regions(norm(name)))


def mark_venue_towns(facts, text: str):
    """facts with the town of "<kind> <Town>" written as where the picture is (module docstring)."""
    if not _CHEAP.search(text):
        return facts
    gz = load_gazetteer()
    quoted = None
    for hit in _VENUE_TOWN.finditer(text):
        if not (countries := _venue_countries(hit.group("kind"))) \
                or hit.group("kind")[0].islower() and countries != _ANYWHERE:
            continue
        if quoted is None:
            quoted = caption_words(text).quoted
        if any(a < hit.end("n") and hit.start() < b for a, b in quoted) \
                or _TOWARD.search(text, max(0, hit.start() - 30), hit.start()) \
                or (other := _ELSEWHERE.match(text, hit.end("n"))) and not _region(other.group("n")) \
                and norm(other.group("n")) not in gz.countries:     # "op vliegbasis X in Polen": X's country
            continue
        words = re.split(r"(?<=\w)(?=[ -])", hit.group("n"))
        # "Graz Liebenau" falls back to its first word; "Bergen-Belsen" is one name, not Bergen
        for part in ("".join(words),) + ((words[0],) if len(words) > 1 and words[1][:1] == " " else ()):
            name = part.rstrip(".")
            key = norm(name)
            listed = gz.cities.get(key, ())
            # a camp abroad only by its own name ("im Lager Azraq" is no village whose other
            # name the index files under it)
            own = [c for c in listed if c["countrycode"] in countries
                   or countries == _ANYWHERE and norm(c["name"]) == key]
            if listed and not own:
                # "in Theater Carré": a venue named after a word that is only a town abroad (Carrè,
                # Italy) is the venue's own name, no place of the picture
                for m in facts.mentions:
                    if norm(m.text) == key:
                        m.in_name, m.placed = True, False
            if not own:
                if not listed and not any(gz.cities.get(norm(w.strip(" -"))) for w in words) \
                        and name not in facts.unknown:
                    # "in der Stadthalle Gughausen", a town the index lacks: it is where the
                    # picture is, and the finder's weaker readings give way: a town not written
                    # as a place is whose someone is ("die Wiener Band", "de vissers van X")
                    facts.unknown.insert(0, name)
                    for m in facts.mentions:
                        if not m.placed:
                            m.origin = True
                continue
            from .placevenues import _place
            known = [m for m in facts.mentions if norm(m.text) == key]
            for m in known:
                if not (m.toward or m.between):
                    _place(m).cities[:] = [c for c in m.cities if c["countrycode"] in countries
                                           or countries == _ANYWHERE] or m.cities
            if not known:
                from .places import PlaceMention
                facts.mentions.append(PlaceMention(name, own, True, True, False, CUED, placed=True,
                                                   cue=("in", "")))
            break
    return facts
