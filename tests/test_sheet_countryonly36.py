"""A blank city need not mean a blank country (placecountryonly.py, country36).

When the gate leaves the city blank but every candidate it weighed as a place the picture is in
or near, and every region the caption names, lies in one country, the country is written and the
warning says so; a person's origin, a team, the opponent neither give nor take it; a caption with
two countries in play keeps its blank. The captions are our own.
"""

from __future__ import annotations

import pytest

from sheet_helpers import last_place, place


@pytest.mark.parametrize("text, country", [
    # (an island of one country written as one beside a town named only as where someone comes
    # from, "Eine Familie aus Köln beim Wandern auf Mallorca", now gives its country as a region
    # of the caption before this rule: placeisland, tests/test_sheet_island46.py)
    # ("near Y" with only an origin beside it now writes Y, the locative winning over the origin:
    # origin38, tests/test_sheet_placeattached.py)
    # a place named after its town, written as where the picture is (a town's own racecourse,
    # "at X Racecourse", now gives the town: placeownvenue, written42)
    ("Racegoers cheer the winner at Towcester Greyhound Stadium on Thursday. Photograph: Tom Hill", "GBR"),
])
def test_the_country_all_candidates_agree_on_is_written(text, country):
    city, code, warnings = place(text)
    assert (city, code) == (None, country), warnings
    assert any(w.startswith("country written from") for w in warnings), warnings


def test_a_county_after_a_named_place_gives_its_country():
    # ", Co Kerry" is read as the county where the place is (places.py), so the resolver keeps the
    # country itself; the golf club's town, the club's own, is written since written42 (placeownvenue)
    city, code, _ = place("Golfers from Cork tee off at Ballybunion Golf Club, Co Kerry. Photograph: Sean Walsh")
    assert city in ("Ballybunion", "Ballybunnion") and code == "IRL"     # GeoNames spells it with nn


@pytest.mark.parametrize("text", [
    # (two countries in play beside an origin and a town "near" the picture: the near town is now
    # written, origin38, tests/test_sheet_placeattached.py)
    # only an origin or a team: no place of the picture at all
    "Eine Familie aus Ulm beim Picknick am Strand. Foto: Karl Bauer/dpa",
    "Spieler des FC Basel jubeln nach dem Sieg gegen Ulm. Foto: Karl Bauer/dpa",
    "Supporters uit Zwolle zingen voor het duel met Heracles. Foto ANP / Jan de Vries",
    # a thing named after a town, with its article: no place ("the Met", "der Dresdner Straße")
    "Ein Bus fährt am Morgen über die Dresdner Brücke. Foto: Karl Bauer/dpa",
    # the candidate lies in several countries and nothing else settles it
    "Volunteers from Leeds clear a footpath near Haworth. Photograph: Tom Hill",
    # a product named like a region abroad beside a town whose state is written after it: the
    # state (read as the town's area) still weighs against the region's country
    "Een Falcon 9-raket van SpaceX stijgt vrijdag op vanaf Cape Canaveral in Florida. Foto ANP / AP / Lee Grant",
])
def test_no_country_from_origins_teams_or_two_countries(text):
    city, code, warnings = place(text)
    assert code is None, (city, code, warnings)


def test_the_sheets_other_captions_do_not_decide():
    # measured: letting the sheet's country decide among several candidates' countries gained 54
    # countries and added 27 wrong places on the tuned part; it is not done
    sheet = "\n\n".join([
        "Bewoners ruimen maandag de schade op in Zutphen. Foto ANP / Jan de Vries",
        "Vrijwilligers vullen zandzakken in Deventer. Foto ANP / Jan de Vries",
        "Een ober tapt een biertje in een café in Boston. Foto ANP / Jan de Vries",
    ])
    assert last_place(sheet)[1] != "NLD"
