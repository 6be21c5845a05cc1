"""The HTTP API against slow and vanishing clients (issue 11, items 1 and 8): headers or a body
that trickle in are timed out with 408, a client that goes away mid-upload is one quiet log
line (no "Exception in ASGI application"), and an upload is only ever captioned whole."""

from __future__ import annotations

import json
import socket
import time
from urllib.parse import urlparse

import pytest
from apiserver import TOKEN, run_server
from conftest import make_jpeg


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with run_server(tmp_path_factory.mktemp("limits"), header_timeout=1.0, body_idle_timeout=1.0,
                    body_timeout=20.0) as srv:
        yield srv


def _connect(server) -> socket.socket:
    u = urlparse(server.url)
    s = socket.create_connection((u.hostname, u.port), timeout=30)
    return s


def _read_all(s: socket.socket) -> bytes:
    out = b""
    while True:
        try:
            chunk = s.recv(65536)
        except (ConnectionResetError, socket.timeout):
            break
        if not chunk:
            break
        out += chunk
    return out


def _multipart(image: bytes, record: dict) -> tuple[bytes, str]:
    boundary = "captionist-test-boundary"
    body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"record\"\r\n\r\n{json.dumps(record)}\r\n"
            f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
            f"Content-Type: image/jpeg\r\n\r\n").encode() + image + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


def _head(path: str, body_len: int, ctype: str) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {TOKEN}\r\n"
            f"Content-Type: {ctype}\r\nContent-Length: {body_len}\r\n\r\n").encode()


def test_trickled_headers_are_timed_out(server):
    s = _connect(server)
    s.sendall(b"GET /records HTTP/1.1\r\nHost: localhost\r\n")
    closed = False
    for _ in range(60):                    # one header byte every 0.25 s, never finishing
        try:
            s.sendall(b"X")
        except (BrokenPipeError, ConnectionResetError):
            closed = True
            break
        time.sleep(0.25)
        s.settimeout(0.01)
        try:
            got = s.recv(4096)
        except socket.timeout:
            continue
        finally:
            s.settimeout(30)
        assert got.startswith(b"HTTP/1.1 408"), got
        closed = True
        break
    s.close()
    assert closed, "a client trickling its headers kept the connection for 15 s"


def test_a_stalled_body_gets_408_and_is_not_used(server, tmp_path):
    image = make_jpeg(tmp_path / "photo.jpg").read_bytes()
    body, ctype = _multipart(image, {"id": "photo", "headline": "Never"})
    s = _connect(server)
    s.sendall(_head("/embed", len(body), ctype) + body[: len(body) // 2])    # then nothing
    answer = _read_all(s)
    s.close()
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert b"did not arrive in time" in answer


def test_a_client_gone_mid_upload_is_one_quiet_line(server, tmp_path):
    image = make_jpeg(tmp_path / "photo.jpg", size=(800, 600)).read_bytes()
    body, ctype = _multipart(image, {"id": "photo", "headline": "Never"})
    for path, b, ct in (("/embed", body, ctype), ("/records", b'[{"id": "a", "headline": "x"}, ' * 2000,
                                                           "application/json")):
        s = _connect(server)
        s.sendall(_head(path, len(b), ct) + b[: len(b) // 3])
        time.sleep(0.2)
        s.close()                          # gone, Content-Length never met
    time.sleep(0.5)
    with server.client() as c:
        assert c.get("/records").status_code == 200      # still serving
        assert "a" not in c.get("/records").json()["ids"]  # nothing half-sent was stored
    log = server.log.read_text()
    assert "Exception in ASGI application" not in log
    assert "Traceback" not in log


def test_post_embed_refuses_a_cut_jpeg_and_captions_a_whole_one(server, tmp_path):
    whole = make_jpeg(tmp_path / "photo.jpg", size=(400, 300)).read_bytes()
    with server.client() as c:
        r = c.post("/embed", files={"file": ("photo.jpg", whole[: len(whole) // 2], "image/jpeg")},
                   data={"record": json.dumps({"headline": "Half"})})
        assert r.status_code == 422
        assert "does not end with its end marker (FF D9)" in r.json()["detail"]
        r = c.post("/embed", files={"file": ("photo.jpg", whole, "image/jpeg")},
                   data={"record": json.dumps({"headline": "Whole"})})
        assert r.status_code == 200
        assert r.content[r.content.index(b"\xff\xda"):] == whole[whole.index(b"\xff\xda"):]
