"""General precision rules of the place gate (issue 9, precision17, placeagree.py): a town used
as a team's name is not the picture's place, a town must lie in the province, Land or state the
caption places the picture in, and a named park is not its town (which the parser already held:
the tests keep it so). Each rule: what it refuses and what it still takes."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.gazetteer import load_gazetteer
from captionist.sources.sheet.placeadmin1 import ISO_TO_ADMIN1, admin1_of
from sheet_helpers import place


# --- teams are not places ---------------------------------------------------------------------

@pytest.mark.parametrize("text,town", [
    ("Die Spieler von Heidenheim jubeln nach dem Abpfiff. Foto: Max Roth/dpa", "Heidenheim"),
    ("Les joueurs de Guingamp célèbrent leur victoire. Photo: Jean Morel/AFP", "Guingamp"),
    ("Hockeyers van Bloemendaal vieren de titel. Foto: ANP / Jan Bakker", "Bloemendaal"),
    ("The Wigan captain lifts the trophy after the final. Photo: Tom Hale/PA", "Wigan"),
    ("Der Coburger Torwart Max Roth hält einen Siebenmeter. Foto: Anna Wirth/dpa", "Coburger"),
    ("Supporters of Bristol Rovers gather outside the ground. Photo: Tom Hale/PA", "Bristol"),
])
def test_a_town_named_as_a_team_is_not_written(text, town):
    city, country, warnings = place(text)
    assert (city, country) == (None, None)
    assert any(w.startswith(f"place not written: {town} (") and ("team" in w or "another name" in w)
               for w in warnings), warnings


@pytest.mark.parametrize("text,want", [
    # a positional cue of its own puts the picture in the team's town
    ("Die Spieler von Heidenheim trainieren in Heidenheim an der Brenz. Foto: Max Roth/dpa",
     ("Heidenheim an der Brenz", "DEU")),
    ("Players train at the ground in Wigan on Tuesday. Photo: Tom Hale/PA", ("Wigan", "GBR")),
    ("Les joueurs de Guingamp à l'entraînement à Pabu. Photo: Jean Morel/AFP", ("Pabu", "FRA")),
    # fans are where they are: at home, in their town
    ("Grazer Fans feiern in der Merkur Arena den Sieg. Foto: GEPA pictures/Markus Oberländer", ("Graz", "AUT")),
    ("Supporters celebrate on the Town Hall square in Stockholm, Sweden. Photo: Tom Hale/Reuters",
     ("Stockholm", "SWE")),
])
def test_a_team_town_with_its_own_place_cue_is_still_taken(text, want):
    assert place(text)[:2] == want


# --- a person's name is not a place -----------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    # Mandela is also a town of Ghana (GeoNames: 77,000 people)
    ("Ein Porträt von Mandela hängt in der Galerie. Foto: Max Roth/dpa", "Mandela"),
    ("Supporters of Mandela gather outside the court. Photo: Tom Hale/AP", "Mandela"),
])
def test_a_name_a_portrait_or_supporters_are_of_is_a_person(text, name):
    city, country, warnings = place(text)
    assert (city, country) == (None, None)
    assert any(w.startswith(f"place not written: {name} (") and "person" in w for w in warnings), warnings


@pytest.mark.parametrize("text,want", [
    ("A mural of Mandela in Soweto. Photo: Tom Hale/AP", ("Soweto", "ZAF")),
    ("Des partisans de Mélenchon à Bamako. Photo: Jean Morel/AFP", ("Bamako", "MLI")),
    ("Un hommage à Nice aux victimes de l'attentat. Photo: Jean Morel/AFP", ("Nice", "FRA")),
])
def test_the_place_of_a_portrait_or_a_tribute_is_still_taken(text, want):
    assert place(text)[:2] == want


# --- agreement with the province or state the caption names -----------------------------------

@pytest.mark.parametrize("text,country,town", [
    ("Boeren protesteren in Hoorn in de provincie Limburg. Foto: ANP / Jan Bakker", "NLD", "Hoorn"),
    ("Flooding in Richmond in the state of Oregon. Photo: Tom Hale/AP", "USA", "Richmond"),
])
def test_a_town_outside_the_named_province_or_state_is_refused(text, country, town):
    city, got_country, warnings = place(text)
    assert (city, got_country) == (None, country)
    assert any(w.startswith(f"place not written: {town} (") and "province or state" in w for w in warnings)


@pytest.mark.parametrize("text,country,town", [
    ("Feuerwehrleute in Hannover in Bayern. Foto: Max Roth/dpa", "DEU", "Hannover"),
    # a region's adjective right before the town ("im sächsischen X"): the index has no Neustadt
    # of its own name in Saxony, so the Neustadt of Rhineland-Palatinate is refused
    ("Feuerwehrleute im sächsischen Neustadt. Foto: Max Roth/dpa", "DEU", "Neustadt"),
    ("Des pompiers dans le village savoyard de Bonneval. Photo: Jean Morel/AFP", "FRA", "Bonneval"),
])
def test_a_region_written_as_a_word_or_adjective_is_agreed_with(text, country, town):
    city, got_country, warnings = place(text)
    assert (city, got_country) == (None, country)
    assert any(w.startswith(f"place not written: {town} (") and "province or state" in w for w in warnings)


@pytest.mark.parametrize("text,want", [
    ("Boeren protesteren in Hoorn in Noord-Holland. Foto: ANP / Jan Bakker", ("Hoorn", "NLD")),
    # a namesake in the named region wins: Bruck an der Mur lies in Styria
    ("Feuerwehr in Bruck in der Steiermark. Foto: Max Roth/dpa", ("Bruck an der Mur", "AUT")),
    ("Fire crews in Perth in Western Australia. Photo: Tom Hale/AP", ("Perth", "AUS")),
    ("Fire crews in Perth in Scotland. Photo: Tom Hale/AP", ("Perth", "GBR")),
    ("Touristen im bayerischen Dorf Oberammergau. Foto: Max Roth/dpa", ("Oberammergau", "DEU")),
    ("Boeren in het Brabantse dorp Oss. Foto: ANP / Jan Bakker", ("Oss", "NLD")),
    # a region's adjective of a person names no region of the picture
    ("Ein bayerischer Landwirt in Wien. Foto: Max Roth/dpa", ("Vienna", "AUT")),
    # a region of where someone comes from is not the picture's
    ("Ein Landwirt aus dem bayerischen Neustadt protestiert in Berlin. Foto: Max Roth/dpa", ("Berlin", "DEU")),
    ("Boeren uit het Brabantse Oss protesteren in Den Haag. Foto: ANP / Jan Bakker", ("The Hague", "NLD")),
    ("Feuerwehrleute aus Neustadt in Bayern helfen in Dresden. Foto: Max Roth/dpa", ("Dresden", "DEU")),
    # any region of the country the caption names will do
    ("Hochwasser in Bayern und Baden-Württemberg: Helfer in Ulm. Foto: Max Roth/dpa", ("Ulm", "DEU")),
    ("Flooding in Richmond in the state of Virginia. Photo: Tom Hale/AP", ("Richmond", "USA")),
    ("Fans celebrate in Springfield, in the state of Oregon. Photo: Tom Hale/AP", ("Springfield", "USA")),
    ("Feuerwehrleute in Neustadt in Sachsen. Foto: Max Roth/dpa", ("Neustadt in Sachsen", "DEU")),
])
def test_a_town_in_the_named_province_or_state_is_taken(text, want):
    assert place(text)[:2] == want


@pytest.mark.parametrize("a2,capitals", [
    ("NL", {"DR": "assen", "FR": "leeuwarden", "GE": "arnhem", "GR": "groningen", "LI": "maastricht",
            "NB": "eindhoven", "NH": "amsterdam", "UT": "utrecht", "ZE": "middelburg", "ZH": "rotterdam",
            "OV": "zwolle", "FL": "almere"}),
    ("DE", {"BW": "stuttgart", "BY": "munich", "HB": "bremen", "HH": "hamburg", "HE": "frankfurt am main",
            "NI": "hannover", "NW": "koln", "RP": "mainz", "SL": "saarbrucken", "SH": "kiel", "BB": "potsdam",
            "MV": "rostock", "SN": "dresden", "ST": "magdeburg", "TH": "erfurt", "BE": "berlin"}),
])
def test_the_region_code_table_agrees_with_the_index_nl_de(a2, capitals):
    """The ISO 3166-2 -> GeoNames admin1 facts, read back from a big city of each region."""
    gz = load_gazetteer()
    assert set(capitals) == set(ISO_TO_ADMIN1[a2])
    for iso, key in capitals.items():
        city = next(c for c in gz.cities.get(key) if c["countrycode"] == a2)
        assert city["admin1code"] == ISO_TO_ADMIN1[a2][iso], (iso, key)


@pytest.mark.parametrize("a2,iso,key", [
    ("AT", "6", "graz"), ("AT", "9", "vienna"), ("AT", "7", "innsbruck"),
    ("CA", "BC", "vancouver"), ("CA", "QC", "montreal"), ("CA", "ON", "toronto"),
    ("AU", "WA", "perth"), ("AU", "NSW", "sydney"),
    ("FR", "PAC", "marseille"), ("FR", "GES", "strasbourg"), ("FR", "IDF", "paris"),
    ("IT", "52", "florence"), ("IT", "25", "milan"), ("IT", "82", "palermo"),
    ("ES", "AN", "seville"), ("ES", "CT", "barcelona"), ("ES", "MD", "madrid"),
])
def test_the_region_code_table_agrees_with_the_index(a2, iso, key):
    gz = load_gazetteer()
    city = next(c for c in gz.cities.get(key) if c["countrycode"] == a2)
    assert admin1_of(a2, iso) == city["admin1code"]


@pytest.mark.parametrize("a2,iso,want", [
    ("FR", "06", "93"),      # Alpes-Maritimes lies in Provence-Alpes-Côte d'Azur
    ("FR", "67", "44"),      # Bas-Rhin, through the European collectivity of Alsace, in Grand Est
    ("GB", "NYK", "ENG"),    # a county, in England
    ("BE", "VLI", "VLG"),    # a province, in Flanders
    ("IT", "FI", "16"),      # a metropolitan city, in Tuscany
    ("ES", "SE", "51"),      # a province, in Andalusia
    ("US", "OR", "OR"),
    ("PL", "12", None),      # a country this module has no facts for: the rule says nothing
    ("NL", "", None),
])
def test_a_region_is_taken_up_to_its_first_level_division(a2, iso, want):
    assert admin1_of(a2, iso) == want


# --- named parks and reserves are not their towns ---------------------------------------------

@pytest.mark.parametrize("text,want", [
    ("Hikers walk in Jasper National Park in the morning. Photo: Tom Hale/Reuters", (None, None)),
    ("Elephants cross a road in Kruger National Park, South Africa. Photo: Tom Hale/Reuters", (None, "ZAF")),
    # a park named after a town of one country lies in that country: its country only (wrong18)
    ("Wanderer im Nationalpark Berchtesgaden am Samstag. Foto: Max Roth/dpa", (None, "DEU")),
    ("Des randonneurs dans le parc national de la Vanoise, samedi. Photo: Jean Morel/AFP", (None, "FRA")),
    ("Rangers patrol the Pilanesberg Game Reserve. Photo: Tom Hale/Reuters", (None, None)),
    ("Visitors at Yosemite National Park on Monday. Photo: Tom Hale/AP", (None, "USA")),
])
def test_a_named_park_is_not_its_town(text, want):
    assert place(text)[:2] == want


@pytest.mark.parametrize("text,want", [
    # the town itself, or a town the park is written near, stays the place
    ("Wanderer in Berchtesgaden am Samstag. Foto: Max Roth/dpa", ("Berchtesgaden", "DEU")),
    ("Touristen am Eingang zum Nationalpark in Berchtesgaden. Foto: Max Roth/dpa", ("Berchtesgaden", "DEU")),
    ("Wanderer im Naturpark Altmühltal bei Eichstätt. Foto: Max Roth/dpa", ("Eichstätt", "DEU")),
])
def test_the_town_of_a_park_written_as_a_place_is_taken(text, want):
    assert place(text)[:2] == want
