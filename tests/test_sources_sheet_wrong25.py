"""The wrong places of the blind parts 56-60 and 66-70 (issue 9, wrong25), one class per
section, in our own wording: what must be refused and what must still be taken."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- a rubric label before a colon is no dateline ------------------------------------------

@pytest.mark.parametrize("text, city, country", [
    ("Rugby : le demi de mêlée tongien plonge dans l'en-but au stade de Nukuʻalofa (Tonga), "
     "dimanche. Photo : Sione Taufa/AP", None, "TON"),
    ("Golf: a Japanese amateur putts on the eighteenth green at Sapporo, Japan. "
     "Photo: Kenji Mori/AP", "Sapporo", "JPN"),
    ("Sport: Radfahrer fahren in Girona (Spanien) den Anstieg hinauf. Foto: Pau Barrena/AFP",
     "Girona", "ESP"),
])
def test_a_rubric_before_the_colon_is_not_the_town(text, city, country):
    got = place(text)
    assert got[0] != "Rugby" and got[0] != "Golf"
    if city:
        assert got[:2] == (city, country)


def test_a_dateline_before_the_colon_still_counts():
    assert place("Lyon : des passants sous la neige place Bellecour. Photo : Jean Dupuis/AFP")[:2] == ("Lyon", "FRA")


# --- a destination through a facility is where someone goes -----------------------------------

@pytest.mark.parametrize("text", [
    "Een bus met toeristen rijdt 's ochtends naar het vliegveld van Lissabon. Foto: ANP / Piet de Vries",
    "A lorry loaded with fish heads to the port of Aberdeen before dawn. Photo: Ian Grant/PA",
    "Ein Lastwagen mit Blumen fährt nach dem Flughafen von Wien. Foto: Eva Gruber/APA",
])
def test_the_facility_one_travels_to_is_not_the_place(text):
    assert place(text)[0] is None


def test_at_the_airport_of_a_town_is_still_the_town():
    assert place("Reizigers wachten op het vliegveld van Lissabon. Foto: ANP / Piet de Vries")[0] == "Lisbon"


# --- a past residence is a life story, not the picture's place --------------------------------

@pytest.mark.parametrize("text", [
    "A fisherman, who returned after twenty years in Glasgow, mends his nets. Photo: Ian Grant/PA",
    "Een boer die na dertig jaar in Rotterdam terugkeerde, voert zijn geiten. Foto: Piet de Vries",
    "Eine Töpferin, die nach vielen Jahren in Hamburg zurückkam, an der Drehscheibe. Foto: Eva Gruber/dpa",
])
def test_years_spent_somewhere_are_not_where_the_picture_is(text):
    assert place(text)[0] is None


def test_a_person_in_a_town_now_is_still_the_town():
    assert place("A fisherman mends his nets in Glasgow. Photo: Ian Grant/PA")[0] == "Glasgow"


# --- a town's adjective on a research institution says who, not where --------------------------

@pytest.mark.parametrize("text", [
    "Onderzoekers van de Leidse universiteit tellen vogels op een kwelder. Foto: Piet de Vries",
    "Münchner Forscher vermessen einen Gletscher. Foto: Eva Gruber/dpa",
])
def test_an_academic_town_adjective_is_not_the_place(text):
    assert place(text)[0] is None


@pytest.mark.parametrize("text, city", [
    ("Utrechtse studenten vieren op de Oudegracht het begin van het jaar. Foto: Piet de Vries", "Utrecht"),
    ("Een Rotterdamse agent bij de Erasmusbrug. Foto: Piet de Vries", "Rotterdam"),
])
def test_other_town_adjectives_still_place_the_picture(text, city):
    assert place(text)[0] == city


# --- an exonym with accents is never a small town with the plain spelling ---------------------

@pytest.mark.parametrize("text", [
    "Pékin : des cyclistes dans le brouillard, mardi. Photo : Jean Dupuis/AFP",
    "Des touristes devant la Cité interdite à Pékin. Photo : Jean Dupuis/AFP",
])
def test_an_accented_exonym_is_not_the_plain_small_town(text):
    city, country, warnings = place(text)
    assert city != "Pekin" and country != "USA"
    # the small town is no candidate at all, so the city the exonym names is written
    assert (city, country) == ("Beijing", "CHN"), warnings


def test_the_plain_spelling_with_its_state_is_still_the_town():
    assert place("Des agriculteurs manifestent à Pekin, dans l'Illinois. Photo : Jean Dupuis/AP")[:2] == ("Pekin", "USA")
