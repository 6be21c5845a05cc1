"""Real servers for the cluster tests and the cluster benchmark: a private `redis-server`
and a private PostgreSQL (initdb + pg_ctl), each on a free port with its own data folder,
stopped at the end. No mocks: the tests talk to the same servers production would.

PostgreSQL refuses to run as root: as root, the server runs as an unprivileged user (the
`postgres` account the package creates, or `captionist-pg`, created with useradd)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from daemon_helpers import FAULT_ENVS, SRC, wait_until


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


class Redis:
    """redis-server on a private port; append-only, so a restart keeps the queue."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "Redis":
        exe = shutil.which("redis-server") or "/usr/bin/redis-server"
        self.proc = subprocess.Popen(
            [exe, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--appendonly", "yes", "--appendfsync", "everysec", "--save", "", "--daemonize", "no",
             "--logfile", str(self.folder / "redis.log")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_until(lambda: _port_open(self.port), 20, what="redis-server to listen")
        return self

    def stop(self) -> None:
        """SIGTERM: redis writes its append-only file and exits."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self.proc = None

    def llen(self, key: str = "captionist") -> int:
        import redis
        return redis.Redis(port=self.port).llen(key)


def _pg_bin() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed: `make postgresql` (apt-get install postgresql)")
    return Path(found[-1]).parent


def _pg_user() -> str | None:
    """The account the server runs as when we are root (None: run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "captionist-pg"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            pass
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", "captionist-pg"],
                   check=True)
    return "captionist-pg"


class Postgres:
    """A private PostgreSQL cluster in a temp folder, trust auth on 127.0.0.1."""

    def __init__(self):
        self.bin = _pg_bin()
        self.user = _pg_user()
        self.root = Path(tempfile.mkdtemp(prefix="captionist-pg-"))
        self.data = self.root / "data"
        self.port = free_port()
        if self.user:
            pw = pwd.getpwnam(self.user)
            os.chown(self.root, pw.pw_uid, pw.pw_gid)
        self.run("initdb", "-D", str(self.data), "-A", "trust", "-U", "captionist", "-E", "UTF8",
                 "--no-sync")

    @property
    def url(self) -> str:
        return f"postgresql://captionist@127.0.0.1:{self.port}/postgres"

    def run(self, tool: str, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        cmd = [str(self.bin / tool), *args]
        if self.user:
            cmd = ["runuser", "-u", self.user, "--", *cmd]
        return subprocess.run(cmd, check=check, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              cwd=str(self.root), timeout=120)

    def start(self) -> "Postgres":
        opts = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
        self.run("pg_ctl", "-D", str(self.data), "-o", opts, "-l", str(self.root / "pg.log"), "-w", "-t", "60",
                 "start")
        return self

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop", check=False)

    def destroy(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    def rows(self, sql: str, args=()) -> list[tuple]:
        import psycopg
        with psycopg.connect(self.url, autocommit=True) as con:
            return con.execute(sql, args).fetchall()


class Database:
    """One test's own database on a shared `Postgres` (creating one takes milliseconds, a new
    cluster seconds): `url` names it; `stop`/`start` act on the whole server, as an outage would."""

    def __init__(self, server: Postgres, name: str):
        import psycopg
        self.server, self.name = server, name
        with psycopg.connect(server.url, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            con.execute(f'CREATE DATABASE "{name}"')

    @property
    def url(self) -> str:
        return self.server.url.rsplit("/", 1)[0] + "/" + self.name

    def stop(self) -> None:
        self.server.stop()

    def start(self) -> "Database":
        self.server.start()
        return self

    def running(self) -> bool:
        return _port_open(self.server.port)

    def rows(self, sql: str, args=()) -> list[tuple]:
        import psycopg
        with psycopg.connect(self.url, autocommit=True) as con:
            return con.execute(sql, args).fetchall()


def captionist(*args: str, env: dict | None = None, **kw) -> subprocess.CompletedProcess:
    """Run the CLI in a new process (another 'machine' as far as the journal is concerned)."""
    return subprocess.run([sys.executable, "-m", "captionist.cli", *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(SRC), **(env or {})}, timeout=300, **kw)


class WorkerProcess:
    """`captionist worker` as a subprocess in its own process group (a SIGKILL takes the
    whole node, children included, as a machine going away would)."""

    def __init__(self, inbox: Path, records: Path, broker: str, journal: str, *args: str, env: dict | None = None,
                 log: Path | None = None):
        faults = any(k in (env or {}) for k in FAULT_ENVS)    # injected by the tests' entry (fault_worker.py)
        entry = [str(Path(__file__).with_name("fault_entry.py"))] if faults else ["-m", "captionist.cli"]
        self.args = [sys.executable, *entry, "worker", str(inbox), "--records", str(records),
                     "--broker", broker, "--journal", journal, "--log-format", "json", *args]
        self.env = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
        self.log = log or inbox.parent / f"worker-{time.monotonic_ns()}.log"
        self.proc: subprocess.Popen | None = None

    def start(self) -> "WorkerProcess":
        self._logf = open(self.log, "ab")
        self.proc = subprocess.Popen(self.args, env=self.env, stdout=self._logf, stderr=subprocess.STDOUT,
                                     start_new_session=True)
        return self

    def kill(self) -> None:
        import signal
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait(10)

    def stop(self) -> None:
        import signal
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
            except ProcessLookupError:
                pass
        self._logf.close() if hasattr(self, "_logf") else None
