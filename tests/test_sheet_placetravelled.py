"""A town someone travelled from, and a group named by its town seen elsewhere (issue 9,
wrong33, placetravelled.py). Captions in our own wording: refused and still taken."""

from __future__ import annotations

import pytest

from sheet_helpers import place


# --- "flew in from X", "aus X angereist", "uit X overgekomen": never the picture's place ------

@pytest.mark.parametrize("text, refused", [
    ("The actor, who arrived from Madrid on Friday, signs autographs. Photo: Jan Maier/AP", "Madrid"),
    ("Guests who flew in from Toronto for the gala pose for photographers. Photo: Jan Maier/Getty Images",
     "Toronto"),
    ("Die Delegation ist eigens aus Hamburg angereist, sie wartet vor dem Saal. Foto: Jan Maier/dpa", "Hamburg"),
    ("La chanteuse, venue tout exprès de Lyon, salue le public. Photo : Jan Maier / AFP", "Lyon"),
    ("De zangeres is speciaal uit Rotterdam overgekomen voor de première. Foto ANP / Jan Maier", "Rotterdam"),
])
def test_a_town_travelled_from_is_refused(text, refused):
    city, country, warnings = place(text)
    assert city is None, (city, warnings)


@pytest.mark.parametrize("text, city", [
    ("Refugees wait at the station in Przemyśl after they arrived from Lviv, on Monday. Photo: Jan Maier/AP",
     "Przemyśl"),
    ("Fans from Madrid celebrate in Lisbon on Friday. Photo: Jan Maier/AP", "Lisbon"),
])
def test_the_place_where_travellers_are_is_still_taken(text, city):
    assert place(text)[0] == city


# --- "des riverains de X ... au gymnase de Y": the group's town is not where it is ------------

@pytest.mark.parametrize("text, city", [
    ("Des riverains de Vitrolles évacués, hébergés dans la salle des fêtes de Marignane, vendredi. "
     "Photo : Jan Maier / AFP", "Marignane"),
    ("Des collégiens de Nancy se recueillent devant le monument de Fleury (Meuse), mardi. "
     "Photo : Jan Maier / AFP", None),
])
def test_a_group_named_by_its_town_seen_elsewhere(text, city):
    got, country, warnings = place(text)
    assert got not in ("Vitrolles", "Nancy")
    if city:
        assert got == city


@pytest.mark.parametrize("text, city", [
    ("Des riverains de Rouen manifestent devant la mairie, mardi. Photo : Jan Maier / AFP", "Rouen"),
    ("Des habitants de Vienne, en Isère, nettoient les quais du Rhône. Photo : Jan Maier / AFP", "Vienne"),
    ("Inwoners van Paiporta, een voorstad van Valencia, ruimen modder op. Foto: Jan Maier / AFP", "Paiporta"),
])
def test_a_group_named_by_its_town_alone_or_located_stays(text, city):
    assert place(text)[0] == city
