"""The API's parts on their own: path confinement, signatures, the report header, settings,
and running the watch-folder daemon in the same process."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
import types
from pathlib import Path

import pytest

from captionist.api import (ApiSettings, ConfigError, PathOutsideRoots, Settings, confine, create_app,
                            encode_report, load_settings, sign)


def test_confine_keeps_paths_inside_the_roots(tmp_path):
    root, other, outside = tmp_path / "root", tmp_path / "other", tmp_path / "outside"
    for d in (root / "a", other, outside):
        d.mkdir(parents=True)
    (root / "a" / "x.jpg").write_bytes(b"x")
    (other / "y.jpg").write_bytes(b"y")
    (outside / "z.jpg").write_bytes(b"z")
    (root / "in-link.jpg").symlink_to(root / "a" / "x.jpg")
    (root / "out-link.jpg").symlink_to(outside / "z.jpg")
    (root / "out-dir").symlink_to(outside, target_is_directory=True)
    roots = [root, other]
    assert confine("a/x.jpg", roots) == (root / "a" / "x.jpg").resolve()
    assert confine(str(other / "y.jpg"), roots) == (other / "y.jpg").resolve()
    assert confine("in-link.jpg", roots) == (root / "a" / "x.jpg").resolve()   # a link that stays inside
    for bad in ["../outside/z.jpg", "a/../../outside/z.jpg", "a/..", str(outside / "z.jpg"), "/etc/passwd",
                "out-link.jpg", "out-dir/z.jpg", "", "a/\x00x.jpg"]:
        with pytest.raises(PathOutsideRoots):
            confine(bad, roots)
    # a root that is itself reached through a symlink still works
    (tmp_path / "root-link").symlink_to(root, target_is_directory=True)
    assert confine("a/x.jpg", [tmp_path / "root-link"]) == (root / "a" / "x.jpg").resolve()
    with pytest.raises(PathOutsideRoots):
        confine("a/x.jpg", [])


def test_signature_is_hmac_sha256_over_timestamp_and_body():
    body = b'{"id":"1"}'
    want = hmac.new(b"k", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert sign("k", "1700000000", body) == "sha256=" + want
    assert sign("k", "1700000001", body) != sign("k", "1700000000", body)   # the timestamp is signed


def test_report_header_is_ascii_base64url_json_and_stays_small():
    report = {"file": "Київ.jpg", "status": "written",
              "changes": [{"field": "description", "before": None, "after": "Пожежа " * 2000, "blocks": ["xmp"]}]}
    value = encode_report(report)
    value.encode("ascii")
    back = json.loads(base64.urlsafe_b64decode(value))
    assert back["truncated"] is True and back["changes"] == [{"field": "description", "blocks": ["xmp"]}]
    small = {"file": "Київ.jpg", "status": "written", "changes": []}
    assert json.loads(base64.urlsafe_b64decode(encode_report(small))) == small


def test_settings_from_toml_and_environment(tmp_path, monkeypatch):
    conf = tmp_path / "c.toml"
    conf.write_text('[api]\ntokens = ["a"]\nrecords_dir = "recs"\nstorage_roots = ["pics", "/abs"]\nport = 9000\n'
                    '[daemon]\ninbox = "in"\n', encoding="utf-8")
    monkeypatch.setenv("CAPTIONIST_API_TOKENS", " b , c ,")
    s = load_settings(conf, api={"port": 9100, "host": None}).api
    assert s.tokens == ["a", "b", "c"]
    assert s.records_dir == tmp_path / "recs" and s.storage_roots == [tmp_path / "pics", Path("/abs")]
    assert s.port == 9100 and s.host == "127.0.0.1"
    assert load_settings(conf, daemon={"records": "r"}).daemon.inbox == tmp_path / "in"   # the [daemon] table
    bad = tmp_path / "bad.toml"
    bad.write_text("[api]\nmax_body_bytes = 1\nunknown = 2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="max_body_bytes"):
        load_settings(bad)


def test_no_token_no_server(tmp_path):
    with pytest.raises(ConfigError, match="no API tokens"):
        create_app(Settings(api=ApiSettings(records_dir=tmp_path)))
    with pytest.raises(ConfigError, match="webhook_secret"):
        create_app(Settings(api=ApiSettings(tokens=["t"], records_dir=tmp_path, webhook_url="http://127.0.0.1:9/x")))


def test_run_daemon_without_the_daemon_module_is_a_clear_config_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "captionist.daemon", None)   # import fails as if absent
    with pytest.raises(ConfigError, match="daemon is not available"):
        create_app(Settings(api=ApiSettings(tokens=["t"], records_dir=tmp_path, run_daemon=True)))


def test_the_daemon_runs_in_the_same_process(tmp_path, monkeypatch):
    """Against the daemon's announced interface: Daemon(settings.daemon).start/stop/health/metrics."""
    from fastapi.testclient import TestClient

    calls: list[str] = []

    listeners: list = []

    class Daemon:
        def __init__(self, settings):
            calls.append(f"init {settings.inbox.name}")

        def start(self):
            calls.append("start")

        def stop(self):
            calls.append("stop")

        def health(self):
            return {"status": "ok", "watching": 1}

        def metrics(self):
            return {"counts": {"written": 3}, "in_flight": 1}

        def add_listener(self, listener):
            listeners.append(listener)

    monkeypatch.setitem(sys.modules, "captionist.daemon", types.SimpleNamespace(Daemon=Daemon))
    from captionist.settings import DaemonSettings
    app = create_app(Settings(api=ApiSettings(tokens=["t"], records_dir=tmp_path, run_daemon=True),
                              daemon=DaemonSettings(inbox=tmp_path / "in", records=tmp_path)))
    with TestClient(app) as client:
        assert client.get("/healthz").json()["daemon"] == {"status": "ok", "watching": 1}
        metrics = client.get("/metrics", headers={"Authorization": "Bearer t"}).text
        assert 'captionist_daemon_files_total{status="written"} 3.0' in metrics
        assert "captionist_daemon_in_flight 1.0" in metrics
        assert calls == ["init in", "start"]
        assert len(listeners) == 1          # outcomes go on to the webhooks
    assert calls[-1] == "stop"
