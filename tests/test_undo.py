"""`captionist embed` runs are journaled, and `captionist undo` restores them and daemon runs,
WebP included (issue 10, item 10). Values are read back with ExifTool."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from click.testing import CliRunner
from conftest import SAMPLES, exiftool, image_data_hash

from captionist.cli import main
from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed

WIRE = {"headline": "Wire headline", "description": {"x-default": "Wire caption", "en": "Wire caption"},
        "keywords": ["wire"]}
DESK = {"headline": "Desk headline", "description": "Desk caption", "keywords": ["desk"]}


def _wire_copy(src: Path, dst: Path) -> Path:
    shutil.copyfile(src, dst)
    dst.chmod(0o644)
    out = embed(dst, CaptionRecord.model_validate(WIRE), Options(fsync=False))
    assert out.status == "written", out.error
    return dst


def _values(path: Path) -> dict:
    et = exiftool(path, "-XMP-photoshop:Headline", "-XMP-dc:Description", "-XMP-dc:Subject", "-IPTC:Headline")
    return {k: v for k, v in et.items() if k.startswith(("XMP", "IPTC"))}


def test_cli_run_is_journaled_and_undone_jpeg_and_webp(tmp_path):
    files = [_wire_copy(SAMPLES / "images" / n, tmp_path / n)
             for n in ("kyiv-metro-shelter.jpg", "odesa-pharmacy-queue.webp")]
    before = {f: _values(f) for f in files}
    pixels = {f: image_data_hash(f) for f in files}
    assert before[files[1]]["XMP-photoshop:Headline"] == "Wire headline"
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": f.stem, **DESK} for f in files]))
    journal = tmp_path / "j.sqlite"
    runner = CliRunner()
    res = runner.invoke(main, ["embed", *map(str, files), "--records", str(records), "--journal", str(journal),
                               "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stderr.strip().splitlines()[-1])["summary"]
    assert summary["journal"] == str(journal)
    for f in files:
        assert _values(f)["XMP-photoshop:Headline"] == "Desk headline"
    res = runner.invoke(main, ["undo", summary["run"], "--journal", str(journal), "--json"])
    assert res.exit_code == 0, res.output
    assert sorted(json.loads(line)["status"] for line in res.stdout.splitlines()) == ["undone", "undone"]
    for f in files:
        assert _values(f) == before[f], f.name
        assert image_data_hash(f) == pixels[f]


def test_cli_undo_of_one_file_uses_the_default_journal(tmp_path):
    f = _wire_copy(SAMPLES / "images" / "odesa-pharmacy-queue.webp", tmp_path / "odesa-pharmacy-queue.webp")
    before = _values(f)
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": f.stem, **DESK}]))
    runner = CliRunner()
    assert runner.invoke(main, ["embed", str(f), "--records", str(records)]).exit_code == 0
    assert (Path(os.environ["XDG_STATE_HOME"]) / "captionist" / "journal.sqlite").exists()
    res = runner.invoke(main, ["undo", str(f)])
    assert res.exit_code == 0, res.output
    assert _values(f) == before


def test_dry_run_and_no_journal_are_not_journaled(tmp_path):
    f = tmp_path / "a.jpg"
    shutil.copyfile(SAMPLES / "images" / "kyiv-metro-shelter.jpg", f)
    f.chmod(0o644)
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": "a", **DESK}]))
    journal = tmp_path / "j.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["embed", str(f), "--records", str(records), "--journal", str(journal),
                                "--dry-run"]).exit_code == 0
    assert runner.invoke(main, ["embed", str(f), "--records", str(records), "--journal", str(journal),
                                "--no-journal"]).exit_code == 0
    assert not journal.exists()


def test_daemon_run_on_webp_is_undone(tmp_path):
    from captionist.daemon import Daemon
    from captionist.settings import load_settings
    from captionist.settings import load_c2pa
    from captionist.undo import undo

    inbox, records = tmp_path / "inbox", tmp_path / "records"
    inbox.mkdir()
    records.mkdir()
    # one WebP the wire captioned, one with no XMP at all (exiv2 cannot empty a WebP's XMP chunk)
    wire = _wire_copy(SAMPLES / "images" / "odesa-pharmacy-queue.webp", tmp_path / "odesa.webp")
    plain = tmp_path / "plain.webp"
    shutil.copyfile(SAMPLES / "images" / "odesa-pharmacy-queue.webp", plain)
    before = {"odesa.webp": _values(wire), "plain.webp": _values(plain)}
    assert before["plain.webp"] == {}
    (records / "r.json").write_text(json.dumps([{"id": "odesa", **DESK}, {"id": "plain", **DESK}]))
    d = Daemon(load_settings(daemon=dict(inbox=inbox, records=records, workers=1, once=True)).daemon)
    os.rename(wire, inbox / "odesa.webp")
    os.rename(plain, inbox / "plain.webp")
    assert d.run() == 0
    for name in before:
        assert _values(inbox / "done" / name)["XMP-photoshop:Headline"] == "Desk headline"
    results = undo(inbox / ".captionist" / "journal.sqlite", d.run_id, load_c2pa())
    assert [r.status for r in results] == ["undone", "undone"], [r.error for r in results]
    for name, values in before.items():
        assert _values(inbox / "done" / name) == values, name


def test_undo_to_no_metadata_drops_the_webp_chunks(tmp_path):
    """A WebP that had no XMP gets none back (exiv2 alone keeps the emptied chunk)."""
    f = tmp_path / "odesa-pharmacy-queue.webp"
    shutil.copyfile(SAMPLES / "images" / "odesa-pharmacy-queue.webp", f)
    f.chmod(0o644)
    assert not [k for k in exiftool(f) if k.startswith("XMP")]
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": f.stem, **DESK}]))
    journal = tmp_path / "j.sqlite"
    runner = CliRunner()
    assert runner.invoke(main, ["embed", str(f), "--records", str(records), "--journal", str(journal)]).exit_code == 0
    res = runner.invoke(main, ["undo", str(f), "--journal", str(journal)])
    assert res.exit_code == 0, res.output
    et = exiftool(f, "-validate", "-warning")
    assert not [k for k in et if k.startswith("XMP")]
    assert et["ExifTool:Validate"] == "OK"


def test_a_journal_that_cannot_be_opened_stops_the_run_before_any_write(tmp_path):
    f = tmp_path / "a.jpg"
    shutil.copyfile(SAMPLES / "images" / "kyiv-metro-shelter.jpg", f)
    f.chmod(0o644)
    original = f.read_bytes()
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": "a", **DESK}]))
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    res = CliRunner().invoke(main, ["embed", str(f), "--records", str(records), "--journal",
                                    str(blocker / "j.sqlite")])
    assert res.exit_code != 0
    assert "cannot open the journal" in res.output and "Traceback" not in res.output
    assert f.read_bytes() == original
