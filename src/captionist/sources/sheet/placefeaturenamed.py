"""A natural feature named like a town, its noun written before the name (issue 9, border30).

"le glacier du Trient", "le glacier de Saint-Sorlin", "le volcan Stromboli", "der Vulkan
Ätna", "de vulkaan Etna", "the volcano Kilauea": the glacier or volcano, not the town that
GeoNames keeps under the same name (Trient is Trento's German name; Kīlauea is a village on
Kauai, far from the volcano). The English order ("Kilauea volcano", "the Rhone glacier") is
read by the finder through its table of words after a name (places.words._REGION_AFTER). The
gate (placegate.py) refuses such a town unless a country or region is written right after it.
"""

from __future__ import annotations

# the one word right before the name, articles skipped (placetokens' cue)
_NOUN = frozenset(("volcano", "volcan", "vulkaan", "vulkan", "crater", "cratère", "krater", "glacier",
                   "gletscher", "gletsjer", "caldera"))
# the two words before it: a French feature noun and its "de"
_NOUN_OF = frozenset(f"{n} {d}" for n in ("glacier", "volcan", "cratère") for d in ("de", "du", "d'", "d’"))


def names_feature(m) -> bool:
    """Mention m follows a natural feature's noun: it names the feature, not a town."""
    return not m.binds and (m.cue[0].casefold() in _NOUN or m.cue[1].casefold() in _NOUN_OF)
