"""Where someone comes from, read by the caption's shape, and a mayor's own town (issue 9,
origin46: placeoriginshape.py, placeoffice.py). The captions are our own.

- "<anyone> aus/from/uit A <verb> ... <positional word> <B>": A is an origin and is not written
  when B is a capitalised name the finder does not take as a place itself (a glacier, a pass, a
  hut, a destination); no noun table: the nouns below are in none of placegroupwords.py or
  placeworkerwords.py.
- "Le maire de A", "Der Bürgermeister von A", "The mayor of A", "De burgemeester van A" with no
  other place named: A is the place, unless what the mayor does could be anywhere.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place

# (caption, the origin town, which must not be written)
AWAY = [
    ("Ein Hüttenwirt aus Oberstdorf zeigt am Rappensee die neue Solaranlage. Foto: Max Roth/dpa", "Oberstdorf"),
    ("Zwei Gymnasiasten aus Kempten vermessen beim Schochenspitze-Aufstieg die Schneedecke. Foto: dpa",
     "Kempten"),
    ("A glassblower from Kendal who moved to Porthleven works at her new furnace. Photo: Jane Hill/PA",
     "Kendal"),
    ("Een kaasmaker uit Gouda demonstreert zijn vak op de Zugspitze-alm Knorrhütte. Foto: ANP / Kees Smit",
     "Gouda"),
]


@pytest.mark.parametrize("text,town", AWAY)
def test_an_origin_before_another_named_place_is_not_written(text, town):
    city, _country, warnings = place(text)
    assert city != town and (city is None or town not in city)
    assert any(town in w for w in warnings)


# the same shape where the later name is no other place: the origin town stays as it was read
KEPT = [
    # a street or square of the origin town itself
    ("Frauen aus Rottweil schmücken den Brunnen in der Hauptstraße. Foto: Max Roth/dpa", "Rottweil", "DEU"),
    # a landmark named by a common adjective
    ("Koperpoetsers uit Deventer werken op de toren van de Grote Kerk. Foto: ANP / Kees Smit", "Deventer", "NLD"),
    # a weekday after the positional word
    ("Tänzerinnen aus Würzburg proben am Freitag für das Stadtfest. Foto: Max Roth/dpa", "Würzburg", "DEU"),
    # a departure: the picture is where they set off
    ("Walkers set off from Middlesbrough on a charity hike to Durham, Sunday. Photo: Jane Hill/PA", "Middlesbrough",
     "GBR"),
]


@pytest.mark.parametrize("text,city,country", KEPT)
def test_an_origin_with_no_other_place_stays(text, city, country):
    assert place(text)[:2] == (city, country)


# a mayor with no other place named is pictured at home
MAYOR_HOME = [
    ("Le maire de Dinan, Paul Hervé, lors du conseil municipal, mardi soir. Photo : Ouest-France", "Dinan", "FRA"),
    ("Der Bürgermeister von Rosenheim, Karl Mayer, bei der Stadtratssitzung. Foto: Max Roth/dpa",
     "Rosenheim", "DEU"),
    ("The mayor of Barnsley, Cllr Ann Lowe, casts her vote on Thursday. Photo: Jane Hill/PA", "Barnsley", "GBR"),
    ("Le bourgmestre de Namur, Luc Henrard, s'adresse au conseil communal. Photo : Belga", "Namur", "BEL"),
]


@pytest.mark.parametrize("text,city,country", MAYOR_HOME)
def test_a_mayors_town_is_the_place_when_nothing_else_is_named(text, city, country):
    got = place(text)[:2]
    assert got[1] == country and got[0] is not None and got[0].startswith(city.split()[0])


# what a mayor does anywhere, or another place named: the town is not written
MAYOR_AWAY = [
    ("Le maire de Dinan, Paul Hervé, lors d'une conférence de presse. Photo : Ouest-France", "Dinan"),
    ("The mayor of Whitby speaks at a press conference. Photo: Jane Hill/PA", "Whitby"),
    ("De burgemeester van Zwolle spreekt met bewoners in Kampen. Foto: ANP / Kees Smit", "Zwolle"),
    ("Der Bürgermeister von Passau besucht die Partnerstadt Cagnes-sur-Mer. Foto: Max Roth/dpa", "Passau"),
]


@pytest.mark.parametrize("text,town", MAYOR_AWAY)
def test_a_mayors_town_is_not_written_elsewhere(text, town):
    city = place(text)[0]
    assert city != town and (city is None or town not in city)
