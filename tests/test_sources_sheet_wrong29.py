"""Wrong places of the mutation bench (issue 9, wrong29), one class per section, captions in
our own wording: what must be refused and what must still be taken."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- "X, State" with X a village the index lacks: the state is no town -----------------------

@pytest.mark.parametrize("text, village, state", [
    # a town named like the state or province elsewhere, or the province's own city
    ("Volunteers stack sandbags outside the library in Pelbury, Maine, on Friday. (AP Photo/Ann Lowe)",
     "Pelbury", "Maine"),
    ("Fans cheer a late goal at the arena in Vastrelle, Quebec, Saturday. (Paul Roy/The Canadian Press via AP)",
     "Vastrelle", "Quebec"),
    # a state's abbreviation with its full stop is no town either ("Fla." is no Flå in Norway)
    ("A boat lies on its side in a yard in Doverton, Fla., on Thursday. (AP Photo/Ann Lowe)", "Doverton", "Fla"),
    ("A moose crosses the highway near Brusquet, Que., on Sunday. THE CANADIAN PRESS/Marc Roy", "Brusquet", "Que"),
])
def test_the_state_of_an_unknown_village_is_not_written(text, village, state):
    city, country, warnings = place(text)
    assert city in (None, village)      # blank, or the village as written, with a warning
    assert any(state in w for w in warnings), warnings
    assert any(village in w for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    # the village the index knows: taken, in its state
    ("Volunteers stack sandbags outside the library in Bangor, Maine, on Friday. (AP Photo/Ann Lowe)", "Bangor"),
    ("A boat lies on its side in a yard in Tampa, Fla., on Thursday. (AP Photo/Ann Lowe)", "Tampa"),
    # an unknown district before its city: the city, which is no first-level division
    ("Police fire tear gas at protesters in Mathare North, Nairobi, on Wednesday. (AP Photo/Ann Lowe)", "Nairobi"),
])
def test_a_known_town_or_a_city_after_a_district_is_kept(text, city):
    assert place(text)[0] == city


# --- a village the index lacks is where the picture is; a town written only as "of Y" is not ---

@pytest.mark.parametrize("text, town", [
    ("Ein Traktor räumt den Schnee in Oberwaltingen südwestlich von Hildesheim. Foto: Jan Roth/dpa", "Hildesheim"),
    ("Families of the victims of the Lockerbie bombing gather at a chapel in Marbury, Virginia. "
     "(AP Photo/Ann Lowe)", "Lockerbie"),
    ("La fumée au-dessus de Narbonne, vue depuis le village de Cazouls-Vieux. Photo : Marc Dupuy", "Narbonne"),
    ("Des habitants d'El Paso regardent la coulée depuis Velhondo, lundi. Photo : Marc Dupuy / AFP",
     "El Paso"),
])
def test_a_town_written_only_as_of_is_not_the_unknown_villages_place(text, town):
    city, country, warnings = place(text)
    assert city != town and not (city or "").startswith(town)
    assert any(town in w for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    # the unknown name is a district of the town, written next to it
    ("Arbeiders in hun kas in Kamerewa, een wijk van Naivasha. Foto: Hollandse Hoogte / Wendy Kamau", "Naivasha"),
    # the unknown name is a region that says where the town is
    ("Feuerwehrleute kämpfen in der Nähe von Malibu in Kalifornien gegen ein Buschfeuer. Foto: AP/dpa", "Malibu"),
    # a noun after "in" followed by a name is no village ("in Richtung Hamburg")
    ("Das Sturmtief zieht in Richtung Hamburg, hier der Strand von Sankt Peter-Ording. Foto: Frank Rumpen/dpa",
     "Sankt Peter-Ording"),
    # the known town written as placed stays the place
    ("Der Bürgermeister von Hildesheim eröffnet den Markt in Hildesheim. Foto: Jan Roth/dpa", "Hildesheim"),
])
def test_a_district_a_region_or_a_noun_keeps_the_town(text, city):
    assert place(text)[0] == city


# --- a name that runs on into another place's longer name is not that other place ------------

@pytest.mark.parametrize("text, short, longer", [
    ("Bombeiros descansam em frente ao quartel. Brandweerlieden in São João da Madeira, 3 oktober 2026. "
     "Foto EPA / PAULO MENDONÇA", "São João", "São João da Madeira"),
    ("Pupils line up outside a school in Brno střed. (AP Photo/Ann Lowe)", "Brno", "Brno střed"),
])
def test_the_start_of_a_longer_place_name_is_not_written(text, short, longer):
    city, country, warnings = place(text)
    assert city in (None, longer)
    assert any(longer in w for w in warnings) or city == longer, warnings


@pytest.mark.parametrize("text, city", [
    # the longer name is the same city's
    ("Ein Blick auf die Skyline von Frankfurt am Main am Abend. Foto: Jan Roth/dpa", "Frankfurt am Main"),
    # small words after the town that make no place's name
    ("Fans celebrate in Brno on Sunday. (AP Photo/Ann Lowe)", "Brno"),
    ("Brandweerlieden in Porto na de brand, 3 oktober 2026. Foto EPA / PAULO MENDONÇA", "Porto"),
])
def test_a_town_followed_by_small_words_is_kept(text, city):
    assert place(text)[0] == city


# --- a town that names a facility placed somewhere else ---------------------------------------

@pytest.mark.parametrize("text, there", [
    ("Streikende vor dem Flughafen Münster/Osnabrück in Hohenlockstedt. Foto: Lena Tiemann/dpa", "Hohenlockstedt"),
])
def test_the_facilitys_place_is_written_not_its_name(text, there):
    assert place(text)[0] == there


@pytest.mark.parametrize("text, facility_town", [
    ("Streikende vor dem Flughafen Münster/Osnabrück in Trewelhausen. Foto: Lena Tiemann/dpa", "Münster"),
])
def test_a_facility_town_is_not_written_for_an_unknown_place(text, facility_town):
    city, country, warnings = place(text)
    assert city in (None, "Trewelhausen")
    assert any(facility_town in w for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    ("Passagiere warten am Flughafen Hamburg auf ihre Flüge. Foto: Lena Tiemann/dpa", "Hamburg"),
    # "in" before a region says where the facility's town lies
    ("Reisende am Flughafen Memmingen in Bayern. Foto: Lena Tiemann/dpa", "Memmingen"),
])
def test_a_facility_town_alone_is_kept(text, city):
    assert place(text)[0] == city


# --- a town's name that runs on into a village's longer name the index lacks ------------------

@pytest.mark.parametrize("text, short", [
    ("Walkers cross the bridge at Ashford in the Water, near Bakewell, on Sunday. © Ben Hale", "Ashford"),
    ("Cyclists climb out of the square at Wells in the Marsh, on Saturday. Photograph: Tom Hale/PA", "Wells"),
])
def test_the_start_of_an_unlisted_longer_name_is_not_written(text, short):
    city, country, warnings = place(text)
    assert city != short
    assert any(short in w for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    # the unknown word names a valley or a river the town lies in or on, a small word follows
    ("Waste tips above Bethesda in the Ogwen valley. Photograph: Rhodri Jones/The Guardian", "Bethesda"),
    # no "the": the region the town lies in
    ("Skifahrer in Feldkirchen in Kärnten am Samstag. Foto: APA/Gert Eggenberger", "Feldkirchen in Kärnten"),
])
def test_a_town_before_a_valley_or_its_region_is_kept(text, city):
    assert place(text)[0] == city
