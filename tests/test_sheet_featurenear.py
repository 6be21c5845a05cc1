"""A named feature before "near Y" is no village Y only locates (placefeaturenear.py, near41)."""

from captionist.sources.sheet import parser
from captionist.sources.sheet.gazetteer import load_gazetteer
from captionist.sources.sheet.placefeaturenear import feature_named


def _city(line: str) -> str | None:
    rec = parser.parse_sheet(line + " Foto: Jan Smit/ANP\n").records[0]
    return rec.get("city") or rec.get("cityName") if isinstance(rec, dict) else getattr(rec, "cityName", None)


def _named(text: str) -> bool:
    return feature_named(text, text.index(","), load_gazetteer())


def test_park_or_forest_named_before_near_gives_the_town():
    assert _city("Volunteers plant oak saplings in the Lough Boora Discovery Park, near Tullamore.") == "Tullamore"
    assert _city("Deer graze at dusk in Glenveagh National Park, near Letterkenny.") == "Letterkenny"


def test_feature_names_in_four_languages():
    assert _named("Wandelaars in het Amelisweerdbos, bij Utrecht")
    assert _named("Pilze sammeln im Examplerwald, bei Freiburg")
    assert _named("Joggers in Phoenix Park, near Dublin")
    assert _named("Des promeneurs au Grand Parc, près de Lyon")


def test_village_or_named_place_keeps_the_gate():
    # a village or hamlet named, a noun before a name (maybe a village), a town called "Park"
    assert not _named("Des pêcheurs sur la plage de Kovalam, près de Thiruvananthapuram")
    assert not _named("Kinder im Dorf Examplerwald, bei Freiburg")
    assert not _named("Feest in het gehucht Oudebos, bij Ommen")
    assert not _named("Students at Menlo Park, near Palo Alto")
    assert _city("Visitors at the war cemetery at Oosterbeek, near Arnhem.") == "Oosterbeek"
