"""What a page tells its READER among the captions (issue 9, strays; fields33). A caption
describes what a picture shows and carries its credit; these paragraphs name places, days
and people like one, but speak to the reader or sum up the story. Each is one bounded
pattern in the four languages, and each applies only to a paragraph without a credit of its
own or from a neighbour (the fact box excepted, whose credit is its data's source):

- an appeal by a police force, fire brigade or authority ("Die Polizei bittet Zeugen, sich
  ... zu melden", "Anyone with information is asked to call police on 101", "De politie
  vraagt getuigen zich te melden", "Les pompiers rappellent qu'il est interdit de ..."):
  the reader is asked to act, no picture is described;
- a live ticker's projection or poll ("Hochrechnung, 21.30 Uhr: ...", "Exit poll: ...",
  "Peiling 22.00 uur: ...", "Estimations à 20 h : ..."): the figures of the night, not a picture;
- a fact box's line: a label of two to six words, a colon and only a figure ("Welterbestätten
  in Deutschland: mehr als 50.", "Visitors last year: about 2 million.", "Nombre de sites :
  plus de 40."), with or without its data's source ("Quelle: ...", "Bron: ...");
- a title led by a date ("9. November: Deutschland erinnert", "24 februari: een jaar oorlog"):
  short, no final punctuation, at the top of the sheet or among credited captions;
- in a sheet of credited captions, background over the year ("Der Verband erinnert in diesem
  Jahr besonders an ...", "The festival this year marks ...", "Dit jaar staat ... centraal",
  "Cette année, la commune rend hommage ..."): a statement over a year has no moment a
  picture was taken in; it is only taken when the paragraph carries no date of its own;
- a chart's title over its data's source (fields34): "Strompreise im Vergleich (Grafik: X /
  Quelle: Y)", "Wind capacity by country, in gigawatts. Source: X", "Prix de l'électricité par
  pays, en euros. Source : X": a measure by country, year or unit, credited to a graphic or data;
- a call for readers' pictures or a teaser to another story (fields34): "Vous avez une photo
  de votre quartier ? Envoyez-la à ...", "Got a picture of your street? Send it to ...",
  "Energieprijzen: wat betekent het plafond voor uw rekening?": a question to the reader.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

_I = re.IGNORECASE

# the services that appeal to the public, and the public asked to act
_APPEAL = re.compile(
    # en: "Anyone with information ... is asked to call police on 101", "Witnesses are urged to ..."
    r"\b(?:anyone|anybody|witnesses|people|drivers|residents|walkers|visitors)\b[^.!?\n]{0,90}?\b(?:is|are)\s"
    r"(?:being\s)?(?:asked|urged|requested|encouraged|advised|reminded)\sto\b|"
    r"\b(?:call|contact|ring)\s(?:police|crimestoppers|the police)\b[^.!?\n]{0,30}?\d|"
    r"\b(?:police|firefighters|fire (?:crews|service)|coastguards?|council)\s(?:are\s)?(?:appeal(?:s|ing)?|urg(?:e|es|ing)|"
    r"remind(?:s|ing)?|warn(?:s|ing)?|advis(?:e|es|ing))\s(?:for\s)?(?:witnesses|anyone|the public|people|drivers|residents|"
    r"walkers|visitors|motorists)\b|"
    # de: "Die Polizei bittet Zeugen, sich ... zu melden", "Zeugen werden gebeten ...", "Hinweise nimmt ... entgegen"
    r"\b(?:polizei\w*|feuerwehr\w*|kripo|kriminalpolizei|behörden?|stadt|gemeinde|landratsamt)\s(?:bittet|bitten|rät|raten|"
    r"warnt|warnen|appelliert|appellieren|erinnert|erinnern|mahnt|mahnen)\s(?:\w+\s){0,3}?(?:zeugen|um\shinweise|"
    r"die bevölkerung|anwohner|autofahrer|bürger|spaziergänger|alle)\b|"
    r"\bzeugen\s(?:werden\sgebeten|sollen\ssich|melden\ssich\sbitte)\b|\bhinweise\snimmt\b[^.!?\n]{0,80}?\bentgegen\b|"
    # nl: "De politie vraagt getuigen zich te melden", "Getuigen worden verzocht ...", "Wie iets heeft gezien ..."
    r"\b(?:politie|brandweer|veiligheidsregio|gemeente|kustwacht)\s(?:vraagt|vragen|roept|roepen|verzoekt|verzoeken|"
    r"waarschuwt|waarschuwen|adviseert|adviseren|raadt)\s(?:\w+\s){0,3}?(?:getuigen|mensen|omwonenden|automobilisten|"
    r"iedereen|bewoners|wandelaars|zich\b)|"
    r"\bgetuigen\s(?:worden\sverzocht|wordt\sgevraagd|kunnen\szich\smelden)\b|\bwie\siets\s(?:heeft\sgezien|gezien\sheeft)\b|"
    # fr: "Les sapeurs-pompiers rappellent qu'il est interdit ...", "appel à témoins", "Toute personne ayant ..."
    r"\b(?:pompiers|sapeurs-pompiers|gendarmerie|gendarmes|policiers|police|préfecture|préfet|mairie|secours)\s"
    r"(?:rappellent|rappelle|appellent|appelle|invitent|invite|demandent|demande|recommandent|recommande|"
    r"conseillent|conseille|déconseillent|déconseille|exhortent)\s(?:\w+\s){0,2}?(?:à\sla\s(?:prudence|vigilance)|"
    r"qu['’]il|que\b|les\s(?:habitants|riverains|promeneurs|automobilistes|témoins)|aux\s|de\sne\spas|à\sne\spas)|"
    r"\bappel\sà\stémoins\b|\btoute\spersonne\s(?:ayant|disposant|qui\saurait)\b", _I)

# a projection's or a poll's label before its colon, a time of the night allowed between
_PROJECTION = re.compile(
    r"^\W{0,2}(?:hochrechnung|prognose|zwischenstand|zwischenergebnis|exit[- ]?polls?|projection|projections|"
    r"estimations?|sondage|sortie des urnes|peiling|exitpoll|tussenstand|voorlopige uitslag|prognosis|"
    r"(?:early|provisional|partial) results|résultats partiels)\b[^:\n]{0,30}?\s{0,2}:\s", _I)

# a fact box's line: a label of words without a figure, a colon, and only a figure with at most
# two words after it (its unit or what it counts), then the line's end or a data source
_FACT = re.compile(
    r"^(?P<label>[^\W\d_][^:\d\n]{3,60}?)\s{0,2}:\s{1,2}"
    r"(?:(?:mehr als|über|rund|etwa|knapp|fast|ruim|meer dan|bijna|zo'n|ongeveer|more than|over|about|nearly|almost|"
    r"around|some|plus de|près de|environ|presque|moins de|weniger als|minder dan|fewer than|less than)\s)?"
    r"\d[\d.,\s]{0,12}(?:\s?%|\s[^\W\d_][\w.-]{0,20}){0,2}\s{0,2}[.!]?"
    r"(?:\s{1,2}(?:quelle|bron|source|sources|data|daten|données)\s{0,2}:[^\n]{2,80})?$", _I)
_DATA_LABEL = re.compile(r"\s{0,2}\(?(?:quelle|bron|source|sources|data|daten|données)\s{0,2}:", _I)

# the year as a whole: "in diesem Jahr", "this year", "dit jaar", "cette année"
_THIS_YEAR = re.compile(r"\b(?:in diesem jahr|dieses jahr|this year|dit jaar|cette année|cette saison|this season|"
                        r"in dieser saison|dit seizoen)\b", _I)


# a chart's title: a measure compared, or by country/region/year, or in a unit (en/de/nl/fr)
_CHART = re.compile(r"\b(?:im vergleich|nach (?:ländern|bundesländern|jahren|regionen)|in prozent|pro kopf|"
                    r"by (?:country|region|state|year|month|sector)|per (?:capita|land|jaar|provincie|regio)|"
                    r"in (?:procenten|gigawatts?|megawatts?|terawatt-?hours?|gigawatt|megawatt|milliarden|millionen|"
                    r"billions?|millions?|tonnes|tonnen|percent|miljarden|miljoenen)|"
                    r"par (?:pays|région|département|an|année|habitant)|en (?:pourcentage|milliards?|millions?|gigawatts?|"
                    r"mégawatts?|euros?\b))", _I)
_CHART_CREDIT = gate(re.compile(r"\b(?:grafik|infografik|graphic|infographic|chart|grafiek|infographie|graphique|"
                           r"quelle|source|sources|bron|daten|data|données)\s{0,2}:", _I))
# a call for readers' pictures: a question whether the reader has one, or "send it to" an address
_CALL_FOR_PICTURES = re.compile(
    r"\b(?:vous avez|avez-vous|have you (?:got|taken)|got|do you have|haben sie|hast du|heeft u|heb je|heb jij)\s"
    r"(?:une?|a|ein(?:e|en)?|een)\s(?:\w+\s)?(?:photo|picture|pic|foto|bild|beeld|vidéo|video)\b|"
    r"\b(?:envoyez|send|stuur|schicken sie|senden sie|mail)\b[^.!?\n]{0,60}?[\w.-]+@[\w-]+\.\w{2,}", _I)
# a teaser: a question to the reader ("uw", "your", "Ihre", "votre") closing a short paragraph
_TEASER = re.compile(r"\b(?:uw|jouw|your|ihre?n?|deine?n?|votre|vos)\b[^.!\n]{0,60}\?$", _I)


def reader_notice(par: str, body: str, credited: bool, data_credit: bool) -> str | None:
    """Why a paragraph is the page speaking to its reader (see the module docstring), or None.
    `credited`: the paragraph has a credit of its own or from a neighbour; `data_credit`: that
    credit is introduced as a data source ("Quelle:", "Bron:", "Source :")."""
    if _CHART_CREDIT.search(par) and _CHART.search(body) and len(body.split()) <= 16:
        return "chart"
    if not credited:
        if _APPEAL.search(body) or _CALL_FOR_PICTURES.search(body):
            return "appeal"
        if _TEASER.search(body.strip()) and len(body.split()) <= 16:
            return "teaser"
        if _PROJECTION.match(body):
            return "live post"
    if (not credited or data_credit) and _fact_line(par):
        return "fact box"
    return None


def _fact_line(par: str) -> bool:
    m = _FACT.match(par.strip())
    return m is not None and 2 <= len(m.group("label").split()) <= 6


def data_source(par: str, start: int) -> bool:
    """Whether the credit starting at `start` is introduced as a data source."""
    return _DATA_LABEL.match(par, start) is not None


def dated_title(body: str, words: int, led_by_date: bool, top_or_among: bool) -> bool:
    """A short title led by its date, no final punctuation (the caller checks that)."""
    return led_by_date and top_or_among and 2 <= words <= 8


def year_background(body: str, date) -> bool:
    """A statement over the year with no date of its own (credited sheets only)."""
    return date is None and _THIS_YEAR.search(body) is not None
