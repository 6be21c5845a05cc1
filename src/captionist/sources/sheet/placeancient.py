"""A town's adjective on an ancient work names its era, not the town (issue 9, wrong32).

"Le pont romain de X sous les eaux", "La Porte Noire, vestige romain de X", "de Romeinse brug bij
X", "les arènes romaines", "l'époque romaine": the adjective of Rome says who built the bridge,
wall or theatre, which stands in the town named next, far from Rome; the mutation bench showed it
with every made-up village (Rome, Italy written for a bridge in the Gard). A city adjective
written right next to a noun of an ancient work, an empire or an era (a data table per language)
is marked part of another name, so the gate never writes it; the town named next, when the index
knows it, still is.
"""

from __future__ import annotations

from .captionwords import demonyms_beside
from .places import PlaceFacts

# works, empires and eras an ancient people's adjective goes with, in the four languages
_WORKS = (
    r"ponts?|aqueducs?|théâtres?|amphithéâtres?|arènes|villas?|vestiges?|ruines?|thermes|voies?|murs?|"
    r"remparts?|temples?|camps?|forts?|colonnes?|mosaïques?|époque|empire|légions?|"
    r"brug|bruggen|aquaduct|theater|amfitheater|villa's|resten|ruïnes?|thermen|weg|wegen|muur|muren|"
    r"tempel|castellum|fort|legioen|tijd|rijk|"
    r"brücken?|aquädukt|amphitheater|ruinen?|thermen|straßen?|mauern?|kastell|limes|reich|zeit|legion|"
    r"bridges?|aqueducts?|theatres?|theaters?|amphitheatres?|amphitheaters?|baths|roads?|walls?|"
    r"remains|ruins|temples?|forts?|mosaics?|empire|era|legions?|times")


def mark_ancient(facts: PlaceFacts, text: str) -> None:
    """Mark a city adjective on an ancient work or era as part of another name (module docstring)."""
    for m in demonyms_beside(facts.mentions, text, _WORKS, 25):
        m.in_name = True
