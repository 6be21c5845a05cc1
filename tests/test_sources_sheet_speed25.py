"""Round speed25: one table of a caption's words (captionwords.py) read by the place finder and
the rules, the word before a name read once per word (placetokens.named_before), and rules
that fire rarely asked of the table's words before their patterns run. None of it may change
what is taken: these captions pin both sides of every shortcut (what is still taken, what is
still refused). bench/sheet_same.py --check is the whole-corpus net; this is the unit one."""

import dataclasses
import datetime as dt

import pytest

from captionist.sources.sheet import parse_sheet
from captionist.sources.sheet.captionwords import caption_words
from captionist.sources.sheet.placesymbol import symbolic_marker
from captionist.sources.sheet.placetokens import _tokens, named_before

REF = dt.date(2024, 5, 1)


def _place(text: str) -> tuple:
    r = parse_sheet(text, ref_date=REF).captions[0].record
    return r.get("cityName"), r.get("countryCode")


def test_table_holds_the_finders_tokens_and_the_quotations():
    text = '"Wir bleiben in Berlin", sagt sie d\'Odessa in Kyiv\'s Mitte.'
    t = caption_words(text)
    assert list(t.tokens) == _tokens(text)
    assert [w for _, _, w, _ in t.tokens][-3:] == ["in", "Kyiv", "Mitte"]
    assert any(w == "Odessa" and elided for _, _, w, elided in t.tokens)
    assert [text[s:e] for s, e in t.quoted] == ['"Wir bleiben in Berlin"']
    assert t.in_quote(text.index("Berlin")) and not t.in_quote(text.index("Kyiv"))
    assert t.low == text.casefold()


def test_table_is_built_once_per_text_and_cannot_be_changed():
    text = "Fans feiern in Köln. Foto: Hans Berg/dpa"
    assert caption_words(text) is caption_words(text)
    masked = text.replace("Köln", "xxxx")     # placevenues reads a masked text as another caption
    assert caption_words(masked) is not caption_words(text) and "köln" not in caption_words(masked).lower
    with pytest.raises(dataclasses.FrozenInstanceError):
        caption_words(text).low = ""


def test_table_words_are_whole_words_lower_cased():
    t = caption_words("Clonmel, Co Tipperary, na de storm in Cologne")
    assert t.has("co") and t.has("na") and t.has("tipperary")
    assert not t.has("col") and not t.has("cologn")     # a part of a word is not a word
    assert not caption_words("Fans in Cologne and Nashville").has("co", "na")


def test_word_before_a_name_read_once_gives_region_feature_or_nothing():
    text = "in de provincie Idlib, in the Strait of Malacca, in Idlib"
    assert named_before(text, text.index("Idlib")) == "region"
    assert named_before(text, text.index("Malacca")) == "feature"
    assert named_before(text, text.rindex("Idlib")) == ""
    assert named_before("Idlib", 0) == ""


@pytest.mark.parametrize("text, place", [
    # taken: the town as before
    ("Kämpfer in Idlib, Syrien. Foto: Omar Haj/AFP", ("Idlib", "SYR")),
    ("Touristen besuchen die Altstadt in Kelheim. Foto: Armin Weigel/dpa", ("Kelheim", "DEU")),
    ("A ferry leaves Stockholm harbour on Friday. Photo: Ada Veen/AFP", ("Stockholm", "SWE")),
    ('"Wir bleiben in Berlin", sagt sie in Potsdam. Foto: Hans Berg/dpa', ("Potsdam", "DEU")),
    # refused: a province, a strait, an estate's locating town, water named after a town
    ("Kämpfer in der Provinz Idlib, Syrien. Foto: Omar Haj/AFP", (None, "SYR")),
    ("Tankers wait in the Strait of Malacca off Singapore. Photo: Ada Veen/Reuters", (None, "SGP")),
    ("Touristen besuchen das Kloster Weltenburg bei Kelheim. Foto: Armin Weigel/dpa", (None, "DEU")),
    ("Fischer am Golf von Biskaya bei Bilbao. Foto: Hans Berg/dpa", (None, None)),
])
def test_places_unchanged_by_the_shared_table(text, place):
    assert _place(text) == place


@pytest.mark.parametrize("text, place", [
    # placeforms runs its patterns only when the slash, "staat"/"state"/"état", "Co" or "na" is there
    ("Ein Fasnachtsumzug zieht durch Biel/Bienne. Foto: Keystone/Gian Ehrenzeller", ("Biel/Bienne", "CHE")),
    ("Ein Zug fährt durch Brienz/Brinzauls. Foto: Keystone/Gian Ehrenzeller", (None, "CHE")),   # not Brienz, Bern; both in Switzerland (country36)
    ("Ein Zug fährt durch Brienz. Foto: Keystone/Gian Ehrenzeller", ("Brienz", "CHE")),
    ("Helfer räumen in Paris im US-Bundesstaat Tennessee auf. Foto: Mark Humphrey/AP/dpa", ("Paris", "USA")),
    ("Helfer räumen in Paris in the state of Tennessee auf. Foto: Mark Humphrey/AP/dpa", ("Paris", "USA")),
    ("Helfer räumen in Paris auf. Foto: Mark Humphrey/AP/dpa", ("Paris", "FRA")),
    # "Co Tipperary" binds the town to Ireland: the US Littleton is refused, the country kept
    ("Floods in Littleton, Co Tipperary, on Friday. Photograph: Ann Reyes/PA", (None, "IRL")),
    ("Floods in Littleton on Friday. Photograph: Ann Reyes/PA", ("Littleton", "USA")),
])
def test_written_forms_behind_their_word_prechecks(text, place):
    assert _place(text) == place


def test_symbolic_marker_behind_its_stem_precheck():
    assert symbolic_marker("Ein Kutter im Hafen von Sassnitz. Foto: Jens Kahl/dpa/Symbolbild") == "Symbolbild"
    assert symbolic_marker("Des pompiers. PHOTO D’ILLUSTRATION Léa Morin / AFP") == "PHOTO D’ILLUSTRATION"
    assert symbolic_marker("a STOCK IMAGE of a ferry") == "STOCK IMAGE"
    # the stem alone is not the word: the pattern still decides
    assert symbolic_marker("A ferry leaves Stockholm; a symbolic gesture; illustrated by Ada") is None
    assert symbolic_marker("Fans feiern in Köln. Foto: Hans Berg/dpa") is None
    r = parse_sheet("Ein Kutter im Hafen von Sassnitz. Foto: Jens Kahl/dpa/Symbolbild", ref_date=REF).captions[0]
    assert r.record.get("cityName") is None and "symbolic" in r.warnings[0]
