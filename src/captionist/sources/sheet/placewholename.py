"""A place name is read whole: a town's name that runs on over a joining word into a capitalised
name is the start of a longer name, not the town (issue 9, longer36).

The finder (places.py) reads the longest run of words the index holds, so "Frankfurt am Main",
"Alcalá de Henares", "Bergen op Zoom", "Saint Martin Vésubie" (spaces for hyphens) are whole.
When the index lacks the longer name, the finder found only its first word and the resolver
wrote a town of that name elsewhere: "Mühlhausen im Täle" (a village of the Swabian Jura) as
Mühlhausen in Thuringia, "Vilanova de Xunqueira" as the Catalan coast town. The piece is then
not written as if it were the whole: the gate refuses it (placeagree.general_refusal reads
`unknown_slot`) and the warning names the longer name.

The joining words are a table per family of languages (`PARTICLES`), never a list of towns:

- Romance names ("de", "del", "da", "do", "dos", "de la", "sur", "lès", "sous"): in every
  language a small town's name followed so by a capitalised word is one name (Spanish, Galician,
  Portuguese, Italian, French names spaced instead of hyphenated). Not for a city of 100,000+
  ("in Porto do Dragão" is the stadium's name, the city stays) nor before a country, region,
  calendar or feature word ("Lyon de Gaulle" aside, "à Bayonne en Pays basque" is no particle:
  "en" is left out, it is mostly a region's cue).
- Germanic names ("im", "am", "an der", "ob der", "aan", "aan den", "op"): German and Dutch
  prose puts a town before "am Hafen", "im Dom", "aan de IJssel" every day, and German
  capitalises the noun. Such a run is a longer name only when the piece alone is no answer: it
  names several towns of the index and none has ten times the people of the next (the longer
  name is what tells them apart: "Mühlhausen im Täle"; "Husum am Hafen" is the one Husum of
  note, "Zutphen aan de IJssel" the one Zutphen).
"""

from __future__ import annotations

import re

from captionist.places.words import _FEATURE_AFTER, _REGION_AFTER, NEAR

from .dates import CALENDAR_WORDS
from .gazetteer import load_gazetteer, norm
from .language import detect_language
from .placegerman import german_noun_after
from .placejoiners import GERMANIC_LANDS

# the joining words of place names, as written between two capitalised names
PARTICLES = {
    "romance": ("de", "del", "de la", "de las", "de los", "da", "das", "do", "dos", "di", "della", "dei",
                "sur", "sous", "lès", "lez"),
    "germanic": ("am", "im", "an der", "an den", "ob der",
                 "aan", "aan de", "aan den", "aan het", "op", "op de", "ter", "ten"),
}
# a particle that is also an ordinary word of the caption's own language before a capitalised noun
# ("oberhalb von Ürzig das Mostgewicht", "in Utrecht de Domtoren", "à Paris des Jeux"): no joint there
OWN_WORDS = {"de": frozenset("das da de di".split()), "nl": frozenset("de da".split()),
             "fr": frozenset("de du des da".split()), "en": frozenset()}
# what a German or Dutch caption locates a town by after "im"/"in der": a unit or a compass
# quarter, not a longer name ("Lyman im Gebiet Donezk", "Arouca im Norden Portugals", "Winterberg
# im Hochsauerlandkreis")
LOCATOR_NOUNS = frozenset(norm(w) for w in (
    "Gebiet Landkreis Kreis Bezirk Kanton Bundesland Land Region Provinz Departement Norden Süden Osten Westen "
    "Nordosten Nordwesten Südosten Südwesten Zentrum Stadtteil Ortsteil Ortskern Umland "
    "Noorden Zuiden Oosten Westen Centrum Gemeente Provincie").split())
_LOCATOR_ENDS = ("kreis", "gebiet", "bezirk")
_FAMILY = {p: fam for fam, words in PARTICLES.items() for p in words}
# joining words that are nothing but joints ("Villeneuve lès Avignon", "Bourg sur Gironde": a river
# or department's name after them is still the town's name); the others are also articles or
# prepositions of nl/de/fr prose before a capitalised noun ("in Delft de Nieuwe Kerk", "Husum am
# Hafen") and join only where the piece alone is no answer (several towns, none dominant)
_JOINT_ONLY = frozenset("del dos do della dei sur sous lès lez".split()) | {"de la", "de las", "de los", "ob der"}
_ALT = "|".join(re.escape(p) for p in sorted(_FAMILY, key=len, reverse=True))
# " im Täle", " de la Sierra Alta": the particle and one or two capitalised words after it
_RUN = re.compile(rf" ({_ALT}) ([A-ZÀ-ÖØ-Þ][\w'’]+(?: [A-ZÀ-ÖØ-Þ][\w'’]+)?)(?![\w-])")
_CITY = 100000
_DOMINANT = 10      # a town with ten times the people of the next of its name is the one meant
_CALENDAR = frozenset(norm(w) for w in CALENDAR_WORDS)


def particle_run_on(text: str, m) -> str | None:
    """The longer name m's town name starts (m's text, a joining word and a capitalised name)
    when the index lacks it and the piece must not stand for it (see the module docstring)."""
    if m.demonym or m.kind < NEAR or not m.cities or len(m.text) < 3 or m.text.isupper() \
            or " " + m.text + " " not in " " + text + " ":
        return None
    gz = load_gazetteer()
    pops = sorted((c["population"] for c in m.cities), reverse=True)
    if pops[0] >= _CITY:
        return None     # "Würzburg im Dom", "Porto do Dragão": a city's place, the city stays
    longer = lang = None
    loose = not any(c.get("primary") or c.get("newsroom") or c.get("adjective") for c in m.cities)
    lands = {c["countrycode"] for c in m.cities}
    at = text.find(m.text)
    while at >= 0:
        end = at + len(m.text)
        whole = at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-")
        run = _RUN.match(text, end) if whole else None
        at = text.find(m.text, end)
        if not run:
            continue
        particle, name = run.group(1), run.group(2)
        first = name.split()[0]
        key = norm(first)
        joint = particle in _JOINT_ONLY
        if _FAMILY[particle] == "germanic" and not any(c["countrycode"] in GERMANIC_LANDS for c in m.cities):
            continue    # "Castro op Chiloé": a Dutch or German preposition after a town no such country has
        if first.isupper() or key in LOCATOR_NOUNS or key.endswith(_LOCATOR_ENDS) or key in _CALENDAR \
                or key in _FEATURE_AFTER or first.casefold() in _REGION_AFTER or key in gz.countries \
                or not joint and (gz.index.regions(key) or gz.index.regions(norm(name))):
            continue    # "in Frankfurt am Montag", "bei Kaprun im Salzburger Land", "aan de Noordzee"
        whole_name = f"{m.text} {particle} {name}"
        if gz.cities.get(norm(whole_name)) or gz.cities.get(norm(f"{m.text} {particle} {first}")):
            continue    # the index holds it: the finder's to read (a spelling it read otherwise)
        # a piece the index holds only as another name of a town ("Puerto", El Puerto de Santa
        # María's short name, in "Puerto de Mogán"; names46) is no answer on its own either,
        # before a Romance joint and a town of the same country (the port, beach or quarter of
        # that town); not before a Germanic joint, which is prose ("Brake an der Unterweser" is
        # Brake (Unterweser) by its short name), nor before a noun ("in Kirchberg SG das Emd")
        alias_only = loose and _FAMILY[particle] == "romance" and any(
            (c.get("primary") or c.get("newsroom")) and c["countrycode"] in lands for c in gz.cities.get(key, ()))
        if not alias_only and not joint and (german_noun_after(first) or not _ambiguous(pops)):
            continue
        if not alias_only and particle in OWN_WORDS.get(lang := lang or _language(text), ()):
            continue
        longer = f"{m.text} {particle} {first}" if first == name.split()[-1] else whole_name
        break
    return longer


def _language(text: str) -> str:
    """The caption's language by its function words (asked only when a run is found: the count is
    the dearest test here)."""
    return detect_language(text, default="en", max_words=80)[0]


def _ambiguous(pops: list[int]) -> bool:
    """Several towns bear the name and none has ten times the people of the next."""
    return len(pops) > 1 and pops[0] < _DOMINANT * max(pops[1], 1)


def whole_named(raw: str, cities, parts: list[dict]) -> bool:
    """A hyphenated name the index holds as a place's own name ("Budel-Schoot", a village of its
    own next to Budel) is that place, not the town of its first part and a district: unless the
    first part is a city of 100,000+, whose quarters GeoNames also keeps ("Amsterdam-Zuidoost")."""
    key = norm(raw)
    return any(c.get("primary") and norm(c["name"]) == key for c in cities or ()) \
        and all(c["population"] < _CITY for c in parts)
