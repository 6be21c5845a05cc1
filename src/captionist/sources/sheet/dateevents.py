"""Days and years in a caption that belong to something other than the picture (issue 9,
dates; found27), by the grammar around them:

- a day in the possessive after "after", "following", "ahead of": "after Sunday's explosion",
  "ahead of Tuesday's vote": the day of that event, the picture is before or after it
  ("during Thursday's commemorations", "before Sunday's game" are the picture's day);
- a night between two days: "in der Nacht zu Mittwoch", "in de nacht van dinsdag op
  woensdag", "dans la nuit de mardi à mercredi", "overnight into Wednesday": the picture may
  be of either day, and a caption that cannot say which gives none;
- the start of a state to come: "ab Montag", "vanaf maandag", "à partir de lundi", "from
  Monday": when a road reopens or a rule applies, not when the picture was taken;
- a preparation: "bereiden zich voor op de feestdag van 25 november", "preparing for",
  "in the run-up to", "im Vorfeld", "à la veille de": the day prepared for is later;
- a day name after a picture's handing out ("in this picture provided by the company on
  Wednesday", "released by police on Monday"): the day it was handed out, not taken;
- a day name or year inside a relative clause on a place, after a comma (", waar dinsdag 140
  banen verdwijnen", ", waar de bouw in 2021 begon", ", where the factory closes on
  Friday", ", où ... en 2019"): what happens or happened at that place, in any tense (the
  past tense alone is dates.py's `_past_clause`).

Each looks at a bounded window before or after the date: linear time.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

_I = re.IGNORECASE
_POSSESSIVE = re.compile(r"['’]s\b")
# only after these: "during Thursday's commemorations", "before Sunday's game" are that day
_AFTER = re.compile(r"\b(?:after|following|in the wake of|ahead of|since)\s{1,2}(?:the\s{1,2}|last\s{1,2})?$", _I)
_NIGHT = gate(re.compile(r"\b(?:nacht|nuit|night|overnight)\b[^,.;:!?]{0,30}$", _I))
_FROM = re.compile(r"\b(?:ab|vanaf|from|à partir de|a partir de|dès)\s{1,2}(?:(?:dem|le|the|this|kommende[nm]?|"
                   r"komende|nächste[nm]?|volgende|prochain)\s{1,2})?$", _I)
_PREPARING = re.compile(
    r"\b(?:prepar\w{1,5}\s(?:for|to)|in the run-up to|bereid\w{0,3}\s(?:zich\s)?(?:\w{1,12}\s){0,2}voor\sop|"
    r"voorbereiding\w{0,2}\s(?:op|voor)|in aanloop naar|bereite\w{0,2}\s(?:sich\s)?(?:\w{1,12}\s){0,3}auf|"
    r"vorbereitung\w{0,2}\s(?:auf|für)|im vorfeld|se prépar\w{1,4}\s(?:pour|à)|en prévision|à la veille)\b"
    r"[^.;:!?]{0,50}$", _I)
# a picture handed out: "in this picture provided by the company on Wednesday", "released by the
# police on Monday", "vom Klinikum am Dienstag zur Verfügung gestellt": the day it was handed out
_HANDED_OUT = re.compile(r"\b(?:provided|released|distributed|supplied|handed out|issued|verstrekt|vrijgegeven|"
                         r"verspreid|diffusée?s?|fournie?s?|transmise?s?)\b[^,.;:!?()]{0,50}$", _I)
_PLACE_CLAUSE = re.compile(r",\s{1,2}(?:waar|where|wo|où)\s[^,.;:!?()]{0,80}$", _I)


# a day name that is part of a name or a noun's attribute, not the day (fields33): a capitalised
# word right after it ("Saturday Market in Beverley", "the Sunday Times"; not a month: "Saturday
# November 28"), or an article or adjective before it and a noun after ("a live Saturday show",
# "the Friday prayers", "its Sunday service"): English writes the day so, the other languages join it
_NAME_AFTER = re.compile(r"\s(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Morning|Afternoon|Evening|Night)\b)"
                         r"[A-Z][a-z]{2,}")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|its|their|his|her|our|your|weekly)\s(?:[a-z][\w-]{1,15}\s)?$")
_NOUN_AFTER = re.compile(r"\s(?!(?:morning|afternoon|evening|night|nights|before|after|and|or|to|of|at|in|on|when|as|"
                         r"is|was|will|had|has)\b)[a-z]{3,}")


_ENGLISH_DAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def day_as_attribute(plain: str, start: int, end: int) -> bool:
    """"Saturday Market", "a live Saturday show": the day name names no day (English only:
    German capitalises every noun, "am Montag Blumen")."""
    if not _ENGLISH_DAY.fullmatch(plain, start, end):
        return False
    return bool(_NAME_AFTER.match(plain, end) or _ARTICLE_BEFORE.search(plain[max(0, start - 30):start])
                and _NOUN_AFTER.match(plain, end))


def not_the_pictures_day(plain: str, start: int, end: int, named: bool = True) -> bool:
    """The day at plain[start:end] is another event's; `named`: a day name ("dinsdag"),
    else a day and month ("29 oktober"), which a place's clause may well give the picture
    (", waar dinsdagavond 29 oktober ... meer regen viel")."""
    before = plain[max(0, start - 90):start]
    if _POSSESSIVE.match(plain, end) and _AFTER.search(before):
        return True
    return bool(_NIGHT.search(before) or _FROM.search(before) or _PREPARING.search(before)
                or named and (_PLACE_CLAUSE.search(before) or _HANDED_OUT.search(before)
                              or day_as_attribute(plain, start, end)))


def not_the_pictures_year(plain: str, start: int) -> bool:
    """The year at `start` stands in a place's relative clause or a preparation."""
    before = plain[max(0, start - 90):start]
    return bool(_PLACE_CLAUSE.search(before) or _PREPARING.search(before))


# - a year of an event the picture was taken DURING: "during the strike of 1984", "tijdens de
#   watersnood van 1953", "pendant la crue de 1910", "während des Hochwassers von 2002": dates.py
#   drops a year after "of"/"van"/"de"/"von" as another event's; "during" makes it the picture's
_DURING = re.compile(r"\b(?:during|tijdens|gedurende|während|pendant|durant|lors)\s[^,.;:!?()]{0,50}$", _I)
# - the picture's own year said as such: "ici en 1972", "here in 1972", "hier in 1972", "pictured in
#   1955": it outranks a day name of the story ("mort lundi à 93 ans, ici en 1972")
_HERE_YEAR = re.compile(r"\b(?:ici|here|hier|pictured|photographed|photographiée?s?|fotografiert|gefotografeerd)"
                        r"\s{1,2}(?:en|in|im|im jahr|in het jaar)?\s{0,2}(?P<y>(?:19|20)\d\d)\b", _I)
# - a time of day before "du": "à l'aube du 7 novembre", "au matin du 3 mai", "dans la nuit du 4
#   au 5": the picture's day, where "du" alone ("le défilé du 14 juillet") names an event's
_TIME_OF_DAY_DU = re.compile(r"\b(?:aube|matin|matinée|soir|soirée|après-midi|midi|crépuscule)\s{1,2}du\s{1,2}$", _I)


def during_event(plain: str, start: int) -> bool:
    """The year at `start` closes an event the picture was taken during."""
    return _DURING.search(plain, max(0, start - 70), start) is not None


def here_year(plain: str) -> int | None:
    """The year the caption says its picture was taken ("ici en 1972"), if any."""
    m = _HERE_YEAR.search(plain)
    return int(m.group("y")) if m else None


def time_of_day_before(plain: str, start: int) -> bool:
    """A French time of day and "du" right before the date at `start`."""
    return _TIME_OF_DAY_DU.search(plain, max(0, start - 24), start) is not None


# --- fields34: relative words and day names that name no day of the picture ---------------------
# - "heute"/"today"/"aujourd'hui"/"vandaag" as "nowadays", before what a place is now: "der
#   ehemalige Plenarsaal, heute Teil des Kongresszentrums", "Elm, das heute zur Gemeinde X
#   gehört", "the old mill, today a museum", "l'ancienne gare, aujourd'hui un musée", "het oude
#   raadhuis, tegenwoordig een museum": the place's present, not the day the picture was taken
# what a place belongs to now, after a relative pronoun too ("das heute zur Gemeinde X gehört",
# "which today forms part of"); an article ("heute ein Museum") only in an apposition after a
# comma: "Kinder, die heute ein Fest feiern" is the picture's day
_NOW_PART = r"teil|zur|zum|sitz|part|partie|rattachée?s?|intégrée?s?|onderdeel|deel|forms|fait"
_NOWADAYS = re.compile(r"\s{1,2}(?:" + _NOW_PART + r")\b", _I)
_NOWADAYS_APPOSED = re.compile(r"\s{1,2}(?:" + _NOW_PART + r"|ein|eine|a|an|home|un|une|devenue?s?|een)\b", _I)
_RELATIVE_BEFORE = re.compile(r"\b(?:das|die|der|which|that|qui|que|dat|wat)\s{1,2}$", _I)


def nowadays(plain: str, start: int, end: int) -> bool:
    """The relative word at plain[start:end] says "nowadays" of a place, not the day."""
    if re.search(r",\s{1,2}$", plain[max(0, start - 3):start]):
        return _NOWADAYS_APPOSED.match(plain, end) is not None
    return bool(_RELATIVE_BEFORE.search(plain, max(0, start - 8), start) and _NOWADAYS.match(plain, end))


# - a day name of the week before: "Freitag vergangener Woche", "vrijdag vorige week", "Friday
#   last week", "vendredi de la semaine dernière"; Dutch also before it ("vorige week vrijdag")
_WEEK_BEFORE_AFTER = re.compile(r",?\s{1,2}(?:(?:der\s)?(?:vergangene[rn]?|letzte[rn]?|vorige[rn]?)\sWoche|"
                                r"(?:van\s)?(?:vorige|afgelopen|verleden)\sweek|(?:of\s)?last\sweek|"
                                r"de\sla\ssemaine\s(?:dernière|passée))\b", _I)
_WEEK_BEFORE_BEFORE = re.compile(r"\b(?:vorige|afgelopen|verleden)\sweek\s{1,2}$|\blast\sweek\s(?:on\s)?$", _I)


def last_week(plain: str, start: int, end: int) -> bool:
    """The day name at plain[start:end] is that day of the week before the reference's week."""
    return bool(_WEEK_BEFORE_AFTER.match(plain, end) or _WEEK_BEFORE_BEFORE.search(plain, max(0, start - 20), start))


# - English day names before a recurring rite or market: "Worshippers leave Friday prayers",
#   "after Sunday Mass", "the Saturday market" (German and Dutch write one word:
#   "Freitagsgebet", "zondagsmis"; French "la prière du vendredi" is dates.py's "du")
_RITE_AFTER = re.compile(r"\s(?:prayers?|services?|[Mm]ass|worship|school|market|roast|league)\b")


def day_of_a_rite(plain: str, start: int, end: int) -> bool:
    return bool(_ENGLISH_DAY.fullmatch(plain, start, end) and _RITE_AFTER.match(plain, end))


# - a month in a list of months ("wo die Minister im April, Juni und Oktober tagen", "in March,
#   June and October") is a schedule, and a month in a place's clause ("..., wo ... im April")
#   what happens there: neither is the picture's month
_MONTH_NAMES = (r"januar|january|janvier|januari|februar|february|février|februari|märz|march|mars|maart|april|avril|"
                r"mai|may|mei|juni|june|juin|juli|july|juillet|august|août|augustus|september|septembre|oktober|"
                r"october|octobre|november|novembre|dezember|december|décembre")
_MONTH_LIST = re.compile(r"\s{0,2}(?:,|und|and|en|et)\s{1,2}(?:" + _MONTH_NAMES + r")\b", _I)


def month_not_the_pictures(plain: str, start: int, end: int) -> bool:
    """The month at plain[start:end] ("im April") opens a list of months or stands in a place's clause."""
    return bool(_MONTH_LIST.match(plain, end) or _PLACE_CLAUSE.search(plain[max(0, start - 90):start]))


# - a day in a later sentence told in the pluperfect: "Ein Schubverband fährt bei Kaub vorbei. Der
#   Pegel war am Montag auf 78 Zentimeter gefallen.", "The river had risen on Monday.", "Le fleuve
#   était monté lundi.": what happened before the picture, which the first sentence describes
_PLUPERFECT = re.compile(r"\b(?:war|waren|hatte|hatten)\b.{0,80}\sge\w{3,}(?:en|t)$|\bhad\s(?:been\s)?\w{3,}(?:ed|en)\b|"
                         r"\b(?:was|waren|had|hadden)\b.{0,80}\sge\w{3,}(?:en|d|t)$|"
                         r"\b(?:avait|avaient|était|étaient)\s(?:\w{1,12}\s)?\w{3,}(?:é|ée|és|ées|i|u|ue|is|it)\b", _I)


def pluperfect_sentence(plain: str, start: int) -> bool:
    """The date at `start` stands in a sentence after the first one, told in the pluperfect."""
    s = max(plain.rfind(". ", 0, start), plain.rfind("! ", 0, start), plain.rfind("? ", 0, start))
    if s < 0:
        return False
    e = plain.find(".", start)
    sentence = plain[s + 2:e if e > 0 else len(plain)].strip()
    return bool(_PLUPERFECT.search(sentence))
