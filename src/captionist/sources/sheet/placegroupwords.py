"""The nouns of people and of the bodies they come from, in nl, en, de and fr, declared once
(issue 9, unify35; the review found two tables for one shape, "<people> from <body> in X", in
placegroup and placefromin). Each row: the word (casefolded, singular and plural where both
are written) and what it is, a row per language and kind.

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
    ("fr", "people", "famille familles jeunes enfant enfants chasseur chasseurs soldat soldats clubs chorale "
                     "chorales chœur chœurs choeur choeurs fanfare fanfares harmonie délégation délégations "
                     "délégué délégués pèlerin pèlerins pèlerine pèlerines supporter supporters supporteur "
                     "supporteurs fan fans équipe équipes associations paroisses paroissien paroissiens "
                     "paroissiennes scout scouts bénévole bénévoles évêque archevêque curé "
                     "pasteur député députée sénateur sénatrice conseiller conseillère alpinistes randonneurs randonneuses"),
    ("fr", "both", "club association paroisse"),
    ("fr", "body", "aumônerie école lycée collège université caserne diocèse abbaye monastère"),
    ("nl", "people", "familie families gezin gezinnen koor koren delegatie pelgrim pelgrims jongeren kinderen "
                     "ploeg parochianen vrijwilligers soldaten dominee pastoor predikant bisschop wethouder "
                     "kamerlid klimmers bergbeklimmers bergwandelaars"),
    ("nl", "both", "vereniging parochie"),
    ("nl", "body", "gemeente kerk school dorp kazerne bisdom klooster basis"),
    ("de", "people", "chor chöre blaskapelle musikverein musikkapelle pilger pilgerin pilgergruppe anhänger "
                     "jugendliche kinder mannschaft pfarrgemeinde pfadfinder helfer pfarrer pfarrerin bischof "
                     "abgeordnete abgeordneter bergsteiger bergsteigerinnen wanderer wanderinnen"),
    ("de", "both", "verein pfarrei"),
    ("de", "body", "gemeinde schule dorf stützpunkt fliegerhorst kaserne kloster bistum"),
    ("en", "people", "family choir choirs band delegation delegations pilgrim pilgrims youth youths children "
                     "team teams parishioners congregation volunteers soldiers troops pastor vicar priest "
                     "bishop councillor mp climbers mountaineers hikers"),
    ("en", "both", "parish"),
    ("en", "body", "church college base village unit regiment diocese monastery barracks camp"),
)

# placegroup: the nouns of people before their town, and the bodies between them and it
GROUP = frozenset(w for _, kind, words in _ROWS if kind in ("people", "both") for w in words.split())
BODIES = frozenset(w for _, kind, words in _ROWS if kind in ("body", "both") for w in words.split())
