"""A natural feature named with its noun before "near Y" gives Y (placenaturenear.py, gate43)."""

from captionist.sources.sheet import parser
from captionist.sources.sheet.gazetteer import load_gazetteer
from captionist.sources.sheet.placenaturenear import natural_named


def _city(line: str) -> str | None:
    rec = parser.parse_sheet(line + " Foto: Jan Smit/ANP\n").records[0]
    return rec.get("cityName")


def _named(text: str) -> bool:
    """The town is the caption's last name: "..., près de Sète" -> Sète."""
    town = max(text.rfind(" ") + 1, text.rfind("'") + 1)
    return natural_named(text, text.index(","), town, load_gazetteer())


def test_natural_feature_before_near_gives_the_town():
    assert _city("Des canards sur l'étang de Vaccarès-Sud, près de Saintes-Maries-de-la-Mer.") == "Saintes-Maries-de-la-Mer"
    assert _city("Des randonneurs dans le massif des Exampleries, près de Gap, samedi.") == "Gap"
    assert _city("Hikers cross the dunes of Examplemile, near Skagen, on Sunday.") == "Skagen"
    assert _city("Un concert sur la presqu'île de Examplot, près d'Annecy, vendredi.") == "Annecy"


def test_natural_nouns_in_four_languages():
    assert _named("Des flamants dans l'étang de Exampleau, près de Sète")
    assert _named("Kayakers on Loch Examplemore, near Oban")
    assert _named("Wandelaars bij het ven van Examplebroek, bij Oisterwijk")
    assert _named("Torfstecher im Moor von Examplerode, bei Bremen")
    assert _named("Des alpinistes sur le glacier Perito Moreno, non loin de Calafate")


def test_village_beach_or_town_keeps_the_gate():
    # a beach or a lake lends a village's name; a village word; a town named after the noun
    assert not _named("Des pêcheurs sur la plage de Examplage, près de Nice")
    assert not _named("Des baigneurs au lac de Paladru, près de Voiron")
    assert not _named("Fête au village de l'étang de Exampleau, près de Sète")
    assert not _named("Des bénévoles dans les dunes de Dunkerque, près de Calais")
    # "above" is no near-word here: older sheets expect no town above a glacier
    assert _city("Le refuge du Glacier Exemplaire, au-dessus de Chamonix, samedi.") != "Chamonix"
    assert _city("Kinder spielen im Dorf Examplerode, bei Bremen.") != "Bremen"
    assert _city("Children play in the river at Kampong Phluk, near Siem Reap, Cambodia.") != "Siem Reap"
