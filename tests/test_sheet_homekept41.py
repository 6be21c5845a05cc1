"""The sheet's own namesake stays a candidate (issue 9, rank41, placehomekept.py): a town of the
sheet's country that the index names otherwise than the caption ("X-shi") but that is bigger
than every town bearing the written name is not dropped before the gate for a smaller
namesake abroad; a caption naming a country, or a sheet of another country, changes nothing.
The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import sheet_places



# a sheet on Japan, in each language
JAPAN = {
    "en": ("Tourists walk past a shrine gate in Kyoto. Photo: Ken Mori/AP",
           "Commuters cross a busy junction in Osaka. Photo: Ken Mori/AP"),
    "de": ("Touristen gehen an einem Schreintor in Kyoto vorbei. Foto: Ken Mori/AP/dpa",
           "Pendler überqueren eine belebte Kreuzung in Osaka. Foto: Ken Mori/AP/dpa"),
    "nl": ("Toeristen lopen langs een poort van een schrijn in Kyoto. Foto: Ken Mori / AP",
           "Forenzen steken een drukke kruising over in Osaka. Foto: Ken Mori / AP"),
    "fr": ("Des touristes passent devant un portail de sanctuaire à Kyoto. Photo : Ken Mori / AP",
           "Des navetteurs traversent un carrefour animé à Osaka. Photo : Ken Mori / AP"),
}

FIRST = {
    "en": "A deer waits for crackers from visitors in a park in Nara. Photo: Ken Mori/AP",
    "de": "Ein Hirsch wartet in einem Park in Nara auf Kekse der Besucher. Foto: Ken Mori/AP/dpa",
    "nl": "Een hert wacht in een park in Nara op koekjes van bezoekers. Foto: Ken Mori / AP",
    "fr": "Un cerf attend les biscuits des visiteurs dans un parc à Nara. Photo : Ken Mori / AP",
}


@pytest.mark.parametrize("lang", ["en", "de", "nl", "fr"])
def test_the_sheets_town_is_not_dropped_for_a_smaller_namesake_abroad(lang):
    city, country = sheet_places(FIRST[lang], *JAPAN[lang])[0]
    assert country == "JPN"
    assert city in (None, "Nara")


# a sheet on Mali: the bare name there is the Malian town's, the Japanese city is no candidate
MALI = {
    "en": ("Traders unload millet at the river port in Mopti. Photo: Awa Traoré/AP",
           "Buses wait at the main station in Bamako. Photo: Awa Traoré/AP"),
    "fr": ("Des commerçants déchargent du mil au port fluvial de Mopti. Photo : Awa Traoré / AP",
           "Des bus attendent à la gare routière de Bamako. Photo : Awa Traoré / AP"),
}


@pytest.mark.parametrize("lang, first", [
    ("en", "Herders water their cattle at a well near Nara. Photo: Awa Traoré/AP"),
    ("fr", "Des éleveurs abreuvent leur bétail à un puits près de Nara. Photo : Awa Traoré / AP"),
])
def test_on_a_sheet_of_another_country_the_city_abroad_is_not_taken(lang, first):
    assert sheet_places(first, *MALI[lang])[0][1] != "JPN"


@pytest.mark.parametrize("lang, first", [
    ("en", "Herders water their cattle at a well in Nara, Mali. Photo: Ken Mori/AP"),
    ("de", "Hirten tränken ihr Vieh an einem Brunnen in Nara in Mali. Foto: Ken Mori/AP/dpa"),
])
def test_a_caption_naming_the_country_abroad_keeps_it(lang, first):
    assert sheet_places(first, *JAPAN[lang])[0][1] != "JPN"
