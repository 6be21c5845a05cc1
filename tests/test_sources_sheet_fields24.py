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


# --- dates of something else than the picture (dateother.py) ---------------------------------

_REF = dt.date(2026, 11, 26)


@pytest.mark.parametrize("text, lang", [
    ("La gare de Deauville, inaugurée en 1863, sous la pluie.", "fr"),
    ("Die 1888 erbaute Markthalle in Stuttgart.", "de"),
    ("Het in 1931 gebouwde raadhuis van Hilversum.", "nl"),
    ("The pier at Southwold, built in 1900.", "en"),
    ("The museum in Lund, founded in 1882.", "en"),
    ("Ein Rentner mit einem Foto seiner Schulklasse aus dem Jahr 1958 in Gera.", "de"),
    ("Un pêcheur tenant une photo de son père prise en 1947 à Douarnenez.", "fr"),
    ("Een vrouw met een foto van haar grootvader uit 1944 in Arnhem.", "nl"),
    ("Het strand van Scheveningen op 3 en 9 november, voor en na de storm.", "nl"),
    ("Der Pegel in Passau am 2. und 5. Juni.", "de"),
    ("The glacier on 12 and 19 August, a week apart.", "en"),
])
def test_a_date_of_something_else_is_not_the_pictures(text, lang):
    from captionist.sources.sheet.dates import find_date
    assert find_date(text, lang, _REF) is None


@pytest.mark.parametrize("text, lang, iso", [
    ("Le marché de Lyon, 1963.", "fr", "1963"),               # a year alone still dates the picture
    ("Der Marktplatz in Gera im Jahr 1963.", "de", "1963"),
    ("The pier at Southwold, built in 1900, on 14 November 2026.", "en", "2026-11-14"),
    ("Eine Frau mit einem Foto ihres Sohnes in Kiew, 2022.", "de", "2022"),  # comma: the picture's year
    ("Het strand van Scheveningen op 9 november 2026.", "nl", "2026-11-09"),
    ("Des maisons inondées à Redon le 24 novembre 2026.", "fr", "2026-11-24"),
])
def test_the_pictures_own_date_still_taken(text, lang, iso):
    from captionist.sources.sheet.dates import find_date
    got = find_date(text, lang, _REF)
    assert got is not None and got.iso() == iso


@pytest.mark.parametrize("text, line, creators, source", [
    ("Ein Oldtimer-Bus in Linz. Foto: Linz Linien", "Linz Linien", [], "Linz Linien"),
    ("La Meije vue de La Grave. Photo : Compagnie des guides de l'Oisans",
     "Compagnie des guides de l'Oisans", [], "Compagnie des guides de l'Oisans"),
    ("Ships queue off Port Said. Photo: Maxar Technologies/Handout via Reuters",
     "Maxar Technologies/Handout via Reuters", [], "Reuters"),
    ("Ice on the Gulf of Bothnia. Foto: Esa Virtanen/Lehtikuva", "Esa Virtanen/Lehtikuva", ["Esa Virtanen"], "Lehtikuva"),
])
def test_companies_and_programmes_by_shape_and_a_finnish_esa(text, line, creators, source):
    got = find_credit(text)
    assert got is not None and (got.line, got.creators, got.source) == (line, creators, source)


@pytest.mark.parametrize("text, lang, iso", [
    ("A photograph taken in Dresden in 1945 hangs in a museum in Coventry.", "en", None),
    ("Une photo prise à Alger en 1962 est exposée à Marseille.", "fr", None),
    ("A photograph taken in Dresden in 1945.", "en", "1945"),   # no display: the picture's own year
])
def test_a_photograph_displayed_in_the_picture(text, lang, iso):
    from captionist.sources.sheet.dates import find_date
    got = find_date(text, lang, _REF)
    assert (got.iso() if got else None) == iso


@pytest.mark.parametrize("text, line, creators", [
    # one name after an institution (not a distributor) is its photographer, as Vienna's city hall prints it
    ("Schneeräumung am Ring in Wien. Foto: Stadt Wien/Jobst", "Stadt Wien/Jobst", ["Jobst"]),
    # a railway is a company, its photographer a person
    ("Ein Zug auf dem Wiesener Viadukt. Bild: Rhätische Bahn/Mara Tschurr", "Rhätische Bahn/Mara Tschurr", ["Mara Tschurr"]),
    # NTB's "/via REUTERS" without a space before "via"
    ("Reindeer near Kautokeino, Norway, on Friday. Siv Dolmen/NTB/via REUTERS", "Siv Dolmen/NTB/via REUTERS", ["Siv Dolmen"]),
])
def test_a_name_after_an_institution_and_a_distributor_without_space(text, line, creators):
    got = find_credit(text)
    assert got is not None and (got.line, got.creators) == (line, creators)


def test_a_building_built_between_two_years():
    from captionist.sources.sheet.dates import find_date
    assert find_date("Die Talsperre Kaprun, erbaut zwischen 1938 und 1955, im Winter.", "de", _REF) is None
    assert find_date("The dam, built between 1931 and 1936, on Monday.", "en", _REF).iso() == "2026-11-23"


@pytest.mark.parametrize("text, line, source", [
    ("Fans vor dem Stadion in Ostrava. Foto: Policie ČR", "Policie ČR", "Policie ČR"),
    ("Ett polisbil i Malmö. Foto: Polisen Skåne", "Polisen Skåne", "Polisen Skåne"),
    ("Dünen am Ellenbogen auf Sylt. Foto: Sylt Marketing", "Sylt Marketing", "Sylt Marketing"),
    # one token in capitals before "Handout" is an agency the table does not list
    ("A vendor at the central market in Plovdiv, Bulgaria. BTA/Handout", "BTA/Handout", "BTA"),
])
def test_police_marketing_and_an_unlisted_agency_are_no_creators(text, line, source):
    got = find_credit(text)
    assert got is not None and (got.line, got.creators, got.source) == (line, [], source)


@pytest.mark.parametrize("text, lang, iso", [
    ("The steelworks, which closed in 2009, in Sheffield.", "en", None),
    ("Depuis la plage de Nice, le 3 mars 2026.", "fr", "2026-03-03"),   # "depuis" a place, not a time
])
def test_a_closing_year(text, lang, iso):
    from captionist.sources.sheet.dates import find_date
    got = find_date(text, lang, _REF)
    assert (got.iso() if got else None) == iso
