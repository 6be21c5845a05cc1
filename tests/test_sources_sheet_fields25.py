"""Organisations are not creators (issue 9, fields25): a company, a fair, an institute, a
federation, an estate, a museum in the source language, a site or a known photo agency
credited for a picture is its source, never a person. Captions in our own wording, not those
of corpus sheets 56-70; what must be read as an organisation AND what must still be a person."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.credits import find_credit


def _credit(text: str):
    got = find_credit(text)
    assert got is not None, text
    return got


@pytest.mark.parametrize("text,line", [
    # a company with its own release word after it ("PR", "Werksfoto")
    ("Ein Monteur prüft eine Turbine in der Halle. Foto: Enercon/Werksfoto", "Enercon/Werksfoto"),
    ("Die neue Filiale in der Innenstadt. Foto: Lidl/PR", "Lidl/PR"),
    # a brand built on a trade noun ("Auto", "Food", "Energy", "Motors")
    ("Robots weld car bodies on the line. Photo: Dacia Auto / PR", "Dacia Auto / PR"),
    ("Un stand du salon de l'agriculture. Photo : Terra Food", "Terra Food"),
    # a federation or institute named with its country's name
    ("De hockeysters vieren de zege. Foto: Hockey Australia / Handout", "Hockey Australia / Handout"),
    ("Die Messstation im Hochgebirge. Foto: MeteoSwiss Switzerland", "MeteoSwiss Switzerland"),
    # an estate, a fair, a heritage site, a survey
    ("Der Maler in seinem Atelier 1962. Foto: Nachlass Kerber", "Nachlass Kerber"),
    ("Besucher auf der Möbelmesse. Foto: Messe Frankfurt/Handout", "Messe Frankfurt/Handout"),
    ("Geologists take samples on the glacier. Geological Survey/Handout via REUTERS",
     "Geological Survey/Handout via REUTERS"),
    # a museum or an archive in the picture's own language
    ("Vissers op de kade in 1955. Foto: Muzeum Gdańsk", "Muzeum Gdańsk"),
    ("Operárias numa fábrica em 1940. Photo : Museu Lisboa", "Museu Lisboa"),
    # a mountain site credited as such
    ("L'observatoire sous la neige. Photo : Mont Aigoual / DR", "Mont Aigoual / DR"),
    # known photo agencies printed alone or in capitals
    ("Des mineurs en grève en 1952. KEYSTONE-FRANCE/GAMMA-RAPHO", "KEYSTONE-FRANCE/GAMMA-RAPHO"),
    ("Läufer beim Marathon in Peking. Foto: CFOTO/dpa", "CFOTO/dpa"),
    ("De renner wint de sprint. Foto: Cor Vos", "Cor Vos"),
])
def test_an_organisation_is_no_creator(text, line):
    got = _credit(text)
    assert got.line == line
    assert got.creators == []
    assert got.source


@pytest.mark.parametrize("text,creators", [
    # a country's name as a given name, or a surname that is a country's name
    ("Die Spielerin jubelt. Foto: Jordan Reyes/dpa", ["Jordan Reyes"]),
    ("Le ministre arrive. Photo : Paul France / AFP", ["Paul France"]),
    ("The singer on stage. (AP Photo/Kathy Ireland)", ["Kathy Ireland"]),
    ("Boeren op het land. Foto: Frans Paalman/ANP", ["Frans Paalman"]),
    # a nationality adjective as a surname stays a person
    ("The comedian at the festival. Photo: Dawn French/Reuters", ["Dawn French"]),
    # a one-word photographer before an agency, and an ordinary name, stay people
    ("Un manifestant à Paris. MOUSSA / AFP", ["Moussa"]),
    ("Ein Bagger am Deich. Foto: Lena Messer/dpa", ["Lena Messer"]),
])
def test_people_stay_creators(text, creators):
    assert _credit(text).creators == creators
