"""A town that lends its name to a thing (a treaty, a battle, a prize, a cheese, a breed, a
ship) is not where the picture of that thing is (issue 9, wrong24; placenamesake.py). Captions
in our own wording, not those of corpus sheets 96-97: what must be refused, and what must still
be taken when the caption also says where the picture is."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text,town", [
    # an agreement or a peace named after the town where it was signed
    ("Ministers toast the thirtieth anniversary of the Treaty of Maastricht. (AP Photo/Lena Hart)", "Maastricht"),
    ("Schüler spielen die Unterzeichnung des Friedens von Osnabrück nach. Foto: Jonas Kerl/dpa", "Osnabrück"),
    ("Een tentoonstelling over het Verdrag van Nijmegen trekt veel bezoekers. Foto: Anouk Smit/ANP", "Nijmegen"),
    ("Une conférence sur le traité de Verdun attire les étudiants. Photo : Marc Olier / AFP", "Verdun"),
    # a prize
    ("Die Trägerin des Karlspreises von Aachen hält eine Rede. Foto: Jonas Kerl/dpa", "Aachen"),
    # a cheese or a breed, from the genitive or from the town's adjective
    ("A wheel of Edam is sliced for tasting. (AP Photo/Lena Hart)", "Edam"),
    ("Un brie de Melun sur une planche. Photo : Marc Olier / AFP", "Melun"),
    ("Ein Appenzeller Sennenhund liegt im Gras. Foto: Jonas Kerl/dpa", "Appenzell"),
    # a ship called after a town
    ("Het cruiseschip Amsterdam ligt voor anker. Foto: Anouk Smit/ANP", "Amsterdam"),
    ("The container ship Hamburg Express sails past the dunes. (AP Photo/Lena Hart)", "Hamburg"),
])
def test_a_town_that_only_names_a_thing_is_left_blank(text, town):
    city, _country, _warnings = place(text)
    assert city is None, (text, city)


@pytest.mark.parametrize("text,city,country", [
    # the same things, with the picture's place written: that place is taken
    ("Ministers toast the anniversary of the Treaty of Maastricht at a dinner in Brussels. (AP Photo/Lena Hart)",
     "Brussels", "BEL"),
    ("Reenactors refight the Battle of Hastings at Battle Abbey in Battle, England. (AP Photo/Lena Hart)",
     "Battle", "GBR"),
    ("Het cruiseschip Amsterdam ligt voor anker in de haven van Kiel. Foto: Anouk Smit/ANP", "Kiel", "DEU"),
    ("Ein Appenzeller Sennenhund bei einer Hundeschau in Ulm. Foto: Jonas Kerl/dpa", "Ulm", "DEU"),
    # a battle is fought, and a Grand Prix raced, where it is named; a big wheel turns in its town
    ("Soldiers fire a howitzer during the battle of Bakhmut. (AP Photo/Lena Hart)", "Bakhmut", "UKR"),
    ("Les pilotes au départ du Grand Prix de Pau. Photo : Marc Olier / AFP", "Pau", "FRA"),
    ("Visitors queue for the Ferris wheel of Blackpool. (AP Photo/Lena Hart)", "Blackpool", "GBR"),
    # the thing's town written as where the picture is as well
    ("Diplomats sign the Treaty of Lisbon in Lisbon. (AP Photo/Lena Hart)", "Lisbon", "PRT"),
    # a place noun before the genitive is where the picture is
    ("Les rues de Melun sous la neige. Photo : Marc Olier / AFP", "Melun", "FRA"),
    ("Crowds fill the streets of Maastricht for carnival. (AP Photo/Lena Hart)", "Maastricht", "NLD"),
    ("De markt van Edam trekt toeristen. Foto: Anouk Smit/ANP", "Edam", "NLD"),
])
def test_the_place_the_caption_writes_is_still_taken(text, city, country):
    assert place(text)[:2] == (city, country)


def test_team_words_are_one_table_that_both_rules_read():
    from captionist.sources.sheet import placeagree, placeorigin, placeteamwords

    assert placeagree._TEAM_PEOPLE is placeteamwords.TEAM_PEOPLE
    assert placeorigin._POSITION.pattern == r"(?:" + placeteamwords.POSITIONS + r")s?$"
    # a position as the last part of a compound, a role only whole, a group only in the team rule
    assert placeorigin._POSITION.search("Abwehrspieler") and placeorigin._POSITION.search("strikers")
    assert placeorigin._ROLE.search("Trainerin") and not placeorigin._ROLE.search("squad")
    assert placeagree._AFTER_TOWN.search(" squad") and placeagree._BEFORE_TOWN.search("die Spielerinnen von ")
    # skaters are where they skate: no team word for the team rule
    assert not placeagree._AFTER_TOWN.search(" schaatsers")


@pytest.mark.parametrize("text,city,country", [
    ("Ook de Heerenveense schaatsers trainen op de ijsbaan. Foto: Anouk Smit/ANP", "Heerenveen", "NLD"),
    ("Der Münchner Trainer Max Roth lacht beim Training in Augsburg. Foto: Jonas Kerl/dpa", "Augsburg", "DEU"),
    ("The Leeds captain Tom Hale lifts the trophy at a stadium in Cardiff. (AP Photo/Lena Hart)", "Cardiff", "GBR"),
])
def test_team_words_still_keep_a_team_out_of_the_place(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # an airport or a line named after two neighbouring towns of two countries
    "Des voyageurs attendent au terminal de l'aéroport de Bâle-Mulhouse. Photo : Marc Olier / AFP",
    "Reizigers stappen in de bus Aken-Maastricht. Foto: Anouk Smit/ANP",
])
def test_a_pair_of_towns_across_a_border_names_neither(text):
    assert place(text)[0] is None


@pytest.mark.parametrize("text,city,country", [
    # a district after its city is one town ("Noord" is also a town in Aruba, far away)
    ("Een veerpont vaart over het IJ naar een steiger in Amsterdam-Noord. Foto: Anouk Smit/ANP", "Amsterdam", "NLD"),
    ("Passagiere warten am Flughafen in Mulhouse. Foto: Jonas Kerl/dpa", "Mulhouse", "FRA"),
])
def test_a_district_or_a_town_alone_is_still_taken(text, city, country):
    assert place(text)[:2] == (city, country)
