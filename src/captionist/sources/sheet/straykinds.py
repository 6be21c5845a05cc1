"""Kinds of a pasted article's paragraphs that read like an uncredited caption (issue 9,
strays; strays38). A caption describes one picture: a scene in the present, where and when,
and (in a sheet of credited captions) its credit. The paragraphs below name places, days and
people too, but what they say cannot be seen in a picture; each kind is a table of words per
language (`_TABLES`), compiled once, and applies only to a paragraph without a credit of its
own or from a neighbour (a credited paragraph is a picture's caption whatever it says), in a
sheet whose captions carry credits (parser._set_article_text_apart asks):

- an author box: a person and their trade, where they live ("Ada Veen is freelance
  journalist en woont in Utrecht", "Tom Berg ist freier Fotograf und lebt in Köln");
- a production note: who made the report possible ("Deze serie kwam tot stand met steun
  van ...", "This report was supported by ...", "Reportage réalisé avec le soutien de ...",
  "Our ... reporting is funded in part by ...");
- what is still to come: a short sentence whose only verb looks ahead ("Die Entscheidung
  soll im Mai fallen.", "The ruling is expected on Monday.", "Le jugement est attendu
  vendredi."), the next session of a trial or a draw ("Het proces gaat maandag verder met
  ...", "Le tirage aura lieu lundi."), a body's stated plan ("Die Gesellschaft will am
  Nachmittag einen Zeitplan vorstellen."), or, at any length, years or months ahead ("... in
  den kommenden Jahren ...", "over the next few years", "dans les prochaines années"): a picture
  shows what happened, not what will;
- a contact for the reader: tips or information passed on through a number or an address
  ("Hinweise nimmt die Polizei unter 0800 1234 entgegen", "Tips via 0800-1234"), or a number
  the reader is told to dial, or a help line's label ("Composez le 112.", "Bel 112 bij nood.",
  "Notruf: 112", strays46);
- the story's figures: a rate or a price, with no day of its own and no sign, board or verb
  that shows it in the picture ("Die Wahlbeteiligung lag bei 71,2 Prozent.", "Le forfait coûte
  désormais 62 euros.", strays46);
- a page section's label before its colon: weather, background ("Weerbericht: ...",
  "Hintergrund: ...", "Météo : ...", "Background: ...", "Reistip: ...", "Anreise: ...").

And, whatever the credit if it only sources the data (`figures_title`): a section of figures,
its title ("Le chômage en chiffres", "Der Haushalt in Zahlen") or its label before a colon
("Zahlen zum Haushalt: ...", "By the numbers: ..."); its "Source :" / "Quelle:" line credits
the figures, not a picture.
"""

from __future__ import annotations

import re

from .straynotice import data_source

_I = re.IGNORECASE

# per kind, per language: the words that mark it (regex fragments, lower case)
_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    # a trade an author box gives its writer or photographer
    "trade": {
        "en": ("journalist", "reporter", "correspondent", "photographer", "photojournalist", "writer", "author",
               "editor", "filmmaker"),
        "de": ("journalist(?:in)?", "reporter(?:in)?", "korrespondent(?:in)?", "fotograf(?:in)?", "autor(?:in)?",
               "redakteur(?:in)?", "fotojournalist(?:in)?", "filmemacher(?:in)?"),
        "nl": ("journalist[e]?", "verslaggever", "correspondent(?:e)?", "fotograaf", "fotojournalist(?:e)?",
               "schrijver", "schrijfster", "auteur", "redacteur", "redactrice", "documentairemaker"),
        "fr": ("journaliste", "reporter", "correspondante?", "photographe", "photojournaliste", "écrivaine?",
               "auteure?", "autrice", "rédact(?:eur|rice)", "réalisat(?:eur|rice)"),
    },
    # the verb that gives the person their trade: "is", "ist", "est", "werkt als"
    "is": {
        "en": ("is a", "is an", "is", "works as an?"),
        "de": ("ist", "arbeitet als"),
        "nl": ("is", "werkt als"),
        "fr": ("est", "travaille comme"),
    },
    # what a production note says of the report
    "support": {
        "en": (r"(?:was|were|is|are) (?:supported|funded|made possible|produced with (?:the )?support)",
               r"(?:is|are) (?:supported|funded) in part", r"with (?:the )?support of",
               r"with a grant from"),
        "de": (r"entstand(?:en)? (?:mit|dank)", r"mit (?:der )?unterstützung (?:des|der|von)", r"(?:wurde|wurden|wird|werden) (?:\w+ )?(?:von|durch) .{0,60}(?:gefördert|finanziert)",
               r"gefördert (?:von|durch)"),
        "nl": (r"kwam(?:en)? tot stand (?:met|dankzij)", r"met (?:financiële )?steun van", r"mede mogelijk gemaakt (?:door|met)", r"(?:wordt|worden) (?:deels |mede )?gefinancierd door"),
        "fr": (r"réalisée?s? (?:avec|grâce)", r"avec le soutien (?:du|de la|de l'|des|de)", r"grâce au soutien", r"(?:est|sont) financée?s? (?:en partie )?par"),
    },
    # what a production note is about
    "report": {
        "en": ("report", "reporting", "story", "series", "article", "project", "trip"),
        "de": ("reportage", "recherche", "beitrag", "serie", "artikel", "reise", "text"),
        "nl": ("reportage", "serie", "artikel", "verhaal", "productie", "reis", "onderzoek"),
        "fr": ("reportage", "enquête", "série", "article", "voyage", "projet"),
    },
    # a verb that looks ahead, closing a short sentence
    "ahead": {
        # strays43: an event's next session or draw ("The hearing resumes on Monday.", "Der Prozess
        # geht am Dienstag weiter.", "Het proces gaat maandag verder met ...", "Le tirage aura lieu
        # lundi.") and a firm's or body's stated plan ("Die Gesellschaft will am Nachmittag einen
        # Zeitplan vorstellen.", "De gemeente wil volgende week een plan presenteren.")
        "en": (r"(?:is|are) expected", r"(?:is|are) due", r"will be (?:announced|handed down|delivered|read|published|given)",
               r"(?:will follow|follows) (?:on|in|later)", r"(?:resumes|continues|will (?:resume|continue)) (?:on|next|after|later)",
               r"(?:will|plans to) (?:present|unveil|announce|publish) (?:its|their|a|an|the)"),
        "de": (r"(?:soll|sollen) .{0,40}(?:werden|fallen|beginnen|enden)", r"(?:wird|werden) .{0,40}erwartet",
               r"(?:folgt|fällt) (?:am|im|erst|später)", r"(?:geht|gehen|wird|werden) (?:am|im|erst|nach|in) .{0,60}(?:weiter|fortgesetzt)",
               r"(?:will|wollen) .{0,60}(?:vorstellen|vorlegen|bekanntgeben|bekannt geben|präsentieren|entscheiden)"),
        "nl": (r"(?:wordt|worden) .{0,40}verwacht", r"(?:zal|zullen) .{0,40}(?:worden|volgen)",
               r"(?:volgt|valt) (?:op|in|pas|later)", r"(?:gaat|gaan) .{0,30}verder met", r"(?:wordt|worden) .{0,40}hervat",
               r"(?:wil|willen) .{0,60}(?:presenteren|voorleggen|bekendmaken|bekend maken|beslissen)"),
        "fr": (r"(?:est|sont) attendue?s?", r"(?:sera|seront) (?:rendue?s?|annoncée?s?|prononcée?s?|connue?s?)",
               r"(?:tombera|interviendra) (?:le|en|dans|début|fin)", r"(?:aura|auront) lieu",
               r"(?:reprendra|reprendront|se poursuivra|se poursuivront) (?:le|la|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain|en|dans|début|fin|après)",
               r"(?:veut|veulent|doit|doivent) .{0,60}(?:présenter|dévoiler|annoncer)"),
    },
    # a span of years or months still ahead (strays44): "The council plans to rebuild the pier
    # over the next few years", "Der Konzern will in den kommenden Jahren ... erschließen", "De
    # gemeente gaat de komende jaren ... vervangen", "La région va investir dans les prochaines
    # années ...": no picture is taken in years to come, whatever the sentence's length
    "years ahead": {
        "en": (r"in (?:the )?(?:coming|next (?:few )?)(?:years|months|decades)", r"over the (?:next|coming) (?:few )?(?:years|months|decades)",
               r"in the (?:years|months|decades) (?:ahead|to come)"),
        "de": (r"in den (?:kommenden|nächsten) (?:jahren|monaten|jahrzehnten)", r"in (?:den )?(?:kommenden|nächsten) (?:jahren|jahrzehnten)"),
        "nl": (r"(?:in )?de (?:komende|volgende|eerstkomende) (?:jaren|maanden|decennia)", r"in de jaren die komen"),
        "fr": (r"(?:dans|au cours) (?:les|des) (?:prochaines (?:années|décennies)|prochains mois|années à venir|mois à venir|décennies à venir)",),
    },
    # what a reader passes on
    "tips": {
        "en": ("tips?", "information", "anyone with information"),
        "de": ("hinweise?", "informationen"),
        "nl": ("tips?", "informatie"),
        "fr": ("renseignements?", "informations?", "témoignages?"),
    },
    # the reader told to dial a number, however short (strays46): "Composez le 112.", "Call 999
    # in an emergency.", "Bel 112 bij ...", "Wählen Sie die 112.", "Rufen Sie ... 144 an."
    "dial": {
        "en": ("call", "dial", "ring", "phone", "text"),
        "de": (r"wählen sie", r"rufen sie", r"wähle", "ruf"),
        "nl": ("bel", "bellen", "sms"),
        "fr": ("composez", "appelez", "faites le", "téléphonez au"),
    },
    # an emergency or help number's label before its colon: "Numéro d'urgence en montagne : ...",
    # "Emergency number: ...", "Notruf: ...", "Alarmnummer: ..."
    "hotline": {
        "en": ("emergency numbers?", "emergency line", "helpline", "hotline", "mountain rescue"),
        "de": ("notruf(?:nummer)?n?", "notrufnummer", "bergrettung", "hotline", "bürgertelefon", "notfallnummer"),
        "nl": ("alarmnummer", "noodnummer", "hulplijn", "meldlijn", "infolijn"),
        "fr": ("numéros? d'urgence", "numéro vert", "secours en montagne", "cellule d'écoute"),
    },
    # a rate or a price after its figure (strays46): "lag die Wahlbeteiligung bei 69,8 Prozent",
    # "kostet um die 80 Euro", "turnout rose to 64 per cent", "le forfait coûte 62 euros"
    "measure": {
        "en": ("%", "per ?cent", "percentage points?", "euros?", "pounds", "dollars", "francs"),
        "de": ("%", "prozent", "prozentpunkte", "euro", "franken", "dollar"),
        "nl": ("%", "procent", "procentpunt(?:en)?", "euro", "dollar"),
        "fr": ("%", "pour ?cent", "points?", "euros?", "francs", "dollars"),
    },
    # a figure shown in the picture: a sign, a board, a poster ("Ein Schild wirbt mit 50 Prozent
    # Rabatt", "A board shows the price of 80 euros")
    "shown": {
        "en": ("shows?", "showing", "reads?", "reading", "displays?", "advertis\\w+", "signs?", "boards?", "posters?"),
        "de": ("zeigt", "zeigen", "steht", "stehen", "wirbt", "werben", "schild\\w*", "tafel\\w*", "plakat\\w*", "anzeige\\w*"),
        "nl": ("toont", "tonen", "staat", "staan", "bord\\w*", "affiche\\w*", "scherm\\w*"),
        "fr": ("montre\\w*", "affiche\\w*", "indique\\w*", "panneaux?", "pancartes?", "écran\\w*"),
    },
    # a page's section labels before a colon
    "section": {
        "en": ("weather", "weather forecast", "forecast", "background", "context", "explainer", "factbox", "fact box",
               "practical information", "practical info", "if you go", "travel tips?", "getting there"),
        "de": ("wetter", "wetterbericht", "wettervorhersage", "hintergrund", "zum hintergrund", "kontext", "erklärt",
               "praktische informationen", "praktische infos?", "service-infos?", "reisetipps?", "anreise"),
        "nl": ("weerbericht", "weersverwachting", "het weer", "achtergrond", "context", "uitleg",
               "praktische informatie", "praktische info", "praktisch", "reistips?", "erheen"),
        "fr": ("météo", "prévisions météo", "contexte", "décryptage", "repères", "explication",
               "infos? pratiques?", "informations pratiques", "y aller", "conseils? (?:de )?voyage", "s'y rendre"),
    },
    # a section of figures: its title's ending, or its label
    "figures": {
        "en": ("in numbers", "by the numbers", "in figures", r"facts (?:and|&) figures", "the numbers", "key figures"),
        "de": ("in zahlen", r"zahlen (?:zu[mr]?|über)", r"zahlen (?:und|&) fakten", r"fakten (?:und|&) zahlen", "die zahlen",
               "fakten"),
        "nl": ("in cijfers", r"cijfers (?:over|van)", r"feiten (?:en|&) cijfers", r"cijfers (?:en|&) feiten", "de cijfers",
               "kerncijfers"),
        "fr": ("en chiffres", r"les chiffres (?:du|de la|des|de)", "chiffres clés", "les chiffres", "repères chiffrés",
               r"faits (?:et|&) chiffres"),
    },
}


def _alt(kind: str) -> str:
    return "|".join(w for words in _TABLES[kind].values() for w in words)


_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s(?:van|de|der|den|von|le|la|du|ter|ten|'t)){0,2}\s[A-ZÀ-ÖØ-Þ][\w'’-]+"
# "Ada Veen is freelance journalist", "Tom Berg ist freier Fotograf", "Léa Roux est journaliste indépendante"
_AUTHOR = re.compile(rf"^\W{{0,2}}{_NAME}\s(?i:{_alt('is')})\s(?:[\w'’-]+\s){{0,3}}?(?i:{_alt('trade')})\b")
# a labelled figure with its data's source: "Erntemenge 2025: 7,9 Millionen Hektoliter", "Turnout: 64 per cent"
_FIGURE_LINE = re.compile(r"^\W{0,2}[A-ZÀ-ÖØ-Þ][^\s:.!?]*(?:\s[^\s:.!?]+){0,3}\s{0,2}:\s(?:\w+\s)?[\d.,]*\d")
# "This report was supported by ...", "Diese Reportage entstand mit Unterstützung ..."
_SUPPORT = re.compile(rf"\b(?:{_alt('report')})\w*\b[^.!?\n]{{0,60}}?\b(?:{_alt('support')})\b", _I)
_AHEAD = re.compile(rf"\b(?:{_alt('ahead')})\b", _I)
# a number a reader calls: six or more digits, in groups ("0800 1234", "0900-8844", "+31 20 123 4567")
_PHONE = re.compile(r"(?<![\d.,])\+?\d[\d\s/-]{4,16}\d(?![\d.,]\d)")
_YEARS_AHEAD = re.compile(rf"\b(?:{_alt('years ahead')})\b", _I)
_TIPS = re.compile(rf"^\W{{0,2}}(?:{_alt('tips')})\b", _I)
# "Composez le 112.", "Call 999 ...", "Bel 112", "Wählen Sie die 112": a verb to the reader, at a
# sentence's or clause's start, then at most three words before the number (not "called 30 times",
# "Bel Air")
_DIAL = re.compile(rf"(?:^|[.!:,]\s{{1,3}})\W{{0,2}}(?:{_alt('dial')})\s(?:[\w'-]{{1,12}}\s){{0,3}}?"
                   r"\+?\d{2,4}(?:[\s/-]?\d{2,4}){0,4}\b", _I)
_HOTLINE = re.compile(rf"^\W{{0,2}}(?:{_alt('hotline')})\b[^:\n]{{0,40}}?\s{{0,2}}:\s[^\n]{{0,60}}?\d{{2,}}", _I)
_MEASURE = re.compile(rf"(?<![\w.,])\d{{1,3}}(?:[.,]\d{{1,3}})?\s?(?:{_alt('measure')})(?!\w)", _I)
_SHOWN = re.compile(rf"\b(?:{_alt('shown')})\b", _I)
_SECTION = re.compile(rf"^\W{{0,2}}(?:{_alt('section')})\s{{0,2}}:\s", _I)
_FIGURES_LABEL = re.compile(rf"^\W{{0,2}}(?:{_alt('figures')})\b[^:\n]{{0,50}}?\s{{0,2}}:\s", _I)
_FIGURES_TITLE = re.compile(rf"\b(?:{_alt('figures')})\W{{0,2}}$", _I)
_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?:\s|$)")   # not "am 8. Dezember"


def article_kind(body: str, date=None) -> str | None:
    """Why an uncredited paragraph of a credited sheet is the article's (see the module
    docstring), or None. `date`: the date the paragraph carries, if any."""
    words = len(body.split())
    if words <= 30 and _AUTHOR.match(body):
        return "author box"
    if words <= 40 and _SUPPORT.search(body):
        return "production note"
    # one short sentence whose verb looks ahead ("The ruling is expected on Monday."); up to
    # 16 words for the next session's programme ("... gaat maandag verder met de verhoren van ...")
    if words <= 16 and len(_SENTENCE_END.findall(body)) <= 1 and _AHEAD.search(body):
        return "still to come"
    # years or months ahead, in a paragraph of two sentences at most and no date of its own ("...,
    # die in den kommenden Jahren abgerissen werden soll, am Dienstag." dates its picture)
    if date is None and words <= 45 and len(_SENTENCE_END.findall(body)) <= 2 and _years_ahead(body):
        return "still to come"
    if words <= 30 and _TIPS.match(body) and _digits(body):
        return "reader contact"
    if words <= 30 and (_DIAL.search(body) or _HOTLINE.match(body)):
        return "reader contact"     # a number the reader calls, however short
    # a rate or a price with no day of its own: the story's figures; a picture shows no turnout
    if date is None and words <= 45 and len(_SENTENCE_END.findall(body)) <= 2 and _MEASURE.search(body) \
            and not _SHOWN.search(body):
        return "figures"
    if _SECTION.match(body):
        return "section label"
    return None


# a relative clause opening after a comma: "Ein Bagger reißt das Stellwerk ab, das in den kommenden
# Jahren ersetzt wird" describes a picture and says what will become of its subject
_RELATIVE = re.compile(r",\s(?:das|die|der|dem|den|deren|dessen|which|that|who|where|dat|die|waar|wat|qui|que|qu'|dont|où|lequel|laquelle)\b", _I)


def _years_ahead(body: str) -> bool:
    m = _YEARS_AHEAD.search(body)
    if m is None:
        return False
    clause = body[:m.start()]
    comma = clause.rfind(",")
    return comma < 0 or _RELATIVE.match(clause, comma) is None


def _digits(body: str) -> bool:
    return any(sum(c.isdigit() for c in m.group()) >= 6 for m in _PHONE.finditer(body))


def figures_title(par: str, body: str, credit, given: bool) -> str | None:
    """"fact box" for a section of figures: its title ("... en chiffres", no final
    punctuation, ten words at most) or its label before a colon ("Zahlen zum ...: ..."),
    without a credit, with one printed on its own line (the data's "Source :") or one
    introduced as a data source; else None."""
    if credit is not None and not given and not data_source(par, credit.start):
        return None
    body = body.strip()
    if credit is not None and not given and _FIGURE_LINE.match(body) and len(body.split()) <= 14:
        return "fact box"   # "Label 2025: 8,1 Millionen ... Quelle: ..." (a data source, asked above)
    if _FIGURES_LABEL.match(body) or (len(body.split()) <= 10 and not _SENTENCE_END.search(body)
                                      and _FIGURES_TITLE.search(body) is not None):
        return "fact box"
    return None
