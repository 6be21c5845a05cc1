"""Each bad record of issue 11 (item 6) gets a clear error naming file, line/record, field and
what is wrong, from `validate` and from `embed`, never a traceback; the image is untouched."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, make_jpeg


def _cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.run([sys.executable, "-m", "captionist.cli", *args], capture_output=True, text=True, env=env)


def _json(records) -> str:
    return json.dumps(records, ensure_ascii=False)


CASES = {
    "deep.json": ("[" * 5000 + "]" * 5000,
                  "deep.json: not valid records: JSON nested too deeply"),
    "nan.json": ('[{"id": "photo", "headline": "x", "locationCreated": [{"gpsLatitude": NaN, "gpsLongitude": 10}]}]',
                 "nan.json [record 1]: record photo: field locationCreated.0.gpsLatitude: Input should be a finite number"),
    "inf.json": ('[{"id": "photo", "headline": "x", "locationCreated": [{"gpsLatitude": 1, "gpsLongitude": -Infinity}]}]',
                 "inf.json [record 1]: record photo: field locationCreated.0.gpsLongitude: Input should be a finite number"),
    "lat.json": (_json([{"id": "photo", "headline": "x", "locationCreated": [{"gpsLatitude": 999, "gpsLongitude": 10}]}]),
                 "lat.json [record 1]: record photo: field locationCreated.0.gpsLatitude: "
                 "Input should be less than or equal to 90"),
    "quote.csv": ('id,headline\nphoto,"Stray quote\nother,Second\nthird,Third\n',
                  "quote.csv:4: not valid CSV: unexpected end of data (a quote opened on line 2 or after is never closed)"),
    "swallow.csv": ('id,headline,description\nphoto,"Stray,x\nb,Second,y\nc,Third,z\nd",Fourth,w\n',
                    'swallow.csv:2: record photo: a quoted cell from line 2 to line 5 swallows 2 line(s) that look like '
                    'rows: a stray " opens it; close or remove the quote'),
    "colon.json": (_json([{"id": "photo", "headline": "x", "xmp:foo": "bar"}, {"id": "b", "headline": "y"}]),
                   "colon.json [record 1]: record photo: field xmp:foo: Extra inputs are not permitted"),
    "long.json": (_json([{"id": "photo", "description": "x" * 70000}]),
                  "long.json [record 1]: record photo: field description: 70,000 bytes of text (70,000 in the record): "
                  "more than the XMP of a JPEG holds (65,502 bytes, XMP spec part 3, 1.1.3.1); shorten it"),
    "nul.json": (_json([{"id": "photo", "headline": "bad\x00nul"}]),
                 "nul.json [record 1]: record photo: field headline: contains a control character (U+0000 NUL) at "
                 "character 4; XMP cannot hold it: remove it"),
    "bell.jsonl": (_json({"id": "photo", "keywords": ["ok", "ring\x07"]}) + "\n",
                   "bell.jsonl:1: record photo: field keywords.1: contains a control character (U+0007 control "
                   "character) at character 5; XMP cannot hold it: remove it"),
}


@pytest.mark.integration   # runs the CLI, once per case
@pytest.mark.parametrize("name", sorted(CASES))
def test_validate_and_embed_name_the_problem(name, tmp_path):
    text, message = CASES[name]
    records = tmp_path / name
    records.write_text(text, encoding="utf-8")
    res = _cli("validate", str(records))
    assert res.returncode == 1
    assert "Traceback" not in res.stdout + res.stderr
    assert f"error: {tmp_path}/{message}" in res.stdout, res.stdout + res.stderr
    image = make_jpeg(tmp_path / "photo.jpg")
    before = image.read_bytes()
    res = _cli("embed", str(image), "--records", str(records))
    assert res.returncode == 1
    assert "Traceback" not in res.stdout + res.stderr
    assert f"{tmp_path}/{message}" in res.stderr, res.stderr
    assert image.read_bytes() == before     # nothing written from a bad record


def test_a_good_record_beside_a_colon_key_still_loads(tmp_path):
    records = tmp_path / "colon.json"
    records.write_text(CASES["colon.json"][0])
    res = _cli("validate", str(records), "--json")
    errors = [p for p in json.loads(res.stdout) if p["level"] == "error"]
    assert [(e["record"], e["field"]) for e in errors] == [("photo", "xmp:foo")]
