"""The CLI journal fingerprints a written JPEG by its metadata header and size, not by a hash of
its image data (captionist.fingerprint, issue 14): undo still tells an edited file from one it
may restore. Edits are made by ExifTool and by appending bytes, and values read back with it."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

from click.testing import CliRunner
from conftest import SAMPLES, exiftool, image_data_hash

from captionist import fingerprint
from captionist.cli import main

DESK = {"headline": "Desk headline", "description": "Опис, ünïcode", "keywords": ["desk"]}


def _captioned(tmp_path: Path) -> tuple[Path, Path, str, str]:
    f = tmp_path / "kyiv.jpg"
    shutil.copyfile(SAMPLES / "images" / "kyiv-metro-shelter.jpg", f)
    f.chmod(0o644)
    before = exiftool(f).get("XMP-photoshop:Headline")
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": "kyiv", **DESK}]))
    journal = tmp_path / "j.sqlite"
    res = CliRunner().invoke(main, ["embed", str(f), "--records", str(records), "--journal", str(journal), "--json"])
    assert res.exit_code == 0, res.output
    run = json.loads(res.stderr.strip().splitlines()[-1])["summary"]["run"]
    assert exiftool(f)["XMP-photoshop:Headline"] == "Desk headline"
    return f, journal, run, before


def _row(journal: Path) -> dict:
    con = sqlite3.connect(journal)
    con.row_factory = sqlite3.Row
    try:
        return dict(con.execute("SELECT * FROM files WHERE source = 'cli'").fetchone())
    finally:
        con.close()


def _undo(journal: Path, run: str, *extra: str) -> str:
    res = CliRunner().invoke(main, ["undo", run, "--journal", str(journal), "--json", *extra])
    return json.loads(res.stdout.splitlines()[0])["status"]


def test_the_row_holds_the_header_fingerprint_and_undo_restores(tmp_path):
    f, journal, run, before = _captioned(tmp_path)
    pixels = image_data_hash(f)
    stored = _row(journal)["sha256_out"]
    digest, size = stored.removeprefix(fingerprint.JPEG_PREFIX).split(":")
    assert stored.startswith(fingerprint.JPEG_PREFIX) and len(digest) == 64 and int(size) == f.stat().st_size
    assert fingerprint.matches(stored, f)
    assert _undo(journal, run) == "undone"
    assert exiftool(f).get("XMP-photoshop:Headline") == before
    assert image_data_hash(f) == pixels


def test_a_caption_edited_since_is_skipped_unless_forced(tmp_path):
    f, journal, run, before = _captioned(tmp_path)
    subprocess.run(["exiftool", "-overwrite_original", "-XMP-photoshop:Headline=Edited by hand", str(f)],
                   check=True, capture_output=True)
    assert not fingerprint.matches(_row(journal)["sha256_out"], f)
    assert _undo(journal, run) == "skipped"
    assert exiftool(f)["XMP-photoshop:Headline"] == "Edited by hand"
    assert _undo(journal, run, "--force") == "undone"
    assert exiftool(f).get("XMP-photoshop:Headline") == before


def test_bytes_added_after_the_image_are_seen(tmp_path):
    f, journal, run, _ = _captioned(tmp_path)
    with open(f, "ab") as out:
        out.write(b"\x00" * 10)
    assert not fingerprint.matches(_row(journal)["sha256_out"], f)
    assert _undo(journal, run) == "skipped"
    assert exiftool(f)["XMP-photoshop:Headline"] == "Desk headline"


def test_other_formats_and_daemon_rows_keep_the_whole_file_hash(tmp_path):
    webp = tmp_path / "o.webp"
    shutil.copyfile(SAMPLES / "images" / "odesa-pharmacy-queue.webp", webp)
    assert fingerprint.of(webp) == fingerprint.sha256_file(webp)
    jpg = tmp_path / "k.jpg"
    shutil.copyfile(SAMPLES / "images" / "kyiv-metro-shelter.jpg", jpg)
    full = fingerprint.sha256_file(jpg)
    assert fingerprint.matches(full, jpg)
    with open(jpg, "r+b") as out:      # one byte of image data changed: a whole-file hash sees it
        out.seek(-100, 2)
        b = out.read(1)
        out.seek(-100, 2)
        out.write(bytes([b[0] ^ 1]))
    assert not fingerprint.matches(full, jpg)
