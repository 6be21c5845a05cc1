"""POST /jobs on a cluster (issue 13): with a broker set, the API sends each file of a bulk
job to `captionist worker` processes through Celery on a real Redis, and reports what they
did. Real server, real worker, ExifTool reads the files back."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from apiserver import TOKEN, run_server  # noqa: E402
from cluster_helpers import Redis, WorkerProcess  # noqa: E402
from conftest import exiftool, make_jpeg  # noqa: E402


def wait_job(http, jid: str, timeout: float = 90) -> dict:
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
        # the work was done by the worker process, not the API
        log = (tmp_path / "worker.log").read_text()
        assert log.count("captionist.job_file[") >= 2 * 13
    finally:
        if worker is not None:
            worker.stop()
        redis.stop()


def test_jobs_kept_in_postgresql_survive_a_restart(tmp_path):
    """With CAPTIONIST_JOURNAL a postgresql:// URL, the API keeps its jobs there: a new server
    process (another API instance, or a restart) answers GET /jobs/{id} from the database."""
    import os

    from cluster_helpers import Postgres
    pg = Postgres().start()
    try:
        os.environ["CAPTIONIST_JOURNAL"] = pg.url
        try:
            with run_server(tmp_path) as server:
                make_jpeg(server.root / "a.jpg", seed=1)
                with server.client(TOKEN) as http:
                    r = http.post("/jobs", json={"files": ["a.jpg"], "record": {"headline": "Kept"}})
                    jid = r.json()["id"]
                    assert wait_job(http, jid)["status"] == "done"
            assert not list((tmp_path / "records-jobs").glob("*.json"))        # not in files
            (doc,) = [r[0] for r in pg.rows("SELECT doc FROM api_jobs WHERE id=%s", (jid,))]
            assert '"status":"done"' in doc and '"after":"Kept"' in doc
            with run_server(tmp_path) as server, server.client(TOKEN) as http:
                job = http.get(f"/jobs/{jid}").json()
                assert job["status"] == "done" and job["files"][0]["status"] == "written"
        finally:
            del os.environ["CAPTIONIST_JOURNAL"]
    finally:
        pg.destroy()
