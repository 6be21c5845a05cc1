"""A pass, a mountain range or a strait named after a town is not the town (issue 9, wrong42:
placetokens._FEATURE_BEFORE). Our own captions, in the agencies' shapes."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text", [
    "Des randonneurs au col de Vars, mardi. (Photo Jean Dupont / AFP)\n",
    "Hikers in the Quebrada de Cafayate, Argentina, on Monday. (AP Photo/Peter Dejong)\n",
    "Toeristen wandelen door de Quebrada de Cafayate in Argentinië. Foto ANP / Piet Jansen\n",
    "Olivenbauern bei der Ernte in der Sierra de Cazorla. Foto: Hans Meier/dpa\n",
    "Un ferry entre dans les bouches de Kotor, lundi. (Photo Jean Dupont / AFP)\n",
])
def test_a_pass_or_range_named_after_a_town_is_no_town(text):
    assert place(text)[0] is None


@pytest.mark.parametrize("text,city,country", [
    ("Des randonneurs à Vars, dans les Hautes-Alpes, mardi. (Photo Jean Dupont / AFP)\n", "Vars", "FRA"),
    ("Des promeneurs dans la forêt de Fontainebleau, dimanche. (Photo Jean Dupont / AFP)\n",
     "Fontainebleau", "FRA"),
    ("Ein Bauer bei der Ernte in Cafayate, Argentinien. Foto: Hans Meier/dpa\n", "Cafayate", "ARG"),
    ("Een veerboot in de haven van Kotor, Montenegro. Foto ANP / Piet Jansen\n", "Kotor", "MNE"),
    ("Olive growers at work near Cazorla, Spain, on Monday. (AP Photo/Peter Dejong)\n", "Cazorla", "ESP"),
])
def test_the_town_itself_stays(text, city, country):
    assert place(text)[:2] == (city, country)
