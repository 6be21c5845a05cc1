"""A place the index lacks holds the caption's place slot: another name is not taken for it (issue 9).

The mutation bench (bench/sheet_mutate.py, mode "unlisted") replaces a caption's town with a
village the index does not know. Its wrong places were, most of them, the caption's OTHER
place names taken for the unknown village's:

(1) "X, Y" with X unknown: Y says where X lies, it is X's state or province, and a town called
    like the state is not the picture's place ("in Ravley, Maine" is no Des Plaines, "near
    Rougwick, Que." no Quế in Vietnam, "in Herthorpe, Quebec" not Québec city). Only a
    first-level division (a US state, a Canadian province, a Malaysian state) or an abbreviation
    with its full stop ("Fla.", "Que.") counts: "Anfield, Liverpool" still gives Liverpool.
(2) the unknown name is written where the picture is (right after "in", "at", "à", "bij",
    "bei", "depuis", or "the village of", "le port de", and followed by a small word or a
    stop) and the other name only as "of Y", "von Y", "de Y": "durch den Schnee in Fürhausen
    südwestlich von Hildesheim", "au-dessus de Narbonne, vu depuis le village de Mitay". Y is
    then only what X is near or what the people are of; not when one locates the other
    ("in Karagita, een wijk van Naivasha", "Malibu in Kalifornien").
(3) the name written is the start of a longer name: of ANOTHER place of the index ("São João
    da Madeira" is no São João in Brazil) or, over "in the/on the/upon/under", of a village the
    index lacks ("Ashford in the Water" is no Ashford in Kent).
(4) a town after a facility's noun placed somewhere else names the facility: "Flughafen
    Münster/Osnabrück in Greven" is in Greven.

Each sets `PlaceMention.unknown_slot` (why), which placeagree.general_refusal reads for the
gate (placegate.refusal): the name is not written and the record's warning says why (a blank
with a warning beats a wrong place: project brief, "trust first").
"""

from __future__ import annotations

import re

from captionist.places.words import _NAMING, CAP_CUES, TOWN_WORDS

from .gazetteer import load_gazetteer, norm
from .placelongername import run_on_name
from .placewholename import particle_run_on

# words after which a name is where the picture is (the unknown village's slot)
_SLOT = r"(?:in|at|à|bij|bei|te|depuis|dans)"
_NAMING_RX = "|".join(re.escape(n) for n in sorted(_NAMING, key=len, reverse=True))
_SLOT_BEFORE = re.compile(rf"(?:(?<!\w)(?i:{_SLOT})|(?i:{_NAMING_RX}))\s+$")
_SMALL_AFTER = re.compile(r"(?!\w)(?=[,.;:!?)]|\s+[a-zà-ÿ]|\s*$)")
_PLACE_NOUNS = TOWN_WORDS | CAP_CUES
# a facility named after a town ("Flughafen Münster/Osnabrück", "l'aéroport Nice Côte d'Azur")
_FACILITY = frozenset("flughafen universität bahnhof hauptbahnhof kernkraftwerk atomkraftwerk zwischenlager "
                      "fliegerhorst kunsthalle airport luchthaven aéroport station".split())
# up to four words after a name that may continue it ("da Madeira", "in the Water", "střed")
_RUN_ON = re.compile(r"(?:[ \t]+[^\W\d_][\w'’]*){1,4}")
# the other name written only as what something is of: "südwestlich von X", "victims of X",
# "au-dessus de X", "Bezoekers van X"
_OF = frozenset("of von van de d du des".split())


def mark_unknown_slot(facts, text: str):
    """facts with `unknown_slot` set on each mention that only says where an unknown place
    lies (see the module docstring); returns facts (places.find_places' last step)."""
    for m in facts.mentions:
        if longer := _longer_place(text, m):
            m.unknown_slot = f"the start of another place's longer name, {longer}"
        elif m.cue[0] in _FACILITY and (there := _facility_placed(text, m.text)):
            m.unknown_slot = f"the name of a facility that the caption places in {there}"
        elif longer := run_on_name(text, m):     # "bij Lage Zwaluwe", "Kali Limenes" (placelongername)
            m.unknown_slot = f"the start of a longer name the index lacks, {longer}"
        elif longer := particle_run_on(text, m):     # "Mühlhausen im Täle", "Vilanova de X" (placewholename)
            m.unknown_slot = f"the start of a longer name the index lacks, {longer}"
    if not facts.unknown or not facts.mentions:
        return facts
    villages = [u for u in facts.unknown if _slot(text, u)]
    for m in facts.mentions:
        if any(m.text in u or u in m.text for u in facts.unknown):
            continue
        if longer := _longer_unlisted(text, m.text, facts.unknown):
            m.unknown_slot = f"the start of a longer name the index lacks, {longer}"
        elif why := _state_of(text, m, facts.unknown):
            m.unknown_slot = why
        elif m.cue[0] in _OF and not _positional(m) and (
                u := next((u for u in villages if not _linked(text, u, m.text)), None)):
            m.unknown_slot = f"only what the picture is of or near (candidates {u}, which the index lacks, and {m.text})"
    return facts


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _longer_place(text: str, m) -> str | None:
    """The name written runs on, over small words, into the name of ANOTHER place the index
    has: "in São João da Madeira" is no São João in Brazil, "in Brno střed" (a district) not
    Brno itself; "Frankfurt am Main" is the same city as "Frankfurt" and stays."""
    gz = load_gazetteer()
    own = {(c["name"], c["countrycode"]) for c in m.cities}
    at = text.find(m.text)
    while at >= 0:      # each whole-word occurrence (str.find: no pattern built per name)
        end = at + len(m.text)
        whole = (at == 0 or not _word_char(text[at - 1])) and (end == len(text) or not _word_char(text[end]))
        words = _RUN_ON.match(text, end) if whole else None
        at = text.find(m.text, end)
        if not words:
            continue
        tail = words.group(0).split()
        for n in range(len(tail), 0, -1):
            longer = m.text + " " + " ".join(tail[:n])
            hits = gz.index.cities(norm(longer))
            if hits and not any((c["name"], c["countrycode"]) in own for c in hits):
                return hits[0]["name"]
    return None


def _facility_placed(text: str, name: str) -> str | None:
    """"Flughafen Münster/Osnabrück in Greven": the town after the facility's noun is its name,
    the place after "in" is where it stands (a town, known or not; not a region or country:
    "die Universität Greifswald in Mecklenburg-Vorpommern" keeps Greifswald)."""
    at = re.search(rf"(?<![\w-]){re.escape(name)}(?:\s*/\s*[^\W\d_][\w'’-]*)*\s+(?:in|bei|bij|near|at|à)\s+"
                   r"([A-ZÀ-Þ][\w'’-]+)", text)
    if not at:
        return None
    gz, key = load_gazetteer(), norm(at.group(1))
    return None if key in gz.countries or gz.index.regions(key) else at.group(1)


def _longer_unlisted(text: str, name: str, unknown: list[str]) -> str | None:
    """"Ashford in the Water", "Stow on the Wold", "Weston under Wetherley": the town's name
    runs on over an English joining phrase into a name the index lacks (the unknown word is
    no region: "Feldkirchen in Kärnten" has no "the"); the village is not the shorter town."""
    for u in unknown:
        if f"the {u}" not in text and f"upon {u}" not in text and f"under {u}" not in text:
            continue
        at = re.search(rf"(?<![\w-]){re.escape(name)}\s+(?:(?:in|on|by|under)\s+the|upon|under)\s+{re.escape(u)}(?![\w-])(?=\s*[,.;:)]|\s*$)",
                       text)     # "Talysarn in the Nantlle valley": the valley's name, not the village's
        if at:
            return at.group(0)
    return None


def _slot(text: str, u: str) -> bool:
    """u is written right after a word that puts the picture there, and is followed by a small
    word or a stop, not by a name ("in Richtung Hamburg" is no village Richtung)."""
    at = text.find(u)
    while at >= 0:
        end = at + len(u)
        if _SLOT_BEFORE.search(text, max(0, at - 30), at) and _SMALL_AFTER.match(text, end):
            return True
        at = text.find(u, end)
    return False


def _linked(text: str, u: str, name: str) -> bool:
    """One of the two says where the other lies: "in Karagita, een wijk van Naivasha", "Kibera,
    Nairobi", "nahe Malibu in Kalifornien", "Malibu, Kalifornien": then the known one may be the
    picture's town (a district's city) or the unknown one a region; the gate's other rules decide."""
    if f"{u}," not in text and f"{name}," not in text and f"{name} in " not in text:
        return False
    u, name = re.escape(u), re.escape(name)
    return re.search(rf"{u},[^.;:]{{0,40}}?(?<!\w){name}(?!\w)", text) is not None \
        or re.search(rf"(?<!\w){name}(?:,\s*|\s+in\s+){u}(?!\w)", text) is not None


def _positional(m) -> bool:
    """As placegate.positional: "in Y", "the village of Y", "Flughafen Y"."""
    return m.placed or m.cue[1] in _NAMING or m.cue[0] in _PLACE_NOUNS


def _state_of(text: str, m, unknown: list[str]) -> str | None:
    """m is written as "X, Y" with X unknown and Y a first-level division or an abbreviation."""
    for u in unknown:
        if f"{u}," not in text:
            continue
        at = re.search(rf"(?<!\w){re.escape(u)},\s+(?:in\s+)?{re.escape(m.text)}(\.?)(?!\w)", text)
        if not at:
            continue
        if at.group(1) and len(m.text) <= 4:
            return f"the abbreviation of {u}'s state or province, not a town"
        if any(_first_level(r.country, r.code) for r in load_gazetteer().index.regions(norm(m.text))):
            return f"the state or province {u} lies in, not a town"
    return None


def _first_level(a2: str, code: str | None) -> bool:
    """code is a first-level division (a US state, a Canadian province), not a county below one."""
    if not code:
        return False
    from captionist.places import iso
    sub = iso.subdivision(f"{a2}-{code}")
    return sub is None or not sub["parent_code"]
