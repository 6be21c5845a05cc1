"""Records: what the model accepts, how it normalises, and errors that name the field."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from pydantic import ValidationError

from captionist.cli import main
from captionist.model import CaptionRecord
from captionist.sources import load_records


def test_lang_alt_accepts_string_or_languages_and_puts_default_first():
    r = CaptionRecord.model_validate({"description": {"nl": "Kiev", "en": "Kyiv"}, "title": "Titel"})
    assert list(r.description) == ["x-default", "nl", "en"]
    assert r.description["x-default"] == "Kiev"
    dumped = r.model_dump(mode="json", exclude_none=True)
    assert dumped["title"] == "Titel"  # x-default only: a plain string again


def test_lists_lose_duplicates_keeping_order():
    r = CaptionRecord.model_validate({"keywords": ["oorlog", "Kyiv", "oorlog", "Kyiv", "metro"]})
    assert r.keywords == ["oorlog", "Kyiv", "metro"]


@pytest.mark.parametrize("date", ["2022", "2022-02", "2022-02-24", "2022-02-24T06:30", "2022-02-24T06:30:12",
                                  "2022-02-24T06:30:12.25+02:00", "2022-02-24T06:30Z"])
def test_dates_keep_their_precision(date):
    assert CaptionRecord.model_validate({"dateCreated": date}).dateCreated == date


@pytest.mark.parametrize("bad", ["24-02-2022", "2022-13", "2022-02-30", "2022-02-24T25:00", "gisteren", ""])
def test_bad_dates_are_rejected(bad):
    with pytest.raises(ValidationError):
        CaptionRecord.model_validate({"dateCreated": bad})


def test_control_characters_are_cleaned_and_line_breaks_normalised():
    r = CaptionRecord.model_validate({"headline": "a\x00b\x07c\r\nd\x0be\u2028f"})
    assert r.headline == "abc\nd\ne\nf"


def test_lone_surrogate_is_an_error():
    with pytest.raises(ValidationError, match="surrogate"):
        CaptionRecord.model_validate({"headline": "bad \ud800"})


def test_unknown_fields_and_wrong_types_are_refused():
    with pytest.raises(ValidationError, match="captoin"):
        CaptionRecord.model_validate({"captoin": "typo"})
    with pytest.raises(ValidationError):
        CaptionRecord.model_validate({"creatorNames": "one string, not a list"})
    with pytest.raises(ValidationError):
        CaptionRecord.model_validate({"locationsShown": [{"town": "Kyiv"}]})


def test_source_errors_name_file_line_record_and_field(tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text('{"id": "ok", "headline": "fine"}\n'
                    '{"id": "bad-date", "dateCreated": "24 februari"}\n'
                    'not json\n'
                    '{"id": "bad-struct", "locationsShown": [{"city": 5}]}\n', encoding="utf-8")
    rs = load_records(path)
    assert [r.id for r in rs.records] == ["ok"]
    msgs = [str(e) for e in rs.errors]
    assert msgs[0].startswith(f"{path}:2: record bad-date: field dateCreated:")
    assert msgs[1].startswith(f"{path}:3:") and "not valid JSON" in msgs[1]
    assert "record bad-struct: field locationsShown.0.city" in msgs[2]


def test_validate_reports_every_problem_in_one_run(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([
        {"id": "long", "headline": "x" * 300, "description": "d", "creatorNames": ["A"], "creditLine": "c",
         "copyrightNotice": "c", "dateCreated": "2022"},
        {"id": "thin", "headline": "only a headline"},
        {"id": "broken", "keywords": "not a list"},
    ]), encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(path), "--json"])
    assert res.exit_code == 1
    problems = json.loads(res.output)
    kinds = {(p["record"], p["level"], p["field"]) for p in problems}
    assert ("long", "warning", "headline") in kinds          # over the IIM limit
    assert ("thin", "warning", None) in kinds                # missing essentials
    assert ("broken", "error", "keywords") in kinds          # schema error
