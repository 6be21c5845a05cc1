"""French and Dutch blanks of the blind parts 36-40 and 46-50 (issue 9), one class per test, in
our own wording: what must be taken and what must still stay blank."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- 1. irregular French demonyms of towns (place_aliases.json "city_adjectives") ----------

@pytest.mark.parametrize("text,city", [
    ("Des ostréiculteurs agathois relèvent leurs tables au petit matin. Photo : Marc Vidal / AFP", "Agde"),
    ("Un marin douarneniste répare ses filets, mardi. Photo : Anne Le Goff / Ouest-France", "Douarnenez"),
    ("Des viticulteurs obernois taillent la vigne, jeudi. Photo : Paul Kern / DNA", "Obernai"),
    ("Des commerçants spinaliens ouvrent leurs boutiques dimanche. Photo : Léa Hoff / AFP", "Épinal"),
    ("Des commerçants castelroussins ouvrent leurs boutiques, lundi. Photo : Jean Morin / AFP", "Châteauroux"),
])
def test_an_irregular_demonym_gives_its_town(text, city):
    assert place(text)[:2] == (city, "FRA")


@pytest.mark.parametrize("text", [
    # the demonym's town is named in another country's sense nowhere: plain words stay words
    "Des pêcheurs débarquent leurs daurades sur le quai, lundi. Photo : Marc Vidal / AFP",
    "Un demi de mêlée file à l'essai, samedi. Photo : Paul Kern / Icon Sport",
])
def test_no_demonym_no_town(text):
    city, country, _ = place(text)
    assert city is None


def test_a_lowercase_irregular_demonym_is_read_from_the_table():
    text = "Des supporters brivistes chantent dans la tribune, samedi. Photo : Léa Hoff / AFP"
    assert place(text)[:2] == ("Brive-la-Gaillarde", "FRA")


@pytest.mark.parametrize("text", [
    # the new endings ("-iste", "-in", "-er") look words up in the table only: an ordinary
    # word with them is no town
    "Un cycliste et un marin discutent sur le quai, samedi. Photo : Léa Hoff / AFP",
    "Le boulanger sert un client, mardi. Photo : Léa Hoff / AFP",
])
def test_ordinary_words_with_those_endings_give_no_town(text):
    assert place(text)[0] is None
