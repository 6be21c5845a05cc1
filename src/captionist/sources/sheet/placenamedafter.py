"""A French landscape named after a town is not that town (issue 9, recall23frnl): "sur la
Montagne de Reims" (the wooded plateau between Reims and Épernay, the vineyards of Bouzy or
Verzenay), "le Massif de la Chartreuse", "la Forêt de Compiègne", "le Causse de Sauveterre", "la plaine de
Caen", "the Vale of Evesham" (wrong23 found the same class; its rule is this one).
The head word is capitalised: the whole is the landscape's proper name, and the picture may
lie anywhere on it, so the town after "de" is marked part of another name (the gate refuses
it; a blank and a warning rather than a town 15 km off). A small head other than
those of _SMALL_HEAD ("la forêt de X", "les vignes de X") is left to the other rules: there "de X"
says whose forest it is.
"""

from __future__ import annotations

import re

# (names46: a range named after its town, "les Alpes de Berchtesgaden", "les Préalpes de Grasse")
_HEAD = ("Montagne|Montagnes|Massif|Plateau|Causse|Forêt|Bois|Marais|Monts|Pays|Plaine|Côte|Côtes|"
         "Vallée|Val|Coteaux|Collines|Alpes|Préalpes")
# "la Montagne de Reims", "sur le Plateau de Saclay", "le Pays d'Auge": the head, then de/du/des/d'
_OF = r"\s{1,2}(?:de\s{1,2}la\s{1,2}|de\s{1,2}|du\s{1,2}|des\s{1,2}|d['’])"
_TOWN = r"(?P<t>[A-ZÀ-Þ][\w'’-]*(?:[\s-][A-ZÀ-Þ][\w'’-]*){0,2})"
# heads that name a landscape also written small ("la plaine de Caen", wrong23), and English
# "the Vale of X": measured on the tuned part without a right town lost
_SMALL_HEAD = r"(?i:montagne|pays|plaine|vall[ée]e|plateau|massif|causse)"
_NAMED_AFTER = re.compile(r"(?<![\w-])(?:(?:" + _HEAD + "|" + _SMALL_HEAD + r")" + _OF + r"|Vale\s{1,2}of\s{1,2})" + _TOWN)


def mark_named_after(facts, text: str) -> None:
    """Mark in_name the mentions of a town read from a capitalised French landscape's name."""
    for m in _NAMED_AFTER.finditer(text):
        for o in facts.mentions:
            name = o.text.strip()
            # a town written once only: "... à Reims, sur la Montagne de Reims" keeps its town
            if o.binds is None and name and m.group("t").startswith(name) and text.count(name) == 1:
                o.in_name = True
