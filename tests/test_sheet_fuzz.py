"""Whatever text a sheet holds, parsing it raises nothing but SheetParseError, and the
time it takes grows about linearly with the sheet's length."""

from __future__ import annotations

import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from captionist.errors import SheetParseError
from captionist.sources.sheet import parse_sheet, parse_sheet_file

CREDITS = ["Foto: Ada Veen/ANP", "(AP Photo/Ivo Stam)", "REUTERS/Ivo Stam", "Photo: ",
           "(Photo by Bo Lind/NurPhoto via Getty Images)", "Foto:", "/", "(", ")", "via via via",
           "EPA-EFE/", "Foto's: A en B en C/ANP", "AFP PHOTO / ", "REUTERS/" + "x" * 300]
PIECES = ["in Kiev", "in Київ", "op 24 februari 2022", "on February 24, 2022", "donderdag",
          "om 06.30 uur", "Kharkiv Oblast", "Maidan", "Odessa", "24-02-2022", "Videos by X",
          "Lees ook:", "\u00a0", "\u201c", "\u2019", "\r\n", "\n\n", "\n", ".", " ", "\t", "\x00",
          "\x1b", "\ufeff", "\u2028", "2022", "Foto", "/", "(", ")", "in", "Chuguyev,"]

settings.register_profile("sheet", deadline=None, max_examples=150,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.large_base_example])
settings.load_profile("sheet")

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
    for cap in res.captions:
        assert 0.0 <= cap.confidence <= 1.0
        assert cap.line >= 1 and cap.position >= 1
        for value in cap.record.values():
            assert value != "" and value != [] and value != {}


@given(sheet_text, st.sampled_from(["auto", "nl", "en", "de", "fr"]),
       st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))),
       st.one_of(st.none(), st.sampled_from(CREDITS), st.text(max_size=30)))
def test_arbitrary_text_never_raises(text, lang, ref, default):
    _check(text, lang=lang, ref_date=ref, credit_default=default)


@given(st.text(max_size=2000))
def test_plain_random_text(text):
    _check(text)


@given(st.binary(max_size=400))
@settings(max_examples=100)
def test_arbitrary_bytes_from_a_file(tmp_path_factory, data):
    p = tmp_path_factory.mktemp("fuzz") / "s.txt"
    p.write_bytes(data)
    try:
        parse_sheet_file(p)
    except SheetParseError:
        pass


def test_huge_paragraphs_and_many_blank_lines():
    _check("a" * 200_000)
    _check("\n" * 100_000)
    _check(("Kiev " * 20_000) + "Foto: A/ANP")
    _check(("op 24 februari 2022 " * 5000))
    _check("(" * 50_000 + ")" * 50_000)
    _check("Foto: " + "A/" * 20_000)
    _check(" " * 100_000 + "REUTERS/" + "B " * 10_000)


def _timed(text: str) -> float:
    best = float("inf")
    for _ in range(3):
        t = time.perf_counter()
        parse_sheet(text)
        best = min(best, time.perf_counter() - t)
    return best


def test_time_grows_linearly():
    caption = ("Inwoners van Kiev zoeken op 24 februari 2022 om 06.30 uur beschutting op het "
               "Onafhankelijkheidsplein. Foto: Ada Veen/AFP via ANP\n\n")
    messy = "Kharkov ( Foto: / REUTERS/ " * 12 + "\n"       # one long line with many credit starts
    parse_sheet(caption)  # warm-up: the gazetteer is built on first use
    for unit in (caption, messy, "x" * 97 + "\n", "Lorem ipsum dolor sit amet, in Kiev " * 3):
        small = unit * max(1, 3000 // len(unit))
        t1, t8 = _timed(small), _timed(small * 8)
        assert t8 < 20 * t1 + 0.05, f"{unit[:20]!r}: {t1:.4f}s -> {t8:.4f}s for 8x the text"
