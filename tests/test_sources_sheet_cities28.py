"""City and country recall on the blind parts 100-109 (issue 9, round 28), one class per test,
in our own wording: what must be taken and what must not."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. a national agency's dateline in capitals naming a village the index lacks ----------

@pytest.mark.parametrize("text,city,country", [
    ("ELLEWOUTSDIJK - Een kraan tilt een omgewaaide boom van een auto aan de havenkade. ANP JEROEN DIRKS",
     "Ellewoutsdijk", "NLD"),
    ("SINT-MAARTENSDIJK - Vrijwilligers vullen zandzakken bij de dijk. ANP / Noor Vermeulen",
     "Sint-Maartensdijk", "NLD"),
    ("MOERBEKE-WAAS - Een tractor trekt een boom van de weg. BELGA PHOTO DIRK WAEM", "Moerbeke-Waas", "BEL"),
])
def test_an_agency_dateline_in_capitals_names_the_village(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country)
    assert any("not in the gazetteer" in w for w in warnings)


@pytest.mark.parametrize("text", [
    # a world agency only: its photographers work everywhere
    "ELLEWOUTSDIJK - Een kraan tilt een omgewaaide boom van een auto. Foto: AFP / Jan Smit",
    # a national agency passing on a world agency's picture
    "ELLEWOUTSDIJK - Een kraan tilt een omgewaaide boom van een auto. ANP / AFP",
    # a dateline in title case with an unknown name stays the desk's ordinary rule (blank)
    "Ellewoutsdijk - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS",
    # a page label, a warning in capitals: no place
    "UPDATE - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS",
    "LET OP - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS",
])
def test_no_village_without_agency_dateline(text):
    city, _country, _ = place(text)
    assert city is None


def test_a_dateline_village_never_outweighs_another_named_country():
    city, _country, _ = place("ELLEWOUTSDIJK - Een kraan in Duitsland tilt een boom van een auto. ANP JEROEN DIRKS")
    assert city is None


def test_a_known_town_dateline_is_unchanged():
    assert place("GOES - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS")[:2] == ("Goes", "NLD")


# --- 3. a Swiss town's dateline with its canton's code ------------------------------------

@pytest.mark.parametrize("text,city", [
    ("Frauenfeld TG: Helfer stapeln am Sonntag die Stimmzettel im Gemeindesaal. Bild: Ruth Keller/Keystone",
     "Frauenfeld"),
    ("Sarnen OW - Ein Bagger räumt am Dienstag Geröll von der Kantonsstrasse. Foto: Ruth Keller/Keystone",
     "Sarnen"),
])
def test_a_canton_code_after_the_dateline_town(text, city):
    assert place(text)[:2] == (city, "CHE")


@pytest.mark.parametrize("text", [
    # the code is not the canton the town lies in
    "Sarnen ZH: Helfer stapeln am Sonntag die Stimmzettel im Gemeindesaal. Bild: Ruth Keller/Keystone",
    # a party after a speaker's name, not a canton
    "Merz CDU: Wir stapeln am Sonntag die Stimmzettel im Gemeindesaal. Foto: Ruth Keller/dpa",
])
def test_no_dateline_from_a_code_that_is_not_the_towns_canton(text):
    assert place(text)[0] is None


# --- 2. an open-air festival named with its town ------------------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Zehntausende tanzen am Samstagabend beim Rudolstadt-Festival. Foto: Uwe Brandt/dpa",
     "Rudolstadt", "DEU"),
    ("Camper bauen am Donnerstag ihre Zelte beim Wacken Open Air auf. Foto: Uwe Brandt/dpa", "Wacken", "DEU"),
    ("Regenjacken und Gummistiefel am Openair Frauenfeld, Freitagabend. Foto: Lea Roth/Keystone",
     "Frauenfeld", "CHE"),
    ("Crowdsurfers boven het publiek op Rock Werchter, zaterdagavond. Foto: Belga / Lien Maes",
     "Werchter", "BEL"),
])
def test_a_festival_named_with_its_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a season, crop or feast that is a small town somewhere is no festival's town
    "Families carve pumpkins at the Harvest Festival on Saturday. (AP Photo/Dana Reyes)",
    "Lanterns are lit for the Spring Festival on Saturday. (AP Photo/Dana Reyes)",
    # a genre before "-Festival"
    "Fans tanzen beim Pop-Festival am Samstag im Regen. Foto: Uwe Brandt/dpa",
    # a festival held outside the town it is named after, in a form this rule does not read
    "Fans feiern beim Hurricane Festival am Samstag im Regen. Foto: Uwe Brandt/dpa",
])
def test_no_town_from_a_festival_named_after_a_word(text):
    assert place(text)[0] is None


def test_another_place_named_outweighs_the_festival():
    # the picture is where the caption says, not at the festival's town
    city, _c, _w = place("Fans des Wacken Open Air treffen sich in Hamburg am Hafen. Foto: Uwe Brandt/dpa")
    assert city in (None, "Hamburg")


# --- 4. a German building "zu" its town ---------------------------------------------------

@pytest.mark.parametrize("text,city", [
    ("Der Knabenchor singt am Heiligabend im Kaiserdom zu Speyer. Foto: Lena Hartmann/dpa", "Speyer"),
    ("Die Preisträgerin trägt sich im Rathaus zu Aachen ins Goldene Buch ein. Foto: Lena Hartmann/dpa",
     "Aachen"),
])
def test_a_building_zu_its_town(text, city):
    assert place(text)[:2] == (city, "DEU")


@pytest.mark.parametrize("text", [
    # "zu" after a person's name is a title of nobility
    "Karl-Theodor zu Guttenberg spricht am Montag vor Studierenden. Foto: Lena Hartmann/dpa",
    # "zu" after a verb says nothing of a place
    "Die Kinder gehen am Montag zu Fuß zur Schule. Foto: Lena Hartmann/dpa",
])
def test_no_town_from_zu_without_a_building(text):
    assert place(text)[0] is None


# --- 5. a Swiss or Austrian district court named after its town ---------------------------

def test_a_district_court_named_after_its_town():
    text = "Die Angeklagte verlässt am Dienstag das Bezirksgericht Frauenfeld nach dem Urteil. Foto: Keystone/Gian Ehrenzeller"
    assert place(text)[:2] == ("Frauenfeld", "CHE")


def test_a_district_court_does_not_outweigh_the_town_stated():
    # the court's town is named, the picture is in the village it is stated in
    text = "Ein Polizist vor dem Bezirksgericht Frauenfeld ist nicht gemeint: Die Razzia fand in Zürich statt. Foto: Keystone"
    assert place(text)[0] in (None, "Zürich")
