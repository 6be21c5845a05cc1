"""Towns that belong to a person or a team, not to the picture (issue 9, origins30,
placeresidence.py): where someone lives, a named person's hometown, the side a team plays
against. Captions in our own wording: what must be refused, and what must still be taken."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_refused, place


# --- where someone lives -----------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Otley's Sam Okafor, a Ghanaian-born winger who lives in Harrogate, runs at the defence on Saturday. "
     "Ian Rowe/PA Images", "Harrogate"),
    ("Winnares Femke Bos, die in Zwijndrecht woont, steekt haar armen in de lucht. Foto: Jan Smit/ANP", "Zwijndrecht"),
    ("Der Maler Karl Brenner (79), der seit 1980 in Meran wohnt, starb am Sonntag. Foto: Familie Brenner", "Meran"),
    ("La romancière Claire Morel, qui habite à Vevey, est morte dimanche. Photo: DR", "Vevey"),
    ("Schrijver Jan Peeters (81), sinds 1975 woonachtig in Echternach, overleed zondag. Foto: Belga", "Echternach"),
])
def test_where_a_person_lives_is_not_the_place(text, town):
    city, country, warnings = place(text)
    assert city is None and country is None
    assert any(town in w for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    # the picture's own place after a resident: taken
    ("Winnares Femke Bos, die in Zwijndrecht woont, komt over de finish in Heiloo. Foto: Jan Smit/ANP", "Heiloo"),
    # residents pictured in their town, not a relative clause about a person
    ("Rescue workers evacuate residents in Chhatak, near Sylhet, Bangladesh, on Monday. EPA-EFE/ALI RAHMAN",
     "Chhātak"),
    ("Ein Mann, der in Meran wohnt, räumt am Montag Schnee vor seinem Haus in Lana. Foto: Dolomiten", "Lana"),
])
def test_a_residents_own_place_is_kept(text, city):
    assert place(text)[0] == city


# --- a named person's hometown ---------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Barrie Colts captain Ethan Moore, of Guelph, Ont., raises the trophy in 2024. Tom Little/OHL Images", "Guelph"),
    ("Kampioen Lotte Visser uit Castricum, 2018. ANP ARCHIEF / Piet Jansen", "Castricum"),
    ("Le Savoyard Louis Bernard d'Albertville chute dans la descente, dimanche. © Paul Roux / MAXPPP", "Albertville"),
    ("Der Kletterer Anton Pichler (1930–2019) aus Brixen, aufgenommen 1961. Foto: Archiv Pichler", "Brixen"),
])
def test_a_named_persons_hometown_is_not_the_place(text, town):
    assert_refused(text, town)


@pytest.mark.parametrize("text, city", [
    # a country after the hometown is the hometown's: the game's own city is taken
    ("Vancouver Canucks winger Jonas Berg, a native of Umeå, Sweden, skates before the game at the arena in "
     "Denver, Sunday, Nov. 29, 2026. (AP Photo/Ann Lowe)", "Denver"),
    # things named "<word> <word> de X" are no person
    ("L'usine Michelin de Cholet en septembre 2025. JEAN DUPONT / AFP", "Cholet"),
    ("Des soldats lors d'une cérémonie à la caserne Grand-Duc Jean de Diekirch, le 23 juin. Photo: Armée", "Diekirch"),
])
def test_other_towns_after_a_name_are_kept(text, city):
    assert place(text)[0] == city


# --- the side a team plays against ---------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Anderlecht striker Tom Maes celebrates his goal against Club Brugge on Sunday. BELGA PHOTO ANN LOWE", "Brugge"),
])
def test_an_opponent_club_town_is_not_the_place(text, town):
    assert_refused(text, town, "person or team")


def test_an_opponent_country_is_not_the_caption_country():
    city, country, _ = place("Le Malien Ali Traoré célèbre son but face au Sénégal, samedi. © 2026 Reuters")
    assert country != "SEN" and city is None


def test_the_home_sides_town_after_an_opponent_country_is_kept():
    city, country, _ = place("De Belgische hockeysters vieren de winnende treffer tegen Argentinië in Rosario. "
                             "Foto: Ann Lowe/Reuters")
    assert (city, country) == ("Rosario", "ARG")


# --- a big city near a named sports ground only says where the ground is -----------------------

def test_a_big_city_near_a_named_ground_is_not_written():
    city, _, warnings = place("Le Sénégalais Ali Diop célèbre son but, au stade du Centenaire, près de Dakar, "
                              "samedi. © 2026 Reuters")
    assert city is None
    assert any("Dakar" in w for w in warnings), warnings


def test_a_town_between_the_ground_and_the_city_is_kept():
    assert place("Les supporters au stade Pierre-Mauroy, à Villeneuve-d'Ascq, près de Lille, samedi. "
                 "Photo: DR")[0] == "Villeneuve-d'Ascq"


def test_a_hometown_after_a_name_with_a_particle_is_not_the_place():
    city, _, warnings = place("Kampioen Jan van der Berg uit Heiloo, 2017. ANP ARCHIEF / Piet Jansen")
    assert city is None
    assert any("Heiloo" in w for w in warnings), warnings
