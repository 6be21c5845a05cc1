"""Blank cities of the tuned part that the index has (issue 9, recall22), English and French,
one class per test, in our own wording: what the place gate must now take, and what it must
still leave blank."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. "near X, State": a bare word abroad does not make X only a locating place -------------

@pytest.mark.parametrize("text,city,country", [
    ("A pickup truck drives along U.S. Route 385 near Alpine, Texas, on Monday. AP Photo/Ann Reyes",
     "Alpine", "USA"),
    ("Ice fishermen on the U.S. side of the lake near Port Clinton, Ohio, Sunday. AP Photo/Lee Park",
     "Port Clinton", "USA"),
])
def test_near_a_town_bound_to_its_state_gives_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a town named before "near Y, State" is the place; Y only locates it
    "Firefighters in Fort Davis, near Alpine, Texas, on Monday. AP Photo/Ann Reyes",
    # a cued place of its own before "near": the town near it is no place of the picture
    "Workers at the refinery in Borger near Amarillo, Texas, on Monday. AP Photo/Ann Reyes",
])
def test_near_a_town_still_only_locates_another_place_written_as_such(text):
    assert place(text)[0] not in ("Alpine", "Amarillo")


# --- 2. a town's state or canton written by its code in brackets: "Champéry (VS)" ------------

@pytest.mark.parametrize("text,city,country", [
    ("Des skieurs au-dessus de Saas-Fee (VS), samedi. JEAN REVAZ / KEYSTONE", "Saas-Fee", "CHE"),
    ("Des pisteurs au-dessus de Grindelwald (BE), lundi. ANNE MOSER / KEYSTONE", "Grindelwald", "CHE"),
])
def test_a_bracketed_canton_code_binds_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


def test_a_bracketed_code_gives_the_country_even_when_the_town_is_refused():
    # where a winegrower comes from stays no place of the picture, but the canton is Swiss
    assert place("Un vigneron de Salgesch (VS) taille sa vigne. JEAN REVAZ / KEYSTONE")[:2] == (None, "CHE")


@pytest.mark.parametrize("text", [
    # BE is the code of Bern's canton, but no Paris lies in it: the code binds nothing
    "Des pompiers à Paris (BE), mercredi. JEAN REVAZ / KEYSTONE",
    # a code no country uses for a region of any Paris
    "Des pompiers à Paris (XZ), mercredi. JEAN REVAZ / KEYSTONE",
])
def test_a_code_that_is_no_region_of_the_town_binds_nothing(text):
    assert place(text)[:2] == ("Paris", "FRA")


# --- 3. a country written right after a town named like its province -------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Des secouristes dans le centre historique de Belluno, en Italie, samedi. ANDREA ROSSI / AFP", "Belluno", "ITA"),
    ("Les remparts de Taounate, dans le nord du Maroc, mardi. FADEL SENNA / AFP", "Taounate", "MAR"),
    ("Pilgrims walk through the historic centre of Sondrio, in northern Italy, on Sunday. AP Photo/Luca Bruno",
     "Sondrio", "ITA"),
])
def test_a_country_after_the_town_makes_it_the_town_not_its_province(text, city, country):
    assert place(text)[:2] == (city, country)


def test_a_country_after_the_name_that_holds_no_such_town_gives_no_town():
    # no Belluno lies in Spain: the name stays the Italian province's, the city blank
    assert place("Des touristes dans le centre historique de Belluno, en Espagne. ANDREA ROSSI / AFP")[0] is None


# --- 4. a town's seafront is the town, not a sea named after it ---------------------------------

def test_the_seafront_of_a_town_is_the_town():
    assert place("Des promeneurs sur le front de mer de Salonique (Grèce), dimanche. SAKIS MITROLIDIS / AFP")[:2] \
        == ("Thessaloníki", "GRC")


def test_a_sea_named_after_a_town_is_still_no_town():
    assert place("Un cargo en mer de Marmara, dimanche. OZAN KOSE / AFP")[0] is None


# --- 5. a landmark carrying its town's name, followed by the town's region or country ----------

@pytest.mark.parametrize("text,city,country", [
    ("Visitors queue below Alnwick Castle in Northumberland, England, on Friday. Owen Humphreys/PA via AP",
     "Alnwick", "GBR"),
    ("Golfers on the first tee at Royal Portrush, Northern Ireland, on Thursday. AP Photo/Peter Morrison",
     "Portrush", "GBR"),
    ("Runners cross the bridge during the Rotorua Marathon, New Zealand, on Saturday. AP Photo/Ann Lee",
     "Rotorua", "NZL"),
])
def test_a_landmark_named_after_its_town_with_the_country_gives_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a county cannot be checked: a big city's name on a landmark in another county is no evidence
    "Tourists queue at Leeds Castle in Kent, England, on Monday. Gareth Fuller/PA via AP",
    # no country or region after the landmark
    "Tourists queue at Alnwick Castle on Monday. Owen Humphreys/PA via AP",
    # another place the caption names may be where the picture is
    "Pupils from Alnwick Castle, England, visit the museum in Newcastle. Owen Humphreys/PA via AP",
    # a team is no landmark
    "Fans of Manchester United, England, before the final on Saturday. AP Photo/Jon Super",
])
def test_no_town_from_a_landmark_without_its_country_or_beside_another_place(text):
    assert place(text)[0] not in ("Leeds", "Alnwick", "Manchester")


# --- 6. the demonym of a small French-speaking town, in a sheet of that country ---------------

def _sheet_cities(captions: list[str]) -> list:
    from captionist.sources.sheet import parse_sheet
    return [(c.record.get("cityName"), c.record.get("countryCode"))
            for c in parse_sheet("\n\n".join(captions)).captions]


_FRENCH = ["Des manifestants défilent à Mende, samedi. Photo : Anne Roux / Midi Libre",
           "Un troupeau traverse la place à Florac, dimanche. Photo : Anne Roux / Midi Libre"]


def test_a_small_towns_demonym_gives_the_town_in_a_sheet_of_its_country():
    got = _sheet_cities([*_FRENCH, "Des commerçants marvejolais sur le marché, mercredi. Photo : Anne Roux / Midi Libre"])
    assert got[-1] == ("Marvejols", "FRA")


@pytest.mark.parametrize("word", [
    # common words: no town of 2,000+ by the root's own name ("bourgeois" is no Bourges)
    "bourgeois", "anciens", "courtois",
    # a root too short to tell from a word ("montois" is Mont-de-Marsan's, not Monts')
    "montois",
])
def test_no_small_town_from_a_common_word_or_a_short_root(word):
    got = _sheet_cities([*_FRENCH, f"Des commerçants {word} sur le marché, mercredi. Photo : Anne Roux / Midi Libre"])
    assert got[-1][0] is None


def test_a_small_towns_demonym_is_no_place_in_a_sheet_of_another_country():
    english = ["Protesters march in Leeds on Saturday. AP Photo/Jon Super",
               "Sheep graze near Keswick on Sunday. AP Photo/Jon Super"]
    got = _sheet_cities([*english, "Des commerçants marvejolais sur le marché, mercredi. Photo : Anne Roux / Midi Libre"])
    assert got[-1][0] is None


# --- 7. French "entre dans X" is the verb (goes into X), not "between" ------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Le peloton entre dans Pau sous la pluie, mardi. LAURENT DARD / AFP", "Pau", "FRA"),
    ("Un train de marchandises entre en gare de Metz, lundi. JEAN-CHRISTOPHE VERHAEGEN / AFP", "Metz", "FRA"),
])
def test_entre_dans_is_going_into_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


def test_entre_x_et_y_is_still_between_two_places():
    city, _, warnings = place("Le pont entre Kehl et Strasbourg, samedi. LAURENT DARD / AFP")
    assert city is None and any("between Kehl and Strasbourg" in w for w in warnings)


# --- 8. an aerial picture over the town: "survole X" ---------------------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Un canadair survole Bédarieux, jeudi. PASCAL GUYOT / AFP", "Bédarieux", "FRA"),
    ("Ein Hubschrauber überfliegt Meißen am Dienstag. Foto: Robert Michael/dpa", "Meissen", "DEU"),
])
def test_flying_over_a_town_places_the_picture_there(text, city, country):
    assert place(text)[:2] == (city, country)


# --- 9. a Canadian province in its short form after the town: "Baie-Comeau, Que." -------------

@pytest.mark.parametrize("text,city,country", [
    ("A moose crosses the highway near Sept-Îles, Que., on Monday. THE CANADIAN PRESS/Paul Chiasson",
     "Sept-Îles", "CAN"),
    ("Smoke rises over a ridge near Kamloops, B.C., on Friday. THE CANADIAN PRESS/Darryl Dyck",
     "Kamloops", "CAN"),
])
def test_a_short_canadian_province_binds_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


def test_a_short_canadian_province_keeps_only_its_own_towns_of_the_name():
    from captionist.sources.sheet.places import find_places
    from captionist.sources.sheet.placeresolve import resolve_place
    got = resolve_place(find_places("Flooding in Richmond, Que., on Friday."), None).city
    assert (got["name"], got["countrycode"], got["admin1code"]) == ("Richmond", "CA", "10")    # not Richmond, B.C.


# --- 10. a country named after its town: "à Luxembourg", "in Monaco" ----------------------------

@pytest.mark.parametrize("text,city,country", [
    # French writes a town after "à", a country after "au"/"en"
    ("Des cyclistes à Luxembourg, samedi. Photo : Anouk Reding / AFP", "Luxembourg", "LUX"),
    # a city-state: most of its people live in the town of its name
    ("Yachts moored in the harbour in Monaco on Sunday. AP Photo/Luca Bruno", "Monaco", "MCO"),
    ("Zuschauer jubeln am Sonntag in Singapur. Foto: Wei Tan/dpa", "Singapore", "SGP"),
])
def test_a_country_named_after_its_town_gives_the_town_where_written_as_a_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text,country", [
    # "au Luxembourg" and English "in Luxembourg" are the country (its capital holds a tenth of it)
    ("Des inondations au Luxembourg, lundi. Photo : Anouk Reding / AFP", "LUX"),
    ("Floods in Luxembourg on Monday. AP Photo/Luca Bruno", "LUX"),
    # a country whose biggest town bears another name
    ("Protesters in Mexico on Monday. AP Photo/Luca Bruno", "MEX"),
])
def test_a_country_stays_a_country(text, country):
    assert place(text)[:2] == (None, country)


def test_no_capital_when_the_caption_names_another_place():
    assert place("Fans in Nice before the race in Monaco. AP Photo/Luca Bruno")[0] != "Monaco"
