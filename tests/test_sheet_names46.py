"""The town's name as the caption writes it (issue 9, names46): no official title the caption
did not write, no name cut short, the town's own name in the caption's language; and a piece of
a longer name or a range named after a town is not that town. Captions are our own wording, in
four languages, with twins that must stay as they were."""

from __future__ import annotations

import pytest

from captionist.sources.sheet import parse_sheet


def city(text: str, lang: str) -> tuple[str | None, str | None]:
    (cap,) = parse_sheet(text, lang=lang).captions
    return cap.record.get("cityName"), cap.record.get("countryCode")


# --- a title GeoNames keeps before the name (placewrittenform.titled) ---

@pytest.mark.parametrize("lang,text", [
    ("de", "Studierende feiern am Samstag auf dem Marktplatz in Greifswald ihren Abschluss. Foto: Jana Kroll/dpa"),
    ("en", "Students celebrate their graduation on the market square in Greifswald on Saturday. Photo: Tom Green/AP"),
    ("fr", "Des étudiants fêtent leur diplôme sur la place du marché de Greifswald, samedi. Photo: Luc Moreau/AFP"),
    ("nl", "Studenten vieren zaterdag hun diploma op de markt van Greifswald. Foto: Jan Vos/ANP"),
])
def test_university_and_hanseatic_title_is_not_written(lang, text):
    assert city(text, lang) == ("Greifswald", "DEU")


@pytest.mark.parametrize("text,name", [
    ("Ein Kutter liegt am Montag im alten Hafen von Stade. Foto: Jana Kroll/dpa", "Stade"),
    ("Ein Kutter liegt am Montag im Hafen von Salzwedel. Foto: Jana Kroll/dpa", "Salzwedel"),
])
def test_hanseatic_title_is_not_written(text, name):
    assert city(text, "de") == (name, "DEU")


# --- the caption's whole Romance name, of which the index keeps the first words (fuller) ---

@pytest.mark.parametrize("lang,text", [
    ("en", "Tourists queue outside the cave museum in Santillana del Mar on Sunday. Photo: Tom Green/AP"),
    ("de", "Touristen warten am Sonntag vor dem Höhlenmuseum in Santillana del Mar. Foto: Kari Lund/dpa"),
    ("nl", "Toeristen wachten zondag bij het grottenmuseum in Santillana del Mar. Foto: Jan Vos/ANP"),
    ("fr", "Des touristes attendent devant le musée à Santillana del Mar, dimanche. Photo: Luc Moreau/AFP"),
])
def test_whole_romance_name_is_written(lang, text):
    assert city(text, lang) == ("Santillana del Mar", "ESP")


def test_whole_catalan_name_is_written():
    text = "Des bénévoles trient des vêtements dans un local de Sallent de Llobregat, jeudi. Photo: Luc Moreau/AFP"
    assert city(text, "fr") == ("Sallent de Llobregat", "ESP")


@pytest.mark.parametrize("lang,text,name,code", [
    # a locator after the town is left out, as the writers do: a country or region after "de",
    # a Germanic "bei"/"an der", a bracket
    ("fr", "Une rue inondée à Saint-Denis de La Réunion, lundi. Photo: Luc Moreau/AFP", "Saint-Denis", "REU"),
    ("en", "A market stall in Tarazona de Aragón on Saturday. Photo: Tom Green/AP", "Tarazona", "ESP"),
    ("de", "Kurgäste flanieren am Sonntag durch den Kurpark in Baden bei Wien. Foto: Jana Kroll/APA", "Baden", "AUT"),
    ("nl", "Vrijwilligers bouwen in Hengelo (Gld) een schuur. Foto: Jan Vos/ANP", "Hengelo", "NLD"),
])
def test_locator_after_the_town_is_not_written(lang, text, name, code):
    assert city(text, lang) == (name, code)


# --- the town's own name in a language its region speaks (speaks) ---

def test_french_name_of_a_valais_town_in_a_french_caption():
    text = "Un hélicoptère de secours se pose sur la base de Sion, mardi matin. Photo: Luc Moreau/Keystone"
    assert city(text, "fr") == ("Sion", "CHE")


def test_german_name_of_a_valais_town_in_a_german_caption():
    text = "Ein Rettungshelikopter landet am Dienstag auf der Basis in Sitten. Foto: Kari Lund/Keystone"
    assert city(text, "de") == ("Sitten", "CHE")


@pytest.mark.parametrize("lang,text,name,code", [
    # an exonym in a language the town's region does not speak keeps the index's name
    ("fr", "Des manifestants défilent à Coire, samedi après-midi. Photo: Luc Moreau/Keystone", "Chur", "CHE"),
    ("fr", "Des manifestants défilent à Courtrai, samedi après-midi. Photo: Luc Moreau/Belga", "Kortrijk", "BEL"),
    ("nl", "Betogers lopen zaterdag door het centrum van Doornik. Foto: Jan Vos/Belga", "Tournai", "BEL"),
])
def test_exonym_keeps_the_index_name(lang, text, name, code):
    assert city(text, lang) == (name, code)


# --- a piece of a longer name, held only as another town's short name (placewholename) ---

@pytest.mark.parametrize("lang,text", [
    ("nl", "Vissers lossen hun vangst in Puerto de Mogán op Gran Canaria. Foto: Jan Vos/ANP"),
    ("en", "Fishermen land their catch in Puerto de Mogán on Gran Canaria. Photo: Tom Green/AP"),
])
def test_short_alternate_name_before_a_town_is_no_answer(lang, text):
    assert city(text, lang)[0] != "El Puerto de Santa María"


def test_noun_after_a_short_alternate_name_keeps_the_town():
    assert city("Ein Bauer bringt in Kirchberg SG das Emd ein. Bild: Rita Egli", "de") == ("Kirchberg", "CHE")


# --- a mountain range named after a town (placenamedafter) ---

@pytest.mark.parametrize("text", [
    "Des randonneurs dans les Alpes de Berchtesgaden, mardi. Photo: Luc Moreau/AFP",
    "Des skieurs dans les Préalpes de Grasse, mardi. Photo: Luc Moreau/AFP",
])
def test_range_named_after_a_town_is_not_the_town(text):
    assert city(text, "fr")[0] is None


def test_the_town_itself_stays():
    assert city("Des randonneurs à Berchtesgaden, mardi. Photo: Luc Moreau/AFP", "fr") == ("Berchtesgaden", "DEU")
