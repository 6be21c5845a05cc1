"""The change report a photo editor reads (`captionist.report`): values in full, languages
named and marked, a summary that counts, progress lines for long runs in logs."""

from __future__ import annotations

import io
import json

from click.testing import CliRunner

from captionist import report
from captionist.cli import main

from conftest import exiftool, make_jpeg

LONG_NL = ("Reddingswerkers zoeken in het puin van een ingestorte woning in de Turkse stad Antakya "
           "naar overlevenden, twee dagen na de aardbeving die het zuiden van het land en het "
           "noorden van Syrië trof. Buren wijzen aan waar de familie sliep toen het gebouw instortte; "
           "een graafmachine staat stil terwijl de ploeg luistert naar geluiden onder het beton.")


def cli(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_report_shows_every_language_in_full_and_what_goes(tmp_path, monkeypatch):
    f = make_jpeg(tmp_path / "antakya-01.jpg")
    first = tmp_path / "first.json"
    first.write_text(json.dumps([{"id": "antakya-01", "description": {"en": "Rescuers search the rubble.",
                                                                      "de": "Retter suchen in den Trümmern."}}]))
    assert cli("embed", f, "--records", first, "--no-fsync").exit_code == 0
    second = tmp_path / "second.json"
    second.write_text(json.dumps([{"id": "antakya-01", "description": {"nl": LONG_NL}}]))
    # the file named as an editor in its folder would (the header line carries the path as
    # given, which no report can wrap; pytest's temp folders differ in length between runs)
    monkeypatch.chdir(tmp_path)
    r = cli("embed", f.name, "--records", second, "--dry-run")
    assert r.exit_code == 0, r.output
    out = " ".join(r.stdout.split())            # wrapped lines joined back
    assert LONG_NL in out                         # never cut, whatever its length
    assert "nl added:" in r.stdout
    # replace with named languages replaces those (and x-default) and keeps the file's others
    # (README "Merge policy"); a record with one text replaces every language
    assert "de kept: Retter suchen in den Trümmern." in out
    assert "en kept: Rescuers search the rubble." in out
    assert "the file's en, de text is kept" in out
    assert "[XMP, IIM, EXIF]" in r.stdout
    assert max(len(line) for line in r.stdout.splitlines()) <= 120
    assert "fields would change: description (1)" in r.stderr and "dry run: nothing was written" in r.stderr
    # the dry run wrote nothing: the file still has what the first run wrote
    assert exiftool(f)["XMP-dc:Description-de"] == "Retter suchen in den Trümmern."
    second.write_text(json.dumps([{"id": "antakya-01", "description": LONG_NL}]))
    r = cli("embed", f, "--records", second, "--dry-run")
    out = " ".join(r.stdout.split())
    assert "the file's en, de text is removed" in out


def test_union_that_adds_a_language_shows_both_sides_by_name(tmp_path):
    f = make_jpeg(tmp_path / "kyiv-07.jpg")
    rec = tmp_path / "r.json"
    rec.write_text(json.dumps([{"id": "kyiv-07", "headline": "Sirenes boven Kyiv",
                                "keywords": ["oorlog", "Kyiv"], "title": {"nl": "Sirenes"}}]))
    assert cli("embed", f, "--records", rec, "--no-fsync").exit_code == 0
    rec.write_text(json.dumps([{"id": "kyiv-07", "title": {"nl": "Sirenes", "en": "Sirens"},
                                "keywords": ["Kyiv", "luchtalarm"], "policy": {"keywords": "union"}}]))
    r = cli("embed", f, "--records", rec, "--no-fsync")
    assert r.exit_code == 0, r.output
    assert "nl kept: Sirenes" in r.stdout and "en added: Sirens" in r.stdout
    assert "added: luchtalarm" in r.stdout and "kept: oorlog; Kyiv" in r.stdout
    et = exiftool(f)
    assert et["XMP-dc:Title-en"] == "Sirens" and et["XMP-dc:Subject"] == ["oorlog", "Kyiv", "luchtalarm"]


def test_summary_counts_unused_records_instead_of_listing_them_all():
    class RS:
        records, errors, origins = [], [], {}
    s = {"files": 3, "counts": {"written": 2, "unmatched": 1}, "dry_run": False,
         "fields_changed": {"headline": 2}, "unmatched_files": ["x.jpg"], "review_files": [],
         "failed_files": [], "unused_records": [f"rec-{i}" for i in range(40)], "record_errors": 0}
    lines = report.summary_lines(s)
    assert lines[0] == "3 file(s): 1 unmatched, 2 written"
    assert "matched no record: x.jpg" in lines
    assert lines[-1] == ("40 record(s) matched no file in this run: rec-0, rec-1, rec-2, rec-3, rec-4 "
                         "and 35 more (--json lists them all)")


def test_progress_writes_plain_lines_to_a_log_while_the_run_goes_on():
    log = io.StringIO()                           # not a terminal: a log file or a journal
    p = report.Progress(30, stream=log, every=0.0)
    for i, _ in enumerate(p.track(range(30))):
        p.update("written" if i % 3 else "unmatched")
    lines = log.getvalue().splitlines()
    assert len(lines) >= 30 and "\r" not in log.getvalue()
    assert lines[0].startswith("captioning: 1/30 files (1 unmatched)")
    assert lines[-1].startswith("captioning: 30/30 files (10 unmatched, 20 written)") and "files/s" in lines[-1]
    quiet = io.StringIO()
    q = report.Progress(5, stream=quiet, every=0.0)  # short runs print no progress at all
    for _ in q.track(range(5)):
        q.update("written")
    assert quiet.getvalue() == ""
