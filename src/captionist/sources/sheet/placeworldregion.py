"""A region of the world names no country and no town (issue 9, country46).

"Droogte in Midden-Amerika: ...", "Dürre in Mittelamerika", "Drought in Central America",
"Sécheresse en Amérique centrale" wrote the United States (the finder read "Amerika" inside the
name), and "in Latijns-Amerika" wrote the region as an unknown town. The names are CLDR's for
the UN M.49 regions in nl/en/de/fr, kept in the place index (places/worldregions.py); the finder
(places.find_places) takes their spans first, so no country, town or unknown place is read inside
them. A country named beside one is read as before ("in Midden-Amerika: ... in Panama").

Not when the name runs on into a country's or region's longer name ("Polynésie française" is
French Polynesia, a territory of its own).
"""

from __future__ import annotations

import functools
import re

from .gazetteer import norm


# a piece of a continent's name that every region's name holds: a caption holding none (36 of
# 1,991 corpus captions hold one) is not searched with the long pattern (CPU on those 1,991:
# 12 ms with this test, 17 ms for the pattern alone; a corpus parse of as many takes ~2 s)
_STEMS = ("afri", "ameri", "améri", "asia", "asie", "azië", "europ", "oceani", "océani", "ozeani", "carib",
          "karib", "caraï", "lynes", "lanes", "cronesi", "kronesi", "lynés", "lanés", "cronési", "austral", "sahar")


@functools.lru_cache(maxsize=4)
def _pattern(names: tuple[str, ...]) -> tuple[re.Pattern | None, tuple[str, ...]]:
    """The names' pattern, and the stems to test first (a name holding none of _STEMS is its
    own stem: a new CLDR name is never missed)."""
    if not names:
        return None, ()
    alts = "|".join(re.escape(n).replace("'", "['’]") for n in names)
    stems = _STEMS + tuple(n.casefold() for n in names if not any(s in n.casefold() for s in _STEMS))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), stems


_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def world_region_spans(text: str, gz) -> list[tuple[int, int]]:
    """The spans of the world regions the caption names (see the module docstring)."""
    rx, stems = _pattern(gz.index.world_regions)
    low = text.casefold()
    if rx is None or not any(s in low for s in stems):
        return []
    out = []
    for m in rx.finditer(text):
        nxt = _NEXT_WORD.match(text, m.end())
        if nxt:
            longer = norm(f"{m.group()} {nxt.group(1)}")
            if longer in gz.countries or gz.index.regions(longer):
                continue    # "Polynésie française"
        out.append((m.start(), m.end()))
    return out
