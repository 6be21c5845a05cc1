"""More paragraphs of a pasted article that are no caption (issue 9, strays41: the paper's own
writer introduced before their name, a practical-information box, a labelled figure with its
data's source, "facts & figures"). Our own captions and page lines, in the shapes real pages
bring; each stray sits between credited captions, as it does on a page."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_stray_between, between

_ABOVE = {
    "en": "Walkers cross the frozen boardwalk at Malham Cove, North Yorkshire. Photo: Nina Shaw/PA\n\n",
    "nl": "Schaatsers op de Weerribben bij Ossenzijl. Foto: ANP / Joris Meulman\n\n",
    "de": "Winterwanderer am Ufer des Tegernsees. Foto: Paul Kessler/dpa\n\n",
    "fr": "Des randonneurs sur le plateau du Vercors, près de Villard-de-Lans. Photo : Inès Barre / AFP\n\n",
}
_BELOW = {
    "en": "\n\nA ranger clears snow from a stile near Settle. Photo: Nina Shaw/PA\n",
    "nl": "\n\nEen boswachter ruimt ijs van een sluisje bij Giethoorn. Foto: ANP / Joris Meulman\n",
    "de": "\n\nEin Förster räumt Schnee von einer Brücke bei Bad Wiessee. Foto: Paul Kessler/dpa\n",
    "fr": "\n\nUn garde forestier déblaie un sentier près de Corrençon-en-Vercors. Photo : Inès Barre / AFP\n",
}


def _sheet(lang: str, middle: str):
    return between(_ABOVE, _BELOW, lang, middle)


@pytest.mark.parametrize("lang,middle,reason", [
    # the paper's own writer, named after their trade (furniture)
    ("de", "Unsere Autorin Frieda Ortner schreibt aus Salzburg über Bergsport.", "author"),
    ("en", "Our travel writer Hannah Price walks a different trail in the Dales each month.", "author"),
    ("nl", "Onze schrijfster Noor Hendriks woont in Steenwijk en wandelt elke week door de Weerribben.", "author"),
    ("fr", "Notre autrice Élise Mercier arpente les Alpes depuis Grenoble.", "author"),
    # a practical-information box before its colon
    ("fr", "Infos pratiques : Maison du parc, Lans-en-Vercors, du 2 au 28 février. Tarifs de 5 à 12 euros.", "section label"),
    ("en", "Practical information: Malham visitor centre, Chapel Gate, with parking for 90 cars in Settle.", "section label"),
    ("nl", "Praktische informatie: bezoekerscentrum De Wieden in Sint Jansklooster, fietsverhuur naast de kerk.", "section label"),
    ("de", "Praktische Infos: Tourist-Info Tegernsee am Bahnhof, Loipenplan im Rathaus Bad Wiessee.", "section label"),
    # a labelled figure with its data's source
    ("de", "Übernachtungen 2025: 1,4 Millionen (vorläufig). Quelle: Statistisches Landesamt", "fact box"),
    ("en", "Visitors last winter: 310,000. Source: National Park Authority", "fact box"),
    ("nl", "Bezoekers in 2025: ruim 90.000. Bron: Staatsbosbeheer", "fact box"),
    ("fr", "Fréquentation 2025 : 2,1 millions de visiteurs. Source : INSEE", "fact box"),
    # "facts & figures" with an ampersand
    ("de", "Zahlen & Fakten: Rund 4.000 Menschen leben am Tegernsee vom Tourismus. Quelle: IHK", "fact box"),
    ("nl", "Feiten & cijfers: de Weerribben beslaan zo'n 6000 hectare. Bron: Natuurmonumenten", "fact box"),
])
def test_article_paragraph_is_stray(lang, middle, reason):
    assert_stray_between(_sheet(lang, middle), middle, reason)


@pytest.mark.parametrize("lang,middle", [
    # a label before a colon and a number, credited to a photographer: a picture's caption
    ("de", "Etappe 3: 42 Kilometer durch den Schnee bei Kreuth. Foto: Paul Kessler/dpa"),
    ("en", "Day 2: 18 miles across the moor above Grassington. Photo: Nina Shaw/PA"),
    # "our" before a trade, credited: a caption of the paper's own photographer at work
    ("nl", "Onze fotograaf Daan Hendriks op het ijs bij Kalenberg. Foto: ANP / Joris Meulman"),
    # an uncredited scene among credited captions: still a caption
    ("fr", "Des skieurs de fond traversent la plaine d'Autrans au lever du jour."),
])
def test_caption_stays(lang, middle):
    res = _sheet(lang, middle)
    assert len(res.captions) == 3, [(s.reason, s.text) for s in res.stray]
