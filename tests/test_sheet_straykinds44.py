"""Two more kinds of a pasted page's paragraphs that are no caption (issue 9, strays44): a line
telling where on the page a video or a report is ("... est à voir ci-dessous", "... ist unten
zu sehen"), and the article's plan for years or months ahead ("... in den kommenden Jahren
..."), whatever the sentence's length. Our own captions and page lines, in the shapes real
pages bring; each stray sits between credited captions, as it does on a page; each negative is
a credited caption of the same shape, a position inside the picture, or a relative clause
that says what will become of a pictured subject."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_stray_between, between

_ABOVE = {
    "en": "Cranes unload containers at the port of Felixstowe, Suffolk. Photo: Amy Dunn/PA\n\n",
    "nl": "Een binnenvaartschip vaart onder de Moerdijkbruggen door. Foto ANP / Joost Bril\n\n",
    "de": "Ein Schaufelradbagger im Tagebau Welzow-Süd in der Lausitz. Foto: Pia Sommer/dpa\n\n",
    "fr": "Des mineurs à la sortie du puits de Gardanne, dans les Bouches-du-Rhône. Photo : Marc Ollier / AFP\n\n",
}
_BELOW = {
    "en": "\n\nA lorry driver waits at the gate of the terminal in Felixstowe. Photo: Amy Dunn/PA\n",
    "nl": "\n\nHavenarbeiders bij een kraan in de haven van Moerdijk. Foto ANP / Joost Bril\n",
    "de": "\n\nRekultivierte Flächen am Rand des Tagebaus bei Spremberg. Foto: Pia Sommer/dpa\n",
    "fr": "\n\nL'ancien chevalement du puits Morandat, à Gardanne. Photo : Marc Ollier / AFP\n",
}


def _sheet(lang: str, middle: str):
    return between(_ABOVE, _BELOW, lang, middle)


@pytest.mark.parametrize("lang,middle,reason", [
    # where on the page a video or a report is
    ("fr", "Le reportage de notre équipe à Gardanne est à voir ci-dessous.", "page"),
    ("fr", "L'entretien avec le maire de Gardanne est disponible ci-dessus.", "page"),
    ("de", "Das Video unserer Reporterin aus der Lausitz ist unten zu sehen.", "page"),
    ("nl", "De dronebeelden van de Moerdijkbruggen zijn hieronder te zien.", "page"),
    ("nl", "Het gesprek met de havenmeester vindt u hieronder te beluisteren.", "page"),
    ("en", "Our full interview with the harbour master can be watched below.", "page"),
    # years or months ahead, at any length
    ("de", "Der Energiekonzern will in den kommenden Jahren zwei weitere Tagebaue in der Lausitz stilllegen, "
           "gegen den Protest vieler Beschäftigter in Spremberg und Welzow.", "still to come"),
    ("en", "The port operator plans to double the capacity of the Felixstowe terminal over the next few years, "
           "at a cost of several hundred million pounds.", "still to come"),
    ("nl", "Rijkswaterstaat gaat de komende jaren alle bruggen over het Hollands Diep versterken en vernieuwen.",
     "still to come"),
    ("fr", "La région veut reconvertir dans les prochaines années les terrains de l'ancienne mine en parc solaire "
           "et en zone d'activités.", "still to come"),
])
def test_page_paragraph_is_stray(lang, middle, reason):
    assert_stray_between(_sheet(lang, middle), middle, reason)


@pytest.mark.parametrize("lang,middle", [
    # the same shapes, credited: a picture's caption
    ("fr", "Le puits de Gardanne est à voir ci-dessous, depuis le terril. Photo : Marc Ollier / AFP"),
    ("de", "Der Energiekonzern will in den kommenden Jahren den Tagebau Welzow-Süd stilllegen: Bagger am Rand "
           "der Grube. Foto: Pia Sommer/dpa"),
    # a position inside the picture, or where a thing stands: a caption
    ("de", "Unten links ist das alte Kraftwerk Schwarze Pumpe zu sehen."),
    ("de", "Die Halde ist von oben zu sehen, aus einem Hubschrauber."),
    ("en", "Divers can be seen in the water below the quay at Felixstowe."),
    ("en", "Houses can be seen above the flood line at Harwich."),
    # a relative clause saying what will become of the pictured subject: a caption
    ("de", "Ein Bagger reißt das Stellwerk in Spremberg ab, das in den kommenden Jahren ersetzt wird."),
    ("nl", "Het oude sluizencomplex van Moerdijk, dat de komende jaren wordt vernieuwd."),
    ("fr", "Le vieux chevalement de Gardanne, qui sera restauré dans les prochaines années."),
    ("en", "A crane over the docks in Felixstowe, which will be replaced over the next few years."),
])
def test_caption_stays(lang, middle):
    res = _sheet(lang, middle)
    assert len(res.captions) == 3, [(s.reason, s.text) for s in res.stray]
