"""Test helpers for the HTTP API: the real server (`captionist serve` in a subprocess, uvicorn on
a free loopback port) and a webhook receiver (http.server in a thread)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx

from conftest import ROOT

TOKEN = "cfg-token-7f3a"
ENV_TOKENS = "env-token-1, env-token-2"
WEBHOOK_SECRET = "whsec-test"
STARTUP_LIMIT = 300     # seconds; under `make test` pytest-timeout (600 s a test) also bounds it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Server:
    url: str
    root: Path            # the storage root
    records: Path         # the records folder
    outside: Path         # a folder outside the root
    proc: subprocess.Popen
    log: Path

    def client(self, token: str | None = TOKEN, **kw) -> httpx.Client:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        # a safety net, not a test: a request that starts the API's worker processes (or
        # restarts a crashed one) took over 30 s on a loaded 2-core machine
        return httpx.Client(base_url=self.url, headers=headers, timeout=kw.pop("timeout", 300), **kw)


def _toml_value(v) -> str:
    return json.dumps(str(v)) if isinstance(v, Path) else json.dumps(v)


@contextmanager
def run_server(tmp: Path, daemon: dict | None = None, env: dict | None = None, **api):
    """`captionist serve` with a config file in `tmp`; extra [api] keys from `api`, and a
    [daemon] table when `daemon` is given."""
    root, records, outside = tmp / "storage", tmp / "records", tmp / "outside"
    for d in (root, records, outside):
        d.mkdir(parents=True, exist_ok=True)
    port = free_port()
    cfg = {"tokens": [TOKEN], "records_dir": records, "storage_roots": [root], "max_body_bytes": 2_000_000,
           "job_workers": 2, **api}
    conf = tmp / "captionist.toml"
    conf.write_text("[api]\n" + "".join(f"{k} = {_toml_value(v) if not isinstance(v, list) else '[' + ', '.join(_toml_value(x) for x in v) + ']'}\n"
                                         for k, v in cfg.items())
                    + ("[daemon]\n" + "".join(f"{k} = {_toml_value(v)}\n" for k, v in daemon.items()) if daemon else ""),
                    encoding="utf-8")
    log = tmp / "server.log"
    faults = bool(env)    # faults are injected through the tests' own entry point (fault_worker.py)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CAPTIONIST_API_TOKENS": ENV_TOKENS, **(env or {})}
    entry = [str(ROOT / "tests" / "fault_entry.py")] if faults else ["-c", "from captionist.cli import main; main()"]
    with open(log, "wb") as logf:
        proc = subprocess.Popen([sys.executable, *entry, "serve",
                                 "--config", str(conf), "--port", str(port), "--log-level", "warning"],
                                stdout=logf, stderr=subprocess.STDOUT, env=env)
    url = f"http://127.0.0.1:{port}"
    try:
        # until it answers or exits: starting (imports, the places index) takes a second alone
        # but took over 30 s on a loaded 2-core machine (ciguard's runs at load 15); the bound is only there to
        # name the server when a test runs without the suite's --timeout
        deadline = time.monotonic() + STARTUP_LIMIT
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"server exited: {log.read_text()}")
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"server did not start in {STARTUP_LIMIT} s: {log.read_text()}")
            time.sleep(0.1)
        yield Server(url, root, records, outside, proc, log)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@dataclass
class Receiver:
    url: str
    events: list[dict] = field(default_factory=list)    # {"headers": {...}, "body": bytes}
    fail_first: int = 0
    hits: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def wait_for(self, pred, timeout: float = 120.0) -> list[dict]:
        # the first matching delivery: it comes in well under a second alone, in tens of
        # seconds on a loaded machine; returns at once when it is there
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                found = [e for e in self.events if pred(e)]
            if found:
                return found
            time.sleep(0.05)
        return []


@contextmanager
def webhook_receiver(fail_first: int = 0):
    """A local endpoint that answers 500 to the first `fail_first` deliveries, then 204."""
    rec = Receiver(url="", fail_first=fail_first)

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            with rec.lock:
                rec.hits += 1
                fail = rec.hits <= rec.fail_first
                if not fail:
                    rec.events.append({"headers": {k.lower(): v for k, v in self.headers.items()}, "body": body})
            self.send_response(500 if fail else 204)
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    rec.url = f"http://127.0.0.1:{srv.server_address[1]}/hook"
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield rec
    finally:
        srv.shutdown()
        srv.server_close()
