"""Bases and camps named "<kind> <Place>" lie at that place in any country (placecamp.py,
placevenuetown.py, written42).

"op vliegbasis X in Polen", "op de Russische basis X in Kazachstan", "auf dem
Truppenübungsplatz X", "im Trainingslager X in der Türkei": the place after the base's or the
camp's noun is where the picture is, in any country (a theatre's or stadium's name is only read
so in German- and Dutch-speaking ones). A country written after it ("in Polen") is the place's
own, not a second place the venue is in. "Im Kunsthaus X" at the start of a sentence: the
venue's noun after a capitalised preposition was skipped. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, city, country", [
    ("Een Nederlandse F-35 landt op vliegbasis Łask in Polen, dinsdag. ANP / Jan Bos", "Łask", "POL"),
    ("Twee kosmonauten op de Russische basis Baikonur in Kazachstan, woensdag. Foto ANP / Jan Bos",
     "Baikonur", "KAZ"),
    ("Soldaten üben am Dienstag auf dem Truppenübungsplatz Grafenwöhr. Foto: Jan Roth/dpa", "Grafenwöhr", "DEU"),
    ("Die Spieler von Hertha BSC im Trainingslager Belek in der Türkei. Foto: Jan Roth/dpa", "Belek", "TUR"),
    ("Im Kunsthaus Zürich hängen Mitarbeiter neue Bilder auf. Foto: Jan Roth/dpa", "Zürich", "CHE"),
])
def test_the_place_after_a_base_or_camp_is_where_the_picture_is(text, city, country):
    got, code, warnings = place(text)
    assert (got, code) == (city, country), warnings


@pytest.mark.parametrize("text", [
    # "op basis van": a noun, no base
    "Een gesprek op basis van vertrouwen, dinsdag. Foto ANP / Jan Bos",
    # English and French camps are not read so ("Camp David" is a person's name)
    "The leaders meet at Camp David on Friday. (AP Photo/Tom Hale)",
    "Des touristes sur le pont d'Iéna, samedi 7 mars 2026. AFP",
    # a camp's people on their way: where they go is not where the picture is
    "Ein Bus bringt Familien zum Flüchtlingslager Zaatari. Foto: Jan Roth/dpa",
])
def test_no_base_no_place(text):
    got, code, warnings = place(text)
    assert got is None, warnings
