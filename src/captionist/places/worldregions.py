"""The names of the world's regions of several countries, kept in the place index (issue 9,
country46): "Midden-Amerika", "Central America", "Mittelamerika", "Amérique centrale",
"Latin America", "Südostasien", "Afrique de l'Ouest", "the Caribbean".

Why: such a name holds a country's name ("Amerika", "America") or reads as an unknown place, so
"Droogte in Midden-Amerika: ..." wrote the United States, and "in Latijns-Amerika" wrote the
region as a town. A region of several countries names no country and no town.

Source: CLDR's territory names for the UN M.49 regions (the numeric codes: 002 Africa, 013
Central America, 035 South-Eastern Asia, 419 Latin America...) in nl, en, de and fr, as babel
ships them; read once at index build (babel's locale data costs a second to load, too much for
every start-up), kept as JSON in the meta table. Not the world ("001"), and not a name that is
also a country's name in the index ("Amerika": a newsroom's name for the United States).
"""

from __future__ import annotations

import json

META_KEY = "world_regions"


def world_region_names(country_keys: set[str], norm) -> list[str]:
    """The region names (see the module docstring), longest first; none that norm()s to a
    country's key."""
    from babel import Locale
    names = set()
    for lang in ("nl", "en", "de", "fr"):
        for code, name in Locale.parse(lang).territories.items():
            if code.isdigit() and code != "001" and norm(name) not in country_keys and len(name) > 3:
                names.add(name.replace("\u2019", "'"))
    return sorted(names, key=lambda n: (-len(n), n))


def build_world_regions(db, country_keys: set[str], norm) -> int:
    """Write the names into the meta table; their number."""
    names = world_region_names(country_keys, norm)
    db.execute("INSERT INTO meta VALUES (?, ?)", (META_KEY, json.dumps(names, ensure_ascii=False)))
    return len(names)
