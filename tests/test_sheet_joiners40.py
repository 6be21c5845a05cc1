"""Small joining words inside a place's name, in the name's own language (placejoiners.py), and a
German or Dutch preposition after a town no German- or Dutch-speaking country has
(placewholename.particle_run_on). The captions are our own.
"""

from __future__ import annotations

import pytest

from captionist.sources.sheet.placejoiners import joined

from sheet_helpers import place


@pytest.mark.parametrize("text, city, country", [
    # Portuguese "do", "dos" (before: the first word alone, withheld or no town)
    ("Le marché aux puces s'installe sur les quais d'Alcácer do Sal, samedi 7 mars. AFP", "Alcácer do Sal", "PRT"),
    ("Vrijwilligers ruimen dinsdag de as op bij Figueiró dos Vinhos. Foto ANP / Piet Kok", "Figueiró dos Vinhos", "PRT"),
    ("Fans des Clubs feiern am Sonntag im Stadion von Caxias do Sul. Foto: Ana Lima/dpa", "Caxias do Sul", "BRA"),
    # Dutch "van", the Arabic article written apart
    ("Vrachtwagens wachten zaterdag op de boot in Hoek van Holland. Foto ANP / Eva Smit",
     "Hoek van Holland", "NLD"),
    ("Traders unload mangoes at the fish market in Dar es Salaam on Monday. (AP Photo/Sam Otieno)",
     "Dar es Salaam", "TZA"),
])
def test_a_name_read_over_its_own_joining_word(text, city, country):
    assert place(text)[:2] == (city, country)


def test_a_joining_word_is_one_only_in_the_countries_that_write_it():
    # a run read over "van" names a place only in a Dutch-, Flemish- or Afrikaans-speaking
    # country; over "do" only in a Portuguese-speaking one (or Galicia's Spain)
    towns = ({"name": "A", "countrycode": "NL"}, {"name": "B", "countrycode": "US"})
    assert joined(["X", "van", "Y"], towns) == (towns[0],)
    assert joined(["X", "do", "Y"], towns) == ()
    assert joined(["X", "de", "Y"], towns) == towns      # not a word of the table: left as it was
    assert joined(["X", "Y"], towns) == towns


@pytest.mark.parametrize("text, city, country", [
    # "op", "im" are the caption's prepositions after a town no German- or Dutch-speaking country
    # has, not the start of a longer name (before: "the start of a longer name the index lacks")
    ("Vissers herstellen hun netten in Castro op Chiloé, Chili, woensdag. Foto ANP / Rob Mol", "Castro", "CHL"),
    ("Touristen besuchen am Montag den Tempel in Kandy im Hochland Sri Lankas. Foto: Tim Roth/dpa", "Kandy", "LKA"),
])
def test_a_preposition_of_the_caption_ends_a_foreign_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a German town before "im" + a name the index lacks: still the longer name, not written
    "Schafe grasen am Dienstag bei Mühlhausen im Täle. Foto: Eva Holz/dpa",
    # "Castro" a person's name: no town
    "De Cubaanse leider Castro op bezoek bij de paus in 1996. Foto ANP / archief",
    # "Lake" a person's name, "Castro" a surname after a first name
    "Talk-show host Ricki Lake and actor Ana Castro arrive at the gala on Friday. (AP Photo/Jo Lee)",
])
def test_no_town_from_a_longer_name_or_a_person(text):
    assert place(text)[0] is None


@pytest.mark.parametrize("text, city, country", [
    # a town opening the caption, then the weather, the hour or the event it is shown in
    ("Utrecht onder de sneeuw, dinsdagochtend 6 januari. Foto ANP / Kees Bos", "Utrecht", "NLD"),
    ("Marseille après l'orage, samedi 12 septembre. AFP", "Marseille", "FRA"),
    ("Leipzig bei Nacht, vom Turm des Neuen Rathauses aus gesehen. Foto: Uwe Berg/dpa", "Leipzig", "DEU"),
    ("Florence after the storm, Italy, on Monday. (AP Photo/Luca Neri)", "Florence", "ITA"),
])
def test_a_town_opening_the_caption_in_the_weather_or_the_hour(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a person, not a town; no weather or hour after the preposition
    "Kane after scoring the second goal on Saturday. (AP Photo/Jo Lee)",
    "Macron sous les huées à son arrivée, mardi. AFP",
    # a word of the sentence that some town bears, and a verb after the phrase
    "Auch in der Nacht wird im Hafen gearbeitet. Foto: Eva Holz/dpa",
    # a month
    "March in the snow: residents shovel out their cars. (AP Photo/Jo Lee)",
])
def test_no_opening_town_from_a_person_or_a_word(text):
    assert place(text)[0] is None
