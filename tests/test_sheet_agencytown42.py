"""A town of the credit's national agency's country against a namesake abroad of comparable
size (issue 9, namesake42, placeagencytown.py): written when the caption names no country and
no namesake abroad is more than five times its size; withheld or written abroad when the
caption points abroad, the credit is a world agency's, or the namesake abroad dwarfs it. The
captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import sheet_places

# sheets whose other captions are placed in another country than the agency's
AUSTRIA = ("Schnee auf dem Dachstein bei Schladming. Foto: APA/Eva Gruber",
           "Die Altstadt von Innsbruck am Morgen. Foto: APA/Eva Gruber")
ITALY = ("Skiers queue for the lift in Cortina d'Ampezzo on Saturday. (AP Photo/Luca Bruno)",
         "Snow covers the rooftops of Bolzano. (AP Photo/Luca Bruno)")
FRANCE = ("Des skieurs au pied des pistes à Chamonix, samedi. Photo : Jean Morel / AFP",
          "La neige sur les toits d'Annecy. Photo : Jean Morel / AFP")
BELGIUM = ("Wandelaars in de Hoge Venen bij Eupen. Foto Belga / Jan Peeters",
           "De Grote Markt in Brugge. Foto Belga / Jan Peeters")


@pytest.mark.parametrize("caption, sheet", [
    # a Swiss village whose German namesakes are of its size; the Swiss agency's own picture
    ("Langläufer auf der Loipe in Wald am Sonntag. KEYSTONE/Urs Meier", AUSTRIA),
    ("Cross-country skiers on the trail in Wald on Sunday. (KEYSTONE/Urs Meier)", ITALY),
    ("Des fondeurs sur la piste à Wald, dimanche. KEYSTONE / Urs Meier", FRANCE),
    ("Langlaufers op de loipe in Wald, zondag. Foto KEYSTONE / Urs Meier", BELGIUM),
])
def test_the_agencys_town_outweighs_namesakes_abroad_of_comparable_size(caption, sheet):
    assert sheet_places(caption, *sheet)[0] == ("Wald", "CHE")


@pytest.mark.parametrize("caption, sheet", [
    # the caption places it abroad: the agency is no evidence against that
    ("Langläufer auf der Loipe in Wald in Bayern am Sonntag. KEYSTONE/Urs Meier", AUSTRIA),
    ("Cross-country skiers on the trail in Wald, Germany, on Sunday. (KEYSTONE/Urs Meier)", ITALY),
])
def test_a_namesake_the_caption_places_abroad_stays_abroad(caption, sheet):
    assert sheet_places(caption, *sheet)[0] == ("Wald", "DEU")


@pytest.mark.parametrize("caption, sheet", [
    # a world agency in the credit: the national one only passes the picture on
    ("Langläufer auf der Loipe in Wald am Sonntag. KEYSTONE/AP/Urs Meier", AUSTRIA),
    ("Des fondeurs sur la piste à Wald, dimanche. KEYSTONE / AFP / Urs Meier", FRANCE),
    # the agency's hamlet is dwarfed by a German town of the name: no guess
    ("Ein Bauer mäht die Wiese in Stein. Foto: APA/Eva Gruber", ITALY),
    ("Een boer maait het gras in Stein. Foto APA / Eva Gruber", BELGIUM),
])
def test_no_agency_evidence_or_a_far_bigger_namesake_still_withholds(caption, sheet):
    assert sheet_places(caption, *sheet)[0] == (None, None)
