"""A town after a noun of someone's trade loses to another place the caption names (issue 9,
wrong43, placeworker.py): "<trade> [a name] from/uit/aus/de A <verb> ... in/op/auf/dans B" is
not written as A; with no other place named the town is read as before; a capitalised compound
("Beaux-Arts") is no trade. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import last_place, place

# (caption, the worker's town, which must not be written)
AWAY = [
    ("Scientists from Perth tag a turtle on Barrow Island. Photo: Handout/CSIRO", "Perth"),
    ("Teachers from Glasgow lead a field trip on Eigg. Photo: Handout/Highland Council", "Glasgow"),
    ("Bioloog Emre Yıldırım uit Gent telt zeehonden op de Paulinaschor. Foto: Belga / Tom Peeters", "Gent"),
    ("Ein Biologe aus Kiel zählt Robben auf der Hallig Süderoog. Foto: Max Roth/dpa", "Kiel"),
    ("Eine Ingenieurin aus Dresden prüft Messwerte am Staudamm der Talsperre Eibenstock. Foto: Max Roth/dpa",
     "Dresden"),
    ("Une infirmière de Québec vaccine une aînée dans une résidence de Matane. Photo : Marie Roy / AFP", "Québec"),
    ("Un médecin de Lyon ausculte un enfant au dispensaire de Bourgoin-Jallieu. Photo : Marc Le Goff / AFP", "Lyon"),
]


@pytest.mark.parametrize("text,town", AWAY)
def test_the_workers_town_is_not_written_when_another_place_is_named(text, town):
    city, _country, warnings = place(text)
    assert city not in (town, "Ghent")
    assert city is not None or any(town in w for w in warnings)


def test_the_other_place_is_written_when_the_index_has_it():
    assert place("Une infirmière de Québec vaccine une aînée dans une résidence de Matane. "
                 "Photo : Marie Roy / AFP")[:2] == ("Matane", "CAN")


# no other place named: the town is read as before
HOME = [
    ("A nurse from Leeds checks a patient's blood pressure. Photo: Jane Hill/PA", "Leeds", "GBR"),
    ("Een huisarts uit Zwolle vaccineert een oudere patiënt. Foto: ANP / Kees Smit", "Zwolle", "NLD"),
    ("Eine Ärztin aus Freiburg untersucht ein Kind. Foto: Max Roth/dpa", "Freiburg", "DEU"),
    ("Une infirmière de Lyon vaccine une patiente. Photo : Marie Roy / AFP", "Lyon", "FRA"),
    # "Beaux-Arts" ends in Dutch "arts" (a doctor) but is no trade
    ("Des visiteurs au palais des Beaux-Arts de Lille, dimanche 3 mai. Photo : Marie Roy / AFP", "Lille", "FRA"),
]


@pytest.mark.parametrize("text,city,country", HOME)
def test_the_workers_town_stays_when_no_other_place_is_named(text, city, country):
    assert place(text)[:2] == (city, country)


def test_the_sheets_country_is_kept_for_a_refused_workers_town():
    sheet = "\n\n".join((
        "Des passants sur la place Bellecour à Lyon, lundi. Photo : Marc Le Goff / AFP",
        "Un tramway traverse le centre de Grenoble, mardi. Photo : Marc Le Goff / AFP",
        "Un médecin de Lyon ausculte un enfant au dispensaire de Bourgoin-Jallieu. Photo : Marc Le Goff / AFP",
    ))
    city, country = last_place(sheet)
    assert city in (None, "Bourgoin-Jallieu") and country == "FRA"
