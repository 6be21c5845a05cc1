"""A caption that names a region but no town (issue 9, round 29, regions29): the region's
country is written, never a city, and a region name that is also a town, or that other
countries share, leaves the country blank. What must be taken and what must not, in our own
wording."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.gazetteer import load_gazetteer, norm


def _place(text: str):
    cap = parse_sheet(text + "\n").captions[0]
    return cap.record.get("cityName"), cap.record.get("countryCode")


# --- ISO 3166-2 subdivisions by their names in nl/en/de/fr (pycountry's catalogue) ---------

@pytest.mark.parametrize("name,a2", [
    ("Friesland", "NL"),        # NL-FR, "Fryslân" in ISO 3166-2
    ("Cornouailles", "GB"),     # GB-CON in French
    ("Piëmont", "IT"),          # IT-21 in Dutch
    ("Floride", "US"),          # US-FL in French
])
def test_a_subdivision_is_a_region_by_its_translated_name(name, a2):
    assert a2 in {r.country for r in load_gazetteer().index.regions(norm(name))}


@pytest.mark.parametrize("name", [
    "Marken",   # Dutch/German for the Italian region Marche, and a Dutch village by its own name
    "Moezel",   # Dutch for the department Moselle (below the first level): a river, a village's other name
])
def test_a_translated_name_that_is_a_town_is_no_region(name):
    assert load_gazetteer().index.regions(norm(name)) == ()


@pytest.mark.parametrize("text,country", [
    ("Zonnebloemen bloeien langs een dijk in Friesland. Foto: ANP / Rik Smeets", "NLD"),
    ("Des surfeurs attendent la vague sur une plage des Cornouailles. Photo Léa Morin / AFP", "GBR"),
    ("Wijnboeren oogsten druiven op de hellingen van Piëmont. Foto: ANP / Rik Smeets", "ITA"),
    ("Un ouragan frappe la côte en Floride. Photo Léa Morin / AFP", "USA"),
])
def test_the_country_of_a_translated_region_is_taken(text, country):
    assert _place(text) == (None, country)


@pytest.mark.parametrize("text,place", [
    # the village by its own name, not the Italian region of its Dutch name
    ("Een klompenmaker aan het werk in Marken. Foto: ANP / Rik Smeets", ("Marken", "NLD")),
    # regions several countries share stay blank
    ("Kiezers in Georgia staan in de rij. Foto: ANP / Rik Smeets", (None, None)),
    ("Carnavalsoptocht in Limburg. Foto: ANP / Rik Smeets", (None, None)),
    ("Binnenvaartschepen op de Moezel. Foto: ANP / Rik Smeets", (None, None)),
])
def test_what_a_translated_region_does_not_take(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text", [
    # Northern Ireland lies in the United Kingdom, not in Ireland; and "Noord" is no town (Aruba)
    "Rellen in de straten van Noord-Ierland, vrijdag. Foto: ANP / Rik Smeets",
    "Regen über den Hügeln in Nordirland am Freitag. Foto: Jana Becker/dpa",
])
def test_northern_ireland_by_its_own_name_is_the_united_kingdom(text):
    assert _place(text) == (None, "GBR")


# --- German landscapes written declined, lakes written as one word, more landscapes --------

@pytest.mark.parametrize("name,a2", [
    ("Hohen Tauern", "AT"),             # "in den Hohen Tauern" of "Hohe Tauern"
    ("Bayerischen Wald", "DE"),         # "im Bayerischen Wald" of "Bayerischer Wald"
    ("Schwäbischen Alb", "DE"),
    ("Hohen Venn", "BE"),
])
def test_a_german_landscape_is_a_region_when_declined(name, a2):
    assert a2 in {r.country for r in load_gazetteer().index.regions(norm(name))}


def test_an_english_name_is_not_declined_like_a_german_one():
    assert load_gazetteer().index.regions(norm("Outen Hebrides")) == ()


@pytest.mark.parametrize("text,country", [
    ("Bergsteiger rasten auf einer Hütte in den Hohen Tauern. Foto: Jana Becker/dpa", "AUT"),
    ("Nijlpaarden zwemmen in het Naivashameer, zaterdag. Foto: ANP / Rik Smeets", "KEN"),
    ("Wanderer auf dem Rennsteig im Nebel. Foto: Jana Becker/dpa", "DEU"),
    ("Mist hangs over the Malvern Hills at sunrise. (AP Photo/Nora Finch)", "GBR"),
    ("Fietsers op de Utrechtse Heuvelrug, zondag. Foto: ANP / Rik Smeets", "NLD"),
])
def test_the_country_of_a_landscape_or_lake_without_a_town_is_taken(text, country):
    assert _place(text) == (None, country)


@pytest.mark.parametrize("text", [
    # a lake word whose stem is no town, or a town of several countries
    "Zwemmers in het Zeemeer, zaterdag. Foto: ANP / Rik Smeets",
    # the lake's country is not taken when the caption names another country
    "Toeristen uit Duitsland bij het Naivashameer in Tanzania. Foto: ANP / Rik Smeets",
])
def test_a_lake_word_gives_no_country_it_cannot_stand_behind(text):
    assert _place(text)[1] in (None, "TZA")
    assert _place(text)[1] != "KEN"


def test_a_landscape_where_someone_comes_from_gives_no_country():
    text = "Wanderer aus der Oberpfalz machen Rast in Meran. Foto: Jana Becker/dpa"
    assert _place(text) == ("Merano", "ITA")   # the town, not the region of origin


# --- countries by CLDR's short names (babel) where pycountry's are formal ------------------

@pytest.mark.parametrize("text,country", [
    # "Tanzanie, République unie de" was the only French name: "en Tanzanie" named nothing
    ("Des girafes dans la savane, en Tanzanie, mardi. Photo Léa Morin / AFP", "TZA"),
    # and the German "Tansania" was read as a village of Mauritius
    ("Giraffen in der Savanne in Tansania am Dienstag. Foto: Jana Becker/dpa", "TZA"),
    ("Fishermen haul their boats up the beach in Cape Verde. (AP Photo/Ann Lee)", "CPV"),
])
def test_a_country_by_its_cldr_name_is_taken(text, country):
    assert _place(text) == (None, country)


@pytest.mark.parametrize("name", ["Saint-Martin", "St. Martin", "Sainte-Hélène", "Åland"])
def test_a_cldr_name_that_is_a_town_elsewhere_is_no_country(name):
    # French towns called Saint-Martin / Sainte-Hélène, Aland in India: not the territories
    assert norm(name) not in load_gazetteer().countries


# --- a regional public body or tourism board in the credit -------------------------------

@pytest.mark.parametrize("text,country", [
    ("Das Luftbild zeigt die Traktoren auf der Zufahrt zur Autobahn. Quelle: Polizeipräsidium Niederbayern", "DEU"),
    ("Die Aufnahme zeigt den beschädigten Briefkasten vor der Schule. Foto: Kantonspolizei St. Gallen", "CHE"),
    ("Schnee liegt auf der gesperrten Passstrasse. Foto: Kantonspolizei Graubünden", "CHE"),
])
def test_the_country_of_a_regional_body_in_the_credit_is_taken(text, country):
    assert _place(text) == (None, country)


@pytest.mark.parametrize("text,place", [
    # the caption's own place wins over the body's
    ("Ein Streifenwagen vor dem Rathaus in Salzburg. Foto: Polizei Köln", ("Salzburg", "AUT")),
    # a body named after a region of two countries, or a town of several, says nothing
    ("Een agent bij de afzetting. Foto: Politie Limburg", (None, None)),
    ("Rescue crews at the scene of the crash. Photo: Kent Fire and Rescue Service", (None, None)),
    # an agency or photographer is no regional body
    ("Ein Streifenwagen steht vor einem Haus. Foto: Jana Becker/dpa", (None, None)),
])
def test_what_a_body_in_the_credit_does_not_give(text, place):
    assert _place(text) == place


def test_a_region_name_two_countries_use_stays_blank():
    # the south of Dutch Limburg and the south of Belgian Limburg are both "Zuid-Limburg"
    assert _place("Appelpluk in Zuid-Limburg, zaterdag. Foto: ANP / Rik Smeets")[1] is None


def test_the_dutch_spelling_saudi_arabie_is_the_country():
    assert _place("Rallyrijders in de woestijn in Saudi-Arabië, dinsdag. Foto: ANP / Rik Smeets") == (None, "SAU")
