"""One table for "<people> from <body> in X" (issue 9, unify35): placegroup's group reading and
its "from <body> in <country>" reading (placefromin.py until then) read the nouns of
placegroupwords.py, so a body noun the one reading knew is now known to the other. Captions in
our own wording."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import placegroup
from captionist.sources.sheet.placegroupwords import BODIES, GROUP
from sheet_helpers import assert_refused, place


def test_every_body_noun_is_read_by_both_readings():
    for noun in BODIES:
        text = f"Pupils from a {noun} in "
        assert placegroup.body_country(text + "Spain", len(text)), noun
        assert placegroup._institution_hop(["children", "of", "the", noun]), noun


def test_the_tables_are_casefolded_words():
    assert all(w == w.casefold() and " " not in w for w in GROUP | BODIES)


@pytest.mark.parametrize("text, country", [
    # a body noun only the group reading knew ("college", "lycée", "gemeente") before unify35
    ("Students from a college in Canada sing carols outside. Photo: Ann Lee/PA", "CAN"),
    ("Des élèves venus d'un lycée en Belgique chantent sous la pluie. Photo : Léa Roux / AFP", "BEL"),
    ("Vrijwilligers uit een gemeente in Duitsland delen soep uit. Foto: Piet Smit/ANP", "DEU"),
])
def test_a_country_after_a_new_body_noun_is_not_the_pictures(text, country):
    assert place(text)[1] != country


@pytest.mark.parametrize("text, town", [
    # a body noun only the "from ... in" reading knew ("caserne", "Kloster") before unify35
    ("Les enfants de la caserne de Vannes lors de la kermesse de fin d'année. Photo : DR", "Vannes"),
    ("Die Kinder aus dem Kloster von Ettal beim Krippenspiel. Foto: Anna Maier/dpa", "Ettal"),
    ("De kinderen van de kazerne in Ermelo bij de kerstmarkt. Foto: Piet Smit/ANP", "Ermelo"),
])
def test_a_town_after_a_new_body_noun_is_the_groups(text, town):
    assert_refused(text, town, "where they come from")


def test_a_town_in_a_from_phrase_keeps_its_country():
    # a town, not a body, after "from": the country is where the people are
    assert place("Students from Lyon in Canada sing carols outside. Photo: Ann Lee/PA")[1] == "CAN"
