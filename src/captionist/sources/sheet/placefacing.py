"""What the picture faces is not where it is (issue 9, border30).

"Des phoques ... sur un banc de sable de la baie de Somme, face au Crotoy": the seals are on a
sandbank in the bay, and Le Crotoy is the town seen across it. "opposite X", "across from X",
"tegenover X", "gegenüber X", "face à X", "en face de X" name the place in front of the camera
or on the other side of water or a border, not the one the picture is taken in. The gate
(placegate.py) refuses such a town like the opponent's ("face à Lens"), unless a country or
region is written right after it. Measured on the tuned part: docs/sheets.md.
"""

from __future__ import annotations

# one word right before the town / the two words before it (placetokens' cue); "face au à"
# is the finder's reading of "face au Crotoy" (the contracted article makes the name "Le Crotoy")
_ONE = frozenset(("opposite", "tegenover", "gegenüber", "gegenueber"))
_TWO = frozenset(("across from", "face à", "face au", "face aux", "face au à", "face aux à", "en face",
                  "face de", "face du", "face d'", "face d’"))


def faces(m) -> bool:
    """Mention m is written as what the picture faces, not where it is."""
    if m.binds:
        return False
    one, two = m.cue
    return one in _ONE or two in _TWO or two.rsplit(" ", 1)[0] in _TWO
