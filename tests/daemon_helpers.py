"""Helpers for the daemon tests and the benchmark: run the real daemon as a subprocess,
drop files slowly, wait for folders to fill."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
FAULT_ENVS = ("CAPTIONIST_TEST_ABORT_MARKER", "CAPTIONIST_TEST_SLEEP_MARKER")


def jpeg_bytes(seed: int, size=(64, 48)) -> bytes:
    """A small camera-like JPEG (conftest.make_jpeg) as bytes."""
    sys.path.insert(0, str(Path(__file__).parent))
    from conftest import make_jpeg
    buf = io.BytesIO()
    make_jpeg(buf, size=size, seed=seed)  # PIL saves to file objects as well as paths
    return buf.getvalue()


def write_records(path: Path, ids, **extra) -> None:
    recs = [{"id": i, "headline": f"Headline {i}", "description": f"Caption for {i}", **extra} for i in ids]
    tmp = path.with_name("." + path.name + ".tmp")
    tmp.write_text(json.dumps(recs))
    os.replace(tmp, path)


def wait_until(cond, timeout: float, step: float = 0.05, what: str = "condition"):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = cond()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")


def files_in(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))


def images_in(folder: Path) -> list[Path]:
    return [p for p in files_in(folder) if not p.name.endswith(".json")]


class DaemonProcess:
    """`captionist watch` as a subprocess of this test, logs in a file."""

    def __init__(self, inbox: Path, records: Path, *args: str, env: dict | None = None, log: Path | None = None):
        self.inbox, self.records = inbox, records
        # faults (a crash, a hang) are injected through the tests' own entry point, never by
        # the production worker: see fault_worker.py
        faults = any(k in (env or {}) for k in FAULT_ENVS)
        entry = [str(ROOT / "tests" / "fault_entry.py")] if faults else ["-m", "captionist.cli"]
        self.args = [sys.executable, *entry, "watch", str(inbox), "--records", str(records),
                     "--log-format", "json", *args]
        self.env = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
        self.log = log or inbox.parent / "daemon.log"
        self.proc: subprocess.Popen | None = None

    def start(self, wait: bool = True) -> "DaemonProcess":
        self._logf = open(self.log, "ab")
        self.proc = subprocess.Popen(self.args, env=self.env, stdout=self._logf, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        if wait:
            self.wait_running()
        return self

    def status(self) -> dict | None:
        for f in (self.inbox / ".captionist").glob(f"status-*-{self.proc.pid}-*.json"):
            try:
                return json.loads(f.read_text())
            except (OSError, ValueError):
                return None
        return None

    def wait_running(self, timeout: float = 300) -> None:
        # a start is seconds alone but can take over 30 s on a loaded 2-core machine; an exit
        # fails at once (below), and under `make test` pytest-timeout bounds the wait as well
        def running():
            if self.proc.poll() is not None:
                raise AssertionError(f"daemon exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}")
            st = self.status()
            return st is not None and st.get("state") == "running"
        wait_until(running, timeout, what="the daemon to start")

    def kill(self) -> None:
        """SIGKILL the daemon only (its workers die with it: PR_SET_PDEATHSIG)."""
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(10)
        self._logf.close()

    def stop(self, timeout: float = 60) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        rc = self.proc.wait(timeout)
        self._logf.close()
        return rc

    def log_lines(self) -> list[dict]:
        out = []
        for line in self.log.read_text(errors="replace").splitlines():
            try:
                out.append(json.loads(line))
            except ValueError:
                pass
        return out


def mp4_bytes(payload: bytes) -> bytes:
    """A minimal MP4 (ftyp + mdat boxes), as a motion photo appends after its JPEG."""
    ftyp = b"ftypisom\x00\x00\x02\x00isommp41"
    return (8 + len(ftyp) - 4).to_bytes(4, "big") + ftyp + (8 + len(payload)).to_bytes(4, "big") + b"mdat" + payload
