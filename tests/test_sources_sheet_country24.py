"""The country of a caption that writes no city (issue 9, round 24, placecountryalone.py), one
class per test, in our own wording: what must be taken and what must not."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1a. an island country after "on", "auf", "op", "sur" -----------------------------------

@pytest.mark.parametrize("text,country", [
    ("Walvisspotters turen vanaf de boot naar de kust op IJsland, dinsdag. Foto: ANP / Rik Smeets", "ISL"),
    ("Touristen baden am Strand auf Zypern am Montag. Foto: Jana Becker/dpa", "CYP"),
    ("Divers prepare their gear on Malta ahead of the season. Photo: Maria Grech/Reuters", "MLT"),
    ("Een cruiseschip meert aan op Curaçao, zondag. Foto: ANP / Rik Smeets", "CUW"),
])
def test_an_island_country_after_on_is_where_it_is(text, country):
    assert place(text)[:2] == (None, country)


@pytest.mark.parametrize("text", [
    # a country with land borders: "on" is a target, not a place
    "New sanctions on Russia worry exporters, officials said. Photo: Maria Grech/Reuters",
    "Die Debatte über Zölle auf China geht weiter, am Montag. Foto: Jana Becker/dpa",
    # another country named: the island is not sure to be the picture's place
    "Refugees from Syria on Cyprus wait for papers at the port. Photo: Maria Grech/Reuters",
    # the island country as a team
    "Bermuda's team walk out at the opening ceremony. Photo: Maria Grech/Reuters",
])
def test_on_a_country_gives_none_when_it_may_be_elsewhere(text):
    assert place(text)[:2] == (None, None)


# --- 1b. a country or a one-country region owning a landscape or a direction ----------------

@pytest.mark.parametrize("text,country", [
    ("Kamele ziehen durch die Dünen von Marokko am Morgen. Foto: Jana Becker/dpa", "MAR"),
    ("Waldbrände wüten an der Küste Griechenlands am Freitag. Foto: Jana Becker/dpa", "GRC"),
    ("Überschwemmte Felder im Süden Frankreichs am Sonntag. Foto: Jana Becker/dpa", "FRA"),
    ("Fishermen haul their boats up the coast of Ghana at dawn. Photo: Maria Grech/Reuters", "GHA"),
    ("Nebel über den Hügeln Kataloniens am Morgen. Foto: Jana Becker/dpa", "ESP"),
])
def test_a_landscape_of_a_country_gives_the_country(text, country):
    assert place(text)[:2] == (None, country)


@pytest.mark.parametrize("text", [
    # where someone comes from or goes, not where the picture is
    "Ein Tanker auf dem Weg nach Griechenland am Freitag. Foto: Jana Becker/dpa",
    # two countries named: no single one
    "Kamele ziehen durch die Dünen von Marokko nach Algerien am Morgen. Foto: Jana Becker/dpa",
    # in a quote: speech
    "Ein Plakat mit der Aufschrift \"Rettet die Küste Griechenlands\" am Freitag. Foto: Jana Becker/dpa",
])
def test_a_landscape_of_a_country_gives_none_when_not_sure(text):
    assert place(text)[1] is None


# --- 1c. "<Feature>, <Country>." closing the phrase -----------------------------------------

def test_a_feature_then_a_comma_and_a_country():
    text = "Pilgrims climb toward the summit on Mount Sinai, Egypt. Photo: Maria Grech/Reuters"
    assert place(text)[:2] == (None, "EGY")


def test_a_country_mid_list_after_a_comma_is_not_taken():
    text = "Ministers of Peru, Chile and Ecuador meet at the summit. Photo: Maria Grech/Reuters"
    assert place(text)[1] is None


# --- 2. "between X and Y": the ends' one country --------------------------------------------

@pytest.mark.parametrize("text,country", [
    ("Sneeuw op de weg tussen Dokkum en Holwerd, dinsdag. Foto: ANP / Rik Smeets", "NLD"),
    ("La départementale entre Millau et Rodez coupée par un éboulement, lundi. Photo : Denis Charlier / AFP", "FRA"),
    ("Stau auf der Strecke zwischen Passau und Deggendorf am Sonntag. Foto: Jana Becker/dpa", "DEU"),
])
def test_a_road_between_two_towns_of_one_country(text, country):
    assert place(text)[:2] == (None, country)


@pytest.mark.parametrize("text", [
    # the ends lie in two countries
    "Stau auf der Autobahn zwischen Aachen und Maastricht am Sonntag. Foto: Jana Becker/dpa",
    # a match between two teams named like towns
    "Supporters during the match between Ajax and Feyenoord on Sunday. Photo: Maria Grech/Reuters",
    # one known end without "between": a route may start anywhere
    "Ein Reisebus auf der Fahrt nach Passau am Sonntag. Foto: Jana Becker/dpa",
])
def test_ends_that_do_not_share_one_country_give_none(text):
    assert place(text)[1] is None


# --- 3. a compass word joined to a country: the country, never a town "Noord" ---------------

@pytest.mark.parametrize("text,country", [
    ("Onweer boven de akkers in Zuid-Frankrijk, zondag. Foto: ANP / Rik Smeets", "FRA"),
    ("Evacués in Oost-Oekraïne wachten op de bus, dinsdag. Foto: ANP / Rik Smeets", "UKR"),
    ("Hagel zerstört Weinberge in Norditalien am Samstag. Foto: Jana Becker/dpa", "ITA"),
    ("Ein Bauer mäht Heu in Ostdeutschland am Dienstag. Foto: Jana Becker/dpa", "DEU"),
])
def test_a_compass_word_joined_to_a_country_is_that_country(text, country):
    assert place(text)[:2] == (None, country)


@pytest.mark.parametrize("text", [
    # (Northern Ireland, in the United Kingdom and not in Ireland, is GB-NIR by its Dutch and
    # German names since regions29: tests/test_sources_sheet_regions29.py)
    # South Sudan is not Sudan
    "Überschwemmte Dörfer im Süd-Sudan am Freitag. Foto: Jana Becker/dpa",
])
def test_a_compass_word_that_makes_another_country_gives_none(text):
    assert place(text)[:2] == (None, None)


def test_a_compass_country_named_as_where_someone_comes_from_is_not_taken():
    text = "Seizoenarbeiders uit Noord-Frankrijk plukken aardbeien, dinsdag. Foto: ANP / Rik Smeets"
    assert place(text)[1] is None


# --- 4. French "dans le <département>": the département's one country -----------------------

@pytest.mark.parametrize("text", [
    # (names the place index lacks as regions; the départements' names are ISO 3166-2's)
    "Des pompiers luttent contre les flammes dans le Var, jeudi. Photo : Denis Charlier / AFP",
    "Un agriculteur inspecte ses noyers dans le Lot, lundi. Photo : Denis Charlier / AFP",
    "Un feu de forêt progresse dans l'Ain, mardi. Photo : Denis Charlier / AFP",
    "La grêle a couché les blés dans l'Aveyron, mardi. Photo : Denis Charlier / AFP",
])
def test_a_departement_after_dans_le_gives_france(text):
    assert place(text)[:2] == (None, "FRA")


@pytest.mark.parametrize("text", [
    # a range across a border and a name several countries give a subdivision: no country
    "Des randonneurs dans les Pyrénées, samedi. Photo : Denis Charlier / AFP",
    "Un orage éclate dans le Nord, samedi. Photo : Denis Charlier / AFP",
    # the Jura is a French département and a Swiss canton
    "Les sapins sous la neige dans le Jura, samedi. Photo : Denis Charlier / AFP",
    # said in a quote: speech, not the place
    "Un panneau « Sauvons les abeilles dans le Gers » lors du défilé, samedi. Photo : Denis Charlier / AFP",
])
def test_dans_le_without_one_countrys_subdivision_gives_none(text):
    assert place(text)[1] is None


# --- 5. a country's adjective with a landscape or region noun -------------------------------

@pytest.mark.parametrize("text,country", [
    ("Skiërs dalen af in de Oostenrijkse Alpen, zaterdag. Foto: ANP / Rik Smeets", "AUT"),
    ("Ein Schäfer treibt seine Herde in den rumänischen Karpaten am Montag. Foto: Jana Becker/dpa", "ROU"),
    ("Smoke rises over a village in the Greek countryside on Monday. Photo: Maria Grech/Reuters", "GRC"),
    ("Des chalets sous la neige dans les Alpes suisses, dimanche. Photo : Denis Charlier / AFP", "CHE"),
    ("Een brand woedt in de Spaanse provincie, zondag. Foto: ANP / Rik Smeets", "ESP"),
])
def test_a_country_adjective_with_a_landscape_gives_the_country(text, country):
    assert place(text)[:2] == (None, country)


@pytest.mark.parametrize("text", [
    # an institution, not a place
    "A soldier of the Ukrainian army cleans his rifle on Monday. Photo: Maria Grech/Reuters",
    "Ein Soldat in der ukrainischen Armee reinigt sein Gewehr am Montag. Foto: Jana Becker/dpa",
    # two countries' adjectives: which one is the picture's?
    "Russian state media broadcast from the Ukrainian capital on Monday. Photo: Maria Grech/Reuters",
    # where someone comes from
    "Ein Bergführer aus den Schweizer Alpen erklärt die Route am Montag. Foto: Jana Becker/dpa",
])
def test_a_country_adjective_without_a_place_noun_gives_none(text):
    assert place(text)[:2] == (None, None)


def test_the_town_named_like_a_range_is_still_taken_without_an_adjective():
    text = "Radfahrer auf dem Marktplatz in Alpen am Niederrhein am Sonntag. Foto: Jana Becker/dpa"
    assert place(text)[:2] == ("Alpen", "DEU")


@pytest.mark.parametrize("text", [
    "New sanctions on Cuba worry exporters, officials said. Photo: Maria Grech/Reuters",
    "Soldaten üben die Abwehr eines Angriffs auf Taiwan am Montag. Foto: Jana Becker/dpa",
])
def test_an_island_country_as_a_target_is_not_where_it_is(text):
    assert place(text)[1] is None
