"""A town after a noun of visitors, patients or traders, or after "from across", loses to another
place the caption names (issue 9, origin45, placeworkerwords.py and placeworker.py): "<tourists>
from/uit/aus/de A <verb> ... at/op/am/au B" is not written as A; with no other place named the
town is read as before. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place

# (caption, the visitor's or trader's town, which must not be written); each was written before
# this round's table, the other place being a name the index lacks or a French "de" after a trader
AWAY = [
    ("Touristen aus Leipzig fotografieren den Vulkan vom Kraterrand am Gunung Rinjani. Foto: Max Roth/dpa",
     "Leipzig"),
    ("Toeristen uit Utrecht fotograferen de krater bij zonsopgang op de Gunung Rinjani. Foto: ANP / Kees Smit",
     "Utrecht"),
    ("Une marchande de Tours vend des fromages au marché de Sarlat-la-Canéda. Photo : Marie Roy / AFP",
     "Tours"),
    ("Un marchand de Brive vend des noix sur la place du marché de Sarlat-la-Canéda. Photo : Marie Roy / AFP",
     "Brive-la-Gaillarde"),
    # "from across" an area the index also knows as a town abroad (Andalusia, Alabama)
    ("Farmers from across Andalusia march through the centre of Córdoba on Monday. Photo: EFE", "Andalusia"),
]

# the same shapes the parser already read right: they must stay so
KEPT = [
    ("Een marktkoopman uit Zwolle prijst zijn kaas aan op de Grote Markt van Groningen. Foto: ANP / Kees Smit",
     "Groningen", "NLD"),
    ("Un commerçant de Grasse propose des savons au marché de Vence, samedi. Photo : Marie Roy / AFP",
     "Vence", "FRA"),
    ("Tourists from Bristol snorkel off the reef at Gili Trawangan. Photo: Jane Hill/PA", "Gili Trawangan", "IDN"),
    ("Farmers from across Cornwall rally with tractors in Truro, Saturday. Photo: PA", "Truro", "GBR"),
    ("Eine Händlerin aus Kassel verkauft Tee auf dem Basar in Tinerhir. Foto: Max Roth/dpa", "Tinghir", "MAR"),
]


@pytest.mark.parametrize("text,city,country", KEPT)
def test_the_other_place_stays_written(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text,town", AWAY)
def test_the_visitors_town_is_not_written_when_another_place_is_named(text, town):
    city, _country, warnings = place(text)
    assert city != town and (city is None or town not in city)


def test_the_other_place_is_written_when_the_index_has_it():
    assert place("Un marchand de Brive vend des noix sur la place du marché de Sarlat-la-Canéda. "
                 "Photo : Marie Roy / AFP")[:2] == ("Sarlat-la-Canéda", "FRA")


# no other place named: the town is read as before
HOME = [
    ("Tourists from Leeds queue for a coach. Photo: Jane Hill/PA", "Leeds", "GBR"),
    ("Toeristen uit Zwolle wachten op de bus. Foto: ANP / Kees Smit", "Zwolle", "NLD"),
    # a visitor noun with no origin word after it leaves the place alone
    ("Besucher der Messe in Kassel probieren neue Fahrräder aus. Foto: Max Roth/dpa", "Kassel", "DEU"),
    ("Un marchand de Lyon range ses étals, lundi. Photo : Marie Roy / AFP", "Lyon", "FRA"),
]


@pytest.mark.parametrize("text,city,country", HOME)
def test_the_visitors_town_stays_when_no_other_place_is_named(text, city, country):
    assert place(text)[:2] == (city, country)


def test_a_product_after_a_traders_noun_is_no_town():
    # "un vendeur de marrons ... à Tulle": the lower-case product is no origin, the town is the place
    assert place("Un vendeur de marrons chauds sur le marché de Tulle, samedi. Photo : Marie Roy / AFP")[:2] \
        == ("Tulle", "FRA")
