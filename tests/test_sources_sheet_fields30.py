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


# --- a desk's boxes among credited captions are strays (strayboxes.py) ---

import datetime as dt  # noqa: E402

from captionist.sources.sheet import parse_sheet  # noqa: E402

_CAPTION = {"en": "Fans wave flags at the stadium in Leeds on Saturday. Photo: Ada Veen/Reuters",
            "nl": "Supporters zwaaien met vlaggen in het stadion van Zwolle. Foto: Bo Lind/ANP",
            "de": "Fans schwenken Fahnen im Stadion in Bielefeld. Foto: Lena Voss/dpa",
            "fr": "Des supporteurs dans le stade de Nîmes samedi. Photo : Léa Morin / AFP"}


def _sheet(lang: str, box: str):
    text = f"{_CAPTION[lang]}\n\n{box}\n\n{_CAPTION[lang]}\n"
    return parse_sheet(text, lang=lang, ref_date=dt.date(2026, 11, 28))


@pytest.mark.parametrize("lang,box", [
    ("en", "Team: Hale; Dunn, Pryce, Okafor; Lyle, Stone. Subs: Marsh."),
    ("en", "Results: Leeds 2 Hull 1, Derby 0 Stoke 0."),
    ("en", "LIVE: Moreau leads by 9 seconds with one lap left."),
    ("nl", "Opstelling van PEC: Bos; Smit, de Wit, Kok; Visser, Mulder."),
    ("nl", "Ook op de redactie: de gemeenteraad vergadert dinsdag over de begroting."),
    ("de", "Die Aufstellung des SC Paderborn: Huth; Klaas, Obst, Götze; Rapp."),
    ("de", "Fakten zum Stadion: Es wurde 1926 eröffnet und fasst 27.000 Zuschauer."),
    ("fr", "15 h 10 : Le peloton rattrape les échappés à 20 kilomètres du but."),
    ("fr", "Classement : 1. Morel, 2. Perrin, 3. Faure."),
])
def test_a_desk_box_is_no_caption(lang, box):
    result = _sheet(lang, box)
    assert box not in [c.record["description"][lang] for c in result.captions]
    assert any(s.text == box for s in result.stray)


@pytest.mark.parametrize("lang,caption", [
    # a place or a date before the colon opens a caption, credited or not
    ("de", "Bielefeld: Fans feiern nach dem Abpfiff vor dem Stadion."),
    ("nl", "24 november: Supporters vieren het kampioenschap op het plein in Zwolle."),
    # a box's word later in the caption is no label
    ("en", "The team celebrates with the trophy in Leeds: the club's first title since 1992."),
    # a credited paragraph under a box's word is a caption
    ("en", "Live: the band on stage at the festival in Leeds. Photo: Ada Veen/Reuters"),
])
def test_a_caption_with_a_colon_stays_a_caption(lang, caption):
    result = _sheet(lang, caption)
    assert not any(s.text == caption for s in result.stray)


# --- a name with a middle initial after the caption, no label (name-slash-agency) ---

@pytest.mark.parametrize("text,line,creators", [
    ("Cars line up on the grid at Daytona. Mary K. Lowell/Getty Images", "Mary K. Lowell/Getty Images", ["Mary K. Lowell"]),
    ("Boats in the harbour at dawn. John A. B. Cole/Reuters", "John A. B. Cole/Reuters", ["John A. B. Cole"]),
    # a sentence ending before the credit stays out of it
    ("The crowd cheers the winner. Tom Reed/AP", "Tom Reed/AP", ["Tom Reed"]),
    # initials that end a sentence ("D.C.") do not pull it into the credit
    ("Crowds gather. Nurses march in Washington D.C. Ann Fox/AP", "Ann Fox/AP", ["Ann Fox"]),
])
def test_a_middle_initial_stays_in_the_name(text, line, creators):
    got = _credit(text)
    assert (got.line, got.creators) == (line, creators)


# --- an introducer word inside an agency's name is no label ---

@pytest.mark.parametrize("text,line,creators", [
    ("Runners on the sea front. Glen Morgan Picture Agency", "Glen Morgan Picture Agency", []),
    # a label without a colon before an agency and a name still introduces the credit
    ("De haven bij nacht. Foto ANP / Jan Smit", "ANP / Jan Smit", ["Jan Smit"]),
])
def test_an_introducer_inside_an_agency_name(text, line, creators):
    got = _credit(text)
    assert (got.line, got.creators) == (line, creators)
