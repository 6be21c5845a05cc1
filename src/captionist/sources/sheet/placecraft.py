"""A town's adjective on a writer, artist or singer says who, not where (issue 9, wrong32).

"De Leidse schrijfster ... na de uitreiking", "Der Kölner Maler ... bei der Vernissage", "A
Glaswegian singer on stage", "le poète lyonnais ... lors de la remise du prix": a writer, painter
or singer is named by the town they come from, and is pictured wherever the prize, the reading
or the concert is. The adjective is marked `person` (like placeasides' academics), and the
gate never writes it; a town written elsewhere in the caption ("... signeert in Utrecht") still
is. People of the town's office or street are where they
are ("Een Rotterdamse agent bij de Erasmusbrug", "die Weißenburger Oberbürgermeisterin", "der
Elversberger Torwart" on the home ground), and so are a club's supporters in the corpus ("Eindhovense
supporters steken vuurwerk af", "Les supporteurs caennais envahissent la pelouse"): only the
crafts below count.
"""

from __future__ import annotations

from .captionwords import demonyms_beside
from .places import PlaceFacts

# crafts practised wherever the work takes one, in the four languages;
# nl/de/en put the adjective before the noun, French after it ("le poète lyonnais")
_CRAFTS = (
    r"dichters?|dichteres|schrijvers?|schrijfsters?|auteurs?|kunstenaars?|kunstenares|schilders?|beeldhouwers?|"
    r"zangers?|zangeres(?:sen)?|muzikanten?|componisten?|rappers?|acteurs?|actrices?|regisseurs?|ontwerpers?|"
    r"cabaretiers?|"
    r"dichter(?:in)?|schriftsteller(?:in)?|autor(?:in)?|künstler(?:in)?|maler(?:in)?|bildhauer(?:in)?|"
    r"sänger(?:in)?|musiker(?:in)?|komponist(?:in)?|schauspieler(?:in)?|regisseurin|designer(?:in)?|"
    r"kabarettist(?:in)?|"
    r"poets?|writers?|novelists?|authors?|artists?|painters?|sculptors?|singers?|musicians?|composers?|"
    r"actors?|actress|comedians?|songwriters?|"
    r"poète|poétesse|écrivaine?|romancière|romancier|auteure?|artiste|peintre|sculpteur|chanteuse|chanteur|"
    r"musicienne|musicien|compositrice|compositeur|rappeur|actrice|acteur|comédienne|comédien")


def mark_crafts(facts: PlaceFacts, text: str) -> None:
    """Mark a town adjective on a craft or a supporter as the person's (module docstring)."""
    for m in demonyms_beside(facts.mentions, text, _CRAFTS, 30):
        m.person, m.placed = True, False
