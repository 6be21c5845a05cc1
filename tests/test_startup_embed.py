"""Start-up of a one-file `embed` (issue 14): which modules it loads, run in a subprocess through
the real entry point. A record of plain values is checked without pydantic
(`captionist.plainrecord`); a record with anything else still goes through the model and is
written the same; the run is still journaled by default, so `undo` restores the file. The
timings are in bench/startup_bench.py."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CORPUS

from captionist import cli
from captionist.envsettings import load_c2pa
from captionist.provenance import C2paConfig

_PROBE = ("import atexit, json, sys\n"
          "atexit.register(lambda: sys.stderr.write('MODULES ' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
          "sys.argv[0] = 'captionist'\n"
          "from captionist.start import run\n"
          "run()\n")

# What a one-file `embed` of plain JSON records does not need: the record model and pydantic,
# the settings model (no C2PA setting given), the other record sources and their csv module,
# servers, the sheet parser, and what the journal no longer pulls in.
NOT_FOR_PLAIN_EMBED = {"pydantic", "pydantic_core", "annotated_types", "captionist.recordmodel",
                       "captionist.envsettings", "captionist.settings", "captionist.sources.tabular",
                       "captionist.sources.exiftool", "captionist.sources.sheet", "csv", "socket", "secrets",
                       "tempfile", "shutil", "fastapi", "uvicorn", "watchdog", "dateparser", "c2pa", "captionist.api",
                       "captionist.cluster", "captionist.commands.api", "captionist.commands.daemon",
                       # a --codes table, a signing key's base64, a truncated file's mmap (issue 14)
                       "captionist.codes", "base64", "mmap"}


def _run(*args: str, env: dict | None = None) -> tuple[subprocess.CompletedProcess, set[str]]:
    out = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env)
    line = next(l for l in out.stderr.splitlines() if l.startswith("MODULES "))
    return out, set(json.loads(line[8:]))


def _headline(photo) -> tuple[str | None, str | None]:
    """The IIM and the XMP headline, as ExifTool reads them."""
    return tuple(json.loads(subprocess.run(["exiftool", "-j", tag, str(photo)], capture_output=True, text=True,
                                          check=True).stdout)[0].get("Headline")
                 for tag in ("-IPTC:Headline", "-XMP-photoshop:Headline"))


def test_embed_of_plain_records_loads_no_pydantic_and_is_journaled_for_undo(tmp_path):
    photo = tmp_path / "AMS-0412.jpg"
    photo.write_bytes((CORPUS / "formats" / "IPTC.jpg").read_bytes())
    before = _headline(photo)
    records = tmp_path / "one.json"
    records.write_text(json.dumps([{"id": "AMS-0412", "headline": "Київ", "description": {"uk": "Дим", "en": "Smoke"},
                                    "keywords": ["a", "a"], "dateCreated": "2022-02-24",
                                    "policy": {"keywords": "union"}}], ensure_ascii=False), encoding="utf-8")
    journal = tmp_path / "journal.sqlite"
    res, mods = _run("embed", str(photo), "--records", str(records), "--journal", str(journal))
    assert res.returncode == 0, res.stderr
    assert "captionist.plainrecord" in mods and "sqlite3" in mods      # checked, and journaled
    assert not NOT_FOR_PLAIN_EMBED & mods, NOT_FOR_PLAIN_EMBED & mods
    assert _headline(photo) == ("Київ", "Київ")
    assert "keywords: the duplicate 'a' was dropped" in res.stdout + res.stderr
    run_id = res.stderr.split("undo: captionist undo ")[1].split()[0]
    undo = subprocess.run([sys.executable, "-m", "captionist.cli", "undo", run_id, "--journal", str(journal)],
                          capture_output=True, text=True)
    assert undo.returncode == 0, undo.stdout + undo.stderr
    assert before[0] == _headline(photo)[0] == "No headline"   # undo restores the value the file had


def test_a_record_that_is_not_plain_goes_through_the_model_and_is_written_alike(tmp_path):
    photo = tmp_path / "AMS-0412.jpg"
    photo.write_bytes((CORPUS / "formats" / "IPTC.jpg").read_bytes())
    records = tmp_path / "one.json"
    records.write_text(json.dumps([{"match": {"file": "AMS-*.jpg"}, "headline": "Kyiv",
                                    "locationsShown": [{"city": "Kyiv"}]}]))
    res, mods = _run("embed", str(photo), "--records", str(records), "--no-journal")
    assert res.returncode == 0, res.stderr
    assert {"pydantic", "captionist.recordmodel"} <= mods
    assert _headline(photo) == ("Kyiv", "Kyiv")
    city = json.loads(subprocess.run(["exiftool", "-j", "-XMP-iptcExt:LocationShownCity", str(photo)],
                                     capture_output=True, text=True, check=True).stdout)[0]
    assert city.get("LocationShownCity") == "Kyiv"


def test_a_bad_plain_looking_record_gets_the_models_error_naming_file_record_and_field(tmp_path):
    photo = tmp_path / "AMS-0412.jpg"
    photo.write_bytes((CORPUS / "formats" / "IPTC.jpg").read_bytes())
    before = photo.read_bytes()
    records = tmp_path / "one.json"
    records.write_text(json.dumps([{"id": "AMS-0412", "dateCreated": "2022-02-30"}]))
    res, mods = _run("embed", str(photo), "--records", str(records), "--no-journal")
    assert res.returncode == 1 and "Traceback" not in res.stderr
    assert f"{records} [record 1]: record AMS-0412: field dateCreated:" in res.stderr
    assert "pydantic" in mods and photo.read_bytes() == before


def test_the_model_module_and_the_planner_load_no_pydantic():
    out = subprocess.run([sys.executable, "-c", "import sys, captionist.model, captionist.plan, captionist.writer, "
                          "captionist.pipeline, captionist.sources.store\n"
                          "print(sorted(m for m in sys.modules if m.startswith(('pydantic', 'captionist.recordmodel'))))"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_no_c2pa_setting_gives_the_settings_models_defaults(monkeypatch):
    for k in [k for k in __import__("os").environ if k.upper().startswith("CAPTIONIST_C2PA")]:
        monkeypatch.delenv(k)
    assert cli.c2pa_config_or_exit(None, None, None, None, None) == load_c2pa({}, {}) == C2paConfig()
    # anything set goes through the settings model (and its checks)
    monkeypatch.setenv("CAPTIONIST_C2PA", "strip")
    assert cli.c2pa_config_or_exit(None, None, None, None, None).policy == "strip"
    monkeypatch.setenv("CAPTIONIST_C2PA", "")
    assert cli.c2pa_config_or_exit("strip", None, None, None, None).policy == "strip"


def test_the_report_width_is_shutils(monkeypatch):
    import shutil

    from captionist import report
    for cols in ("", "40", "80", "200", "x", "0"):
        monkeypatch.setenv("COLUMNS", cols)
        assert report._width() == max(60, min(120, shutil.get_terminal_size((100, 24)).columns)), cols
    monkeypatch.delenv("COLUMNS")
    assert report._width() == max(60, min(120, shutil.get_terminal_size((100, 24)).columns))
