"""Cancelling a job on a cluster (issue 16): the API revokes the Celery tasks not yet started;
a real worker on a real Redis discards them. Every file is reported once, and what each
report says is true on disk (ExifTool): written files carry the record, skipped ones do not."""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from apiserver import TOKEN, run_server  # noqa: E402
from cluster_helpers import Redis, WorkerProcess  # noqa: E402
from conftest import exiftool_many, make_jpeg  # noqa: E402
from fault_worker import SLEEP_ENV  # noqa: E402

FILES = 200


def test_cancel_revokes_the_files_not_started(tmp_path):
    redis = Redis(tmp_path / "redis").start()
    worker = None
    try:
        with run_server(tmp_path, broker=redis.url) as server:
            desk = server.root / "desk"
            desk.mkdir()
            src = make_jpeg(tmp_path / "src.jpg").read_bytes()
            names = [f"desk/c-{i:03d}.jpg" for i in range(FILES)]
            for n in names:
                (server.root / n).write_bytes(src)
            inbox = tmp_path / "inbox"
            inbox.mkdir()
            # each file takes the worker at least 0.25 s (the tests' fault entry): the cancel,
            # sent once the first file is done, must find files not yet started; at full speed
            # the one worker wrote all 200 before it on a loaded machine (a shuffled -n 8 run)
            worker = WorkerProcess(inbox, server.records, redis.url, str(tmp_path / "journal.sqlite"), "--workers",
                                   "1", log=tmp_path / "worker.log", env={SLEEP_ENV: "c-:0.25"}).start()
            with server.client(TOKEN) as http:
                jid = http.post("/jobs", json={"files": names, "record": {"headline": "Cancel me"}}).json()["id"]
                while http.get(f"/jobs/{jid}").json()["done"] == 0:      # the worker has begun
                    time.sleep(0.05)
                r = http.post(f"/jobs/{jid}/cancel")
                assert r.status_code == 202, r.text
                while (job := http.get(f"/jobs/{jid}").json())["status"] in ("queued", "running"):
                    time.sleep(0.1)
                assert job["status"] == "cancelled", job["counts"]
                assert [f["file"] for f in job["files"]] == names
                assert job["counts"].get("written", 0) >= 1 and job["counts"].get("skipped", 0) >= 1, job["counts"]
                assert set(job["counts"]) == {"written", "skipped"}, job["counts"]
                tags = {Path(et["SourceFile"]).name: et
                        for et in exiftool_many([server.root / n for n in names], "-IPTC:Headline")}
                for f in job["files"]:
                    et = tags[Path(f["file"]).name]
                    assert (et.get("IPTC:Headline") == "Cancel me") == (f["status"] == "written"), (f, et)
                assert http.post(f"/jobs/{jid}/cancel").status_code == 409
    finally:
        if worker is not None:
            worker.stop()
        redis.stop()
