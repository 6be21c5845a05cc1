"""Page furniture pasted with captions: the lines a news page prints around its pictures
that are never a caption, whatever place or day they name (issue 9, strays). Each class
is one bounded pattern in the four languages:

- promo: points the reader elsewhere: our section, app, newsletter, podcast ("Alle
  Ergebnisse finden Sie in unserem Sportteil", "Meld je aan voor onze nieuwsbrief",
  "Retrouvez ... dans notre rubrique", "Sign up for our ...", "Uitslagen vind je in ons
  overzicht", "You'll find ... in our ...");
- consent: a cookie or consent notice standing in for embedded content;
- embed: the footer of a social-media post ("A post shared by X (@x)", "- Name (@x)
  6 april 2026", "pic.twitter.com/...");
- counter: a picture counter alone ("Photo 3 sur 12", "Bild 4 von 15", "1 sur 8", "Gallery:
  1 of 9"; picturecount; "3 / 12" has no words and is set apart as "no sentence" already);
- correction: a corrections or editor's note;
- author: an author box or a byline with roles ("Tekst: X · Foto's: Y", "Reporting by X;
  Editing by Y", "Über den Autor: ...", "Our correspondent X reports from ...");
- page: when the page was published or updated, its reading time, a share bar, its
  copyright notice, what it shows below or above ("Le reportage ... est à voir ci-dessous").

Patterns match words a caption describing a picture does not use that way: the reader
addressed ("Sie", "je", "you", "vous"), the page's own "our section/app/newsletter",
or a label at the start. Every quantifier is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .credits import find_credit
from .picturecount import counter_only
from .text import without_quotes

_I = re.IGNORECASE
_W = r"[^\W\d_][\w'-]{0,30}"  # one word

# "our/onze/unser/notre" + up to two words + a part of the publication
_OUR_PART = re.compile(
    r"\b(?:our|onze|ons|unser(?:em|en|er|es|e)?|notre|nos)\s(?:" + _W + r"\s){0,2}?" + r"(?:"
    r"[\w-]{0,20}(?:section|sectie|rubriek|katern|bijlage|ressort|teil|rubrique|supplément|overzicht|"
    r"übersicht|overview|round-?up|pagina|seite|page|pages)|"
    r"apps?|applications?|appli|newsletters?|nieuwsbrie(?:f|ven)|lettre d'information|briefing|podcasts?|"
    r"website|webseite|site(?: web)?|liveblog|live ?ticker|live blog|dossiers?|e-?paper|"
    r"mediatheek|mediathek|kanaal|kanal|chaîne|channel|account|(?:live )?coverage|direct|fil info|"
    r"fotoalbum|album|diaporama|galerie|bildergalerie|gallery|fotoserie|fotostrecke|portfolio|"
    r"standards?|principles|principes|grundsätze|richtlijnen|leitlinien|charte)\b", _I)
# the reader told what to do, at the start of a sentence
_DO = re.compile(
    r"(?:^|[.!?:]\s{1,3})(?:"
    r"sign up|sign in|log in|subscribe|download|inloggen|log je in|anmelden|einloggen|connectez-vous|"
    r"follow (?:us|our|the latest)|listen to|get (?:our|the) |share this|"
    r"meld je aan|schrijf je in|abonneer|download|volg ons|luister naar|lees (?:alles|meer|het)|deel dit|"
    r"melden sie sich|abonnieren sie|laden sie|folgen sie uns|hören sie|registrieren sie|lesen sie mehr|"
    r"verfolgen sie|artikel teilen|teilen sie|"
    r"inscrivez-vous|abonnez-vous|téléchargez|suivez-nous|suivez (?:notre|nos|le direct|en direct)|écoutez|"
    r"partager cet|partagez|retrouvez (?:tous|toutes|l'ensemble)|"
    # the reader asked to write, send or comment
    r"tell us|let us know|send us|share your|laat (?:het|ons) weten|stuur (?:ze|je|uw|ons)|mail (?:de|ons)|deel je|"
    r"schreiben sie uns|sagen sie uns|schicken sie uns|diskutieren sie|teilen sie uns|"
    r"réagissez|dites-nous|envoyez-nous|écrivez-nous|partagez vos"
    r")\b", _I)
# "finden Sie", "lesen Sie": the German polite address, capitalised, after its verb
_SIE = re.compile(r"\b(?:finden|lesen|sehen|hören|erhalten|bekommen|erfahren)\sSie\b")
# the reader told where to find, read or see more, in the other three languages' common
# wordings ("vind je", "leest u", "findest du", "you'll find", "vous trouverez", "retrouvez"), when the
# sentence also points at the page ("in ons/onze", "here", "ici", "online", "on our site")
_YOU = re.compile(
    r"\b(?:(?:vind|lees|zie|volg|bekijk|hoor|beluister)\s(?:je|jij|u)|(?:vindt|leest|ziet|volgt|bekijkt)\su|"
    r"(?:findest|liest|siehst|erfährst)\sdu|"
    r"you(?:'ll| will| can)\s(?:also\s)?(?:find|read|see|follow|watch|listen)|"
    r"vous (?:trouverez|pouvez (?:retrouver|lire|suivre|voir|consulter|écouter))|retrouvez|consultez)\b"
    r"[^.!?\n]{0,80}?\b(?:in|op|on|at|dans|sur|via|im|auf)\s(?:ons|onze|our|notre|nos|unser\w{0,3}|de app|the app|l'appli\w{0,8})\b|"
    r"\b(?:in|op|on|dans|sur)\s(?:ons|onze|our|notre|nos)\s[^.!?\n]{0,60}?\b(?:vind|lees|zie|volg|vindt|leest|ziet|volgt)"
    r"\s(?:je|jij|u)\b|\b(?:in|on)\sour\s[^.!?\n]{0,60}?\byou(?:'ll| will| can)\s(?:find|read|see)\b", _I)
_CONSENT = re.compile(
    r"\bcookies?\b.{0,120}\b(?:accept\w{0,6}|akzeptier\w{0,4}|zustimm\w{0,4}|zuzustimmen|consent\w{0,4}|toestemming|"
    r"einwillig\w{0,4}|tracking|traceurs|trackers|third.party|derde partij|drittanbieter)|"
    r"\b(?:accept\w{0,6}|akzeptier\w{0,4}|stimmen sie|consent\w{0,4}|toestemming|einwillig\w{0,4}|"
    r"accepté)\b.{0,80}\bcookies?\b|"
    r"^(?:external content|externe inhoud|externer inhalt|contenu externe)\b|"
    r"\b(?:to view this content|om deze inhoud te (?:bekijken|zien)|um diesen inhalt (?:\w{1,20}\s){0,3}anzuzeigen|"
    r"pour (?:afficher|voir) ce contenu)\b", _I)
_EMBED = re.compile(
    r"\(@\w{1,30}\)|pic\.twitter\.com/|\b(?:a post shared by|een bericht gedeeld door|"
    r"ein beitrag geteilt von|une publication partagée par|view this post on|bekijk dit bericht op|"
    r"diesen beitrag auf \w{1,12} ansehen|voir cette publication sur)\b", _I)
_CORRECTION = re.compile(
    r"^\W{0,3}(?:correction|correcties?|rectificatie|herstel|korrektur|berichtigung|richtigstellung|"
    r"rectificatif|erratum|editor's note|note de la rédaction|noot van de redactie|"
    r"anmerkung der redaktion|hinweis der redaktion|naschrift)\s{0,2}:|"
    r"^(?:this (?:article|story|caption) (?:was|has been)|cet article a été|dit (?:artikel|bericht) is|"
    r"dieser (?:artikel|beitrag|text) wurde)\b[^!?\n]{0,60}?\b(?:amended|updated|corrected|changed|modifié|mis à jour|"
    r"corrigé|aangepast|bijgewerkt|gecorrigeerd|gewijzigd|aktualisiert|korrigiert|geändert)|"
    r"\bin einer früheren fassung\b|"
    r"\b(?:an earlier version of this|een eerdere versie van d(?:it|eze)|eine frühere version dies\w{1,3}|"
    r"in einer früheren version|une (?:précédente|première) version de cet|une version précédente de cet)\b", _I)
_AUTHOR = re.compile(
    r"^(?:\W{0,3}(?:about the author|over de (?:auteur|schrijver|maker)|über (?:den autor|die autorin)|"
    r"zur person|zum autor|zur autorin|à propos de l'auteur|l'auteur|de auteur)\s{0,2}[:|-]|"
    r"(?:tekst|text|texte|words|woorden)(?:\s(?:en|und|et|and)\s(?:foto's|fotos|photos|bilder))?\s{0,2}:|"
    r"(?:additional )?(?:reporting|writing|editing) by\b|"
    # the page's photographer or reporter introduced ("AP photographer X has covered ...") (strays19)
    r"(?:(?:AP|AFP|Reuters|dpa|ANP|EPA)\s)?(?:photographer|photojournalist|fotograaf|fotografe|fotograf|fotografin|"
    r"photographe|reporter|verslaggever|reporterin|journaliste?)\s[A-ZÀ-Þ][\w'-]{1,30}\s[A-ZÀ-Þ][\w'-]{1,30}\s"
    r"(?:has|have|had|is|heeft|is|hat|ist|war|a|est|était)\b|"
    # "Our correspondent X reports from ...", "Notre envoyée spéciale à ...": the article's reporter or writer
    r"(?:our|onze|ons|unser\w{0,2}|notre|nos)\s(?:\w{1,20}\s){0,2}?(?:correspondent\w{0,2}|correspondante?s?|"
    r"verslaggever|verslaggeefster|reporter\w{0,2}|korrespondent\w{0,2}|envoyée?s? spéciale?s?|envoyés spéciaux|"
    r"journalistes?|redacteur|redakteur\w{0,2}|editor|"
    # "Unsere Autorin X berichtet ...", "Our travel writer X ...", "Onze auteur X ..." (strays41)
    r"autor(?:in|en|innen)?|auteure?s?|autrice|author|writer|schrijver|schrijfster)\b)", _I)
# "X contributed to this report" closing a wire story (strays19); apart from _AUTHOR, whose
# readings all start the paragraph, so that it is tried only behind its gate (_CLASSES)
_CONTRIBUTED = re.compile(
    r"\b(?:contributed to this (?:report|story|article)|(?:hebben|heeft) bijgedragen aan d(?:it|eze) "
    r"(?:artikel|verhaal|bericht)|(?:a|ont) contribué à cet article|(?:hat|haben) zu diese(?:m|r) (?:bericht|artikel|"
    r"meldung) beigetragen)\b", _I)
# when the page was published or updated, its reading time, a share bar, its copyright notice
_PAGE_START = re.compile(  # tried at the start of the paragraph only (re.match)
    r"\W{0,3}(?:(?:last )?updated|published|posted|(?:laatst )?bijgewerkt|gepubliceerd|geplaatst|"
    r"(?:zuletzt )?aktualisiert|veröffentlicht|stand|mis à jour|publié|modifié)\b(?:\s(?:on|op|am|le|at|om|um))?"
    r"\s{0,2}(?::|(?=[^\n]{0,25}\d))|"  # a colon or a date/time right after: "Updated flood maps ..." is a caption
    r"\W{0,3}(?:reading time|leestijd|lesezeit|temps de lecture)\b|"
    r"(?:share|delen|teilen|partager)\s{0,2}[:|]|"
    r"\W{0,3}(?:copyright|©).{0,80}\b(?:all rights reserved|alle rechten voorbehouden|alle rechte vorbehalten|"
    r"tous droits réservés)|"
    # how to use the page: enlarge a picture, play the video below, scroll
    r"\W{0,3}(?:klik|tik|click|tap|klicken sie|tippen sie|cliquez|appuyez)\b.{0,40}"
    r"\b(?:vergroten|enlarge|vergrößern|agrandir)|"
    r"\W{0,3}(?:bekijk|kijk|watch|sehen sie|schauen sie|regardez|découvrez)\b.{0,80}\b(?:video|vidéo)\b.{0,60}"
    r"\b(?:hieronder|hierboven|below|above|unten|oben|ci-dessous|ci-dessus)|"
    r"\W{0,3}(?:scroll|scrollen sie|faites défiler)\b|"
    # the reader sent to what the page shows below or above, any medium (strays19): "Kijk
    # hieronder naar de dronebeelden ...", "See below for ...", "Écoutez ci-dessous ..."
    r"\W{0,3}(?:bekijk|kijk|zie|luister|watch|see|listen|sehen sie|schauen sie|hören sie|regardez|voyez|"
    r"écoutez|découvrez)\b[^.!?\n]{0,60}\b(?:hieronder|hierboven|below|above|unten|oben|ci-dessous|ci-dessus)\b|"
    # the page about itself: "Dit liveblog wordt niet meer bijgewerkt", "This live blog is now closed"
    r"\W{0,3}(?:this|dit|deze|dieser|diese|dieses|ce|cette)\s(?:live ?blog|liveblog|live|(?:news)?ticker|"
    r"live-?ticker|direct|article|artikel|blog|page|beitrag|story)\b|"
    r"\W{0,3}(?:sehen sie|schauen sie|bekijk|kijk|watch)\s(?:hier|here|hieronder)\b.{0,40}\b(?:video|vidéo)\b|"
    # sponsorship lines (short: nothing else follows them)
    r"\W{0,3}(?:in samenwerking met|sponsored by|in partnership with|paid content|partner content|"
    r"gesponsert von|anzeige\s{0,2}:|en partenariat avec|publireportage|advertorial)(?!\w)[^.!?\n]{0,60}[.!?]?$", _I)
# reading time anywhere ("4 min read"); where the article first appeared
_PAGE_ANY = re.compile(
    r"\b\d{1,2}\s?(?:min\.? read|minuten leestijd)\b|"
    r"\b(?:first appeared|was first published|verscheen eerder|eerder verschenen|is eerder gepubliceerd|"
    r"erschien zuerst|zuerst erschienen|a d'abord été publié|a paru (?:initialement|d'abord))\b", _I)

# what the page shows below or above, told in the third person (strays44): "Le reportage vidéo
# de notre envoyé spécial est à voir ci-dessous.", "De beelden van de drone zijn hieronder te
# zien.", "Das ganze Video ist unten zu sehen.", "The full interview can be watched below.":
# a caption says what its picture shows, not where on the page something else is
_SHOWN_BELOW = re.compile(
    r"\b(?:est|sont)\s(?:à\s(?:voir|revoir|écouter|réécouter|retrouver|découvrir|lire)|disponibles?)"
    r"\b[^.!?\n]{0,30}?\bci-dess(?:ous|us)\b|"
    # "below" right after the verb and last ("divers can be seen in the water below" is where they are)
    r"\b(?:(?:can|may)\sbe\s(?:seen|watched|viewed|heard|found|read)|(?:is|are)\s(?:available|to\sbe\sseen))"
    r"\s(?:(?:here|further|just)\s)?below\s{0,2}(?:[.!:]|$)|"
    # the page's "is below to see", not "ist von oben zu sehen" (a view from above) nor "ist
    # unten links zu sehen" (where in the picture)
    r"\b(?:ist|sind|is|zijn|wordt|worden|finden\ssie|vindt\su|vind\sje|kunt\su|kun\sje)\s(?:(?:hier|weiter|gleich|"
    r"direkt|ook|nu)\s)?(?:hieronder|hierboven|unten)\s(?:te\s(?:zien|bekijken|beluisteren|"
    r"lezen|vinden)|zu\s(?:sehen|hören|finden|lesen)|abrufbar|verfügbar)\b", _I)

# a paywall's line: the rest is for subscribers
_PAYWALL = re.compile(
    r"\b(?:réservée?s?\saux\sabonnés|déjà\sabonné|abonnez-vous\spour\slire|article\sabonnés|"
    r"alleen\svoor\sabonnees|exclusief\svoor\sabonnees|al\sabonnee|lees\sverder\smet\seen\sabonnement|"
    r"nur\sfür\s(?:abonnenten|abonnentinnen)|bereits\sabonnent|jetzt\sabonnieren|mit\sabo\sweiterlesen|"
    r"(?:for|to)\ssubscribers\sonly|subscribers?[- ]only|already\sa\ssubscriber|subscribe\sto\s(?:read|continue))", _I)

# (kind, words one of which the text must hold for the patterns to be tried (a cheap gate:
# most captions hold none), patterns). A gate must hold a word every match of its patterns
# holds; the gates of "our ..." and "contributed" avoid the letter i, which re's IGNORECASE
# also matches as a dotless ı that casefold() keeps (an "i" gate would miss "İN OUR APP").
_CLASSES = (("promo", ("our", "ons", "onze", "unser", "notre", "nos", "app"), (_OUR_PART, _YOU)),
            ("promo", None, (_DO, _SIE)),
            ("consent", ("cookie", "inhoud", "content", "inhalt", "contenu"), (_CONSENT,)),
            ("embed", ("@", "shared", "gedeeld", "geteilt", "partagée", "post on", "bericht op", "ansehen",
                       "publication sur"), (_EMBED,)),
            ("correction", (":", "version", "versie", "fassung", "article", "artikel", "story", "beitrag", "bericht", "text"),
             (_CORRECTION,)),
            ("paywall", ("abo", "subscr"), (_PAYWALL,)),
            ("author", None, (_AUTHOR,)),
            ("author", ("contr", "gedragen", "getragen"), (_CONTRIBUTED,)),
            ("page", ("below", "above", "dessous", "dessus", "hieronder", "hierboven", "unten", "oben"),
             (_SHOWN_BELOW,)),
            ("page", ("min", "appeared", "published", "verscheen", "verschenen", "gepubliceerd", "erschien",
                      "erschienen", "publié", "paru"), (_PAGE_ANY,)))
_STARTS = (("page", _PAGE_START),)  # kinds told by how the paragraph starts (re.match)
_UNLESS_CREDITED = frozenset({"promo", "consent", "embed", "page", "correction", "paywall"})
_LOOK = 400  # furniture is short; a long paragraph is judged on its beginning


def page_furniture(par: str) -> str | None:
    """The kind of page furniture a paragraph is ("promo", "consent", "embed", "paywall",
    "counter", "correction", "author", "page"), or None. A paragraph that ends in a credit of
    its own is a caption whatever it says ("Stand der Bauarbeiten am 3. März ... Foto: X"),
    unless it is an author box or a counter ("Tekst: X · Foto's: Y" ends in a credit)."""
    kind = _kind(par[:_LOOK])
    if kind in _UNLESS_CREDITED and find_credit(par) is not None:
        return None
    return kind


@lru_cache(maxsize=4096)  # each paragraph is asked about up to three times while a sheet is laid out
def _kind(head: str) -> str | None:
    text = without_quotes(head).strip()  # "our town", said in a quote, is the speaker's
    low = text.casefold()
    if counter_only(text):      # "1 of 8", "Bild 3 von 14", "(2/9)" alone (picturecount)
        return "counter"
    for kind, pattern in _STARTS:
        if pattern.match(text):
            return kind
    for kind, gate, patterns in _CLASSES:
        if gate is not None and not any(w in low for w in gate):
            continue
        if any(p.search(text) for p in patterns):
            return kind
    return None
