"""Credits of agencies and photo services no table lists, classed by the SHAPE of each part
(creditparts.py), and dates: a date heading dates the post, not the pictures (fields24).
Captions written for these tests; the services are real, the people and scenes invented."""

from __future__ import annotations

import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.creditparts import looks_like_name, org_shape
from captionist.sources.sheet.credits import find_credit


@pytest.mark.parametrize("part", [
    "SALZBURGFOTO.AT", "bildservice.ch", "fotodienst.at", "zdjecia.pl",     # web addresses
    "Ti-Press", "Expa-Images", "Keystone-SDA", "Lux-Press",                  # hyphenated services
    "Photosport", "Sportfoto", "Pressebild", "Scanpix", "Landesarchiv", "Sportzpics",  # compounds
    "Stift Melk", "Kloster Einsiedeln", "Kunsthalle Bremen", "Fondation Beyeler",       # institutions
    "Copernicus", "Sentinel", "Maxar", "Eumetsat",                           # programmes, operators
    "Ville de Lausanne", "City of Ghent", "Wildlife Conservation Society",
])
def test_an_organisation_by_its_shape(part):
    assert org_shape(part) == part


@pytest.mark.parametrize("part", [
    "Ville Niskanen", "Jean-Marc Dupont", "Jean-Marc", "JEAN-MARC", "Anna-Lena", "Kuipers",
    "Jaspers", "Marco Bernasconi", "Lotte van Dam", "Esther Koch", "Kerschbaummayr",
])
def test_a_person_is_never_an_organisation_by_shape(part):
    assert org_shape(part) is None
    assert looks_like_name(part)


@pytest.mark.parametrize("text, line, creators, source", [
    # agency / partner service / photographer: the photographer is the last part
    ("Ein Boot der Seepolizei auf dem Lago Maggiore bei Ascona. KEYSTONE/Ti-Press/Elena Ferri",
     "KEYSTONE/Ti-Press/Elena Ferri", ["Elena Ferri"], "Keystone"),
    ("Pistenraupen präparieren die Abfahrt in Kitzbühel. APA/SALZBURGFOTO.AT/Paul Egger",
     "APA/SALZBURGFOTO.AT/Paul Egger", ["Paul Egger"], "APA"),
    ("Eisstockschützen auf dem Weissensee. Foto: APA/fotodienst.at/Gruber",
     "APA/fotodienst.at/Gruber", ["Gruber"], "APA"),
    # a service before its photographer, a service before an agency
    ("Surfers wait for a set off Piha beach, New Zealand, on Sunday. Photosport/Tama Ruru",
     "Photosport/Tama Ruru", ["Tama Ruru"], "Photosport"),
    ("Supporters wave flags at Eden Park in Auckland on Saturday. Photo: Photosport/AP",
     "Photosport/AP", [], "Photosport"),
    ("Cyclists climb the Passo dello Stelvio in Lombardy. Foto: Ti-Press/Keystone",
     "Ti-Press/Keystone", [], "Ti-Press"),
    # institutions and programmes are sources, never creators
    ("Das Satellitenbild zeigt den Rauch über dem Harz am Dienstag. Bild: Sentinel/ESA/Handout",
     "Sentinel/ESA/Handout", [], "Sentinel"),
    ("Gotische Fresken im Kreuzgang. Foto: Stift Melk/Johanna Aigner",
     "Stift Melk/Johanna Aigner", ["Johanna Aigner"], "Stift Melk"),
    ("A rescued wombat in a sanctuary near Ballarat on Monday. Photo: Wildlife Rescue Society/Handout",
     "Wildlife Rescue Society/Handout", [], "Wildlife Rescue Society"),
    # a Finnish photographer named Ville is a person, the French "Ville de" is not
    ("La skieuse Emma Roux à Ruka (Finlande), dimanche. Photo : Ville Aaltonen / Lehtikuva / AFP",
     "Ville Aaltonen / Lehtikuva / AFP", ["Ville Aaltonen"], "Lehtikuva"),
    # the credit after a sentence that itself began with a label ("Historische Aufnahme:")
    ("Historische Aufnahme: Holzfäller im Bregenzerwald, 1925. Bild: Landesarchiv Vorarlberg",
     "Landesarchiv Vorarlberg", [], "Landesarchiv Vorarlberg"),
    # a one-word partner agency after a distributor is no person
    ("Kraniche rasten am Bodden bei Zingst. Foto: IMAGO/Westend61", "IMAGO/Westend61", [], "IMAGO"),
])
def test_credits_of_services_no_table_lists(text, line, creators, source):
    got = find_credit(text)
    assert got is not None
    assert (got.line, got.creators, got.source) == (line, creators, source)


def test_prose_with_a_hyphen_or_a_domain_is_no_credit():
    assert find_credit("Die Strecke Wien-Salzburg war am Morgen gesperrt.") is None
    assert find_credit("Mehr Bilder finden Sie auf unserer Seite zeitung.at/bilder.") is None


def test_a_date_heading_dates_day_names_but_not_a_caption_without_date():
    text = ("Dienstag, 14. Oktober 2025\n\n"
            "Zugvögel rasten im Nationalpark Unteres Odertal. Foto: Lena Brandt/dpa\n\n"
            "Ein Fischer zieht am Montag seine Reusen ein. Foto: Lena Brandt/dpa\n")
    res = parse_sheet(text, ref_date=dt.date(2025, 10, 20))
    assert [s.reason for s in res.stray] == ["date heading"]
    first, second = (c.record for c in res.captions)
    assert "dateCreated" not in first       # the heading dates the article, not this picture
    assert second["dateCreated"] == "2025-10-13"  # "am Montag" read against the heading's day
