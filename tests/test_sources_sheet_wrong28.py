"""Wrong places of blind parts 100-109 (issue 9, wrong28), one class per section, captions in
our own wording: what must be refused and what must still be taken."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- where the one person portrayed comes from is not the picture's place ----------------------

@pytest.mark.parametrize("text, town", [
    ("Winzerin Katharina Lehner (48) aus Spitz prüft die Trauben vor der Lese. Foto: Anna Berger/APA", "Spitz"),
    ("Melkveehouder Jan Brinkhorst (61) uit Nijkerk deelt flyers uit aan automobilisten. Foto: Sanne Vos/ANP",
     "Nijkerk"),
    ("Un apiculteur de Lectoure inspecte ses ruches avant l'hiver. Photo : Marc Dupuy", "Lectoure"),
    ("A beekeeper from Ledbury lifts a frame out of the hive. Photograph: Tom Hale", "Ledbury"),
    ("Tom Barnes (57) from Ledbury hands out leaflets to drivers. Photograph: Tom Hale/PA", "Ledbury"),
])
def test_the_home_of_the_person_portrayed_is_not_written(text, town):
    city, country, warnings = place(text)
    assert (city, country) == (None, None)
    assert any(town in w for w in warnings)


@pytest.mark.parametrize("text, city", [
    # a resident is pictured at home as a rule
    ("Une habitante de Quimperlé devant sa maison inondée, mardi. Photo : Marc Dupuy", "Quimperlé"),
    # the home written again as where the picture is
    ("Landwirt Georg Huber (55) aus Arnstorf auf seinem Hof in Arnstorf. Foto: Lena Maier/dpa", "Arnstorf"),
    # no person before the town: a place's market, a trade's place
    ("Le marché de Lombez, samedi matin. Photo : Marc Dupuy", "Lombez"),
    ("Boeren protesteren in Nijkerk met hun trekkers. Foto: Sanne Vos/ANP", "Nijkerk"),
])
def test_a_place_of_the_picture_is_kept(text, city):
    assert place(text)[0] == city


# --- a town that only says where the village named lies ----------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Weißenkirchen bei Krems: Helfer füllen Sandsäcke am Donauufer. FOTO: APA/EVA HOLZER", "Krems"),
    ("Water stands in the main street of the north Kerry village of Ballylongford. Photograph: Aoife Ryan",
     "Kerry"),
    ("Les vieilles halles de Veyrier, aux portes de Genève, rénovées. KEYSTONE / Luc Favre", "Genève"),
])
def test_the_town_that_locates_a_village_is_not_written(text, town):
    city, country, warnings = place(text)
    assert city is None or town not in city     # the village itself where the index holds it
    assert city is not None or any(town in w for w in warnings)


@pytest.mark.parametrize("text, city", [
    # a thing with its article before "bei": the town is the place
    ("Die Hungerburgbahn bei Innsbruck: Der Betrieb ruht seit Montag. FOTO: APA/EVA HOLZER", "Innsbruck"),
    # at the edge of the town, no village named: the town stays
    ("Ein Reh sucht am Stadtrand von Passau nach Futter. Foto: Lena Maier/dpa", "Passau"),
    ("Snow covers sheds on the outskirts of Edinburgh on Tuesday. Photograph: Aoife Ryan", "Edinburgh"),
])
def test_the_town_itself_is_kept(text, city):
    assert place(text)[0] == city


# --- a thing named after a town ----------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Der Geiger Paul Ressler probt mit den Bamberger Symphonikern für die Tournee. Foto: Eva Roth/dpa",
     "Bamberger"),
    ("Bratwürste nach Thüringer Art, Nürnberger Rezept, auf dem Rost. Foto: Eva Roth/dpa", "Nürnberger"),
    ("Die Dirigentin Mia Kolb mit den Wiener Philharmonikern bei der Probe. Foto: Eva Roth/dpa", "Wiener"),
])
def test_a_thing_named_after_a_town_is_not_its_place(text, town):
    city, country, warnings = place(text)
    assert (city, country) == (None, None)
    assert any(town in w for w in warnings)


@pytest.mark.parametrize("text, city", [
    ("Die Wiener Philharmoniker im Musikverein in Wien. Foto: Eva Roth/dpa", "Vienna"),
    ("Wiener Polizisten sichern den Stephansplatz. Foto: Eva Roth/dpa", "Vienna"),
])
def test_the_town_placed_or_its_people_are_kept(text, city):
    assert place(text)[0] == city
