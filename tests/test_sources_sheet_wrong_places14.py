"""The wrong places of the blind part 61-65 (issue 9), one class per test, in our own wording:
a town's adjective describing a person or team, a natural feature near a big city, a name of
small towns in several countries, a region's name that is a town in the country named."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet

from sheet_helpers import place


def sheet_places(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.record.get("cityName"), c.record.get("countryCode")) for c in parse_sheet(text).captions]


# --- 1. a town's adjective before a person's name or a team position is where they come from --

@pytest.mark.parametrize("text", [
    "La rennaise Chloé Marchal, cheffe étoilée, dans sa cuisine, jeudi. Photo : Paul Morel / AFP",
    "Le nancéien Hugo Ferry, champion de boulangerie, dans son atelier, lundi. Photo : Luc Bas / AFP",
    "Der Münchner Trainer Max Roth gibt Anweisungen, Samstag. Foto: Eva Stein/dpa",
])
def test_a_town_adjective_before_a_person_is_no_place(text):
    city, country, warnings = place(text)
    assert (city, country) == (None, None)
    assert any("where they come from" in w for w in warnings), warnings


def test_the_opposing_team_adjective_is_not_the_match_town():
    city, _, warnings = place("Bambergs Spielmacher Jan Kors setzt sich gegen drei Würzburger Verteidiger "
                              "durch. Foto: Eva Stein/dpa")
    assert city != "Würzburg", warnings


@pytest.mark.parametrize("text,city", [
    # a thing of the town, not a person: the adjective stands for the town (kept as before)
    ("Marktkramers op de Groningse Grote Markt, zaterdag. Foto: ANP / Piet Vos", "Groningen"),
    ("Des Heerenveense schaatsers trainen op de baan. Foto: ANP / Piet Vos", "Heerenveen"),
    # at the home side's ground the adjective is where the picture is
    ("Le milieu auxerrois Rémi Fauchard marque au stade de l'Abbé-Deschamps, samedi. Photo : AFP",
     "Auxerre"),
])
def test_a_town_adjective_of_a_thing_or_at_home_still_places(text, city):
    assert place(text)[0] == city


# --- 2. a natural feature near a big city: the city (the corpus convention since round 41) ----

@pytest.mark.parametrize("text,city,country", [
    # round 14 gave the country only; "near X" with no village named is X (tests/sheets/corpus/
    # README.md), and gate42 dropped the big-city exception (tests/test_sheet_featurebigcity42.py)
    ("Joggers in het Zoniënwoud bij Brussel, zondag. Foto: Belga", "Brussels", "BEL"),
    ("Walkers in Epping Forest near London, Sunday. Photo: PA", "London", "GBR"),
])
def test_a_feature_near_a_big_city_gives_the_city(text, city, country):
    got_city, got, warnings = place(text)
    assert (got_city, got) == (city, country), warnings


def test_a_feature_near_a_village_gives_the_village():
    # the village is the nearest town, as newsrooms write it ("am Traunsee bei Gmunden")
    assert place("Eisschwimmer steigen am Sonntag in den Traunsee bei Gmunden. Foto: APA/Eva Stein")[:2] \
        == ("Gmunden", "AUT")


# --- 4. a region's name that is a town in the country named after it --------------------------

@pytest.mark.parametrize("text,city,country", [
    # Salento is a region of Italy and a coffee town in Colombia: the country named wins
    ("Pickers fill baskets on a slope near Salento, Colombia. REUTERS/Ana Ruiz", "Salento", "COL"),
    # without a country named the region still reads as the region
    ("Olive groves in Salento, Tuesday. Photo: Ana Ruiz/AFP", None, "ITA"),
])
def test_a_country_named_beats_a_regions_country(text, city, country):
    assert place(text)[:2] == (city, country)


# --- 3. a village's name shared with a village of comparable size abroad ------------------------

_FRENCH = ("Des manifestants défilent à Lyon, samedi. Photo : Marc Roux / AFP\n\n"
           "Des pêcheurs sur le port de Marseille, lundi. Photo : Anne Petit / AFP\n\n"
           "Des vendangeurs à Beaune, mardi. Photo : Paul Morel / AFP\n\n")


def test_a_village_in_two_countries_written_only_as_of_it_is_left_blank():
    # Lignières: a village in France and one in Switzerland of comparable size; "le cross de
    # Lignières" does not say the picture is in the village, and no country is named
    res = parse_sheet(_FRENCH + "Des coureurs au départ du cross de Lignières, dimanche. Photo : AFP\n")
    cap = res.captions[-1]
    assert (cap.record.get("cityName"), cap.record.get("countryCode")) == (None, None)
    assert any("Lignières" in w and "comparable size" in w for w in cap.warnings), cap.warnings


@pytest.mark.parametrize("line,city,country", [
    # written as where the picture is, the sheet's country settles it
    ("Des coureurs s'élancent à Lignières, dimanche. Photo : AFP", "Lignières", "FRA"),
    # a country named settles it too
    ("Des coureurs au départ du cross de Lignières, en Suisse, dimanche. Photo : AFP", "Lignières", "CHE"),
])
def test_a_village_in_two_countries_placed_or_bound_is_written(line, city, country):
    cap = parse_sheet(_FRENCH + line + "\n").captions[-1]
    assert (cap.record.get("cityName"), cap.record.get("countryCode")) == (city, country), cap.warnings
