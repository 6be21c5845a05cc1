"""Where someone goes, will be or comes from, in the phrases the one-word tables lacked (issue 9,
phrasing37, placeheading.py and words._FROM_PEOPLE). Captions in our own wording, four languages:
the destination, future visit or origin is never written; the picture's own place still is."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, refused", [
    # a destination
    ("Des bénévoles chargent un camion de dons destiné à Valence, samedi. Photo : Jan Maier / AFP", "Valence"),
    ("Un convoi humanitaire à destination de Kherson attend sur le parking. Photo : Jan Maier / AFP", "Kherson"),
    ("Les coureurs en route pour Grenoble, sous la pluie. Photo : Jan Maier / AFP", "Grenoble"),
    ("A freighter bound for Rotterdam waits at anchor, on Tuesday. Photo: Jan Maier/AP", "Rotterdam"),
    ("Aid trucks headed for Mosul queue on a desert road. Photo: Jan Maier/Reuters", "Mosul"),
    ("Een vrachtwagen met bestemming Lviv wordt geladen met dekens. Foto ANP / Jan Maier", "Lviv"),
    ("Hilfsgüter mit Ziel Odessa werden auf einen Lastwagen geladen. Foto: Jan Maier/dpa", "Odessa"),
    # a future visit
    ("Le ministre, qui se rendra à Marseille jeudi, répond aux journalistes. Photo : Jan Maier / AFP",
     "Marseille"),
    ("The prime minister, who will visit Glasgow next week, speaks to reporters. Photo: Jan Maier/AP", "Glasgow"),
    ("De premier, die in maart in Brussel wordt verwacht, spreekt de pers toe. Foto ANP / Jan Maier", "Brussel"),
    ("Der Minister wird am Montag in Wien zu Gesprächen erwartet. Foto: Jan Maier/dpa", "Wien"),
    ("Die Kanzlerin, die am Montag in Paris erwartet wird, spricht zu Journalisten. Foto: Jan Maier/dpa",
     "Paris"),
    ("Der Bundespräsident wird am Freitag Dresden besuchen. Foto: Jan Maier/dpa", "Dresden"),
    ("De koning zal volgende week Maastricht bezoeken. Foto ANP / Jan Maier", "Maastricht"),
    ("Le pape, qui visitera Marseille en septembre, salue la foule. Photo : Jan Maier / AFP", "Marseille"),
    # an origin
    ("La chanteuse, originaire de Toulouse, salue le public. Photo : Jan Maier / AFP", "Toulouse"),
    ("The singer, a native of Liverpool, waves to the crowd. Photo: Jan Maier/AP", "Liverpool"),
])
def test_a_destination_future_visit_or_origin_is_refused(text, refused):
    city, country, warnings = place(text)
    assert city is None, (refused, city, warnings)


@pytest.mark.parametrize("text, city", [
    # the picture's own place, written beside the destination or the origin
    ("Des bénévoles chargent à Perpignan un camion destiné à Valence, samedi. Photo : Jan Maier / AFP",
     "Perpignan"),
    ("A freighter bound for Rotterdam waits at anchor in Antwerp, on Tuesday. Photo: Jan Maier/AP", "Antwerp"),
    ("Eine Wählerin aus Mostar gibt in Sarajevo ihre Stimme ab. Foto: Jan Maier/dpa", "Sarajevo"),
    ("Une électrice de Korçë vote à Pogradec, dimanche. Photo : Jan Maier / AFP", "Pogradec"),
    ("Een inwoner van Zwolle bij een stembureau in Kampen, woensdag. Foto ANP / Jan Maier", "Kampen"),
    # written once as a future place and once as the picture's: the picture's place stays
    ("Fans gather in Leeds on Saturday; the team is expected in Leeds again next week. Photo: Jan Maier/AP",
     "Leeds"),
    # the same words, no destination: still the place
    ("Des bénévoles chargent un camion de dons à Valence, samedi. Photo : Jan Maier / AFP", "Valence"),
    ("A freighter waits at anchor in Rotterdam, on Tuesday. Photo: Jan Maier/AP", "Rotterdam"),
    ("Der Bundespräsident spricht am Freitag in Dresden mit Schülern. Foto: Jan Maier/dpa", "Dresden"),
    ("Die Kanzlerin spricht am Montag in Paris zu Journalisten. Foto: Jan Maier/dpa", "Paris"),
])
def test_the_picture_place_beside_them_is_still_taken(text, city):
    got, country, warnings = place(text)
    assert got == city, (got, warnings)
