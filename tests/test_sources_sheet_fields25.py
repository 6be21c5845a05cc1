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


@pytest.mark.parametrize("text,line,source", [
    # a library, an archive, a museum's collection printed after the caption with no label
    ("Dockers unload bananas at the quay, around 1930. Library of Congress", "Library of Congress", "Library of Congress"),
    ("Le port de Concarneau vers 1910. Archives municipales de Concarneau",
     "Archives municipales de Concarneau", "Archives municipales de Concarneau"),
    ("Des ouvrières à la filature, en 1935. Collection Musée de la Mine", "Collection Musée de la Mine",
     "Collection Musée de la Mine"),
    ("Kurkarbeiders in Alentejo, rond 1950. Arquivo Distrital de Évora", "Arquivo Distrital de Évora",
     "Arquivo Distrital de Évora"),
    # a private holder: a credit line with no source and no creator
    ("Le maire pose devant la mairie en 1968. Collection particulière", "Collection particulière", None),
    ("Mijn grootvader op de boot, 1949. Foto: privécollectie", "privécollectie", None),
    # a Dutch archive introducer
    ("Vissers op de dijk bij Urk, 1936. Archieffoto: Het Leven", "Het Leven", "Het Leven"),
])
def test_a_holder_after_the_caption_is_its_credit(text, line, source):
    got = _credit(text)
    assert (got.line, got.creators, got.source) == (line, [], source)


@pytest.mark.parametrize("text", [
    # a last sentence about an archive, a museum or a library is text, not a credit
    "The mill closed in 1962. Archives show the loss of two hundred jobs.",
    "De fabriek sloot in 1962. Het archief bewaart de foto's.",
    "L'usine a fermé en 1962. Le musée ouvrira en mai.",
    "Die Fabrik schloss 1962. Das Archiv zeigt die Bilder.",
    # a holder's noun in a sentence with a date is the caption's
    "Visitors queue outside. Library of Congress, 1912",
])
def test_a_sentence_about_a_holder_is_no_credit(text):
    assert find_credit(text) is None


def test_a_magazine_of_a_paper_after_pour_is_the_outlet():
    got = _credit("Un bouchonnier trie des bouchons à Santa Maria da Feira. "
                  "ANA SOUSA POUR « M LE MAGAZINE DU MONDE »")
    assert got.creators == ["Ana Sousa"]
    assert got.source == "M Le magazine du Monde"


@pytest.mark.parametrize("text,year", [
    # a person's years of birth and death are no picture's date
    ("In memoriam: fotografe Anna Brouwer (1938-2026) in haar doka. Foto: privécollectie", None),
    ("Der Maler Karl Hofer (1878 - 1955) in seinem Atelier. Foto: Nachlass Hofer", None),
    # the picture's own year is still taken, before or after such a bracket
    ("Der Maler Karl Hofer (1878-1955) in seinem Atelier, 1950. Foto: Nachlass Hofer", 1950),
    ("Dockers at the quay in 1931. Library of Congress", 1931),
])
def test_life_years_are_no_date(text, year):
    import datetime as dt

    from captionist.sources.sheet.dates import find_date
    got = find_date(text, "en", dt.date(2026, 11, 20))
    assert (got.year if got else None) == year
