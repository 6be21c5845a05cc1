"""The API's records in PostgreSQL (issue 13): two API instances on one database serve the
same records; a daemon started with `--records postgresql://...` captions files with records
PUT over HTTP, picks up a change on the next file, and keeps its records while PostgreSQL is
stopped. Real PostgreSQL (cluster_helpers), real servers, ExifTool reads the files back."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from apiserver import TOKEN, run_server  # noqa: E402
from conftest import exiftool  # noqa: E402
from daemon_helpers import DaemonProcess, files_in, jpeg_bytes, wait_until  # noqa: E402


@pytest.fixture
def pg(postgres_db):
    """This test's own database on the run's PostgreSQL (conftest.postgres_server); `stop` and
    `start` act on the server (an outage)."""
    return postgres_db


def test_two_api_instances_share_the_records_table(tmp_path, pg):
    with run_server(tmp_path / "a", database=pg.url) as a, run_server(tmp_path / "b", database=pg.url) as b, \
            a.client(TOKEN) as ha, b.client(TOKEN) as hb:
        assert ha.put("/records/zoë-1", json={"headline": "Zoë à Paris", "creatorNames": ["Ænne"]}).status_code == 201
        assert hb.get("/records/zoë-1").json()["headline"] == "Zoë à Paris"
        assert hb.put("/records/zoë-1", json={"headline": "Changed by B"}).status_code == 200
        assert ha.get("/records/zoë-1").json()["headline"] == "Changed by B"
        r = hb.post("/records", json=[{"id": "bulk-1", "headline": "One"}, {"id": "bulk-2", "headline": "Two"}])
        assert r.status_code == 200 and r.json()["created"] == 2, r.text
        assert ha.get("/records").json()["ids"] == ["bulk-1", "bulk-2", "zoë-1"]
        assert ha.delete("/records/bulk-1").status_code == 204
        assert hb.get("/records/bulk-1").status_code == 404
        # nothing in the records folders: the table holds them
        assert not list(a.records.glob("*.json")) and not list(b.records.glob("*.json"))
    assert sorted(r[0] for r in pg.rows("SELECT id FROM records")) == ["bulk-2", "zoë-1"]


def test_put_many_is_all_or_nothing(pg):
    """A batch the database refuses part of (PostgreSQL text cannot hold NUL) stores nothing."""
    from captionist.api.store import DbStore
    from captionist.model import CaptionRecord
    from captionist.storage.records import RecordTable

    table = RecordTable(pg.url)
    with pytest.raises(Exception):
        table.put_many([("kept-out", {"id": "kept-out", "headline": "Never stored"}), ("nul\x00byte", {})])
    assert table.ids() == [] and table.stamp() == (0, 0)
    store = DbStore(pg.url)
    good = CaptionRecord.model_validate({"id": "kept-out", "headline": "Stored once"})
    assert store.put_many([good]) == [True] and store.put_many([good]) == [False]
    assert store.get("kept-out").headline == "Stored once" and table.stamp()[0] == 1


def _records_changes(daemon: DaemonProcess) -> int:
    return sum(1 for line in daemon.log_lines() if line.get("msg") == "records changed")


def test_daemon_reads_records_from_postgresql(tmp_path, pg):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    with run_server(tmp_path / "api", database=pg.url) as api, api.client(TOKEN) as http:
        assert http.put("/records/photo-1", json={"headline": "Première", "creatorNames": ["Zoë"]}).status_code == 201
        assert http.put("/records/photo-3", json={"headline": "Old text"}).status_code == 201
        daemon = DaemonProcess(inbox, pg.url).start()     # type: ignore[arg-type]  (a URL, not a path)
        try:
            (inbox / "photo-1.jpg").write_bytes(jpeg_bytes(1))
            wait_until(lambda: files_in(inbox / "done"), 60, what="photo-1 in done/")
            et = exiftool(inbox / "done" / "photo-1.jpg")
            assert et["IPTC:Headline"] == "Première" and et["XMP-dc:Creator"] == ["Zoë"]
            # the URL (it may carry a password) is not on the workers' command lines
            pid = daemon.proc.pid
            kids = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            assert kids and all(b"postgresql://" not in Path(f"/proc/{k}/cmdline").read_bytes() for k in kids)

            # a record changed and one added over HTTP: the next files are captioned with them
            seen = _records_changes(daemon)
            assert http.put("/records/photo-3", json={"headline": "New text"}).status_code == 200
            assert http.put("/records/photo-2", json={"headline": "Added later"}).status_code == 201
            wait_until(lambda: _records_changes(daemon) > seen, 30, what="the daemon to reload its records")
            (inbox / "photo-2.jpg").write_bytes(jpeg_bytes(2))
            (inbox / "photo-3.jpg").write_bytes(jpeg_bytes(3))
            wait_until(lambda: len(files_in(inbox / "done")) == 3, 60, what="photo-2 and photo-3 in done/")
            assert exiftool(inbox / "done" / "photo-2.jpg")["IPTC:Headline"] == "Added later"
            assert exiftool(inbox / "done" / "photo-3.jpg")["IPTC:Headline"] == "New text"

            # PostgreSQL stopped: the records stay in force, nothing goes to unmatched/ (the
            # worker that had no file since photo-4's record came takes the daemon's snapshot)
            assert http.put("/records/photo-4", json={"headline": "Before the outage"}).status_code == 201
            wait_until(lambda: _records_changes(daemon) > seen + 1, 30, what="the daemon to see photo-4")
            pg.stop()
            (inbox / "photo-4.jpg").write_bytes(jpeg_bytes(4))
            (inbox / "photo-1b.jpg").write_bytes(jpeg_bytes(5))   # no record: unmatched, as always
            wait_until(lambda: len(files_in(inbox / "done")) == 4 and files_in(inbox / "unmatched"), 60,
                       what="photo-4 in done/ while PostgreSQL is down")
            assert exiftool(inbox / "done" / "photo-4.jpg")["IPTC:Headline"] == "Before the outage"
            assert [p.name for p in files_in(inbox / "unmatched") if p.suffix == ".jpg"] == ["photo-1b.jpg"]
            wait_until(lambda: "unreachable" in daemon.log.read_text(), 30, what="the outage warning")
            pg.start()
            assert http.put("/records/photo-5", json={"headline": "After the outage"}).status_code == 201
            (inbox / "photo-5.jpg").write_bytes(jpeg_bytes(6))
            wait_until(lambda: len(files_in(inbox / "done")) == 5, 60, what="photo-5 in done/ after the restart")
            assert exiftool(inbox / "done" / "photo-5.jpg")["IPTC:Headline"] == "After the outage"
        finally:
            daemon.stop()
            from captionist.sources.dbstore import snapshot_path
            snapshot_path(pg.url).unlink(missing_ok=True)


def test_celery_worker_reads_records_from_postgresql(tmp_path, pg):
    """The cluster path: a watcher enqueues, a `captionist worker` on Redis matches against the
    records table; a record changed over HTTP is used for the next file."""
    from cluster_helpers import Redis, WorkerProcess

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    redis = Redis(tmp_path / "redis").start()
    watcher = worker = None
    try:
        with run_server(tmp_path / "api", database=pg.url) as api, api.client(TOKEN) as http:
            assert http.put("/records/shot-1", json={"headline": "Über den Wolken"}).status_code == 201
            journal = str(tmp_path / "journal.sqlite")
            watcher = DaemonProcess(inbox, pg.url, "--broker", redis.url, "--journal", journal,  # type: ignore[arg-type]
                                    log=tmp_path / "watch.log").start()
            worker = WorkerProcess(inbox, pg.url, redis.url, journal, "--workers", "1",  # type: ignore[arg-type]
                                   log=tmp_path / "worker.log").start()
            (inbox / "shot-1.jpg").write_bytes(jpeg_bytes(11))
            wait_until(lambda: files_in(inbox / "done"), 90, what="shot-1 in done/")
            assert exiftool(inbox / "done" / "shot-1.jpg")["IPTC:Headline"] == "Über den Wolken"
            seen = _records_changes(watcher)
            assert http.put("/records/shot-2", json={"headline": "Second, via the queue"}).status_code == 201
            wait_until(lambda: _records_changes(watcher) > seen, 30, what="the watcher to see the new record")
            (inbox / "shot-2.jpg").write_bytes(jpeg_bytes(12))
            wait_until(lambda: len(files_in(inbox / "done")) == 2, 90, what="shot-2 in done/")
            assert exiftool(inbox / "done" / "shot-2.jpg")["IPTC:Headline"] == "Second, via the queue"
            assert files_in(inbox / "unmatched") == []
    finally:
        if worker is not None:
            worker.stop()
        if watcher is not None and watcher.proc is not None and watcher.proc.poll() is None:
            watcher.stop()
        redis.stop()
        from captionist.sources.dbstore import snapshot_path
        snapshot_path(pg.url).unlink(missing_ok=True)
