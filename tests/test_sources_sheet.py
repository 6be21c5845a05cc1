"""Caption sheets -> records.

The sheets in tests/sheets/ were written for these tests (invented photographers, the
events of 24 February 2022); next to each is the record every caption should give,
written out by hand. The tests compare them field by field.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from captionist.errors import SheetParseError
from captionist.sources.sheet import (
    ParsedCaption,
    SheetResult,
    StrayParagraph,
    parse_sheet,
    parse_sheet_file,
)

SHEETS = Path(__file__).parent / "sheets"
EXPECTED = sorted(SHEETS.glob("*.expected.json"))
CAPTION_FIELDS = ("id", "match", "description", "creatorNames", "creditLine", "source", "dateCreated",
                  "cityName", "sublocationName", "provinceState", "countryName", "countryCode", "locationsShown")


def _load(exp_path: Path) -> tuple[dict, SheetResult]:
    exp = json.loads(exp_path.read_text("utf-8"))
    opts = dict(exp.get("options", {}))
    if "ref_date" in opts:
        opts["ref_date"] = dt.date.fromisoformat(opts["ref_date"])
    return exp, parse_sheet_file(SHEETS / exp["file"], **opts)


_CACHE: dict[Path, tuple[dict, SheetResult]] = {}


def loaded(exp_path: Path) -> tuple[dict, SheetResult]:
    if exp_path not in _CACHE:
        _CACHE[exp_path] = _load(exp_path)
    return _CACHE[exp_path]


def _cases():
    for p in EXPECTED:
        exp = json.loads(p.read_text("utf-8"))
        for i in range(len(exp["captions"])):
            yield pytest.param(p, i, id=f"{p.stem.split('.')[0]}-{i + 1:03d}")


def test_there_are_enough_hand_written_captions():
    total = sum(len(json.loads(p.read_text("utf-8"))["captions"]) for p in EXPECTED)
    assert len(EXPECTED) >= 3 and total >= 30


@pytest.mark.parametrize("exp_path", EXPECTED, ids=lambda p: p.stem)
def test_sheet_shape(exp_path):
    exp, res = loaded(exp_path)
    assert res.lang == exp["lang"]
    assert [c.line for c in res.captions] == [c["line"] for c in exp["captions"]]
    assert [c.position for c in res.captions] == list(range(1, len(exp["captions"]) + 1))
    assert [(s.line, s.reason) for s in res.stray] == [(s["line"], s["reason"]) for s in exp["stray"]]


@pytest.mark.parametrize("exp_path,i", list(_cases()))
def test_caption_record_field_by_field(exp_path, i):
    exp, res = loaded(exp_path)
    want = exp["captions"][i]
    got = next((c for c in res.captions if c.line == want["line"]), None)
    assert got is not None, f"no caption found at line {want['line']}"
    for key in CAPTION_FIELDS:
        assert got.record.get(key) == want["record"].get(key), f"{key}: {got.record.get(key)!r}"
    assert set(got.record) <= set(want["record"]), f"unexpected fields {set(got.record) - set(want['record'])}"
    assert all(v != "" for v in got.record.values())
    # the warnings that matter are there, and a complete caption has none of them
    serious = [w for w in got.warnings if w.split(":")[0] in ("no credit", "no date", "ambiguous place",
                                                            "place not recognised", "no place")]
    assert sorted(serious) == sorted(want["warnings"])


def test_figures_against_hand_written_expectations():
    """The shares of correct fields over all hand-written captions (printed with -s)."""
    n = found = 0
    right = dict.fromkeys(("dateCreated", "creatorNames", "creditLine", "cityName", "countryCode"), 0)
    for p in EXPECTED:
        exp, res = loaded(p)
        by_line = {c.line: c for c in res.captions}
        for want in exp["captions"]:
            n += 1
            got = by_line.get(want["line"])
            if got is None:
                continue
            found += 1
            for k in right:
                right[k] += got.record.get(k) == want["record"].get(k)
        found_extra = len(res.captions) - len(exp["captions"])
        assert found_extra == 0, f"{p.name}: {found_extra} paragraphs taken for captions too many"
    shares = {k: v / n for k, v in right.items()}
    print(f"\ncaptions expected {n}, found {found}; " + ", ".join(f"{k} {v:.0%}" for k, v in shares.items()))
    assert found == n
    assert all(v >= 0.9 for v in shares.values()), shares


# ---------------------------------------------------------------- credits

@pytest.mark.parametrize("text,line,creators,source", [
    ("Mensen op straat in Kiev op 24 februari 2022. Foto: Ada Veen/ANP", "Ada Veen/ANP", ["Ada Veen"], "ANP"),
    ("Mensen op straat in Kiev op 24 februari 2022. Foto: Ada Veen/AFP via ANP", "Ada Veen/AFP via ANP", ["Ada Veen"], "ANP"),
    ("People in Kyiv on February 24, 2022. (Photo by Bo Lind/SOPA Images/LightRocket via Getty Images)",
     "Bo Lind/SOPA Images/LightRocket via Getty Images", ["Bo Lind"], "Getty Images"),
    ("People in Kyiv on February 24, 2022. (AP Photo/Ivo Stam)", "AP Photo/Ivo Stam", ["Ivo Stam"], "AP"),
    ("People in Kyiv on February 24, 2022. REUTERS/Ivo Stam", "REUTERS/Ivo Stam", ["Ivo Stam"], "Reuters"),
    ("People in Kyiv on February 24, 2022. EPA-EFE/IVO STAM", "EPA-EFE/IVO STAM", ["Ivo Stam"], "EPA-EFE"),
    ("People in Kyiv on February 24, 2022. Photo: Ivo Stam and Mia Roos/AFP", "Ivo Stam and Mia Roos/AFP",
     ["Ivo Stam", "Mia Roos"], "AFP"),
    ("People in Kyiv on February 24, 2022. Photo: Ivo Stam for The Daily Planet", "Ivo Stam for The Daily Planet",
     ["Ivo Stam"], "The Daily Planet"),
    ("Mensen op straat in Kiev op 24 februari 2022. Foto ANP / Ada Veen", "ANP / Ada Veen", ["Ada Veen"], "ANP"),
    ("Mensen op straat in Kiev op 24 februari 2022. Foto: Ada Veen", "Ada Veen", ["Ada Veen"], None),
    ("Mensen op straat in Kiev op 24 februari 2022. Foto’s: Ada Veen/ANP.", "Ada Veen/ANP", ["Ada Veen"], "ANP"),
])
def test_credit_styles(text, line, creators, source):
    (cap,) = parse_sheet(text).captions
    assert cap.record["creditLine"] == line
    assert cap.record.get("creatorNames") == creators
    assert cap.record.get("source") == source
    assert "Foto" not in cap.record["description"].get("nl", "") and "Photo" not in str(cap.record["description"])


def test_credit_default_fills_a_missing_credit():
    res = parse_sheet("Inwoners van Kiev op straat op 24 februari 2022.", credit_default="Foto: Ada Veen/ANP")
    (cap,) = res.captions
    assert cap.record["creditLine"] == "Ada Veen/ANP"
    assert cap.record["creatorNames"] == ["Ada Veen"] and cap.record["source"] == "ANP"
    assert "no credit (default used)" in cap.warnings
    # a printed credit wins over the default
    res = parse_sheet("Inwoners van Kiev op 24 februari 2022. Foto: Bo Lind/AFP", credit_default="Ada Veen/ANP")
    assert res.captions[0].record["creditLine"] == "Bo Lind/AFP"


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("text,lang,ref,want", [
    ("Soldaten in Kiev in de ochtend van 24 februari 2022 om 06.30 uur. Foto: A Veen/ANP", "nl", None, "2022-02-24T06:30:00"),
    ("Soldaten in Kiev in februari 2022. Foto: A Veen/ANP", "nl", None, "2022-02"),
    ("Soldiers in Kyiv in 2022. Photo: Ada Veen/AFP", "en", None, "2022"),
    ("Soldiers in Kyiv on Feb. 24, 2022 at 7 p.m. Photo: Ada Veen/AFP", "en", None, "2022-02-24T19:00:00"),
    ("Soldaten in Kiew am 24. Februar 2022 um 6.30 Uhr. Foto: Ada Veen/dpa", "de", None, "2022-02-24T06:30:00"),
    ("Des soldats à Kiev le 1er mars 2022. Photo : Ada Veen/AFP", "fr", None, "2022-03-01"),
    ("Soldaten in Kiev op 24-02-2022. Foto: Ada Veen/ANP", "nl", None, "2022-02-24"),
    ("Soldaten in Kiev, donderdag. Foto: Ada Veen/ANP", "nl", dt.date(2022, 2, 24), "2022-02-24"),
    ("Soldaten in Kiev, donderdag. Foto: Ada Veen/ANP", "nl", dt.date(2022, 2, 27), "2022-02-24"),
    ("Soldiers in Kyiv yesterday. Photo: Ada Veen/AFP", "en", dt.date(2022, 2, 25), "2022-02-24"),
    ("Soldaten in Kiev op 24 februari. Foto: Ada Veen/ANP", "nl", dt.date(2022, 3, 1), "2022-02-24"),
    ("Soldaten in Kiev, sinds 2014 in oorlog. Foto: Ada Veen/ANP", "nl", None, None),
])
def test_dates(text, lang, ref, want):
    (cap,) = parse_sheet(text, lang=lang, ref_date=ref).captions
    assert cap.record.get("dateCreated") == want


def test_relative_day_without_reference_date_is_a_warning_not_a_guess():
    (cap,) = parse_sheet("Soldaten in Kiev, donderdag. Foto: Ada Veen/ANP").captions
    assert "dateCreated" not in cap.record
    assert any(w.startswith("relative date without reference date") for w in cap.warnings)


# ---------------------------------------------------------------- places

def test_province_without_city():
    (cap,) = parse_sheet("Tanks on a road in the Kharkiv region on February 24, 2022. Photo: Ada Veen/AFP").captions
    r = cap.record
    assert "cityName" not in r
    assert (r["provinceState"], r["countryName"], r["countryCode"]) == ("Kharkiv Oblast", "Ukraine", "UKR")


def test_romanised_ukrainian_oblast_name():
    (cap,) = parse_sheet("Tanks in Chuguyev, Kharkivs'ka oblast, on February 24, 2022. Photo: Ada Veen/AFP").captions
    assert (cap.record["cityName"], cap.record["provinceState"]) == ("Chuhuiv", "Kharkiv Oblast")


def test_kyiv_oblast_is_not_kyiv_city():
    (cap,) = parse_sheet("Smoke over Irpin, Kyiv Oblast, on February 24, 2022. Photo: Ada Veen/AFP").captions
    assert (cap.record["cityName"], cap.record["provinceState"]) == ("Irpin", "Kyiv Oblast")


def test_same_named_city_without_context_is_ambiguous():
    (cap,) = parse_sheet("A crowd in Odessa on February 24, 2022. Photo: Ada Veen/AFP").captions
    assert "cityName" not in cap.record
    assert any(w.startswith("ambiguous place: Odessa (candidates") for w in cap.warnings)


def test_same_named_city_follows_the_country_named_or_the_sheet():
    (cap,) = parse_sheet("A crowd in Odessa, Ukraine, on February 24, 2022. Photo: Ada Veen/AFP").captions
    assert cap.record["countryCode"] == "UKR" and cap.record["cityName"] == "Odesa"
    res = parse_sheet("A crowd in Kyiv on February 24, 2022. Photo: Ada Veen/AFP\n\n"
                      "A crowd in Odessa on February 24, 2022. Photo: Ada Veen/AFP")
    assert res.captions[1].record["cityName"] == "Odesa"


def test_unknown_place_is_reported():
    (cap,) = parse_sheet("A crowd in Blorptown on February 24, 2022. Photo: Ada Veen/AFP").captions
    assert "cityName" not in cap.record
    assert "place not recognised: Blorptown" in cap.warnings


def test_sublocations():
    res = parse_sheet("Crowds on Independence Square in Kyiv on February 24, 2022. Photo: Ada Veen/AFP\n\n"
                      "Menschen auf dem Maidan in Kiew am 24. Februar 2022. Foto: Ada Veen/dpa")
    assert [c.record.get("sublocationName") for c in res.captions] == ["Independence Square", "Maidan"]


# ---------------------------------------------------------------- paragraphs, language, confidence

def test_stray_paragraphs_never_become_records():
    text = ("Live: war in Ukraine\n\nVideo: Ada Veen\n\nRead more: what happened\n\n***\n\n"
            "Kort\n\nA crowd in Kyiv on February 24, 2022. Photo: Ada Veen/AFP\n")
    res = parse_sheet(text)
    assert len(res.captions) == 1 and res.captions[0].line == 11
    assert [s.reason for s in res.stray] == ["headline", "video credit", "read more", "no sentence", "too short"]
    assert all(isinstance(s, StrayParagraph) for s in res.stray)


def test_caption_without_credit_place_or_date_is_not_a_caption():
    res = parse_sheet("A crowd in Kyiv on February 24, 2022. Photo: Ada Veen/AFP\n\n"
                      "The editors chose these pictures with care and thank the photographers.")
    assert len(res.captions) == 1 and res.stray[0].reason == "no credit, date or place"


def test_forced_language_and_detection():
    text = "Een menigte in Kiev op 24 februari 2022. Foto: Ada Veen/ANP"
    assert parse_sheet(text).lang == "nl"
    res = parse_sheet(text, lang="en")
    assert res.lang == "en" and "en" in res.captions[0].record["description"]
    with pytest.raises(SheetParseError):
        parse_sheet(text, lang="xx")


def test_confidence_reflects_what_was_found():
    full, no_credit, bare = parse_sheet(
        "A crowd in Kyiv on February 24, 2022. Photo: Ada Veen/AFP\n\n"
        "A crowd in Kyiv on February 24, 2022.\n\n"
        "A crowd on a square somewhere. Photo: Ada Veen/AFP").captions
    assert full.confidence == 1.0
    assert 0 < bare.confidence < no_credit.confidence < full.confidence
    assert isinstance(full, ParsedCaption)


def test_whitespace_and_quotes_are_normalised_in_the_description_only():
    text = "\ufeff“Wij\u00a0blijven”, zegt een\u2009vrouw\r\nin Kiev op 24 februari 2022.\u00a0Foto: Ada\u00a0Veen/ANP\r\n"
    (cap,) = parse_sheet(text).captions
    assert cap.record["description"] == {"nl": "“Wij blijven”, zegt een vrouw in Kiev op 24 februari 2022."}
    assert cap.record["creatorNames"] == ["Ada Veen"]


def test_record_ids_use_the_source_stem(tmp_path):
    p = tmp_path / "wire 24feb.txt"
    p.write_text("A crowd in Kyiv on February 24, 2022. Photo: Ada Veen/AFP\n", "utf-8")
    assert parse_sheet_file(p).captions[0].record["id"] == "wire 24feb-001"
    assert parse_sheet(p.read_text()).captions[0].record["id"] == "sheet-001"


# ---------------------------------------------------------------- files and encodings

def test_cp1252_and_utf8_bom_files(tmp_path):
    text = "Een vrouw in Kiev op 24 februari 2022. Foto: Zoë Müller/ANP\r\n"
    for name, data in (("a.txt", text.encode("cp1252")), ("b.txt", b"\xef\xbb\xbf" + text.encode("utf-8"))):
        (tmp_path / name).write_bytes(data)
        (cap,) = parse_sheet_file(tmp_path / name).captions
        assert cap.record["creatorNames"] == ["Zoë Müller"]


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "Een vrouw in Kiev".encode("utf-16"),
    b"caf\xe9 \x81\x8d",          # not UTF-8, and 0x81 has no meaning in Windows-1252
    bytes(range(1, 32)) * 50,
])
def test_binary_or_undecodable_files_raise_sheet_parse_error(tmp_path, data):
    p = tmp_path / "x.txt"
    p.write_bytes(data)
    with pytest.raises(SheetParseError) as ei:
        parse_sheet_file(p)
    assert str(p) in str(ei.value)


def test_missing_file_raises_sheet_parse_error(tmp_path):
    with pytest.raises(SheetParseError):
        parse_sheet_file(tmp_path / "nope.txt")


def test_empty_sheet(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_bytes(b"")
    res = parse_sheet_file(p)
    assert res.captions == [] and res.stray == []


def test_agency_chains_country_after_comma_and_capital_names():
    res = parse_sheet(
        "Oekraïners wachten in Lviv op 24 februari 2022. ANP / EPA / Mark Ruis\n\n"
        "Evacuees near Medyka, Poland, on 24 February 2022. (Photo by TOMAS ARVIDSEN/AFP via Getty Images)\n\n"
        "Troops from Belarus on a road on 24 February 2022. Photo: Ada Veen/AFP\n\n"
        "Foto: ANP\n")
    lviv, medyka, belarus = res.captions
    assert (lviv.record["creditLine"], lviv.record["source"], lviv.record["creatorNames"]) == (
        "ANP / EPA / Mark Ruis", "ANP", ["Mark Ruis"])
    assert medyka.record["creatorNames"] == ["Tomas Arvidsen"]
    # Medyka (about 3,000 people) is in the place index since issue 9 (cities of 500+)
    assert (medyka.record["countryCode"], medyka.record.get("cityName")) == ("POL", "Medyka")
    assert "countryCode" not in belarus.record
    assert [s.reason for s in res.stray] == ["credit only"]


def test_the_word_photo_inside_a_sentence_is_not_a_credit():
    (cap,) = parse_sheet("A woman holds a photo of her son in Kyiv, Ukraine, on 24 February 2022.").captions
    assert "creditLine" not in cap.record and "no credit" in cap.warnings
    (cap,) = parse_sheet("Een vrouw in Kiev op 24 februari 2022. FOTO: ADA VEEN/ANP").captions
    assert cap.record["creatorNames"] == ["Ada Veen"]


@pytest.mark.parametrize("text,city", [
    ("Reading a newspaper, a man waits for a bus on 24 February 2022. Photo: Ada Veen/AFP", None),
    ("Sofia, 34, waits for a bus with her children on 24 February 2022. Photo: Ada Veen/AFP", None),
    ("Kyiv residents queue for fuel on 24 February 2022. Photo: Ada Veen/AFP", "Kyiv"),
    ("Bewoners van Charkov schuilen op 24 februari 2022 in de metro. Foto: Ada Veen/ANP", "Kharkiv"),
])
def test_ordinary_words_and_names_are_not_taken_for_cities(text, city):
    (cap,) = parse_sheet(text).captions
    assert cap.record.get("cityName") == city


@pytest.mark.parametrize("text,line,creators,source", [
    ("Een soldaat in Kiev op 24 februari 2022. Beeld AFP", "AFP", None, "AFP"),
    ("Een soldaat in Kiev op 24 februari 2022. © Reuters", "Reuters", None, "Reuters"),
    ("Een soldaat in Kiev op 24 februari 2022. ©ANP / Kees Molen", "ANP / Kees Molen", ["Kees Molen"], "ANP"),
    ("Een soldaat in Kiev op 24 februari 2022 (Foto: ANP/Hollandse Hoogte)", "ANP/Hollandse Hoogte", None, "ANP"),
    ("Soldiers in Kyiv on 24 February 2022. Kees Molen/AFP via Getty Images", "Kees Molen/AFP via Getty Images",
     ["Kees Molen"], "Getty Images"),
])
def test_more_newsroom_credit_styles(text, line, creators, source):
    (cap,) = parse_sheet(text).captions
    assert (cap.record.get("creditLine"), cap.record.get("creatorNames"), cap.record.get("source")) == (line, creators, source)
    assert "Kees" not in str(cap.record["description"]) and "©" not in str(cap.record["description"])


@pytest.mark.parametrize("exp_path", EXPECTED, ids=lambda p: p.stem)
def test_records_validate_against_the_record_model(exp_path):
    from captionist.sources import loader
    _, res = loaded(exp_path)
    for cap in res.captions:
        loader.validate_record(cap.record, exp_path.name, strict=True)


def test_date_headings_are_not_captions_and_date_only_day_names_below():
    text = ("Donderdag 24 februari 2022\n\n"
            "Inwoners van Kiev zoeken beschutting in een metrostation. Foto: Sanne Verbrugge/ANP\n\n"
            "Rook boven het vliegveld bij Charkiv, vanochtend. Foto: Viktor Marchenko/AP\n\n"
            "Vrijdag 25 februari 2022\n\n"
            "Een vrouw in Charkiv bij een pinautomaat op donderdag. Foto: Sergey Bobok/AFP\n\n"
            "Een man in Charkiv bij een pinautomaat. Foto: Sergey Bobok/AFP\n")
    res = parse_sheet(text)
    assert [(s.line, s.reason, s.date) for s in res.stray] == [
        (1, "date heading", dt.date(2022, 2, 24)), (7, "date heading", dt.date(2022, 2, 25))]
    assert [c.record["match"] for c in res.captions] == [{"position": i} for i in (1, 2, 3, 4)]
    assert res.captions[0].record["description"]["nl"].startswith("Inwoners van Kiev")
    # the heading dates the post, not the picture: a caption without a date of its own gets none
    assert "dateCreated" not in res.captions[0].record
    assert "no date" in res.captions[0].warnings
    assert res.captions[1].record["dateCreated"] == "2022-02-24"
    # a day name resolves against the heading's date, not the run date
    assert res.captions[2].record["dateCreated"] == "2022-02-24"
    assert "dateCreated" not in res.captions[3].record
    # a sentence with a date, or a headline naming a date, is still a caption or a headline
    res = parse_sheet("Inwoners van Kiev op 24 februari 2022 in een metrostation. Foto: Ada Veen/ANP")
    assert len(res.captions) == 1 and not res.stray


@pytest.mark.parametrize("text, iso", [
    ("Rond 10.000 mensen demonstreren op 24 februari 2022 op de Dam in Amsterdam. Foto: Ada Veen/ANP",
     "2022-02-24"),
    ("Demonstrators, about 20.000 according to police, march in Berlin on February 27, 2022. "
     "REUTERS/Fabrizio Bensch", "2022-02-27"),
    ("Omstreeks 3.500 vluchtelingen wachten op 25 februari 2022 bij de grens in Medyka, Polen. "
     "Foto: Kees Molen/Reuters", "2022-02-25"),
    ("Around 1,500 people gather in Berlin on February 27, 2022. REUTERS/Fabrizio Bensch", "2022-02-27"),
    ("Om 10.000 uur? Nee: betogers op de Dam in Amsterdam op 24 februari 2022. Foto: Ada Veen/ANP",
     "2022-02-24"),
    # real times still count, with a marker or a colon after an approximate word
    ("Rond 10.30 uur demonstreren betogers op 24 februari 2022 in Amsterdam. Foto: Ada Veen/ANP",
     "2022-02-24T10:30:00"),
    ("Around 10:30 people gather in Berlin on February 27, 2022. REUTERS/Fabrizio Bensch",
     "2022-02-27T10:30:00"),
    ("Betogers op de Dam in Amsterdam op 24 februari 2022 om 14.30. Foto: Ada Veen/ANP",
     "2022-02-24T14:30:00"),
    ("Des manifestants à Paris le 24 février 2022 vers 18 heures. Photo: Ada Veen/AFP",
     "2022-02-24T18:00:00"),
])
def test_numbers_with_thousands_separators_are_not_times(text, iso):
    res = parse_sheet(text)
    assert [c.record.get("dateCreated") for c in res.captions] == [iso]


@pytest.mark.parametrize("text, iso", [
    ("Rond 12.50 euro kost een brood in Kiev op 24 februari 2022. Foto: Ada Veen/ANP", "2022-02-24"),
    ("Civilians in a bunker in Mariupol at around 10.00 on February 24, 2022. Photo: Ada Veen/AP",
     "2022-02-24T10:00:00"),
])
def test_approximate_numbers_need_a_time_marker(text, iso):
    res = parse_sheet(text)
    assert [c.record.get("dateCreated") for c in res.captions] == [iso]


@pytest.mark.parametrize("text", [
    "Dutch F-35 jets at Leeuwarden air base on February 24, 2022, ahead of an emergency NATO/EU meeting.",
    "Dutch F-35 jets at Leeuwarden air base on February 24, 2022, ahead of an emergency NATO/EU meeting",
    "Ministers in Brussels on February 24, 2022 before the NATO/EU summit talks.",
])
def test_an_acronym_with_a_slash_inside_a_sentence_is_not_a_credit(text):
    res = parse_sheet(text)
    cap, = res.captions
    assert cap.record["description"]["en"] == text
    assert "creditLine" not in cap.record and "source" not in cap.record
    assert "no credit" in cap.warnings and cap.confidence < 1.0


@pytest.mark.parametrize("text, line, creators, source", [
    ("Smoke over Kharkiv on February 24, 2022. KYODO/Taro Yamada", "KYODO/Taro Yamada", ["Taro Yamada"], "KYODO"),
    ("Smoke over Kharkiv on February 24, 2022. REUTERS/Fabrizio Bensch", "REUTERS/Fabrizio Bensch",
     ["Fabrizio Bensch"], "Reuters"),
])
def test_slash_credits_with_an_agency_or_a_name_still_count(text, line, creators, source):
    rec = parse_sheet(text).captions[0].record
    assert (rec["creditLine"], rec["creatorNames"], rec["source"]) == (line, creators, source)


def test_a_stray_bad_byte_in_a_utf8_sheet_does_not_garble_the_rest(tmp_path):
    good = "Inwoners van Київ zoeken op 24 februari 2022 beschutting. Foto: Olena Hrytsenko/AFP\n\n"
    bad = "Betogers bij het caf\xe9 op de Dam in Amsterdam op 24 februari 2022. Foto: Ada Veen/ANP\n"
    data = good.encode("utf-8") + bad.encode("cp1252")
    p = tmp_path / "mixed.txt"
    p.write_bytes(data)
    res = parse_sheet_file(p)
    descs = [c.record["description"]["nl"] for c in res.captions]
    assert descs[0] == "Inwoners van Київ zoeken op 24 februari 2022 beschutting."
    assert descs[1] == "Betogers bij het caf\ufffd op de Dam in Amsterdam op 24 februari 2022."
    assert res.captions[1].record["creatorNames"] == ["Ada Veen"]
    off = data.index(b"\xe9")
    assert res.warnings == [f"line 3: byte 0xe9 at offset {off} is not UTF-8 (replaced by U+FFFD)"]
    # with a BOM the offsets still count from the start of the file
    p.write_bytes(b"\xef\xbb\xbf" + data)
    res = parse_sheet_file(p)
    assert res.captions[0].record["description"]["nl"].startswith("Inwoners van Київ")
    assert res.warnings == [f"line 3: byte 0xe9 at offset {off + 3} is not UTF-8 (replaced by U+FFFD)"]
    # a sheet without any UTF-8 multi-byte sequence is still Windows-1252, without warnings
    p.write_bytes(bad.encode("cp1252"))
    res = parse_sheet_file(p)
    assert res.captions[0].record["description"]["nl"].startswith("Betogers bij het café")
    assert res.warnings == []
