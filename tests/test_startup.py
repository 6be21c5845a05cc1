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
