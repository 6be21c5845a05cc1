"""Round 28 (credits28): credits whose first part is a tourism board, foundation, museum,
venue or fire brigade, credit labels kept in the credit, and dates that belong to
something other than the picture. Written in our own words, not copied from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet.credits import find_credit
from captionist.sources.sheet.creditvenue import venue_shape


@pytest.mark.parametrize("text, creators, source", [
    ("Sunrise over the harbour at Tenby. Photo: Visit Pembrokeshire", [], "Visit Pembrokeshire"),
    ("Vineyards above the Moselle at dusk. Photo courtesy of VisitLuxembourg", [], "VisitLuxembourg"),
    ("De kathedraal van Burgos bij nacht. Foto: Spaans Verkeersbureau", [], "Spaans Verkeersbureau"),
    ("Skifahrer am Arlberg. Foto: Tirol Werbung/Jonas Huber", ["Jonas Huber"], "Tirol Werbung"),
    ("Le vieux port au petit matin. Photo : Office de tourisme de Honfleur", [], "Office de tourisme de Honfleur"),
    ("Het atelier van de schilder. Foto: Stichting Mondriaanhuis", [], "Stichting Mondriaanhuis"),
    ("La cour du palais. Photo : Fundación Juan March / Elena Ruiz", ["Elena Ruiz"], "Fundación Juan March"),
    ("Blick in den Saal. Foto: Kunstsammlungen Museumsverbund Gotha/Lea Brandt", ["Lea Brandt"],
     "Kunstsammlungen Museumsverbund Gotha"),
    ("La terrasse du jardin. Photo : Villa Medici / Paolo Conti", ["Paolo Conti"], "Villa Medici"),
    ("La galerie restaurée. © RMN-Musée d'Orsay / Hugo Blanc", ["Hugo Blanc"], "RMN-Musée d'Orsay"),
    ("Die Helfer pumpen den Keller leer. FOTO: APA/FF MELK", [], None),
])
def test_institution_first_is_source_person_next_to_it_is_creator(text, creators, source):
    got = find_credit(text)
    assert got is not None
    assert got.creators == creators
    if source is not None:
        assert got.source == source


@pytest.mark.parametrize("part", ["Visit Wales", "VisitBritain", "Kärnten Werbung", "Österreich Tourismus",
                                  "Fundació Miró", "Stiftung Preußischer Kulturbesitz", "Stadtmuseum Graz",
                                  "Villa Stuck", "Louvre Lens", "RMN-Grand Palais", "FF Ybbs", "FFW Aschau"])
def test_venue_shapes_taken(part):
    assert venue_shape(part)


@pytest.mark.parametrize("part", ["Anna Villa", "David Villa", "Visit", "Ada Veen", "Jean-Marc Dupont",
                                  "Lotte van Dam", "Fritz Werber", "Musa Yilmaz", "Ffion Jones", "visit wales"])
def test_people_are_no_venue(part):
    assert not venue_shape(part)


def test_photographer_credit_unchanged():
    got = find_credit("Boeren in Zwolle. Foto: Ada Veen/ANP")
    assert got.creators == ["Ada Veen"] and got.source == "ANP"


@pytest.mark.parametrize("text, line, creators", [
    ("Sheep are driven down the high street. Picture date: Monday May 4, 2026. "
     "Photo credit should read: Owain Hughes/PA Wire", "Owain Hughes/PA Wire", ["Owain Hughes"]),
    ("Fans queue outside the ground. Mandatory credit: Sam Oyelaran/PA Wire", "Sam Oyelaran/PA Wire", ["Sam Oyelaran"]),
    ("Boats moored along the quay at Kinsale. Pic: Niamh Doherty for The Irish Times",
     "Niamh Doherty for The Irish Times", ["Niamh Doherty"]),
    ("Kinderen spelen op het plein in Paramaribo. Beeld Jorien Kromo voor de Volkskrant",
     "Jorien Kromo voor de Volkskrant", ["Jorien Kromo"]),
    ("Le marché couvert au matin. Photo Claire Vidal pour Le Monde", "Claire Vidal pour Le Monde", ["Claire Vidal"]),
])
def test_label_before_credit_is_not_kept(text, line, creators):
    got = find_credit(text)
    assert got is not None and got.line == line and got.creators == creators


@pytest.mark.parametrize("text", [
    "The climbers reached Pic Lointain at noon.",            # no credit: a mountain's word, no label
    "She wrote to thank him for the picture credit.",        # lower case, mid-sentence
])
def test_label_words_in_text_are_no_credit(text):
    assert find_credit(text) is None


from captionist.sources.sheet.dates import find_date  # noqa: E402


@pytest.mark.parametrize("text", [
    "Die Mole bei Swakopmund, wo ab 1904 die Landungsbrücke stand.",
    "Het fort aan de rivier, vanaf 1872 een kazerne.",
    "De fauteuil van Gerrit Rietveld (1924) in de vaste collectie van het museum.",
    "A lounge chair by Charles Eames (1956), now in the design museum.",
    "Oud-mijnwerkers bij een herdenking van de ramp in de mijn in 1958.",
    "Veterans at the anniversary of the strike of 1984 in Barnsley.",
    "The brass band, formed in 1979, plays on the pier.",
    "Die Seebühne zeigt im August „Aida“.",
    "Le théâtre antique présente en juillet son festival.",
])
def test_other_years_and_months_are_not_the_pictures(text):
    got = find_date(text, "en", dt.date(2026, 11, 30))
    assert got is None or got.year is None


@pytest.mark.parametrize("text, year", [
    ("Architekten vor dem Bauhaus in Dessau, 1926.", 1926),
    ("Die Altstadt von Passau (2013).", 2013),                 # a parenthesis at the end: the picture's
    ("Veterans at the commemoration in Arnhem in 2025.", 2025),  # the commemoration itself: no 'of'
    ("De harmonie speelt op het plein in 1989.", 1989),
])
def test_pictures_own_year_is_kept(text, year):
    got = find_date(text, "en", dt.date(2026, 11, 30))
    assert got is not None and got.year == year


def test_web_address_after_agency_does_not_hide_the_credit():
    got = find_credit("Helfer füllen in Melk Sandsäcke. Lena Gruber / APA / picturedesk.com")
    assert got is not None and got.creators == ["Lena Gruber"] and got.source == "APA"


def test_web_address_alone_after_unknown_part_is_no_credit():
    assert find_credit("Die Gemeinde informiert. Alles Weitere / Infos / gemeinde.at") is None
