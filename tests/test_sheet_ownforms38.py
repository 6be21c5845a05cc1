"""A village abroad written by its own name in a newsroom's short form (placeownforms.py, gates38).

The gate refuses a village abroad written only by another spelling of its name ("Kalenberg" of
Callenberg); a saint's title abbreviated ("St. Johann im Pongau" of Sankt Johann im Pongau) or
one half of a bilingual name ("Morat" of Murten/Morat) is the village's own name and is
written. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import last_place_warned as _last
from captionist.sources.sheet.placeownforms import own_form


# three captions in the sheet's country first, then the one under test
_DE = ("Pendler warten am Montag am Bahnhof in Kassel. Foto: Tim Adler/dpa\n\n"
       "Ein Kran hebt am Dienstag ein Brückenteil in Göttingen. Foto: Tim Adler/dpa\n\n"
       "Marktstände am Mittwoch auf dem Domplatz in Fulda. Foto: Tim Adler/dpa\n\n")
_EN = ("Commuters wait at the station in Reading on Monday. (PA Photo/Ann Hale)\n\n"
       "A crane lifts a bridge section in Swindon on Tuesday. (PA Photo/Ann Hale)\n\n"
       "Market stalls in the square in Salisbury on Wednesday. (PA Photo/Ann Hale)\n\n")
_NL = ("Forenzen wachten maandag op het station in Zwolle. Foto ANP / Kees Bos\n\n"
       "Een kraan tilt dinsdag een brugdeel op zijn plek in Deventer. Foto ANP / Kees Bos\n\n"
       "Marktkramen woensdag op de Grote Markt in Kampen. Foto ANP / Kees Bos\n\n")
_FR = ("Des voyageurs attendent en gare de Poitiers, lundi. AFP\n\n"
       "Une grue soulève une travée de pont à Niort, mardi. AFP\n\n"
       "Des étals de marché sur la place d'Angoulême, mercredi. AFP\n\n")


@pytest.mark.parametrize("sheet, city, country", [
    (_DE + "Skischüler üben am Donnerstag am Hang in St. Johann im Pongau. Foto: Tim Adler/dpa",
     "Sankt Johann im Pongau", "AUT"),
    (_EN + "Walkers cross the meadows in St. Georgen im Attergau on Thursday. (PA Photo/Ann Hale)",
     "Sankt Georgen im Attergau", "AUT"),
    (_NL + "Toeristen fietsen donderdag langs de oever in St. Wolfgang im Salzkammergut. Foto ANP / Kees Bos",
     "Sankt Wolfgang im Salzkammergut", "AUT"),
    (_FR + "Des randonneurs quittent le village à St-Johann in Tirol, jeudi. AFP", "Sankt Johann in Tirol", "AUT"),
    # one half of a bilingual name: the French half on a French sheet, the German on an English one
    (_FR + "Des visiteurs sur les remparts à Morat, jeudi. AFP", "Murten/Morat", "CHE"),
    (_EN + "Rowers train on the lake at Murten on Thursday. (PA Photo/Ann Hale)", "Murten/Morat", "CHE"),
])
def test_a_villages_own_name_in_short_form_is_written(sheet, city, country):
    got, code, warnings = _last(sheet)
    assert (got, code) == (city, country), warnings


@pytest.mark.parametrize("sheet, name", [
    # another spelling of a name, not the village's own: Callenberg (DE), Phillipsburg (US)
    (_NL + "Riet ligt donderdag te drogen aan de rand van Kalenberg. Foto ANP / Kees Bos", "Kalenberg"),
    (_FR + "Des roseaux sèchent au bord de l'eau à Kalenberg, jeudi. AFP", "Kalenberg"),
    (_DE + "Kreuzfahrtschiffe liegen am Donnerstag im Hafen von Philipsburg. Foto: Tim Adler/dpa", "Philipsburg"),
    (_EN + "Cruise ships moor in the harbour of Philipsburg on Thursday. (PA Photo/Ann Hale)", "Philipsburg"),
])
def test_another_spelling_of_a_village_abroad_is_still_withheld(sheet, name):
    city, country, warnings = _last(sheet)
    assert city is None, (city, country)
    assert any(name in w for w in warnings), warnings


@pytest.mark.parametrize("written, own, expected", [
    ("St. Margarethen", "Sankt Margarethen", True),
    ("Ste-Marie", "Sainte-Marie", True),
    ("Sta. Cruz", "Santa Cruz", True),
    ("Morat", "Murten/Morat", True),
    ("St. Anton", "Sankt Anton im Montafon", False),      # a shortened name: another rule's
    ("Sint-Nicolaas", "San Nicolas", False),
    ("Kalenberg", "Callenberg", False),
    ("Horgen", "Horgen / Horgen (Dorfkern)", False),      # a quarter's name, not a bilingual one
])
def test_own_form(written, own, expected):
    assert own_form(written, own) is expected
