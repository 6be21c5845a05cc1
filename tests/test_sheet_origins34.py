"""A town that belongs to a person or a group, not to the picture (issue 9, origins34,
placegroup.py; the relative clauses "who is from X" in placeresidence.py). Captions in our own
wording, four languages: what must be refused, what must win instead, and what must be kept."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet
from sheet_helpers import assert_refused, place


# --- a group's or an office's town, and the place the caption names: that place wins ----------

@pytest.mark.parametrize("text, city", [
    ("Une chorale de Quimper chante dans la cathédrale de Vannes, dimanche. Photo : Ouest-France", "Vannes"),
    ("Die Musikkapelle von Lana spielt am Sonntag auf dem Marktplatz in Meran. Foto: Dolomiten", "Merano"),
    ("De fanfare van Oss speelt zaterdag op de markt in Veghel. Foto: Omroep Brabant", "Veghel"),
    ("The parish priest of Kinsale blesses the fishing fleet in the harbour at Cobh. Photo: RollingNews.ie", "Cobh"),
    ("Labor MP Sarah Quinn, the member for Ballarat, speaks to reporters in Canberra. (AP Photo/Rod Blake)",
     "Canberra"),
    # the institution between the group and its town ("les jeunes de l'aumônerie de X")
    ("Des jeunes de l'aumônerie de Laval visitent l'abbaye à Solesmes, samedi. Photo : Ouest-France", "Solesmes"),
    # a club's town and the ground elsewhere
    ("Le club de rugby de Dax fête son centenaire à Biarritz, samedi. Photo : Sud Ouest", "Biarritz"),
    # a regional demonym before the town: "Vaudois d'X"
    ("La conseillère d'Etat Anne Roux, Valaisanne de Sion, visite le château à Gruyères. Keystone / Eva Moser",
     "Gruyères"),
    # a landmark named after its town, with a group from elsewhere ("in Y Cathedral, England")
    ("A brass band from Durham plays in Lincoln Cathedral, England, on Sunday. Photo: PA", "Lincoln"),
])
def test_the_place_named_wins_over_a_groups_town(text, city):
    assert place(text)[0] == city


@pytest.mark.parametrize("text, town", [
    # another place the index lacks, written as a place: the group's town is refused
    ("Une famille de Laval pique-nique dans les gorges du Tarnon, dimanche. Photo : Midi Libre", "Laval"),
    ("Der Kirchenchor von Lana singt in der Wallfahrtskirche Maria Weißenstein. Foto: Dolomiten", "Lana"),
    ("Dominee Kees Bakker van de hervormde gemeente in Nunspeet preekt in de Grote Kerk van Elburgum. Foto: ANP",
     "Nunspeet"),
    # alone, with no word that puts the group at home: blank, with a warning
    ("Les enfants du club de judo de Dole lors de la remise des ceintures. Photo : DR", "Dole"),
    ("Labour MP Tom Hale, member for Stockport, on the campaign trail. Photo: PA", "Stockport"),
    ("Le bourgmestre de Namur, député régional, en conférence de presse. Photo : Belga", "Namur"),
])
def test_a_groups_town_is_not_the_place(text, town):
    assert_refused(text, town)


def test_a_group_at_home_keeps_its_town():
    assert place("La chorale de Lannion répète chez elle avant le concert. Photo : Le Trégor")[0] == "Lannion"


# --- where a person is from, in a relative clause -----------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("The minister, who is from Townsville, talks to reporters on Friday. (Photo by Sam Roe / AFP)", "Townsville"),
    ("Le ministre, qui vient de Chambéry, répond aux journalistes. Photo : AFP", "Chambéry"),
    ("De minister, die uit Deventer komt, spreekt met journalisten. Foto: ANP", "Deventer"),
    ("Die Ministerin, die aus Erfurt stammt, spricht mit Journalisten. Foto: dpa", "Erfurt"),
])
def test_where_a_person_is_from_is_not_the_place(text, town):
    city, country, warnings = place(text)
    assert city is None and country is None
    assert any(town in w for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    ("Die Ministerin, die aus Erfurt stammt, spricht in Leipzig mit Journalisten. Foto: dpa", "Leipzig"),
    # where a person studied, in a relative clause: not the place either
    ("Die Kandidatin, die in Jena studiert hat, spricht auf dem Marktplatz in Gotha. Foto: dpa", "Gotha"),
    ("De kandidaat, die in Delft studeerde, voert campagne in Zwolle. Foto: ANP", "Zwolle"),
    ("The candidate, who studied in Leeds, campaigns in Bradford. Photo: PA", "Bradford"),
])
def test_the_place_after_where_a_person_is_from_is_taken(text, city):
    assert place(text)[0] == city


def test_where_a_person_studied_is_not_the_place():
    assert_refused("Die Kandidatin, die in Jena studiert hat, wirbt in ihrem Heimatdorf Kleinbüchsen. Foto: dpa", "Jena")


# --- a region someone comes from gives no country ------------------------------------------------

def test_a_region_of_origin_gives_no_country():
    city, country, _ = place("A pilgrim from Bavaria rests by a stone chapel on the Way of St James. Photo: Reuters")
    assert city is None and country is None


# --- "le pays X-ais" is a region, not the town ----------------------------------------------------

def test_pays_and_a_demonym_is_no_town():
    city, country, _ = place("Des danseurs en costume du pays quimpérois défilent dimanche. Photo : Le Télégramme")
    assert city is None


# --- the group's country, when the picture is near home at a place the index lacks --------------

def test_the_groups_country_is_kept_for_a_place_the_index_lacks():
    sheet = "\n\n".join([
        "Une famille de Laval pique-nique dans les gorges du Tarnon, dimanche. Photo : Midi Libre",
        "Le marché de Nantes, samedi. Photo : Ouest-France",
        "La plage de Brest, dimanche. Photo : Ouest-France",
        "Le port de Lorient, lundi. Photo : Ouest-France",
    ]) + "\n"
    cap = parse_sheet(sheet).captions[0]
    assert cap.record.get("cityName") is None and cap.record.get("countryCode") == "FRA", cap.record


# --- kept: not a group's town ---------------------------------------------------------------------

@pytest.mark.parametrize("text, city", [
    # emergency services work in their own town
    ("Les pompiers de Dinant pompent une cave inondée, mardi. Photo : Belga", "Dinant"),
    # an adjective that is also a noun of people ("la base militaire de X")
    ("Des manifestants devant la base militaire de Toulon, dimanche. Photo : AFP", "Toulon"),
    ("Le musée d'histoire militaire de Saumur rouvre ses portes. Photo : Ouest-France", "Saumur"),
    # a building of the town after a verb, not a group's
    ("Feuerwehrleute sichern Boote im Hafen von Husum. Foto: Frank Molter/dpa", "Husum"),
    ("Een delegatie uit Gent bezoekt het stadhuis van Leuven. Foto: Belga", "Leuven"),
    # the town written again where the picture is
    ("La chorale de Lannion chante samedi à Lannion, place du Centre. Photo : Le Trégor", "Lannion"),
    # a chapel is a building, not a band ("Kapelle")
    ("Kerzen in der Kapelle von Altötting am Sonntag. Foto: Peter Kneffel/dpa", "Altötting"),
])
def test_a_town_not_of_a_group_is_kept(text, city):
    assert place(text)[0] == city
