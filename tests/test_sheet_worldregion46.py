"""A region of the world names no country and no town (placeworldregion.py, country46).

"Central America", "Midden-Amerika", "Mittelamerika", "Amérique centrale" hold "America" but are
no United States; "Latin America" is no unknown town. A country named beside such a region is
still read; a territory whose name starts like a region ("Polynésie française") is still the
territory. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text", [
    "Droogte in Midden-Amerika: een boer bekijkt zijn verdorde maïs. Foto: Reuters",
    "Trockenheit in Mittelamerika: ein Bauer prüft seinen Mais. Foto: Reuters",
    "Drought across Central America: a farmer checks his withered maize. Photo: Reuters",
    "Sécheresse en Amérique centrale : un paysan inspecte son maïs. Photo : Reuters",
    "Inflatie in Latijns-Amerika: een marktkraam met dure groente. Foto: Reuters",
    "Hitzewelle in Nordamerika: ein Mann kühlt sich am Brunnen ab. Foto: Reuters",
])
def test_a_world_region_writes_no_place(text):
    city, code, warnings = place(text)
    assert (city, code) == (None, None), warnings


@pytest.mark.parametrize("text, country", [
    ("Droogte in Midden-Amerika: een boer bij zijn akker in Honduras. Foto: Reuters", "HND"),
    ("Drought across Central America: a farmer near his field in Guatemala. Photo: Reuters", "GTM"),
    # a country whose name holds a region's: "Zuid-Afrika", "Südafrika" are no "Afrika"
    ("Löwen ruhen in einem Nationalpark in Südafrika, Donnerstag. Foto: Reuters", "ZAF"),
    ("Leeuwen rusten in een natuurpark in Zuid-Afrika, donderdag. Foto: Reuters", "ZAF"),
])
def test_a_country_beside_it_is_still_read(text, country):
    _city, code, warnings = place(text)
    assert code == country, warnings
