"""captionist.settings: one typed model for every table of the config file, loaded once at the
entry point; defaults < the config file < the environment < command-line options; a bad value
names where it came from, the table and the key. `serve` and `watch` started with a config
file use its values."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from apiserver import TOKEN, run_server
from click.testing import CliRunner
from conftest import ROOT, exiftool
from daemon_helpers import DaemonProcess, images_in, jpeg_bytes, wait_until, write_records

from captionist.cli import main
from captionist.model import Policy
from captionist.settings import ApiSettings, ConfigError, DaemonSettings, load_settings


def _conf(tmp: Path, text: str, name: str = "captionist.toml") -> Path:
    path = tmp / name
    path.write_text(text, encoding="utf-8")
    return path


# --------------------------------------------------------------------------- precedence

def test_daemon_table_file_then_environment_then_option(tmp_path):
    conf = _conf(tmp_path, '[daemon]\ninbox = "/srv/in"\nrecords = "/srv/rec"\nworkers = 3\nsettle = 4.5\n'
                           'policy = "append"\nrescan_interval = 9.0\n')
    env = {"CAPTIONIST_WORKERS": "5", "CAPTIONIST_POLICY": "fill-empty"}
    s = load_settings(conf, daemon={"workers": 2, "settle": None}, environ=env).daemon
    assert s.workers == 2                       # the option over the environment over the file
    assert s.policy is Policy.FILL_EMPTY        # the environment over the file
    assert (s.settle, s.rescan_interval) == (4.5, 9.0)       # the file (an option of None is not given)
    assert s.close_grace == DaemonSettings.model_fields["close_grace"].default     # the default
    assert load_settings(conf, daemon={}, environ={}).daemon.workers == 3
    assert load_settings(conf, daemon={}, environ=env).daemon.workers == 5


def test_api_table_file_then_environment_then_option(tmp_path):
    conf = _conf(tmp_path, '[api]\nport = 9000\njob_workers = 3\nhost = "0.0.0.0"\nbroker = "redis://file:6379/0"\n'
                           'tokens = ["from-file"]\njobs_kept = 7\n')
    env = {"CAPTIONIST_API_PORT": "9001", "CAPTIONIST_API_JOB_WORKERS": "4", "CAPTIONIST_BROKER": "redis://env:6379/0",
           "CAPTIONIST_API_TOKENS": "env-1, env-2"}
    s = load_settings(conf, api={"port": 9002, "host": None}, environ=env).api
    assert s.port == 9002 and s.host == "0.0.0.0" and s.jobs_kept == 7
    assert s.job_workers == 4 and s.broker == "redis://env:6379/0"
    assert s.tokens == ["from-file", "env-1", "env-2"]          # the variable adds to the file's tokens
    s = load_settings(conf, environ={}).api
    assert (s.port, s.job_workers, s.broker, s.tokens) == (9000, 3, "redis://file:6379/0", ["from-file"])
    assert load_settings(environ={}).api.port == ApiSettings.model_fields["port"].default
    # the API's own variable wins over the daemon's; an SQLite journal is not a place for jobs
    s = load_settings(environ={"CAPTIONIST_BROKER": "redis://a:1/0", "CAPTIONIST_API_BROKER": "redis://b:1/0",
                               "CAPTIONIST_JOURNAL": "/var/j.sqlite"}).api
    assert s.broker == "redis://b:1/0" and s.database is None
    url = "postgresql://u@db/captionist"
    assert load_settings(environ={"CAPTIONIST_JOURNAL": url}).api.database == url


def test_the_flat_file_of_watch_is_the_daemon_table_and_both_tables_share_one_file(tmp_path):
    conf = _conf(tmp_path, 'inbox = "in"\nrecords = "recs"\ndone = "/abs/done"\n'
                           '[api]\nrecords_dir = "recs"\nstorage_roots = ["pics", "/abs"]\nrun_daemon = true\n')
    s = load_settings(conf, environ={})
    assert s.config == conf and s.api.run_daemon
    # relative paths in the file are from the file's folder, in every table
    assert s.daemon.inbox == tmp_path / "in" and s.daemon.records == tmp_path / "recs"
    assert s.daemon.folder("done") == Path("/abs/done") and s.daemon.folder("failed") == tmp_path / "in" / "failed"
    assert s.daemon.journal_path == tmp_path / "in" / ".captionist" / "journal.sqlite"
    assert s.api.records_dir == tmp_path / "recs" and s.api.storage_roots == [tmp_path / "pics", Path("/abs")]
    assert s.api.jobs_path == tmp_path / "recs-jobs"
    # no daemon asked for: no [daemon] settings
    assert load_settings(_conf(tmp_path, "[api]\nport = 1\n", "api.toml"), environ={}).daemon is None
    # the file named by CAPTIONIST_CONFIG when no --config
    assert load_settings(environ={"CAPTIONIST_CONFIG": str(conf)}).daemon.inbox == tmp_path / "in"


# --------------------------------------------------------------------------- errors

@pytest.mark.parametrize("text, table_key, what", [
    ('[daemon]\ninbox = "i"\nrecords = "r"\nworkers = "many"\n', "[daemon] workers", "valid integer"),
    ('inbox = "i"\nrecords = "r"\nsettle = -1\n', "[daemon] settle", "greater than 0"),
    ('inbox = "i"\nrecords = "r"\nignore = "*.part"\n', "[daemon] ignore", "valid list"),
    ('[api]\nport = "high"\n', "[api] port", "valid integer"),
    ('[api]\nmax_body_bytes = 1\n', "[api] max_body_bytes", "greater than or equal to 1024"),
    ('[api]\npolicy = "overwrite"\n', "[api] policy", "replace"),
    # a type error in [daemon] is an error even when this process runs no daemon
    ('[daemon]\nworkers = "many"\n[api]\nport = 1\n', "[daemon] workers", "valid integer"),
])
def test_a_wrong_value_names_the_file_the_table_and_the_key(tmp_path, text, table_key, what):
    conf = _conf(tmp_path, text)
    with pytest.raises(ConfigError) as e:
        load_settings(conf, daemon={} if text.startswith(("inbox", "[daemon]\ninbox")) else None, environ={})
    msg = str(e.value)
    assert msg.startswith(f"{conf}: {table_key}: ") and what in msg, msg


def test_unknown_keys_and_tables_are_errors(tmp_path):
    with pytest.raises(ConfigError, match=r"c\.toml: \[api\] prot: unknown key \(did you mean port\?\)"):
        load_settings(_conf(tmp_path, "[api]\nprot = 1\n", "c.toml"), environ={})
    with pytest.raises(ConfigError, match=r"\[daemon\] setle: unknown key \(did you mean settle\?\)"):
        load_settings(_conf(tmp_path, 'inbox = "i"\nrecords = "r"\nsetle = 2\n'), daemon={}, environ={})
    with pytest.raises(ConfigError, match=r"\[cluster\]: no such table"):
        load_settings(_conf(tmp_path, "[cluster]\nbroker = 1\n"), environ={})
    with pytest.raises(ConfigError, match=r"\[daemon\] workers: set twice"):
        load_settings(_conf(tmp_path, "workers = 1\n[daemon]\nworkers = 2\n"), environ={})


def test_environment_and_option_errors_name_the_variable_and_the_option(tmp_path):
    base = {"inbox": tmp_path, "records": tmp_path}
    with pytest.raises(ConfigError, match=r"^\$CAPTIONIST_WORKERS: \[daemon\] workers: .*valid integer"):
        load_settings(daemon=base, environ={"CAPTIONIST_WORKERS": "many"})
    with pytest.raises(ConfigError, match=r"^\$CAPTIONIST_IGNORE: \[daemon\] ignore: not valid JSON"):
        load_settings(daemon=base, environ={"CAPTIONIST_IGNORE": "*.part"})
    with pytest.raises(ConfigError, match=r"^\$CAPTIONIST_API_PORT: \[api\] port"):
        load_settings(environ={"CAPTIONIST_API_PORT": "99999"})
    with pytest.raises(ConfigError, match=r"^--workers: \[daemon\] workers"):
        load_settings(daemon={**base, "workers": 0}, environ={})
    with pytest.raises(ConfigError, match=r"\[daemon\] records: required; give --records, \$CAPTIONIST_RECORDS"):
        load_settings(daemon={"inbox": tmp_path}, environ={})


def test_a_file_that_is_not_toml_or_not_there(tmp_path):
    conf = _conf(tmp_path, 'inbox = "unclosed\n')
    with pytest.raises(ConfigError, match=rf"^{conf}: cannot read the config file: .*line 1"):
        load_settings(conf, environ={})
    with pytest.raises(ConfigError, match="no such configuration file"):
        load_settings(environ={"CAPTIONIST_CONFIG": str(tmp_path / "gone.toml")})


def test_the_commands_report_a_bad_file_without_a_traceback(tmp_path):
    conf = _conf(tmp_path, '[daemon]\nworkers = "many"\n[api]\ntokens = ["t"]\nport = "high"\n')
    (tmp_path / "in").mkdir()
    r = CliRunner().invoke(main, ["watch", str(tmp_path / "in"), "--records", str(tmp_path), "--config", str(conf)])
    assert r.exit_code == 2 and f"{conf}: [daemon] workers: " in r.output and "Traceback" not in r.output, r.output
    # a real process: nothing but the message on stderr
    p = subprocess.run([sys.executable, "-m", "captionist.cli", "serve", "--config", str(conf)],
                       capture_output=True, text=True, timeout=60, env={"PYTHONPATH": str(ROOT / "src")})
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    assert f"{conf}: [api] port: Input should be a valid integer" in p.stderr


# --------------------------------------------------------------------------- the commands use it

def test_serve_uses_the_file_and_the_environment_over_it(tmp_path):
    # the file says 2 MB; the environment lowers it to 5000 bytes
    with run_server(tmp_path / "a", env={"CAPTIONIST_API_MAX_BODY_BYTES": "5000"}) as srv, srv.client() as api:
        body = {"id": "big", "headline": "x" * 6000}
        assert api.put("/records/big", json=body).status_code == 413
        assert api.put("/records/small", json={"id": "small", "headline": "Ok"}).status_code in (200, 201)
        assert (srv.records / "small.json").exists()           # records_dir from the file
    with run_server(tmp_path / "b") as srv, srv.client() as api:
        assert api.put("/records/big", json=body).status_code in (200, 201)   # the file's 2 MB
        assert httpx.get(srv.url + "/records", headers={"Authorization": "Bearer wrong"}).status_code == 401
        assert api.get("/records").status_code == 200         # the file's token


def test_serve_runs_the_daemon_of_its_daemon_table(tmp_path):
    srv_dir = tmp_path / "srv"
    srv_dir.mkdir()
    write_records(srv_dir / "wire.json", ["pic"])
    (srv_dir / "inbox").mkdir()
    # relative to the config file's folder (srv_dir)
    daemon = {"inbox": "inbox", "records": "wire.json", "done": "out/done", "workers": 1, "settle": 0.2}
    with run_server(srv_dir, daemon=daemon, run_daemon=True) as srv, srv.client() as api:
        assert api.get("/healthz").json()["daemon"]["status"] == "ok"
        (srv_dir / "inbox" / "pic.jpg").write_bytes(jpeg_bytes(3))
        done = srv_dir / "out" / "done"
        wait_until(lambda: images_in(done), 60, what="the daemon to caption pic.jpg")
    assert exiftool(done / "pic.jpg")["XMP-photoshop:Headline"] == "Headline pic"


def test_watch_uses_its_config_file(tmp_path):
    inbox, records = tmp_path / "inbox", tmp_path / "recs.json"
    inbox.mkdir()
    write_records(records, ["pic"])
    conf = _conf(tmp_path, '[daemon]\ndone = "captioned"\nworkers = 1\nsettle = 0.2\npolicy = "fill-empty"\n')
    d = DaemonProcess(inbox, records, "--config", str(conf)).start()
    try:
        st = d.status()
        assert st["workers"] == 1 and st["folders"]["done"] == str(tmp_path / "captioned")
        (inbox / "pic.jpg").write_bytes(jpeg_bytes(4))
        wait_until(lambda: images_in(tmp_path / "captioned"), 60, what="pic.jpg in the configured done folder")
    finally:
        assert d.stop() == 0
    assert exiftool(tmp_path / "captioned" / "pic.jpg")["XMP-photoshop:Headline"] == "Headline pic"
    assert not images_in(inbox / "done")
    assert json.loads(next((inbox / ".captionist").glob("status-*.json")).read_text())["state"] == "stopped"


def test_the_app_factory_loads_the_settings_itself_when_given_none(tmp_path, monkeypatch):
    from captionist.api import create_app
    conf = _conf(tmp_path, '[api]\ntokens = ["t"]\nrecords_dir = "recs"\njob_workers = 3\n')
    monkeypatch.setenv("CAPTIONIST_CONFIG", str(conf))
    monkeypatch.setenv("CAPTIONIST_API_JOB_WORKERS", "4")
    app = create_app()
    try:
        s = app.state.captionist.settings
        assert (s.tokens, s.records_dir, s.job_workers) == (["t"], tmp_path / "recs", 4)
    finally:
        app.state.captionist.jobs.pool.shutdown(wait=False)


def test_a_table_this_command_does_not_run_is_checked_only_for_the_values_given(tmp_path):
    """`watch` with $CAPTIONIST_C2PA=sign and the certificate and key as options: the [api]
    table (also following $CAPTIONIST_C2PA) has no key, but watch serves no API."""
    c2pa = ROOT.parent / "shared" / "corpus" / "c2pa"
    cert, key = c2pa / "es256_certs.pem", c2pa / "es256_private.key"
    s = load_settings(daemon={"inbox": tmp_path, "records": tmp_path, "c2pa_cert": cert, "c2pa_key": key},
                      environ={"CAPTIONIST_C2PA": "sign"})
    assert s.api is None and s.daemon.c2pa_config.policy == "sign" and s.daemon.c2pa_config.key == key
    with pytest.raises(ConfigError, match=r"\[api\]: .*CAPTIONIST_C2PA_KEY"):     # serve does run it
        load_settings(environ={"CAPTIONIST_C2PA": "sign", "CAPTIONIST_C2PA_CERT": str(cert)})
    # a wrong value in the table not run is still an error
    with pytest.raises(ConfigError, match=r"\[api\] port"):
        load_settings(daemon={"inbox": tmp_path, "records": tmp_path}, environ={"CAPTIONIST_API_PORT": "x"})


def test_the_commands_without_a_file_take_content_credentials_from_the_environment_and_options(tmp_path):
    """`embed` and `undo` read no config file: $CAPTIONIST_C2PA* < their options, one model."""
    from captionist.settings import load_c2pa
    assert load_c2pa(environ={}).policy == "refuse"
    assert load_c2pa(environ={"CAPTIONIST_C2PA": "strip"}).policy == "strip"
    assert load_c2pa({"c2pa": "refuse"}, environ={"CAPTIONIST_C2PA": "strip"}).policy == "refuse"
    assert load_c2pa({"c2pa_sign_unsigned": None}, environ={"CAPTIONIST_C2PA_SIGN_UNSIGNED": "true"}).sign_unsigned
    with pytest.raises(ConfigError, match=r"^\$CAPTIONIST_C2PA: c2pa: Input should be 'refuse', 'sign' or 'strip'"):
        load_c2pa(environ={"CAPTIONIST_C2PA": "sing"})
    with pytest.raises(ConfigError, match=r"^--c2pa: .*needs the desk's certificate chain \(CAPTIONIST_C2PA_CERT"):
        load_c2pa({"c2pa": "sign"}, environ={})
