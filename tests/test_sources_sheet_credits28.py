"""Round 28 (credits28): credits whose first part is a tourism board, foundation, museum,
venue or fire brigade, credit labels kept in the credit, and dates that belong to
something other than the picture. Written in our own words, not copied from the corpus."""

from __future__ import annotations

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
