"""A works named before "near Y" gives Y (placeworksnear.py, near44)."""

from captionist.sources.sheet import parser
from captionist.sources.sheet.gazetteer import load_gazetteer
from captionist.sources.sheet.placeworksnear import works_named


def _city(line: str) -> str | None:
    rec = parser.parse_sheet(line + " Foto: Jan Smit/ANP\n").records[0]
    return rec.get("cityName")


def _named(text: str) -> bool:
    """The town is the caption's last name: "..., près de Sète" -> Sète."""
    town = max(text.rfind(" ") + 1, text.rfind("'") + 1)
    return works_named(text, text.index(","), town, load_gazetteer())


def test_works_before_near_gives_the_town():
    assert _city("Des techniciens inspectent la centrale de Examplange, près de Huy, mardi.") == "Huy"
    assert _city("Le barrage de l'Exemplaire, près d'Ouarzazate, à moitié vide en août.") == "Ouarzazate"
    assert _city("Astronomers at the Examplebank Observatory, near Goostrey, on Monday night.") == "Goostrey"
    assert _city("Bezoekers bij de sterrenwacht van Examplehoven, bij Dwingeloo, zaterdag.") == "Dwingeloo"
    assert _city("Demonstranten vor dem Kraftwerk Examplerode, bei Grevenbroich, am Sonntag.") == "Grevenbroich"


def test_works_nouns_in_four_languages():
    assert _named("Des grévistes devant la centrale nucléaire de Examplange, près de Huy")
    assert _named("Smoke rises from the Examplefield power station, near Selby")
    assert _named("Het bovenbekken van de waterkrachtcentrale van Examplebroek, bij Stavelot")
    assert _named("Besucher in der Sternwarte Examplerode, bei Sonneberg")
    assert _named("Des détenus dans la cour de la maison d'arrêt de Exampleville, près de Metz")


def test_village_camp_or_town_keeps_the_gate():
    # a village word, a camp or a basilica (they lend a village's name), a town named after the
    # noun (the works lies at that town), or "above" instead of a near-word
    assert not _named("Des ouvriers au village de la centrale de Examplange, près de Huy")
    assert not _named("Des déplacés au camp de Examplekhan, près de Dohouk")
    assert not _named("Des pèlerins à la basilique de Exampleville, près de Québec")
    assert not _named("Des grévistes devant la centrale de Gravelines, près de Dunkerque")
    assert not _named("Het kraftwerk van Examplebroek, boven Stavelot")
    assert _city("Kinder spielen im Dorf Examplerode, bei Grevenbroich.") != "Grevenbroich"
    assert _city("Des déplacés au camp de Examplekhan, près de Dohouk, lundi.") != "Dohouk"
    assert _city("Des pèlerins à la basilique de Exampleville, près de Québec, lundi.") != "Québec"
