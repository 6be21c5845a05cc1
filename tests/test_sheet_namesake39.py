"""Namesakes against the sheet's own country (issue 9, namesake39): a town matched abroad only
through another of its names yields to the sheet's-country town whose own name is written
(placesheetnamesake.py); a weather noun after "bei" is the conditions, not a town
(placeweather.py). The captions are our own.
"""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parser
from sheet_helpers import sheet_places


def _sheet(first: str, *others: str) -> str:
    return "\n\n".join((first, *others))


# --- placesheetnamesake: an alias abroad against the sheet's own village --------------------

FINNISH = {
    "en": ("Reindeer cross a road outside Rovaniemi. Photo: Lehtikuva / Aino Laine",
           "Ferries leave the harbour in Helsinki. Photo: Lehtikuva / Aino Laine",
           "Students march in Tampere. Photo: Lehtikuva / Aino Laine"),
    "fr": ("Des rennes traversent une route à Rovaniemi. Photo : Lehtikuva / Aino Laine",
           "Des ferries quittent le port d'Helsinki. Photo : Lehtikuva / Aino Laine",
           "Des étudiants défilent à Tampere. Photo : Lehtikuva / Aino Laine"),
    "de": ("Rentiere überqueren eine Straße in Rovaniemi. Foto: Aino Laine/Lehtikuva/dpa",
           "Fähren verlassen den Südhafen von Helsinki. Foto: Aino Laine/Lehtikuva/dpa",
           "Studierende ziehen durch Tampere. Foto: Aino Laine/Lehtikuva/dpa"),
    "nl": ("Rendieren steken een weg over bij Rovaniemi. Foto: Lehtikuva / Aino Laine",
           "Veerboten verlaten de Zuidhaven van Helsinki. Foto: Lehtikuva / Aino Laine",
           "Studenten lopen door Tampere. Foto: Lehtikuva / Aino Laine"),
}


@pytest.mark.parametrize("lang, first", [
    ("en", "A skier in the giant slalom in Levi on Sunday. Photo: Lehtikuva / Aino Laine"),
    ("fr", "Une skieuse lors du slalom géant à Levi, dimanche. Photo : Lehtikuva / Aino Laine"),
    ("de", "Eine Skirennläuferin beim Riesenslalom in Levi am Sonntag. Foto: Aino Laine/Lehtikuva/dpa"),
    ("nl", "Een skiester tijdens de reuzenslalom in Levi, zondag. Foto: Lehtikuva / Aino Laine"),
])
def test_the_sheets_own_village_beats_a_town_abroad_known_only_by_an_alias(lang, first):
    assert sheet_places(_sheet(first, *FINNISH[lang]))[0] == ("Levi", "FIN")


def test_outside_the_sheets_country_the_alias_is_left_to_the_resolver():
    # a sheet on Quebec: no Finnish village is the sheet's, the rule does not act
    got = sheet_places(_sheet("Commuters wait for the ferry in Levi. Photo: Anne Roy/The Canadian Press",
                         "Snow falls on Quebec City. Photo: Anne Roy/The Canadian Press",
                         "Traffic on a bridge in Montreal. Photo: Anne Roy/The Canadian Press"))
    assert got[0][1] != "FIN"


@pytest.mark.parametrize("text, city, country", [
    # a newsroom exonym is the town's own name: Milan stays in a German sheet
    (_sheet("Models auf dem Laufsteg in Mailand. Foto: Karl Bauer/dpa",
            "Der Hafen von Hamburg am Morgen. Foto: Karl Bauer/dpa",
            "Touristen in München. Foto: Karl Bauer/dpa"), "Milan", "ITA"),
    # the sheet's own town by its own name stays
    (_sheet("Fietsers op de brug in Breukelen. Foto ANP / Jan de Vries",
            "De Dom in Utrecht. Foto ANP / Jan de Vries",
            "Markt in Gouda. Foto ANP / Jan de Vries"), "Breukelen", "NLD"),
])
def test_own_names_and_exonyms_are_left_alone(text, city, country):
    assert sheet_places(text)[0] == (city, country)


# --- placeweather: "bei Regen" ----------------------------------------------------------------

NORWAY = ("Der Hafen von Ålesund am Morgen. Foto: Lena Hof/dpa",
          "Touristen an der Kaimauer in Stavanger. Foto: Lena Hof/dpa")


@pytest.mark.parametrize("text, city, country", [
    # a German village named like the weather bound the town to Germany
    (_sheet("Der Fischmarkt von Bergen bei Nebel. Foto: Lena Hof/dpa", *NORWAY), "Bergen", "NOR"),
    # a US village named like the weather lost the town
    ("Der Marktplatz in Husum bei Frost. Foto: Jan Ohm/dpa", "Husum", "DEU"),
])
def test_a_weather_noun_after_bei_is_no_town(text, city, country):
    assert sheet_places(text)[0] == (city, country)


@pytest.mark.parametrize("text, city, country", [
    # the town of that name, written as a town, stays
    ("Das Rathaus in Regen am Abend. Foto: Jan Ohm/dpa", "Regen", "DEU"),
    ("Kinder spielen im Regen in Husum. Foto: Jan Ohm/dpa", "Husum", "DEU"),
    # the other languages write the weather small
    ("Fietsers in Utrecht bij regen. Foto ANP / Jan de Vries", "Utrecht", "NLD"),
    ("Commuters in Leeds in the rain. Photo: Tom Hale/PA", "Leeds", "GBR"),
    ("Des passants à Lille sous la pluie. Photo : Paul Marc / AFP", "Lille", "FRA"),
])
def test_weather_words_elsewhere_change_nothing(text, city, country):
    assert sheet_places(text)[0] == (city, country)


def test_the_rules_are_what_makes_the_difference(monkeypatch):
    # without placesheetnamesake the alias abroad is written (the tests above fail so)
    monkeypatch.setattr(parser, "sheet_namesake", lambda *a: None)
    first = "A skier in the giant slalom in Levi on Sunday. Photo: Lehtikuva / Aino Laine"
    assert sheet_places(_sheet(first, *FINNISH["en"]))[0] != ("Levi", "FIN")
