"""`captionist.plainrecord` (records of plain values checked without the pydantic model, issue
14) against the model itself: over every record file in tests/ and samples/, the bad-record
cases of test_bad_records.py and test_model.py, and generated records, loading with the fast
path and loading through the model alone give identical records (JSON form in the model's
order, python-mode fields, duplicate notes) or identical errors (file, record, field and
message); the CLI prints the same bytes; and the comparison fails when the fast path is broken
on purpose."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, make_jpeg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples
from test_bad_records import CASES as BAD_CASES

from captionist import plainrecord, templates
from captionist.cli import main
from captionist.model import RECORD_KEYS, CaptionRecord
from captionist.plainrecord import MATCH_KEYS, PlainRecord
from captionist.recordmodel import MatchRule
from captionist.sources.loader import EXTENSIONS, load_records
from captionist.sources.recordset import check_record
from captionist.standard import PROPS, Kind

RECORD_FILES = sorted(p for p in [*ROOT.glob("tests/**/*"), *ROOT.glob("samples/**/*")]
                      if p.is_file() and p.suffix in EXTENSIONS and p.suffix != ".txt" and "__pycache__" not in p.parts)


def _model_only(monkeypatch):
    """The reference: every record goes to the model (the fast path decides nothing)."""
    monkeypatch.setattr(plainrecord, "plain", lambda data, strict=True: None)


def _form(rec) -> str | None:
    """Everything the pipeline reads of a record, as one comparable text."""
    if rec is None:
        return None
    fields = {k: getattr(rec, k) for k in RECORD_KEYS if k != "match"}
    fields = {k: (dict(v) if isinstance(v, dict) else v) for k, v in fields.items()}
    rule = None if rec.match is None else {k: getattr(rec.match, k) for k in MATCH_KEYS}
    return json.dumps({"json": rec.model_dump(mode="json", exclude_none=True), "to_json": rec.to_json_dict(),
                       "fields": fields, "values": rec.values(), "match": rule,
                       "notes": rec.duplicate_notes}, default=repr, ensure_ascii=False)


def _errors(errors) -> list[tuple]:
    return [(str(e), getattr(e, "field", None), getattr(e, "record_id", None)) for e in errors]


def _check(data, strict: bool):
    rec, errors = check_record(data, "where.json [record 1]", line=3, strict=strict)
    return _form(rec), _errors(errors), type(rec).__name__


def _both(monkeypatch, fn):
    fast = fn()
    with monkeypatch.context() as m:
        _model_only(m)
        slow = fn()
    return fast, slow


def _dicts(value):
    """Every dict in a parsed JSON document (records, and things that are not records)."""
    if isinstance(value, dict):
        yield value
    elif isinstance(value, list):
        for v in value:
            yield from _dicts(v)


def _records_in_files() -> list[dict]:
    out = []
    for p in RECORD_FILES:
        if p.suffix == ".json":
            try:
                out += list(_dicts(json.loads(p.read_text(encoding="utf-8-sig"))))
            except (ValueError, UnicodeDecodeError, RecursionError):
                pass
        elif p.suffix in (".jsonl", ".ndjson"):
            for line in p.read_text(encoding="utf-8", errors="replace").splitlines():
                try:
                    out += list(_dicts(json.loads(line)))
                except ValueError:
                    pass
    return out


# The record cases of tests/test_model.py, as data
MODEL_CASES = [
    {"description": {"nl": "Kiev", "en": "Kyiv"}, "title": "Titel"},
    {"keywords": ["oorlog", "Kyiv", "oorlog", "Kyiv", "metro"]},
    *({"dateCreated": d} for d in ["2022", "2022-02", "2022-02-24", "2022-02-24T06:30", "2022-02-24T06:30:12",
                                   "2022-02-24T06:30:12.25+02:00", "2022-02-24T06:30Z"]),
    *({"dateCreated": d} for d in ["24-02-2022", "2022-13", "2022-02-30", "2022-02-24T25:00", "gisteren", ""]),
    {"headline": "a\x00b\x07c\r\nd\x0be\u2028f"},
    {"headline": "bad \ud800"},
    {"captoin": "typo"}, {"creatorNames": "one string, not a list"}, {"locationsShown": [{"town": "Kyiv"}]},
    {"id": "ok", "headline": "fine"}, {"id": "bad-date", "dateCreated": "24 februari"},
    {"id": "bad-struct", "locationsShown": [{"city": 5}]},
    {"id": "long", "headline": "x" * 300, "description": "d", "creatorNames": ["A"], "creditLine": "c",
     "copyrightNotice": "c", "dateCreated": "2022"},
    {"id": "thin", "headline": "only a headline"}, {"id": "broken", "keywords": "not a list"},
]
# Awkward plain records: what the fast path must take exactly as the model does, or leave to it
EDGE_CASES = [
    {}, {"id": ""}, {"id": "a/b"}, {"id": "a\\b"}, {"id": "x" * 255}, {"id": "x" * 256}, {"id": "tab\there"},
    {"id": "Київ-0412", "headline": "Київ"}, {"id": 5}, {"id": None, "headline": "x"}, {"id": "é\u0301"},
    {"extends": "desk"}, {"extends": 3}, {"extends": ""}, {"headline": None}, {"match": None, "headline": "x"},
    {"match": {"file": "*.jpg"}}, {"policy": {"headline": "append", "*": "fill-empty"}},
    {"policy": {"headline": "bogus"}}, {"policy": {"nofield": "append"}}, {"policy": {}}, {"policy": "replace"},
    {"policy": {"headline": "APPEND"}}, {"description": {}}, {"description": {"x-default": "a", "nl": "b"}},
    {"description": {"nl": "b", "x-default": "a"}}, {"description": {"not a tag": "x"}}, {"description": {"nl": 5}},
    {"description": ["x"]}, {"keywords": []}, {"keywords": ["a", "a\r\n", "a\n"]}, {"keywords": ["a", 1]},
    {"keywords": "a"}, {"maxAvailWidth": 5}, {"maxAvailWidth": True}, {"maxAvailWidth": 2 ** 70},
    {"maxAvailWidth": -3}, {"maxAvailWidth": 5.0}, {"maxAvailWidth": "5"}, {"modelAges": [3, 3, 4]},
    {"modelAges": [True]}, {"modelAges": [2 ** 64]}, {"imageRating": 2.5}, {"imageRating": 3},
    {"imageRating": float("nan")}, {"imageRating": float("inf")}, {"imageRating": "2.5"}, {"dateCreated": "２０２２"},
    {"dateCreated": "2022-02-24T06:30:12+25:00"}, {"dateCreated": 2022}, {"headline": "line\u2028break\x85"},
    {"headline": 5}, {"headline": ["x"]}, {"headline": "x", 5: "int key"}, {"creatorContactInfo": {"ciAdrCity": "x"}},
    {"_note": "annotation", "headline": "x"},
    # match rules: names and identifiers are decided here, a time window (and anything odd) by the model
    {"id": "m", "match": {"file": ["a.jpg", "DSC_*.JPG"], "jobid": " J-1 ", "position": 3}},
    {"match": {"supplierImageId": "s", "digitalImageGuid": "g", "documentId": "xmp.did:1", "file": None}},
    {"match": {}}, {"match": {"file": []}}, {"match": {"file": ""}}, {"match": {"file": "Київ.jpg"}},
    {"match": {"position": 0}}, {"match": {"position": True}}, {"match": {"position": 2 ** 64}},
    {"match": {"position": "3"}}, {"match": {"position": 3.0}}, {"match": {"file": ["a", 1]}},
    {"match": {"file": ("a",)}}, {"match": {"jobid": ["a"]}}, {"match": {"jobid": "bad \ud800"}},
    {"match": {"file": "x", "bogus": 1}}, {"match": {"takenBetween": ["2022-02-24T06:00", "2022-02-24T07:00"]}},
    {"match": {"cameraSerial": "123"}}, {"match": "a.jpg"}, {"match": ["a.jpg"]},
]


def test_the_fixtures_are_there():
    assert len(RECORD_FILES) >= 10 and any(p.suffix == ".csv" for p in RECORD_FILES)
    assert len(_records_in_files()) >= 50
    assert tuple(CaptionRecord.model_fields) == RECORD_KEYS      # the light model's order is the model's
    assert tuple(MatchRule.model_fields) == MATCH_KEYS


@pytest.mark.parametrize("strict", [True, False])
def test_every_test_record_model_case_and_edge_case_gives_the_models_record_or_errors(monkeypatch, strict):
    cases = [*_records_in_files(), *MODEL_CASES, *EDGE_CASES]
    decided = 0
    for data in cases:
        fast, slow = _both(monkeypatch, lambda: _check(data, strict))
        assert fast[:2] == slow[:2], data
        decided += fast[2] == "PlainRecord"
    assert decided >= 30   # the fast path is really taken (the plain test records)


@pytest.mark.parametrize("path", RECORD_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_record_file_loads_the_same(monkeypatch, path):
    def load():
        try:
            rs = load_records(path)
        except Exception as e:   # noqa: BLE001 - a file that fails as a whole must fail alike
            return repr(e)
        ready = templates.prepare(rs)
        return ([_form(r) for r in rs.records], _errors(rs.errors), rs.warnings,
                [_form(r) for r in ready.records], _errors(ready.errors))
    fast, slow = _both(monkeypatch, load)
    assert fast == slow


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_the_bad_record_cases_give_the_same_errors(monkeypatch, name, tmp_path):
    path = tmp_path / name
    path.write_text(BAD_CASES[name][0], encoding="utf-8")

    def load():
        try:
            rs = load_records(path)
        except Exception as e:   # noqa: BLE001
            return str(e)
        return [_form(r) for r in rs.records], _errors(rs.errors)
    fast, slow = _both(monkeypatch, load)
    assert fast == slow
    assert BAD_CASES[name][1].split(": ", 1)[1][:40] in json.dumps(fast, ensure_ascii=False)


def test_templates_codes_and_variables_give_the_models_records(monkeypatch, tmp_path):
    (tmp_path / "t.json").write_text(json.dumps([{"id": "desk", "creditLine": "Desk", "keywords": ["a"],
                                                  "policy": {"keywords": "union"}},
                                                 {"id": "geo", "extends": "desk", "city": "Kyiv"}]))
    (tmp_path / "r.json").write_text(json.dumps([
        {"id": "one", "extends": "geo", "headline": "{stem} #afp", "keywords": ["b", "a", "b"]},
        {"id": "two", "extends": "nope"}, {"id": "three", "extends": "desk", "dateCreated": "2022-02-24",
                                           "description": {"uk": "Київ {filename}"}}]))
    (tmp_path / "c.json").write_text(json.dumps({"#afp": "AFP"}))
    photo = make_jpeg(tmp_path / "one.jpg")

    def load():
        from captionist import reader
        from captionist.sources.store import load_library
        rs = load_library(tmp_path / "r.json", templates=tmp_path / "t.json", codes=tmp_path / "c.json")
        snap = reader.load(photo)
        expanded = [templates.expand_variables(r, snap) for r in rs.records]
        return [_form(r) for r in rs.records], _errors(rs.errors), [_form(r) for r in expanded]
    fast, slow = _both(monkeypatch, load)
    assert fast == slow
    assert "one.jpg" in json.dumps(fast, ensure_ascii=False)


@pytest.mark.parametrize("args", [["validate", "--json"], ["embed", "--dry-run", "--json", "--no-journal"]])
def test_the_cli_prints_the_same_bytes(monkeypatch, tmp_path, args):
    records = tmp_path / "r.json"
    records.write_text(json.dumps([*MODEL_CASES, *(dict(r, id=f"r{i}") for i, r in enumerate(EDGE_CASES[:30]))],
                                  default=str), encoding="utf-8")
    photos = [make_jpeg(tmp_path / name) for name in ("ok.jpg", "thin.jpg", "r12.jpg")]

    def run():
        extra = [str(records)] if args[0] == "validate" else [*map(str, photos), "--records", str(records)]
        r = CliRunner().invoke(main, [args[0], *extra, *args[1:]])
        # the time each file took is the only thing that may differ
        return r.exit_code, *(re.sub(rb'"seconds": [0-9.e-]+', b"", out) for out in (r.stdout_bytes, r.stderr_bytes))
    fast, slow = _both(monkeypatch, run)
    assert fast == slow
    assert fast[1]


def test_a_plain_record_pickles_and_compares_like_the_models():
    import pickle
    data = {"id": "a", "headline": "x", "keywords": ["k", "k"], "policy": {"keywords": "union"}}
    rec = plainrecord.plain(data)
    assert isinstance(rec, PlainRecord)
    rec._variables = True
    back = pickle.loads(pickle.dumps(rec))
    assert _form(back) == _form(rec) and back._variables and back == CaptionRecord.model_validate(data)
    # what it does not answer itself, the model built from the same data answers
    assert rec.model_dump() == CaptionRecord.model_validate(data).model_dump()
    assert rec.model_dump_json() == CaptionRecord.model_validate(data).model_dump_json()
    assert rec.model()._variables is True
    # as it crosses to an API worker process (captionist.isolation): the model's record, notes included
    from captionist import isolation
    other = isolation.unpack(isolation.pack(rec))
    assert isinstance(other, CaptionRecord) and _form(other) == _form(rec) and other._variables is True


# --------------------------------------------------------------------------- generated records

_TEXT = st.text(alphabet=st.sampled_from(list("aé Київ\t\n\r\x00\x07\x0b\x85\u2028/\\-_.:{}") + ["\ud800"]),
                max_size=8)
_VALUES = st.one_of(
    st.none(), _TEXT, st.booleans(), st.integers(min_value=-(2 ** 65), max_value=2 ** 65),
    st.floats(allow_nan=True, allow_infinity=True), st.lists(_TEXT, max_size=4),
    st.lists(st.integers(min_value=-3, max_value=3), max_size=4),
    st.dictionaries(st.sampled_from(["x-default", "nl", "en-GB", "bad tag", "uk"]), _TEXT, max_size=3),
    st.sampled_from(["2022", "2022-02-24", "2022-02-30", "2022-02-24T06:30:12.25+02:00", "2022-13", "１９９９"]),
    st.sampled_from([{"headline": "append"}, {"*": "union"}, {"bogus": "replace"}, {"keywords": "nope"}]),
    st.fixed_dictionaries({"city": _TEXT}),
    st.dictionaries(st.sampled_from(["file", "jobid", "position", "documentId", "creator"]),
                    st.one_of(_TEXT, st.lists(_TEXT, max_size=2), st.integers(-1, 3), st.booleans(), st.none()),
                    max_size=3),
)
_KEYS = st.sampled_from(["id", "extends", "policy", "match", "unknown", "_note",
                         *(next(p.id for p in PROPS if p.kind is k) for k in Kind)])


@settings(max_examples=examples(400, 5000), suppress_health_check=list(HealthCheck))
@given(st.dictionaries(_KEYS, _VALUES, max_size=6), st.booleans())
def test_generated_records_give_the_models_record_or_errors(data, strict):
    fast = _check(data, strict)
    saved = plainrecord.plain
    plainrecord.plain = lambda d, strict=True: None     # the model alone (restored below)
    try:
        slow = _check(data, strict)
    finally:
        plainrecord.plain = saved
    assert fast[:2] == slow[:2]


# --------------------------------------------------------------------------- the test can fail

@pytest.mark.parametrize("breakage", ["id", "dedupe", "langalt", "dates", "types", "match"])
def test_a_fast_path_broken_on_purpose_is_caught(monkeypatch, breakage):
    from captionist import canon

    with monkeypatch.context() as m:
        if breakage == "id":
            m.setattr(plainrecord, "_ID", re.compile(r".*", re.S))
        elif breakage == "dedupe":
            m.setattr(canon, "_unique", lambda items, key=None: list(items))
        elif breakage == "langalt":
            m.setattr(canon, "lang_alt_out", lambda v: v)
        elif breakage == "dates":
            m.setattr(canon, "_ISO", re.compile(r".*"))
            m.setattr(canon.dates, "parse", lambda v: type("D", (), {"iso": lambda s: v})())
        elif breakage == "match":      # a rule's identifiers taken whatever their type
            m.setattr(plainrecord, "_text", lambda v: True)
        else:
            m.setattr(plainrecord, "_PLAIN", frozenset(Kind))
            m.setattr(canon, "value", lambda pid, v: v)
        found = []
        # (a broken dates.parse breaks the model's own takenBetween check too: no rules then)
        for data in [d for d in [*MODEL_CASES, *EDGE_CASES] if breakage != "dates" or "match" not in d]:
            fast = _check(data, True)
            with monkeypatch.context() as m2:
                _model_only(m2)
                slow = _check(data, True)
            if fast[:2] != slow[:2]:
                found.append(data)
    assert found, breakage
