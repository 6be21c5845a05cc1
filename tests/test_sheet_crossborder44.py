"""An area that spans borders gives no country by itself (placecrossborder.py, wrong44)."""

from sheet_helpers import place


def _place(line: str):
    return place(line + "\nFoto: Jan Smit/dpa")


def test_cross_border_area_alone_gives_no_country():
    # the index reads these names as a region of one country or a town's other name
    for line in ("Mountain bikers splash through a ford in the Ardennes after heavy rain.",
                 "Wanderer rasten auf einer Lichtung in den Ardennen.",
                 "Zeilers trekken hun boot het water in op de Bodensee.",
                 "Des cygnes sur le lac de Constance gelé, un matin de janvier.",
                 "A heron waits on a jetty on Lake Constance at dawn."):
        city, country, warnings = _place(line)
        assert (city, country) == (None, None), line
        assert any("spans" in w for w in warnings), warnings


def test_the_one_country_the_caption_names_of_the_area():
    assert _place("Boswachters van de Waalse natuurdienst tellen herten in de Belgische Ardennen.")[:2] == (None, "BEL")
    assert _place("Ein Polizeiboot der österreichischen Seepolizei auf dem Bodensee.")[:2] == (None, "AUT")
    assert _place("Kitesurfers on Lake Constance, Switzerland, on a windy afternoon.")[:2] == (None, "CHE")


def test_a_town_or_a_department_still_decides():
    # a town written beside the area, the French département in its own shape, a longer
    # one-country name holding the area's ("Vlaamse Ardennen")
    assert _place("Segelboote im Hafen am Bodensee bei Lindau.")[:2] == ("Lindau", "DEU")
    assert _place("Un éleveur nourrit ses vaches à Rethel (Ardennes), mardi.")[:2] == ("Rethel", "FRA")
    assert _place("Renners beklimmen een helling bij Oudenaarde in de Vlaamse Ardennen.")[:2] == ("Oudenaarde", "BEL")
    assert _place("Un hangar inondé dans le département des Ardennes, lundi.")[1] == "FRA"
    # a town called like the area, written without the area's article
    assert _place("Marktkramen op het plein in Alpen, bij Wesel, zaterdag.")[:2] == ("Alpen", "DEU")
