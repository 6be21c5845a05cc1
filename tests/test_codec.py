"""captionist.codec: record values to each family's keys and back, without a file (pure).

What a family reads back after a write is what the plan compares against, so each encoder is
checked against its decoder, and the byte limits and spellings the specs give are checked
as values (IIM 4.2 dataset limits in octets; EXIF 2.32 date and offset tags; XMP arrays)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captionist import codec
from captionist.standard import BY_ID
from captionist.valuetypes import gps_in, gps_out

text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=300) \
    .map(str.strip).filter(bool)


@given(text, st.integers(min_value=1, max_value=400))
def test_cut_utf8_stays_within_the_limit_on_a_character_boundary(value, limit):
    cut = codec.cut_utf8(value, limit)
    assert len(cut.encode("utf-8")) <= limit
    assert value.startswith(cut)
    if len(value.encode("utf-8")) <= limit:
        assert cut == value


def test_iim_headline_is_cut_to_its_256_octets_with_a_warning_naming_the_dataset():
    encoded, warnings = codec.iim_encode(BY_ID["headline"], "Черга" * 100)   # 1,000 bytes
    value = encoded["Iptc.Application2.Headline"]
    assert len(value.encode("utf-8")) == 256 and ("Черга" * 100).startswith(value)
    assert warnings == ["headline: IIM 2:105 Headline holds 256 bytes; cut from 1000 to 256 bytes "
                        "(XMP keeps the full text)"]


@given(text)
def test_iim_text_reads_back_as_the_plan_expects(value):
    prop = BY_ID["headline"]
    encoded, _ = codec.iim_encode(prop, value)
    assert codec.iim_decode(prop, encoded) == codec.iim_target(prop, value)


def test_iim_date_and_time_go_to_2_55_and_2_60_and_come_back_whole():
    prop = BY_ID["dateCreated"]
    encoded, warnings = codec.iim_encode(prop, "2022-02-24T06:30:00+02:00")
    assert encoded == {"Iptc.Application2.DateCreated": "2022-02-24",
                       "Iptc.Application2.TimeCreated": "06:30:00+02:00"} and warnings == []
    assert codec.iim_decode(prop, encoded) == "2022-02-24T06:30:00+02:00"


def test_iim_subject_codes_carry_the_iptc_prefix_and_lose_it_on_reading():
    prop = BY_ID["subjectCodes"]
    encoded, _ = codec.iim_encode(prop, ["04000000"])
    assert encoded == {"Iptc.Application2.Subject": ["IPTC:04000000"]}
    assert codec.iim_decode(prop, encoded) == ["04000000"]


def test_exif_date_is_split_into_datetimeoriginal_and_its_offset():
    prop = BY_ID["dateCreated"]
    encoded = codec.exif_encode(prop, "2022-02-24T06:30:00+02:00")
    assert encoded == {"Exif.Photo.DateTimeOriginal": "2022:02:24 06:30:00",
                       "Exif.Photo.OffsetTimeOriginal": "+02:00"}
    assert codec.exif_decode(prop, encoded) == "2022-02-24T06:30:00+02:00"


def test_xmp_lang_alt_list_and_structures_use_exiv2_keys_and_round_trip():
    desc, kw, shown = BY_ID["description"], BY_ID["keywords"], BY_ID["locationsShown"]
    alt = {"x-default": "Kyiv", "uk": "Київ"}
    assert codec.xmp_encode(desc, alt) == {"Xmp.dc.description": {'lang="x-default"': "Kyiv", 'lang="uk"': "Київ"}}
    assert codec.xmp_encode(kw, ["a", "b"]) == {"Xmp.dc.subject": 'type="Bag"', "Xmp.dc.subject[1]": "a",
                                                 "Xmp.dc.subject[2]": "b"}
    places = [{"city": "Kyiv", "countryCode": "UKR"}, {"city": "Kharkiv"}]
    encoded = codec.xmp_encode(shown, places)
    assert encoded["Xmp.iptcExt.LocationShown[2]/iptcExt:City"] == "Kharkiv"
    for prop, value in ((desc, alt), (kw, ["a", "b"]), (shown, places)):
        assert codec.xmp_decode(prop, codec.normalise_xmp(codec.xmp_encode(prop, value))) == value


@given(st.floats(min_value=-180, max_value=180, allow_nan=False))
def test_gps_coordinates_round_trip_to_a_millionth_of_a_degree(deg):
    back = gps_in(gps_out(deg, "E", "W"))
    assert back is not None and abs(back - deg) < 1e-6


def test_lang_dict_and_default_text():
    assert codec.lang_dict("Kyiv") == {"x-default": "Kyiv"}
    assert codec.default_text({"x-default": "Kyiv", "uk": "Київ"}) == "Kyiv"
