"""A town filed under its centre's or inner half's name is written as the caption names it
(issue 9, wrong42: placepartname.py). Our own captions, in the agencies' shapes."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.placepartname import part_named
from sheet_helpers import place


@pytest.mark.parametrize("text,city,country", [
    ("Strandgasten op de boulevard van Noordwijk, zaterdag. Foto ANP / Piet Jansen\n", "Noordwijk", "NLD"),
    ("Staff leave the car plant at Ellesmere Port, Cheshire, on Monday. (AP Photo/Jon Super)\n",
     "Ellesmere Port", "GBR"),
    ("Des estivants sur la digue de Noordwijk, aux Pays-Bas, samedi. (Photo Jean Dupont / AFP)\n",
     "Noordwijk", "NLD"),
    ("Badegäste an der Promenade von Noordwijk, Niederlande. Foto: Hans Meier/dpa\n", "Noordwijk", "NLD"),
])
def test_the_town_not_its_centre(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("text,city,country", [
    # the caption writes the part's own name: it stays
    ("Shoppers in Enfield Town, north London, on Saturday. (AP Photo/Jon Super)\n", "Enfield Town", "GBR"),
    ("Toeristen in Cape Town, Zuid-Afrika, dinsdag. Foto ANP / Piet Jansen\n", "Cape Town", "ZAF"),
])
def test_a_name_written_whole_stays(text, city, country):
    assert place(text)[:2] == (city, country)


@pytest.mark.parametrize("written,main,expected", [
    ("Noordwijk", "Noordwijk-Binnen", True),
    ("Ellesmere Port", "Ellesmere Port Town", True),
    ("Kirchberg", "Kirchberg SG", False),      # a namesake's qualifier, not a part of the town
    ("Hengelo", "Hengelo (Gld)", False),
    ("Noordwijk", "Noordwijk", False),
])
def test_part_named(written, main, expected):
    assert part_named(written, main) is expected
