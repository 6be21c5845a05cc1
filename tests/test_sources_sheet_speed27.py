"""Round speed27: repeated work the profile showed, removed without changing what is taken.
bench/sheet_same.py --check is the whole-corpus net (byte-identical output); these pin the
shortcuts themselves, on both sides (what is still found, what is still not)."""

import datetime as dt
import re

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.captionwords import word_starts

REF = dt.date(2024, 5, 1)


def _place(text: str) -> tuple:
    r = parse_sheet(text, ref_date=REF).captions[0].record
    return r.get("cityName"), r.get("countryCode")


def _by_pattern(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(name), text)]


def test_word_starts_finds_a_name_only_where_a_word_begins():
    text = "Studenten in Leiden, nicht in Oberleiden; Leiden-Noord und _Leiden, 3Leiden, (Leiden)"
    assert [text[at - 1:at] for at in word_starts(text, "Leiden")] == [" ", " ", "("]
    assert list(word_starts(text, "Leiden")) == _by_pattern(text, "Leiden")
    assert list(word_starts("Kyiv", "Kyiv")) == [0]     # at the very start: nothing before it
    assert list(word_starts("Oberkyiv Kyi", "Kyiv")) == []


def test_word_starts_agrees_with_the_pattern_it_replaces():
    # non-ASCII letters and digits are word characters for re's \w, as for str.isalnum
    samples = ["éLyon Lyon", "٣Paris Paris", "aa aaa a", "Bad Bad-Ems Bad", "", "x", "ǅLódź Łódź Łódź"]
    names = ["Lyon", "Paris", "aa", "a", "Bad", "Łódź", "x", ""]
    for text in samples:
        for name in names:
            assert list(word_starts(text, name)) == _by_pattern(text, name), (text, name)


def test_asides_and_mayors_still_read_where_the_name_is_written():
    # placeasides: the first whole-word spelling is the one read ("naar het vliegveld van X")
    assert _place("Reizigers vertrekken naar het vliegveld van Eindhoven. Foto: Jan Bos/ANP") == (None, None)
    assert _place("Reizigers wachten op het vliegveld in Eindhoven. Foto: Jan Bos/ANP")[0] == "Eindhoven"
    # placeoffice: a town written only as a mayor's seat is no place; also written as a place, it is
    assert _place("Der Bürgermeister von Bonn spricht in Köln. Foto: Hans Berg/dpa")[0] == "Cologne"


def test_three_letters_counts_letters_only_and_stops_at_the_third():
    from captionist.sources.sheet.text import has_three_letters

    for text in ["", "ab", "a1b", "12:30 – 14:45", "__x__y__", "(c) 2024", "é-ü", "x\n\ny"]:
        assert not has_three_letters(text), text
    for text in ["abc", "a b c", "a1b2c3", "é-ü-ß", "x\n\ny\nz", "AFP", "1. Kyiv"]:
        assert has_three_letters(text), text
    for text in ["a_b_c", "1 2 3 x", "Ω ω ώ", "٣٤ ab"]:     # digits and '_' are no letters, Greek is
        assert has_three_letters(text) == (len(re.findall(r"[^\W\d_]", text)) >= 3), text


def test_paragraphs_without_three_letters_stay_strays_and_credits_alone_still_attach():
    res = parse_sheet("12:30 – 14:45\n\nDemonstranten op de Dam in Amsterdam op 3 mei 2024.\nFoto: Jan Bos/ANP",
                      ref_date=REF)
    assert [s.reason for s in res.stray] == ["no sentence"]
    assert len(res.captions) == 1 and res.captions[0].record.get("creditLine")
    # a credit alone on its line with at most two letters before it is still a credit alone
    res = parse_sheet("Fans feiern in Köln am 3. Mai 2024.\n\nFoto: Hans Berg/dpa", ref_date=REF)
    assert len(res.captions) == 1 and "dpa" in res.captions[0].record.get("creditLine", "")
