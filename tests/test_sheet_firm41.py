"""A place's name right before a firm word is the firm's, not a town or country the caption
names (issue 9, brand41: placefirm.py). Our own captions, in the agencies' shapes."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.placefirm import named_thing
from captionist.sources.sheet.placetokens import _tokens
from sheet_helpers import place


@pytest.mark.parametrize("text,city,country", [
    # the firm's name (Tata: a Moroccan province) no longer vetoes the town it works in
    ("Medewerkers van Tata Steel leggen dinsdag het werk neer bij de poort in IJmuiden. "
     "Foto ANP / Piet Jansen\n", "IJmuiden", "NLD"),
    ("Workers of Tata Steel rally outside the blast furnaces in IJmuiden on Tuesday. "
     "(AP Photo/Peter Dejong)\n", "IJmuiden", "NLD"),
    ("Beschäftigte von Tata Steel protestieren am Montag vor dem Werk in IJmuiden. "
     "Foto: Hans Meier/dpa\n", "IJmuiden", "NLD"),
    ("Des salariés de Tata Steel manifestent devant l'usine d'IJmuiden, mardi. "
     "(Photo Jean Dupont / AFP)\n", "IJmuiden", "NLD"),
    # an airline named after a city says nothing of where its plane stands
    ("Un Airbus de Brussels Airlines en maintenance dans un hangar, lundi. "
     "(Photo Jean Dupont / AFP)\n", None, None),
])
def test_a_firm_s_name_is_not_a_place(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)


@pytest.mark.parametrize("text,city,country", [
    # no firm word right after the name: the town stays
    ("Travellers queue in Brussels on Friday as airlines cancel flights. "
     "(AP Photo/Virginia Mayo)\n", "Brussels", "BEL"),
    ("Steelworkers march through Sheffield on Saturday. (AP Photo/Jon Super)\n", "Sheffield", "GBR"),
    ("Een stakende staalarbeider bij de poort in IJmuiden, woensdag. Foto ANP / Piet Jansen\n",
     "IJmuiden", "NLD"),
    ("Ein Airbus der Kenya Airways wird am Montag in Amsterdam betankt. Foto: Hans Meier/dpa\n",
     "Amsterdam", "NLD"),
])
def test_a_town_without_a_firm_word_after_it_stays(text, city, country):
    got_city, got_country, _ = place(text)
    assert (got_city, got_country) == (city, country)


@pytest.mark.parametrize("text,word,skip", [
    ("de hoogovens van Tata Steel in IJmuiden", "Tata", 2),
    ("a Kenya Airways jet", "Kenya", 2),
    ("Hurricane Milton nears Tampa", "Milton", 1),
    # lower case is a common noun, not a firm's name; two spaces are two names
    ("the Sheffield steel trade", "Sheffield", 0),
    ("in Brussels, Airlines", "Brussels", 0),
    ("near Tampa on Monday", "Tampa", 0),
])
def test_named_thing_counts_the_words_of_a_firm_s_or_storm_s_name(text, word, skip):
    tokens = _tokens(text)
    i = next(k for k, t in enumerate(tokens) if t[2] == word)
    assert named_thing(tokens, i, text) == skip
