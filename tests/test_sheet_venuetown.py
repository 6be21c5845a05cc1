"""A venue named "<kind> <Town>" places the picture in that town (venues33, placevenuetown.py).

Our own captions, in the shapes German and Dutch desks use; the negative cases are what the
rule must leave alone.
"""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, city, country", [
    ("Die Band spielt am Freitagabend in der Stadthalle Göttingen. Foto: Lena Brandt/dpa", "Göttingen", "DEU"),
    ("Besucher vor einem Gemälde im Kunsthaus Zürich am Samstag. Foto: KEYSTONE/Urs Baumann", "Zürich", "CHE"),
    ("Blumen auf dem Soldatenfriedhof Lommel am Volkstrauertag. Foto: Jan Rieck/dpa", "Lommel", "BEL"),
    ("Der Torwart hält einen Elfmeter im Sportpark Unterhaching. Foto: IMAGO/Tom Weller", "Unterhaching", "DEU"),
    ("Het orkest speelt zaterdag in de Schouwburg Amstelveen. Foto: ANP / Ruud Hoekstra", "Amstelveen", "NLD"),
    ("Publiek op de tribune in Sportpark Harlingen, zondag. Foto: Leeuwarder Courant / Sjoerd Bos",
     "Harlingen", "NLD"),
    ("Een acteur op het podium van de Stadsschouwburg Haarlem, vrijdag. Beeld ANP / Koen Smit", "Haarlem", "NLD"),
])
def test_kind_then_town_is_the_place(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)


@pytest.mark.parametrize("text", [
    # a memorial named after a camp, not after the town that shares its first part
    "Eine Überlebende spricht in der Gedenkstätte Bergen-Belsen mit Schülern. Foto: Eike Laumann/dpa",
    # a venue named after a word that is a town in another country
    "Het publiek applaudisseert in Theater Carré, zaterdagavond. Foto: ANP / Remko de Waal",
    # where someone goes, not where the picture is
    "Fans auf dem Weg zur Stadthalle Göttingen am Freitag. Foto: Lena Brandt/dpa",
])
def test_not_the_kind_town_shape(text):
    got_city, got_country, _ = place(text)
    assert got_city not in ("Bergen", "Carrè", "Göttingen")


def test_unlisted_venue_town_outweighs_a_home_town():
    # a town the index lacks, named by its venue: the home town of the people shown is not the place
    got_city, _, warnings = place("Applaus für een documentaire over de boeren van Den Oever, in de Schouwburg "
                                  "Kleindorpel, zaterdag. Foto: ANP / Ruud Hoekstra")
    assert got_city is None
    assert any("Kleindorpel" in w for w in warnings)
