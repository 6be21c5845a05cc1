"""A bare capitalised word is no place that "near X" locates (placenearbare.py, gate40).

German nouns, a body's name, a surname GeoNames also calls a village, written with no cue and
no country, used to make the gate read "near X" as only locating them; the caption names no
other place, and "near X" with no village named is X. A village written as such ("in Y bei
X", "at Y, near X") still keeps X out. The captions are our own.
"""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet


def _place(text: str):
    rec = parse_sheet(text + "\n").captions[-1].record
    return rec.get("cityName"), rec.get("countryCode")


@pytest.mark.parametrize("text, city", [
    ("Fischer flicken am Morgen ihre Netze in einem Hafen nahe Husum. Foto: Lena Brandt/dpa", "Husum"),
    ("Border Force officers inspect a lorry at a depot near Folkestone. Photo: Kate Lee/PA", "Folkestone"),
    ("Actor Tom Hardy and his wife Charlotte Riley arrive at a country house near Bath. "
     "Photo: Jo Hale/Getty Images", "Bath"),
    ("Un parking grand comme Annecy ouvre ses portes près de Lausanne. Photo : Paul Girard / AFP",
     "Lausanne"),
    ("Schaapherder Jan Hoorn laat zijn kudde grazen op de dijk bij Kampen. Foto: ANP / Piet Bos", "Kampen"),
])
def test_near_town_written_past_a_bare_word(text, city):
    assert _place(text)[0] == city


@pytest.mark.parametrize("text, city", [
    ("Erntehelfer bei der Lese in Sommerach bei Volkach. Foto: Jan Roth/dpa", "Sommerach"),
    ("Fishermen mend nets at Ballycotton, near Midleton. Photo: Niall Carson/PA", "Ballycotton"),
    ("Kinderen spelen in het dorp Giethoorn bij Steenwijk. Foto: ANP / Piet Bos", "Giethoorn"),
])
def test_a_village_named_still_keeps_the_near_town_out(text, city):
    assert _place(text)[0] == city


def test_a_village_the_index_lacks_still_keeps_the_near_town_out():
    # the hamlet is unknown to the index: the town it lies by is not the picture's city
    text = "Vendanges dans les vignes de Vosne-Romanée, près de Beaune. Photo : Marc Petit / AFP"
    assert _place(text)[0] is None
