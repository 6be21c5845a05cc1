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

Each row: a language, a kind and the regex forms of its nouns (nl/de/en put the adjective
before the noun, French after it: "le poète lyonnais", "le pont romain").
"""

from __future__ import annotations

from .captionwords import demonyms_beside
from .places import PlaceFacts

_ROWS = (
    # crafts practised wherever the work takes one
    ("nl", "craft", r"dichters?|dichteres|schrijvers?|schrijfsters?|auteurs?|kunstenaars?|kunstenares|schilders?|"
                    r"beeldhouwers?|zangers?|zangeres(?:sen)?|muzikanten?|componisten?|rappers?|acteurs?|"
                    r"actrices?|regisseurs?|ontwerpers?|cabaretiers?"),
    ("de", "craft", r"dichter(?:in)?|schriftsteller(?:in)?|autor(?:in)?|künstler(?:in)?|maler(?:in)?|"
                    r"bildhauer(?:in)?|sänger(?:in)?|musiker(?:in)?|komponist(?:in)?|schauspieler(?:in)?|"
                    r"regisseurin|designer(?:in)?|kabarettist(?:in)?"),
    ("en", "craft", r"poets?|writers?|novelists?|authors?|artists?|painters?|sculptors?|singers?|musicians?|"
                    r"composers?|actors?|actress|comedians?|songwriters?"),
    ("fr", "craft", r"poète|poétesse|écrivaine?|romancière|romancier|auteure?|artiste|peintre|sculpteur|chanteuse|"
                    r"chanteur|musicienne|musicien|compositrice|compositeur|rappeur|actrice|acteur|comédienne|"
                    r"comédien"),
    # works, empires and eras an ancient people's adjective goes with
    ("fr", "work", r"ponts?|aqueducs?|théâtres?|amphithéâtres?|arènes|villas?|vestiges?|ruines?|thermes|voies?|"
                   r"murs?|remparts?|temples?|camps?|forts?|colonnes?|mosaïques?|époque|empire|légions?"),
    ("nl", "work", r"brug|bruggen|aquaduct|theater|amfitheater|villa's|resten|ruïnes?|thermen|weg|wegen|muur|"
                   r"muren|tempel|castellum|fort|legioen|tijd|rijk"),
    ("de", "work", r"brücken?|aquädukt|amphitheater|ruinen?|thermen|straßen?|mauern?|kastell|limes|reich|zeit|"
                   r"legion"),
    ("en", "work", r"bridges?|aqueducts?|theatres?|theaters?|amphitheatres?|amphitheaters?|baths|roads?|walls?|"
                   r"remains|ruins|temples?|forts?|mosaics?|empire|era|legions?|times"),
)

_CRAFTS = "|".join(words for _, kind, words in _ROWS if kind == "craft")
_WORKS = "|".join(words for _, kind, words in _ROWS if kind == "work")


def mark_crafts(facts: PlaceFacts, text: str) -> None:
    """Mark a town adjective on a craft as the person's (module docstring)."""
    for m in demonyms_beside(facts.mentions, text, _CRAFTS, 30):
        m.person, m.placed = True, False


def mark_ancient(facts: PlaceFacts, text: str) -> None:
    """Mark a city adjective on an ancient work or era as part of another name (module docstring)."""
    for m in demonyms_beside(facts.mentions, text, _WORKS, 25):
        m.in_name = True
