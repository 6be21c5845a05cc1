"""Content Credentials (issue 12): a caption never leaves a C2PA manifest silently broken.

The corpus files are signed by the C2PA test certificates (`../shared/corpus/c2pa/`): C.jpg
carries one manifest, CA.jpg one with A.jpg as its parent, A.jpg none. Signing uses the
public test chain and key there, in place. The reference SDK (c2pa-python) is the judge of
validity; ExifTool reads the captions back.
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
import sqlite3
from pathlib import Path

import c2pa
import pytest
from click.testing import CliRunner

from captionist import __version__, jpeg, provenance
from captionist.cli import main
from conftest import CORPUS, exiftool, image_data_hash

C2PA = CORPUS / "c2pa"
CERT, KEY = C2PA / "es256_certs.pem", C2PA / "es256_private.key"
SIGN_ENV = {"CAPTIONIST_C2PA": "sign", "CAPTIONIST_C2PA_CERT": str(CERT), "CAPTIONIST_C2PA_KEY": str(KEY)}
HEADLINE, CAPTION = "Zürich: Gemeinderat tagt", "Ça va — the council meets in Zürich’s Stadthaus"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def scan_data(path: Path) -> bytes:
    data = path.read_bytes()
    return data[jpeg.read_header(io.BytesIO(data)).scan_offset:]


def manifest_of(path: Path) -> tuple[str, dict, list[str]]:
    """(validation state, active manifest, failure codes) as the reference SDK reads them."""
    with c2pa.Reader(str(path)) as r:
        failures = [f["code"] for f in (r.get_validation_results() or {}).get("activeManifest", {}).get("failure", [])]
        return r.get_validation_state(), r.get_active_manifest(), failures


def actions_of(manifest: dict) -> list[str]:
    return [a["action"] for x in manifest["assertions"] if x["label"].startswith("c2pa.actions")
            for a in x["data"]["actions"]]


@pytest.fixture
def work(tmp_path):
    """Copies of the corpus files (the corpus is read-only) and records for them."""
    for name in ("A.jpg", "C.jpg", "CA.jpg"):
        shutil.copyfile(C2PA / name, tmp_path / name)
    records = tmp_path / "records.json"
    records.write_text(json.dumps([{"id": i, "headline": HEADLINE, "description": CAPTION}
                                   for i in ("A", "C", "CA")], ensure_ascii=False), encoding="utf-8")
    return tmp_path, records


def embed(*args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["embed", *args], env={"CAPTIONIST_C2PA": None, **(env or {})})


# --------------------------------------------------------------------------- detection

def test_byte_scan_finds_jpeg_manifest_stores_without_the_sdk():
    for name, want in (("C.jpg", True), ("CA.jpg", True), ("A.jpg", False)):
        header = jpeg.read_header(open(C2PA / name, "rb")).header
        assert (provenance.find_store("jpeg", header) is not None) is want, name
        assert (c2pa.Reader.try_create(str(C2PA / name)) is not None) is want, name     # the SDK agrees


def test_read_shows_state_signer_and_manifest():
    res = CliRunner().invoke(main, ["read", "--json", str(C2PA / "C.jpg")])
    assert res.exit_code == 0, res.output
    creds = json.loads(res.output)["contentCredentials"]
    assert creds["store"] == "JPEG APP11 (JUMBF)"
    assert creds["state"] == "Valid"
    assert creds["signer"]["issuer"] == "C2PA Test Signing Cert"
    assert creds["manifest"] == manifest_of(C2PA / "C.jpg")[1]["label"]
    res = CliRunner().invoke(main, ["read", "--json", str(C2PA / "A.jpg")])
    assert "contentCredentials" not in json.loads(res.output)


def test_key_algorithm_comes_from_the_key():
    assert provenance.key_algorithm(KEY.read_text()) == "es256"
    with pytest.raises(provenance.ProvenanceError, match="PEM private key"):
        provenance.key_algorithm(CERT.read_text())


# --------------------------------------------------------------------------- the CLI

def test_default_refuses_and_leaves_the_file_byte_identical(work):
    tmp, records = work
    before = {n: sha(tmp / n) for n in ("C.jpg", "CA.jpg")}
    res = embed(str(tmp / "C.jpg"), str(tmp / "CA.jpg"), "--records", str(records))
    assert res.exit_code == 1
    assert {n: sha(tmp / n) for n in before} == before
    assert "carries Content Credentials" in res.output and "--c2pa sign" in res.output
    assert "CAPTIONIST_C2PA_CERT" in res.output
    assert res.output.count(": refused (record") == 2
    # a file without a manifest is written as before
    res = embed(str(tmp / "A.jpg"), "--records", str(records))
    assert res.exit_code == 0, res.output
    assert exiftool(tmp / "A.jpg")["IPTC:Headline"] == HEADLINE


def test_dry_run_says_what_a_write_would_do(work):
    tmp, records = work
    before = sha(tmp / "C.jpg")
    res = embed(str(tmp / "C.jpg"), "--records", str(records), "--dry-run", "--json", env=SIGN_ENV)
    assert res.exit_code == 0, res.output
    out = json.loads(res.output.splitlines()[0])
    assert out["status"] == "planned"
    assert out["c2pa"]["action"] == "sign" and out["c2pa"]["manifest_before"] == manifest_of(C2PA / "C.jpg")[1]["label"]
    assert any("would be re-signed" in w for w in out["warnings"])
    res = embed(str(tmp / "C.jpg"), "--records", str(records), "--dry-run")
    assert res.exit_code == 1 and "carries Content Credentials" in res.output
    assert sha(tmp / "C.jpg") == before


@pytest.mark.parametrize("name", ["C.jpg", "CA.jpg"])
def test_sign_gives_a_valid_manifest_with_the_original_as_parent(work, name):
    tmp, records = work
    original = C2PA / name
    _, old, _ = manifest_of(original)
    res = embed(str(tmp / name), "--records", str(records), "--json", env=SIGN_ENV)
    assert res.exit_code == 0, res.output
    report = json.loads(res.output.splitlines()[0])
    assert report["status"] == "written"

    state, new, failures = manifest_of(tmp / name)
    assert state == "Valid"
    assert set(failures) <= {"signingCredential.untrusted"}       # the test certificate is on no trust list
    assert new["label"] != old["label"]
    assert report["c2pa"] == {"policy": "sign", "action": "sign", "store": "JPEG APP11 (JUMBF)",
                              "manifest_before": old["label"], "state_before": "Valid",
                              "manifest_after": new["label"], "state_after": "Valid"}
    assert new["claim_generator_info"][0]["name"] == "captionist"
    assert new["claim_generator_info"][0]["version"] == __version__
    parents = [i for i in new["ingredients"] if i["relationship"] == "parentOf"]
    assert len(parents) == 1 and parents[0]["active_manifest"] == old["label"]   # the original's manifest
    assert {"c2pa.opened", "c2pa.edited.metadata"} <= set(actions_of(new))
    assert new["signature_info"]["alg"].lower() == "es256"

    t = exiftool(tmp / name)
    assert t["IPTC:Headline"] == t["XMP-photoshop:Headline"] == HEADLINE
    assert t["XMP-dc:Description"] == t["IPTC:Caption-Abstract"] == CAPTION
    assert scan_data(tmp / name) == scan_data(original)                   # the compressed image data
    assert image_data_hash(tmp / name) == image_data_hash(original)       # ExifTool -all= strips APP11 too


def test_sign_again_chains_to_the_previous_captionist_manifest(work):
    tmp, records = work
    assert embed(str(tmp / "C.jpg"), "--records", str(records), env=SIGN_ENV).exit_code == 0
    first = manifest_of(tmp / "C.jpg")[1]["label"]
    records.write_text(json.dumps([{"id": "C", "headline": "Second edit"}]), encoding="utf-8")
    assert embed(str(tmp / "C.jpg"), "--records", str(records), env=SIGN_ENV).exit_code == 0
    state, new, failures = manifest_of(tmp / "C.jpg")
    assert state == "Valid" and set(failures) <= {"signingCredential.untrusted"}
    assert [i["active_manifest"] for i in new["ingredients"] if i["relationship"] == "parentOf"] == [first]
    assert exiftool(tmp / "C.jpg")["IPTC:Headline"] == "Second edit"


def test_strip_removes_the_manifest_and_warns(work):
    tmp, records = work
    res = embed(str(tmp / "C.jpg"), "--records", str(records), "--c2pa", "strip")
    assert res.exit_code == 0, res.output
    assert "warning: Content Credentials (C2PA, JPEG APP11 (JUMBF)) were removed" in res.output
    assert c2pa.Reader.try_create(str(tmp / "C.jpg")) is None
    assert provenance.find_store("jpeg", jpeg.read_header(open(tmp / "C.jpg", "rb")).header) is None
    assert exiftool(tmp / "C.jpg")["XMP-dc:Description"] == CAPTION
    assert scan_data(tmp / "C.jpg") == scan_data(C2PA / "C.jpg")


def test_sign_unsigned_is_a_setting(work):
    tmp, records = work
    assert embed(str(tmp / "A.jpg"), "--records", str(records), env=SIGN_ENV).exit_code == 0
    assert c2pa.Reader.try_create(str(tmp / "A.jpg")) is None                 # default: left unsigned
    shutil.copyfile(C2PA / "A.jpg", tmp / "A.jpg")
    res = embed(str(tmp / "A.jpg"), "--records", str(records), "--c2pa-sign-unsigned", env=SIGN_ENV)
    assert res.exit_code == 0, res.output
    state, new, failures = manifest_of(tmp / "A.jpg")
    assert state == "Valid" and set(failures) <= {"signingCredential.untrusted"}
    assert "c2pa.edited.metadata" in actions_of(new)
    assert exiftool(tmp / "A.jpg")["IPTC:Headline"] == HEADLINE


def test_sign_without_a_certificate_is_a_usage_error(work):
    tmp, records = work
    before = sha(tmp / "C.jpg")
    res = embed(str(tmp / "C.jpg"), "--records", str(records), "--c2pa", "sign",
                env={"CAPTIONIST_C2PA_CERT": None, "CAPTIONIST_C2PA_KEY": None})
    assert res.exit_code == 2
    assert "CAPTIONIST_C2PA_CERT" in res.output
    assert sha(tmp / "C.jpg") == before


def test_a_failed_signing_replaces_nothing(work):
    """A time-stamp authority that does not answer (a closed local port) fails the signing: the
    file stays as it was, the error says why, and no temp file is left."""
    import socket
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    tmp, records = work
    before = sha(tmp / "C.jpg")
    res = embed(str(tmp / "C.jpg"), "--records", str(records),
                env={**SIGN_ENV, "CAPTIONIST_C2PA_TSA_URL": f"http://127.0.0.1:{port}/tsa"})
    assert res.exit_code == 1
    assert "could not sign Content Credentials" in res.output and "nothing was replaced" in res.output
    assert sha(tmp / "C.jpg") == before
    assert not [p for p in tmp.iterdir() if p.name.startswith(".")]


# --------------------------------------------------------------------------- other formats

FORMATS = {"png": ("image/png", "PNG caBX chunk"), "webp": ("image/webp", "WebP C2PA chunk"),
           "tiff": ("image/tiff", "TIFF JUMBF manifest store")}


def _signed(tmp: Path, fmt: str) -> Path:
    """An image carrying a manifest, made with the SDK and the test key."""
    from PIL import Image
    plain = tmp / f"plain.{fmt}"
    Image.new("RGB", (32, 24), (200, 30, 60)).save(plain, fmt.upper())
    cfg = provenance.C2paConfig.make("sign", CERT, KEY)
    out = tmp / f"P.{fmt}"
    out.write_bytes(provenance.sign(plain.read_bytes(), plain, FORMATS[fmt][0], out.name, cfg))
    return out


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_other_formats_are_found_refused_signed_and_stripped(work, fmt):
    tmp, records = work
    img = _signed(tmp, fmt)
    assert provenance.find_store(fmt, img.read_bytes()) == FORMATS[fmt][1]
    records.write_text(json.dumps([{"id": "P", "headline": HEADLINE}], ensure_ascii=False), encoding="utf-8")
    before = sha(img)
    assert embed(str(img), "--records", str(records)).exit_code == 1 and sha(img) == before
    assert embed(str(img), "--records", str(records), env=SIGN_ENV).exit_code == 0
    state, _, failures = manifest_of(img)
    assert state == "Valid" and set(failures) <= {"signingCredential.untrusted"}
    assert exiftool(img)["XMP-photoshop:Headline"] == HEADLINE
    # nothing to change: nothing written, the manifest stays valid whatever the policy
    res = embed(str(img), "--records", str(records), "--c2pa", "strip")
    assert res.exit_code == 0 and ": unchanged" in res.output and manifest_of(img)[0] == "Valid"
    records.write_text(json.dumps([{"id": "P", "headline": "Stripped"}]), encoding="utf-8")
    res = embed(str(img), "--records", str(records), "--c2pa", "strip")
    if fmt == "tiff":      # no way to remove it from a TIFF yet: said so, file untouched
        assert res.exit_code == 1 and "not supported" in res.output and manifest_of(img)[0] == "Valid"
        return
    assert res.exit_code == 0, res.output
    assert provenance.find_store(fmt, img.read_bytes()) is None
    assert c2pa.Reader.try_create(str(img)) is None
    assert exiftool(img)["XMP-photoshop:Headline"] == "Stripped"


# --------------------------------------------------------------------------- daemon

def _daemon_once(tmp: Path, names: list[str], **c2pa_settings):
    from captionist.daemon import Daemon
    from captionist.settings import load_settings

    inbox, recs = tmp / "inbox", tmp / "recs"
    inbox.mkdir()
    recs.mkdir()
    (recs / "r.json").write_text(json.dumps([{"id": Path(n).stem, "headline": HEADLINE, "description": CAPTION}
                                             for n in names], ensure_ascii=False), encoding="utf-8")
    for n in names:
        shutil.copyfile(C2PA / n, inbox / n)
    d = Daemon(load_settings(daemon=dict(inbox=inbox, records=recs, workers=1, once=True, **c2pa_settings)).daemon)
    rc = d.run()
    con = sqlite3.connect(inbox / ".captionist" / "journal.sqlite")
    con.row_factory = sqlite3.Row
    rows = {r["name"]: dict(r) for r in con.execute("SELECT * FROM files")}
    con.close()
    return inbox, rc, rows


def test_daemon_routes_refused_files_to_review_untouched(tmp_path):
    inbox, rc, rows = _daemon_once(tmp_path, ["C.jpg", "A.jpg"])
    assert rc == 1
    assert sha(inbox / "review" / "C.jpg") == sha(C2PA / "C.jpg")
    why = json.loads((inbox / "review" / "C.jpg.review.json").read_text())
    assert "carries Content Credentials" in why["error"] and why["c2pa"]["policy"] == "refuse"
    assert rows["C.jpg"]["status"] == "refused" and rows["C.jpg"]["folder"] == "review"
    prov = json.loads(rows["C.jpg"]["provenance"])
    assert prov["action"] == "refuse" and prov["manifest_before"] == manifest_of(C2PA / "C.jpg")[1]["label"]
    assert exiftool(inbox / "done" / "A.jpg")["IPTC:Headline"] == HEADLINE


def test_daemon_signs_and_journals_the_manifest_ids(tmp_path):
    inbox, rc, rows = _daemon_once(tmp_path, ["C.jpg"], c2pa="sign", c2pa_cert=CERT, c2pa_key=KEY)
    assert rc == 0
    out = inbox / "done" / "C.jpg"
    state, new, failures = manifest_of(out)
    assert state == "Valid" and set(failures) <= {"signingCredential.untrusted"}
    prov = json.loads(rows["C.jpg"]["provenance"])
    assert prov["policy"] == "sign" and prov["manifest_after"] == new["label"]
    assert prov["manifest_before"] == manifest_of(C2PA / "C.jpg")[1]["label"]
    assert rows["C.jpg"]["sha256_out"] == sha(out)
    assert exiftool(out)["XMP-dc:Description"] == CAPTION
    assert scan_data(out) == scan_data(C2PA / "C.jpg")


def test_undo_of_a_signed_file_keeps_its_credentials_valid(tmp_path, monkeypatch):
    from captionist.settings import load_c2pa
    from captionist.undo import undo
    inbox, rc, rows = _daemon_once(tmp_path, ["C.jpg"], c2pa="sign", c2pa_cert=CERT, c2pa_key=KEY)
    out, journal_path = inbox / "done" / "C.jpg", inbox / ".captionist" / "journal.sqlite"
    signed = sha(out)
    monkeypatch.delenv("CAPTIONIST_C2PA", raising=False)
    [res] = undo(journal_path, str(out), load_c2pa())                       # default policy: refuse
    assert res.status == "refused" and "carries Content Credentials" in res.error
    assert sha(out) == signed
    for k, v in SIGN_ENV.items():
        monkeypatch.setenv(k, v)
    [res] = undo(journal_path, str(out), load_c2pa())
    assert res.status == "undone", res.error
    state, new, failures = manifest_of(out)
    assert state == "Valid" and set(failures) <= {"signingCredential.untrusted"}
    assert [i["active_manifest"] for i in new["ingredients"] if i["relationship"] == "parentOf"] \
        == [json.loads(rows["C.jpg"]["provenance"])["manifest_after"]]
    assert "IPTC:Headline" not in exiftool(out)
    assert scan_data(out) == scan_data(C2PA / "C.jpg")


def test_daemon_strip_warns_in_the_journal(tmp_path):
    inbox, rc, rows = _daemon_once(tmp_path, ["C.jpg"], c2pa="strip")
    assert rc == 0
    assert c2pa.Reader.try_create(str(inbox / "done" / "C.jpg")) is None
    assert any("were removed" in w for w in json.loads(rows["C.jpg"]["warnings"]))
    assert json.loads(rows["C.jpg"]["provenance"])["action"] == "strip"


def test_daemon_policy_from_the_config_file_and_the_environment(tmp_path, monkeypatch):
    from captionist.settings import load_settings
    conf = tmp_path / "captionist.toml"
    conf.write_text(f'c2pa = "sign"\nc2pa_cert = "{CERT}"\nc2pa_key = "{KEY}"\nc2pa_sign_unsigned = true\n')
    monkeypatch.delenv("CAPTIONIST_C2PA", raising=False)
    cfg = load_settings(conf, daemon=dict(inbox=tmp_path, records=tmp_path)).daemon.c2pa_config
    assert (cfg.policy, cfg.cert, cfg.key, cfg.sign_unsigned) == ("sign", CERT, KEY, True)
    monkeypatch.setenv("CAPTIONIST_C2PA", "strip")                 # the environment wins over the file
    assert load_settings(conf, daemon=dict(inbox=tmp_path, records=tmp_path)).daemon.c2pa_config.policy == "strip"


def test_daemon_will_not_start_signing_without_a_key(tmp_path):
    from captionist.settings import load_settings
    with pytest.raises(Exception, match="CAPTIONIST_C2PA_KEY"):
        load_settings(daemon=dict(inbox=tmp_path, records=tmp_path, c2pa="sign", c2pa_cert=CERT))


def test_journal_made_before_provenance_gains_the_column(tmp_path):
    from captionist import journal
    path = tmp_path / "j.sqlite"
    con = sqlite3.connect(path)
    con.executescript(journal.SCHEMA.replace(",\n    provenance  TEXT", ""))
    con.close()
    j = journal.Journal(path)
    j.record({"claim": "c1", "item": "i", "run_id": "r", "name": "x.jpg", "status": "written",
              "provenance": {"policy": "sign"}})
    assert json.loads(j.con.execute("SELECT provenance FROM files").fetchone()[0]) == {"policy": "sign"}
    j.close()


# --------------------------------------------------------------------------- HTTP API

def _post_embed(server, path: Path):
    with server.client() as c, open(path, "rb") as f:
        return c.post("/embed", files={"file": (path.name, f, "image/jpeg")},
                      data={"record": json.dumps({"headline": HEADLINE, "description": CAPTION})})


def test_api_refuses_with_a_problem_document(tmp_path):
    from apiserver import run_server
    with run_server(tmp_path) as server:
        r = _post_embed(server, C2PA / "C.jpg")
    assert r.status_code == 409
    assert r.headers["content-type"].startswith("application/problem+json")
    body = r.json()
    assert body["type"].endswith("content-credentials") and body["status"] == 409
    assert "carries Content Credentials" in body["detail"] and "--c2pa sign" in body["detail"]
    assert str(tmp_path) not in body["detail"]


def test_api_signs_with_the_configured_certificate(tmp_path):
    from apiserver import run_server
    with run_server(tmp_path, c2pa="sign", c2pa_cert=CERT, c2pa_key=KEY) as server:
        r = _post_embed(server, C2PA / "C.jpg")
    assert r.status_code == 200, r.text
    out = tmp_path / "out.jpg"
    out.write_bytes(r.content)
    state, new, failures = manifest_of(out)
    assert state == "Valid" and set(failures) <= {"signingCredential.untrusted"}
    assert [i["active_manifest"] for i in new["ingredients"] if i["relationship"] == "parentOf"] \
        == [manifest_of(C2PA / "C.jpg")[1]["label"]]
    assert exiftool(out)["IPTC:Headline"] == HEADLINE
    assert scan_data(out) == scan_data(C2PA / "C.jpg")
