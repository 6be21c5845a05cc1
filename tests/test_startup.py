"""Start-up (issue 14): a one-file command imports only what it uses. The timings are in
bench/startup_bench.py; here, which modules a command loads."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import CORPUS

from captionist import cli
from captionist.policy import Policy
from captionist.sources.loader import FORMATS

_PROBE = ("import atexit, json, sys\n"
          "atexit.register(lambda: sys.stderr.write('MODULES ' + json.dumps(sorted(sys.modules)) + '\\n'))\n"
          "from captionist.cli import main\n"
          "main()\n")


def _modules(*args: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True)
    line = next(l for l in out.stderr.splitlines() if l.startswith("MODULES "))
    return {m.split(".")[0] if not m.startswith("captionist") else m for m in json.loads(line[8:])}


def test_the_cli_lists_the_loaders_formats_and_the_models_policies():
    assert cli.RECORD_FORMATS == tuple(sorted(FORMATS))
    from captionist import model
    assert model.Policy is Policy and model.DEFAULT_POLICY is Policy.REPLACE


def test_a_commands_help_builds_no_record_model_and_loads_no_server():
    mods = _modules("embed", "--help")
    assert "pydantic" not in mods and "captionist.model" not in mods
    assert not {"fastapi", "uvicorn", "watchdog", "captionist.commands.api", "captionist.commands.daemon"} & mods


def test_reading_one_file_loads_neither_the_api_nor_the_daemon():
    mods = _modules("read", str(CORPUS / "formats" / "IPTC.jpg"))
    assert "captionist.reader" in mods
    assert not {"fastapi", "uvicorn", "watchdog", "captionist.commands.api", "captionist.commands.daemon",
                "captionist.sources.loader", "captionist.pipeline"} & mods


def test_lazily_registered_commands_still_run():
    out = subprocess.run([sys.executable, "-c", "from captionist.cli import main; main()", "match", "--help"],
                         capture_output=True, text=True)
    assert out.returncode == 0 and "--records" in out.stdout
    listed = subprocess.run([sys.executable, "-c", "from captionist.cli import main; main()", "--help"],
                            capture_output=True, text=True).stdout
    for name in ("embed", "read", "match", "parse", "serve", "watch", "undo", "export", "status"):
        assert f"  {name} " in listed


# Loaded by no one-file `read`: the record model (pydantic: ~110 ms of CPU with the model),
# the record sources, the pipeline, servers, the sheet parser's date parser, OpenSSL.
_NOT_FOR_READ = {"pydantic", "pydantic_core", "captionist.model", "dateparser", "fastapi", "uvicorn", "watchdog",
                 "sqlite3", "_hashlib", "captionist.sources", "captionist.pipeline", "captionist.matching",
                 "captionist.plan", "captionist.commands.api", "captionist.commands.daemon", "c2pa"}


def test_read_of_one_file_in_either_form_builds_no_record_model():
    # the 2021.1 reference image carries every kind of value (structures, numbers, dates, regions)
    ref = CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg"
    for args in (["read", str(ref)], ["read", "--json", str(ref)], ["read", str(CORPUS / "formats" / "xmp.png")]):
        mods = _modules(*args)
        assert "captionist.reader" in mods and "captionist.canon" in mods
        assert not _NOT_FOR_READ & mods, (args, _NOT_FOR_READ & mods)


def test_embed_of_one_file_loads_neither_pydantic_nor_a_server_sheet_parser_or_other_source(tmp_path):
    photo = tmp_path / "AMS-0412.jpg"
    photo.write_bytes((CORPUS / "formats" / "IPTC.jpg").read_bytes())
    records = tmp_path / "one.json"
    records.write_text(json.dumps([{"id": "AMS-0412", "headline": "Kyiv"}]))
    mods = _modules("embed", str(photo), "--records", str(records), "--no-journal")
    # the records are checked by the plain-record path (tests/test_startup_embed.py has more)
    assert {"captionist.plainrecord", "captionist.pipeline"} <= mods and "pydantic" not in mods
    assert not {"fastapi", "uvicorn", "watchdog", "dateparser", "captionist.sources.sheet", "captionist.commands.api",
                "captionist.commands.daemon", "captionist.api", "captionist.cluster", "c2pa"} & mods
    assert "Kyiv" in json.dumps(subprocess.run(["exiftool", "-j", "-IPTC:Headline", str(photo)],
                                               capture_output=True, text=True).stdout)


_GC_PROBE = ("import atexit, gc, sys\n"
             "atexit.register(lambda: sys.stderr.write(f'GC {gc.isenabled()} {gc.get_freeze_count()}\\n'))\n"
             "from captionist.start import run\n"
             "run()\n")


def test_the_entry_point_collects_garbage_again_once_a_command_has_loaded(tmp_path):
    # the entry point pauses the cyclic collector while a command imports (gcpause); each command gets it back
    # for its work (read and embed once loaded, every other command before it runs)
    (tmp_path / "r.json").write_text("[]")
    for args in (["read", str(CORPUS / "formats" / "IPTC.jpg")], ["fields"], ["validate", str(tmp_path / "r.json")],
                 ["embed", str(tmp_path / "none"), "--records", str(tmp_path / "r.json"), "--no-journal"]):
        err = subprocess.run([sys.executable, "-c", _GC_PROBE, *args], capture_output=True, text=True).stderr
        line = next(l for l in err.splitlines() if l.startswith("GC "))
        enabled, frozen = line.split()[1:]
        assert enabled == "True" and int(frozen) > 10000, (args, line)


def test_importing_the_cli_leaves_the_collector_alone():
    out = subprocess.run([sys.executable, "-c", "import gc, captionist.cli, captionist.start, captionist.gcpause; "
                          "print(gc.isenabled(), gc.get_freeze_count())"], capture_output=True, text=True).stdout
    assert out.split() == ["True", "0"]
