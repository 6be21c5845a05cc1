"""Two more kinds of a pasted page's paragraphs that are no caption (issue 9, strays46): a data
series after its label ("...: 2022: 6 | 2023: 4 | 2024: 2,5", "...: Bergen 312, Oslo 156,
Trondheim 210."), whatever credits it; a number the reader is told to dial or a help line's
label ("Composez le 112.", "Notruf: 144"); the story's figures, a rate or a price with no day
of its own ("... lag bei 58 procent"). Our own page lines, each between credited captions
as on a page; the negatives are captions of the same words: a colon before a description, a
number in the picture, a verb in the third person."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_stray_between, between

_ABOVE = {
    "en": "Rescuers lower a stretcher from a ridge above Chamonix, France. (AP Photo/Tom Reed)\n\n",
    "nl": "Een reddingshelikopter landt bij een berghut boven Zermatt. Foto ANP / Remco Bos\n\n",
    "de": "Bergretter üben an einer Felswand bei Garmisch-Partenkirchen. Foto: Lena Brandt/dpa\n\n",
    "fr": "Des secouristes descendent une civière près de Chamonix. Photo : Paul Girard / AFP\n\n",
}
_BELOW = {
    "en": "\n\nA helicopter lands at the hospital in Sion, Switzerland. (AP Photo/Tom Reed)\n",
    "nl": "\n\nBergbeklimmers rusten in een hut bij Grindelwald. Foto ANP / Remco Bos\n",
    "de": "\n\nEin Hubschrauber landet am Klinikum in Murnau. Foto: Lena Brandt/dpa\n",
    "fr": "\n\nUn hélicoptère se pose à l'hôpital d'Annecy. Photo : Paul Girard / AFP\n",
}


def _sheet(lang: str, middle: str):
    return between(_ABOVE, _BELOW, lang, middle)


@pytest.mark.parametrize("lang,middle,reason", [
    # a data series, with or without its source below
    ("de", "Einsätze der Bergwacht pro Sommer: 2023: 410 | 2024: 385 | 2025: 452\nQuelle: Bergwacht Bayern", "table"),
    ("en", "Rescues by region last summer: Valais 212, Bernese Oberland 148, Grisons 131.", "table"),
    ("nl", "Opkomst per provincie: Utrecht 81 %; Zeeland 74 %; Limburg 69 %", "table"),
    ("fr", "Prix moyen du forfait : Tignes 62 €, Val Thorens 65 €, Avoriaz 58 €.", "table"),
    # a number the reader dials, a help line's label
    ("fr", "En cas d'accident en montagne, composez le 112.", "reader contact"),
    ("en", "Call 999 and ask for mountain rescue if someone is hurt.", "reader contact"),
    ("de", "Notruf in den Bergen: 140 in Österreich, 144 in der Schweiz.", "reader contact"),
    ("nl", "Bij een ongeluk in de bergen: bel 112.", "reader contact"),
    # the story's figures: a rate or a price, no day of its own
    ("de", "Die Zahl der Einsätze der Bergwacht stieg im Sommer um 12 Prozent.", "figures"),
    ("en", "A day pass for the lifts above the valley now costs about 75 euros.", "figures"),
    ("nl", "De opkomst bij de gemeenteraadsverkiezing lag op 58 procent.", "figures"),
    ("fr", "Le forfait journée coûte désormais 62 euros dans les grandes stations.", "figures"),
])
def test_page_paragraph_is_stray(lang, middle, reason):
    assert_stray_between(_sheet(lang, middle), middle, reason)


@pytest.mark.parametrize("lang,middle", [
    # the same words in a caption: a colon before a description, a number in the picture
    ("de", "Von links: Anna Berg, Tom Roth und Eva Klein vor der Hütte bei Oberstdorf, am Montag."),
    ("en", "A rescuer dials 112 on a satellite phone on the glacier near Zermatt, Switzerland, on Monday."),
    ("fr", "Un secouriste appelle le centre de Chamonix depuis le refuge, lundi 3 août."),
    ("nl", "Een bord met het alarmnummer 112 bij de ingang van de berghut bij Zermatt, maandag."),
    # a figure shown in the picture, or a dated one
    ("de", "Ein Schild wirbt mit 50 Prozent Rabatt auf Skihelme in einem Laden in Garmisch-Partenkirchen."),
    ("fr", "Un panneau indique 30 % de réduction dans une boutique de Chamonix."),
    ("en", "A board shows the price of a day pass, 80 euros, at the valley station in Zermatt."),
    ("nl", "Een pomp in Venlo rekent 2 euro per liter, op maandag 3 augustus."),
])
def test_caption_stays(lang, middle):
    res = _sheet(lang, middle)
    assert len(res.captions) == 3, [(s.reason, s.text) for s in res.stray]
