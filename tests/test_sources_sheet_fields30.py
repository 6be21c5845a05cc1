"""Credits, strays and dates of the round-30 classes (issue 9, fields30). Captions in our own
wording, not those of corpus sheets 110-124: what must be taken AND what must not."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.credits import find_credit


def _credit(text: str):
    got = find_credit(text)
    assert got is not None, text
    return got


@pytest.mark.parametrize("text,line", [
    # the giver of a handout named by a league's, an event's or a company's word
    ("Les coureurs dans le désert. Photo : Atlas Rally / Handout via AFP", "Atlas Rally / Handout via AFP"),
    ("Workers pack biscuits on the line. Photo: Harlow International/handout", "Harlow International/handout"),
    # a league or product named with a word of letters and digits
    ("Fans at the final of the league. SPL T10/Getty Images", "SPL T10/Getty Images"),
    # an institution in capitals after the agency
    ("Die Wetterstation am Gipfel. APA/ALPENVEREIN AUSTRIA", "APA/ALPENVEREIN AUSTRIA"),
    # a company's legal form, a consortium, a newspaper, a league, a zoo
    ("Die neue Abfüllanlage im Werk. Foto: Brauerei Haller GmbH & Co. KG", "Brauerei Haller GmbH & Co. KG"),
    ("Sunset over the harbour. Photo: Baltic Advocate", "Baltic Advocate"),
])
def test_an_organisation_credited_like_a_name_is_no_creator(text, line):
    got = _credit(text)
    assert got.line == line
    assert got.creators == []


@pytest.mark.parametrize("text,creators", [
    # an organisation before its photographer: the photographer is the creator
    ("Der Seelöwe im Becken. Foto: Tierpark Dortmund/Lena Voss", ["Lena Voss"]),
    ("Das Nashorn im Gehege. APA/TIERGARTEN LINZ/MARKUS EDER", ["Markus Eder"]),
    ("Het team op het ijs. Foto: European Curling / Pia Lund", ["Pia Lund"]),
    ("Le ministre au marché. Photo : Paul Reding / Tageblatt Wort", ["Paul Reding"]),
    # a person whose surname is a big town's name, before an outlet, stays the creator
    ("Le maire à la mairie. Photo : Marc Girardot / L'Est Républicain", ["Marc Girardot"]),
    ("Kotters in de haven. Foto: Jan van Essen/Leeuwarder Courant", ["Jan van Essen"]),
    # a person before "Handout", with or without a distributor, or named "for" the giver
    ("Die Familie am Strand. Foto: Ada Kuhn/Handout", ["Ada Kuhn"]),
    ("A ferry in the fjord. Photo: Sigrid Dahl/Handout via REUTERS", ["Sigrid Dahl"]),
    ("The crowd at the gate. Photo: Ruth Pinto for SailGP/Handout via REUTERS", ["Ruth Pinto"]),
    ("Ein Läufer im Ziel. Foto: Max Berger/dpa", ["Max Berger"]),
])
def test_people_next_to_organisations_stay_creators(text, creators):
    assert _credit(text).creators == creators
