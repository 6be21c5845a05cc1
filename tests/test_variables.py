"""captionist.variables: dates in `{variables}` get CLDR's month and day names (babel) in the
value's language, the grammatical form the language needs, and a clear error for a directive
the date's precision lacks."""

from __future__ import annotations

import pytest

from captionist.variables import format_date


@pytest.mark.parametrize("lang, fmt, expected", [
    ("nl", "%-d %B %Y", "24 februari 2022"),
    ("en", "%A %-d %B %Y", "Thursday 24 February 2022"),
    ("de", "%A, %d. %B %Y", "Donnerstag, 24. Februar 2022"),
    ("fr", "%A %-d %B %Y", "jeudi 24 février 2022"),
    ("fr", "%-d %b", "24 févr."),
    ("uk", "%-d %B %Y", "24 лютого 2022"),     # genitive beside a day
    ("uk", "%B %Y", "лютий 2022"),              # nominative alone
    ("en-GB", "%d/%m/%y %H:%M", "24/02/22 06:30"),
    ("tlh-xx", "%B", "February"),               # a tag CLDR does not know: English
])
def test_month_and_day_names_in_the_values_language(lang, fmt, expected):
    assert format_date("2022-02-24T06:30:00+02:00", fmt, lang) == expected


def test_a_directive_the_precision_lacks_is_an_error_naming_it():
    assert format_date("2022-02", "%B %Y", "nl") == "februari 2022"
    with pytest.raises(ValueError, match=r"%d needs a day but the date is '2022-02'"):
        format_date("2022-02", "%d %B", "en")
    with pytest.raises(ValueError, match="unknown date directive %Q"):
        format_date("2022-02-24", "%Q", "en")
    assert format_date("2022-02-24", None, "en") == "2022-02-24"
