"""A bare capitalised word is no place that "near Y" locates (issue 9, gate40).

The gate refuses a town written after "near" / "bei" / "bij" / "près de" when the caption
writes another place of its own: "Kampong Phluk, near Siem Reap" is Kampong Phluk, not Siem
Reap. It used to count as such a place any capitalised word GeoNames also calls a village,
written with no cue, no country and no comma binding it: German nouns ("Hirten mit ihrem Vieh
in einem Lager nahe X", "Bauern ernten Reis in der Nähe von X"), a body's name ("Self-Defense
Force personnel clear a road near X"), a first name or a surname ("Model Savannah Brooks ...
at a vineyard near X"). The caption then names no place but the town, and by the sheets'
convention a picture taken "near X" with no village named has X as its city.

A bare word still counts when it is the word right before the town's cue, where it may be the
village the town only locates ("Sorte, near X" could be a hamlet): only a word further away
from the cue is set aside.
"""

from __future__ import annotations

from captionist.places.words import UNCUED

from .gazetteer import norm
from .places import PlaceMention

def bare_word(o: PlaceMention, m: PlaceMention) -> bool:
    """o is a bare capitalised word (no cue, no country bound to it, not an adjective, not
    placed) that is not the word right before near-mention m's cue: no place m locates."""
    if o.kind != UNCUED or o.binds or o.cued or o.demonym or o.placed:
        return False
    before = m.cue[1].split()
    return not (len(before) == 2 and norm(o.text).split()[-1:] == before[:1])
