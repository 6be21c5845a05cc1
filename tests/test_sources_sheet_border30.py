"""Places the picture is NOT in although the caption names them (issue 9, border30): the two
ends of a border, a town that disagrees with the region written next to it, a natural feature
named like a town, what the picture faces. Our own wording; real places, invented people."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- between two places in two countries (placebetween.py, placetokens._between) -----------

@pytest.mark.parametrize("text", [
    "Lorries queue on the bridge between Kehl, Germany, and Strasbourg, France, on Tuesday. REUTERS/Anna Lenz",
    "Wandelaars op de nieuwe brug tussen Baarle-Nassau (Noord-Brabant) en Turnhout, dinsdag. Foto ANP / Piet Hein",
    "Des douaniers contrôlent les voitures entre Saint-Louis (Haut-Rhin) et Bâle, lundi. Photo : Luc Marin / AFP",
    "Radfahrer auf der Stadtbrücke zwischen Frankfurt (Oder) in Deutschland und Słubice in Polen. Foto: Jan Brandt/dpa",
    "A park split between Görlitz in Germany and Zgorzelec in Poland, in spring. (AP Photo/Ian Reid)",
])
def test_a_picture_between_two_countries_gets_neither_town_nor_country(text):
    city, country, warnings = place(text)
    assert city is None and country is None
    assert any("between" in w for w in warnings)


@pytest.mark.parametrize("text,country", [
    # both ends in one country: that country stays
    ("Schapen op de dijk tussen Kampen en Zwolle, in Nederland. Foto ANP / Piet Hein", "NLD"),
    ("Traffic on the A1 between Leeds, England, and York, England, on Friday. (AP Photo/Tom Reed)", "GBR"),
])
def test_both_ends_in_one_country_keep_it(text, country):
    assert place(text)[1] == country


@pytest.mark.parametrize("text,city", [
    # a town written as where the picture is, beside a pair: still the city
    ("Commuters in Kehl on the bridge between Kehl, Germany, and Strasbourg, France. REUTERS/Anna Lenz", "Kehl"),
    # "between" before a time, not two places: the town stays
    ("Fans queue between rounds in Leeds, England, on Friday. (AP Photo/Tom Reed)", "Leeds"),
])
def test_a_town_of_its_own_beside_a_pair_is_still_written(text, city):
    assert place(text)[0] == city


# --- a town that disagrees with the region written after it (placeregionwritten.py) ---------

@pytest.mark.parametrize("text,city,country", [
    # GeoNames' Orlu lies in Nigeria; the Ariège village is too small for the index
    ("Un berger garde ses brebis au-dessus d'Orlu (Ariège), mardi. Photo : Luc Marin / AFP", "Orlu", "FRA"),
    # "Trient" is also the German name of Trento; the Valais village is not in the index
    ("Des randonneurs traversent le village de Trient (Valais), samedi. Photo : Luc Marin / Keystone",
     "Trient", "CHE"),
    # the region after a comma
    ("Des brebis à Orlu, Ariège, mardi. Photo : Luc Marin / AFP", "Orlu", "FRA"),
])
def test_a_town_outside_the_region_written_after_it_becomes_the_village_there(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country)
    assert any("disagree" in w for w in warnings)
    assert any("not in the gazetteer" in w for w in warnings)


@pytest.mark.parametrize("text,city,country", [
    # a town in the region written: nothing to take back
    ("Des vendangeurs à Sierre (Valais), lundi. Photo : Luc Marin / Keystone", "Sierre", "CHE"),
    ("Un marché à Foix (Ariège), samedi. Photo : Luc Marin / AFP", "Foix", "FRA"),
])
def test_a_town_in_the_region_written_stays(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text", [
    # a big city by its own name before a region abroad: a list, not a village
    "Der Minister reiste nach Kyiv, Bayern und Tirol, hier in Kyiv am Montag. Foto: Jan Brandt/dpa",
    # where people come from is not the picture's place
    "Touristes venus d'Orlu (Ariège) sur la plage de Biarritz. Photo : Luc Marin / AFP",
])
def test_no_village_is_written_from_a_list_or_an_origin(text):
    city, country, warnings = place(text)
    assert city not in ("Kyiv", "Orlu")
    assert not any("place not in the gazetteer" in w for w in warnings)


# --- a natural feature named like a town, what the picture faces ----------------------------

@pytest.mark.parametrize("text,town", [
    # Kīlauea is also a village on Kauai; the volcano is on the Big Island
    ("Steam rises from Kilauea volcano on Tuesday. (AP Photo/Tom Reed)", "Kīlauea"),
    ("Climbers rest beside the Trift glacier on Sunday. (AP Photo/Tom Reed)", "Trift"),
    # the feature's noun before the name
    ("Le glacier de Saint-Sorlin fond à vue d'oeil, lundi. Photo : Luc Marin / AFP", "Saint-Sorlin"),
    ("Le glacier du Trient a reculé d'un kilomètre. Photo : Luc Marin / Keystone", "Trento"),
    ("Der Vulkan Stromboli spuckt Lava, am Montag. Foto: Jan Brandt/dpa", "Stromboli"),
    ("Des phoques se reposent sur le sable de la baie, face au Crotoy. Photo : Luc Marin / AFP", "Le Crotoy"),
    ("Boten liggen in de haven van Vlissingen, tegenover Breskens. Foto ANP / Piet Hein", "Breskens"),
    ("Tourists look out over the water opposite Helsingborg on Monday. (AP Photo/Tom Reed)", "Helsingborg"),
])
def test_a_feature_or_the_town_faced_is_not_the_city(text, town):
    assert place(text)[0] != town


@pytest.mark.parametrize("text,city", [
    # the town itself, with a volcano or a glacier named elsewhere
    ("Residents clear ash from a street in Catania, below the Etna volcano. (AP Photo/Tom Reed)", "Catania"),
    ("Un randonneur près du glacier, à Saint-Sorlin, lundi. Photo : Luc Marin / AFP", "Saint-Sorlin"),
    ("Des supporters face à l'écran géant à Arras, samedi. Photo : Luc Marin / AFP", "Arras"),
    # the town faced is not taken, the one the boats lie in is
    ("Boten liggen in de haven van Vlissingen, tegenover Breskens. Foto ANP / Piet Hein", "Vlissingen"),
])
def test_the_town_the_picture_is_in_stays(text, city):
    assert place(text)[0] == city


def test_one_end_the_index_reads_as_a_region_still_makes_a_pair():
    # GeoNames keeps Gornja Radgona as a Slovenian municipality, not a town
    city, country, warnings = place("Ein Grenzstein zwischen Bad Radkersburg in Österreich und Gornja Radgona in "
                                    "Slowenien. Foto: Jan Brandt/APA")
    assert (city, country) == (None, None)
    assert any("two countries" in w for w in warnings)


def test_an_abbreviated_month_is_no_town():
    # AP style "Nov. 24": not Nov, Tajikistan, against the state the caption names
    city, country, _ = place("Lava glows inside the crater of Kilauea volcano in Hawaii Volcanoes National Park, "
                             "Nov. 24, 2026. U.S. Geological Survey via AP")
    assert (city, country) == (None, "USA")
