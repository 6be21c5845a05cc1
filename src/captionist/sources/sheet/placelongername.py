"""A town's name that runs on into a capitalised word the index does not know is the start of
a longer name: the village of that name, not the town (issue 9, districts34).

"bij Lage Zwaluwe" is no Lage in Germany, "le port de Kali Limenes" no Kalí in Macedonia,
"in Nieuw Amsterdam" no Amsterdam: places of two words whose first word alone is another
town's name. The finder reads the longest name the index holds; when it holds only the first
word, the finder took that word for the whole and the resolver wrote a town of that name
hundreds of kilometres away. placeunknownslot already refused the first word of ANOTHER place
the index holds ("Hoek" of Hoek van Holland) and of English joined names ("Ashford in the
Water"); this reads the plain two-word name.

The caption must write the name so every time, one space between, the next word capitalised
and not: a word the index knows (a town, a region, a country: "Berlin Mitte" is the city's
quarter Mitte, "Leeds, West Yorkshire"), a feature or region word after a name ("Airport",
"County", "Valley"), a month or weekday ("in Lage Dienstag"), a German noun that opens the
clause after the place ("In Cochem Arbeiter ...", placegerman), nor any word of a German
caption (German capitalises every noun: "Trauernde legen in Kiew Blumen nieder"), nor a code
in capitals ("in Andermatt UR"), nor a name after English "the" ("at the Bakewell Show" is the
show held in the town); and the town must be written after a cue, not as an
adjective ("Münchner Polizei"). A city of 100,000+ is left
alone: what follows it is mostly its quarter or station ("Utrecht Centraal", "Amsterdam
Zuidoost"), and the city is then the picture's.
"""

from __future__ import annotations

import re

from captionist.places.words import _FEATURE_AFTER, _REGION_AFTER, CUED

from .dates import CALENDAR_WORDS
from .gazetteer import load_gazetteer, norm
from .language import detect_language
from .placegerman import german_noun_after
from .placeownvenue import no_surname_after

_CITY = 100000
_NEXT = re.compile(r" ([A-ZÀ-ÖØ-Þ][\w'’]+)(?![\w-])")
_CALENDAR = frozenset(norm(w) for w in CALENDAR_WORDS)


def german_text(text: str) -> bool:
    """The caption is German by its function words (language.detect_language)."""
    return detect_language(text, default="en", max_words=80)[0] == "de"


def run_on_name(text: str, m) -> str | None:
    """The longer name (m's text and the word after it) when m's town name runs on into a word
    the index lacks at each of its occurrences; else None."""
    if " " in m.text or "-" in m.text or m.demonym or m.kind < CUED:
        return None     # "Münchner Polizei", a bare name: placed by other rules, not run on
    # (the size of the towns that bear the name as their own: "Kali" is also another name of a
    # city of millions in India, which says nothing of what follows the Greek village's name)
    key = norm(m.text)
    if max((c["population"] for c in m.cities if norm(c["name"]) == key), default=0) >= _CITY:
        return None
    gz = load_gazetteer()
    longer = None
    at = text.find(m.text)
    while at >= 0:
        end = at + len(m.text)
        whole = (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "_-"))
        nxt = _NEXT.match(text, end)
        at_was, at = at, text.find(m.text, end)
        if not whole:
            continue
        if text[max(0, at_was - 4):at_was] in ("the ", "The "):
            return None     # "at the Bakewell Show": a thing named after the town, in the town
        if not nxt:
            return None     # written alone somewhere: the town's own name
        w = nxt.group(1)
        key = norm(w)
        if w.isupper() or key in _FEATURE_AFTER or w.casefold() in _REGION_AFTER or key in _CALENDAR \
                or german_noun_after(w) or no_surname_after(w) or key in gz.countries or gz.cities.get(key) or gz.index.regions(key):
            return None     # "in Andermatt UR" (a canton's code), "Airport", "Kent County", a known quarter,
            # "at Ripon Racecourse" (a town's own venue: placeownvenue)
        longer = f"{m.text} {w}"
    # German capitalises its nouns ("in Kiew Blumen"): a capital after a name there says nothing
    # (asked last: the language count is the dearest test)
    if longer and german_text(text):
        return None
    return longer
