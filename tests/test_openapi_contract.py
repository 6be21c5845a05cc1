"""The served OpenAPI document is a contract a DAM can integrate against: EVERY operation in it
gets real requests (success and its main errors) on the real server, and each answer's status
code, media type, declared headers and body are checked against the document (schemathesis'
`call_and_validate` on explicit cases). The webhooks section is checked against real
deliveries (jsonschema-rs). A route added without a case here fails the coverage test."""

from __future__ import annotations

import json
import time

import httpx
import jsonschema_rs
import pytest
import schemathesis
from schemathesis.checks import (content_type_conformance, not_a_server_error, response_headers_conformance,
                                 response_schema_conformance, status_code_conformance)

from apiserver import TOKEN, run_server, webhook_receiver
from conftest import CORPUS, ROOT, make_jpeg

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance,
          response_headers_conformance]
AUTH = {"Authorization": f"Bearer {TOKEN}"}
RECORD = {"headline": "Contract", "description": "Ferry at dawn, Tromsø", "keywords": ["ferry", "Tromsø"]}
JOB_FILES = 300        # enough that a job is still going when the cancel arrives


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("contract")
    with webhook_receiver() as hooks, run_server(tmp, job_workers=1, webhook_url=hooks.url,
                                                  webhook_secret="whsec-contract") as srv:
        yield srv, hooks


@pytest.fixture(scope="module")
def doc(live):
    srv, _ = live
    r = httpx.get(srv.url + "/openapi.json", headers=AUTH, timeout=30)
    assert r.status_code == 200
    return r.json()


@pytest.fixture(scope="module")
def api(doc):
    return schemathesis.openapi.from_dict(doc)


def _jpeg(tmp_path, name="c.jpg") -> bytes:
    return make_jpeg(tmp_path / name).read_bytes()


def _ctype(resp) -> str:
    return resp.headers["content-type"][0]      # schemathesis keeps every value of a header


def _wait_job(srv, job_id: str) -> dict:
    while True:        # the server ends every job in a final state (jobs.py); pytest's timeout bounds this
        job = httpx.get(f"{srv.url}/jobs/{job_id}", headers=AUTH, timeout=30).json()
        if job["status"] not in ("queued", "running"):
            return job
        time.sleep(0.05)


def call(api, doc, srv, path: str, method: str, status: int, *, token: str | None = TOKEN, **case):
    """One explicit request, validated against the document; also every header the document
    declares for that answer must be there (unless the document says when it is absent)."""
    op = api[path][method]
    c = op.Case(**case)
    resp = c.call_and_validate(base_url=srv.url, headers={"Authorization": f"Bearer {token}"} if token else {},
                               checks=CHECKS, timeout=60)
    assert resp.status_code == status, (path, method, resp.status_code, resp.text[:500])
    declared = doc["paths"][path][method.lower()]["responses"][str(status)]
    optional = {h for h, spec in declared.get("headers", {}).items() if "absent with report=json" in spec["description"]}
    want = set(declared.get("headers", {})) - (optional if (case.get("query") or {}).get("report") == "json" else set())
    for h in want:
        assert h.lower() in resp.headers, (path, method, h)
    COVERED.add((path, method.lower()))
    return resp


COVERED: set[tuple[str, str]] = set()


def test_service_and_records(api, doc, live):
    srv, _ = live
    call(api, doc, srv, "/healthz", "GET", 200, token=None)
    call(api, doc, srv, "/metrics", "GET", 200)
    call(api, doc, srv, "/metrics", "GET", 401, token="wrong")
    call(api, doc, srv, "/records/{record_id}", "PUT", 201, path_parameters={"record_id": "r-1"}, body=RECORD,
         media_type="application/json")
    call(api, doc, srv, "/records/{record_id}", "PUT", 200, path_parameters={"record_id": "r-1"}, body=RECORD,
         media_type="application/json")
    call(api, doc, srv, "/records/{record_id}", "PUT", 422, path_parameters={"record_id": "r-2"},
         body={"keywords": "not a list", "dateCreated": "yesterday-ish"}, media_type="application/json")
    got = call(api, doc, srv, "/records/{record_id}", "GET", 200, path_parameters={"record_id": "r-1"})
    assert got.json()["headline"] == "Contract"
    call(api, doc, srv, "/records/{record_id}", "GET", 404, path_parameters={"record_id": "none"})
    call(api, doc, srv, "/records", "GET", 200)
    call(api, doc, srv, "/records", "POST", 200, body=[{**RECORD, "id": "b-1"}, {"id": "b-2", "title": "Two"}],
         media_type="application/json")
    call(api, doc, srv, "/records", "POST", 200, body="id,title\nc-1,Från CSV\n", media_type="text/csv")
    call(api, doc, srv, "/records", "POST", 422, body=[{"title": "no id"}], media_type="application/json")
    call(api, doc, srv, "/records/{record_id}", "DELETE", 204, path_parameters={"record_id": "b-2"})
    call(api, doc, srv, "/records/{record_id}", "DELETE", 404, path_parameters={"record_id": "b-2"})
    r = httpx.post(srv.url + "/records", headers={**AUTH, "Content-Type": "image/gif"}, content=b"GIF89a")
    assert r.status_code == 415 and r.headers["content-type"].startswith("application/problem+json")


def test_embed_and_read(api, doc, live, tmp_path):
    srv, _ = live
    jpeg = _jpeg(tmp_path)
    r = call(api, doc, srv, "/embed", "POST", 200, body={"file": jpeg, "record": json.dumps(RECORD)},
             media_type="multipart/form-data")
    assert _ctype(r) == "image/jpeg" and r.content[:3] == b"\xff\xd8\xff"
    r = call(api, doc, srv, "/embed", "POST", 200, body={"file": jpeg, "record_id": "r-1"},
             query={"report": "json"}, media_type="multipart/form-data")
    assert _ctype(r) == "application/json" and r.json()["status"] == "written"
    png = CORPUS / "formats"
    pngs = sorted(png.glob("*.png"))
    assert pngs, "the corpus has PNG files"
    r = call(api, doc, srv, "/embed", "POST", 200, body={"file": pngs[0].read_bytes(), "record": json.dumps(RECORD)},
             media_type="multipart/form-data")
    assert _ctype(r) == "image/png"
    heic = CORPUS / "formats" / "L_exif_xmp_iptc.heic"
    r = call(api, doc, srv, "/embed", "POST", 200, body={"file": heic.read_bytes(), "record": json.dumps(RECORD)},
             multipart_content_types={"file": "image/heic"}, media_type="multipart/form-data")
    assert _ctype(r).startswith("application/rdf+xml")
    call(api, doc, srv, "/embed", "POST", 404, body={"file": jpeg, "record_id": "none"},
         media_type="multipart/form-data")
    call(api, doc, srv, "/embed", "POST", 415, body={"file": b"plain text, no image", "record": "{}"},
         media_type="multipart/form-data")
    call(api, doc, srv, "/embed", "POST", 422, body={"file": jpeg}, media_type="multipart/form-data")
    r = call(api, doc, srv, "/read", "POST", 200, body={"file": jpeg}, media_type="multipart/form-data")
    call(api, doc, srv, "/read", "POST", 415, body={"file": b"\x00" * 64}, media_type="multipart/form-data")


def test_jobs_list_get_and_cancel(api, doc, live):
    srv, _ = live
    src = make_jpeg(srv.root / "j0.jpg")
    names = []
    for i in range(JOB_FILES):
        target = srv.root / "many" / f"j{i:04d}.jpg"
        target.parent.mkdir(exist_ok=True)
        target.write_bytes(src.read_bytes())
        names.append(f"many/j{i:04d}.jpg")
    r = call(api, doc, srv, "/jobs", "POST", 202, body={"files": ["j0.jpg"], "record": RECORD},
             media_type="application/json")
    small = r.json()["id"]
    assert r.headers["location"][0] == f"/jobs/{small}"
    call(api, doc, srv, "/jobs", "POST", 403, body={"files": ["../outside/x.jpg"], "record": RECORD},
         media_type="application/json")
    call(api, doc, srv, "/jobs", "POST", 404, body={"files": ["nope.jpg"], "record": RECORD},
         media_type="application/json")
    call(api, doc, srv, "/jobs", "POST", 422, body={"files": []}, media_type="application/json")
    assert _wait_job(srv, small)["status"] == "done"
    # one worker: the big job runs, the one after it waits in the queue
    big = call(api, doc, srv, "/jobs", "POST", 202, body={"files": names, "record": RECORD, "dry_run": True},
               media_type="application/json").json()["id"]
    queued = call(api, doc, srv, "/jobs", "POST", 202, body={"files": names[:5], "record": RECORD, "dry_run": True},
                  media_type="application/json").json()["id"]
    r = call(api, doc, srv, "/jobs/{job_id}/cancel", "POST", 202, path_parameters={"job_id": queued})
    assert r.json()["status"] == "cancelled" and r.json()["counts"] == {"skipped": 5}
    r = call(api, doc, srv, "/jobs/{job_id}/cancel", "POST", 202, path_parameters={"job_id": big})
    assert r.json()["cancel_requested"] is True
    job = _wait_job(srv, big)
    assert job["status"] == "cancelled"
    assert job["done"] == job["total"] == JOB_FILES and job["counts"].get("skipped", 0) > 0
    assert [f["file"] for f in job["files"]] == names       # every file reported, none twice
    call(api, doc, srv, "/jobs/{job_id}/cancel", "POST", 409, path_parameters={"job_id": small})
    call(api, doc, srv, "/jobs/{job_id}/cancel", "POST", 409, path_parameters={"job_id": big})   # once is enough
    call(api, doc, srv, "/jobs/{job_id}/cancel", "POST", 404, path_parameters={"job_id": "0" * 32})
    call(api, doc, srv, "/jobs/{job_id}", "GET", 200, path_parameters={"job_id": small})
    call(api, doc, srv, "/jobs/{job_id}", "GET", 404, path_parameters={"job_id": "0" * 32})
    page = call(api, doc, srv, "/jobs", "GET", 200, query={"limit": 2}).json()
    assert [j["id"] for j in page["jobs"]] == [queued, big] and page["total"] == 3 and page["next_offset"] == 2
    assert all(j["files"] == [] for j in page["jobs"])
    page = call(api, doc, srv, "/jobs", "GET", 200, query={"status": "cancelled"}).json()
    assert {j["id"] for j in page["jobs"]} == {queued, big} and page["next_offset"] is None
    call(api, doc, srv, "/jobs", "GET", 422, query={"limit": 1000})
    # a parameter given twice is refused, not one of its values silently taken (schemathesis found it)
    r = httpx.get(f"{srv.url}/jobs?offset=0&limit=1&offset=2", headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 422
    assert [e["field"] for e in r.json()["errors"]] == ["offset"]


def test_webhook_deliveries_match_the_webhooks_section(doc, live):
    srv, hooks = live
    comps = {"components": doc["components"]}
    seen = hooks.wait_for(lambda e: json.loads(e["body"])["type"] == "job.finished"
                          and json.loads(e["body"])["data"]["status"] == "cancelled")
    assert seen, "no job.finished event for a cancelled job"
    types = set()
    for e in hooks.events:
        event = json.loads(e["body"])
        hook = doc["webhooks"][event["type"]]["post"]
        body_schema = hook["requestBody"]["content"]["application/json"]["schema"]
        jsonschema_rs.validator_for({**body_schema, **comps}).validate(event)
        for p in hook["parameters"]:
            value = e["headers"][p["name"].lower()]
            jsonschema_rs.validator_for(p["schema"]).validate(value)
        types.add(event["type"])
    assert types == set(doc["webhooks"]), types


def test_every_operation_was_exercised(doc):
    """Runs last in this file: an operation in the served document without a case fails here."""
    served = {(path, m) for path, item in doc["paths"].items() for m in item}
    assert served - COVERED == set()


def test_served_document_is_the_committed_one(doc):
    assert json.loads((ROOT / "schemas" / "openapi.json").read_text(encoding="utf-8")) == doc
