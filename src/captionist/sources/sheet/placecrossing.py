"""Border crossings (issue 9, rule 2 of the villages17 work): "the X border crossing", "the X
crossing", "the X checkpoint", "Grenzübergang X", "grensovergang (bij|van) X", "poste-frontière
de X", "point de passage de X" name the place where the picture is: X.

- X the index knows is written as a place, like after "in" ("Polish farmers block the
  Dorohusk border crossing near Chelm, Poland": Dorohusk), and a town after "near", "bei",
  "bij", "près de" only says where X is.
- X the index does not know (a village of under 500 people, or one GeoNames gives no
  population) stays blank with "place not recognised: X"; the town near it is never written
  in its place (the picture is at X, not in Chelm); the country is written only when the
  caption names one country for X itself ("the Bajakovo crossing, Croatia", "Grenzübergang X
  in Kroatien"), never the other side ("on the border with Greece", "naar Duitsland") nor
  either of two ("between Bulgaria and Turkey").
- "X bei Y", "X near Y", "X bij Y", "X près de Y" (Y only locates X): when one country holds
  a town called X and one called Y within 60 km of it, that is X's country ("in Buñol bei Valencia" is
  Buñol, Spain: Valencia, Venezuela has no Buñol beside it), as if the caption had named it.
- A crossing named in quotes is speech, not the place ("I waited two days at the Dorohusk
  crossing," said a driver).
"""

from __future__ import annotations

import re

from captionist.places.index import haversine
from captionist.places.words import CUED, NEAR
from captionist.rxgate import gate

from .captionwords import caption_words
from .gazetteer import load_gazetteer, norm

# "X bei Y": how far a town may lie from the one it is said to be near
_NEAR_KM = 60

_CAP = r"[^\W\d_][\w'’.-]*"
_NAME = rf"{_CAP}(?:[ -]{_CAP}){{0,2}}"
# the name before an English noun, after a Dutch, German or French one
_BEFORE = re.compile(rf"(?P<x>{_NAME})\s(?:border\s)?(?:crossing|checkpoint|border\spost)s?\b")
_BEFORE_NOUN = re.compile(r"crossing|checkpoint|border\spost")
_AFTER = gate(re.compile(r"(?:[Gg]renzübergangs?|[Gg]renzposten|[Gg]rensovergang|[Gg]renspost|[Pp]oste[- ]frontière|"
                    r"point\sde\spassage|passage\sfrontalier)\s(?:bei\s|von\s|bij\s|van\s|de\s|du\s|d['’])?"
                    rf"(?P<x>{_NAME})"))
_NOT_NAMES = frozenset("border|channel|english channel|atlantic|pacific|mediterranean|sea|river|lake|ferry|rail|"
                       "railway|road|bridge|night|winter".split("|"))
_SMALL = frozenset("the a an de het der die den des das la le les".split())
# after the crossing: its country ("X crossing, Croatia", "Grenzübergang X in Kroatien",
# "the X border crossing in eastern Poland"), not the other side ("the border with Greece")
_COUNTRY_AFTER = re.compile(r"^(?:[^.;]{0,40}?)(?:,\s|\s(?:in|im|en|au|aux|dans)\s(?:(?:the\s)?[\w-]+ern\s|"
                            r"(?:het\s|de\s)?\w+(?:en|e)\s)?)(?P<c>[^\W\d_][\w'’ -]{2,30})")
_OTHER_SIDE = re.compile(r"\b(?:between|tussen|zwischen|entre|with|met|mit|zu|avec|naar|nach|to|vers|richting)\b")


def crossings(text: str) -> list[tuple[str, int, int]]:
    """(X, start, end of the crossing phrase) for each border crossing the text names."""
    found = []
    # the nouns first (a plain search): trying the name pattern at every position of every
    # caption cost more than the rest of this module
    for m in _BEFORE.finditer(text) if _BEFORE_NOUN.search(text) else ():
        # "the Dorohusk border crossing": the run of capitalised words right before the noun
        words = m.group("x").split()
        if words and words[-1] == "border":
            words.pop()
        run: list[str] = []
        for w in reversed(words):
            if not w[:1].isupper() or w.casefold() in _SMALL:
                break
            run.insert(0, w)
        if run:
            x = " ".join(run)
            start = m.start("x") + m.group("x").rfind(x)
            found.append((x, start, m.end()))
    for m in _AFTER.finditer(text):
        words = []
        for w in m.group("x").split():     # "Grenzübergang X in Polen": the capitalised run only
            if not w[:1].isupper():
                break
            words.append(w)
        if words:
            x = " ".join(words).rstrip(".,")
            found.append((x, m.start(), m.start("x") + len(x)))
    gz = load_gazetteer()
    quoted = caption_words(text).quoted    # speech names no place
    found = [(x, s, e) for x, s, e in found if not any(a <= s < b for a, b in quoted)]
    # "the Polish border crossing", "the Serbian-Hungarian checkpoint": a country's, not a place's
    # name; "Border crossing at Medyka", "the Channel crossing": no place's name at all
    return [(x, s, e) for x, s, e in found
            if not all(norm(p) in gz.countries for p in re.split(r"[ -]", x)) and norm(x) not in _NOT_NAMES]


def _own_country(text: str, end: int) -> str | None:
    """The one country the caption names for the crossing itself, right after it."""
    gz = load_gazetteer()
    rest = text[end:end + 80]
    m = _COUNTRY_AFTER.match(rest)
    if not m or _OTHER_SIDE.search(rest[:m.start("c")]):
        return None
    words = m.group("c").split()
    for n in range(min(3, len(words)), 0, -1):
        key = norm(" ".join(words[:n]).rstrip(",."))
        if gz.index.country_kind.get(key) == "name":
            return gz.countries[key]
    return None


def _bind_near_pairs(facts) -> None:
    """X's country when the one town it is near shares exactly one country with it."""
    if facts.country_cued is not None:
        return
    for x, y in zip(facts.mentions, facts.mentions[1:]):
        if x.kind >= CUED and x.binds is None and not x.between and y.kind == NEAR and y.locates_other:
            shared = {a["countrycode"] for a in x.cities for b in y.cities if a["countrycode"] == b["countrycode"]
                      and haversine(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) <= _NEAR_KM}
            if len(shared) == 1 and len({c["countrycode"] for c in x.cities}) > 1:
                x.binds = (shared.pop(), None)


def mark_crossings(text: str, facts):
    """Apply the module's rules to what `find_places` found in `text`; returns `facts`."""
    _bind_near_pairs(facts)
    for x, start, end in crossings(text):
        key = norm(x)
        # ("poste-frontière du Perthus": the finder read "Le Perthus")
        known = [m for m in facts.mentions if norm(m.text) == key or norm(m.text).endswith(" " + key)]
        for m in known:
            if m.kind < CUED and not m.between and not m.toward:
                m.kind, m.cued, m.placed = CUED, True, True
        for m in facts.mentions:
            if m.kind == NEAR:
                m.locates_other = True      # the town near the crossing only says where it is
        if known:
            continue
        if x not in facts.unknown:
            facts.unknown.insert(0, x)
        own = _own_country(text, end)
        if own is not None and facts.country_cued is None and not any(
                m.kind >= CUED and m.cities for m in facts.mentions):
            facts.country_cued = own
            if own not in facts.countries_seen:
                facts.countries_seen.append(own)
    return facts
