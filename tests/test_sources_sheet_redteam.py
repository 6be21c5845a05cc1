"""Towns a caption names for what someone or something is, not for where the picture is
(issue 9, precision19; placeredteam.py and its hooks): for each class, what must be refused
and what must still be taken. Captions in our own wording, not those of corpus sheets 76-77."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. a birthplace -----------------------------------------------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Die in Hamburg geborene Cellistin Ida Lorenz probt im Konzerthaus in Dortmund. Foto: Jan Brandt/dpa",
     "Dortmund", "DEU"),
    ("De in Gent geboren fotograaf Bram Laps exposeert in Zwolle. Foto: Kees Bos/ANP", "Zwolle", "NLD"),
    ("Born in Leeds, the sculptor Ann Dale works in her studio in Cardiff. (AP Photo/Sam Reed)",
     "Cardiff", "GBR"),
    ("La pianiste née à Lyon Claire Vidal répète à Toulouse. Photo : Anne Roux / AFP", "Toulouse", "FRA"),
    ("The Glasgow-born poet Iain Rae reads at a library in Dublin. (AP Photo/Sam Reed)", "Dublin", "IRL"),
])
def test_a_birthplace_is_not_where_the_picture_is(text, city, country):
    assert place(text)[:2] == (city, country)


def test_a_birthplace_alone_is_left_blank_with_a_warning():
    city, country, warnings = place(
        "Der in Leipzig geborene Maler Tom Seidel vor einem seiner Bilder. Foto: Jan Brandt/dpa")
    assert (city, country) == (None, None)
    assert any("Leipzig" in w for w in warnings), warnings


# --- 2. a diplomat's or correspondent's post ------------------------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("De Belgische ambassadeur in Berlijn opent een tentoonstelling in Dresden. Foto: Kees Bos/ANP",
     "Dresden", "DEU"),
    ("Der österreichische Botschafter in Rom besucht ein Weingut in Verona. Foto: Jan Brandt/dpa",
     "Verona", "ITA"),
    ("L'ambassadeur d'Italie à Paris inaugure une école à Nice. Photo : Anne Roux / AFP", "Nice", "FRA"),
])
def test_a_diplomats_post_is_not_the_place(text, city, country):
    assert place(text)[:2] == (city, country)


# --- 3. where a train, flight or ship comes from ---------------------------------------------

@pytest.mark.parametrize("text", [
    "De Eurostar uit Londen rijdt het station binnen. Foto: Kees Bos/ANP",
    "Der ICE aus Berlin fährt mit Verspätung ein. Foto: Jan Brandt/dpa",
    "The flight from Lagos lands after a six-hour delay. (AP Photo/Sam Reed)",
    "Le TGV en provenance de Marseille entre en gare. Photo : Anne Roux / AFP",
])
def test_where_a_vehicle_comes_from_is_no_place(text):
    assert place(text)[:2] == (None, None)


@pytest.mark.parametrize("text,city,country", [
    # people from a town, with nothing else named: still where the picture is (placegate)
    ("Eine Frau aus Essen wartet auf den Bus. Foto: Jan Brandt/dpa", "Essen", "DEU"),
    # the vehicle's origin leaves the place written after it
    ("Passagiere der Fähre aus Kiel gehen in Oslo von Bord. Foto: Jan Brandt/dpa", "Oslo", "NOR"),
])
def test_people_from_a_town_and_a_vehicles_destination_still_count(text, city, country):
    assert place(text)[:2] == (city, country)


# --- 4. an event broadcast elsewhere, an appellation, an institution's town -------------------

@pytest.mark.parametrize("text,wrong", [
    ("Le sommet de l'UE à Bruxelles retransmis dans un lycée de Lille. Photo : Anne Roux / AFP", "Brussels"),
    ("De persconferentie in Den Haag wordt live uitgezonden in een school in Assen. Foto: Kees Bos/ANP",
     "The Hague"),
    ("Forscher der Universität Bremen messen das Eis auf Spitzbergen. Foto: Jan Brandt/dpa", "Bremen"),
])
def test_a_broadcast_or_an_institution_does_not_place_the_picture(text, wrong):
    # the other place or a blank with a warning; never the event's or the institution's town
    assert place(text)[0] != wrong


def test_an_appellation_after_its_trade_is_no_town():
    city, _, _ = place("Des viticulteurs de Cognac taillent la vigne près de Segonzac. Photo : Anne Roux / AFP")
    assert city != "Cognac"


def test_an_institution_named_by_its_town_alone_is_still_that_town():
    assert place("Studenten vor der Universität Kiel. Foto: Jan Brandt/dpa")[:2] == ("Kiel", "DEU")


# --- 5. the ends of a race or route; a station's word --------------------------------------

@pytest.mark.parametrize("text", [
    "Les coureurs de Paris-Nice dans une côte sous la pluie. Photo : Anne Roux / AFP",
    "Renners in de eerste kasseistrook van Gent-Wevelgem. Foto: Kees Bos/ANP",
])
def test_the_ends_of_a_race_are_not_its_place(text):
    assert place(text)[0] not in ("Paris", "Nice", "Ghent", "Gent", "Wevelgem")


def test_a_town_with_its_district_is_still_the_town():
    assert place("In Waghäusel-Kirrlach brennt eine Scheune. Foto: Jan Brandt/dpa")[:2] == ("Waghäusel", "DEU")


def test_a_station_word_is_no_quarter_of_paris():
    city, _, _ = place("Des voyageurs sur le quai de la station Gare Lille-Flandres. Photo : Anne Roux / AFP")
    assert city != "Gare"


# --- 6. a name that is also a region abroad ---------------------------------------------------

def test_a_county_abroad_beats_the_sheets_country():
    sheet = "\n\n".join([
        "Voters line up in Dallas, Texas. (AP Photo/Sam Reed)",
        "A parade in Denver, Colorado. (AP Photo/Sam Reed)",
        "Hop pickers at work on a farm in Kent. (AP Photo/Sam Reed)",
    ])
    from captionist.sources.sheet import parse_sheet
    caps = parse_sheet(sheet).captions
    assert caps[2].record.get("cityName") is None
    assert caps[0].record.get("cityName") == "Dallas"


def test_a_region_name_bound_to_its_country_is_still_the_town():
    assert place("Students walk on campus in Kent, Ohio. (AP Photo/Sam Reed)")[:2] == ("Kent", "USA")
