"""The layout of a caption sheet, before any caption is read: where one caption ends
(a credit alone on its line or paragraph belongs to the caption next to it), which
paragraphs are a pasted article's text, bylines, gallery titles and intros, and picture
numbers in front of a caption.

Like the rest of the parser, every pattern here is bounded, and each works on one line
or paragraph at a time.
"""

from __future__ import annotations

import re
from typing import Iterable

from .credits import Credit, credit_alone, find_credit
from .furniture import page_furniture
from .picturecount import start_counter
from .dates import WEEKDAY_RE, DateFound, find_date
from .strayposts import english_perfect, live_post
from .captionlost import short_caption_above
from .straynotes import speech_dated_by_year, without_quoted_labels
from .strayshapes import DUMMY_SUBJECT
from .text import as_plain, has_three_letters

# Lines that are never a caption: video credits and read-more links.
STRAY_START = re.compile(
    r"^\W{0,3}(?:(?:Videos?|Video's|Vidéos?)\s{0,2}(?::|by\b|door\b|von\b|de\b|par\b)|"
    r"(?:Lees ook|Lees meer|Lees verder|Bekijk ook|Read more|Read also|Also read|See also|Watch|"
    r"Lesen Sie auch|Mehr zum Thema|Lire aussi|À lire aussi|A lire aussi|"
    r"Ook interessant|Auch interessant|Kijk ook|Luister ook|Lees hier|Bekijk hier|Zum Weiterlesen|Weiterlesen|"
    r"Lire également|À lire également|A lire également|À voir aussi|A voir aussi|Voir aussi|À voir|A voir|"
    r"Read next|Don't miss|Niet te missen|Nicht verpassen|À ne pas manquer|A ne pas manquer)\b|"
    # words that are only a pointer when a colon, bar or full stop follows them: "Related: ..."
    r"(?:Related|Recommended|Aanbevolen|Empfohlen|Meer over dit onderwerp|Mehr dazu|Plus d'infos|"
    r"En savoir plus|En images|In beeld|In Bildern|In pictures|Dossier|Audio|Podcast|Livestream|Quiz|Poll|"
    r"Umfrage|Peiling|Sondage)\s{0,2}[:|.>])", re.IGNORECASE)
FINAL_PUNCT = re.compile(r"[.!?…:;][\"'”’)\]]{0,2}$")
SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")


def split_block(start: int, lines: list[str]) -> Iterable[tuple[int, str, str | None]]:
    """A block may hold several captions without blank lines between them: split
    after every line that ends in a credit, and set video/read-more lines apart. A
    line holding only a credit is its own unit, with a hint for `_attach_credits`:
    the first line of a block credits the lines below it ("next"), a later line the
    lines above it ("prev")."""
    cur, cur_start = [], start
    for k, line in enumerate(lines):
        if STRAY_START.match(line) and cur:
            yield cur_start, " ".join(cur), None
            cur = []
        if len(lines) > 1 and not STRAY_START.match(line) and credit_alone(line) is not None:
            if cur:
                yield cur_start, " ".join(cur), None
                cur = []
            yield start + k, line, "next" if k == 0 else "prev"
            continue
        if not cur:
            cur_start = start + k
        cur.append(line)
        last = k == len(lines) - 1
        if not last and (find_credit(line) is not None and len(" ".join(cur)) > 60
                         or STRAY_START.match(line)):
            yield cur_start, " ".join(cur), None
            cur = []
    if cur:
        yield cur_start, " ".join(cur), None


def _may_take_credit(par: str, same_block: bool) -> bool:
    """A paragraph that can receive the credit printed above or below it: text with no
    credit of its own, not a read-more line; from another paragraph only a sentence
    (final punctuation, or long), not a headline."""
    if STRAY_START.match(as_plain(par)) or not has_three_letters(par[:200]) or page_furniture(par):
        return False
    if len(par) < 120 and BYLINE.match(par):
        return False  # "By ADA VEEN and BO LIND" over "Associated Press": the article's byline
    if not (same_block or FINAL_PUNCT.search(par) or len(par.split()) > 12 or date_label(par)):
        return False
    return find_credit(par) is None


_LABEL = re.compile(r"^([^:\n]{3,40}?)\s{0,2}:\s{1,2}\S")


def date_label(text: str) -> bool:
    """A caption led by its date, a colon and the text: "24 februari: Russische troepen
    ...", "Samedi 9 octobre : ..." (not a title, and one caption with the credit below it)."""
    m = _LABEL.match(as_plain(text))
    if m is None:
        return False
    date = find_date(m.group(1), "en", None)  # day and month names of all four languages
    if date is None or date.month is None or date.day is None:
        return False
    rest = WEEKDAY_RE.sub(" ", m.group(1).replace(date.span.strip(), " ", 1))
    return not re.search(r"[^\W\d_]{2}", rest)


# a credit for a series of pictures, in the plural: "Foto's: Piet Vos", "Photos : Léa Morin / AFP"
_SERIES = re.compile(r"(?:Foto's|Fotos|Photos|Bilder|Pictures|Beelden)\s{0,2}:", re.IGNORECASE)


def attach_credits(units: list[tuple[int, str, str | None]], unattached: list[tuple[int, str]]):
    """(line, text, credit given by a neighbour) for every unit that is not itself a
    credit alone on its line or paragraph ("VALERY HACHE / AFP", "AFP", "Foto: Name |
    dpa"). Such a credit goes to the caption without credit next to it: below or above
    as its block says ("next"/"prev"), else as the sheet does: a credit with a taker on
    one side only votes for that side, and the majority settles the others (below when
    tied: the usual layout). A credit with no taker goes to `unattached`. A series credit
    in the plural in its own paragraph above the captions ("Foto's: Piet Vos") goes to every
    caption below it that has none, up to the first that cannot take it."""
    n = len(units)
    alone = [credit_alone(par) if len(par) <= 200 and not STRAY_START.match(par) else None for _, par, _ in units]
    # a caption whose own credit is the line below or above it in its block takes no other
    # ("Foto's: ANP" above "Gevallen bladeren ...\nFoto: Hollandse Hoogte / Dirk Kant")
    own = {j - 1 for j in range(1, n) if alone[j] is not None and units[j][2] == "prev"} | \
        {j + 1 for j in range(n - 1) if alone[j] is not None and units[j][2] == "next"}
    can = [alone[j] is None and j not in own and not live_post(units[j][1])
           and _may_take_credit(units[j][1], short_caption_above(units, alone, j)) for j in range(n)]
    above = below = 0
    for i in range(n):
        if alone[i] is not None and units[i][2] is None:
            prev_ok, next_ok = i > 0 and can[i - 1], i + 1 < n and can[i + 1]
            below += prev_ok and not next_ok
            above += next_ok and not prev_ok
    given: dict[int, Credit] = {}
    for i in range(n):
        if alone[i] is None:
            continue
        hint = units[i][2] or ("next" if above > below else "prev")
        order = (i + 1, i - 1) if hint == "next" else (i - 1, i + 1)
        if units[i][2] is not None:  # the caption in the same block, whatever it looks like
            j = order[0]
            ok = 0 <= j < n and alone[j] is None and units[j][0] != units[i][0] and _may_take_credit(units[j][1], True)
            order = (j,) if ok and j not in given else ()
        else:
            order = tuple(j for j in order if 0 <= j < n and can[j])
        target = next((j for j in order if j not in given), None)
        if target is None:
            unattached.append((units[i][0], units[i][1]))
        else:
            given[target] = alone[i]
            if target == i + 1 and units[i][2] is None and _SERIES.match(units[i][1]):
                # "Foto's: Piet Vos" above the gallery: every caption below it without a credit
                j = target + 1
                while j < n and can[j] and j not in given:
                    given[j] = alone[i]
                    j += 1
    for j, (line, par, _) in enumerate(units):
        if alone[j] is None:
            yield line, par, given.get(j)




QUOTE_OR_SPEECH = re.compile(
    r"[\"“”„«»]|\b(?:said|says|told|according to|reported|announced|zei|zegt|zeggen|aldus|volgens|meldde|"
    r"meldt|liet weten|sagte|sagt|erklärte|teilte|berichtete|meldete|laut|a déclaré|a dit|affirme|selon|"
    r"déclare|a annoncé|a indiqué|rapporte|nach angaben|d'après|insisted|insists|say they|sprak van|spreekt van)\b",
    re.IGNORECASE)
# a forecast or an expectation: the article looks ahead, a caption shows what the picture holds
_FORECAST = re.compile(
    r"\b(?:expects?|(?:is|are) (?:expected|due) to|forecasters?|verwacht(?:en)?|rekent op|rechne[tn]|"
    r"prévoit|prévoient|devrait|devraient|s'attend(?:ent)?|(?:is|are) forecast|forecast for|voorspeld|"
    r"vorhergesagt|prévue? pour)\b", re.IGNORECASE)
# a statement about the whole or the usual, not one moment: shares ("een groot deel van", "une
# grande partie"), standings ("au classement général"), habits ("every year", "jährlich"); not
# "most of the" or "d'avance", which captions of one moment use too
_GENERAL = re.compile(
    r"\b(?:een groot deel|het grootste deel|a large (?:part|share) of|the majority of|"
    r"ein (?:großer )?teil|ein großteil|der großteil|den großteil|die mehrheit|une grande partie|"
    r"la majorité|de meerderheid|classement général|algemeen klassement|gesamtwertung|overall standings|"
    r"general classification|every year|elk jaar|ieder jaar|jedes jahr|"
    r"chaque année|each year|jaarlijks|jährlich|tous les ans|"
    r"la plupart|die meisten|de meesten|most of them)\b", re.IGNORECASE)     # "La plupart viennent de loin"
# an opinion or a doubt about the story, no picture's: "Not everyone is convinced that ...",
# "Niet iedereen is overtuigd", "Nicht alle sind überzeugt", "Tout le monde n'est pas convaincu"
_OPINION = re.compile(
    r"\b(?:not everyone|niet iedereen|nicht (?:jeder|alle)|pas tout le monde|tout le monde n'est pas|"
    r"it remains to be seen|het is (?:nog )?de vraag of|es bleibt abzuwarten|reste à savoir|"
    r"(?:critics|sceptics|skeptics|critici|sceptici|kritiker|skeptiker|détracteurs|sceptiques) "
    r"(?:say|argue|fear|doubt|warn|zeggen|vrezen|betwijfelen|waarschuwen|sagen|fürchten|bezweifeln|warnen|"
    r"estiment|craignent|doutent))\b", re.IGNORECASE)
# a perfect or past tense, narrower than _NEWS_TENSE: no English nouns ("a war memorial", "a
# hat", "a summit"); the German perfect only with its participle, the French with "-é"
_PAST = re.compile(
    r"\b(?:was|were|had|has been|have been|werd|werden|waren|wurde|wurden|"
    # Dutch "heeft/hebben" only with a participle after it: "geen stroom heeft" is to have
    r"(?:heeft|hebben|had|hadden)\s(?:[\w,-]{1,20}\s){0,6}(?:\w{0,8}ge\w{2,20}(?:d|t|en)|(?:be|ver|ont|her)\w{2,20}(?:d|t|en))|"
    # the German pluperfect puts its participle last, after a longer clause (strays19)
    r"(?:hat|haben)\s(?:[\w,-]{1,20}\s){0,6}\w{0,8}ge\w{2,20}(?:t|en)|"
    r"(?:hatte|hatten)\s(?:[\w,-]{1,20}\s){0,14}\w{0,8}ge\w{2,20}(?:t|en)|(?:a|ont)\s(?:\w{1,12}\s)?\w{2,20}ée?s?|"
    # the French pluperfect: "avait (déjà) ouvert", "avaient été évacués" (strays19)
    r"(?:avait|avaient)\s(?:\w{1,12}\s)?\w{2,20}(?:ée?s?|is?|it|ue?s?|erte?s?|einte?s?))\b")
# what a place is ("Putney is a district ...", "Berlin ist mit rund 3,8 Millionen Einwohnern ...",
# "Oudenaarde telt ruim 32.000 inwoners"): an encyclopaedia's sentence, not a picture's
_PLACE_FACT = re.compile(
    r"^[A-ZÀ-Þ][\w'-]{2,30}(?:[\s-][A-ZÀ-Þ][\w'-]{2,30}){0,2}\s(?:is|ist|est)\s(?:een|ein|eine|une?|a|an|the|die|der|"
    r"das|la|le)\s(?:[\w'-]{1,20}\s){0,2}?(?:district|town|city|village|region|suburb|island|resort|port|stad|dorp|"
    r"gemeente|wijk|eiland|badplaats|haven|stadt|dorf|gemeinde|stadtteil|ortsteil|insel|hafen|ville|commune|station|"
    r"quartier|île)\b|"
    r"\b(?:\d{1,3}(?:[.,  ]\d{3}){1,3}|\d{4,9}|\d{1,3}(?:[.,]\d{1,2})?\s(?:millionen|million|miljoen|millions?))\s"
    r"(?:inwoners|einwohner\w{0,2}|habitants|inhabitants)\b", re.IGNORECASE)
# "FC Twente - Heracles 1-1, NEC - PSV 2-0": a list of results, not a picture
_SCORE = re.compile(r"(?<![\d.,/:-])\d{1,2} ?[-–] ?\d{1,2}(?!\d|[.,:/-]\d)")
# "Depuis le 13 mai", "seit dem 3. Mai", "sinds 1 juni": when a state began, not when a picture was taken
_SINCE = re.compile(r"\b(?:depuis|seit|sinds|since)\s+(?:le\s+|dem\s+|de\s+)?$", re.IGNORECASE)
# a byline or a timestamp line of a pasted article: "Door Marieke de Boer", "By Ada Veen, Reuters"
BYLINE = re.compile(r"^(?:Door|By|Von|Par|Texte|Tekst|Text)\s{1,2}[A-Z][\w'-]{1,30}(?:\s{1,2}[\w'-]{1,30}){0,4}"
                     r"(?:\s{0,2}[,|]|\s\d|$)")




# "1. ", "2) ", "(3) ", "#4 " before a caption: picture numbers, not description
NUMBERING = re.compile(r"^(?:\(?\d{1,2}[.)]|#\d{1,2}[.:]?)\s{1,3}(?=\S)")
# "Image caption, ...", "Bildunterschrift: ...": a page's label for the caption, not its text
_CAPTION_LABEL = re.compile(r"^(?:Image caption|Caption|Bildunterschrift|Bijschrift|Onderschrift|Légende)"
                            r"\s{0,2}[,:]\s{1,2}(?=\S)", re.IGNORECASE)


def strip_numbering(body: str, lang: str) -> str:
    """The caption without its picture number, counter ("1 of 8", "Bild 2 von 9:", "(3/12)":
    picturecount) or its page's caption label."""
    label = _CAPTION_LABEL.match(body)
    if label:
        return body[label.end():]
    if counted := start_counter(body):
        return body[counted:]
    m = NUMBERING.match(body)
    if not m:
        return body
    date = find_date(body[:m.end() + 14], lang, None)  # "1. Mai 2022: ..." is a date, not a number
    if date is not None and date.day == int(re.sub(r"\D", "", m.group(0))):
        return body
    return body[m.end():]




# words of gallery titles and intros: "the best photos", "in Bildern", "Liveblog |"
GALLERY = re.compile(r"\b(?:photos|pictures|images|foto's|fotos|beelden|bilder|fotoserie|fotostrecke|"
                      r"in beeld|in bildern|en images|liveblog|live ?ticker|en direct)\b", re.IGNORECASE)


_TITLE_STOP = re.compile(r"(?<!\b\d)(?<!\b\d\d)[.!?…](?=\s)")


def titled(body: str, date: DateFound) -> bool:
    """A title with a date in it ("Paris 2024, day 15: the best photos", "Liveblog |
    Het laatste nieuws van vrijdag 1 november", "Erdbeben: Die Lage am Sonntag") rather
    than a caption without a full stop."""
    if _TITLE_STOP.search(body) or date_label(body):
        return False  # a title has no full stop inside (a German "9. Juli" is no full stop)
    return (date.day is None or date.how == "relative" or "|" in body or ":" in body
            or GALLERY.search(body) is not None)


def one_sentence(body: str) -> bool:
    """One plain descriptive sentence in the present, as captions are written: "Spectators
    queue for water in the afternoon heat.", not "Le roi a décrété trois jours de deuil."."""
    return (FINAL_PUNCT.search(body) is not None and len(SENTENCE_END.findall(body)) <= 1
            and 4 <= len(body.split()) <= 40 and not QUOTE_OR_SPEECH.search(body)
            and not GALLERY.search(body) and not _NEWS_TENSE.search(body) and not DUMMY_SUBJECT.match(body))


# perfect and past auxiliaries: news text, where captions describe the picture in the present
_NEWS_TENSE = re.compile(
    r"\b(?:was|were|had|has been|have been|heeft|hebben|werd|werden|waren|hat|haben|wurde|wurden|war|"
    r"(?:has|have)\s(?:\w{1,12}\s)?\w{2,20}ed|"     # "has covered", "have already voted" (strays19)
    r"(?:a|ont)\s(?:\w{1,12}\s)?\w{2,20}(?:é|i|is|it|u)s?)\b", re.IGNORECASE)




def reads_like_article(body: str, date: DateFound | None) -> bool:
    """Text of the pasted article rather than a caption without credit: long; three
    sentences; two with reported speech, a quote, or no date of their own but a day
    name; reported speech without a date; a forecast ("expect ... to", "rechnet mit");
    a statement about the whole or the usual without a date or with a year only (`_GENERAL`); a perfect or
    past tense with no more than a day name or a year for a date ("De politie heeft
    zaterdag ... aangehouden", "wurde 1974 ... ausgetragen"); what a place is (`_PLACE_FACT`);
    an opinion or doubt ("Not everyone is convinced ...", `_OPINION`)."""
    sentences = len(SENTENCE_END.findall(body))
    speech = QUOTE_OR_SPEECH.search(without_quoted_labels(body)) is not None     # 'an "I voted" sticker' (straynotes)
    undated = date is None or date.how == "relative"  # "on Thursday": the article's way
    if date is not None and date.span.strip() and (at := body.find(date.span.strip())) >= 0:
        undated = undated or _SINCE.search(body[max(0, at - 20):at]) is not None
    return len(body) > 400 or sentences >= 3 or (sentences >= 2 and (undated or speech)) or (undated and speech) \
        or len(_SCORE.findall(body)) >= 2 or _FORECAST.search(body) is not None \
        or ((undated or date.month is None) and _GENERAL.search(body) is not None) \
        or _OPINION.search(body) is not None or speech_dated_by_year(speech, date) \
        or ((undated or date.month is None) and (_PAST.search(body) is not None or english_perfect(body))) \
        or _PLACE_FACT.search(body) is not None


def credited_sheet(credits: list[bool]) -> bool:
    """A sheet of credited captions: two or more, and from the first credited caption on,
    half or more of the paragraphs."""
    after_first = len(credits) - credits.index(True) if any(credits) else 0
    return sum(credits) >= 2 and sum(credits) >= 0.5 * after_first
