"""City recall on the newest blind parts (issue 9, recall30): a German town adjective of a
town ending in -e ("Karlsruher"), a town's facility written as one compound before the town
("im Landesgericht Wiener Neustadt", "im Schlosstheater Moers"); and what must stay blank.
Our own wording."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.placefacility import facility_head

from sheet_helpers import place


@pytest.mark.parametrize("text,city,country", [
    # a town ending in -e takes only "-r" as its adjective
    ("Händler bauen am Montag ihre Stände in der Karlsruher Innenstadt auf. Foto: Eva Kern/dpa",
     "Karlsruhe", "DEU"),
    ("Die Celler Feuerwehr pumpt am Sonntag einen Keller aus. Foto: Eva Kern/dpa", "Celle", "DEU"),
    # a facility named as one compound, then the town it stands in
    ("Die Zeugin im Landesgericht Wiener Neustadt, am Mittwoch. Foto: APA/Max Berger", "Wiener Neustadt", "AUT"),
    ("Ein Ensemble probt im Stadttheater Moers für die Premiere. Foto: Jan Holt/dpa", "Moers", "DEU"),
    ("Kinder der Realschule Moers pflanzen Bäume. Foto: Jan Holt/dpa", "Moers", "DEU"),
    ("Eine Restauratorin im Heimatmuseum Hohenpeißenberg, Freitag. Foto: Jan Holt/dpa", "Hohenpeißenberg", "DEU"),
    ("Forscher am Sonnenobservatorium Hohenpeißenberg messen Ozon. Foto: Jan Holt/dpa", "Hohenpeißenberg", "DEU"),
])
def test_the_town_is_taken(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)


@pytest.mark.parametrize("text", [
    # a first name is no small town's adjective, and "-r" is only for cities of 20,000+
    "Trainer Sander Weel gibt Anweisungen. Foto: Jan Holt/dpa",
    # "Der Sieger" and other nouns in -er stand alone: no town before a lower-case word
    "Der Sieger jubelt im Ziel. Foto: Jan Holt/dpa",
    # a facility's compound before a name the index lacks writes no other town
    "Ein Besucher im Stadtmuseum Wolkendorf-Süd, Samstag. Foto: Jan Holt/dpa",
])
def test_no_town_is_written(text):
    got_city, _, _ = place(text)
    assert got_city is None


def test_a_later_positional_place_still_wins_over_the_facility_town():
    got_city, _, _ = place("Schauspieler vom Stadttheater Basel gastieren am Samstag in Zürich. Foto: Jan Holt/dpa")
    assert got_city == "Zürich"


def test_a_compound_is_read_by_its_head_only_when_something_comes_before_the_head():
    assert facility_head("Landesgericht") == "gericht"
    assert facility_head("Schlosstheater") == "theater"
    assert facility_head("Grundschule") == "schule"
    assert facility_head("Schule") == "Schule"          # the head itself: the word list already has it
    assert facility_head("BMW-Museum") == "BMW-Museum"  # hyphened compounds: placetokens reads them
    assert facility_head("schule") == "schule"          # lower case: no German noun


def test_a_town_near_a_feature_whose_name_holds_a_village_word_is_the_city():
    # "Lake" of "Lake Mead" is part of a name, no other place that "near X" would only locate
    got_city, got_country, _ = place("Dry rocks line the shore of Lake Mead near Boulder City, Nevada, on Friday. "
                                     "REUTERS/Ann Lee")
    assert (got_city, got_country) == ("Boulder City", "USA")


def test_near_a_place_of_its_own_still_only_locates_it():
    # "Brovary, near Kyiv": Brovary is the place, Kyiv only says where it lies
    got_city, _, _ = place("Firefighters work in Brovary, near Kyiv, on Friday. REUTERS/Ann Lee")
    assert got_city == "Brovary"


@pytest.mark.parametrize("text,city,country", [
    # a town with its other language's name in brackets: the town bearing both names
    ("Betogers voor het gerechtsgebouw in Bergen (Mons), dinsdag. Foto: Belga / Ann Peeters", "Mons", "BEL"),
    ("Helfer räumen in Kelmis (La Calamine) Schlamm aus den Kellern. Foto: Ben Kohl/dpa", "La Calamine", "BEL"),
    ("Marktkramers in Doornik (Tournai), zaterdag. Foto: Belga / Ann Peeters", "Tournai", "BEL"),
    # the bracket names a country: that is no second name, the country decides as before
    ("Vissers in de haven van Bergen (Noorwegen), dinsdag. Foto: ANP / Ann Peeters", "Bergen", "NOR"),
])
def test_a_town_with_its_other_name_in_brackets(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)


def test_a_bracket_that_is_no_name_of_the_town_picks_nothing():
    # Bergen is a town in Norway and in the Netherlands; "(Ardennen)" names neither: no guess
    got_city, _, warnings = place("Wandelaars bij Bergen (Ardennen), zondag. Foto: ANP / Ann Peeters")
    assert got_city is None
    assert any("ambiguous place: Bergen" in w for w in warnings)
