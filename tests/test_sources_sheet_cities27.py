"""City recall on town adjectives and demonyms (issue 9, cities27), captions in our own
wording: what must be taken and what must not."""

from __future__ import annotations

import pytest

from sheet_helpers import last_place as _last_place, place


# --- a German adjective of a town whose index name adds where it lies ------------------------

def test_an_adjective_of_a_town_named_with_a_qualifier_gives_the_town():
    # GeoNames names the town "Schwandorf in Bayern"; "Schwandorf" alone is only another name
    assert place("Die Schwandorfer Stadtkapelle probt im Freien. Foto: Eva Brunner")[:2] == \
        ("Schwandorf in Bayern", "DEU")


def test_a_plain_capitalised_word_in_er_is_still_no_town():
    assert place("Der Sieger jubelt nach dem Rennen. Foto: Eva Brunner")[0] is None


# --- Dutch "-se" adjectives whose stem changes -------------------------------------------------

def test_a_long_vowel_written_single_in_the_adjective_gives_the_town():
    assert place("De Sint-Niklase burgemeester opent de kerstmarkt. Foto Belga / Jan Peeters")[:2] == \
        ("Sint-Niklaas", "BEL")


SHEET_NL = "Fietsers op de dijk bij Zwolle. Foto: ANP / Piet Vos\n\n"


def test_a_small_town_in_en_written_erse_gives_the_town_in_the_sheets_country():
    text = SHEET_NL + "Leerlingen van het Beilerse lyceum protesteren. Foto: Anna de Wit / DvhN"
    assert _last_place(text) == ("Beilen", "NLD")


def test_a_small_towns_adjective_outside_the_sheets_country_is_not_written():
    # Beilen is Dutch: in a sheet of German captions its adjective is not trusted
    text = "Glatteis auf der A7 bei Kassel. Foto: Uwe Zucchi/dpa\n\n" \
           "Schüler der Beilerse Schule im Schnee. Foto: Anna de Wit"
    assert _last_place(text)[0] != "Beilen"


@pytest.mark.parametrize("text", [
    "De Franse president spreekt de pers toe. Foto: ANP / Piet Vos",
    "De Chinese delegatie arriveert op Schiphol. Foto: ANP / Piet Vos",
    "Een Portugese vissersboot in de haven. Foto: ANP / Piet Vos",
    "De Engelse supporters zingen in het stadion. Foto: ANP / Piet Vos",
])
def test_a_country_adjective_in_se_is_no_town(text):
    city = place(text)[0]
    assert city in (None, "Amsterdam")


# --- a national agency's credit as evidence for a town's country -------------------------------

from captionist.sources.sheet.placeagency import agency_country  # noqa: E402

SHEET_FR = "Des manifestants défilent à Lyon. Photo : Jean Dupont / AFP\n\n" \
           "La foire aux vins de Colmar. Photo : Marie Klein / AFP\n\n"


def test_a_belgian_agencys_credit_gives_the_belgian_town_in_a_french_sheet():
    text = SHEET_FR + "Le public au stade communal, à Forest. © BELGA PHOTO JEAN MARTIN"
    assert _last_place(text) == ("Forest", "BEL")


def test_without_the_agency_the_town_named_in_several_countries_stays_blank():
    text = SHEET_FR + "Le public au stade communal, à Forest. Photo : Jean Martin"
    assert _last_place(text)[0] is None


def test_an_italian_agencys_credit_outweighs_a_region_of_that_name_abroad():
    text = SHEET_FR + "Des pêcheurs dans le port de Bari, mardi. ANSA / Marco Rossi"
    assert _last_place(text) == ("Bari", "ITA")


def test_the_agency_never_outweighs_the_country_the_caption_names():
    text = SHEET_FR + "Le public au stade communal, à Forest, dans le Mississippi. © BELGA PHOTO JEAN MARTIN"
    assert _last_place(text)[1] != "BEL"


@pytest.mark.parametrize("credit, a2", [
    ("© BELGA PHOTO VIRGINIE LECLERCQ", "BE"),
    ("APA/GEORG HOCHMAYR", "AT"),
    ("ANSA / Donato Lorusso / via Reuters", "IT"),   # distributed by Reuters, made by ANSA
    ("KEYSTONE/Gian Casutt", "CH"),
    ("ANP / AFP", None),            # a world agency's picture passed on
    ("EPA/ANSA/CIRO FUSCO", None),
    ("Foto: Jan Roth/dpa", None),
    ("Photo: Apache Helicopter Unit", None),   # a word containing an agency's letters
    ("", None),
])
def test_which_credits_name_a_national_agencys_own_picture(credit, a2):
    assert agency_country(credit) == a2


# --- a town written after the street the picture is in ------------------------------------------

SHEET_GB = "Flood water on the A1 near Northampton. Photograph: Ian Lake/PA\n\n" \
           "Gritters leave the depot in Leicester. Photograph: Ian Lake/PA\n\n"


@pytest.mark.parametrize("caption", [
    "Candles left outside a house on Mill Road, Kettering, on Sunday. Photograph: Ian Lake/PA",
    "Police officers at the scene on Harborough Road, Kettering. Photograph: Ian Lake/PA",
])
def test_a_town_after_a_street_with_a_positional_word_is_where_the_picture_is(caption):
    assert _last_place(SHEET_GB + caption) == ("Kettering", "GBR")


@pytest.mark.parametrize("caption", [
    "A man from Mill Road, Kettering, was charged on Monday. Photograph: Ian Lake/PA",   # where he lives
    "The Mill Road bakery, Kettering, closed in March. Photograph: Ian Lake/PA",         # no positional word
    "Candles left on Mill Road, Kettering Borough Council said. Photograph: Ian Lake/PA",  # a longer name
])
def test_a_town_after_a_street_without_a_positional_word_is_not_taken(caption):
    assert _last_place(SHEET_GB + caption)[0] is None


def test_the_street_never_outweighs_the_country_the_sheet_does_not_settle():
    # one caption, no sheet: Kettering is English and American, nothing says which
    assert place("Candles on Mill Road, Kettering. Photograph: Ian Lake")[0] is None


def test_a_provinces_adjective_is_no_german_town_named_after_it():
    # "Limburgse": the Dutch or Belgian province, never Limburg an der Lahn
    assert place("In het Limburgse heuvelland ligt sneeuw. Foto: ANP / Piet Vos")[0] != "Limburg an der Lahn"


# --- a court named after the town it sits in ---------------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("Die Angeklagte verbirgt ihr Gesicht im Landgericht Mannheim. Foto: Eva Brunner/dpa", "Mannheim"),
    ("Zuschauer warten vor dem Amtsgericht Bochum. Foto: Eva Brunner/dpa", "Bochum"),
    ("De verdachte arriveert bij de rechtbank Rotterdam. Foto: ANP / Piet Vos", "Rotterdam"),
])
def test_a_court_named_after_its_town_gives_the_town(text, city):
    assert place(text)[0] == city


def test_a_court_word_alone_gives_no_town():
    assert place("Der Angeklagte im Landgericht am Montag. Foto: Eva Brunner/dpa")[0] is None


# --- a region named in a venue's name ----------------------------------------------------------

def test_a_stadium_named_after_a_region_gives_no_country():
    # the stadium of Valenciennes, France, bears the old county's name, the index's Belgian province
    assert place("Le milieu Hugo Lenoir tire au but au stade du Hainaut, samedi. Photo : Jean Martin / AFP")[1] is None


@pytest.mark.parametrize("text", [
    "Des supporters au stade du Hainaut, dans le Hainaut belge. Photo : Jean Martin / AFP",
    "Une usine fermée dans le Hainaut. Photo : Jean Martin / AFP",
])
def test_the_region_named_outside_a_venue_still_gives_its_country(text):
    assert place(text)[1] == "BEL"


# --- Dutch names of a town's people --------------------------------------------------------------

@pytest.mark.parametrize("word, city", [
    ("Gentenaars", "Ghent"), ("Zwollenaren", "Zwolle"), ("Eindhovenaren", "Eindhoven"),
    ("Utrechters", "Utrecht"), ("Aalstenaars", "Aalst"), ("Menenaars", "Menen"),
])
def test_a_towns_people_named_in_dutch_give_the_town(word, city):
    assert place(f"{word} vullen zandzakken tegen het hoogwater. Foto: Joke Peeters / Belga")[0] == city


def test_a_small_towns_people_give_the_town_in_the_sheets_country():
    text = "Ijzel op de E17 bij Kortrijk. Foto: Belga / Jan Peeters\n\n" \
           "Ingelmunsternaren vullen zandzakken. Foto: Joke Peeters"
    assert _last_place(text) == ("Ingelmunster", "BEL")


@pytest.mark.parametrize("word", ["Leraren", "Fietsers", "Bewoners", "Winnaars", "Wandelaars", "Burgers", "Vissers"])
def test_dutch_words_for_people_in_the_same_endings_are_no_town(word):
    assert place(f"{word} vullen zandzakken tegen het hoogwater. Foto: Joke Peeters / Belga")[0] is None
