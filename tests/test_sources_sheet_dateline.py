"""A caption that opens with a dateline (issue 9, sheets 71-75): a town's name, then ":" or a
spaced dash, then the sentence. The town is where the picture is, like after "in"; it still
passes the place gate. Labels, speakers, times and a country alone are no dateline. Own
wording, real towns and credit formats."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.placedateline import dateline_name

from sheet_helpers import place


# --- taken: the opening town, in each language and style -----------------------------------

@pytest.mark.parametrize("text,city,country", [
    ("Quedlinburg: Kinder bauen am Samstag einen Schneemann vor dem Rathaus. Foto: Eva Stein/dpa",
     "Quedlinburg", "DEU"),
    ("Bamberg - Ein Kran hebt am Montag eine Glocke in den Turm des Doms. Foto: Eva Stein/dpa",
     "Bamberg", "DEU"),
    ("Gouda – Kaasdragers lopen donderdag over de markt voor het stadhuis. Foto: ANP / Piet Vos",
     "Gouda", "NLD"),
    ("Zutphen - Een schipper legt woensdag aan bij de kade aan de IJssel. Foto: ANP / Piet Vos",
     "Zutphen", "NLD"),
    ("Schaffhausen: Ein Fischer wirft am Freitag sein Netz in den Rhein. Foto: Keystone / Ada Veen",
     "Schaffhausen", "CHE"),
    ("BAMBERG (dpa) - Gläubige tragen am Sonntag eine Figur durch die Altstadt. Foto: Eva Stein/dpa",
     "Bamberg", "DEU"),
    ("Annecy : des plongeurs nettoient le fond du lac, mardi 3 juin. Photo : Luc Bas / AFP",
     "Annecy", "FRA"),
    ("Napier - Fans van de Black Caps zingen voor de wedstrijd in het stadion. Foto: ANP / Piet Vos",
     "Napier", "NZL"),
])
def test_an_opening_dateline_is_where_the_picture_is(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country), warnings


@pytest.mark.parametrize("text,city,country", [
    ("Mombasa, Kenia - Vissers trekken dinsdag hun boten op het strand. Foto: Joris Kok / AFP",
     "Mombasa", "KEN"),
    ("Bayonne (Pyrénées-Atlantiques) : des bénévoles installent les barrières, vendredi. Photo : Luc Bas / AFP",
     "Bayonne", "FRA"),
])
def test_a_dateline_with_its_country_or_region(text, city, country):
    assert place(text)[:2] == (city, country)


# --- still gated: a town of several countries, none named, stays blank ----------------------

def test_a_dateline_town_abroad_with_namesakes_and_no_country_stays_blank():
    # Dunedin is in New Zealand and in Florida, of comparable size; the caption names neither
    city, _, warnings = place("Dunedin - Schapen grazen dinsdag op een heuvel boven de baai. Foto: ANP / Piet Vos")
    assert city is None
    assert any("Dunedin" in w for w in warnings)


# --- not a dateline -------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Merz: Wir werden die Steuern senken",
    "Macron : « Nous tiendrons bon »",
    "Update: In der Nacht blieb es ruhig",
    "Video: Die Flut in Passau",
    "Lees ook: Storm raast over het land",
    "Liveblog - Storm raast over het land",
    "Foto's: Joris Kok en Anna Smit / ANP",
    "14.30 uur - De trein rijdt weer",
    "Dienstagabend: Helfer schleppen Sandsäcke",
    "Frankreich: Bauern blockieren die Autobahn",
    "Belgique - La neige tombe sur Liège",
    "Bamberg: »Wir bleiben hier«, sagt die Bürgermeisterin",
])
def test_no_dateline(text):
    assert dateline_name(text) is None


@pytest.mark.parametrize("text,name", [
    ("Goslar: Besucher gehen über den Markt", "Goslar"),
    ("GOSLAR (dpa) - Besucher gehen über den Markt", "GOSLAR"),
    ("Bad Ems - Ein Zug fährt ein", "Bad Ems"),
    ("Kigali, Rwanda - Vrouwen sorteren bonen", "Kigali"),
    ("Saint-Claude (Jura) : des agents salent les rues", "Saint-Claude"),
])
def test_the_dateline_name(text, name):
    assert dateline_name(text) == name


def test_a_country_alone_gives_only_the_country():
    city, country, _ = place("Frankreich: Bauern blockieren am Montag eine Autobahn bei Nacht. Foto: Eva Stein/dpa")
    assert (city, country) == (None, "FRA")


def test_a_headline_label_before_a_caption_takes_no_place_of_its_own():
    city, _, _ = place("Update: Helfer füllen am Montag Sandsäcke auf einem Parkplatz. Foto: Eva Stein/dpa")
    assert city is None
