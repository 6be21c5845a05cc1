"""A village of the sheet's country written after a landmark of its own ("le château de X",
"de vestingwerken van X", "the ramparts of X", "die Stadtmauer von X") is not withheld for a
village of that name abroad of comparable size (issue 9, namesake42, placelandmarkof.py); a
race, a run or a place the caption binds abroad keep the gate. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import sheet_places

# sheets on the Netherlands (in three languages) and on Wallonia
NETHERLANDS = {
    "nl": ("Fietsers op de dijk bij Zierikzee. Foto ANP / Sanne Bakker",
           "De haven van Vlissingen in de ochtend. Foto ANP / Sanne Bakker"),
    "en": ("Cyclists on the dike near Zierikzee. (ANP Photo/Sanne Bakker)",
           "The harbour of Vlissingen in the morning. (ANP Photo/Sanne Bakker)"),
    "de": ("Radfahrer auf dem Deich bei Zierikzee. Foto: ANP/Sanne Bakker",
           "Der Hafen von Vlissingen am Morgen. Foto: ANP/Sanne Bakker"),
}
WALLONIA = ("Le marché de Namur, samedi. Photo : Belga / Luc Dubois",
            "Des promeneurs le long de la Meuse à Dinant. Photo : Belga / Luc Dubois")


@pytest.mark.parametrize("lang, caption", [
    ("nl", "Wandelaars op de vestingwerken van Brielle, zondag. Foto ANP / Sanne Bakker"),
    ("en", "Visitors on the ramparts of Brielle on Sunday. (ANP Photo/Sanne Bakker)"),
    ("de", "Besucher auf der Stadtmauer von Brielle am Sonntag. Foto: ANP/Sanne Bakker"),
])
def test_a_landmark_of_the_sheets_village_places_the_picture_there(lang, caption):
    assert sheet_places(caption, *NETHERLANDS[lang])[0] == ("Brielle", "NLD")


def test_a_french_caption_of_a_castle_courtyard():
    got = sheet_places("Des visiteurs dans la cour du château de Rochefort, dimanche. Photo : Belga / Luc Dubois",
                       *WALLONIA)
    assert got[0] == ("Rochefort", "BEL")


@pytest.mark.parametrize("lang, caption", [
    # a race or a run of the village says nothing of where the picture is
    ("nl", "Lopers tijdens de stadsloop van Brielle, zondag. Foto ANP / Sanne Bakker"),
    ("de", "Läufer beim Stadtlauf von Brielle am Sonntag. Foto: ANP/Sanne Bakker"),
])
def test_no_landmark_keeps_the_twin_gate(lang, caption):
    assert sheet_places(caption, *NETHERLANDS[lang])[0] == (None, None)


def test_a_french_race_keeps_the_twin_gate():
    got = sheet_places("Les coureurs au départ du cross de Rochefort, dimanche. Photo : Belga / Luc Dubois", *WALLONIA)
    assert got[0] == (None, None)


def test_a_landmark_the_caption_places_abroad_stays_abroad():
    got = sheet_places("Visitors at the lighthouse of Brielle, New Jersey, on Sunday. (ANP Photo/Sanne Bakker)",
                       *NETHERLANDS["en"])
    assert got[0] == ("Brielle", "USA")
    got = sheet_places("Des visiteurs dans la cour du château de Rochefort, en France, dimanche. Photo : Belga / "
                       "Luc Dubois", *WALLONIA)
    assert got[0] == ("Rochefort", "FRA")
