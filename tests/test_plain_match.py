"""Records with a `match` rule of names and identifiers, checked without the pydantic model
(`captionist.plainrecord`, issue 14: a batch's records nearly always carry one, and building
the model cost ~170 ms of CPU before the workers could start): a one-file `embed` with such a
record loads no pydantic and writes what ExifTool reads back; the matcher grades plain and
model records alike, file by file (names, globs, Job Id, position); a rule with a time window
still goes through the model."""

from __future__ import annotations

import json
import subprocess

from conftest import CORPUS, make_jpeg
from test_startup_embed import NOT_FOR_PLAIN_EMBED, _headline, _run

from captionist import matching, plainrecord, reader
from captionist.model import CaptionRecord
from captionist.plainrecord import PlainMatch, PlainRecord

RECORDS = [
    {"id": "by-glob", "match": {"file": "AMS-04*.jpg"}, "headline": "Glob"},
    {"id": "by-names", "match": {"file": ["Київ-1.jpg", "other.JPG"]}, "headline": "Names"},
    {"id": "by-job", "match": {"jobid": " JOB-77 "}, "headline": "Job"},
    {"id": "by-position", "match": {"position": 2, "documentId": "xmp.did:none"}, "headline": "Position"},
    {"id": "AMS-0412", "match": {}, "headline": "Stem"},
]


def _photos(tmp_path):
    names = ["AMS-0412.jpg", "AMS-0499.jpg", "Київ-1.jpg", "job.jpg", "second.jpg", "none.jpg"]
    photos = [make_jpeg(tmp_path / n, seed=i) for i, n in enumerate(names)]
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-IPTC:OriginalTransmissionReference=JOB-77",
                    str(tmp_path / "job.jpg")], check=True)
    return photos


def test_match_rules_of_names_and_identifiers_are_plain_and_grade_as_the_models(tmp_path):
    plain = [plainrecord.plain(r) for r in RECORDS]
    model = [CaptionRecord.model_validate(r, strict=True) for r in RECORDS]
    assert all(isinstance(r, PlainRecord) and isinstance(r.match, PlainMatch) for r in plain)
    for p, m in zip(plain, model):
        assert p == m and p.model_dump(mode="json", exclude_none=True) == m.model_dump(mode="json", exclude_none=True)
        assert {k: getattr(p.match, k) for k in plainrecord.MATCH_KEYS} == m.match.model_dump()
    decided = []
    for i, photo in enumerate(_photos(tmp_path), 1):
        snap = reader.load(photo)
        a = matching.decide(snap, plain, position=i, batch_size=6).to_dict()
        b = matching.decide(snap, model, position=i, batch_size=6).to_dict()
        assert a == b, photo.name
        decided.append((photo.name, a["status"], a["record"]))
    # the rules really decided something (not only "unmatched" on both sides)
    assert ("job.jpg", "matched", "by-job") in decided and ("Київ-1.jpg", "matched", "by-names") in decided
    assert ("AMS-0499.jpg", "matched", "by-glob") in decided


def test_a_time_window_or_an_odd_value_goes_to_the_model():
    assert plainrecord.plain({"match": {"takenBetween": ["2022-02-24T06:00", "2022-02-24T07:00"]}}) is None
    assert plainrecord.plain({"match": {"position": True}}) is None
    assert plainrecord.plain({"match": {"file": ["a.jpg", 3]}}) is None
    assert plainrecord.plain({"match": {"file": "a.jpg", "unknown": "x"}}) is None


def test_one_file_embed_with_a_match_rule_loads_no_pydantic_and_writes(tmp_path):
    photo = tmp_path / "AMS-0412.jpg"     # no GPS: the places lookup is another story
    photo.write_bytes((CORPUS / "formats" / "IPTC.jpg").read_bytes())
    records = tmp_path / "r.json"
    records.write_text(json.dumps([{"id": "desk-1", "match": {"file": "AMS-*.jpg"}, "headline": "Київ"}],
                                  ensure_ascii=False), encoding="utf-8")
    res, mods = _run("embed", str(photo), "--records", str(records), "--no-journal")
    assert res.returncode == 0, res.stderr
    assert "captionist.plainrecord" in mods
    assert not NOT_FOR_PLAIN_EMBED & mods, NOT_FOR_PLAIN_EMBED & mods
    assert _headline(photo) == ("Київ", "Київ")
