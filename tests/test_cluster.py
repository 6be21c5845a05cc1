"""The cluster (issue 13): `captionist watch --broker` claims and queues, `captionist worker`
processes on a real Redis broker write one PostgreSQL journal. Real servers (tests/
cluster_helpers.py), real processes, ExifTool reads the results back; nothing is mocked."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import psutil
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from cluster_helpers import Redis, WorkerProcess, captionist  # noqa: E402
from conftest import cli_commands, exiftool, exiftool_many  # noqa: E402
from daemon_helpers import DaemonProcess, images_in, jpeg_bytes, wait_until, write_records  # noqa: E402

# quick recovery for the tests: re-scan (dead workers' claims) every 2 s, publish a queued
# claim again after 20 s, a Redis redelivery after 15 s
FAST = {"CAPTIONIST_RESCAN_INTERVAL": "2", "CAPTIONIST_REQUEUE_AFTER": "20", "CAPTIONIST_VISIBILITY_TIMEOUT": "15",
        "CAPTIONIST_STOP_TIMEOUT": "5"}


@pytest.fixture
def pg(postgres_db):
    """This test's database on the run's PostgreSQL (conftest.postgres_server); `stop` and
    `start` act on the server."""
    return postgres_db


@pytest.fixture
def redis(tmp_path):
    server = Redis(tmp_path / "redis").start()
    yield server
    server.stop()


@pytest.fixture
def db(pg) -> str:
    """The URL of a fresh database for each test."""
    return pg.url


def rows(url: str, sql: str, args=()) -> list[tuple]:
    import psycopg
    with psycopg.connect(url, autocommit=True) as con:
        return con.execute(sql, args).fetchall()


class Cluster:
    """One watcher and N workers on one inbox."""

    def __init__(self, tmp: Path, broker: str, journal: str, workers: int, env: dict | None = None):
        self.tmp = tmp
        self.inbox = tmp / "inbox"
        self.inbox.mkdir()
        self.records = tmp / "records.json"
        self.broker, self.journal = broker, journal
        self.env = {**FAST, **(env or {})}
        self.watcher = DaemonProcess(self.inbox, self.records, "--broker", broker, "--journal", journal,
                                     env=self.env, log=tmp / "watch.log")
        self.workers = [self.worker() for _ in range(workers)]

    def worker(self) -> WorkerProcess:
        return WorkerProcess(self.inbox, self.records, self.broker, self.journal, "--workers", "1", env=self.env,
                             log=self.tmp / f"worker-{time.monotonic_ns()}.log")

    def start(self, ids) -> "Cluster":
        write_records(self.records, ids, creatorNames=["Ann Example"])
        self.watcher.start()
        for w in self.workers:
            w.start()
        return self

    def drop(self, names) -> None:
        for n in names:
            tmp = self.inbox / f".{n}.part"
            tmp.write_bytes(jpeg_bytes(sum(map(ord, n))))
            tmp.rename(self.inbox / f"{n}.jpg")

    def done(self) -> list[Path]:
        return images_in(self.inbox / "done")

    def wait_done(self, n: int, timeout: float = 240) -> None:
        wait_until(lambda: len(self.done()) >= n, timeout, step=0.2,
                   what=f"{n} files in done/ (have {len(self.done())}); logs in {self.tmp}")

    def stop(self) -> None:
        for w in self.workers:
            w.stop()
        if self.watcher.proc is not None and self.watcher.proc.poll() is None:
            self.watcher.stop()

    def taken_over(self) -> set[str]:
        """The instances whose work the watcher took over (it must only be dead ones')."""
        return {line.get("instance") for line in self.watcher.log_lines()
                if line.get("msg") == "took over the work of a stopped daemon"}

    def check_all_routed_once(self, names: list[str]) -> None:
        """Every file in exactly one outcome folder, captioned, one journal row each."""
        done = self.done()
        assert sorted(p.stem for p in done) == sorted(names)            # no -2 copies, none missing
        for folder in ("failed", "unmatched", "review"):
            assert images_in(self.inbox / folder) == [], folder
        assert images_in(self.inbox) == []
        state = self.inbox / ".captionist"
        assert [p for p in (state / "queue").iterdir()] == []

        def claims_left() -> list:
            return [(c, sorted(x.name for x in c.iterdir())) for inst in (state / "work").iterdir()
                    if inst.is_dir() for c in inst.iterdir() if c.is_dir()]
        # a worker removes its claim folder just after the file lands in done/: give that a
        # moment on a loaded machine, then no claim may be left behind
        deadline = time.monotonic() + 120
        while claims_left() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert claims_left() == []
        tags = exiftool_many(done, "-IPTC:Headline", "-XMP-dc:Description", "-IPTC:By-line")
        assert len(tags) == len(names)
        for t in tags:
            stem = Path(t["SourceFile"]).stem
            assert t["IPTC:Headline"] == f"Headline {stem}"
            assert t["XMP-dc:Description"] == f"Caption for {stem}"
            assert t["IPTC:By-line"] == "Ann Example"
        got = rows(self.journal, "SELECT name, status, folder, count(*) FROM files GROUP BY name, status, folder")
        assert sorted(got) == sorted((f"{n}.jpg", "written", "done", 1) for n in names)


def _instance_pid(inst: Path) -> int:
    return int(inst.name.rsplit("-", 2)[-2])


def test_sigkill_worker_mid_batch(tmp_path, redis, db):
    names = [f"k{i:03d}" + ("slow" if i % 10 == 0 else "") for i in range(210)]
    # every 10th file takes 1.5 s: a worker is reliably caught with a file in hand
    cl = Cluster(tmp_path, redis.url, db, workers=3, env={"CAPTIONIST_TEST_SLEEP_MARKER": "slow:1.5"})
    cl.start(names)
    try:
        cl.drop(names)
        cl.wait_done(40)
        work = cl.inbox / ".captionist" / "work"
        nodes = {w.proc.pid: w for w in cl.workers}

        def in_flight():     # (worker node, claim folder) of a file some worker holds right now
            for inst in work.iterdir():
                claims = [c for c in inst.iterdir() if c.is_dir()] if inst.is_dir() else []
                if claims:
                    pid = _instance_pid(inst)      # the node itself (one process), or a child of it
                    try:
                        parent = psutil.Process(pid).ppid()
                    except (psutil.NoSuchProcess, ValueError):
                        continue
                    for p in (pid, parent):
                        if p in nodes:
                            return nodes[p], claims[0]
            return None
        victim, held = wait_until(in_flight, 60, step=0.01, what="a worker with a file in hand")
        victim.kill()
        cl.workers.remove(victim)
        replacement = cl.worker().start()
        cl.workers.append(replacement)
        cl.wait_done(len(names))
        cl.check_all_routed_once(names)
        # the file the killed worker held was routed once, by someone else; the watcher took
        # over the work of the killed worker only, never of a live one
        assert not held.exists()
        assert cl.taken_over() <= {held.parent.name}, cl.taken_over()
        assert rows(db, "SELECT count(*) FROM files WHERE claim=%s", (held.name,)) == [(1,)]

        # a task delivered again for a routed file, and one for a claim that never existed:
        # recorded no-ops that change nothing
        from celery import Celery
        app = Celery(broker=redis.url, set_as_current=False)
        routed = rows(db, "SELECT claim FROM files LIMIT 1")[0][0]
        app.send_task("captionist.process", args=[routed], queue="captionist")
        app.send_task("captionist.process", args=["no-such-claim"], queue="captionist")
        app.close()
        wait_until(lambda: len(rows(db, "SELECT 1 FROM tasks WHERE outcome IN ('already-routed', 'gone') AND "
                                        "claim IN (%s, %s)", (routed, "no-such-claim"))) >= 2, 60,
                   what="the no-op deliveries to be recorded")
        assert dict(rows(db, "SELECT claim, outcome FROM tasks WHERE claim IN (%s, %s) AND outcome IN "
                             "('already-routed', 'gone')", (routed, "no-such-claim"))) == \
            {routed: "already-routed", "no-such-claim": "gone"}
        cl.check_all_routed_once(names)
    finally:
        cl.stop()

    # history and undo from another process, against the shared journal
    h = captionist("history", "--journal", db, "--limit", "0", "--json")
    assert h.returncode == 0, h.stderr
    hist = [json.loads(line) for line in h.stdout.splitlines()]
    assert sorted(r["name"] for r in hist) == sorted(f"{n}.jpg" for n in names)
    target = cl.inbox / "done" / "k007.jpg"
    assert exiftool(target)["IPTC:Headline"] == "Headline k007"
    u = captionist("undo", str(target), "--journal", db)
    assert u.returncode == 0, u.stdout + u.stderr
    after = exiftool(target)
    assert "IPTC:Headline" not in after and "XMP-dc:Description" not in after
    assert rows(db, "SELECT status FROM files WHERE output=%s ORDER BY t_finished", (str(target),)) == \
        [("written",), ("undone",)]
    st = captionist("status", str(cl.inbox), "--journal", db, "--json")
    assert st.returncode == 0, st.stderr
    assert json.loads(st.stdout)["counts"] == {"written": len(names), "undone": 1}


def test_broker_restart_mid_batch(tmp_path, redis, db):
    first, second = [f"b{i:03d}" for i in range(100)], [f"c{i:03d}" for i in range(30)]
    cl = Cluster(tmp_path, redis.url, db, workers=2).start(first + second)
    try:
        cl.drop(first)
        cl.wait_done(20)
        redis.stop()                      # mid-batch: the broker goes away ...
        cl.drop(second)                   # ... while files keep arriving
        time.sleep(3)
        assert len(cl.done()) < len(first) + len(second)
        redis.start()                     # same port, same append-only file
        cl.wait_done(len(first) + len(second))
        cl.check_all_routed_once(first + second)
        assert cl.taken_over() == set()          # no worker died: none was taken over
    finally:
        cl.stop()


def test_postgres_restart_mid_batch(tmp_path, redis, pg, db):
    first, second = [f"p{i:03d}" for i in range(100)], [f"q{i:03d}" for i in range(30)]
    cl = Cluster(tmp_path, redis.url, db, workers=2).start(first + second)
    try:
        cl.drop(first)
        cl.wait_done(20)
        pg.stop()                         # mid-batch: the journal goes away ...
        cl.drop(second)
        time.sleep(3)
        pg.start()                        # ... and comes back
        cl.wait_done(len(first) + len(second))
        wait_until(lambda: rows(db, "SELECT count(*) FROM files")[0][0] >= len(first) + len(second), 60,
                   what="every journal row")
        cl.check_all_routed_once(first + second)
        assert cl.taken_over() == set()
    finally:
        cl.stop()


def test_worker_check_and_compose_cluster_profile(tmp_path, redis, db):
    """`worker --check` (the compose health check) says whether a worker runs; the compose
    file's cluster profile names real commands and options, with a health check everywhere."""
    import tomllib

    import yaml

    import importlib

    from captionist.settings import ApiSettings
    from captionist.cli import main
    for module in ("api", "cluster", "daemon"):     # commands register on main when imported (cli._LAZY)
        importlib.import_module(f"captionist.commands.{module}")

    cl = Cluster(tmp_path, redis.url, db, workers=1)
    write_records(cl.records, ["x"])
    args = [str(cl.inbox), "--records", str(cl.records), "--check"]
    assert captionist("worker", *args).returncode == 1
    cl.workers[0].start()
    try:
        wait_until(lambda: captionist("worker", *args).returncode == 0, 60, step=0.5, what="worker --check")
    finally:
        cl.stop()
    assert captionist("worker", *args).returncode == 1

    root = Path(__file__).resolve().parents[1]
    compose = yaml.safe_load((root / "docker-compose.yml").read_text())
    services = compose["services"]
    assert "profiles" not in services["captionist"]                  # the default stays one container
    cluster = {n: s for n, s in services.items() if "cluster" in s.get("profiles", [])}
    assert set(cluster) == {"redis", "postgres", "api", "watcher", "worker"}
    for name, svc in cluster.items():
        assert svc["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL"), name
        if svc.get("image", "").startswith("captionist"):
            cmd = cli_commands()[svc["command"][0]]
            opts = {o for p in cmd.params for o in p.opts}
            assert {o for o in svc["command"][1:] if o.startswith("-")} <= opts, name
            check = svc["healthcheck"]["test"][1:]
            if check[0] == "captionist":
                copts = {o for p in cli_commands()[check[1]].params for o in p.opts}
                assert {o for o in check[2:] if o.startswith("-")} <= copts, name
            env = svc["environment"]
            assert env["CAPTIONIST_BROKER"].startswith("redis://redis:")
            assert env["CAPTIONIST_JOURNAL"].startswith("postgresql://") and "@postgres:" in env["CAPTIONIST_JOURNAL"]
            assert "./data:/data" in svc["volumes"]
            assert set(svc["depends_on"]) == {"redis", "postgres"}
    assert cluster["worker"]["command"][0] == "worker" and cluster["watcher"]["command"] == ["watch"]
    conf_path = next(v.split(":")[0] for v in cluster["api"]["volumes"] if v.endswith(".toml:ro"))
    conf = tomllib.loads((root / conf_path).read_text())
    assert conf["api"]["run_daemon"] is False
    ApiSettings(**conf["api"])
    assert "cluster" in (root / "Dockerfile").read_text()
