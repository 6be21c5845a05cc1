"""Small joining words inside a place's own name, in the name's own language (issue 9, name40).

The finder (places.py) reads a run of up to four words as one name when every inner word is
capitalised or a joining word, and keeps the run only when the index holds the whole of it.
The joining words it knew ("de", "am", "op", "upon": placearabic/_INNER) left out those of
Portuguese and Galician ("do", "dos", "da", "das", "e"), Italian ("di", "della", "sul"), Dutch
"van", Slavic "nad"/"pod" and the spaced Arabic article "es": "Alcácer do Sal", "Figueiró dos
Vinhos", "Caxias do Sul", "Hoek van Holland", "Dar es Salaam", "Ústí nad Labem" were read as
their first word, which names another town elsewhere or none, and the place was withheld as
"part of another name" or "the start of another place's longer name" (tuned 100-244: 11 right
towns in 9 batches).

Each word is a joint only in the countries whose languages write it inside names: a run read
over it is kept only when the index's place of that name lies in one of them ("Lisboa do
Norte" in a German caption finds nothing; a Dutch "van" between two English names is no
joint), so a run of ordinary prose words never becomes a town abroad.
"""

from __future__ import annotations

# Portuguese-speaking countries and Galicia's Spain; Italian; Dutch and Afrikaans; West Slavic
# and Slovene; the Arabic article written apart ("Dar es Salaam", "Ras es Sider")
_PT = frozenset("PT BR ES AO MZ CV GW ST TL".split())
_IT = frozenset("IT CH SM VA".split())
_NL = frozenset("NL BE ZA SR".split())
_SLAVIC = frozenset("CZ SK PL SI".split())
_ARABIC = frozenset("TZ EG SY LB PS JO IQ SA YE OM AE LY TN DZ MA SD IL".split())
JOINERS: dict[str, frozenset[str]] = {
    **dict.fromkeys(("do", "dos", "da", "das", "e"), _PT),
    **dict.fromkeys(("di", "della", "delle", "dei", "degli", "dello", "sul", "sulla", "nel"), _IT),
    "van": _NL,
    **dict.fromkeys(("nad", "pod"), _SLAVIC),
    **dict.fromkeys(("es", "as", "ed", "ad"), _ARABIC),
}

# where German and Dutch names carry "am", "im", "an der", "op", "aan den", "ter": a town none of
# whose namesakes lies here is followed by the caption's preposition, not by the rest of its name
# ("Castro op Chiloé", "Kandy im Hochland": placewholename.particle_run_on)
GERMANIC_LANDS = frozenset("DE AT CH LI LU NL BE".split())


def joiner(word: str) -> bool:
    """A lower-case word that may stand inside a name of some language's places."""
    return word in JOINERS


def joined(words: list[str], places):
    """`places` (cities or regions of a run of words) kept to the countries every joining word of
    the run is written in; the run without one is left as it is."""
    if not places or len(words) < 3:
        return places
    lands = [JOINERS[w] for w in words[1:-1] if w in JOINERS]
    if not lands:
        return places
    return tuple(p for p in places if all(_land(p) in land for land in lands))


def _land(p) -> str:
    return p["countrycode"] if isinstance(p, dict) else p.country
