"""The town's name as the caption writes it, when the index files the town under another form
(issue 9, names46; asked by placenaming.written_name).

The place found is the right one, but the index's main name is not what a desk would print:
- a title before or after the name: GeoNames keeps "Universitäts- und Hansestadt Greifswald",
  "Hansestadt Stade", "Markt Taschendorf", "Zwettl Stadt" (16 towns of cities500, all in
  Germany and Austria, carry a title whose plain name is also one of their names); a caption
  writes "in Greifswald", "in Stade", and the title is no part of the city field;
- a shortening: GeoNames names some towns by the first words of their name ("San Vito" for
  San Vito di Cadore, "Lajes" for Lajes do Pico, "Vilariño" for Vilariño de Conso), keeping
  the whole name as an alternate; the caption's whole name tells the namesakes apart, and
  cutting it writes the name of another town (several San Vitos, two Lajes on the Azores);
- a name in the town's other language: GeoNames's main name for Sion is the German "Sitten";
  a French caption writes "Sion", the name of the town in its own language. A caption in a
  language the town's region speaks (TOWN_LANGS: Swiss cantons, Belgian regions, South Tyrol,
  Aosta, Quebec, Luxembourg, the French and Dutch overseas) writes one of the town's own
  names, and that is written; in another language it is an exonym ("Coire" for Chur, "Bergen"
  for Mons, "Anvers" for Antwerpen) and the index's name stays (placenaming).
"""

from __future__ import annotations

import re

from .gazetteer import norm

# titles a town's official name carries before its plain name (German: "Hansestadt X",
# "Lutherstadt X", "Universitäts- und Hansestadt X", "Markt X"; Dutch and French forms of the
# same kind), or after it ("X Markt", "X Stadt": Austrian market towns and towns); normalised
_TITLE_BEFORE = re.compile(r"^(?:(?:universitats|freie|alte)(?: und)? )?(?:\w*stadt|markt|marktgemeinde|"
                           r"gemeinde|gemeente|stad|ville de|commune de)$")
_TITLE_AFTER = frozenset({"markt", "stadt", "marktgemeinde"})
# the joining words inside Italian, Portuguese, Spanish, Galician and French town names, longest first
_ROMANCE_JOINTS = ("de la", "de las", "de los", "della", "delle", "dello", "degli", "dei", "del", "di",
                   "do", "dos", "da", "das", "de", "du", "des", "sul", "sur")

# languages the towns of a country (or of one of its first-level regions, GeoNames admin1 code)
# write their own names in, among the caption languages; a country not listed writes none of
# them (its towns' names in a caption of ours are exonyms or transliterations)
TOWN_LANGS: dict[str, dict[str, tuple[str, ...]] | tuple[str, ...]] = {
    "CH": {"GE": ("fr",), "VD": ("fr",), "NE": ("fr",), "JU": ("fr",), "VS": ("fr", "de"),
           "FR": ("fr", "de"), "BE": ("de", "fr"), "TI": (), "*": ("de",)},
    "BE": {"BRU": ("fr", "nl"), "VLG": ("nl",), "WAL": ("fr",)},
    "IT": {"17": ("de",), "19": ("fr",)},
    "CA": {"10": ("fr",), "*": ("en",)},
    "LU": ("fr", "de"), "AT": ("de",), "LI": ("de",), "MC": ("fr",),
    "AW": ("nl",), "CW": ("nl",), "SX": ("nl",), "BQ": ("nl",), "SR": ("nl",),
    "GP": ("fr",), "MQ": ("fr",), "GF": ("fr",), "RE": ("fr",), "YT": ("fr",), "PM": ("fr",),
    "BL": ("fr",), "MF": ("fr",), "NC": ("fr",), "PF": ("fr",), "WF": ("fr",),
    "US": ("en",), "AU": ("en",), "NZ": ("en",),
}


def titled(written: str, main: str) -> bool:
    """`main` is `written` with a title before or after it ("Universitäts- und Hansestadt
    Greifswald" / "Greifswald", "Zwettl Stadt" / "Zwettl")."""
    key, own = norm(written), norm(main)
    if not key or key == own:
        return False
    if own.endswith(" " + key):
        return bool(_TITLE_BEFORE.match(own[:-len(key) - 1]))
    return own.startswith(key + " ") and own[len(key) + 1:] in _TITLE_AFTER


def fuller(written: str, main: str, gz) -> bool:
    """`written` is `main` and a Romance joining word and more words after it ("San Vito di
    Cadore" / "San Vito"): the caption's whole name, of which the index's main name is the first
    words. Not a country or region after the joint ("Santiago de Chile", "Saint-Denis de La
    Réunion": a locator the writers leave out), nor a Germanic locator or a bracket ("Baden bei
    Wien", "Spitz an der Donau", "Hengelo (Gld)", "Trogen AR"): newsroom disambiguators, which
    the city field does without (measured: each wrote a wrong place on the tuned part)."""
    key, own = norm(written), norm(main)
    if not own or not key.startswith(own + " ") or "(" in written:
        return False
    rest = key[len(own) + 1:]
    joint = next((j for j in _ROMANCE_JOINTS if rest.startswith(j + " ")), None)
    if joint is None:
        return False
    tail = rest[len(joint) + 1:]
    return not (tail in gz.countries or gz.index.regions(tail) or gz.index.areas(tail))


def speaks(city: dict, lang: str) -> bool:
    """The town's region writes its own names in `lang` (TOWN_LANGS)."""
    langs = TOWN_LANGS.get(city.get("countrycode") or "", ())
    if isinstance(langs, dict):
        langs = langs.get(city.get("admin1code") or "", langs.get("*", ()))
    return lang in langs
