"""An ocean is water, never the region GeoNames keeps under its name (places.words.OCEANS).

"dans l'Atlantique" was read as Atlantique, a department of Benin, and the country written
(200-214, after their blind score). The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text", [
    "Un sous-marin de la Marine nationale en plongée dans l'Atlantique. Photo : Marine nationale",
    "Un voilier de course pris dans une tempête dans l'Atlantique nord, lundi. Photo : Lou Perrin / AFP",
    "Ein Containerschiff im Atlantik, aufgenommen aus der Luft. Foto: Jana Holm/dpa",
    "Een zeilboot op de Atlantische Oceaan tijdens de oversteek. Foto ANP / Joost Kamp",
])
def test_an_ocean_gives_no_country(text):
    city, code, warnings = place(text)
    assert (city, code) == (None, None), warnings


@pytest.mark.parametrize("text, expected", [
    # a town named like an ocean, with its state, stays the town
    ("Farmers unload corn at the grain elevator in Atlantic, Iowa. Photo: Dale Hume/AP", ("Atlantic", "USA")),
    # the ocean next to a town: the town
    ("Surfeurs dans l'Atlantique à Biarritz, samedi. Photo : Lou Perrin / AFP", ("Biarritz", "FRA")),
])
def test_towns_beside_or_named_like_an_ocean_stay(text, expected):
    city, code, warnings = place(text)
    assert (city, code) == expected, warnings
