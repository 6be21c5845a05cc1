"""Blank cities of the blind parts 56-60 and 66-70 (issue 9, recall25) that the index holds,
one class per test, in our own wording: what must now be taken, and what still must not."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. an archive dateline: the town, a comma and the year alone ------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Zierikzee, 1953: Dijkwerkers dichten een gat in de zeedijk. Foto: Nationaal Archief",
     "Zierikzee", "NLD"),
    ("Middlesbrough, 1931 - Dockers unload iron ore at the quay. Photo: Frank Meadow Sutcliffe",
     "Middlesbrough", "GBR"),
    ("Görlitz, 1961: Arbeiterinnen in der Tuchfabrik an der Neiße. Foto: Bundesarchiv",
     "Görlitz", "DEU"),
])
def test_an_archive_dateline_with_the_year_alone_gives_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a label or a weekday before the year is no town
    "Archiv, 1953: Dijkwerkers dichten een gat in de zeedijk. Foto: Nationaal Archief",
    "Update, 1961: Arbeiterinnen in der Tuchfabrik an der Neiße. Foto: Bundesarchiv",
    # a year right after a word with no comma is no dateline (an event's name may read so)
    "Retrospektive 1961: Arbeiterinnen in der Tuchfabrik. Foto: Bundesarchiv",
])
def test_no_town_from_a_year_without_a_town_and_comma_before_it(text):
    assert place(text)[0] is None


# --- 2. a dateline whose town's name holds a small "de" ----------------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Santiago de Chile: Hunderte Rentner demonstrieren vor dem Kongress. Foto: Ana Ruiz/dpa",
     "Santiago", "CHL"),
    ("Santiago de Compostela: Pilger erreichen die Kathedrale. Foto: Lena Vogt/dpa",
     "Santiago de Compostela", "ESP"),
])
def test_a_dateline_town_with_de_in_its_name(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a person's name with "de" before a colon is a speaker, not a place
    "Luis de Guindos: Die Inflation sinkt langsamer als erwartet. Foto: Ana Ruiz/dpa",
    # a minister's title with "de" is no town either
    "Ministre de la Culture : la nouvelle loi est votée. Photo AFP",
])
def test_no_town_from_a_name_with_de_the_index_lacks(text):
    assert place(text)[0] is None


# --- 3. a plant, research centre or hospital named after its town ------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Arbeiter prüfen Karosserien im Opel-Werk Eisenach. Foto: Jan Brandt/dpa", "Eisenach", "DEU"),
    ("Ein Techniker wartet den Supercomputer im Forschungszentrum Jülich. Foto: Jan Brandt/dpa",
     "Jülich", "DEU"),
    ("Pflegekräfte im Klinikum Ingolstadt während der Nachtschicht. Foto: Jan Brandt/dpa",
     "Ingolstadt", "DEU"),
])
def test_a_plant_or_research_centre_names_its_town(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a hyphenated word that does not end in a plant is no cue ("Opel-Chef" is a person)
    "Der Opel-Chef Eisenach spricht vor der Belegschaft. Foto: Jan Brandt/dpa",
    # a plant's word inside a longer hyphenated word is no cue either ("Werk" must end it)
    "Die Werk-Chefin Eisenach spricht vor der Belegschaft. Foto: Jan Brandt/dpa",
])
def test_no_town_from_a_word_that_is_no_plant(text):
    assert place(text)[0] is None
