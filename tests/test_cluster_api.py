"""POST /jobs on a cluster (issue 13): with a broker set, the API sends each file of a bulk
job to `captionist worker` processes through Celery on a real Redis, and reports what they
did. Real server, real worker, ExifTool reads the files back."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from apiserver import TOKEN, WEBHOOK_SECRET, run_server, webhook_receiver  # noqa: E402
from cluster_helpers import Redis, WorkerProcess  # noqa: E402
from conftest import exiftool, make_jpeg  # noqa: E402


def wait_job(http, jid: str, timeout: float = 300) -> dict:    # returns once it ends (test_api.wait_job)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        job = http.get(f"/jobs/{jid}").json()
        if job["status"] not in ("queued", "running"):
            return job
        time.sleep(0.2)
    raise AssertionError(f"job {jid} did not finish: {job}")


def test_bulk_job_files_go_through_the_queue(tmp_path):
    redis = Redis(tmp_path / "redis").start()
    worker = None
    try:
        with run_server(tmp_path, broker=redis.url) as server:
            desk = server.root / "desk"
            desk.mkdir()
            names = [f"job-{i}" for i in range(12)]
            for i, n in enumerate(names):
                make_jpeg(desk / f"{n}.jpg", seed=i)
            inbox = tmp_path / "inbox"
            inbox.mkdir()
            # the worker matches against the cluster's records: the API's records folder
            worker = WorkerProcess(inbox, server.records, redis.url, str(tmp_path / "journal.sqlite"), "--workers",
                                   "1", log=tmp_path / "worker.log").start()
            with server.client(TOKEN) as http:
                for n in names[:6]:
                    assert http.put(f"/records/{n}", json={"headline": f"Stored {n}", "creatorNames": ["Desk"]}
                                    ).status_code in (200, 201)
                time.sleep(1.0)             # the worker's records see the change (mtime)
                r = http.post("/jobs", json={"files": [f"desk/{n}.jpg" for n in names]})
                assert r.status_code == 202, r.text
                job = wait_job(http, r.json()["id"])
                assert job["status"] == "done" and job["total"] == 12, job
                by_file = {f["file"]: f for f in job["files"]}
                for n in names[:6]:
                    assert by_file[f"desk/{n}.jpg"]["status"] == "written", by_file
                    assert exiftool(desk / f"{n}.jpg")["IPTC:Headline"] == f"Stored {n}"
                for n in names[6:]:
                    assert by_file[f"desk/{n}.jpg"]["status"] == "unmatched"
                    assert "IPTC:Headline" not in exiftool(desk / f"{n}.jpg")
                # an explicit record travels with the task; a path outside the roots is still refused
                r = http.post("/jobs", json={"files": [f"desk/{names[7]}.jpg"], "record": {"headline": "Ïñtérnàtional"}})
                job = wait_job(http, r.json()["id"])
                assert job["files"][0]["status"] == "written", job
                assert exiftool(desk / f"{names[7]}.jpg")["IPTC:Headline"] == "Ïñtérnàtional"
                assert http.post("/jobs", json={"files": ["../outside/x.jpg"], "record": {"headline": "x"}}
                                 ).status_code == 403
                # POST /embed: the upload goes to a worker too, and comes back captioned
                upload = make_jpeg(tmp_path / "upload.jpg", seed=40).read_bytes()
                r = http.post("/embed", files={"file": ("upload.jpg", upload, "image/jpeg")},
                              data={"record": '{"headline": "Via the queue", "creatorNames": ["Zoë"]}'})
                assert r.status_code == 200, r.text
                (tmp_path / "back.jpg").write_bytes(r.content)
                et = exiftool(tmp_path / "back.jpg")
                assert et["IPTC:Headline"] == "Via the queue" and et["XMP-dc:Creator"] == ["Zoë"]
                assert list((server.root / ".captionist-embed").iterdir()) == []       # cleaned up
        # the work was done by the worker process, not the API
        log = (tmp_path / "worker.log").read_text()
        assert log.count("captionist.job_file[") >= 2 * 14
    finally:
        if worker is not None:
            worker.stop()
        redis.stop()


def test_jobs_and_webhooks_kept_in_postgresql(tmp_path, postgres_db):
    """With CAPTIONIST_JOURNAL a postgresql:// URL, the API keeps its jobs there (a new server
    process, another API instance or a restart, answers GET /jobs/{id} from the database) and
    its webhook deliveries (an outbox row per event, marked delivered)."""
    import os

    pg = postgres_db
    os.environ["CAPTIONIST_JOURNAL"] = pg.url
    try:
        with webhook_receiver() as hooks, run_server(tmp_path, webhook_url=hooks.url,
                                                     webhook_secret=WEBHOOK_SECRET) as server:
            make_jpeg(server.root / "a.jpg", seed=1)
            with server.client(TOKEN) as http:
                r = http.post("/jobs", json={"files": ["a.jpg"], "record": {"headline": "Kept"}})
                jid = r.json()["id"]
                assert wait_job(http, jid)["status"] == "done"
            end = time.monotonic() + 120      # returns once both are there (loaded machines)
            while len(hooks.events) < 2 and time.monotonic() < end:
                time.sleep(0.1)
            sent = sorted(e["headers"]["x-captionist-delivery"] for e in hooks.events)
            assert len(sent) == 2
            end = time.monotonic() + 120
            while time.monotonic() < end and pg.rows(
                    "SELECT count(*) FROM webhook_deliveries WHERE status='delivered'")[0][0] < 2:
                time.sleep(0.1)
            rows = pg.rows("SELECT id, type, status FROM webhook_deliveries ORDER BY id")
            assert rows == sorted((i, t, "delivered") for i, t in zip(
                sent, [e["headers"]["x-captionist-event"] for e in sorted(
                    hooks.events, key=lambda e: e["headers"]["x-captionist-delivery"])]))
            assert {t for _i, t, _s in rows} == {"file.processed", "job.finished"}
        assert not list((tmp_path / "records-jobs").glob("*.json"))        # not in files
        (doc,) = [r[0] for r in pg.rows("SELECT doc FROM api_jobs WHERE id=%s", (jid,))]
        assert '"status":"done"' in doc and '"after":"Kept"' in doc
        with run_server(tmp_path) as server, server.client(TOKEN) as http:
            job = http.get(f"/jobs/{jid}").json()
            assert job["status"] == "done" and job["files"][0]["status"] == "written"
    finally:
        del os.environ["CAPTIONIST_JOURNAL"]
