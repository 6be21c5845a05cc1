"""A GeoNames note in brackets never reaches a record (issue 9, wrong40, places/names.py
`written`): "Kalibo (poblacion)" is written "Kalibo"; an official name with its river in
brackets ("Frankfurt (Oder)") stays whole. Captions in our own wording."""

from __future__ import annotations

import pytest

from captionist.places.names import written
from sheet_helpers import place


@pytest.mark.parametrize("name, out", [
    ("Kalibo (poblacion)", "Kalibo"),             # a note for GeoNames' own editors
    ("City of Milford (balance)", "City of Milford"),
    ("Zürich (Kreis 7)", "Zürich"),               # a quarter's number
    ("Seuzach / Seuzach (Dorf)", "Seuzach"),      # a kind of settlement, the name twice
    ("Villas del Sol [Fraccionamiento]", "Villas del Sol"),
    ("Frankfurt (Oder)", "Frankfurt (Oder)"),     # the official name: river in brackets
    ("Halle (Saale)", "Halle (Saale)"),
    ("Kempten (Allgäu)", "Kempten (Allgäu)"),
    ("Rotterdam", "Rotterdam"),
])
def test_written_drops_only_geonames_notes(name, out):
    assert written(name) == out


@pytest.mark.parametrize("text, city", [
    ("Drummers lead a street parade through Kalibo, Aklan province, Philippines, on Sunday. "
     "Photo: Jan Maier/AP", "Kalibo"),
    ("Une procession traverse Kalibo, aux Philippines, dimanche. Photo : Jan Maier / AFP", "Kalibo"),
    ("Tänzerinnen beim Straßenfest in Kalibo auf den Philippinen. Foto: Jan Maier/dpa", "Kalibo"),
    ("Dansers tijdens het straatfeest in Kalibo op de Filipijnen. Foto ANP / Jan Maier", "Kalibo"),
    ("Pendler auf der Stadtbrücke in Frankfurt (Oder) am Montag. Foto: Jan Maier/dpa", "Frankfurt (Oder)"),
])
def test_a_town_with_a_geonames_note_is_written_plain(text, city):
    got, _country, warnings = place(text)
    assert got == city, (got, warnings)
    assert "(" not in got or got == "Frankfurt (Oder)"


def test_no_record_carries_a_note_of_a_quarter():
    got, _country, _w = place("Trams in Zürich on Monday. Photo: Jan Maier/Keystone")
    assert got is None or "Kreis" not in got
