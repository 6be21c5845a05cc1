"""Dates in a caption that are not the picture's (issue 9, dates; fields24), by the grammar
around them rather than by the words of one caption:

- a year after a building's or an institution's participle dates that building, not the
  picture: "l'opéra, inauguré en 1901", "the bridge, built in 1890", "die 1895 erbaute
  Kirche", "het in 1920 gebouwde station", "the club, founded in 1903";
- a year inside a phrase about a photograph shown IN the picture ("with a photo of her
  colleagues taken in 1962", "avec une photo ... prise en 1962", "mit einem Foto aus dem
  Jahr 1975", "met een foto uit 1944"), or an indefinite photograph displayed in it ("An
  archive photo taken in Berlin in 1989 hangs in a gallery"): the older photograph's date;
- two days of one month joined by "and" ("les 20 et 24 novembre", "on 20 and 24 November",
  "am 20. und 24. November", "op 20 en 24 november"): a before/after pair, two pictures'
  dates, no single date of the caption's picture.

Each returns whether the date found at `start` in the plain caption text is such a date.
Bounded windows and quantifiers only: linear time, like the rest of the parser.
"""

from __future__ import annotations

import re
from captionist.rxgate import gate

_PARTICIPLE = (r"inaugur[ée]e?s?|construite?s?|bâtie?s?|fondée?s?|ouverte?s?|érigée?s?|achevée?s?|"
               r"built|opened|founded|completed|erected|inaugurated|established|"
               r"gebaut|erbaut|eröffnet|gegründet|errichtet|eingeweiht|fertiggestellt|"
               r"gebouwd|geopend|opgericht|ingewijd|voltooid|"
               r"closed|fermée?s?|geschlossen|stillgelegt|gesloten")  # a closing dates the building too
# "inauguré en 1901", "built in 1890", "erbaut 1895", "opened in May 1901"
_BUILT_BEFORE = re.compile(r"\b(?:" + _PARTICIPLE + r")\s{1,2}(?:(?:en|in|im|au|dans|em|zwischen|between|entre|tussen)\s{1,2})?"
                           r"(?:(?:l'an|het jaar|the year|dem jahr|jahre?)\s{1,2})?"
                           r"(?:(?:19|20)\d\d\s{1,2}(?:und|and|en|et|à|bis|to|tot|-)\s{1,2})?$", re.IGNORECASE)  # "zwischen 1938 und 1955"
# "die 1895 erbaute Kirche", "het in 1920 gebouwde station": the participle after the year
_BUILT_AFTER = re.compile(r"^\s{1,2}(?:" + _PARTICIPLE + r"|erbaute\w?|gebaute\w?|gebouwde|geopende|eröffnete\w?)\b",
                          re.IGNORECASE)
# a photograph held or shown in the picture: a preposition, an indefinite article, the noun
# (fields33: also in front of it or hanging it, "vor einer Aufnahme aus Linz, die 1946 ...
# entstand", "hängt eine Fotografie der Landi 1939 auf", "devant une photo de 1944")
_SHOWN_PHOTO = gate(re.compile(r"\b(?:with|holding|avec|tenant|mit|met|holds|hält|houdt|tient|vor|in front of|devant|"
                          r"hängt|hangs|hanging|hangt|accroche|betrachtet|bekijkt|regarde|looks at|looking at)\s{1,2}"
                          r"(?:a|an|une|ein|eine|einem|einer|een)\s{1,2}(?:[^\W\d_]{1,15}\s{1,2}){0,2}"
                          r"(?:photo|photograph|picture|snapshot|portrait|foto|bild|aufnahme|portret|kiekje|fotografie|"
                          r"photographie|gemälde|painting|schilderij|tableau)\b",
                          re.IGNORECASE))
# the photograph's own relative clause after a comma: ", die 1946 ... entstand", ", which was taken"
_ITS_CLAUSE = re.compile(r",\s{1,2}(?:die|der|das|which|that|qui|que|dat)\b")
# "An archive photo taken in Berlin in 1989 hangs in a gallery", "Une photo d'archives prise ...
# en 1989 dans une galerie": an indefinite photograph, then where it is displayed
_A_PHOTO = gate(re.compile(r"\b(?:a|an|une|ein|eine|een)\s{1,2}(?:[^\W\d_]{1,15}\s{1,2})?(?:photo|photograph|picture|foto|bild|archivbild|"
                      r"aufnahme)\b", re.IGNORECASE))
_DISPLAYED = re.compile(r"\b(?:hangs?|hanging|is displayed|on display|on show|hängt|hangt|est exposée|exposée|accrochée|"
                        r"in a gallery|in an exhibition|dans une galerie|dans une exposition|in einer galerie|"
                        r"in einer ausstellung|in een galerie|op een tentoonstelling)\b", re.IGNORECASE)
# "20 et ", "20. und ", "20th and ", "20 en ": the first day of a pair, right before the second
_FIRST_OF_PAIR = re.compile(r"\b[0-3]?\d(?:er|e|\.|st|nd|rd|th)?\s{1,2}(?:et|and|und|en|&)\s{1,2}$", re.IGNORECASE)


def of_building(plain: str, start: int, end: int) -> bool:
    """The year at plain[start:end] dates a building or a founding, not the picture."""
    return bool(_BUILT_BEFORE.search(plain, max(0, start - 40), start)
                or _BUILT_AFTER.match(plain[end:end + 30]))


def in_shown_photo(plain: str, start: int) -> bool:
    """The date at `start` stands in the same clause as a photograph shown in the picture
    (no comma between: "with a photo of her son, 2022" may be the picture's own year)."""
    window = plain[max(0, start - 100):start]
    m = None
    for m in _SHOWN_PHOTO.finditer(window):
        pass
    if m is not None and not re.search(r"[.;!?,]", _ITS_CLAUSE.sub(" ", window[m.end():])):
        return True
    clause = re.split(r"[.;!?]\s", window)[-1]
    after = re.split(r"[.;!?]", plain[start:start + 80], maxsplit=1)[0]
    return bool(_A_PHOTO.search(clause)) and bool(_DISPLAYED.search(after))


def pair_of_days(plain: str, start: int) -> bool:
    """The day-and-month at `start` is the second of two days joined by "and"."""
    return _FIRST_OF_PAIR.search(plain, max(0, start - 12), start) is not None


# Round 28 (credits28): years and months of something else, blind parts 100-109.
# - the start of a span ("ab 1905", "vanaf 1905", "à partir de 1905", "dès 1905"): how long
#   something lasted, never the moment of a picture ("seit", "since" are dates.py's _SINCE);
_SPAN_FROM = re.compile(r"\b(?:ab|vanaf|à partir de|a partir de|dès)\s{1,2}$", re.IGNORECASE)
# - a work's year in parentheses after its maker, mid-sentence ("de stoel van Gerrit Rietveld
#   (1918) in de collectie", "a chair by Marcel Breuer (1925), now"): the design's year; at the
#   end of a caption the parenthesis may be the picture's own year and is left alone;
_MAKER = re.compile(r"\b(?:van|von|by|door|par|de|of)\s{1,2}(?:[A-ZÀ-Þ][\w'’-]{1,30}\s{1,2}){0,3}[A-ZÀ-Þ][\w'’-]{1,30}\s{0,2}\($")
# - a year inside what a commemoration or an anniversary is OF ("een herdenking van de sluiting
#   van de mijn in 1989", "the anniversary of the strike of 1984", "zum Gedenken an die
#   Flut von 1962", "l'anniversaire de la catastrophe de 1906"): the remembered event's year;
_REMEMBERED = re.compile(r"\b(?:herdenking|herdacht|commemorat\w{0,5}|gedenk\w{0,8}|jahrestag\w{0,2}|anniversary|"
                         r"anniversaire|verjaardag|jubileum|remembrance|erinnerung)\s{1,2}(?:van|von|of|de|des|du|der|an|aan|à)\b"
                         r"[^.;:!?()]{0,80}$", re.IGNORECASE)
# - a band or a group formed in a year ("the brass band, formed in 1989"): its founding's year.
_FORMED = re.compile(r"\b(?:formed|gevormd|formée?s?)\s{1,2}(?:in|en|im)?\s{0,2}$", re.IGNORECASE)
# - a month of a venue's programme after the verb that announces it ("zeigt im Juli
#   „Carmen“", "stages Aida in August", "speelt in juli", "présente en juillet"): when a show
#   will run, not when its picture was taken.
_PROGRAMME = re.compile(r"\b(?:zeigt|spielt|bringt|präsentiert|shows|stages|presents|hosts|toont|speelt|brengt|"
                        r"présente|joue|accueille|programme)\s{1,2}(?:[^\s.,;:!?]{1,20}\s{1,2}){0,3}$", re.IGNORECASE)


# - a span's start written with its end ("from 1962 until", "von 1962 bis", "van 1962 tot", "de 1962 à")
_FROM = re.compile(r"\b(?:from|von|van|de)\s{1,2}$", re.IGNORECASE)
_UNTIL = re.compile(r"\s{1,2}(?:until|till|to|bis|tot|à|jusqu)\b", re.IGNORECASE)


def other_year(plain: str, start: int, end: int) -> bool:
    """The bare year at plain[start:end] is a span's start, a work's, a remembered event's or
    a group's founding, not the picture's."""
    before = plain[max(0, start - 100):start]
    if _SPAN_FROM.search(before) or _FORMED.search(before) or _REMEMBERED.search(before):
        return True
    if _FROM.search(before) and _UNTIL.match(plain, end):
        return True     # "which she carried from 1962 until she retired": a span (fields33)
    return bool(_MAKER.search(before) and re.match(r"\)\s{0,2}(?:,|[^\W\d_]*[a-zà-ÿ])", plain[end:end + 4]))


def programme_month(plain: str, start: int) -> bool:
    """The month at `start` ("im Juli") is a venue's programme month."""
    return _PROGRAMME.search(plain, max(0, start - 60), start) is not None
