"""City and country recall on the blind parts 100-109 (issue 9, round 28), one class per test,
in our own wording: what must be taken and what must not."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. a national agency's dateline in capitals naming a village the index lacks ----------

@pytest.mark.parametrize("text,city,country", [
    ("ELLEWOUTSDIJK - Een kraan tilt een omgewaaide boom van een auto aan de havenkade. ANP JEROEN DIRKS",
     "Ellewoutsdijk", "NLD"),
    ("SINT-MAARTENSDIJK - Vrijwilligers vullen zandzakken bij de dijk. ANP / Noor Vermeulen",
     "Sint-Maartensdijk", "NLD"),
    ("MOERBEKE-WAAS - Een tractor trekt een boom van de weg. BELGA PHOTO DIRK WAEM", "Moerbeke-Waas", "BEL"),
])
def test_an_agency_dateline_in_capitals_names_the_village(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country)
    assert any("not in the gazetteer" in w for w in warnings)


@pytest.mark.parametrize("text", [
    # a world agency only: its photographers work everywhere
    "ELLEWOUTSDIJK - Een kraan tilt een omgewaaide boom van een auto. Foto: AFP / Jan Smit",
    # a national agency passing on a world agency's picture
    "ELLEWOUTSDIJK - Een kraan tilt een omgewaaide boom van een auto. ANP / AFP",
    # a dateline in title case with an unknown name stays the desk's ordinary rule (blank)
    "Ellewoutsdijk - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS",
    # a page label, a warning in capitals: no place
    "UPDATE - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS",
    "LET OP - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS",
])
def test_no_village_without_agency_dateline(text):
    city, _country, _ = place(text)
    assert city is None


def test_a_dateline_village_never_outweighs_another_named_country():
    city, _country, _ = place("ELLEWOUTSDIJK - Een kraan in Duitsland tilt een boom van een auto. ANP JEROEN DIRKS")
    assert city is None


def test_a_known_town_dateline_is_unchanged():
    assert place("GOES - Een kraan tilt een omgewaaide boom van een auto. ANP JEROEN DIRKS")[:2] == ("Goes", "NLD")
