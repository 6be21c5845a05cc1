"""Airports named after a town they do not lie in (facilities34, placeairport.py): the town an
airport is named after is written only when the airport lies at it; a second town in its name
that lies at the airport is written instead; else no town, a warning naming the airport, and
the airport's country. Captions are our own, in the structures real ones use."""

from __future__ import annotations

import pytest

from captionist.places import get_index, norm
from sheet_helpers import assert_refused, place


def _airports_of(name: str) -> set[str]:
    ix = get_index()
    town = ix.cities(norm(name))[0]
    return {a["iata"] for a in ix.airports(town["geonameid"])}


def test_the_index_holds_airports_linked_to_the_towns_they_are_named_after():
    assert "STR" in _airports_of("Stuttgart")
    assert "VIE" in _airports_of("Wien")             # the town's exonym finds it by the town's id
    assert {"LGW", "STN", "LHR"} <= _airports_of("London")
    airport = next(a for a in get_index().airports(get_index().cities("lille")[0]["geonameid"]))
    assert airport["countrycode"] == "FR" and 50 < airport["latitude"] < 51


@pytest.mark.parametrize("text, city, country", [
    # the name's second town lies at the airport: that town
    ("Räumfahrzeuge halten am Mittwoch die Piste am Flughafen Wien-Schwechat frei. Foto: Anna Berg/APA", "Schwechat", "AUT"),
    ("Des voyageurs patientent à l'aéroport de Lille-Lesquin, jeudi. Photo Paul Roux / AFP", "Lesquin", "FRA"),
    ("Een vrachttoestel taxiet over het platform van Groningen Airport Eelde. Foto ANP / Kees Bos", "Eelde", "NLD"),
    ("Grévistes devant l'aéroport de Toulouse-Blagnac, lundi. Photo Marc Vidal / AFP", "Blagnac", "FRA"),
    # the airport lies at the town it is named after: the town stays
    ("Ein Flugzeug der Austrian landet am Flughafen Klagenfurt. Foto: Eva Kern/APA", "Klagenfurt am Wörthersee", "AUT"),
    ("Reizigers in de vertrekhal van Rotterdam The Hague Airport, vrijdag. Foto ANP / Sara Mol", "Rotterdam", "NLD"),
    # the place stated after the airport wins, as before
    ("Reisende am Flughafen BER in Schönefeld vor der Sicherheitskontrolle. Foto: Jan Wolf/dpa", "Schönefeld", "DEU"),
])
def test_an_airport_gives_the_town_it_lies_at(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)


@pytest.mark.parametrize("text, name, country", [
    ("Ein Airbus rollt am Flughafen Stuttgart zur Startbahn. Foto: Tim Roth/dpa", "Stuttgart", "DEU"),
    ("Travellers queue at Stockholm Arlanda after snow closed the airport overnight. (AP Photo/Lars Berg)",
     "Stockholm", "SWE"),
    ("Passagiers stappen woensdag uit op Maastricht Aachen Airport. Foto ANP / Rob Hul", "Maastricht", "NLD"),
    ("Ground crews de-ice a jet at London Gatwick Airport on Monday. PA Photo", "London", "GBR"),
])
def test_an_airport_far_from_its_town_gives_no_town_and_its_country(text, name, country):
    assert_refused(text, name, "airport named after it")
    assert place(text)[1] == country


def test_a_station_or_street_after_a_town_is_no_airport():
    # a capitalised word after a town is part of an airport's name only when the airport has it
    city, country, _ = place("Wartende Fahrgäste im Bahnhof Stuttgart Hauptbahnhof am Montag. Foto: Ina Holz/dpa")
    assert city in (None, "Stuttgart") and country in (None, "DEU")
    assert place("Fans celebrate in Stockholm on Sunday night near the old airport museum. (AP Photo/Lars Berg)")[0] \
        == "Stockholm"


@pytest.mark.parametrize("text, name, country", [
    ("F-35 jets taxi at RAF Lakenheath in Suffolk, England, on Friday. (AP Photo/Kim Moss)", "RAF Lakenheath", "GBR"),
    ("A Typhoon lands at RAF Marham in Norfolk, England, on Tuesday. (AP Photo/Kim Moss)", "RAF Marham", "GBR"),
])
def test_an_air_base_the_index_lacks_is_no_village_of_its_name(text, name, country):
    # placeunlisted.FACILITY_HEADS: the base is named after the village, it is not a village "RAF X"
    city, got_country, warnings = place(text)
    assert city is None and got_country == country
    assert any(name in w for w in warnings), warnings


def test_an_air_base_named_after_a_town_the_index_holds_keeps_the_town():
    assert place("Tornados am Fliegerhorst Nörvenich im Kreis Düren. Foto: Ina Fassbender/dpa")[:2] == ("Nörvenich", "DEU")
