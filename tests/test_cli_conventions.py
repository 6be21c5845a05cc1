"""One convention for options across commands (issue 16), checked by walking every command:
help on every option and argument, `--format` always a choice, the same log options on every
long-running command, `--inbox` on every inbox command, `--out` a folder and `-o/--output` a
file, `--json` documented. Then the fixes it came with, on real runs: `undo` without Python
reprs, `status` of a killed daemon, `validate` and duplicate record ids, and the old spellings."""

from __future__ import annotations

import json
import shutil

import click
from click.testing import CliRunner
from conftest import SAMPLES, exiftool
from daemon_helpers import DaemonProcess, write_records

from captionist.cli import LOG_FORMATS, LOG_LEVELS, main

LONG_RUNNING = {"serve", "watch", "worker"}
INBOX_COMMANDS = {"watch", "status", "history", "undo", "worker"}
SCRIPTED = {"embed", "read", "match", "validate", "fields", "status", "history", "undo"}   # want --json


def commands() -> dict[str, click.Command]:
    ctx = click.Context(main)
    return {name: main.get_command(ctx, name) for name in main.list_commands(ctx)}


def options(cmd: click.Command) -> list[click.Option]:
    return [p for p in cmd.params if isinstance(p, click.Option) and p.name not in ("help", "version")]


def option(cmd: click.Command, flag: str) -> click.Option | None:
    return next((o for o in options(cmd) if flag in o.opts and not o.hidden), None)


def test_every_option_and_argument_is_explained():
    missing = []
    for name, cmd in commands().items():
        missing += [f"{name} {'/'.join(o.opts)}" for o in options(cmd) if not (o.help or "").strip()]
        doc = cmd.help or ""
        missing += [f"{name} argument {a.human_readable_name}" for a in cmd.params
                    if isinstance(a, click.Argument) and a.human_readable_name not in doc]
    assert missing == []


def test_every_format_is_a_choice():
    loose = [name for name, cmd in commands().items()
             if (o := option(cmd, "--format")) is not None and not isinstance(o.type, click.Choice)]
    assert loose == []


def test_log_options_are_the_same_on_every_long_running_command():
    found = {name: cmd for name, cmd in commands().items() if name in LONG_RUNNING}
    assert set(found) == LONG_RUNNING
    for name, cmd in found.items():
        level, fmt = option(cmd, "--log-level"), option(cmd, "--log-format")
        assert level is not None and fmt is not None, name
        assert tuple(level.type.choices) == LOG_LEVELS and not level.type.case_sensitive, name
        assert tuple(fmt.type.choices) == LOG_FORMATS, name


def test_inbox_out_output_and_json_conventions():
    cmds = commands()
    for name in INBOX_COMMANDS:
        o = option(cmds[name], "--inbox")
        assert o is not None and isinstance(o.type, click.Path), name
    for name, cmd in cmds.items():
        out = option(cmd, "--out")
        if out is not None:      # --out is a folder for images, everywhere
            assert isinstance(out.type, click.Path) and not out.type.file_okay and "folder" in out.help, name
        output = option(cmd, "--output")
        if output is not None:   # -o/--output is a file for text
            assert "-o" in output.opts and output.help.startswith("a file"), name
        js = option(cmd, "--json")
        if js is not None:
            assert js.is_flag and "JSON" in js.help, name
    assert all(option(cmds[n], "--json") is not None for n in SCRIPTED)


# ------------------------------------------------------------------ the fixes, on real runs

def test_inbox_as_argument_or_option_is_the_same(tmp_path):
    inbox = tmp_path / "inbox"
    (inbox / ".captionist").mkdir(parents=True)
    runner = CliRunner()
    by_arg = runner.invoke(main, ["status", str(inbox), "--json"])
    by_opt = runner.invoke(main, ["status", "--inbox", str(inbox), "--json"])
    assert by_arg.exit_code == by_opt.exit_code == 0, by_arg.output + by_opt.output
    assert json.loads(by_arg.stdout) == json.loads(by_opt.stdout)
    both = runner.invoke(main, ["status", str(inbox), "--inbox", str(tmp_path / "other")])
    assert both.exit_code == 2 and "two inboxes" in both.output
    none = runner.invoke(main, ["status"], env={"CAPTIONIST_INBOX": ""})
    assert none.exit_code == 2 and "--inbox" in none.output


def test_status_of_a_killed_daemon_says_so(tmp_path):
    inbox, records = tmp_path / "inbox", tmp_path / "records.json"
    inbox.mkdir()
    write_records(records, ["a-1"])
    d = DaemonProcess(inbox, records).start()
    d.kill()
    res = CliRunner().invoke(main, ["status", "--inbox", str(inbox)])
    assert res.exit_code == 0, res.output
    line = next(x for x in res.stdout.splitlines() if x.strip().startswith(d.status()["instance"]))
    assert "not running (killed or hung" in line and "(running)" not in line
    assert "0 daemon(s) running" in res.stdout
    check = CliRunner().invoke(main, ["status", str(inbox), "--check"])
    assert check.exit_code == 1


def test_undo_prints_values_not_python_reprs(tmp_path):
    src = tmp_path / "kyiv-metro-shelter.jpg"
    shutil.copyfile(SAMPLES / "images" / "kyiv-metro-shelter.jpg", src)
    src.chmod(0o644)
    before = exiftool(src, "-XMP-dc:Description")
    records = tmp_path / "r.json"
    records.write_text(json.dumps([{"id": "kyiv-metro-shelter", "headline": "Метро як укриття",
                                    "description": {"x-default": "People shelter in the metro", "uk": "Люди в метро"},
                                    "keywords": ["Kyiv", "shelter"]}], ensure_ascii=False), encoding="utf-8")
    journal = tmp_path / "j.sqlite"
    runner = CliRunner()
    res = runner.invoke(main, ["embed", str(src), "--records", str(records), "--journal", str(journal), "--json"])
    assert res.exit_code == 0, res.output
    run = json.loads(res.stderr.strip().splitlines()[-1])["summary"]["run"]
    res = runner.invoke(main, ["undo", run, "--journal", str(journal)])
    assert res.exit_code == 0, res.output
    text = res.stdout
    assert "Метро як укриття" in text and "uk " in text            # values in full, languages named
    for repr_mark in ("{'", "['", "': '", "None"):
        assert repr_mark not in text, text
    assert exiftool(src, "-XMP-dc:Description") == before         # and it did restore


def test_validate_names_both_places_of_a_duplicate_id(tmp_path):
    a, b = tmp_path / "a.csv", tmp_path / "b.json"
    a.write_text("id,title\nx-1,One\nx-1,Two\ny-1,Three\n", encoding="utf-8")
    b.write_text(json.dumps([{"id": "y-1", "title": "Four"}]), encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(a), str(b), "--json"])
    assert res.exit_code == 1
    dups = [p for p in json.loads(res.stdout) if "duplicate record id" in p["message"]]
    assert [(p["record"], p["where"], p["message"].rsplit("also at ", 1)[1]) for p in dups] == [
        ("x-1", f"{a}:3", f"{a}:2"), ("y-1", f"{b} [record 1]", f"{a}:4")]
    assert all(p["level"] == "error" for p in dups)
    bad = CliRunner().invoke(main, ["validate", str(a), "--format", "yaml"])
    assert bad.exit_code == 2 and "yaml" in bad.output


def test_old_spellings_still_work(tmp_path):
    sheet = tmp_path / "sheet.txt"
    sheet.write_text("Amsterdam, 3 maart 2024 - Een tram rijdt over de brug. Foto: Anna de Vries / ANP\n",
                     encoding="utf-8")
    runner = CliRunner()
    for flag in ("--out", "-o", "--output"):
        out = tmp_path / f"r{flag.strip('-')}.json"
        res = runner.invoke(main, ["parse", str(sheet), flag, str(out)])
        assert res.exit_code == 0, res.output
        assert json.loads(out.read_text(encoding="utf-8"))[0]["creatorNames"]
    img = SAMPLES / "images" / "kyiv-metro-shelter.jpg"
    for flag in ("--out", "-o"):
        out = tmp_path / f"e{flag.strip('-')}.json"
        res = runner.invoke(main, ["export", str(img), "--format", "iptc-json", flag, str(out)])
        assert res.exit_code == 0, res.output
        assert json.loads(out.read_text(encoding="utf-8"))


def test_serve_logs_like_watch_with_log_format_json(tmp_path):
    """`serve --log-format json --log-level INFO`: uvicorn's own lines come out as captionist's
    JSON log lines (the choices are case-insensitive, as on watch)."""
    import os
    import subprocess
    import sys
    import time

    import httpx
    from apiserver import free_port
    from conftest import ROOT

    conf = tmp_path / "c.toml"
    conf.write_text(f'[api]\ntokens = ["t-1"]\nrecords_dir = "{tmp_path / "records"}"\n', encoding="utf-8")
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, "-m", "captionist.cli", "serve", "--config", str(conf), "--port", str(port),
                             "--log-format", "json", "--log-level", "INFO"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 300     # a start under load (apiserver.STARTUP_LIMIT)
        while True:
            assert proc.poll() is None, proc.stderr.read().decode()
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.1)
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=20)
    assert proc.returncode == 0
    lines = [json.loads(x) for x in err.decode().splitlines() if x.strip()]
    assert lines and all(isinstance(x, dict) for x in lines)
    assert any("Uvicorn running" in json.dumps(x) for x in lines), lines
