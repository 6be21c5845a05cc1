"""The command line for records: `match`, `embed --json` report, `validate`, help texts."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner

from captionist.cli import main

from conftest import CORPUS, exiftool, make_jpeg

DATA = Path(__file__).parent / "data"
REF21 = CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg"


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_match_prints_decisions_and_writes_nothing(tmp_path):
    a = make_jpeg(tmp_path / "kyiv-001.jpg")
    b = make_jpeg(tmp_path / "DSC_0042.jpg", seed=2)
    before = a.read_bytes(), b.read_bytes()
    r = cli("match", a, b, tmp_path / "nothing.jpg", "--records", DATA / "records.json", "--json")
    assert r.exit_code == 1   # one file does not exist
    lines = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(x["file"].split("/")[-1], x["status"]) for x in lines] == [
        ("kyiv-001.jpg", "matched"), ("DSC_0042.jpg", "matched"), ("nothing.jpg", "failed")]
    assert lines[1]["record"] == "kyiv-002" and lines[1]["candidates"][0]["reasons"] == ["file name matches 'DSC_00*.jpg'"]
    assert (a.read_bytes(), b.read_bytes()) == before
    r = cli("match", a, "--records", DATA / "records.json")
    assert r.exit_code == 0 and "matched, strong -> kyiv-001" in r.stdout and "+ file stem equals" in r.stdout


def test_embed_json_report_and_run_summary(tmp_path):
    wire = tmp_path / "ams-003.jpg"
    shutil.copyfile(REF21, wire)                      # ams-003 wants Job Id JOB-77: contradicted
    ams = make_jpeg(tmp_path / "ams-001.jpg")
    stray = make_jpeg(tmp_path / "stray.jpg", seed=3)
    r = cli("embed", ams, wire, stray, "--records", DATA / "records.csv", "--json", "--no-fsync")
    assert r.exit_code == 1
    files = [json.loads(x) for x in r.stdout.splitlines()]
    assert len(files) == 3                                           # one object per file on stdout
    (summary,) = [json.loads(x) for x in r.stderr.splitlines() if x.startswith('{"summary"')]
    by = {Path(f["file"]).name: f for f in files}
    a = by["ams-001.jpg"]
    assert (a["status"], a["record"], a["grade"]) == ("written", "ams-001", "strong")
    changed = {c["field"]: c for c in a["changes"]}
    assert changed["headline"]["before"] is None and changed["headline"]["after"] == "Dam Square"
    assert changed["creatorNames"]["blocks"] == ["xmp", "iim", "exif"]
    assert by["ams-003.jpg"]["status"] == "unmatched"
    cands = {c["record"]: c for c in by["ams-003.jpg"]["match"]["candidates"]}
    assert "Job Id in the file is 'Job Id (ref2021.1)', record wants 'JOB-77'" in cands["ams-003"]["misses"]
    assert "similar to record id 'ams-001'" in by["ams-003.jpg"]["error"]       # the near miss
    s = summary["summary"]
    assert s["counts"] == {"written": 1, "unmatched": 2}
    assert sorted(Path(p).name for p in s["unmatched_files"]) == ["ams-003.jpg", "stray.jpg"]
    assert s["unused_records"] == ["ams-003"] and s["record_errors"] == 1
    assert "record ams-002: field maxAvailWidth" in r.stderr       # the bad row, by line
    assert exiftool(ams)["XMP-dc:Description-nl"] == "Menigte op de Dam"
    # the human report says the same
    r = cli("embed", ams, stray, "--records", DATA / "records.csv", "--no-fsync")
    assert f"{ams}: unchanged (record ams-001, strong match)" in r.stdout
    assert f"matched no record: {stray}" in r.stderr
    assert "1 record(s) matched no file in this run: ams-003" in r.stderr


def test_embed_with_templates_codes_and_exiftool_csv(tmp_path):
    f = make_jpeg(tmp_path / "EXT-001.jpg")
    r = cli("embed", f, "--records", DATA / "exiftool.csv", "--no-fsync")
    assert r.exit_code == 1 and "written (record EXT-001, strong match)" in r.stdout   # EXT-002's bad date: exit 1
    et = exiftool(f)
    assert et["IPTC:Caption-Abstract"] == "Protest in The Hague" and et["XMP-dc:Description-nl"] == "Protest in Den Haag"
    recs = tmp_path / "r.jsonl"
    recs.write_text('{"id": "EXT-001", "extends": "jan", "description": "Protest. #afp", "policy": {"description": "append"}}\n')
    r = cli("embed", f, "--records", recs, "--templates", DATA / "templates.json", "--codes", DATA / "codes.tsv",
            "--no-fsync")
    assert r.exit_code == 0, r.output
    et = exiftool(f)
    assert et["XMP-dc:Description"] == "Protest in The Hague Protest. AFP via Getty Images"
    assert et["XMP-photoshop:Credit"] == "ANP"


def test_validate_reports_every_problem_in_one_run():
    r = cli("validate", DATA / "records.csv", DATA / "records.jsonl", DATA / "records-excel.csv", DATA / "exiftool.json",
            "--json")
    assert r.exit_code == 1
    problems = json.loads(r.stdout)
    errors = {(Path(p["where"].split(":")[0].split(" [")[0]).name, p["record"], p["field"])
              for p in problems if p["level"] == "error"}
    assert errors == {("records.csv", "ams-002", "maxAvailWidth"), ("records.jsonl", "lviv-002", "maxAvailWidth"),
                      ("records-excel.csv", "rot-002", "dateCreated"), ("exiftool.json", "EXT-102", "modelAges.0")}
    assert any(p["level"] == "warning" and "missing essentials" in p["message"] for p in problems)


def test_validate_checks_templates_codes_and_variables(tmp_path):
    f = tmp_path / "r.json"
    f.write_text(json.dumps([{"id": "a", "extends": "nobody"}, {"id": "b", "creditLine": "#nope"},
                             {"id": "c", "headline": "{nosuch}"}, {"id": "d", "extends": "jan", "headline": "ok {city}"}]))
    r = cli("validate", f, "--templates", DATA / "templates.json", "--codes", DATA / "codes.tsv", "--json")
    problems = [p for p in json.loads(r.stdout) if p["level"] == "error"]
    assert {(p["record"], p["field"]) for p in problems} == {("a", "extends"), ("b", "creditLine"), ("c", "headline")}


def test_help_states_the_default_policy():
    r = cli("embed", "--help")
    assert "default: replace" in " ".join(r.stdout.split())
    assert "fill-empty keeps what the wire put there" in " ".join(r.stdout.split())
    assert "--templates" in r.stdout and "--codes" in r.stdout and "--format" in r.stdout
    assert "match" in cli("--help").stdout
