"""A batch's report takes the terminal width once a group (`report.width`, handed to
`outcome_lines`) instead of once a change: the lines must be the ones asking per change gives."""

from __future__ import annotations

from pathlib import Path

from captionist import report
from captionist.outcome import Outcome, Status

# a caption long enough to wrap at 60 columns and not at 120, a keyword list, a language pair
CHANGES = [
    {"field": "description", "blocks": ["xmp", "iim"], "before": None,
     "after": "Fishermen mend their nets on the quay at dawn while gulls circle over the moored boats "
              "and a lorry waits for the first catch of the week."},
    {"field": "keywords", "blocks": ["xmp"], "before": ["harbour"], "after": ["harbour", "fishing", "dawn"]},
    {"field": "headline", "blocks": ["xmp"], "before": {"x-default": "Quay", "de": "Kai"},
     "after": {"x-default": "Quay at dawn", "de": "Kai"}},
]


def outcome() -> Outcome:
    o = Outcome(Path("/photos/harbour-07.jpg"), Status.WRITTEN, record_id="harbour-07")
    o.changes = [dict(c) for c in CHANGES]
    o.warnings = ["the file's EXIF date and the record's date differ by more than a day, which a "
                  "desk may want to check before publishing"]
    return o


def test_width_handed_once_gives_the_lines_asked_per_change(monkeypatch):
    for cols in ("60", "80", "120", "300", "", "junk"):
        monkeypatch.setenv("COLUMNS", cols)
        assert report.outcome_lines(outcome(), width=report.width()) == report.outcome_lines(outcome())


def test_the_width_follows_columns_within_its_bounds(monkeypatch):
    monkeypatch.setenv("COLUMNS", "70")
    narrow = report.outcome_lines(outcome(), width=report.width())
    monkeypatch.setenv("COLUMNS", "120")
    wide = report.outcome_lines(outcome(), width=report.width())
    assert len(narrow) > len(wide)          # the caption wraps at 70 columns, not at 120
    assert all(len(line) <= 70 for line in narrow)
