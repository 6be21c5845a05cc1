"""A city's quarter written with its city is the city; a town near a city stays the town
(issue 9, district39, placequarter.py). Captions are our own wording, four languages."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text,city,country", [
    # "Q, a district of C" with a quarter word of the caption's language
    ("Kids play football in Trastevere, a district of Rome, on Sunday. Photo: Tom Green/AP", "Rome", "ITA"),
    ("Een terras in Trastevere, een volkswijk van Rome, zondagavond. Foto: Jan Vos/ANP", "Rome", "ITA"),
    ("Ein Wochenmarkt in Ottakring, einem Bezirk von Wien, am Samstag. Foto: Kari Lund/APA", "Vienna", "AUT"),
    ("Une fête de rue dans Trastevere, quartier populaire de Rome, samedi. Photo: Luc Moreau/AFP", "Rome", "ITA"),
    # the quarter not written as a town (the index lacks it or keeps no town of that name):
    # the city is no longer refused as "only saying where the quarter lies"
    ("Kids play football in Hackney, a borough of London, on Sunday. Photo: Tom Green/AP", "London", "GBR"),
    ("Straßenmusiker in Schwabing, einem Stadtteil von München, am Samstag. Foto: Kari Lund/dpa",
     "Munich", "DEU"),
    # "C, Q:" the city first, as a dateline
    ("Wien, Ottakring: Ein Wochenmarkt am Samstag. Foto: Kari Lund/APA", "Vienna", "AUT"),
])
def test_quarter_written_with_its_city_is_the_city(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text,city,country", [
    # a town NEAR a city, or a municipality of its own, stays the town
    ("Residents of Bucha, a town near Kyiv, clear rubble on Monday. Photo: Tom Green/AP", "Bucha", "UKR"),
    ("Ein Bauernhof in Fürstenfeldbruck bei München am Montag. Foto: Kari Lund/dpa", "Fürstenfeldbruck", "DEU"),
    ("Wandelaars in Haarlem, bij Amsterdam, zondag. Foto: Jan Vos/ANP", "Haarlem", "NLD"),
    ("Une manifestation à Montreuil, une commune voisine de Paris, samedi. Photo: Luc Moreau/AFP",
     "Montreuil", "FRA"),
    ("Kinder spielen in Twisteden, einem Ortsteil von Kevelaer, am Samstag. Foto: Kari Lund/dpa", None, None),
    # a province named like its capital is no city ("Q, <name> province")
    ("Rescuers rest after a night shift in Hıdırbey, Hatay province, southern Turkey. Photo: Tom Green/AP",
     "Hıdırbey", "TUR"),
    ("Trams stand idle at a depot in Schaerbeek, a northern commune of Brussels. Photo: Tom Green/AP",
     "Schaerbeek", "BEL"),
])
def test_town_near_a_city_stays_the_town(text, city, country):
    assert place(text)[:2] == (city, country)


def test_city_named_as_something_else_is_not_the_quarter_city():
    # "Q, C's ..." after the quarter: the city is named as an owner, not as the place
    from captionist.sources.sheet.placequarter import _written_as_part
    assert _written_as_part("Fans in Gatow in Berlin, on Sunday", "Gatow", "Berlin")
    assert not _written_as_part("Fans in Gatow, Berlin, on Sunday", "Gatow", "Berlin")
    assert not _written_as_part("Fans in Gatow in Berlin's west, on Sunday", "Gatow", "Berlin")
    assert not _written_as_part("Fans in Gatow, near Berlin, on Sunday", "Gatow", "Berlin")
    assert not _written_as_part("Fans in Gatow, a commune of Berlin", "Gatow", "Berlin")
