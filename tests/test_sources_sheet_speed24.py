"""Round speed24 moved cheap tests in front of costly work in the place passes (a country's
population scan, small-word country lookups, the compass-region pass, the opening dateline's
match, the region-adjective pattern). Each skip must only drop work whose result was thrown
away: these captions pin what is still taken and what is still refused on both sides of
every new shortcut. bench/sheet_same.py --check is the whole-corpus net; this is the unit one."""

import datetime as dt

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.placedateline import dateline_country, dateline_name
from captionist.sources.sheet.places import find_places

REF = dt.date(2024, 5, 1)


def _record(text: str) -> dict:
    return parse_sheet(text, ref_date=REF).captions[0].record


def test_country_named_after_its_town_still_gives_the_town():
    # the population scan now runs only when a town of the country's name exists
    r = _record("Des supporters à Luxembourg, le 3 mai 2024. Photo: Léa Morin/AFP")
    assert (r.get("cityName"), r.get("countryCode")) == ("Luxembourg", "LUX")
    r = _record("Fans wave flags in Monaco on May 3, 2024. Photo: Ada Veen/AFP")
    assert (r.get("cityName"), r.get("countryCode")) == ("Monaco", "MCO")


def test_country_without_a_town_of_its_name_gives_no_town():
    r = _record("Soldiers train in Ukraine on May 3, 2024. Photo: Ada Veen/AFP")
    assert r.get("cityName") is None and r.get("countryCode") == "UKR"
    r = _record("Des supporters au Luxembourg, le 3 mai 2024. Photo: Léa Morin/AFP")
    assert r.get("cityName") is None     # "au": the country, not its capital


def test_small_written_country_adjectives_of_five_letters_or_more():
    assert find_places("an der moldauisch-ukrainischen Grenze").countries_seen == ["MD", "UA"]
    assert find_places("the Serbian-Hungarian border").countries_seen == ["RS", "HU"]
    # short words are never asked about; a small "island" is no Iceland
    assert find_places("a reed island near Puno in the lake").countries_seen == []
    # "thai" (4 letters) is an adjective in the table too, but a word that short was never kept
    assert find_places("a thai cook and an irish one").countries_seen == ["IE"]


def test_compass_regions_still_dropped_when_the_caption_has_regions():
    # "Nord" names regions in several countries: dropped unless the country is named
    facts = find_places("Fans in Lille, Nord, und im Norden")
    assert facts.regions == [] and facts.regions_seen == []
    facts = find_places("Derby du Nord in Lille, Hauts-de-France")
    assert facts.regions == [("FR", "HDF")]     # the real region stays
    facts = find_places("Bauern im Norden von Bayern und in Sachsen")
    assert facts.regions == [("DE", "BY"), ("DE", "SN")]


def test_opening_dateline_read_once_per_caption_still_right_for_each():
    town = "Sachsen, Dresden: Menschen protestieren am 3. Mai 2024."
    land = "Frankreich: Bauern blockieren am 3. Mai 2024 eine Straße."
    for _ in range(2):      # alternating captions must never see each other's match
        assert dateline_name(town) == "Dresden" and dateline_country(town) is None
        assert dateline_name(land) is None and dateline_country(land) == "FR"
    r = _record(town + " Foto: Hans Berg/dpa")
    assert (r.get("cityName"), r.get("countryCode")) == ("Dresden", "DEU")
    r = _record(land + " Foto: Hans Berg/dpa")
    assert r.get("cityName") is None and r.get("countryCode") == "FRA"


def test_region_adjective_before_a_town_only_in_that_country():
    assert find_places("Ein Landwirt im bayerischen Neustadt").regions == [("DE", "BY")]
    # Rome has no town of that name in Bavaria's country: the adjective gives no region
    assert find_places("Ein Koch im bayerischen Restaurant in Rom").regions == []
