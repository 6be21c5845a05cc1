"""City and country recall of round cities32 (issue 9): other romanisations of towns of the Middle
East, the Caucasus and Ukraine (places/translit.py), Arabic articles inside a name
(placearabic.py), a mayor's own town written back as "the town" (placeoffice.py) and a court in
the genitive (placefacility.py). Captions in our own wording."""

from __future__ import annotations

import pytest

from captionist.places.index import get_index
from captionist.places.names import norm
from captionist.places.translit import variants
from captionist.sources.sheet.placearabic import ends_name, inner_word
from sheet_helpers import place


# --- the index knows the spellings each newsroom uses -----------------------------------------

@pytest.mark.parametrize("written, geonames, cc", [
    ("Soumgaït", "Sumgayit", "AZ"),          # French ou for u, ai for ay
    ("Hulyaipole", "Hulyaypole", "UA"),      # national Ukrainian ai for ay
    ("Deir al-Balah", "Dayr al Balaḩ", "PS"),  # deir for dayr
    ("Nabatiyé", "Nabatîyé et Tahta", "LB"),  # -iye for -ieh
    ("Arsal", "Aarsâl", "LB"),               # an alternate written with an ayin first: "`Arsal"
    ("Schuscha", "Shusha", "AZ"),            # German sch for sh
])
def test_other_romanisations_name_the_town(written, geonames, cc):
    got = [(c["name"], c["countrycode"]) for c in get_index().cities(norm(written))]
    assert (geonames, cc) in got


def test_no_respelling_of_towns_outside_transliterating_countries():
    # French "ou" for "u" only for names romanised from another script: no "Louxembourg"
    assert not get_index().cities(norm("Loudwigsburg"))
    assert not get_index().cities(norm("Soundsvall"))


def test_variants_are_regular():
    assert "deir al balah" in variants("dayr al balah")
    assert "soumgait" in variants("sumgayit")
    assert all(len(v) >= 4 for v in variants("sur"))


def test_the_ayin_mark_is_no_letter():
    assert norm("ʿArsāl") == norm("Arsal") == "arsal"


# --- an Arabic article inside a name ---------------------------------------------------------

def test_arabic_articles_are_inner_words():
    assert inner_word("al-Balah") and inner_word("el-Hanoun") and inner_word("ash-Shughur")
    assert inner_word("al") and ends_name("al-Balah")
    assert not inner_word("also") and not inner_word("al-qaida") and not ends_name("and")


@pytest.mark.parametrize("text, city, country", [
    ("Children queue for bread in Deir al-Balah, in the centre of the Gaza Strip, on Tuesday. "
     "REUTERS/Samir Awad", "Dayr al Balaḩ", "PSE"),
    ("Des habitants fouillent les ruines à Deir el-Balah, dans la bande de Gaza, mardi. AFP",
     "Dayr al Balaḩ", "PSE"),
])
def test_a_town_with_its_article_is_read_whole(text, city, country):
    got, cc, _ = place(text)
    assert (got, cc) == (city, country)


@pytest.mark.parametrize("text, city, country", [
    ("Le front de mer de Soumgaït, en Azerbaïdjan, un matin d'hiver. Photo : Reuters",
     "Sumgayit", "AZE"),
    ("Soldiers dig trenches near Hulyaipole, Zaporizhzhia region, Ukraine, on Friday. (AP Photo/Ivan Petrenko)",
     "Hulyaypole", "UKR"),
])
def test_a_respelled_town_is_taken(text, city, country):
    got, cc, _ = place(text)
    assert (got, cc) == (city, country)


# --- a mayor in "the town" is in the mayor's town --------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("Le maire de Longwy, Paul Remy, devant les remparts de la ville, samedi. Photo : Le Républicain lorrain",
     "Longwy"),
    ("The mayor of Bendigo, Anna Cole, walks through the town's flooded streets on Sunday. AAP Image/Tom Reid",
     "Bendigo"),
])
def test_a_mayor_in_the_town_itself(text, city):
    assert place(text)[0] == city


@pytest.mark.parametrize("text", [
    # the office alone still says nothing of where the picture is
    "Le maire de Saragosse, Luis Gil, lors d'une conférence de presse. AFP",
    "The mayor of Bendigo, Anna Cole, speaks to reporters on Friday. AAP Image/Tom Reid",
])
def test_a_mayor_elsewhere_is_no_place(text):
    assert place(text)[0] is None


def test_the_town_written_back_is_not_another_mayors():
    # another town is named: "la ville" is that one, the office town is not taken
    got = place("Le maire de Lyon devant l'hôtel de ville de Paris, lundi. Photo : AFP")[0]
    assert got != "Lyon"


# --- a court in the genitive names its town ----------------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("Die Angeklagte wird am Montag in den Saal des Landgerichts Itzehoe geführt. Foto: Jan Holm/dpa",
     "Itzehoe"),
    ("Zuschauer warten vor dem Eingang des Oberlandesgerichts Celle. Foto: Eva Lind/dpa", "Celle"),
])
def test_a_court_in_the_genitive(text, city):
    assert place(text)[0] == city


# --- a region's word with an elided "d'" names the region, not its town ------------------------

@pytest.mark.parametrize("text, city, country", [
    ("Des familles attendent au poste-frontière d'Islam Qala, dans la province d'Hérat, mardi. AFP",
     "Eslam Qaleh", "AFG"),
    ("Des soldats patrouillent dans la province d'Idlib, en Syrie, mardi. AFP", None, "SYR"),
])
def test_an_elided_region_word(text, city, country):
    got, cc, _ = place(text)
    assert (got, cc) == (city, country)
