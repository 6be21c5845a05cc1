"""Villages the caption names that came out blank (issue 9, villages46). The captions are our own.

- placebeyond.py: a country written as the far side of a border ("an der Grenze zur Ukraine",
  "bij de grens met Oekraïne", "near the border with Ukraine", "à la frontière avec l'Ukraine")
  does not refuse the village on the near side;
- placeunlisted._own_words: an article, "Bad" or "Sankt" that opens a village's name the index
  lacks is part of the name ("à La Bérarde (Isère)", "the village of Le Brassus, Switzerland").
"""

from __future__ import annotations

import pytest

from sheet_helpers import place
from captionist.sources.sheet.placebeyond import beyond_countries


@pytest.mark.parametrize("text, city, country", [
    ("Zöllner kontrollieren am Montag Lastwagen in Medyka an der Grenze zur Ukraine. Foto: Eva Maier/dpa",
     "Medyka", "POL"),
    ("Boeren blokkeren dinsdag de weg bij Hrebenne, vlak bij de grens met Oekraïne. Foto ANP / Piet Smit",
     "Hrebenne", "POL"),
    ("Volunteers hand out soup to lorry drivers in Medyka, near the border with Ukraine, on Monday. "
     "(AP Photo/Tom Reed)", "Medyka", "POL"),
    ("Des camions attendent à Hrebenne, à la frontière avec l'Ukraine, lundi. AFP", "Hrebenne", "POL"),
])
def test_a_village_by_the_border_is_written_in_its_own_country(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country), warnings


@pytest.mark.parametrize("text", [
    # the neighbour is also named as where the picture is: the village on the other side is refused
    "Flüchtlinge warten in der Ukraine bei Medyka an der Grenze zu Polen. Foto: Eva Maier/dpa",
    # an adjective before the word may be either side: left as it was
    "Soldiers patrol a field in Hrebenne near the Ukrainian border, in Ukraine, on Monday. (AP Photo/Tom Reed)",
])
def test_a_country_named_otherwise_still_refuses_the_village(text):
    city, _country, _warnings = place(text)
    assert city is None


def test_the_far_side_gives_no_country_to_a_caption_without_a_town():
    # the border's far side is not where the patrol is
    _city, country, _warnings = place("Soldaten patrouillieren am Montag an der Grenze zu Polen. Foto: Eva Maier/dpa")
    assert country != "POL"


def test_beyond_countries_reads_both_ends_and_only_the_written_shape():
    assert beyond_countries("bij de grens met Duitsland en Frankrijk") == ["DE", "FR"]
    assert beyond_countries("an der Grenze zum Libanon") == ["LB"]
    assert beyond_countries("near the Ukrainian border") == []
    assert beyond_countries("la frontière entre la France et l'Espagne") == []


@pytest.mark.parametrize("text, city, country", [
    ("Le refuge du Promontoire, au-dessus d'un hameau, à La Bérarde (Isère), mardi. AFP", "La Bérarde", "FRA"),
    ("Workers sort watch parts by hand in the village of Le Brassus, Switzerland, on Monday. (AP Photo/Tom Reed)",
     "Le Brassus", "CHE"),
    ("Een gids wijst dinsdag de route aan in La Chapelle-en-Valgaudémar (Hautes-Alpes). Foto ANP / Piet Smit",
     "La Chapelle-en-Valgaudémar", "FRA"),
    ("Eine Prozession zieht am Sonntag durch Bad Bayersoien, Bayern. Foto: Eva Maier/dpa",
     "Bad Bayersoien", "DEU"),
])
def test_a_village_whose_name_opens_with_an_article_is_written_as_spelled(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country), warnings
    assert any("not in the gazetteer" in w for w in warnings)


@pytest.mark.parametrize("text", [
    "Des guichets fermés à La Poste, mardi, lors de la grève. AFP",     # a firm, with nothing placing it
    "Spieler beim Training in Le Havre, Frankreich, am Montag. Foto: Eva Maier/dpa",   # an index town: not this rule's
])
def test_an_article_does_not_make_any_name_a_village(text):
    city, _country, warnings = place(text)
    assert not any("not in the gazetteer" in w for w in warnings), (city, warnings)


# placedevillage.py: "de X (Département)" in French captions
@pytest.mark.parametrize("text, city", [
    ("La salle des fêtes de Chichilianne (Isère) accueille le bureau de vote, dimanche. AFP", "Chichilianne"),
    ("Le clocher de Ceillac (Hautes-Alpes) sous la neige, mardi. AFP", "Ceillac"),
    ("Les derniers élèves de l'école d'Arvieux (Hautes-Alpes), jeudi. AFP", "Arvieux"),
])
def test_a_french_village_after_de_with_its_departement_is_written(text, city):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, "FRA"), warnings


@pytest.mark.parametrize("text", [
    "Une skieuse originaire de Chichilianne (Isère) s'entraîne à Tignes, mardi. AFP",    # an origin
    "Le barrage de Ceillac (Hautes-Alpes) après les pluies, mardi. AFP",      # a work named after it
    "Un voilier au large de l'île d'Arvieux (Finistère), mardi. AFP",          # an island's name
    "La skieuse de Chichilianne (Isère) en Suisse, mardi. AFP",               # a second country named
])
def test_de_x_is_no_village_after_an_origin_a_feature_or_with_two_countries(text):
    city, _country, warnings = place(text)
    assert city is None or "not in the gazetteer" not in " ".join(warnings), (city, warnings)


def test_de_x_is_where_people_come_from_when_the_picture_is_placed_a_y():
    city, _country, warnings = place("Des bergers de Ceillac (Hautes-Alpes) défilent à Gap, samedi. AFP")
    assert city != "Ceillac", warnings
