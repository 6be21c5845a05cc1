"""Credits round 27 (issue 9, credits and creators): newspapers, readers' pictures and public
services are organisations by their shape, never the photographer."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.credits import find_credit


@pytest.mark.parametrize("caption,line,creators", [
    # a regional paper before its photographer: the person is the one after the slash
    ("Le marché de Noël s'installe place Stanislas à Nancy. © Est Républicain / Lucie Marchal",
     "Est Républicain / Lucie Marchal", ["Lucie Marchal"]),
    ("Les vendanges ont commencé près de Beaune. Photo : Le Bien Public / Hugo Séverac",
     "Le Bien Public / Hugo Séverac", ["Hugo Séverac"]),
    ("Des randonneurs au col du Lautaret. Photo : Le Dauphiné / Inès Rochas",
     "Le Dauphiné / Inès Rochas", ["Inès Rochas"]),
    # a paper alone is the credit, with no one to name
    ("Une centenaire fête son anniversaire à Blois. Photo : La Nouvelle République", "La Nouvelle République", []),
    ("Des cyclistes au départ de Gap. Photo : Le Dauphiné", "Le Dauphiné", []),
    ("Markt in Bielefeld am Samstag. Foto: Die Glocke", "Die Glocke", []),
    ("Demonstranten vor dem Rathaus. Foto: Wochenkurier / Jan Brehm", "Wochenkurier / Jan Brehm", ["Jan Brehm"]),
    ("Festival crowds in Truro. Picture: Cornish Echo / Amy Penrose", "Cornish Echo / Amy Penrose", ["Amy Penrose"]),
    ("Un feu de forêt près de Tarbes. Photo : Dépêche du Midi / Paul Cazaux",
     "Dépêche du Midi / Paul Cazaux", ["Paul Cazaux"]),
    # readers, map services and public services: a role or an organisation, never a person
    ("Glatteis auf der B12 bei Passau. Foto: Leserreporter/BR24", "Leserreporter/BR24", []),
    ("Ondergelopen kelders in Roermond. Foto: lezersfoto", "lezersfoto", []),
    ("Een omgewaaide boom in Kortrijk. Foto: Politiezone Vlas", "Politiezone Vlas", []),
    ("Het gemeentehuis van Zeist. Foto: Google Streetview", "Google Streetview", []),
    ("Unfall auf der A7 bei Fulda. Foto: Polizeidirektion Osthessen", "Polizeidirektion Osthessen", []),
])
def test_press_and_services_are_no_creators(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == creators, c


@pytest.mark.parametrize("caption,line,creators", [
    # people stay people: a given name first, particles inside, names in capitals
    ("Boeren bij Stroe. Foto: Lotte de Vries / ANP", "Lotte de Vries / ANP", ["Lotte de Vries"]),
    ("Un berger près de Valloire. Photo : Jean-Marc Le Goff / AFP", "Jean-Marc Le Goff / AFP",
     ["Jean-Marc Le Goff"]),
    ("Des supporteurs à Lens. YANN LE GALL / AFP", "YANN LE GALL / AFP", ["Yann Le Gall"]),
    ("A rally in Leeds. Photo: Joe Rosenblatt/PA", "Joe Rosenblatt/PA", ["Joe Rosenblatt"]),
    ("Ein Wolf im Wildpark. Foto: Anna Kurz/dpa", "Anna Kurz/dpa", ["Anna Kurz"]),
])
def test_people_stay_creators(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == creators, c


@pytest.mark.parametrize("caption,line,creators", [
    # a bracket that says what kind of picture it is is not part of the credit
    ("Die neue Brücke über die Mosel bei Trier. Foto: Jana Roth (Drohnenfoto)", "Jana Roth", ["Jana Roth"]),
    ("Le port de Sète en 1998. Photo : Léa Morin (archives, 1998)", "Léa Morin", ["Léa Morin"]),
    ("A flooded street in York. Photo: Ada Veen/Reuters (file)", "Ada Veen/Reuters", ["Ada Veen"]),
    ("De dijk bij Lelystad. Foto: Piet Vos (luchtfoto)", "Piet Vos", ["Piet Vos"]),
    ("Ein Bus in Mannheim. Foto: Tim Kern (Symbolbild)", "Tim Kern", ["Tim Kern"]),
    # an agency or a place and date in brackets are kept as before
    ("Boeren bij Stroe. Foto: Roel Smit (ANP)", "Roel Smit (ANP)", ["Roel Smit"]),
    # an archive picture's label introduces the credit like "Photo :"
    ("Des pèlerins à Tombouctou (Mali), en 2019. Photo d'archives : Léa Morin / Le Monde",
     "Léa Morin / Le Monde", ["Léa Morin"]),
    ("Rescuers in Antakya in 2023. File photo: Ada Veen/Reuters", "Ada Veen/Reuters", ["Ada Veen"]),
])
def test_kind_of_picture_is_no_credit(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == creators, c


def test_kind_note_alone_is_still_no_credit():
    # "(Image d'archives)" after a caption names no one: no credit is made of it
    assert find_credit("La SNCF a suspendu la circulation des trains. (Image d'archives)") is None


@pytest.mark.parametrize("caption,line", [
    # a screenshot's label introduces the credit; the platform and its account are no people
    ("Rauch über dem Hafen von Odessa am Montag. Screenshot: Stadtverwaltung Odessa/X", "Stadtverwaltung Odessa/X"),
    ("Smoke over the port of Sumy on Friday. Screenshot: X/@sumy_news", "X/@sumy_news"),
    ("Een konvooi bij Pokrovsk, 3 maart. Screenshot: X / @Defensie", "X / @Defensie"),
    ("Une avalanche au-dessus de Val-d'Isère, lundi. Capture d'écran : X / @Prefet73", "X / @Prefet73"),
    # an archive's inventory number after the credit is not part of it
    ("Havenarbeiders in Rotterdam, 1950. Foto: Nationaal Archief / Anefo / Piet Vos, 2.24.01.05",
     "Nationaal Archief / Anefo / Piet Vos"),
])
def test_screenshots_and_inventory_numbers(caption, line):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators in ([], ["Piet Vos"]), c


def test_a_single_x_or_handle_is_no_person():
    c = find_credit("Smoke over Sumy. Photo: Ada Veen/X")
    assert c is not None and c.creators == ["Ada Veen"], c
    # a sentence with a screenshot in it is no credit
    assert find_credit("He showed a screenshot of the message to the court.") is None


@pytest.mark.parametrize("caption,line", [
    # an agency's or photo service's name as the caption's last sentence, with no label
    ("A scrum at the Principality Stadium, Cardiff. Huw Evans Agency", "Huw Evans Agency"),
    ("The winner clears the last at Punchestown. Inpho Photography", "Inpho Photography"),
    ("Fans outside Hampden Park, Glasgow. Scottish Sports Images", "Scottish Sports Images"),
])
def test_agency_named_after_the_sentence(caption, line):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == [], c


@pytest.mark.parametrize("caption", [
    "The minister spoke to the Foreign Press.",          # a sentence, not a name alone
    "Crowds gathered outside. More Pictures",              # no organisation before the word
    "Het kabinet sprak met de pers.",
])
def test_no_agency_from_a_sentence(caption):
    assert find_credit(caption) is None


@pytest.mark.parametrize("caption,line,source", [
    # a handout or pool marker before an organisation no table lists: the organisation's credit
    ("The new plant near Chennai, India, on Monday. Handout/Lakshmi Motors", "Handout/Lakshmi Motors", "Lakshmi Motors"),
    ("A mine at Kiruna, Sweden. Handout/LKAB", "Handout/LKAB", "LKAB"),
])
def test_marker_then_organisation(caption, line, source):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == [] and c.source == source, c


def test_marker_then_words_is_no_credit():
    assert find_credit("He met the press on Monday. Handout/Said Nothing Today") is None


@pytest.mark.parametrize("caption,line,creators", [
    # given names that look like articles or words of the lists stay people
    ("A rally in Hull. Photo: Les Walker/PA", "Les Walker/PA", ["Les Walker"]),
    ("Flood defences in York. Photo: Emma Reader/PA", "Emma Reader/PA", ["Emma Reader"]),
])
def test_given_names_like_articles_stay_people(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == creators, c


@pytest.mark.parametrize("caption,line,creators", [
    # a festival, an opera or theatre house before its photographer: the house is no person
    ("Die Seebühne in Bregenz. Foto: Bregenzer Festspiele / Karl Forster", "Bregenzer Festspiele / Karl Forster",
     ["Karl Forster"]),
    ("Ein Ballettabend in Wien. Foto: Wiener Staatsoper / Lena Pöhl", "Wiener Staatsoper / Lena Pöhl", ["Lena Pöhl"]),
    ("Probe in Kassel. Foto: Staatstheater Kassel/Nils Kern", "Staatstheater Kassel/Nils Kern", ["Nils Kern"]),
    # "-oper" is no ending of a house: Cooper, Hooper are surnames
    ("A gig in Leeds. Photo: Ada Cooper/PA", "Ada Cooper/PA", ["Ada Cooper"]),
])
def test_culture_houses_are_no_creators(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == creators, c
