"""A town's adjective beside a noun that says who or what, not where (issue 9, wrong32; one
module and one table since unify35, where placecraft.py and placeancient.py read the same shape
with two tables through captionwords.demonyms_beside).

- "craft": a writer, artist or singer is named by the town they come from and is pictured
  wherever the prize, the reading or the concert is: "De Leidse schrijfster ... na de
  uitreiking", "Der Kölner Maler ... bei der Vernissage", "A Glaswegian singer on stage", "le
  poète lyonnais ... lors de la remise du prix". The adjective is marked `person` (like
  placeasides' academics), and the gate never writes it; a town written elsewhere in the
  caption ("... signeert in Utrecht") still is. People of the town's office or street are
  where they are ("Een Rotterdamse agent bij de Erasmusbrug", "die Weißenburger
  Oberbürgermeisterin", "der Elversberger Torwart" on the home ground), and so are a club's
  supporters in the corpus ("Eindhovense supporters steken vuurwerk af", "Les supporteurs
  caennais envahissent la pelouse"): only the crafts count.
- "work": the adjective of an ancient people on a work, an empire or an era names who built
  it, not the town: "Le pont romain de X sous les eaux", "La Porte Noire, vestige romain de X",
  "de Romeinse brug bij X", "les arènes romaines", "l'époque romaine"; the bridge, wall or
  theatre stands in the town named next, far from Rome (the mutation bench showed it with every
  made-up village: Rome, Italy written for a bridge in the Gard). The adjective is marked part
  of another name, so the gate never writes it; the town named next, when the index knows it,
  still is.

Each row: a regex form of the noun (nl/de/en put the adjective before it, French after it: "le
poète lyonnais", "le pont romain") and its kind.
"""

from __future__ import annotations

from .captionwords import demonyms_beside
from .places import PlaceFacts

_ROWS = (
    # crafts practised wherever the work takes one: nl, de, en, fr
    ("dichters?", "craft"), ("dichteres", "craft"), ("schrijvers?", "craft"), ("schrijfsters?", "craft"),
    ("auteurs?", "craft"), ("kunstenaars?", "craft"), ("kunstenares", "craft"), ("schilders?", "craft"),
    ("beeldhouwers?", "craft"), ("zangers?", "craft"), (r"zangeres(?:sen)?", "craft"),
    ("muzikanten?", "craft"), ("componisten?", "craft"), ("rappers?", "craft"), ("acteurs?", "craft"),
    ("actrices?", "craft"), ("regisseurs?", "craft"), ("ontwerpers?", "craft"), ("cabaretiers?", "craft"),
    (r"dichter(?:in)?", "craft"), (r"schriftsteller(?:in)?", "craft"), (r"autor(?:in)?", "craft"),
    (r"künstler(?:in)?", "craft"), (r"maler(?:in)?", "craft"), (r"bildhauer(?:in)?", "craft"),
    (r"sänger(?:in)?", "craft"), (r"musiker(?:in)?", "craft"), (r"komponist(?:in)?", "craft"),
    (r"schauspieler(?:in)?", "craft"), ("regisseurin", "craft"), (r"designer(?:in)?", "craft"),
    (r"kabarettist(?:in)?", "craft"), ("poets?", "craft"), ("writers?", "craft"), ("novelists?", "craft"),
    ("authors?", "craft"), ("artists?", "craft"), ("painters?", "craft"), ("sculptors?", "craft"),
    ("singers?", "craft"), ("musicians?", "craft"), ("composers?", "craft"), ("actors?", "craft"),
    ("actress", "craft"), ("comedians?", "craft"), ("songwriters?", "craft"), ("poète", "craft"),
    ("poétesse", "craft"), ("écrivaine?", "craft"), ("romancière", "craft"), ("romancier", "craft"),
    ("auteure?", "craft"), ("artiste", "craft"), ("peintre", "craft"), ("sculpteur", "craft"),
    ("chanteuse", "craft"), ("chanteur", "craft"), ("musicienne", "craft"), ("musicien", "craft"),
    ("compositrice", "craft"), ("compositeur", "craft"), ("rappeur", "craft"), ("actrice", "craft"),
    ("acteur", "craft"), ("comédienne", "craft"), ("comédien", "craft"),    # works, empires and eras an ancient people's adjective goes with: fr, nl, de, en
    ("ponts?", "work"), ("aqueducs?", "work"), ("théâtres?", "work"), ("amphithéâtres?", "work"),
    ("arènes", "work"), ("villas?", "work"), ("vestiges?", "work"), ("ruines?", "work"), ("thermes", "work"),
    ("voies?", "work"), ("murs?", "work"), ("remparts?", "work"), ("temples?", "work"), ("camps?", "work"),
    ("forts?", "work"), ("colonnes?", "work"), ("mosaïques?", "work"), ("époque", "work"),
    ("empire", "work"), ("légions?", "work"), ("brug", "work"), ("bruggen", "work"), ("aquaduct", "work"),
    ("theater", "work"), ("amfitheater", "work"), ("villa's", "work"), ("resten", "work"),
    ("ruïnes?", "work"), ("thermen", "work"), ("weg", "work"), ("wegen", "work"), ("muur", "work"),
    ("muren", "work"), ("tempel", "work"), ("castellum", "work"), ("fort", "work"), ("legioen", "work"),
    ("tijd", "work"), ("rijk", "work"), ("brücken?", "work"), ("aquädukt", "work"), ("amphitheater", "work"),
    ("ruinen?", "work"), ("thermen", "work"), ("straßen?", "work"), ("mauern?", "work"), ("kastell", "work"),
    ("limes", "work"), ("reich", "work"), ("zeit", "work"), ("legion", "work"), ("bridges?", "work"),
    ("aqueducts?", "work"), ("theatres?", "work"), ("theaters?", "work"), ("amphitheatres?", "work"),
    ("amphitheaters?", "work"), ("baths", "work"), ("roads?", "work"), ("walls?", "work"),
    ("remains", "work"), ("ruins", "work"), ("temples?", "work"), ("forts?", "work"), ("mosaics?", "work"),
    ("empire", "work"), ("era", "work"), ("legions?", "work"), ("times", "work"),)

_CRAFTS = "|".join(w for w, kind in _ROWS if kind == "craft")
_WORKS = "|".join(w for w, kind in _ROWS if kind == "work")


def mark_crafts(facts: PlaceFacts, text: str) -> None:
    """Mark a town adjective on a craft as the person's (module docstring)."""
    for m in demonyms_beside(facts.mentions, text, _CRAFTS, 30):
        m.person, m.placed = True, False


def mark_ancient(facts: PlaceFacts, text: str) -> None:
    """Mark a city adjective on an ancient work or era as part of another name (module docstring)."""
    for m in demonyms_beside(facts.mentions, text, _WORKS, 25):
        m.in_name = True
