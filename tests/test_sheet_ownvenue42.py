"""A town's own venue written town first, and a German object after the town, are no surname
(placeownvenue.py, written42).

placetokens._first_name read a small town before any capitalised word as a first name ("at
Roland Garros"), and placelongername as the start of a longer name the index lacks: "at X
Racecourse", "at X Auction Mart", "at X Golf Links" (English writes a town's venue town
first) and German V2 order "bei X Wasser ab", "in X Schlange" lost the town. A castle, an
airport or a park named after a town stays part of another name. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, city, country", [
    ("Horses clear the water jump at Hexham Racecourse in Northumberland, England, on Monday. "
     "(Photo: Dan Hale/PA)", "Hexham", "GBR"),
    ("Farmers watch the bidding for store lambs at Bakewell Auction Mart in Derbyshire, England. "
     "(Photo: Ann Lee/PA Wire)", "Bakewell", "GBR"),
    ("Golfer Ann Ross chips onto the 18th green at Troon Golf Links on Sunday. (Photo: Jim Bell/Getty Images)",
     "Troon", "GBR"),
    ("Ein Löschhubschrauber wirft am Dienstag bei Lenzen Wasser ab. Foto: Jan Roth/dpa", "Lenzen", "DEU"),
    ("Tagesgäste stehen am Samstag in Neuharlingersiel Schlange vor der Fähre. Foto: Eva Roth/dpa",
     "Neuharlingersiel", "DEU"),
    ("Helfer schleppen in Hitzacker Sandsäcke an den Deich. Foto: Eva Roth/dpa", "Hitzacker", "DEU"),
])
def test_a_venue_or_an_object_after_the_town_is_no_surname(text, city, country):
    got, code, warnings = place(text)
    assert (got, code) == (city, country), warnings


@pytest.mark.parametrize("text", [
    "Visitors walk through the maze at Leeds Castle on Sunday. (Photo: Tom Hale/PA)",
    "Passengers queue at London Stansted after a power cut on Friday. (Photo: Tom Hale/PA)",
    "Trainer Kelso Marsh watches his horses on the gallops on Monday. (Photo: Dan Hale/PA)",
    "Ein Schild weist den Weg zur Dresdner Straße. Foto: Jan Roth/dpa",
])
def test_other_names_stay_unwritten(text):
    got, code, warnings = place(text)
    assert got is None, warnings
