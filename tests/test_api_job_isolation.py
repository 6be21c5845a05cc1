"""Local jobs (`POST /jobs` without a broker) caption each file in the API's worker processes
(captionist.isolation), as `/embed` and `/read` do: a native crash in one file of a job fails
that file, with its reason in the job's report, and the job and the server go on."""

from __future__ import annotations

import subprocess
import time

import pytest

from apiserver import run_server
from conftest import exiftool, image_data_hash, make_jpeg

pytestmark = pytest.mark.slow     # real servers and worker processes


def wait_job(api, jid: str, timeout: float = 300) -> dict:     # returns once it ends (test_api.wait_job)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = api.get(f"/jobs/{jid}").json()
        if job["status"] in ("done", "failed", "cancelled", "interrupted"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"job {jid} did not finish")


def test_a_crash_in_one_file_of_a_job_fails_that_file_only(tmp_path):
    srv_dir = tmp_path / "srv"
    desk = srv_dir / "storage" / "desk"
    desk.mkdir(parents=True)
    for i, name in enumerate(("a.jpg", "BOOM-b.jpg", "c.jpg"), 1):
        make_jpeg(desk / name, seed=i)
    before = (desk / "BOOM-b.jpg").read_bytes()
    pixels = image_data_hash(desk / "a.jpg")
    # fault injection from the tests only (fault_worker.py): os.abort() on a job file named *BOOM*
    with run_server(srv_dir, env={"CAPTIONIST_TEST_ABORT_MARKER": "BOOM"}) as srv, srv.client() as api:
        r = api.post("/jobs", json={"files": ["desk/a.jpg", "desk/BOOM-b.jpg", "desk/c.jpg"],
                                    "record": {"headline": "Київ", "description": "Пожежники"}})
        assert r.status_code == 202, r.text
        job = wait_job(api, r.json()["id"])
        assert job["status"] == "done" and job["counts"] == {"written": 2, "failed": 1}, job
        by_name = {f["file"]: f for f in job["files"]}
        crashed = by_name["desk/BOOM-b.jpg"]
        assert crashed["status"] == "failed"
        assert crashed["error"].startswith("desk/BOOM-b.jpg: ") and "worker process stopped" in crashed["error"]
        assert "not changed" in crashed["error"]
        assert srv.proc.poll() is None and api.get("/healthz").status_code == 200     # the server goes on
        # the next job, with the stored records, runs in fresh workers
        assert api.put("/records/c", json={"headline": "Stored"}).status_code in (200, 201)   # matched by stem
        job = wait_job(api, api.post("/jobs", json={"files": ["desk/c.jpg", "desk/a.jpg"]}).json()["id"])
        assert job["counts"] == {"written": 1, "unmatched": 1}, job
        kids = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(srv.proc.pid)], capture_output=True,
                              text=True).stdout
        assert "multiprocessing" in kids, kids      # the files were captioned in the server's children
    assert (desk / "BOOM-b.jpg").read_bytes() == before            # the crashed file is untouched
    assert exiftool(desk / "a.jpg")["XMP-photoshop:Headline"] == "Київ"
    assert exiftool(desk / "a.jpg")["XMP-dc:Description"] == "Пожежники"
    assert exiftool(desk / "c.jpg")["XMP-photoshop:Headline"] == "Stored"
    assert image_data_hash(desk / "a.jpg") == pixels and not list(desk.glob(".*"))     # no temp files left
