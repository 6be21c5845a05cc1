"""Credit grammar, round 2 (issue 9, credits and creators): agencies of more than one
word without an introducer, outlets not in the table after a full name, name suffixes,
one-name photographers, organisations with lower-case words or mixed-case acronyms,
several credits joined by commas, and page furniture after a credit. The captions are
our own wording."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.credits import find_credit


@pytest.mark.parametrize("caption,line,creators", [
    # an agency of two words opens an "Agency / Name" credit, with or without an introducer
    ("Wielrenners op de Kemmelberg, zondag. Photo News / Lien Claes", "Photo News / Lien Claes", ["Lien Claes"]),
    ("Een keeper duikt naar de bal in Tilburg. Orange Pictures / Joep Snel", "Orange Pictures / Joep Snel",
     ["Joep Snel"]),
    ("Boeren op de dijk bij Zwolle, dinsdag. Hollandse Hoogte / Mila Kok", "Hollandse Hoogte / Mila Kok",
     ["Mila Kok"]),
    ("Crews clear a road near Banff, Alberta, on Monday. THE CANADIAN PRESS/Owen Tait",
     "THE CANADIAN PRESS/Owen Tait", ["Owen Tait"]),
    ("Surfers wait for a set at Bondi on Sunday. AAP Image/Ella Ward", "AAP Image/Ella Ward", ["Ella Ward"]),
])
def test_agency_of_several_words_before_name(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and (c.line, c.creators) == (line, creators), c


@pytest.mark.parametrize("caption,line,creators,source", [
    # "Name/Outlet": the outlet is not in the table, but its words make it an organisation
    ("Crowds gather outside the arena in Louisville on Friday. Nora Hale/Herald Tribune",
     "Nora Hale/Herald Tribune", ["Nora Hale"], "Herald Tribune"),
    # a short acronym after a full name
    ("Fans sing in the rain at Anfield on Saturday. Tom Reid/PA", "Tom Reid/PA", ["Tom Reid"], "PA"),
])
def test_person_then_outlet_not_in_table(caption, line, creators, source):
    c = find_credit(caption)
    assert c is not None and (c.line, c.creators, c.source) == (line, creators, source), c


def test_outlet_rule_needs_a_full_name_before_it():
    # one capitalised word and a slash is no credit of a person ("Kyiv/Kharkiv" style)
    assert find_credit("Trains run again on the line. Leeds/Bradford") is None


def test_credit_never_runs_across_a_sentence_end():
    # a place pair with a slash earlier in the caption does not swallow the caption
    c = find_credit("3. Taxis wachten am Flughafen Köln/Bonn in Porz. Mia Lenz/dpa")
    assert c is not None and (c.line, c.creators) == ("Mia Lenz/dpa", ["Mia Lenz"]), c


@pytest.mark.parametrize("caption,line,creators", [
    ("Residents fill sandbags in Selma, Alabama, Friday. (AP Photo/Carl Dunn Jr.)", "AP Photo/Carl Dunn Jr.",
     ["Carl Dunn Jr."]),
    ("A crane lifts a beam in Tulsa on Monday. Photo: Ray Moss Sr./Reuters", "Ray Moss Sr./Reuters",
     ["Ray Moss Sr."]),
])
def test_name_suffix_keeps_its_full_stop(caption, line, creators):
    c = find_credit(caption)
    assert c is not None and (c.line, c.creators) == (line, creators), c


def test_one_name_photographer_before_agency():
    c = find_credit("Des enfants jouent sur la plage de Dakar, le 2 juin 2024. SEYNI / AFP")
    assert c is not None and c.creators == ["Seyni"] and c.source == "AFP", c
    # an acronym (few vowels) stays an organisation
    c = find_credit("Des réfugiés à Goma, le 2 juin 2024. UNHCR / AFP")
    assert c is not None and c.creators == [], c


@pytest.mark.parametrize("caption,line", [
    ("Une classe d'école à Dole, en 1962. Photo : archives départementales du Jura",
     "archives départementales du Jura"),
    ("Un camion-citerne en action, jeudi. Photo : SDIS 34", "SDIS 34"),
    ("Ein Rettungsboot vor Sylt, Montag. Foto: DLRGvS/dpa", "DLRGvS/dpa"),
    ("The launch pad at the space centre, Monday. Photo: NASA-JPL-Caltech/Handout via Reuters",
     "NASA-JPL-Caltech/Handout via Reuters"),
    ("Lava crosses a road near Vogar, Monday. Icelandic Civil Protection/Handout via REUTERS",
     "Icelandic Civil Protection/Handout via REUTERS"),
    ("Smoke over a valley in Banff, Monday. (Parks Canada via AP)", "Parks Canada via AP"),
    ("A quarry in Sheffield in 1931. Photograph: Bettmann Archive/Getty Images", "Bettmann Archive/Getty Images"),
    ("Des pompiers en barque à Anduze, mardi. Photo : Sapeurs-pompiers de l'Hérault",
     "Sapeurs-pompiers de l'Hérault"),
])
def test_organisations_are_credits_never_creators(caption, line):
    c = find_credit(caption)
    assert c is not None and c.line == line and c.creators == [], c


def test_credits_of_several_pictures_joined_by_commas():
    (cap,) = parse_sheet("Kombi: Der Marktplatz von Halle 1989 und heute.\n"
                         "Fotos: Ina Brandt/dpa, Kai Ohm/dpa-Zentralbild").captions
    assert cap.record["creatorNames"] == ["Ina Brandt", "Kai Ohm"]


def test_page_furniture_after_credit_is_dropped():
    c = find_credit("Boats in the harbour of Chittagong, June 2, 2024. REUTERS/Rafiq Alam Purchase Licensing Rights")
    assert c is not None and (c.line, c.creators) == ("REUTERS/Rafiq Alam", ["Rafiq Alam"]), c


def test_picture_is_an_introducer():
    c = find_credit("A lifeboat heads out from Porthcawl on Friday. Picture: RNLI/PA")
    assert c is not None and c.line == "RNLI/PA" and c.creators == [], c


@pytest.mark.parametrize("caption,line,creators,source", [
    # entries of the credit table for sports and regional agencies and papers
    ("A hurler lifts the cup at Croke Park in Dublin, Sunday. Sportsfile / Aoife Nolan",
     "Sportsfile / Aoife Nolan", ["Aoife Nolan"], "Sportsfile"),
    ("Fans tailgate outside the stadium in Green Bay, Sunday. Dale Moss/USA TODAY Sports",
     "Dale Moss/USA TODAY Sports", ["Dale Moss"], "USA Today Sports"),
    ("Een kiezer in Genk, zondag. Foto: Lies Goris / Het Belang van Limburg",
     "Lies Goris / Het Belang van Limburg", ["Lies Goris"], "Het Belang van Limburg"),
])
def test_table_agencies_and_papers(caption, line, creators, source):
    c = find_credit(caption)
    assert c is not None and (c.line, c.creators, c.source) == (line, creators, source), c


@pytest.mark.parametrize("caption,line,creators,source", [
    # an agency not in the table, told by its last word (Image, Pictures, Press, Photos...)
    ("Surfers at Napier on Sunday. Kiwi Image/Jo Bloggs", "Kiwi Image/Jo Bloggs", ["Jo Bloggs"], "Kiwi Image"),
    ("Schaatsers in Heerenveen, zaterdag. Sportpix Pictures / Anna Berg", "Sportpix Pictures / Anna Berg",
     ["Anna Berg"], "Sportpix Pictures"),
    ("Skiers at Lillehammer, Sunday. Nordic Press/Ola Nordmann", "Nordic Press/Ola Nordmann", ["Ola Nordmann"],
     "Nordic Press"),
])
def test_unknown_agency_by_its_last_word(caption, line, creators, source):
    c = find_credit(caption)
    assert c is not None and (c.line, c.creators, c.source) == (line, creators, source), c


def test_organisations_on_both_sides_of_a_slash_give_no_creator():
    c = find_credit("Wind farms near Esbjerg, Monday. Trade Unions/EU Commission")
    assert c is None or c.creators == [], c
