"""A small US town that borrowed a name from elsewhere is not written from that name alone on
a sheet of another country (issue 9, namesake45: placeborrowed.py). The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import sheet_places
from captionist.sources.sheet import parse_sheet


def _sheet(*captions: str) -> str:
    return "\n\n".join(captions)


CZECH = ("Trams in Prague. Photo: CTK / Petr Novak", "A square in Brno. Photo: CTK / Petr Novak")
GERMAN = ("Der Hafen von Hamburg am Morgen. Foto: Karl Bauer/dpa", "Touristen in München. Foto: Karl Bauer/dpa")
SPANISH = ("Een plein in Madrid. Foto: EFE / Ana Ruiz", "Het strand van Málaga. Foto: EFE / Ana Ruiz")
QUEBEC = ("Des passants dans une rue de Montréal. Photo : Luc Roy / La Presse Canadienne",
          "La neige tombe sur Québec. Photo : Luc Roy / La Presse Canadienne")


@pytest.mark.parametrize("first, others, written", [
    # a Czech region, a German one, a Spanish one, a Québec one: GeoNames has a US village of each name
    ("Farmers harvest grapes on a hillside in Moravia, Tuesday. Photo: CTK / Petr Novak", CZECH, "Moravia"),
    ("Kühe weiden auf einem Hof in Westphalia, am Montag. Foto: Karl Bauer/dpa", GERMAN, "Westphalia"),
    ("Boeren oogsten olijven in Andalusia, dinsdag. Foto: EFE / Ana Ruiz", SPANISH, "Andalusia"),
    ("Un pêcheur sur le lac, dans Charlevoix, mardi. Photo : Luc Roy / La Presse Canadienne", QUEBEC, "Charlevoix"),
])
def test_a_small_us_namesake_is_withheld_on_another_countrys_sheet(first, others, written):
    cap = parse_sheet(_sheet(first, *others)).captions[0]
    assert (cap.record.get("cityName"), cap.record.get("countryCode")) == (None, None)
    assert any(w.startswith(f"place not written: {written} (candidates") and "(US)" in w for w in cap.warnings)


@pytest.mark.parametrize("text, city, country", [
    # the caption names the United States: the small town is meant
    (_sheet("Farmers harvest corn outside Moravia, New York, Tuesday. Photo: CTK / Petr Novak", *CZECH),
     "Moravia", "USA"),
    # a US sheet: the village is the sheet's own
    (_sheet("Cows graze on a farm in Westphalia, Michigan. Photo: AP Photo/Jo Dale",
            "Traffic in Detroit. Photo: AP Photo/Jo Dale", "A diner in Lansing. Photo: AP Photo/Jo Dale"),
     "Westphalia", "USA"),
    # a town of 10,000 or more is left to the resolver
    (_sheet("Des touristes sur une plage de Lahaina, lundi. Photo : Luc Roy / AFP",
            "Un marché à Lyon. Photo : Luc Roy / AFP", "Le port de Marseille. Photo : Luc Roy / AFP"),
     "Lahaina", "USA"),
])
def test_a_us_town_the_caption_or_the_sheet_places_or_a_bigger_one_stays(text, city, country):
    assert sheet_places(text)[0] == (city, country)
