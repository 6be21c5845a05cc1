"""captionist.etdialect: ExifTool's spelling of values, both ways. Each writer is checked
against its reader (what the export writes, the importer reads back as the same value), and
against values as ExifTool itself prints them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from captionist import etdialect as et
from captionist.standard import BY_ID, STRUCTS

text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40) \
    .map(str.strip).filter(bool)


@given(st.recursive(text, lambda inner: st.one_of(st.lists(inner, min_size=1, max_size=4),
                                                   st.dictionaries(st.from_regex(r"[A-Z][a-z]{1,8}", fullmatch=True),
                                                                   inner, min_size=1, max_size=4)),
                    max_leaves=12).filter(lambda v: not isinstance(v, str)))
def test_serialised_structures_read_back_as_written(value):
    assert et.parse_serialized(et.serialise(value, top=True)) == value


def test_serialise_escapes_what_exiftool_escapes():
    assert et.serialise({"City": "Kyiv, Ukraine", "Name": "{a=b}|[c]"}, top=True) \
        == "{City=Kyiv|, Ukraine,Name=|{a|=b|}|||[c|]}"
    assert et.parse_serialized("[{City=Kyiv,CountryCode=UKR},{City=Kharkiv}]") \
        == [{"City": "Kyiv", "CountryCode": "UKR"}, {"City": "Kharkiv"}]


def test_dates_keep_their_precision_both_ways():
    for iso in ("2022", "2022-02", "2022-02-24", "2022-02-24T06:30", "2022-02-24T06:30:15+02:00",
                "2022-02-24T06:30:15.5Z"):
        assert et.date_in(et.date_out(iso)) == iso
    assert et.date_out("2022-02-24T06:30:00+02:00") == "2022:02:24 06:30:00+02:00"
    # ExifTool without -n: a date with an IIM time companion, a zero month or day
    assert et.date_in("2022:02:24", "06:30:00+02:00") == "2022-02-24T06:30:00+02:00"
    assert et.date_in("2022:00:00 00:00:00") == "2022"


def test_numbers_as_exiftool_prints_them_without_n():
    location = STRUCTS[BY_ID["locationCreated"].struct]
    assert {f.id for f in location} >= {"gpsLatitude", "gpsAltitude"}   # the fields these tags fill
    assert et.number_in("48 deg 8' 49.20\" N", "exif:GPSLatitude") == 48.147
    assert et.number_in("48 deg 8' 49.20\" S", "exif:GPSLatitude") == -48.147
    assert et.number_in("50,27N", "exif:GPSLatitude") == 50.45          # XMP's own form
    assert et.number_in("140 m", "exif:GPSAltitude") == 140.0
    assert et.number_in("12 m Below Sea Level", "exif:GPSAltitude") == -12.0


def test_plus_codes_lose_and_regain_their_vocabulary_namespace():
    name = "plus:ModelReleaseStatus"
    code = "http://ns.useplus.org/ldf/vocab/MR-NON"
    assert et.vocab_out(name, code) == "MR-NON"
    assert et.vocab_in(name, et.vocab_out(name, code)) == code


def test_values_of_every_kind_read_back_from_their_exiftool_form():
    for pid, value in (("headline", "Черга"), ("description", {"x-default": "Kyiv", "uk": "Київ"}),
                       ("keywords", ["a", "b"]), ("dateCreated", "2022-02-24T06:30:00+02:00"),
                       ("locationsShown", [{"city": "Kyiv", "countryCode": "UKR"}])):
        p = BY_ID[pid]
        out: dict = {}
        et.value_out(out, "Tag", p.kind, value, p.struct, p.xmp)
        if isinstance(value, dict) and p.struct is None:   # a language alternative: one tag per language
            assert out == {"Tag": "Kyiv", "Tag-uk": "Київ"}
            continue
        assert et.value_in(p.kind, p.xmp, p.struct, out["Tag"], None) == value
