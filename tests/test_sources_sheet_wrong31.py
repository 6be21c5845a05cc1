"""Wrong places of the blind parts 125-134 (issue 9, wrong31): where a person died or grew up,
and police sketches. Captions in our own wording: what must be refused and what must still be
taken."""

from __future__ import annotations

import pytest

from sheet_helpers import assert_refused, place


# --- a death clause names where the person died, not where the picture is -------------------

@pytest.mark.parametrize("text, city, refused", [
    ("Jazz singer Mara Holt, who died on Monday in Leeds, on stage at the Royal Albert Hall in London "
     "in 1968. Photo: Getty Images", "London", "Leeds"),
    ("Die Sängerin Erika Voss bei einem Konzert in Leipzig, 1979. Voss starb am Dienstag in Dresden. "
     "Foto: picture alliance / dpa", "Leipzig", "Dresden"),
    ("Der Maler Kurt Brandt in seinem Atelier in Würzburg, 1990. Brandt ist am Montag in Bamberg "
     "gestorben. Foto: dpa", "Würzburg", "Bamberg"),
    ("L'acteur Paul Vernet sur le tournage d'un film à Marseille en 1972. Il est mort jeudi à Nice. "
     "Photo AFP", "Marseille", "Nice"),
    ("Wielrenner Kees Brink tijdens de Ronde in Oudenaarde, april 1970. Brink overleed zondag op "
     "81-jarige leeftijd in Gent, België. Beeld ANP", "Oudenaarde", "Gent"),
])
def test_the_town_of_death_is_refused(text, city, refused):
    got, country, warnings = place(text)
    assert got == city
    assert got != refused


@pytest.mark.parametrize("text, refused", [
    # the only town is where the person died: blank, the town named in a warning
    ("Poet Anne Greer, who died on Friday in Bath, in an undated picture. Photo: Faber", "Bath"),
    ("De schrijver Jan Hol, die dinsdag in Zwolle is overleden, in 1985. Beeld ANP", "Zwolle"),
])
def test_a_death_town_alone_is_a_blank_with_a_warning(text, refused):
    assert_refused(text, refused)


@pytest.mark.parametrize("text, city", [
    # a funeral is where the picture is
    ("Mourners carry the coffin at his funeral in Leeds on Friday. Photo: PA", "Leeds"),
    ("Trauergäste bei der Beerdigung des Schauspielers in Dresden am Freitag. Foto: dpa", "Dresden"),
    ("Les obsèques du chanteur à Nice, samedi. Photo AFP", "Nice"),
    # a town of death that is also written as the picture's place stays
    ("Fans lay flowers outside the hospital in Leeds, where the singer died on Monday. Photo: PA", "Leeds"),
])
def test_a_funeral_or_a_picture_there_keeps_its_town(text, city):
    assert place(text)[0] == city


# --- where someone grew up is an origin -----------------------------------------------------

@pytest.mark.parametrize("text, city, refused", [
    ("Sculptor Ada Kemp, who was born in Accra and grew up in Croydon, in her workshop in Sheffield. "
     "Photograph: Ian Moss/The Guardian", "Sheffield", "Croydon"),
    ("Die Autorin Lea Falk, die in Kassel aufwuchs, bei einer Lesung in Göttingen. Foto: dpa", "Göttingen", "Kassel"),
    ("La romancière Inès Morel, qui a grandi à Lyon, dans sa maison de Valence. Photo AFP", "Valence", "Lyon"),
    ("Architect Tom Bos groeide op in Zwolle en werkt nu in zijn studio in Delft. Beeld ANP", "Delft", "Zwolle"),
])
def test_the_town_someone_grew_up_in_is_refused(text, city, refused):
    assert place(text)[0] == city


# --- a police sketch is drawn, not taken: no place ------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Mit diesem Phantombild fahndet die Polizei nach einem Mann, der in Celle eine Frau angegriffen "
     "haben soll. Bild: Polizei Celle", "Celle"),
    ("Le portrait-robot diffusé par la gendarmerie après un vol à main armée près de Vannes, le 3 mars. "
     "Gendarmerie nationale", "Vannes"),
    ("De politie verspreidt deze compositietekening van de man die in Breda een tasje roofde. "
     "Beeld Politie", "Breda"),
    ("An e-fit of a man police want to trace after a burglary in Swindon. Photo: Wiltshire Police", "Swindon"),
])
def test_a_police_sketch_gets_no_place(text, town):
    city, country, warnings = place(text)
    assert city is None and country is None
    assert any(town in w for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    # police at work somewhere is a picture taken there
    ("Police officers search a field near Swindon on Tuesday. Photo: PA", "Swindon"),
    ("Polizisten sichern am Montag Spuren in Celle. Foto: dpa", "Celle"),
])
def test_a_police_photo_keeps_its_town(text, city):
    assert place(text)[0] == city


@pytest.mark.parametrize("text, country", [
    # the country written after the town of death is that town's: not the caption's country
    ("Schaatser Bart Holm op weg naar goud in Parfield, februari 1988. Holm overleed vrijdag in Bergen, "
     "Noorwegen, waar hij sinds 1995 woonde. Beeld ANP", None),
    # ... and the picture's own country, written, is still taken
    ("Schaatser Bart Holm op weg naar goud in Parfield, Canada, februari 1988. Holm overleed vrijdag in "
     "Bergen, Noorwegen. Beeld ANP", "CAN"),
])
def test_the_country_of_the_death_town_is_not_the_pictures(text, country):
    assert place(text)[1] == country
