"""One isolation story (issue 15, item 11): the HTTP API runs exiv2 in worker processes, as the
daemon does, so a native crash while captioning one upload fails that request with a problem
document and the server goes on answering (the next embed, /read, /healthz)."""

from __future__ import annotations

import json
import subprocess

import pytest

from apiserver import run_server
from conftest import exiftool, make_jpeg

pytestmark = pytest.mark.slow     # real servers and worker processes

RECORD = {"headline": "Kyiv fire", "description": {"x-default": "Пожежники у Києві"}}


def test_a_worker_crash_during_embed_fails_that_request_only(tmp_path):
    src = make_jpeg(tmp_path / "src.jpg")
    # fault injection from the tests only (fault_worker.py): os.abort() on a record headlined *BOOM*
    with run_server(tmp_path / "srv", env={"CAPTIONIST_TEST_ABORT_MARKER": "BOOM"}) as srv, srv.client() as api:
        r = api.post("/embed", files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")},
                     data={"record": json.dumps({**RECORD, "headline": "BOOM"})})
        assert r.status_code == 500, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
        doc = r.json()
        assert doc["type"].endswith("worker-crashed") and "worker process stopped" in doc["detail"]
        assert "not changed" in doc["detail"]
        assert srv.proc.poll() is None                      # the server is still running
        assert api.get("/healthz").status_code == 200
        # the next upload is captioned by a fresh worker: the pool started again
        r = api.post("/embed", files={"file": ("fine.jpg", src.read_bytes(), "image/jpeg")},
                     data={"record": json.dumps(RECORD)})
        assert r.status_code == 200, r.text
        out = tmp_path / "fine.jpg"
        out.write_bytes(r.content)
        assert exiftool(out)["XMP-dc:Description"] == "Пожежники у Києві"
        # and reading goes through the workers too
        r = api.post("/read", files={"file": ("fine.jpg", out.read_bytes(), "image/jpeg")})
        assert r.status_code == 200, r.text
        assert r.json()["headline"] == "Kyiv fire"


def test_embeds_run_in_a_child_process_of_the_server(tmp_path):
    """Without faults the same path is taken: the embed runs in a spawned child of the server."""
    src = make_jpeg(tmp_path / "src.jpg")
    with run_server(tmp_path / "srv") as srv, srv.client() as api:
        r = api.post("/embed", params={"report": "json"}, files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")},
                     data={"record": json.dumps(RECORD)})
        assert r.status_code == 200, r.text
        assert r.json()["status"] == "written"
        # the spawned worker is a child of the server
        kids = subprocess.run(["ps", "-o", "pid=,args=", "--ppid", str(srv.proc.pid)], capture_output=True,
                              text=True).stdout
        assert "multiprocessing" in kids, kids
