"""Dutch and French spellings of towns named in another script (places/translit.py, unlisted38).

Dutch writes the u of a romanised Georgian, Arabic or Persian name "oe" and its sh "sj"
("Roestavi", "Kaboel", "Batoemi"), French writes them "ou" and "ch" ("Kaboul", "Achgabat",
"Charjah"), all changes of one language at once; GeoNames keeps the English-style spelling,
and the others only for some of the biggest cities ("Kermansjah", "Khorramchahr" were none).
The index gets each language's whole spelling of a town of 10,000+ people of those countries,
six letters at least, and only where no other town is called so. The captions are our own.
"""

from __future__ import annotations

import pytest

from captionist.places.translit import language_spellings, spelled_keys
from captionist.sources.sheet import parse_sheet


def _place(text: str):
    rec = parse_sheet(text).captions[-1].record
    return rec.get("cityName"), rec.get("countryCode")


@pytest.mark.parametrize("key, spelt", [
    ("rustavi", "roestavi"),            # nl
    ("kabul", "kaboel"),                # nl
    ("kabul", "kaboul"),                # fr
    ("sukhumi", "soekhoemi"),           # nl: every u at once
    ("kermanshah", "kermanchah"),       # fr
    ("mazar i sharif", "mazar i charif"),  # fr
    ("shusha", "sjoesja"),              # nl: sh and u together
])
def test_language_spellings(key, spelt):
    assert spelt in language_spellings(key)


def test_short_respellings_are_no_keys():
    # "hoera", "moet" are Dutch words: a respelling under six letters is not kept
    assert not {k for k in language_spellings("hura") | language_spellings("mut") if len(k) < 6}


def test_only_towns_of_another_script_and_of_some_size():
    town = {"countrycode": "GE", "population": "120000"}
    assert "roestavi" in spelled_keys(town, {"rustavi"})
    assert not spelled_keys({"countrycode": "GE", "population": "2000"}, {"rustavi"})
    assert not spelled_keys({"countrycode": "NL", "population": "120000"}, {"rustavi"})
    # Ukrainian and Russian names the parser respells itself (placeclues.cyrillic_respelling)
    assert not spelled_keys({"countrycode": "UA", "population": "120000"}, {"uzhhorod"})


@pytest.mark.parametrize("text, city, country", [
    # nl (GeoNames: Kermanshah, Sulaymaniyah; neither Dutch spelling among its names)
    ("Een vrouw koopt brood op de bazaar van Kermansjah, in het westen van Iran. Foto: Reuters",
     "Kermanshah", "IRN"),
    ("Koerdische studenten lopen dinsdag door Soelaimaniyah, in het noorden van Irak. "
     "Foto ANP / Piet Smit", "Sulaymaniyah", "IRQ"),
    # fr (Khorramshahr, Kermanshah)
    ("Des dockers déchargent un cargo dans le port de Khorramchahr, le 12 mai. AFP",
     "Khorramshahr", "IRN"),
    ("Une fillette devant une mosquée à Kermanchah, dans l'ouest de l'Iran, vendredi. AFP",
     "Kermanshah", "IRN"),
])
def test_written_in_dutch_or_french(text, city, country):
    assert _place(text) == (city, country)


@pytest.mark.parametrize("text, city", [
    # en and de: a first name or a surname that a respelling could meet stays a person
    ("Rachid Benali of Leeds United celebrates his goal against Burnley at Elland Road in Leeds "
     "on Saturday. (PA Photo/Tom Reed)", "Leeds"),
    ("Küchenchef Marc Boucher richtet am Freitag in Stuttgart ein Menü an. Foto: Eva Maier/dpa",
     "Stuttgart"),
    # nl: a Dutch word at the start of a sentence is no town
    ("Moet de dijk bij Zwolle hoger? Werklui meten zaterdag het water. Foto ANP / Piet Smit", "Zwolle"),
])
def test_no_town_from_a_person_or_a_word(text, city):
    assert _place(text)[0] == city
