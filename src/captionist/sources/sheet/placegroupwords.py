"""The nouns of people and of the bodies they come from, in nl, en, de and fr, declared once
(issue 9, unify35; the review found two tables for one shape, "<people> from <body> in X", in
placegroup and placefromin). Each row: the word (casefolded, singular and plural where both
are written) and what it is.

- "people": a noun of people, a group or an office; the town after it and "de/of/van/aus" is
  where they come from ("une famille de X", "a choir from X", "der Pfarrer von X");
- "body": a body or a place people belong to; a town or country after it is where the body
  lies, not where the picture is ("les jeunes de l'aumônerie de X", "de dominee van de gemeente
  in X", "Airmen from an air base in Germany", "Pilger aus einer Pfarrei in Polen");
- "both": a word that is each ("un club de X", "le club de football de X"; "la paroisse de X").

Not the emergency services ("les pompiers de X pompent une cave", "Feuerwehrleute aus X"), who
work in their own town, nor words that are adjectives too ("la base militaire de X").
"""

from __future__ import annotations

_ROWS = (
    # fr
    ("famille", "people"), ("familles", "people"), ("jeunes", "people"), ("enfant", "people"),
    ("enfants", "people"), ("chasseur", "people"), ("chasseurs", "people"), ("soldat", "people"),
    ("soldats", "people"), ("club", "both"), ("clubs", "people"), ("chorale", "people"),
    ("chorales", "people"), ("chœur", "people"), ("chœurs", "people"), ("choeur", "people"),
    ("choeurs", "people"), ("fanfare", "people"), ("fanfares", "people"), ("harmonie", "people"),
    ("délégation", "people"), ("délégations", "people"), ("délégué", "people"), ("délégués", "people"),
    ("pèlerin", "people"), ("pèlerins", "people"), ("pèlerine", "people"), ("pèlerines", "people"),
    ("supporter", "people"), ("supporters", "people"), ("supporteur", "people"), ("supporteurs", "people"),
    ("fan", "people"), ("fans", "people"), ("équipe", "people"), ("équipes", "people"),
    ("association", "both"), ("associations", "people"), ("paroisse", "both"), ("paroisses", "people"),
    ("paroissien", "people"), ("paroissiens", "people"), ("paroissiennes", "people"), ("scout", "people"),
    ("scouts", "people"), ("bénévole", "people"), ("bénévoles", "people"), ("bourgmestre", "people"),
    ("évêque", "people"), ("archevêque", "people"), ("curé", "people"), ("pasteur", "people"),
    ("député", "people"), ("députée", "people"), ("sénateur", "people"), ("sénatrice", "people"),
    ("conseiller", "people"), ("conseillère", "people"),
    ("aumônerie", "body"), ("école", "body"), ("lycée", "body"), ("collège", "body"),
    ("université", "body"), ("caserne", "body"), ("diocèse", "body"), ("abbaye", "body"),
    ("monastère", "body"),
    # nl
    ("familie", "people"), ("families", "people"), ("gezin", "people"), ("gezinnen", "people"),
    ("koor", "people"), ("koren", "people"), ("delegatie", "people"), ("pelgrim", "people"),
    ("pelgrims", "people"), ("vereniging", "both"), ("jongeren", "people"), ("kinderen", "people"),
    ("ploeg", "people"), ("parochie", "both"), ("parochianen", "people"), ("vrijwilligers", "people"),
    ("soldaten", "people"), ("dominee", "people"), ("pastoor", "people"), ("predikant", "people"),
    ("bisschop", "people"), ("wethouder", "people"), ("kamerlid", "people"),
    ("gemeente", "body"), ("kerk", "body"), ("school", "body"), ("dorp", "body"), ("kazerne", "body"),
    ("bisdom", "body"), ("klooster", "body"), ("basis", "body"),
    # de
    ("chor", "people"), ("chöre", "people"), ("blaskapelle", "people"), ("musikverein", "people"),
    ("musikkapelle", "people"), ("pilger", "people"), ("pilgerin", "people"), ("pilgergruppe", "people"),
    ("anhänger", "people"), ("verein", "both"), ("jugendliche", "people"), ("kinder", "people"),
    ("mannschaft", "people"), ("pfarrei", "both"), ("pfarrgemeinde", "people"), ("pfadfinder", "people"),
    ("helfer", "people"), ("pfarrer", "people"), ("pfarrerin", "people"), ("bischof", "people"),
    ("abgeordnete", "people"), ("abgeordneter", "people"),
    ("gemeinde", "body"), ("schule", "body"), ("dorf", "body"), ("stützpunkt", "body"),
    ("fliegerhorst", "body"), ("kaserne", "body"), ("kloster", "body"), ("bistum", "body"),
    # en
    ("family", "people"), ("choir", "people"), ("choirs", "people"), ("band", "people"),
    ("delegation", "people"), ("delegations", "people"), ("pilgrim", "people"), ("pilgrims", "people"),
    ("youth", "people"), ("youths", "people"), ("children", "people"), ("team", "people"),
    ("teams", "people"), ("parish", "both"), ("parishioners", "people"), ("congregation", "people"),
    ("volunteers", "people"), ("soldiers", "people"), ("troops", "people"), ("pastor", "people"),
    ("vicar", "people"), ("priest", "people"), ("bishop", "people"), ("councillor", "people"),
    ("mp", "people"),
    ("church", "body"), ("college", "body"), ("base", "body"), ("village", "body"), ("unit", "body"),
    ("regiment", "body"), ("diocese", "body"), ("monastery", "body"), ("barracks", "body"),
    ("camp", "body"),
)

# placegroup: the nouns of people before their town, and the bodies between them and it
GROUP = frozenset(w for w, kind in _ROWS if kind in ("people", "both"))
BODIES = frozenset(w for w, kind in _ROWS if kind in ("body", "both"))
