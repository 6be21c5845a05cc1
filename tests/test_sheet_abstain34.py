"""The abstain policy (placeabstain.py) and its calibration bench (bench/sheet_calibrate.py).

A city is written only when its evidence is of a class that has earned it: a town written as
where the picture is ("in X", "à X", "in X") that disagrees with nothing is written; a name
written without a cue, or only as "the X of Y" while the caption names another place too, is
not: the city stays blank, a warning names the candidates, the country stays when the sheet or
the caption gives it. The captions are our own.
"""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet, placeabstain

from sheet_helpers import load_bench, place


@pytest.mark.parametrize("text, city, country", [
    ("Bewoners ruimen maandag de schade op in Zutphen. Foto ANP / Jan de Vries", "Zutphen", "NLD"),
    ("Des bénévoles distribuent des repas à Périgueux, le 3 mars 2024. AFP", "Périgueux", "FRA"),
    ("Helfer verteilen am Samstag Sandsäcke in Meppen. Foto: Karl Bauer/dpa", "Meppen", "DEU"),
])
def test_a_cued_town_that_disagrees_with_nothing_is_written(text, city, country):
    got, code, warnings = place(text)
    assert (got, code) == (city, country), warnings
    assert not any(w.startswith("place not written") for w in warnings)


@pytest.mark.parametrize("text", [
    "Ashford residents line up for sandbags on May 4, 2024. (AP Photo/Ann Lee)",
    "Inwoners van Ashford staan zaterdag 4 mei 2024 in de rij voor zandzakken. ANP",
])
def test_an_uncued_lone_town_with_namesakes_abroad_is_not_written(text):
    # "X residents": no word says X is a place here, and Kent, Middlesex, Co Wicklow and
    # Connecticut all have one (before: Ashford, GB, by the sheet's country, which is its own)
    city, _, warnings = place(text)
    assert city is None
    w = next(w for w in warnings if w.startswith("place not written: Ashford (candidates"))
    assert "Ashford (US)" in w and "Ashford (IE)" in w and "without a cue" in w


def test_a_city_is_written_by_its_name_alone():
    # a city of 100,000 or more is no lone small town: the resolver's choice stands
    assert place("Einwohner von Frankfurt stehen am 4. Mai 2024 Schlange. Foto: Anna Roth/dpa")[0] == "Frankfurt am Main"


@pytest.mark.parametrize("text, name, country", [
    ("De brandweer van Harderwijk oefent zaterdag 4 mei 2024 met collega's uit Ermelo. ANP", "Harderwijk", "NLD"),
    ("Les pompiers de Vannes s'entraînent avec des collègues de Lorient le 4 mai 2024. AFP", "Lorient", "FRA"),
    ("Die Feuerwehr von Rosenheim übt am Samstag, 4. Mai 2024, mit Kollegen aus Kufstein. Foto: Anna Roth/dpa",
     "Rosenheim", "DEU"),
    ("The lifeboat crew of Whitby welcomes boats from Scarborough on May 4, 2024. (AP Photo/Ann Lee)", "Whitby", None),
])
def test_a_town_of_a_thing_beside_another_place_is_not_written(text, name, country, monkeypatch):
    monkeypatch.setattr(placeabstain, "ACTIVE", placeabstain.SETTINGS["others"])    # measured, not yet the default
    # "the fire brigade of X ... with colleagues from Y": which of the two the picture shows the
    # caption does not say (before: Lorient, and Whitby, Canada, were written)
    city, code, warnings = place(text)
    assert city is None, (city, code)
    assert any(w.startswith(f"place not written: {name} (candidates") and "another place" in w for w in warnings)
    if country:
        assert code == country      # the sheet's country stays: the caption does not contradict it


def test_the_warning_names_the_namesakes_abroad(monkeypatch):
    monkeypatch.setattr(placeabstain, "ACTIVE", placeabstain.SETTINGS["others"])
    _, _, warnings = place("The lifeboat crew of Whitby welcomes boats from Scarborough on May 4, 2024. (AP Photo/Ann Lee)")
    w = next(w for w in warnings if w.startswith("place not written: Whitby"))
    assert "Whitby (GB)" in w


def test_the_setting_off_writes_what_the_resolver_chose(monkeypatch):
    monkeypatch.setattr(placeabstain, "ACTIVE", placeabstain.SETTINGS["off"])
    (cap,) = parse_sheet("Ashford residents line up for sandbags on May 4, 2024. (AP Photo/Ann Lee)").captions
    assert cap.record.get("cityName") == "Ashford"
    assert cap.place.writer == "placeresolve" and cap.place.evidence.kind_name == "adjective"    # "X residents": no cue word


def test_the_settings_are_a_ladder():
    # each setting withholds what the one before it does, and more
    # (the learned setting, learn35, decides by a model, not by these classes)
    withheld = [set(s.withheld) for s in placeabstain.SETTINGS.values() if s.threshold is None]
    assert all(a < b for a, b in zip(withheld, withheld[1:]))
    assert placeabstain.ACTIVE.name in placeabstain.SETTINGS


def test_the_calibration_bench_runs_on_a_small_part():
    bench = load_bench("sheet_calibrate")
    active = placeabstain.ACTIVE
    rows, total = bench.collect("tuned", r"^nl-1[12]-")
    assert placeabstain.ACTIVE is active     # the bench parses with the policy off, then puts it back
    assert total >= len(rows) > 10
    out = bench.tables(rows)
    assert "-- writer --" in out and "placeresolve" in out and "prec%" in out
    off = bench.replay(rows, total, placeabstain.SETTINGS["off"])
    strict = bench.replay(rows, total, placeabstain.SETTINGS["unbound"])
    assert off["withheld"] == 0 and strict["city"] <= off["city"] and strict["wrong_places"] <= off["wrong_places"]
