"""Round speed30: two shortcuts in the place rules, each pinned on both sides (what is still
taken, what is still not). bench/sheet_same.py --check is the whole-corpus net: the output
stays byte-identical."""

import datetime as dt
import re

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.placeagree import _LOW_STEMS, _REGION_ADJECTIVES
from captionist.sources.sheet.placestreet import _whole_word

REF = dt.date(2024, 5, 1)


def _place(text: str) -> tuple:
    r = parse_sheet(text, ref_date=REF).captions[0].record
    return r.get("cityName"), r.get("countryCode")


def _old_whole_word(name: str, text: str) -> int:
    """What placestreet computed before: a pattern compiled for each name."""
    hit = re.search(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text)
    return hit.start() if hit else -1


def test_whole_word_skips_a_name_inside_a_longer_word_or_a_hyphenated_name():
    text = "Lensahn and Noeux-les-Mines-Lens, then Lens-Nord; at last Lens, France"
    assert _whole_word("Lens", text) == text.index("Lens, France")
    assert _whole_word("Lens", "Lensahn, Lens-Nord, Noeux-Lens") == -1
    assert _whole_word("Kettering", "Kettering") == 0     # the whole text


def test_whole_word_gives_the_offset_the_compiled_pattern_gave():
    # accented letters and digits are word characters (re's \w is str.isalnum and "_")
    texts = ["éLyon Lyon", "٣Oss Oss.", "_Ede Ede-Wageningen Ede", "St. Ives, St. Ives", "", "Łódź Łódźki Łódź"]
    names = ["Lyon", "Oss", "Ede", "St. Ives", "Łódź", "Ives"]
    for text in texts:
        for name in names:
            assert _whole_word(name, text) == _old_whole_word(name, text), (name, text)


# two English captions first: the sheet's country settles which Kettering is meant
_ENGLAND = "Traffic queues on the M6 near Coventry. Photograph: Kim Ross/PA\n\n" \
           "Runners set off in Derby at dawn. Photograph: Kim Ross/PA\n\n"


def _last(text: str) -> tuple:
    r = parse_sheet(_ENGLAND + text, ref_date=REF).captions[-1].record
    return r.get("cityName"), r.get("countryCode")


def test_street_then_town_still_read_and_a_longer_name_still_not():
    assert _last("Tributes laid outside a flat on Rockingham Road, Kettering. Photograph: Kim Ross/PA") \
        == ("Kettering", "GBR")
    # the town's name opens another name ("Kettering Borough Council"): not taken by this rule
    assert _last("Tributes laid on Rockingham Road, Kettering Borough Council said. Photograph: Kim Ross/PA")[0] \
        is None


def test_lowered_stems_are_the_table_lowered_in_its_order():
    assert [e for _, e in _LOW_STEMS] == list(_REGION_ADJECTIVES)
    assert all(stem == e[0].lower() for stem, e in _LOW_STEMS)


def test_region_adjective_still_binds_the_town_and_a_noun_after_it_does_not():
    # "im bayerischen Neustadt": a Neustadt in Bavaria (the biggest one is elsewhere)
    assert _place("Feuerwehrleute im bayerischen Neustadt an der Donau. Foto: Eva Roth/dpa") \
        == ("Neustadt an der Donau", "DEU")
    assert _place("Feuerwehrleute im bayerischen Neustadt. Foto: Eva Roth/dpa") == ("Bad Neustadt an der Saale", "DEU")
    # without the adjective nothing says which Neustadt: no city is written
    assert _place("Feuerwehrleute in Neustadt. Foto: Eva Roth/dpa")[0] is None
    # "ein bayerischer Landwirt in Wien": the farmer's region, not the picture's
    assert _place("Ein bayerischer Landwirt in Wien am 3. April 2024. Foto: Eva Roth/dpa") == ("Vienna", "AUT")
