"""The HTTP API, end to end: the real server (uvicorn, `captionist serve`) driven with httpx,
results read back with ExifTool."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import shutil
import os
import time

import httpx
import pytest

from apiserver import ENV_TOKENS, TOKEN, WEBHOOK_SECRET, run_server, webhook_receiver
from conftest import CORPUS, ROOT, exiftool, image_data_hash, make_jpeg

PROBLEM = "application/problem+json"
RECORD = {"description": {"x-default": "Firefighters at work in Kyiv", "uk": "Пожежники у Києві"},
          "headline": "Kyiv fire", "creatorNames": ["Anna Kovalenko"], "creditLine": "Desk/Agency",
          "copyrightNotice": "© 2022 Agency", "dateCreated": "2022-02-24T06:30:00+02:00",
          "keywords": ["fire", "Kyiv"], "cityName": "Kyiv",
          "locationsShown": [{"city": "Kyiv", "countryCode": "UKR", "gpsLatitude": 50.45, "gpsLongitude": 30.52}]}


@pytest.fixture(scope="module")
def hooks():
    with webhook_receiver(fail_first=1) as rec:   # the first delivery fails: retries are exercised
        yield rec


@pytest.fixture(scope="module")
def server(tmp_path_factory, hooks):
    with run_server(tmp_path_factory.mktemp("api"), webhook_url=hooks.url, webhook_secret=WEBHOOK_SECRET,
                    webhook_backoff=0.1, webhook_attempts=5) as srv:
        yield srv


@pytest.fixture
def api(server):
    with server.client() as c:
        yield c


def is_problem(resp: httpx.Response, status: int) -> dict:
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith(PROBLEM)
    doc = resp.json()
    assert doc["status"] == status and doc["type"].startswith("https://") and doc["title"]
    assert "detail" in doc
    return doc


def decode_report(value: str) -> dict:
    return json.loads(base64.urlsafe_b64decode(value.encode("ascii")))


# ----------------------------------------------------------------------------- auth and limits

def test_healthz_is_open_everything_else_needs_a_token(server):
    assert httpx.get(server.url + "/healthz").json()["status"] == "ok"
    for method, path in [("GET", "/records"), ("GET", "/metrics"), ("POST", "/embed"), ("POST", "/read"),
                         ("PUT", "/records/x"), ("GET", "/jobs/abc"), ("POST", "/jobs"), ("GET", "/openapi.json")]:
        r = httpx.request(method, server.url + path)
        assert is_problem(r, 401)
        assert r.headers["www-authenticate"] == "Bearer"
    with server.client(token="wrong") as c:
        is_problem(c.get("/records"), 401)
    with server.client(token=TOKEN + "x") as c:
        is_problem(c.get("/records"), 401)
    # tokens from the config file and from $CAPTIONIST_API_TOKENS both work
    for tok in [TOKEN, *[t.strip() for t in ENV_TOKENS.split(",")]]:
        with server.client(token=tok) as c:
            assert c.get("/records").status_code == 200


def test_body_over_the_limit_is_413(server, api, tmp_path):
    big = os.urandom(2_100_000)
    # announced by Content-Length: refused before it is read
    r = api.post("/embed", files={"file": ("big.jpg", big, "image/jpeg")}, data={"record": "{}"})
    assert is_problem(r, 413)["type"].endswith("body-too-large")
    # streamed without a length: refused while it arrives
    def chunks():
        for i in range(0, len(big), 65536):
            yield big[i:i + 65536]
    r = api.post("/records", content=chunks(), headers={"Content-Type": "application/json"})
    is_problem(r, 413)
    assert api.get("/healthz").status_code == 200     # and the server is fine


# ----------------------------------------------------------------------------- embed and read

def test_embed_upload_answers_the_captioned_image(api, tmp_path):
    src = make_jpeg(tmp_path / "kyiv.jpg")
    r = api.post("/embed", files={"file": ("kyiv.jpg", src.read_bytes(), "image/jpeg")},
                 data={"record": json.dumps(RECORD)})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"] == "image/jpeg"
    assert 'filename="kyiv.jpg"' in r.headers["content-disposition"]
    report = decode_report(r.headers["x-captionist-report"])
    assert report["status"] == "written"
    assert {c["field"] for c in report["changes"]} >= {"description", "creatorNames", "locationsShown"}
    out = tmp_path / "out.jpg"
    out.write_bytes(r.content)
    et = exiftool(out)
    assert et["IPTC:Caption-Abstract"] == "Firefighters at work in Kyiv"
    assert et["XMP-dc:Description"] == "Firefighters at work in Kyiv"
    assert et["XMP-dc:Description-uk"] == "Пожежники у Києві"
    assert et["IPTC:By-line"] == "Anna Kovalenko" and et["IFD0:Artist"] == "Anna Kovalenko"
    assert et["XMP-iptcExt:LocationShown"][0]["City"] == "Kyiv"
    assert et["ExifIFD:DateTimeOriginal"] == "2022:02:24 06:31:12"     # the camera's own time is kept


def test_embed_report_as_json_and_record_formats(api, server, tmp_path):
    src = make_jpeg(tmp_path / "a.jpg")
    # ?report=json answers with the report alone
    r = api.post("/embed", params={"report": "json"}, files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")},
                 data={"record": json.dumps({"headline": "Only the report"})})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.json()["changes"][0]["field"] == "headline"
    # an IPTC Photo Metadata JSON document is accepted as the record
    doc = {"$schema": "x", "photoVideoMetadataIPTC": {"headline": "From IPTC JSON", "keywords": ["k1"]}}
    r = api.post("/embed", files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")}, data={"record": json.dumps(doc)})
    assert r.status_code == 200, r.text
    (tmp_path / "b.jpg").write_bytes(r.content)
    assert exiftool(tmp_path / "b.jpg")["IPTC:Headline"] == "From IPTC JSON"
    # an ExifTool JSON object too
    obj = {"SourceFile": "a.jpg", "IPTC:Caption-Abstract": "From ExifTool", "XMP-dc:Subject": ["k2"]}
    r = api.post("/embed", files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")}, data={"record": json.dumps(obj)})
    (tmp_path / "c.jpg").write_bytes(r.content)
    assert exiftool(tmp_path / "c.jpg")["XMP-dc:Description"] == "From ExifTool"
    # a stored record by id
    assert api.put("/records/stored-1", json={"title": "Stored title"}).status_code in (200, 201)
    r = api.post("/embed", files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")}, data={"record_id": "stored-1"})
    (tmp_path / "d.jpg").write_bytes(r.content)
    assert exiftool(tmp_path / "d.jpg")["IPTC:ObjectName"] == "Stored title"
    is_problem(api.post("/embed", files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")},
                        data={"record_id": "nope"}), 404)
    is_problem(api.post("/embed", files={"file": ("a.jpg", src.read_bytes(), "image/jpeg")}), 422)
    is_problem(api.post("/embed", files={"file": ("a.txt", b"not an image at all, just text", "text/plain")},
                        data={"record": "{}"}), 415)


def test_embed_sidecar_format_answers_with_xmp(api, tmp_path):
    heic = CORPUS / "formats" / "L_exif_xmp_iptc.heic"
    r = api.post("/embed", files={"file": (heic.name, heic.read_bytes(), "image/heic")},
                 data={"record": json.dumps(RECORD)})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("application/rdf+xml")
    assert 'filename="L_exif_xmp_iptc.xmp"' in r.headers["content-disposition"]
    side = tmp_path / "s.xmp"
    side.write_bytes(r.content)
    et = exiftool(side)
    assert et["XMP-dc:Description"] == "Firefighters at work in Kyiv"
    assert et["XMP-photoshop:Credit"] == "Desk/Agency"


def test_read_answers_the_record_the_image_carries(api):
    ref = CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg"
    r = api.post("/read", files={"file": (ref.name, ref.read_bytes(), "image/jpeg")})
    assert r.status_code == 200, r.text
    rec = r.json()
    et = exiftool(ref)
    assert rec["headline"] == et["XMP-photoshop:Headline"]
    assert rec["creatorNames"] == et["XMP-dc:Creator"]
    assert rec["locationsShown"][1]["city"] == et["XMP-iptcExt:LocationShown"][1]["City"]
    is_problem(api.post("/read", files={"file": ("x.bin", b"\x00" * 100, "application/octet-stream")}), 415)


# ----------------------------------------------------------------------------- records

def test_record_put_get_delete_and_the_folder(api, server):
    r = api.put("/records/wire-0001", json=RECORD)
    assert r.status_code == 201, r.text
    assert api.put("/records/wire-0001", json={**RECORD, "headline": "Updated"}).status_code == 200
    got = api.get("/records/wire-0001").json()
    assert got["id"] == "wire-0001" and got["headline"] == "Updated"
    on_disk = json.loads((server.records / "wire-0001.json").read_text(encoding="utf-8"))
    assert on_disk == got                      # the daemon reads the same folder
    assert "wire-0001" in api.get("/records").json()["ids"]
    # an id that is not a plain file name is still stored, under a hashed file name
    assert api.put("/records/..%2Fevil", json={"headline": "odd"}).status_code in (404, 422)
    r = api.put("/records/.hidden ☃", json={"headline": "odd"})
    assert r.status_code == 201, r.text
    assert not list(server.records.glob(".*")) and api.get("/records/.hidden ☃").json()["headline"] == "odd"
    assert api.delete("/records/wire-0001").status_code == 204
    is_problem(api.get("/records/wire-0001"), 404)
    is_problem(api.delete("/records/wire-0001"), 404)
    assert not (server.records / "wire-0001.json").exists()


def test_bad_records_are_problem_documents_naming_each_field(api):
    r = api.put("/records/bad-1", json={"dateCreated": "yesterday", "keywords": "not-a-list",
                                        "locationsShown": [{"city": 5}], "nonsense": 1})
    doc = is_problem(r, 422)
    fields = {e["field"] for e in doc["errors"]}
    assert {"dateCreated", "keywords", "locationsShown.0.city", "nonsense"} <= fields
    assert {"/locationsShown/0/city"} <= {e["pointer"] for e in doc["errors"]}
    r = api.put("/records/bad-2", content=b"{not json", headers={"Content-Type": "application/json"})
    assert is_problem(r, 400)["type"].endswith("malformed-body")
    r = api.put("/records/bad-3", json={"id": "another", "headline": "x"})
    assert is_problem(r, 422)["errors"][0]["field"] == "id"
    # an ExifTool object whose structure is not ExifTool's serialisation
    r = api.put("/records/bad-4", json={"SourceFile": "bad-4.jpg", "XMP-iptcExt:LocationShown": "{Kyiv"})
    assert "structure" in is_problem(r, 422)["errors"][0]["message"]
    is_problem(api.get("/records/bad-1"), 404)


def test_bulk_upload_by_content_type(api, server):
    recs = [{"id": f"bulk-{i}", "headline": f"Bulk {i}"} for i in range(3)]
    r = api.post("/records", json=recs)
    assert r.status_code == 200, r.text
    assert r.json()["ids"] == ["bulk-0", "bulk-1", "bulk-2"]
    lines = "\n".join(json.dumps({"id": f"line-{i}", "keywords": [str(i)]}) for i in range(2)) + "\n"
    r = api.post("/records", content=lines.encode(), headers={"Content-Type": "application/x-ndjson"})
    assert r.status_code == 200 and r.json()["stored"] == 2
    assert api.get("/records/line-1").json()["keywords"] == ["1"]
    # ExifTool CSV (a DAM's export) is read by captionist.sources
    csv_body = "SourceFile,IPTC:Caption-Abstract,XMP-dc:Subject\n/dam/et-1.jpg,From the DAM,\"[a,b]\"\n"
    r = api.post("/records", content=csv_body.encode(), headers={"Content-Type": "text/csv"})
    assert r.status_code == 200, r.text
    assert api.get("/records/et-1").json()["keywords"] == ["a", "b"]
    # an ExifTool JSON array and IPTC PMD JSON
    r = api.post("/records", json=[{"SourceFile": "et-2.tif", "XMP-photoshop:Headline": "ET JSON"}])
    assert r.status_code == 200 and api.get("/records/et-2").json()["headline"] == "ET JSON"
    # plain CSV and caption sheets go to captionist.sources: stored when it reads them, else 415
    r = api.post("/records", content=b"id,headline\ncsv-1,From CSV\n", headers={"Content-Type": "text/csv"})
    if r.status_code == 200:
        assert api.get("/records/csv-1").json()["headline"] == "From CSV"
    else:
        is_problem(r, 415)
    r = api.post("/records", content="Kyiv, 24 February 2022. Firefighters.\n".encode(),
                 headers={"Content-Type": "text/plain"})
    assert r.status_code in (200, 415, 422) and (r.status_code == 200 or r.headers["content-type"].startswith(PROBLEM))
    # one bad record: 422 naming index and field, and nothing is stored
    r = api.post("/records", json=[{"id": "ok-1", "headline": "fine"}, {"id": "bad-x", "dateCreated": "soon"}])
    doc = is_problem(r, 422)
    assert doc["errors"][0]["field"] == "1.dateCreated"
    is_problem(api.get("/records/ok-1"), 404)
    is_problem(api.post("/records", json=[{"headline": "no id"}]), 422)
    is_problem(api.post("/records", content=b"x", headers={"Content-Type": "image/png"}), 415)
    is_problem(api.post("/records", content=b"[1,", headers={"Content-Type": "application/json"}), 400)


# ----------------------------------------------------------------------------- jobs

def wait_job(api, jid: str, timeout: float = 300) -> dict:
    # returns once the job ends; a job of a few files ends in a second alone, but took over
    # 30 s on a loaded 2-core machine (pytest-timeout bounds the test in make test too)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = api.get(f"/jobs/{jid}").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {jid} did not finish")


def test_job_over_the_storage_root(api, server):
    desk = server.root / "desk"
    desk.mkdir(exist_ok=True)
    make_jpeg(desk / "job-a.jpg", seed=2)
    make_jpeg(desk / "job-b.jpg", seed=3)
    api.put("/records/job-a", json={"headline": "Matched by stem", "creatorNames": ["Desk"]})
    # no record given: each file is matched against the stored records
    r = api.post("/jobs", json={"files": ["desk/job-a.jpg", "desk/job-b.jpg"]})
    assert r.status_code == 202, r.text
    assert r.headers["location"] == f"/jobs/{r.json()['id']}"
    job = wait_job(api, r.json()["id"])
    assert job["status"] == "done" and job["total"] == 2
    by_file = {f["file"]: f for f in job["files"]}
    assert by_file["desk/job-a.jpg"]["status"] == "written"
    assert by_file["desk/job-a.jpg"]["changes"][0]["field"] == "headline"
    assert by_file["desk/job-b.jpg"]["status"] == "unmatched"
    assert exiftool(desk / "job-a.jpg")["IPTC:Headline"] == "Matched by stem"
    # an explicit record, copies into an output folder (absolute paths inside the root work too)
    (server.root / "out").mkdir(exist_ok=True)
    r = api.post("/jobs", json={"files": [str(desk / "job-b.jpg")], "record": {"headline": "Explicit"},
                                "out": "out"})
    job = wait_job(api, r.json()["id"])
    assert job["files"][0]["status"] == "written", job
    # the file keeps its place below the root: out/desk/job-b.jpg
    assert exiftool(server.root / "out" / "desk" / "job-b.jpg")["XMP-photoshop:Headline"] == "Explicit"
    assert "IPTC:Headline" not in exiftool(desk / "job-b.jpg")
    is_problem(api.get("/jobs/no-such-job"), 404)
    is_problem(api.post("/jobs", json={"files": ["desk/missing.jpg"], "record": {"headline": "x"}}), 404)


def test_job_paths_outside_the_roots_are_403(api, server):
    secret = server.outside / "secret.jpg"
    make_jpeg(secret)
    link = server.root / "link-out.jpg"
    if not link.exists():
        link.symlink_to(secret)
    dirlink = server.root / "dir-out"
    if not dirlink.exists():
        dirlink.symlink_to(server.outside, target_is_directory=True)
    for bad in ["../outside/secret.jpg", "desk/../../outside/secret.jpg", str(secret), "/etc/passwd",
                "link-out.jpg", "dir-out/secret.jpg"]:
        r = api.post("/jobs", json={"files": [bad], "record": {"headline": "pwned"}})
        doc = is_problem(r, 403)
        assert doc["errors"][0]["field"] == "files.0", bad
    is_problem(api.post("/jobs", json={"files": [], "record": {"headline": "x"}}), 422)
    r = api.post("/jobs", json={"files": ["desk/job-a.jpg"], "record": {"headline": "x"}, "out": "../outside"})
    assert is_problem(r, 403)["errors"][0]["field"] == "out"
    assert "IPTC:Headline" not in exiftool(secret)


def test_job_output_never_overwrites_and_keeps_subfolders(api, server):
    """Two IMG_0001.jpg from different days land side by side below out/, and a name already
    taken in the output folder fails that file instead of overwriting what is there."""
    for day, seed in (("06", 4), ("07", 5)):
        (server.root / "2024" / day).mkdir(parents=True, exist_ok=True)
        make_jpeg(server.root / "2024" / day / "IMG_0001.jpg", seed=seed)
    (server.root / "captioned").mkdir(exist_ok=True)
    files = ["2024/06/IMG_0001.jpg", "2024/07/IMG_0001.jpg"]
    job = wait_job(api, api.post("/jobs", json={"files": files, "record": {"headline": "Dag"},
                                                "out": "captioned"}).json()["id"])
    assert [f["status"] for f in job["files"]] == ["written", "written"], job
    for day in ("06", "07"):
        out = server.root / "captioned" / "2024" / day / "IMG_0001.jpg"
        assert image_data_hash(out) == image_data_hash(server.root / "2024" / day / "IMG_0001.jpg")
    before = (server.root / "captioned" / "2024" / "06" / "IMG_0001.jpg").read_bytes()
    job = wait_job(api, api.post("/jobs", json={"files": files[:1], "record": {"headline": "Andere kop"},
                                                "out": "captioned"}).json()["id"])
    assert job["files"][0]["status"] == "failed" and "not overwritten" in job["files"][0]["error"]
    assert (server.root / "captioned" / "2024" / "06" / "IMG_0001.jpg").read_bytes() == before


def test_job_refuses_a_sidecar_that_leads_out_of_the_roots(api, server):
    secret = server.outside / "secret.xmp"
    shutil.copy(CORPUS / "formats" / "XMP.xmp", secret)
    raw = server.root / "raw"
    raw.mkdir(exist_ok=True)
    shutil.copy(CORPUS / "formats" / "sample.nef", raw / "raw1.nef")
    if not (raw / "raw1.xmp").exists():
        (raw / "raw1.xmp").symlink_to(secret)
    before = secret.read_bytes()
    job = wait_job(api, api.post("/jobs", json={"files": ["raw/raw1.nef"], "record": {"headline": "x"},
                                                "dry_run": True}).json()["id"])
    f = job["files"][0]
    assert f["status"] == "failed" and "sidecar" in f["error"] and f["changes"] == []
    assert "Phil Harvey" not in json.dumps(job)      # nothing of the outside file leaks
    assert secret.read_bytes() == before


# ----------------------------------------------------------------------------- webhooks, metrics, openapi

def test_webhook_delivered_signed_after_a_retry(api, hooks, tmp_path):
    src = make_jpeg(tmp_path / "hook.jpg")
    r = api.post("/embed", files={"file": ("hook-me.jpg", src.read_bytes(), "image/jpeg")},
                 data={"record": json.dumps({"headline": "Hooked"})})
    assert r.status_code == 200
    events = hooks.wait_for(lambda e: json.loads(e["body"])["data"].get("file") == "hook-me.jpg")
    assert events, "no webhook arrived"
    e = events[0]
    ts = e["headers"]["x-captionist-timestamp"]
    assert abs(int(ts) - time.time()) < 120
    want = "sha256=" + hmac.new(WEBHOOK_SECRET.encode(), ts.encode() + b"." + e["body"], hashlib.sha256).hexdigest()
    assert hmac.compare_digest(e["headers"]["x-captionist-signature"], want)
    event = json.loads(e["body"])
    assert event["type"] == "file.processed" and event["data"]["status"] == "written"
    assert e["headers"]["x-captionist-delivery"] == event["id"]
    assert hooks.hits > len(hooks.events)          # the first delivery got a 500 and was retried


def test_metrics_in_prometheus_text_format(api, tmp_path):
    from prometheus_client.parser import text_string_to_metric_families

    # One embed of its own: under the parallel suite this module's other tests may run in
    # another process, against another server.
    src = make_jpeg(tmp_path / "metered.jpg")
    r = api.post("/embed", files={"file": ("metered.jpg", src.read_bytes(), "image/jpeg")},
                 data={"record": json.dumps({"headline": "Counted"})})
    assert r.status_code == 200, r.text
    text = api.get("/metrics")
    assert text.headers["content-type"].startswith("text/plain")
    body = text.text
    assert "# TYPE captionist_files_processed_total counter" in body
    assert "# TYPE captionist_processing_seconds histogram" in body
    families = {f.name: f for f in text_string_to_metric_families(body)}
    files = {(s.labels["source"], s.labels["outcome"]): s.value for s in families["captionist_files_processed"].samples
             if s.name == "captionist_files_processed_total"}
    assert files[("embed", "written")] >= 1
    seconds = {(s.name, s.labels.get("le")): s.value for s in families["captionist_processing_seconds"].samples}
    assert seconds[("captionist_processing_seconds_count", None)] >= 1
    assert seconds[("captionist_processing_seconds_bucket", "+Inf")] == seconds[("captionist_processing_seconds_count", None)]
    assert {s.labels["queue"] for s in families["captionist_queue_depth"].samples} == {"jobs", "webhooks"}


def test_committed_openapi_document_is_current():
    from captionist.api import openapi_document

    committed = json.loads((ROOT / "schemas" / "openapi.json").read_text(encoding="utf-8"))
    assert committed == openapi_document(), "schemas/openapi.json is stale: run `captionist openapi > schemas/openapi.json`"


def test_served_openapi_matches_the_committed_one(api):
    committed = json.loads((ROOT / "schemas" / "openapi.json").read_text(encoding="utf-8"))
    assert api.get("/openapi.json").json() == committed
