"""An area that spans borders gives no country by itself (issue 9, wrong44).

"Wanderer in den Ardennen", "a workshop on Lake Constance", "über den Ardennen": the index
knows some such names as a region of one country (the French département Ardennes) or as
another name of a town (Konstanz is also "Constance" and "Bodensee" in GeoNames), so the
caption got that one country although the area lies in two or three (Belgium, France and
Luxembourg; Germany, Austria and Switzerland). With no town written, that country is a guess:
the tuned part had three, each in another writer's batch ("über den Ardennen" as France beside
"der belgischen Polizei", "am Bodensee" and "Lake Constance" as Germany on sheets that name no
country). A wrong place is worse than a blank.

So a cross-border area the caption writes (placeinarea's table, the four languages) is read as
that area: the one-country region of its name and a town read from its name or from one of its
words ("Lake", "Constance") are dropped from what the caption says (`mark_cross_border`, after
the finder). Not when the name is a département's in its own shape: in brackets after a town
("Sedan (Ardennes)") or after the word ("le département des Ardennes"). The caption's own
evidence then decides: a town it writes, a country it names; and when nothing else gives a
country, the one country of the area the caption names by a name or an adjective, if exactly
one ("die belgische Polizei über den Ardennen": Belgium; `cross_border_country`). Else the
country stays blank with a warning that names the area and its countries.
"""

from __future__ import annotations

import functools
import re

from .gazetteer import load_gazetteer, norm
from .placeinarea import _CROSS_BORDER, spans_borders
from .placetokens import word_hits

WARNING = "country not written: {area} spans {countries} and the caption names none of them alone"
# articles and a preposition fused with one, before a one-word area (nl, en, de, fr)
_ARTICLES = frozenset("de het the der die den dem des am im vom zum beim les la le aux au du".split())
# the département's own shape: "Sedan (Ardennes)", "le département des Ardennes"
_DEPARTMENT = re.compile(r"(?i)(?:\(|d[ée]partements?\s(?:des?\s|du\s|de\sla\s|der\s)?)\s*$")


@functools.lru_cache(maxsize=1)
def _gate() -> re.Pattern:
    """A cheap first look: a word some cross-border name starts with (most captions have none)."""
    firsts = {name.split()[0] for names in _CROSS_BORDER.values()
              for name in (names.split(";") if ";" in names else names.split())}
    return re.compile(r"(?i)\b(?:" + "|".join(sorted(map(re.escape, firsts), key=len, reverse=True)) + r")")


def areas_written(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """The cross-border areas the text writes, up to three words each ("lac de Constance"):
    (start, end, countries); a longer name that holds one ("Vlaamse Ardennen") is no such area
    (its capitalised word right before it)."""
    if not _gate().search(text):
        return []
    words = [(m.start(), m.end()) for m in re.finditer(r"[^\W\d_]+", text)]
    out = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1):
            if i + n > len(words):
                continue
            s, e = words[i][0], words[i + n - 1][1]
            if (countries := spans_borders(norm(text[s:e]))) and not _DEPARTMENT.search(text[:s]):
                prev = words[i - 1] if i else None
                # a one-word area carries its article ("in den Ardennen", "am Bodensee", "dans les
                # Alpes"); without one it is a town so called ("in Alpen am Niederrhein")
                bare = n == 1 and not (prev and norm(text[prev[0]:prev[1]]) in _ARTICLES
                                       or re.search(r"(?i)\bl['’]$", text[:s]))
                if not bare and not (prev and text[prev[0]].isupper() and text[prev[1]:s] == " "
                                     and _adjective(text[prev[0]:prev[1]])):
                    out.append((s, e, countries))
                i += n - 1
                break
        i += 1
    return out


def _adjective(word: str) -> bool:
    """A capitalised word that makes a longer name with the area ("Vlaamse Ardennen",
    "Schweizer Alpen", "Belgian Ardennes"): an adjective, not a sentence's first word."""
    return norm(word) not in ("in", "the", "de", "die", "den", "der", "les", "la", "le", "het", "op", "am", "im")


def mark_cross_border(facts, text: str) -> None:
    """Drop the one-country readings of the cross-border areas the text writes (the module
    docstring); facts is places.PlaceFacts, changed in place."""
    spans = areas_written(text)
    if not spans:
        return
    gz = load_gazetteer()
    own = set()
    for s, e, countries in spans:
        own |= {(r.country, r.code) for r in gz.index.regions(norm(text[s:e])) if r.country in countries}
    if own:
        facts.regions = [r for r in facts.regions if r not in own]
        facts.regions_seen = [r for r in facts.regions_seen if r not in own]
    if facts.province and any(norm(facts.province[2]) == norm(text[s:e]) for s, e, _ in spans):
        facts.province = None

    def inside(m) -> bool:
        hits = [h.start() for h in word_hits(text, m.text, hyphens_join=False)]
        return bool(hits) and all(any(s <= h < e for s, e, _ in spans) for h in hits)
    gone = [m for m in facts.mentions if inside(m)]
    facts.mentions = [m for m in facts.mentions if m not in gone]
    # "Lake Constance": the feature's name gave its town's country as cued (placenotown)
    if facts.country_cued and facts.country_cued not in facts.countries_seen and any(
            c["countrycode"] == facts.country_cued for m in gone for c in m.cities):
        facts.country_cued = None


def cross_border_country(text: str, facts, place) -> None:
    """With no town and no country, the one country of a cross-border area the caption names;
    else a warning naming the area (the module docstring)."""
    if place.city is not None or place.country is not None:
        return
    spans = areas_written(text)
    if not spans:
        return
    s, e, countries = spans[0]
    seen = set(facts.countries_seen)
    named = seen & countries
    if len(named) == 1 and seen <= countries:
        place.country = named.pop()
        return
    place.warnings.append(WARNING.format(area=text[s:e], countries=", ".join(sorted(countries))))
