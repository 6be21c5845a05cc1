"""`captionist serve` with run_daemon = true: the HTTP API and the watch folder in one process,
as docker-compose.yml runs them. Records PUT over HTTP caption files dropped in the inbox."""

from __future__ import annotations

import time

import hashlib
import hmac
import json

from prometheus_client.parser import text_string_to_metric_families

from apiserver import WEBHOOK_SECRET, run_server, webhook_receiver
from conftest import exiftool, image_data_hash, make_jpeg


def test_records_put_over_http_caption_files_dropped_in_the_inbox(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    daemon = {"inbox": str(inbox), "records": str(tmp_path / "records"), "workers": 1}
    with webhook_receiver() as hooks, run_server(tmp_path, run_daemon=True, daemon=daemon,
                                                 webhook_url=hooks.url, webhook_secret=WEBHOOK_SECRET) as server:
        with server.client() as http:
            health = http.get("/healthz").json()
            assert health.get("daemon"), health
            r = http.put("/records/kharkiv-001", json={
                "description": {"nl": "Mensen verlaten Charkiv met de trein, 24 februari 2022.",
                                "en": "People leave Kharkiv by train, 24 February 2022."},
                "creatorNames": ["Pieter Vos"], "creditLine": "P. Vos/ANP", "cityName": "Kharkiv"})
            assert r.status_code in (200, 201), r.text
            source = make_jpeg(tmp_path / "kharkiv-001.jpg", seed=3)
            pixels = image_data_hash(source)
            tmp = inbox / ".kharkiv-001.jpg.part"
            tmp.write_bytes(source.read_bytes())
            tmp.rename(inbox / "kharkiv-001.jpg")       # how uploaders finish a file
            done = inbox / "done" / "kharkiv-001.jpg"
            deadline = time.monotonic() + 300     # returns once it is there (loaded machines)
            while not done.exists() and time.monotonic() < deadline:
                time.sleep(0.1)
            assert done.exists(), list(inbox.rglob("*"))
            et = exiftool(done)
            assert et["XMP-dc:Description-en"] == "People leave Kharkiv by train, 24 February 2022."
            assert et["IPTC:City"] == "Kharkiv" and et["XMP-photoshop:Credit"] == "P. Vos/ANP"
            assert image_data_hash(done) == pixels
            # /metrics parses as Prometheus text and carries the daemon's series after its run
            families = {f.name: f for f in text_string_to_metric_families(http.get("/metrics").text)}
            routed = {s.labels["status"]: s.value for s in families["captionist_daemon_files"].samples
                      if s.name == "captionist_daemon_files_total"}
            assert routed.get("written", 0) >= 1
            latency = {s.name: s.value for s in families["captionist_daemon_latency_seconds"].samples
                       if not s.labels}
            assert latency["captionist_daemon_latency_seconds_count"] >= 1
            assert latency["captionist_daemon_latency_seconds_sum"] > 0
            assert "captionist_daemon_in_flight" in families and "captionist_queue_depth" in families
            # the watch-folder outcome reaches the DAM as a signed webhook, like API outcomes
            events = hooks.wait_for(lambda e: json.loads(e["body"])["data"].get("source") == "watch")
            assert events, "no webhook for the watch-folder outcome"
            e = events[0]
            data = json.loads(e["body"])["data"]
            assert (data["file"], data["status"], data["record"]) == ("kharkiv-001.jpg", "written", "kharkiv-001")
            ts = e["headers"]["x-captionist-timestamp"]
            want = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), ts.encode() + b"." + e["body"],
                                        hashlib.sha256).hexdigest()
            assert hmac.compare_digest(e["headers"]["x-captionist-signature"], want)


def test_jobs_survive_a_restart(tmp_path):
    """A finished job still answers after the server restarts; one it stopped in the middle
    of comes back as interrupted, saying how far it got."""
    from apiserver import TOKEN  # noqa: F401 - the server's configured token
    storage = tmp_path / "storage"
    storage.mkdir()
    make_jpeg(storage / "a.jpg")
    with run_server(tmp_path) as server, server.client() as http:
        jid = http.post("/jobs", json={"files": ["a.jpg"], "record": {"headline": "Kop"}}).json()["id"]
        deadline = time.monotonic() + 300     # returns once it is done (loaded machines)
        while http.get(f"/jobs/{jid}").json()["status"] != "done" and time.monotonic() < deadline:
            time.sleep(0.05)
    jobs_dir = tmp_path / "records-jobs"
    half = json.loads((jobs_dir / f"{jid}.json").read_text())
    half.update(id="half-done", status="running", total=10, done=4, finished=None)
    (jobs_dir / "half-done.json").write_text(json.dumps(half))
    with run_server(tmp_path) as server, server.client() as http:
        job = http.get(f"/jobs/{jid}").json()
        assert job["status"] == "done" and job["files"][0]["status"] == "written"
        job = http.get("/jobs/half-done").json()
        assert job["status"] == "interrupted" and "4 of 10" in job["error"]


def test_sigterm_stops_the_server_and_its_daemon_cleanly_with_status_0(tmp_path):
    """`docker stop` and service managers send SIGTERM: a clean stop is exit status 0, not 143."""
    import signal

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    daemon = {"inbox": str(inbox), "records": str(tmp_path / "records"), "workers": 1}
    with run_server(tmp_path, run_daemon=True, daemon=daemon) as server:
        server.proc.send_signal(signal.SIGTERM)
        assert server.proc.wait(30) == 0, server.log.read_text()
