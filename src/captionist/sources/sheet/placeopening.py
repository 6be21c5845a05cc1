"""A town that opens a caption, followed by the weather, the hour or the event it is shown in,
is where the picture is (issue 9, name40).

"Pondichéry sous la pluie, mardi.", "Eriwan bei Nacht, im Hintergrund der Ararat.", "Dresden
nach den Luftangriffen, 1945.", "Antakya après le séisme": the picture's town is the caption's
subject, written with no preposition before it, so the finder took it as any capitalised word
at a sentence's start (PlaceMention.initial) and nothing was written (tuned 145-239: 4 towns in
3 batches, none a dateline: no ":" or dash after it).

Read so only when the word after the town is a preposition of time or condition and, within
three words, a noun of the weather, the hour or a disaster follows (tables per language, never
towns): "Kane after scoring" or "Macron sous les huées" name a person, and say nothing of the
weather. The town must be a name of the index's (not an adjective) of 15,000
people or more, and still passes the gate like a dateline (it must agree with any country named).
"""

from __future__ import annotations

import re

from captionist.places.words import _NOT_PLACE

from .dates import CALENDAR_WORDS
from .language import _LANGS_OF

# a preposition of time or condition right after the opening name, in the four languages
_PREP = frozenset("sous après avant pendant dans onder na tijdens bij in nach bei vor während im unter "
                  "after under during before at in".split())
# the weather, the hour, the season or a disaster the town is shown in (any case; German
# capitalises them); an article or an adjective may stand between ("nach den schweren Luftangriffen")
_STATE = frozenset((
    "pluie neige brume brouillard nuit soir aube crépuscule orage tempête canicule séisme tremblement "
    "inondations inondation crue bombardements bombardement attentats incendie incendies guerre soleil "
    "regen sneeuw mist nacht avond schemer storm onweer aardbeving overstromingen overstroming "
    "bombardementen brand oorlog zon "
    "schnee nebel abend dämmerung gewitter sturm erdbeben hochwasser überschwemmung luftangriffen "
    "luftangriff bombenangriffen bombardierung krieg sonne hitze "
    "rain snow fog mist night dusk dawn storm earthquake floods flood bombing bombings shelling war "
    "sunset sunrise heatwave wildfire fire").split())
_OPENING = re.compile(r"(?P<name>[A-ZÀ-Þ][\w'’-]+) (?P<prep>[a-zà-ÿ]+) ((?:[\w'’-]+ ){0,2}[\w'’-]+)")
_POP = 15000
# the phrase is the caption's whole first clause: a stop, a bracket or a date follows it ("...
# sous la pluie, mardi.", "... après le séisme de février 2023"), not a verb ("Auch in der Nacht
# wird gearbeitet": a sentence that opens with an adverb)
_ENDS = re.compile(r"[,.;:!?(]|\s*$|(?:\s+[\w'’]+){0,3}?\s+(?:[0-3]?\d\.?\s+\w+|\w+\s+[12]\d\d\d)\b")


def opening_town(text: str, gz) -> str | None:
    """The town that opens `text` in the module docstring's shape, or None."""
    hit = _OPENING.match(text)
    if not hit or hit.group("prep") not in _PREP:
        return None
    # (an elided article is no word of its own: "après l'orage")
    words = [re.sub(r"^[dl]['’]|[.,;:!?)]+$", "", w.casefold()) for w in hit.group(3).split()]
    if not any(w in _STATE for w in words) or not _ENDS.match(text, hit.end()):
        return None
    from .gazetteer import norm
    key = norm(hit.group("name"))
    if key in _NOT_PLACE or key in CALENDAR_WORDS or key in _LANGS_OF:
        return None     # "Auch in der Nacht", "March in the snow": a word of the sentence, not a town
    cities = [c for c in gz.cities.get(key, ()) if not c.get("adjective")]
    if not cities or max(c["population"] for c in cities) < _POP:
        return None
    return hit.group("name")
