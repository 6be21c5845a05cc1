"""A picture between two towns of one country gets that country (placebetweenland.py, country46).

"on the road between A and B", "tussen A en B", "zwischen A und B", "entre A et B": neither town
is the place, so the city stays blank, but both lie in one country and the caption names no
other: the country is written. Two countries, an end the index lacks, another country named:
blank. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, country", [
    # two cities with smaller namesakes abroad (a Hamburg and a Bremen in the United States):
    # each end is read by its biggest towns, both in one country (the resolver alone left it blank)
    ("Ein Güterzug steht auf der Strecke zwischen Bremen und Oldenburg still. Foto: Anna Roth/dpa", "DEU"),
    ("Stau auf der A1 zwischen Hamburg und Lübeck am Freitag. Foto: Anna Roth/dpa", "DEU"),
    ("Een goederentrein staat stil op het spoor tussen Hamburg en Bremen, dinsdag. Foto ANP / Piet Bos", "DEU"),
    # ends without namesakes: the resolver already wrote the country, and still does
    ("Snow blocks the road between Inverness and Aviemore on Monday. Photo: Jane Reid/PA", "GBR"),
    ("Een pendelbus rijdt over de dijk tussen Harlingen en Leeuwarden, dinsdag. Foto ANP / Piet Bos", "NLD"),
    ("Ein Regionalzug steht auf der Strecke zwischen Kassel und Göttingen still. Foto: Anna Roth/dpa", "DEU"),
    ("Un chasse-neige déblaie la nationale entre Gap et Briançon, lundi. Photo AFP / Paul Morel", "FRA"),
])
def test_both_ends_in_one_country_give_the_country(text, country):
    city, code, warnings = place(text)
    assert (city, code) == (None, country), warnings


@pytest.mark.parametrize("text", [
    # a border: the ends lie in two countries
    ("Lorries queue on the bridge between Frankfurt (Oder) and Słubice on Friday. Photo: Jan Nowak/AP"),
    ("Fietsers op het pad tussen Maastricht en Lanaken, zondag. Foto ANP / Kim Smit"),
    # another country is named
    ("Stau zwischen Kassel und Göttingen, auf dem Weg nach Polen. Foto: Anna Roth/dpa"),
    # an end the index lacks may lie anywhere
    ("Un sentier entre Gap et Vrelouboisse, dimanche. Photo AFP / Paul Morel"),
])
def test_two_countries_or_an_unknown_end_stay_blank(text):
    city, code, warnings = place(text)
    assert code is None, (city, code, warnings)
