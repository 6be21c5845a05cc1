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


@functools.lru_cache(maxsize=4)
def _pattern(names: tuple[str, ...]) -> re.Pattern | None:
    if not names:
        return None
    alts = "|".join(re.escape(n).replace("'", "['’]") for n in names)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def world_region_spans(text: str, gz) -> list[tuple[int, int]]:
    """The spans of the world regions the caption names (see the module docstring)."""
    rx = _pattern(gz.index.world_regions)
    if rx is None:
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
