"""Classes of misses from the 61-65 part, on captions of our own (issue 9, round fields14):
promos addressing the reader in the second person in all four languages; a pasted
article's general statements and opinions among credited captions; a plain uncredited
caption whose verb "heeft" means "to have" (not a perfect tense); national parks, museums
and their compounds as organisations; credits whose agency name starts with an article;
sports clubs and institutions as credits. None of this wording is in the corpus.

Every paragraph under test sits between credited captions, where the parser is most
willing to take a paragraph for a caption and most ready to set one apart as article text."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.credits import find_credit
from captionist.sources.sheet.furniture import page_furniture

CAPTIONS = {
    "nl": ["Schaatsers rijden een rondje op de Weissensee in Oostenrijk, zaterdag 24 januari. Foto: ANP / Kees Aarts",
           "Supporters zwaaien met vlaggen langs de baan in Heerenveen, zaterdag 24 januari. Foto: ANP / Kees Aarts",
           "De winnares krijgt bloemen op het podium in Heerenveen, zaterdag 24 januari. Foto: ANP / Kees Aarts"],
    "en": ["Walkers cross the Menai Bridge near Bangor, Wales, January 24, 2026. REUTERS/Owen Price",
           "A ferry leaves Holyhead harbour, Wales, January 24, 2026. REUTERS/Owen Price",
           "Climbers rest on the summit of Snowdon, Wales, January 25, 2026. REUTERS/Owen Price"],
    "de": ["Rodler fahren durch den Eiskanal in Oberhof, Samstag, 24. Januar 2026. Foto: Jana Brück/dpa",
           "Zuschauer feuern die Athleten in Oberhof an, 24. Januar 2026. Foto: Jana Brück/dpa",
           "Der Sieger jubelt im Ziel in Oberhof, 25. Januar 2026. Foto: Jana Brück/dpa"],
    "fr": ["Des fondeurs s'élancent au départ à Prémanon, le 24 janvier 2026. Photo : Hugo Blanc / AFP",
           "Des spectateurs encouragent les coureurs aux Rousses, le 24 janvier 2026. Photo : Hugo Blanc / AFP",
           "Le vainqueur franchit la ligne aux Rousses, le 25 janvier 2026. Photo : Hugo Blanc / AFP"],
}
REF = dt.date(2026, 1, 30)


def _sheet(lang: str, pasted: str):
    caps = CAPTIONS[lang]
    text = "\n\n".join([caps[0], caps[1], pasted, caps[2]]) + "\n"
    return parse_sheet(text, lang=lang, ref_date=REF)


# --- 1. promos: the reader pointed at another part of the page, in the second person ---

PROMOS = [
    ("nl", "De volledige uitslagen lees je in ons schaatsoverzicht."),
    ("nl", "Alle tijden en klassementen vindt u op onze website."),
    ("nl", "In onze app zie je alle wedstrijden terug."),
    ("en", "You'll find every result and standing in our winter sports roundup."),
    ("en", "Full times are on our results page."),
    ("de", "Alle Zeiten und Platzierungen finden Sie in unserer Übersicht."),
    ("de", "Jedes Tor des Wochenendes siehst du in unserem Liveticker."),
    ("fr", "Vous trouverez tous les classements dans notre rubrique sports d'hiver."),
    ("fr", "Retrouvez l'ensemble des résultats sur notre site."),
]


@pytest.mark.parametrize("lang,text", PROMOS)
def test_second_person_promo_is_furniture_not_caption(lang, text):
    assert page_furniture(text) == "promo"
    result = _sheet(lang, text)
    assert len(result.captions) == 3
    assert any(s.text == text and s.reason == "promo" for s in result.stray)


@pytest.mark.parametrize("text", [
    "Hier zie je schaatsers op de Weissensee in Oostenrijk, zaterdag 24 januari.",
    "Supporters in onze hoofdstad Amsterdam vieren de titel op het Museumplein.",
    "Fans in our town of Bangor wave flags on the pier.",
    "Hier siehst du den zugefrorenen Hafen von Kiel am Samstagmorgen.",
])
def test_a_caption_with_you_or_our_is_no_promo(text):
    assert page_furniture(text) is None


# --- 2. general statements and opinions of a pasted article, between credited captions ---

ARTICLE = [
    ("en", "The bridge became a listed monument in 1968, and the number of walkers crossing it has "
           "grown every year since. Not everyone is convinced the town can cope with the crowds."),
    ("nl", "De Weissensee is sinds 1989 het toneel van de Alternatieve Elfstedentocht. Niet iedereen is "
           "overtuigd dat het ijs dit jaar dik genoeg blijft."),
    ("de", "Oberhof ist seit 1931 Austragungsort von Rennen. Kritiker fürchten, dass der Schnee bald fehlt."),
    ("fr", "La station accueille des courses depuis 1950, chaque année un peu plus de visiteurs. Pas tout le "
           "monde n'est convaincu que la neige suffira."),
]


@pytest.mark.parametrize("lang,text", ARTICLE)
def test_general_statement_or_opinion_is_article_text(lang, text):
    result = _sheet(lang, text)
    assert [c.record["description"] for c in result.captions] != [] and len(result.captions) == 3
    assert any(s.text == text for s in result.stray)


def test_every_year_with_a_year_only_is_article_text():
    text = "Heerenveen hosted its first championship in 1967 and draws more visitors every year."
    result = _sheet("en", text)
    assert len(result.captions) == 3 and any(s.text == text for s in result.stray)


# --- 3. "heeft" as "to have" is not a perfect tense: the uncredited caption stays ---

@pytest.mark.parametrize("text", [
    "Kinderen van basisschool De Klimop in Heerenveen lopen naar huis nu de school geen verwarming heeft.",
    "Een boer in Joure voert zijn koeien met de hand omdat de stal geen stroom heeft.",
])
def test_heeft_as_to_have_keeps_the_caption(text):
    result = _sheet("nl", text)
    assert len(result.captions) == 4
    assert not any(s.text == text for s in result.stray)


def test_heeft_with_a_participle_is_still_article_text():
    text = "De politie heeft zaterdag in Heerenveen twee supporters aangehouden na een vechtpartij."
    result = _sheet("nl", text)
    assert len(result.captions) == 3 and any(s.text == text for s in result.stray)


# --- 4. parks and museums are organisations: credit, no creator ---

@pytest.mark.parametrize("par,line", [
    ("A bison grazes in the Lamar Valley. Photo: Yellowstone National Park", "Yellowstone National Park"),
    ("Ein Luchs im Schnee. Foto: Nationalpark Bayerischer Wald", "Nationalpark Bayerischer Wald"),
    ("Alte Webstühle in der Halle. Foto: Textilmuseum Bocholt", "Textilmuseum Bocholt"),
    ("Een oude tram in de remise. Foto: Spoorwegmuseum", "Spoorwegmuseum"),
    ("Un ours dans l'enclos. Photo : Parc national des Pyrénées", "Parc national des Pyrénées"),
])
def test_park_and_museum_credits_have_no_creator(par, line):
    credit = find_credit(par)
    assert credit is not None and credit.line == line
    assert credit.creators == []


# --- 5. credits: an agency name with its article, clubs, institutions ---

def test_agency_in_capitals_keeps_its_article():
    credit = find_credit("Des canots sur le lac Memphrémagog, à Magog, le 3 juin. LA PRESSE CANADIENNE/Jean Roy")
    assert credit is not None and credit.line == "LA PRESSE CANADIENNE/Jean Roy"
    assert credit.creators == ["Jean Roy"]
    credit = find_credit("Traffic on the Gardiner Expressway in Toronto, June 3. THE CANADIAN PRESS/Nathan Denette")
    assert credit is not None and credit.line == "THE CANADIAN PRESS/Nathan Denette"


@pytest.mark.parametrize("par,line", [
    ("Der Torwart pariert im Spiel gegen Hof. Foto: TSV 1860 München", "TSV 1860 München"),
    ("Die Kapitänin jubelt nach dem Abpfiff. Foto: VfL Wolfsburg", "VfL Wolfsburg"),
    ("De spits viert zijn doelpunt in Enschede. Foto: FC Twente", "FC Twente"),
    ("Les joueurs saluent leurs supporters à Nice. Photo : OGC Nice", "OGC Nice"),
])
def test_club_credit_is_an_organisation(par, line):
    credit = find_credit(par)
    assert credit is not None and credit.line == line
    assert credit.creators == []


@pytest.mark.parametrize("par,line", [
    ("The harbour at Aberystwyth, around 1910. Photograph: National Library of Scotland",
     "National Library of Scotland"),
    ("Het stadhuis in 1935. Foto: Koninklijke Bibliotheek", "Koninklijke Bibliotheek"),
    ("Der Marktplatz um 1900. Foto: Bayerische Staatsbibliothek", "Bayerische Staatsbibliothek"),
])
def test_institution_credit_has_no_creator(par, line):
    credit = find_credit(par)
    assert credit is not None and credit.line == line
    assert credit.creators == []


def test_a_person_is_still_a_creator():
    credit = find_credit("Der Torwart pariert im Spiel gegen Hof. Foto: Anna Park")
    assert credit is not None and credit.creators == ["Anna Park"]
