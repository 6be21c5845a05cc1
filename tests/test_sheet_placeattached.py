"""A town hung on a person or thing (origin, home, way to) against the place the picture's action
happens in (issue 9, origin38, placeattached.py). Captions in our own wording, four languages:
the attached town is never written; the locative of the main clause still is."""

from __future__ import annotations

import pytest

from sheet_helpers import place


@pytest.mark.parametrize("text, refused", [
    # people from a town, seen elsewhere: never the attached town
    ("Pupils from a secondary school in Leeds, England, visit the Rijksmuseum in Amsterdam on a school trip. "
     "Photo: Jan Maier/AP", "Leeds"),
    ("Volunteers from Bristol hand out blankets at a shelter in Swindon. Photo: Jan Maier/AP", "Bristol"),
    ("Une paroissienne de Tarbes fleurit la chapelle à Lourdes, dimanche. Photo : Jan Maier / AFP", "Tarbes"),
    ("Des élèves d'un lycée de Rennes visitent le mémorial à Caen. Photo : Jan Maier / AFP", "Rennes"),
    ("Leerlingen van een school in Zwolle bezoeken het museum in Deventer. Foto ANP / Jan Maier", "Zwolle"),
    ("Pelgrims uit Tilburg bidden in de basiliek in Kevelaer. Foto ANP / Jan Maier", "Tilburg"),
    ("Schüler aus einer Gesamtschule in Dortmund besuchen die Gedenkstätte in Weimar. Foto: Jan Maier/dpa",
     "Dortmund"),
    # a person's home in the wire style
    ("Jane Doe of Bangor, Maine, sits in court in Portland, Maine, on Thursday. Photo: Jan Maier/AP", "Bangor"),
    # the town as the attribute of what the people belong to
    ("Crew members of the Whitby lifeboat during an exercise off Scarborough, Yorkshire. Photo: Jan Maier/AP",
     "Whitby"),
    # on the way somewhere
    ("Children step off the ferry at Dover on their way to school in Folkestone on Monday. Photo: Jan Maier/AP",
     "Folkestone"),
])
def test_the_attached_town_is_never_written(text, refused):
    city, country, warnings = place(text)
    assert city != refused and (city or "").lower() != refused.lower(), (city, warnings)


@pytest.mark.parametrize("text, city", [
    # the locative wins over the attached town
    ("Volunteers from Bristol hand out blankets at a shelter in Swindon. Photo: Jan Maier/AP", "Swindon"),
    ("A Ukrainian soldier from Kharkiv rests in a trench near Pokrovsk. Photo: Jan Maier/AP", "Pokrovsk"),
    # (these four were round 36's blanks: "near Y" beside an origin was taken for only locating it)
    ("Une bénévole de Quimper nettoie la plage près de Douarnenez. Photo : Anne Le Gall", "Douarnenez"),
    ("Volunteers from Galway clear seaweed from the slipway near Clifden. Photograph: Sean Walsh", "Clifden"),
    ("Une bénévole de Quimper nettoie la plage près de Douarnenez, face aux côtes anglaises. Photo : Anne Le Gall",
     "Douarnenez"),
    ("Volunteers from Galway clear seaweed near Clifden, a short drive from the British border. "
     "Photograph: Sean Walsh", "Clifden"),
    ("Pelgrims uit Tilburg bidden in de basiliek in Kevelaer. Foto ANP / Jan Maier", "Kevelaer"),
    ("Schüler aus einer Gesamtschule in Dortmund besuchen die Gedenkstätte in Weimar. Foto: Jan Maier/dpa",
     "Weimar"),
    ("Des élèves d'un lycée de Rennes visitent le mémorial à Caen. Photo : Jan Maier / AFP", "Caen"),
    ("Crew members of the Whitby lifeboat during an exercise off Scarborough, Yorkshire. Photo: Jan Maier/AP",
     "Scarborough"),
    # negatives: no person or thing before the town, the locative is the place
    ("Volunteers hand out blankets at a shelter in Swindon. Photo: Jan Maier/AP", "Swindon"),
    ("Des élèves visitent le mémorial de Caen, mardi. Photo : Jan Maier / AFP", "Caen"),
    ("Leerlingen bezoeken een museum in Zwolle. Foto ANP / Jan Maier", "Zwolle"),
    ("Schüler besuchen am Montag eine Ausstellung in Dortmund. Foto: Jan Maier/dpa", "Dortmund"),
    # a person noun before a locative preposition: the picture's place
    ("Farmers from the region gather in Swindon before the protest. Photo: Jan Maier/AP", "Swindon"),
    ("Schülerinnen der Gesamtschule in Dortmund im Unterricht. Foto: Jan Maier/dpa", "Dortmund"),
    # alone, the attached town stays: a group named by its town is mostly pictured at home
    ("Les pompiers de Quimperlé pompent une cave inondée, mardi. Photo : Jan Maier / AFP", "Quimperlé"),
    ("Riders on their way to the finish in Valkenburg climb the last hill. Photo: Jan Maier/AP", "Valkenburg"),
])
def test_the_locative_is_written(text, city):
    got, country, warnings = place(text)
    assert got == city, (got, warnings)


@pytest.mark.parametrize("text, name, marked", [
    ("Pupils from a school in Bristol visit the railway museum in Swindon on Friday.", "Bristol", True),
    # possessive: the community is the town's, pictured there
    ("Members of Swindon's Polish community meet the mayor in Bristol on Friday.", "Swindon", False),
    # alone, nothing else named as the picture's place: left as it is
    ("Leerlingen van een school in Zwolle zingen in de aula.", "Zwolle", False),
])
def test_what_is_marked(text, name, marked):
    from captionist.sources.sheet.placeattached import mark_attached
    from captionist.sources.sheet.places import find_places

    facts = find_places(text)
    mark_attached(facts, text)
    (m,) = [m for m in facts.mentions if m.text == name]
    assert m.origin is marked
