"""Town adjectives the regular endings of placetokens._adjective_city miss (issue 9, cities27).

- a German "-er" adjective of a town GeoNames names with a qualifier after its everyday name:
  "die Schwandorfer Feuerwehr" is Schwandorf in Bayern, whose own name only adds where it lies
  (the everyday "Schwandorf" is another name in the index, which the gate would refuse);
- Dutch "-se" adjectives whose stem changes: a long vowel written double in the closed last
  syllable is written single in the open one ("Sint-Niklaas": "de Sint-Niklase schepen"), a
  town in "-s" takes only "-e" ("Goes": "de Goese markt"), a town in "-en" takes "-erse"
  ("Beilen": "het Beilerse college").

The town must bear the stem as its own name (or its name before a qualifier) and lie in the
Netherlands or Belgium for the Dutch forms. Towns under 20,000 people come back marked
"small_adjective", as placeclues.small_adjective_city marks them: the gate writes such a town
only in the sheet's own country.
"""

from __future__ import annotations

from .gazetteer import Gazetteer, norm

# the qualifiers after a town's everyday name (placeclues.QUALIFIERS; kept here too so that this
# module imports nothing from the modules that call it)
_QUALIFIERS = frozenset("am an im in ob bei upon on sur en".split())
_VOWELS = "aeou"
# under this many people a town's adjective is too rarely written to tell it from a word
_SMALL = 5000
_BIG = 20000
_STEM_MIN = 4


def _own(c: dict, stem: str) -> bool:
    """stem is c's own name, or its name before a qualifier ("Schwandorf in Bayern")."""
    own = norm(c["name"])
    return own == stem or own.startswith(stem + " ") and own[len(stem) + 1:].split()[0] in _QUALIFIERS


def qualified_own(found: list[dict], word: str, ends, gz: Gazetteer) -> list[dict]:
    """`found` (towns of 20,000+ an adjective stands for, by the regular endings `ends`) with
    those whose own name is the stem before a qualifier marked as the adjective's own town; a
    German "-er" adjective only, and not of a region's name ("het Limburgse" is the province,
    not Limburg an der Lahn)."""
    key = norm(word)
    out = []
    for c in found:
        if not c.get("primary") and not c.get("adjective") and any(
                end.endswith("er") and key.endswith(end) and _own(c, stem := key[:-len(end)] + add)
                and not gz.index.regions(stem) for end, adds in ends for add in adds):
            c = dict(c, adjective=True)
        out.append(c)
    return out


def dutch_changed_stem(word: str, gz: Gazetteer) -> list[dict]:
    """The Dutch or Belgian town a "-se" adjective with a changed stem stands for (see the
    module docstring), when exactly one town of _SMALL people or more bears that name."""
    key = norm(word)
    if not key.endswith("se") or len(key) < _STEM_MIN + 3:
        return []
    root = key[:-2]
    stems = []
    if root[-1] in _VOWELS and root[-2] not in _VOWELS:
        stems.append(root + root[-1] + "s")     # Sint-Niklase: Sint-Niklaas
    if root[-1] == "s":
        stems.append(root)                      # ... and no other form: "Goese" is Goes
    else:
        stems.append(root + "s")                # Goese: Goes
    if root.endswith("er"):
        stems.append(root[:-2] + "en")          # Beilerse: Beilen
    for stem in stems:
        if len(stem) < _STEM_MIN + 1:
            continue
        own = [c for c in gz.cities.get(stem, ()) if _own(c, stem) and c["countrycode"] in ("NL", "BE")
               and (c.get("population") or 0) >= _SMALL]
        if len(own) == 1:
            c = own[0]
            small = (c.get("population") or 0) < _BIG
            return [dict(c, adjective=True, small_adjective=True) if small else dict(c, adjective=True)]
    return []


# Dutch names of a town's people, plural or singular, after the town's name: "Gentenaars",
# "Zwollenaren", "Leuvenaars", "Eindhovenaren", "Utrechters", "Tilburgers"; the longest ending
# first, each tried on the town's name as written before it
_PEOPLE_ENDINGS = ("enaars", "enaren", "enaar", "naars", "naren", "naar", "aars", "aren", "aar", "ers")


def dutch_people(word: str, gz: Gazetteer) -> list[dict]:
    """The Dutch or Belgian town of _SMALL people or more whose people `word` names (see
    _PEOPLE_ENDINGS), when exactly one such town bears the stem as its own name; under 20,000
    people marked "small_adjective" (written only in the sheet's country)."""
    key = norm(word)
    if not key.endswith(_PEOPLE_ENDINGS):
        return []       # most capitalised words (one test, not ten)
    for end in _PEOPLE_ENDINGS:
        stem = key[:-len(end)]
        if not key.endswith(end) or len(stem) < _STEM_MIN:
            continue
        own = [c for c in gz.cities.get(stem, ()) if (_own(c, stem) or c.get("primary"))
               and c["countrycode"] in ("NL", "BE") and (c.get("population") or 0) >= _SMALL]
        if len(own) == 1:
            c = own[0]
            small = (c.get("population") or 0) < _BIG
            return [dict(c, adjective=True, small_adjective=True) if small else dict(c, adjective=True)]
    return []
