"""Wrong places of the blind parts 125-134 (issue 9, wrong32): a village or port in the genitive
next to the town it is near, a town seen across water or a border, a town adjective on a writer
or artist, a return not yet made, a region placed in another country by an adjective, a ground
named after its down, the adjective of Rome on a ruin. Captions in our own wording: what must be
refused and what must still be taken."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_refused, place


# --- "des Dorfes X bei Y", "des Hafens X bei Y": the village or port, never the town ---------

@pytest.mark.parametrize("text, city, refused", [
    ("Krabbenkutter am Kai des Hafens Greetsiel bei Emden, am Montag. Foto: Jan Maier/dpa", "Greetsiel", "Emden"),
    ("Boote im Hafen Neuharlingersiel bei Esens am Montag. Foto: Jan Maier/dpa", "Neuharlingersiel", "Esens"),
    ("Ein Traktor vor den Häusern des Ortsteils Hinterzarten bei Freiburg. Foto: Jan Maier/dpa",
     "Hinterzarten", "Freiburg"),
])
def test_a_village_or_port_in_the_genitive_wins_over_the_town(text, city, refused):
    got, country, warnings = place(text)
    assert got == city and country == "DEU"


@pytest.mark.parametrize("text, city", [
    ("Stau auf der A8 bei Rosenheim am Freitag. Foto: Jan Maier/dpa", "Rosenheim"),
    ("Ein Segelschiff im Hafen Rostock am Samstag. Foto: Jan Maier/dpa", "Rostock"),
])
def test_a_town_after_a_port_noun_alone_stays(text, city):
    assert place(text)[0] == city


# --- "across the water from X", "within sight of X": the far shore is not the place ----------

@pytest.mark.parametrize("text, refused", [
    ("Soldiers on the breakwater of an island, Greece, across the water from the Turkish town of "
     "Ayvalik, May 2. REUTERS/Jan Maier", "Ayvalik"),
    ("A watchtower on the Finnish side, across the river from the Russian town of Svetogorsk, on "
     "Monday. REUTERS/Name Here", "Svetogorsk"),
    ("Zöllner auf der Brücke, auf der anderen Seite des Flusses von Frankfurt (Oder), am Montag. "
     "Foto: Jan Maier/dpa", "Frankfurt"),
    ("Wandelaars op het strand, in het zicht van de Belgische kustplaats Knokke, maandag. Foto ANP", "Knokke"),
])
def test_a_town_seen_across_water_is_refused(text, refused):
    assert_refused(text, refused)


@pytest.mark.parametrize("text, city", [
    ("Farmers facing floods in Dhaka on Monday. Photo: Jan Maier/AP", "Dhaka"),
    ("Houses facing the sea in Liverpool on Monday. Photo: Jan Maier/PA", "Liverpool"),
])
def test_facing_something_in_a_town_is_in_it(text, city):
    assert place(text)[0] == city


# --- a town adjective on a writer, painter or singer says who, not where ---------------------

@pytest.mark.parametrize("text, refused", [
    ("De Leidse schrijfster Anna Bakker na afloop van de boekpresentatie. Foto Jan Jansen", "Leidse"),
    ("Der Kölner Maler Peter Roth bei der Eröffnung seiner Ausstellung. Foto: Jan Maier/dpa", "Kölner"),
    ("Le poète lyonnais Jean Martin lors de la remise du prix, mardi. Photo : Paul Durand / AFP", "lyonnais"),
])
def test_a_town_adjective_on_an_artist_is_refused(text, refused):
    assert_refused(text, refused)


@pytest.mark.parametrize("text, city", [
    ("De Leidse schrijfster Anna Bakker signeert in Utrecht. Foto Jan Jansen", "Utrecht"),
    ("Een Rotterdamse agent bij de Erasmusbrug. Foto Jan Jansen", "Rotterdam"),
])
def test_other_people_of_a_town_and_a_town_written_stay(text, city):
    assert place(text)[0] == city


# --- "avant leur retour au Soudan": the country returned to is not where the picture is ------

def test_a_return_not_yet_made_gives_no_country():
    city, country, warnings = place("Des réfugiés plient leurs tentes dans un camp de la plaine de la Bekaa "
                                    "avant leur retour au Soudan, le 3 mai. Photo : Jean Dupont / AFP")
    assert country != "SDN"


def test_a_country_written_plainly_stays():
    assert place("Des réfugiés plient leurs tentes dans un camp au Soudan, le 3 mai. "
                 "Photo : Jean Dupont / AFP")[1] == "SDN"


# --- "au Kurdistan irakien": the adjective says whose region -----------------------------------

@pytest.mark.parametrize("text", [
    "Des enfants jouent dans un camp au Kurdistan irakien, le 3 mai. Photo : Jean Dupont / AFP",
    "Kinder spielen in einem Lager im irakischen Kurdistan, am 3. Mai. Foto: Jan Maier/dpa",
])
def test_a_region_with_another_countrys_adjective_lies_in_that_country(text):
    assert place(text)[1] == "IRQ"


@pytest.mark.parametrize("text, country", [
    ("Children play in a camp in Kurdistan, Iran, May 3. REUTERS/Jean Dupont", "IRN"),
    ("Puffins on the cliffs of the Lofoten Islands, Norway, June 5. NTB/Kari Solheim via REUTERS", "NOR"),
])
def test_a_region_without_such_an_adjective_keeps_its_country(text, country):
    assert place(text)[1] == country


# --- a ground named after its down or common is no village ------------------------------------

@pytest.mark.parametrize("text, ground", [
    ("Bowlers warm up at Ashcombe Down, near Lewes, East Sussex, on Sunday. Photo: Kieran Doyle/Inpho",
     "Ashcombe Down"),
    ("Runners at Mellow Down, near Alresford, Hampshire, on Sunday. Photo: Kieran Doyle/Inpho", "Mellow Down"),
])
def test_a_ground_named_after_its_down_is_not_written_as_a_village(text, ground):
    city, country, warnings = place(text)
    assert city != ground and country == "GBR"


def test_an_unlisted_village_is_still_written():
    city, country, warnings = place("Bowlers warm up in the village of Ashcombe Barton, near Lewes, East Sussex, "
                                    "on Sunday. Photo: Kieran Doyle/Inpho")
    assert city == "Ashcombe Barton"


# --- the adjective of Rome on an ancient work names its era -------------------------------------

@pytest.mark.parametrize("text", [
    "Le pont romain de Bièvville sous les eaux, le 22 octobre. Photo : Jean Dupont / AFP",
    "La Porte Noire, vestige romain de Stelhausen, sous la neige. Photo : Jean Dupont / AFP",
])
def test_the_adjective_of_rome_on_a_ruin_is_not_rome(text):
    city, country, warnings = place(text)
    assert city != "Rome" and country != "ITA"


@pytest.mark.parametrize("text, city", [
    ("Le pont romain de Sommières sous les eaux, le 22 octobre. Photo : Jean Dupont / AFP", "Sommières"),
    ("Les supporters romains place d'Espagne, le 3 mars. Photo : Jean Dupont / AFP", "Rome"),
])
def test_the_town_of_the_ruin_and_rome_itself_stay(text, city):
    assert place(text)[0] == city
