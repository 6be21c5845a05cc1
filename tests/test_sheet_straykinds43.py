"""Still more paragraphs of a pasted article that are no caption (issue 9, strays43: the next
session of a trial or a contest, a firm's or body's stated plan, a report funded by donors, a
travel-tip label, opening days in words). Our own captions and page lines, in the shapes real pages bring; each
stray sits between credited captions, as it does on a page; each negative is a credited
caption of the same shape, or an uncredited scene in the present."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_stray_between, between

_ABOVE = {
    "en": "Lawyers arrive at the crown court in Chelmsford, Essex. Photo: Tom Reeve/PA\n\n",
    "nl": "Advocaten komen aan bij het gerechtsgebouw in Brugge. Foto Belga / Lies Claes\n\n",
    "de": "Lastwagen warten am Fährhafen in Rostock auf die Überfahrt. Foto: Ole Brandt/dpa\n\n",
    "fr": "Les joueurs de l'US Granville célèbrent leur victoire au stade Louis-Dior. Photo : Hugo Lemaire / AFP\n\n",
}
_BELOW = {
    "en": "\n\nA police van leaves the court building in Chelmsford. Photo: Tom Reeve/PA\n",
    "nl": "\n\nEen gevangenenwagen verlaat het justitiepaleis van Brugge. Foto Belga / Lies Claes\n",
    "de": "\n\nEin Bagger hebt Erde am Tunnelportal bei Puttgarden aus. Foto: Ole Brandt/dpa\n",
    "fr": "\n\nLe gardien de Saint-Lô plonge sur un tir au stade Louis-Villemer. Photo : Hugo Lemaire / AFP\n",
}


def _sheet(lang: str, middle: str):
    return between(_ABOVE, _BELOW, lang, middle)


@pytest.mark.parametrize("lang,middle,reason", [
    # the next session or draw of a trial or contest
    ("en", "The hearing in Chelmsford resumes on Monday with the defence's closing speech.", "still to come"),
    ("de", "Der Prozess in Rostock geht am Dienstag mit der Befragung der Gutachter weiter.", "still to come"),
    ("nl", "Het assisenproces in Brugge gaat donderdag verder met de getuigen van de verdediging.", "still to come"),
    ("fr", "Le tirage des huitièmes de finale aura lieu mercredi soir à Caen.", "still to come"),
    ("fr", "L'audience reprendra lundi à Rennes avec les plaidoiries.", "still to come"),
    # a firm's or body's stated plan
    ("de", "Die Reederei will am Freitag in Rostock einen neuen Fahrplan vorstellen.", "still to come"),
    ("nl", "Het stadsbestuur van Brugge wil volgende maand een nieuw verkeersplan presenteren.", "still to come"),
    ("en", "The port authority plans to unveil its expansion plans for Harwich next week.", "still to come"),
    # a report funded by donors
    ("en", "Our climate reporting is funded in part by a charitable foundation.", "production note"),
    ("de", "Diese Recherche wird von einer Stiftung für Lokaljournalismus gefördert.", "production note"),
    ("nl", "Deze serie wordt mede gefinancierd door het Fonds voor Bijzondere Journalistieke Projecten.", "production note"),
    ("fr", "Ce reportage est financé en partie par une bourse de la région Normandie.", "production note"),
    # a travel-tip label before its colon
    ("nl", "Reistip: neem de trein naar Brugge en huur daar een fiets.", "section label"),
    ("de", "Anreise: mit der Bahn bis Rostock, weiter mit dem Bus.", "section label"),
    ("en", "Travel tip: fly to Stansted and take the train to Chelmsford.", "section label"),
    ("fr", "S'y rendre : train jusqu'à Granville, puis car jusqu'au port.", "section label"),
    # opening days in words, without an hour
    ("nl", "De vismarkt van Brugge is van dinsdag tot en met zaterdag open.", "service information"),
    ("en", "The Chelmsford street market opens from Tuesday to Saturday; stalls are open till noon.", "service information"),
    ("de", "Der Hafenmarkt in Rostock ist von Mittwoch bis Sonntag geöffnet.", "service information"),
    ("fr", "Le marché couvert de Granville est ouvert du mardi au samedi.", "service information"),
])
def test_article_paragraph_is_stray(lang, middle, reason):
    assert_stray_between(_sheet(lang, middle), middle, reason)


@pytest.mark.parametrize("lang,middle", [
    # the same shapes, credited: a picture's caption
    ("en", "The hearing in Chelmsford resumes on Monday after a fire alarm. Photo: Tom Reeve/PA"),
    ("de", "Die Reederei will am Freitag in Rostock einen neuen Fahrplan vorstellen: Fähre im Hafen. Foto: Ole Brandt/dpa"),
    ("nl", "Het proces gaat verder met de getuigen: de zaal in Brugge. Foto Belga / Lies Claes"),
    ("fr", "Le tirage au sort aura lieu ici, au siège de la Ligue à Caen. Photo : Hugo Lemaire / AFP"),
    # a span of days in a credited caption, and one without "open": still captions
    ("nl", "De vismarkt van Brugge is van dinsdag tot en met zaterdag open: een visser op de kade. Foto Belga / Lies Claes"),
    ("en", "From Monday to Friday extra buses run between Chelmsford and the coast."),
    # an uncredited scene in the present among credited captions: still a caption
    ("de", "Ein Schiffsmechaniker prüft die Rampe einer Fähre in Rostock."),
    ("nl", "Een bode sluit de deuren van de assisenzaal in Brugge."),
    ("en", "Supporters wait outside the court in Chelmsford in the rain."),
    ("fr", "Des supporters de Granville attendent devant le stade."),
])
def test_caption_stays(lang, middle):
    res = _sheet(lang, middle)
    assert len(res.captions) == 3, [(s.reason, s.text) for s in res.stray]
