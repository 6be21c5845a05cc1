"""Whatever text a sheet holds, parsing it raises nothing but SheetParseError, and every
caption it finds is well formed. (That the time grows about linearly with the sheet's
length is a speed claim: `bench/sheet_linear.py` measures it.)"""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hypothesis_profiles import examples

from captionist.errors import SheetParseError
from captionist.sources.sheet import parse_sheet, parse_sheet_file

CREDITS = ["Foto: Ada Veen/ANP", "(AP Photo/Ivo Stam)", "REUTERS/Ivo Stam", "Photo: ",
           "(Photo by Bo Lind/NurPhoto via Getty Images)", "Foto:", "/", "(", ")", "via via via",
           "EPA-EFE/", "Foto's: A en B en C/ANP", "AFP PHOTO / ", "REUTERS/" + "x" * 300]
PIECES = ["in Kiev", "in Київ", "op 24 februari 2022", "on February 24, 2022", "donderdag",
          "om 06.30 uur", "Kharkiv Oblast", "Maidan", "Odessa", "24-02-2022", "Videos by X",
          "Lees ook:", "\u00a0", "\u201c", "\u2019", "\r\n", "\n\n", "\n", ".", " ", "\t", "\x00",
          "\x1b", "\ufeff", "\u2028", "2022", "Foto", "/", "(", ")", "in", "Chuguyev,"]

# applied per test, not as a loaded profile: loading one at import replaced the run's default
# settings for every test collected after this module (test_codec's ran with these)
SHEET = settings(max_examples=examples(150, 5000),
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])

sheet_text = st.lists(
    st.one_of(st.text(max_size=80), st.sampled_from(PIECES), st.sampled_from(CREDITS),
              st.text(alphabet=st.characters(max_codepoint=0x20), max_size=20)),
    max_size=60,
).map("".join)


def _check(text: str, **kw) -> None:
    try:
        res = parse_sheet(text, **kw)
    except SheetParseError:
        return
    _check_result(res)


def _check_result(res) -> None:
    for cap in res.captions:
        assert 0.0 <= cap.confidence <= 1.0
        assert cap.line >= 1 and cap.position >= 1
        for value in cap.record.values():
            assert value != "" and value != [] and value != {}


@given(sheet_text, st.sampled_from(["auto", "nl", "en", "de", "fr"]),
       st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))),
       st.one_of(st.none(), st.sampled_from(CREDITS), st.text(max_size=30)))
@SHEET
def test_arbitrary_text_never_raises(text, lang, ref, default):
    _check(text, lang=lang, ref_date=ref, credit_default=default)


@given(st.text(max_size=2000))
@SHEET
def test_plain_random_text(text):
    _check(text)


@given(st.binary(max_size=400))
@settings(SHEET, max_examples=examples(100, 5000))
def test_arbitrary_bytes_from_a_file(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("fuzz") / "s.txt"
    p.write_bytes(data)
    try:
        res = parse_sheet_file(p)
    except SheetParseError as e:
        # a refusal names the file and says why (never a bare traceback)
        assert e.where == str(p) and e.reason
        return
    _check_result(res)
    assert res.source_name == str(p)
    assert all(isinstance(w, str) and w for w in res.warnings)
    body = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return
    # a UTF-8 file reads exactly as its text does, without warnings
    assert res.warnings == []
    assert res.records == parse_sheet(text, source_name=str(p)).records


def test_huge_paragraphs_and_many_blank_lines():
    _check("a" * 200_000)
    _check("\n" * 100_000)
    _check(("Kiev " * 20_000) + "Foto: A/ANP")
    _check(("op 24 februari 2022 " * 5000))
    _check("(" * 50_000 + ")" * 50_000)
    _check("Foto: " + "A/" * 20_000)
    _check(" " * 100_000 + "REUTERS/" + "B " * 10_000)
