"""Paragraphs of a pasted article that are no caption (issue 9, strays38: sheet/straykinds.py,
and the lower-case live post of sheet/strayposts.py). Our own captions and page lines, in the
shapes real pages bring; each stray sits between credited captions, as it does on a page."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_stray_between, between

_ABOVE = {
    "en": "Volunteers stack sandbags outside a bakery in Tewkesbury, England. Photo: Ben Hale/PA\n\n",
    "nl": "Vrijwilligers vullen zandzakken bij de kerk van Hattem. Foto: ANP / Sanne Smit\n\n",
    "de": "Helfer füllen Sandsäcke vor dem Rathaus in Passau. Foto: Lena Graf/dpa\n\n",
    "fr": "Des bénévoles remplissent des sacs de sable devant la mairie de Quimperlé. Photo : Yann Le Goff / AFP\n\n",
}
_BELOW = {
    "en": "\n\nA farmer leads his cows through a flooded lane near Upton-upon-Severn. Photo: Ben Hale/PA\n",
    "nl": "\n\nEen boer haalt zijn koeien van de uiterwaarden bij Zwolle. Foto: ANP / Sanne Smit\n",
    "de": "\n\nEin Landwirt treibt seine Kühe über eine überflutete Wiese bei Deggendorf. Foto: Lena Graf/dpa\n",
    "fr": "\n\nUn agriculteur guide ses vaches dans un pré inondé près de Quimper. Photo : Yann Le Goff / AFP\n",
}


def _sheet(lang: str, middle: str):
    return between(_ABOVE, _BELOW, lang, middle)


@pytest.mark.parametrize("lang,middle,reason", [
    # an author box: a person, their trade, where they live
    ("en", "Mia Holt is a freelance photographer based in Bristol.", "author box"),
    ("de", "Jonas Weber ist freier Reporter und lebt in Leipzig.", "author box"),
    ("nl", "Eva de Wit is freelance journalist en woont in Deventer.", "author box"),
    ("fr", "Claire Morel est journaliste indépendante et vit à Rennes.", "author box"),
    # a production note
    ("en", "Our reporting trip to Gloucester with the support of the Pulitzer Center.", "production note"),
    ("de", "Diese Recherche in Passau entstand mit Unterstützung der Stiftung Journalismus.", "production note"),
    ("nl", "Deze serie over Zwolle kwam tot stand dankzij een beurs van het Fonds voor Journalistiek.", "production note"),
    ("fr", "Reportage à Quimper réalisé avec le soutien de la Fondation Lagardère.", "production note"),
    # still to come: one short sentence whose verb looks ahead
    ("en", "The ruling in Gloucester is expected on Thursday afternoon.", "still to come"),
    ("de", "Die Entscheidung soll am 3. März bekanntgegeben werden.", "still to come"),
    ("nl", "De uitspraak in Zwolle zal op 4 juni worden gedaan.", "still to come"),
    ("fr", "Le jugement sera rendu à Quimper le 12 mars.", "still to come"),
    # a contact for the reader
    ("en", "Information can be passed to Gloucester police on 0800 555 111.", "reader contact"),
    ("nl", "Tips over de brand in Zwolle zijn welkom via 0800-7000.", "reader contact"),
    ("de", "Hinweise zum Brand in Passau bitte unter 0851 9511 0.", "reader contact"),
    # a section label before its colon
    ("nl", "Weersverwachting: morgen droog in Zwolle, in het oosten nog buien.", "section label"),
    ("fr", "Météo : le vent faiblit dans la nuit sur le Finistère.", "section label"),
    ("en", "Background: the Severn has burst its banks at Gloucester four times since 2000.", "section label"),
    # a section of figures: label or title
    ("de", "Der Hochwasserschutz in Passau in Zahlen", "fact box"),
    ("fr", "Les inondations à Quimper en chiffres\nSource : Vigicrues", "fact box"),
    ("en", "By the numbers: 2,300 homes flooded in Gloucester and 40 roads closed. Source: Environment Agency", "fact box"),
    # a French live post whose text opens in lower case after the colon
    ("fr", "11h20 : la préfecture ouvre un centre d'accueil au gymnase municipal.", "live post"),
])
def test_article_paragraph_is_stray(lang, middle, reason):
    assert_stray_between(_sheet(lang, middle), middle, reason)


@pytest.mark.parametrize("lang,middle", [
    # a credited caption is a caption whatever it says
    ("en", "Mia Holt is a photographer at work on the flooded quay in Gloucester. Photo: Ben Hale/PA"),
    ("fr", "Le verdict est attendu devant le palais de justice de Rennes. Photo : Yann Le Goff / AFP"),
    ("de", "Zahlen zum Pegel: Ein Helfer liest die Messlatte an der Donau in Passau ab. Foto: Lena Graf/dpa"),
    # a scene in the present, uncredited among credited captions: still a caption
    ("nl", "Bewoners van Kampen kijken vanaf de dijk naar het hoge water."),
    ("en", "Residents of Tewkesbury watch the water rise from the abbey steps."),
    # the weather as the picture's subject, not a section label
    ("de", "Das Wetter bleibt stürmisch: Spaziergänger am Deich bei Husum. Foto: Lena Graf/dpa"),
    # a number in a caption is not a reader's contact
    ("nl", "Informatiebord met nummer 112 bij de dijk van Hattem. Foto: ANP / Sanne Smit"),
    # a title with a photographer's credit is a picture's, not a section of figures
    ("fr", "Le barrage en chiffres. Photo : Yann Le Goff / AFP"),
])
def test_caption_stays(lang, middle):
    res = _sheet(lang, middle)
    assert len(res.captions) == 3, [(s.reason, s.text) for s in res.stray]
