"""The first sentence says where the picture is; later sentences are background (issue 9,
sentence36: sentences.py, placefirst.py). Our own captions, in the structures real ones use."""

from __future__ import annotations

import pytest

from captionist.sources.sheet.sentences import first_unit, sentence_spans
from sheet_helpers import place


def _pieces(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]


# --- the split itself ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Die Organistin Dr. Lena Vogt übt in der Kirche St. Lamberti in Münster.",
    "Der Angeklagte Jens K. (M.) wird am 3. Dezember in den Saal geführt.",
    "Fans des 1. FC Saarbrücken feiern am Samstag, 14. März, im Ludwigsparkstadion.",
    "Gov. Ann Reyes tours a shelter in Tulsa, Okla., on Nov. 12, 2026.",
    "The Rev. Tom Ward blesses a horse outside the U.S. Capitol in Washington.",
    "Mme Claire Roux et M. Paul Roux devant la mairie de Dole, le 2 nov. 2026.",
    "Dhr. Jansen en prof. De Vries openen de tentoonstelling in Deventer.",
    "Papst Leo XIV. segnet die Gläubigen auf dem Petersplatz.",
    "Ein Stau auf der A7 bei Hann. Münden.",
])
def test_points_that_end_no_sentence(text):
    assert _pieces(text) == [text]


@pytest.mark.parametrize("text, pieces", [
    ("Ein Kran hebt die Glocke in Kamenz auf den Turm. Sie wurde in Karlsruhe gegossen.", 2),
    ("A crowd gathers in Leeds on Friday, June 5, 2026. The march began at noon.", 2),
    ("Des vendanges à Pauillac, en 2025. Le procès reprendra à Bordeaux.", 2),
    ("Vissers lossen hun vangst op Urk! De vloot krimpt al jaren.", 2),
])
def test_sentences_split(text, pieces):
    assert len(_pieces(text)) == pieces


def test_a_label_or_question_counts_with_what_follows():
    for text in ("Archivbild. Ein Schäfer treibt seine Herde über den Deich bei Husum.",
                 "Nantes ? Non : les manifestants défilent à Saint-Nazaire.",
                 "Zwolle? Nee: de renners finishen in Kampen.",
                 "Calvi, dimanche. Le maire vote dans l'école du port."):
        assert first_unit(text) == len(text), text
    text = "Smoke rises over a depot in Hyde. Residents of Manchester were told to stay in."
    assert text[:first_unit(text)] == "Smoke rises over a depot in Hyde."


# --- the place -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, city, country", [
    # a neighbouring town told to shut its windows
    ("Feuerwehrleute löschen am Dienstag eine brennende Lagerhalle in Tamm. Die Bewohner im nahen "
     "Ludwigsburg sollen Fenster geschlossen halten. Foto: Anna Berg/dpa", "Tamm", "DEU"),
    ("Rook stijgt op boven een brandende loods in Maassluis. Bewoners in het naburige Rotterdam "
     "moeten ramen en deuren gesloten houden. Foto: Piet Jansen/ANP", "Maassluis", "NLD"),
    # where the thing was made, where the trial goes on, where the river rose before
    ("Ein Kran hebt am Montag die neue Glocke auf den Kirchturm in Kamenz. Die Glocke wurde in "
     "Karlsruhe gegossen. Foto: Peter Lang/dpa", "Kamenz", "DEU"),
    ("Des vendanges dans un domaine de Pauillac, mardi. Le procès du négociant reprendra à Bordeaux "
     "en janvier. Photo: Luc Martin/AFP", "Pauillac", "FRA"),
    ("Floodwater covers the main street of Tewkesbury on Monday. The river also burst its banks in "
     "Gloucester last winter. Photo: Jane Doe/PA", "Tewkesbury", "GBR"),
    # where else it was felt, where the talks go on
    ("Rescue workers search the rubble of a house in Antakya. The earthquake was also felt in "
     "Gaziantep and Adana. (AP Photo/John Smith)", "Antakya", "TUR"),
    ("Boeren blokkeren de snelweg bij Zwolle. In Den Haag praat het kabinet verder. Foto: Piet "
     "Jansen/ANP", "Zwolle", "NLD"),
    # where the person goes next
    # (without ", Iowa": with it the state settles Ames before the later sentence is weighed)
    ("Sen. Claire Whitmore greets supporters at a diner in Ames on Nov. 21, 2026. She will "
     "speak in Des Moines on Sunday. (AP Photo/John Smith)", "Ames", "USA"),
])
def test_the_first_sentence_outranks_a_later_one(text, city, country):
    got_city, got_country, warnings = place(text)
    assert (got_city, got_country) == (city, country), warnings
    assert any(w.startswith("later place not written") for w in warnings), warnings


@pytest.mark.parametrize("text, city", [
    # the first sentence names no place: a later one gives it
    ("Auch an der Küste bleibt es stürmisch. Ein Spaziergänger beobachtet die Wellen am Hafen von "
     "Wismar. Foto: Anna Berg/dpa", "Wismar"),
    ("Het blijft onrustig aan de kust. Een wandelaar kijkt naar de golven bij de pier van "
     "Scheveningen. Foto: Piet Jansen/ANP", "Scheveningen"),
    ("It was another wet day on the coast. A dog walker braves the waves on the promenade at "
     "Aberystwyth. Photo: Jane Doe/PA", "Aberystwyth"),
    ("La tempête n'a pas épargné le littoral. Un promeneur observe les vagues sur la digue de "
     "Wimereux. Photo: Luc Martin/AFP", "Wimereux"),
    # where the person comes from is no place of the picture
    ("Ein Bäcker aus Kassel verkauft am Samstag Brezeln auf dem Wochenmarkt. Der Markt in Fulda "
     "öffnet um acht Uhr. Foto: Anna Berg/dpa", "Fulda"),
    # a question answered by what follows, a label
    ("Nantes ? Non : les manifestants défilent dans le centre de Saint-Nazaire, jeudi. "
     "Photo: Luc Martin/AFP", "Saint-Nazaire"),
    ("Archivbild. Ein Schäfer treibt seine Herde über den Deich bei Husum. Foto: Anna Berg/dpa", "Husum"),
    # an adjective in the first sentence names who, the later town where
    ("Ein Münchner Polizist regelt am Montag den Verkehr. Die Kreuzung in Dachau bleibt bis Sonntag "
     "gesperrt. Foto: Anna Berg/dpa", "Dachau"),
    # the first sentence's own place, later ones background (unchanged)
    ("Dr. Aylin Demir im Labor in Tübingen. Sie wurde in Stuttgart geboren. Foto: Anna Berg/dpa", "Tübingen"),
])
def test_later_sentences_give_the_place_only_when_the_first_names_none(text, city):
    assert place(text)[0] == city


def test_an_unlisted_first_place_and_a_later_town_disagree():
    text = ("Die Feuerwehr löscht einen Brand in Oberkleinhausenbach. Anwohner im benachbarten Asperg "
            "sollen Fenster schließen. Foto: Anna Berg/dpa")
    city, _, warnings = place(text)
    assert city is None
    assert any("Oberkleinhausenbach" in w and "Asperg" in w for w in warnings), warnings
