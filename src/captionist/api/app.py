"""The HTTP API for DAMs: records, one-shot embed/read, jobs on shared storage, webhooks.

`create_app(settings)` builds the ASGI app (FastAPI); `captionist serve` runs it with uvicorn.
Every route but `/healthz` needs `Authorization: Bearer <token>`. Errors are RFC 9457 problem
documents (`application/problem+json`). The work itself is `captionist.pipeline`'s, as for
the CLI and the daemon; this module only moves bytes, checks paths and reports.

    POST /embed         multipart file + record (JSON) or record_id -> the captioned file
    POST /read          multipart file -> the record the file carries
    PUT|GET|DELETE /records/{id}, GET /records, POST /records (bulk: JSON, JSON Lines, CSV, sheet)
    POST /jobs, GET /jobs/{id}   files under the storage roots, in the background
    GET /healthz, GET /metrics  (Prometheus text format)

FastAPI, uvicorn and python-multipart are the optional `api` extra: this module imports them
at the top, so import it only when serving.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import queue
import random
import re
import shutil
import tempfile
import threading
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Literal, Optional
from urllib.parse import quote

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from starlette.background import BackgroundTask
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import __version__, export, files, pipeline, reader
from ..errors import CaptionistError, ReadError, RecordError, UnsupportedFormatError
from ..formats import detect
from ..model import CaptionRecord, Policy
from ..sources import load_records

PROBLEM = "application/problem+json"
PROBLEM_BASE = "https://captionist.example/problems/"
REPORT_HEADER = "X-Captionist-Report"
REPORT_HEADER_MAX = 8192          # bytes of base64; larger reports go compact (see docs/api.md)
SIGNATURE_HEADER = "X-Captionist-Signature"
TIMESTAMP_HEADER = "X-Captionist-Timestamp"
TOKENS_ENV = "CAPTIONIST_API_TOKENS"


class ConfigError(CaptionistError):
    """The API (or the daemon it should run) is not configured well enough to start."""


# =============================================================================== settings

class ApiSettings(BaseModel):
    """What `captionist serve` reads from the `[api]` table of its config file (TOML or JSON)."""

    model_config = ConfigDict(extra="forbid")

    host: str = "127.0.0.1"
    port: int = Field(8750, ge=0, le=65535)
    tokens: list[str] = Field(default_factory=list, description=f"bearer tokens; also ${TOKENS_ENV}")
    records_dir: Path = Path("records")
    storage_roots: list[Path] = Field(default_factory=list, description="folders jobs may touch")
    max_body_bytes: int = Field(100 * 1024 * 1024, ge=1024)
    job_workers: int = Field(2, ge=1, le=64)
    jobs_kept: int = Field(1000, ge=1, description="finished jobs remembered for GET /jobs/{id}")
    policy: Policy = Policy.REPLACE
    sidecar: Literal["stem", "name"] = "stem"
    webhook_url: Optional[str] = None
    webhook_secret: Optional[str] = None
    webhook_attempts: int = Field(6, ge=1, le=20)
    webhook_backoff: float = Field(1.0, gt=0, description="seconds before the first retry; doubled each time")
    webhook_backoff_max: float = Field(60.0, gt=0)
    webhook_timeout: float = Field(10.0, gt=0)
    run_daemon: bool = False
    daemon: dict[str, Any] = Field(default_factory=dict, description="the [daemon] table, for captionist.settings")


def load_settings(config: Path | None = None, **overrides: Any) -> ApiSettings:
    """Settings from a TOML/JSON config file (its `[api]` table, `[daemon]` passed along),
    tokens added from $CAPTIONIST_API_TOKENS, then explicit overrides (None ignored)."""
    data: dict[str, Any] = {}
    if config is not None:
        config = Path(config)
        try:
            text = config.read_bytes()
            if config.suffix.lower() == ".json":
                doc = json.loads(text)
            else:
                import tomllib
                doc = tomllib.loads(text.decode("utf-8"))
        except (OSError, ValueError) as e:
            raise ConfigError(config, f"cannot read the config file: {e}") from None
        data = dict(doc.get("api", {}))
        if "daemon" in doc:
            data["daemon"] = doc["daemon"]
        base = config.parent
        for key in ("records_dir",):
            if key in data and not Path(data[key]).is_absolute():
                data[key] = str(base / data[key])
        if "storage_roots" in data:
            data["storage_roots"] = [str(p if Path(p).is_absolute() else base / p) for p in data["storage_roots"]]
    env_tokens = [t.strip() for t in os.environ.get(TOKENS_ENV, "").split(",") if t.strip()]
    data["tokens"] = list(data.get("tokens", [])) + env_tokens
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return ApiSettings.model_validate(data)
    except ValidationError as e:
        raise ConfigError(config, "; ".join(f"{'.'.join(map(str, x['loc']))}: {x['msg']}" for x in e.errors())) from None


# =============================================================================== problems

class ProblemError(BaseModel):
    field: str = Field(description="dotted path of the field (record index first in bulk uploads)")
    pointer: str = Field(description="the same path as a JSON Pointer into the request body")
    message: str


class Problem(BaseModel):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str = ""
    instance: Optional[str] = None
    errors: list[ProblemError] = Field(default_factory=list)


class ProblemException(Exception):
    def __init__(self, status: int, slug: str, title: str, detail: str = "",
                 errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None):
        self.status, self.slug, self.title, self.detail = status, slug, title, detail
        self.errors = errors or []
        self.headers = headers or {}
        super().__init__(detail or title)


def problem(status: int, slug: str, title: str, detail: str = "", errors=None, instance: str | None = None,
            headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail,
            "errors": errors or []}
    if instance:
        body["instance"] = instance
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _error_item(loc: tuple | list, message: str) -> dict[str, str]:
    parts = [str(x) for x in loc]
    return {"field": ".".join(parts), "pointer": "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts),
            "message": message}


def _pydantic_errors(e: ValidationError, prefix: tuple = ()) -> list[dict[str, str]]:
    return [_error_item(prefix + tuple(err.get("loc", ())), err.get("msg", "invalid")) for err in e.errors()]


class BodyTooLarge(StarletteHTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"the request body is larger than {limit} bytes")


# =============================================================================== records store

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,150}$")


class FolderStore:
    """Records kept as one JSON file each in a folder (the daemon reads the same folder).

    A record with id `X` lives in `X.json` when X is a plain file name, else in
    `_<sha256 of X>.json`; the file holds the record, id included. Writes are atomic."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._records: dict[str, CaptionRecord] = {}
        self._load()

    def _load(self) -> None:
        for p in sorted(self.folder.glob("*.json")):
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
                if isinstance(data, dict) and isinstance(data.get("id"), str) and self.path_for(data["id"]) == p:
                    self._records[data["id"]] = CaptionRecord.model_validate_json(json.dumps(data), strict=True)
            except (OSError, ValueError):
                continue   # not ours (a desk's own records file): the daemon may still use it

    def path_for(self, rid: str) -> Path:
        name = rid if _SAFE_NAME.match(rid) else "_" + hashlib.sha256(rid.encode()).hexdigest()
        return self.folder / f"{name}.json"

    def get(self, rid: str) -> CaptionRecord | None:
        with self._lock:
            return self._records.get(rid)

    def ids(self) -> list[str]:
        with self._lock:
            return sorted(self._records)

    def all(self) -> list[CaptionRecord]:
        with self._lock:
            return list(self._records.values())

    def put_many(self, records: list[CaptionRecord]) -> list[bool]:
        """Store records; for each, True when it is new."""
        created = []
        with self._lock:
            for rec in records:
                data = json.dumps(rec.to_json_dict(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
                files.atomic_write(self.path_for(rec.id), [data], fsync=True)
                created.append(rec.id not in self._records)
                self._records[rec.id] = rec
        return created

    def delete(self, rid: str) -> bool:
        with self._lock:
            if rid not in self._records:
                return False
            try:
                self.path_for(rid).unlink()
            except FileNotFoundError:
                pass
            del self._records[rid]
            return True


# =============================================================================== metrics

class Metrics:
    """Counters and a latency histogram, written out in the Prometheus text format 0.0.4."""

    BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

    def __init__(self):
        self._lock = threading.Lock()
        self.outcomes: dict[tuple[str, str], int] = {}
        self.buckets = [0] * len(self.BUCKETS)
        self.count = 0
        self.total = 0.0
        self.webhooks: dict[str, int] = {}

    def observe(self, source: str, status: str, seconds: float) -> None:
        with self._lock:
            key = (source, status)
            self.outcomes[key] = self.outcomes.get(key, 0) + 1
            self.count += 1
            self.total += seconds
            for i, b in enumerate(self.BUCKETS):
                if seconds <= b:
                    self.buckets[i] += 1

    def webhook(self, result: str) -> None:
        with self._lock:
            self.webhooks[result] = self.webhooks.get(result, 0) + 1

    def render(self, gauges: dict[str, dict[str, float]], extra: str = "") -> str:
        with self._lock:
            lines = ["# HELP captionist_files_processed_total Files processed, by source and outcome.",
                     "# TYPE captionist_files_processed_total counter"]
            for (source, status), n in sorted(self.outcomes.items()):
                lines.append(f'captionist_files_processed_total{{source="{source}",outcome="{status}"}} {n}')
            lines += ["# HELP captionist_processing_seconds Time to process one file.",
                      "# TYPE captionist_processing_seconds histogram"]
            for b, n in zip(self.BUCKETS, self.buckets):
                lines.append(f'captionist_processing_seconds_bucket{{le="{b}"}} {n}')
            lines += [f'captionist_processing_seconds_bucket{{le="+Inf"}} {self.count}',
                      f"captionist_processing_seconds_sum {self.total:.6f}",
                      f"captionist_processing_seconds_count {self.count}",
                      "# HELP captionist_webhook_deliveries_total Webhook delivery attempts, by result.",
                      "# TYPE captionist_webhook_deliveries_total counter"]
            for result, n in sorted(self.webhooks.items()):
                lines.append(f'captionist_webhook_deliveries_total{{result="{result}"}} {n}')
        lines += ["# HELP captionist_queue_depth Items waiting, by queue.", "# TYPE captionist_queue_depth gauge"]
        for name, value in sorted(gauges.get("queue_depth", {}).items()):
            lines.append(f'captionist_queue_depth{{queue="{name}"}} {value:g}')
        return "\n".join(lines) + "\n" + extra


# =============================================================================== webhooks

def sign(secret: str, timestamp: str, body: bytes) -> str:
    """The signature header value: HMAC-SHA256 over `<timestamp>.<raw body>`."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body, hashlib.sha256)
    return "sha256=" + mac.hexdigest()


class WebhookSender:
    """Delivers events on its own thread: signed, retried with bounded exponential back-off."""

    RETRY_STATUS = {408, 425, 429}

    def __init__(self, settings: ApiSettings, metrics: Metrics):
        self.url = settings.webhook_url
        self.secret = settings.webhook_secret or ""
        self.attempts = settings.webhook_attempts
        self.backoff = settings.webhook_backoff
        self.backoff_max = settings.webhook_backoff_max
        self.timeout = settings.webhook_timeout
        self.metrics = metrics
        self.queue: queue.Queue = queue.Queue()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.url and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="captionist-webhooks", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self.queue.put(None)
        if self._thread is not None:
            self._thread.join(timeout)

    def emit(self, event_type: str, data: dict[str, Any]) -> None:
        if not self.url:
            return
        event = {"id": uuid.uuid4().hex, "type": event_type, "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
                 "data": data}
        self.queue.put(event)

    def depth(self) -> int:
        return self.queue.qsize()

    def _run(self) -> None:
        while True:
            event = self.queue.get()
            if event is None:
                return
            self._deliver(event)

    def _deliver(self, event: dict[str, Any]) -> None:
        body = json.dumps(event, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        for attempt in range(1, self.attempts + 1):
            ts = str(int(time.time()))
            req = urllib.request.Request(self.url, data=body, method="POST", headers={
                "Content-Type": "application/json", "User-Agent": f"captionist/{__version__}",
                TIMESTAMP_HEADER: ts, SIGNATURE_HEADER: sign(self.secret, ts, body),
                "X-Captionist-Event": event["type"], "X-Captionist-Delivery": event["id"],
            })
            retry = True
            try:
                with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                    resp.read(65536)
                    if 200 <= resp.status < 300:
                        self.metrics.webhook("delivered")
                        return
            except urllib.error.HTTPError as e:
                retry = e.code >= 500 or e.code in self.RETRY_STATUS
            except (OSError, ValueError):
                pass
            if not retry or attempt == self.attempts:
                self.metrics.webhook("failed")
                return
            self.metrics.webhook("retried")
            delay = min(self.backoff * 2 ** (attempt - 1), self.backoff_max) * random.uniform(0.8, 1.0)
            if self._stop.wait(delay):
                self.metrics.webhook("failed")
                return


# =============================================================================== jobs and paths

class PathOutsideRoots(Exception):
    pass


def confine(path: str, roots: list[Path]) -> Path:
    """The real path of `path` if it lies under one of `roots`, else PathOutsideRoots.

    Relative paths are taken from the first root. A `..` component is refused before anything
    is resolved; then the fully resolved path (symlinks followed) must stay under a resolved
    root, so a symlink pointing out of the roots is refused too."""
    if not roots:
        raise PathOutsideRoots("no storage roots are configured")
    if "\x00" in path or not path.strip():
        raise PathOutsideRoots("not a path")
    p = Path(path)
    if ".." in p.parts:
        raise PathOutsideRoots("'..' is not allowed in paths")
    candidate = p if p.is_absolute() else Path(roots[0]) / p
    real = Path(os.path.realpath(candidate))
    for root in roots:
        if real.is_relative_to(Path(os.path.realpath(root))):
            return real
    raise PathOutsideRoots("the path is outside the storage roots")


class JobRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: list[str] = Field(min_length=1, max_length=10000,
                             description="image paths, relative to the first storage root or absolute within a root")
    record: Optional[CaptionRecord] = Field(None, description="write this record into every file")
    record_id: Optional[str] = Field(None, description="write this stored record into every file")
    out: Optional[str] = Field(None, description="write captioned copies into this folder (under a root)")
    dry_run: bool = False
    policy: Optional[Policy] = None


class JobFile(BaseModel):
    file: str
    status: str
    record: Optional[str] = None
    output: Optional[str] = None
    changes: list[dict[str, Any]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: Optional[str] = None
    seconds: float = 0.0


class Job(BaseModel):
    id: str
    status: Literal["queued", "running", "done", "failed"]
    created: float
    started: Optional[float] = None
    finished: Optional[float] = None
    total: int
    done: int = 0
    counts: dict[str, int] = Field(default_factory=dict)
    files: list[JobFile] = Field(default_factory=list)
    error: Optional[str] = None


class JobManager:
    def __init__(self, app_state: "State"):
        self.state = app_state
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queued = 0
        self.pool = ThreadPoolExecutor(max_workers=app_state.settings.job_workers, thread_name_prefix="captionist-job")

    def submit(self, files_: list[tuple[str, Path]], record: CaptionRecord | None, options: pipeline.Options) -> Job:
        job = Job(id=uuid.uuid4().hex, status="queued", created=time.time(), total=len(files_))
        with self._lock:
            self.jobs[job.id] = job
            self._queued += 1
            keep = self.state.settings.jobs_kept
            finished = [j for j in self.jobs.values() if j.status in ("done", "failed")]
            for old in sorted(finished, key=lambda j: j.created)[: max(0, len(self.jobs) - keep)]:
                del self.jobs[old.id]
        self.pool.submit(self._run, job, files_, record, options)
        return job

    def get(self, jid: str) -> Job | None:
        with self._lock:
            job = self.jobs.get(jid)
            return job.model_copy(deep=True) if job else None

    def depth(self) -> int:
        return self._queued

    def _run(self, job: Job, files_: list[tuple[str, Path]], record: CaptionRecord | None,
             options: pipeline.Options) -> None:
        with self._lock:
            self._queued -= 1
            job.status, job.started = "running", time.time()
        try:
            records = self.state.store.all() if record is None else None
            for i, (given, real) in enumerate(files_, 1):
                try:
                    # the tree may have changed since the request was checked: check again
                    again = confine(str(real), self.state.settings.storage_roots)
                    if again != real:
                        raise PathOutsideRoots("the path changed since the job was accepted")
                    if record is not None:
                        out = pipeline.embed(real, record, options)
                    else:
                        out = pipeline.process(real, records, options, position=i)
                except PathOutsideRoots as e:
                    out = pipeline.Outcome(real, "failed", error=f"{given}: {e}")
                except Exception as e:  # noqa: BLE001 - one file's surprise must not end the job
                    out = pipeline.Outcome(real, "failed", error=f"{given}: {type(e).__name__}: {e}")
                report = JobFile(file=given, status=out.status, record=out.record_id,
                                 output=str(out.output) if out.output else None, changes=out.changes,
                                 warnings=out.warnings, error=out.error, seconds=round(out.seconds, 4))
                self.state.metrics.observe("job", out.status, out.seconds)
                self.state.webhooks.emit("file.processed", {"job": job.id, **report.model_dump()})
                with self._lock:
                    job.files.append(report)
                    job.done += 1
                    job.counts[out.status] = job.counts.get(out.status, 0) + 1
            with self._lock:
                job.status = "done"
        except Exception as e:  # noqa: BLE001 - a job must end in a state, whatever happened
            with self._lock:
                job.status, job.error = "failed", f"{type(e).__name__}: {e}"
        finally:
            with self._lock:
                job.finished = time.time()
            self.state.webhooks.emit("job.finished", {"job": job.id, "status": job.status, "counts": job.counts,
                                                      "total": job.total})


# =============================================================================== app state

class State:
    def __init__(self, settings: ApiSettings):
        self.settings = settings
        self.metrics = Metrics()
        self.store = FolderStore(settings.records_dir)
        self.daemon = _make_daemon(settings) if settings.run_daemon else None
        self.webhooks = WebhookSender(settings, self.metrics)
        self.jobs = JobManager(self)
        self.started = time.time()


def _make_daemon(settings: ApiSettings):
    """The watch-folder daemon, run in this process (captionist.daemon, captionist.settings)."""
    try:
        from ..daemon import Daemon  # type: ignore[attr-defined]
        from ..settings import Settings  # type: ignore[attr-defined]
    except ImportError as e:
        raise ConfigError(None, "run_daemon is set but the watch-folder daemon is not available in this "
                                f"installation ({e}); remove run_daemon or install a captionist with the daemon") from None
    try:
        return Daemon(Settings(**settings.daemon))
    except Exception as e:  # noqa: BLE001 - report any settings problem as a config error
        raise ConfigError(None, f"the [daemon] settings are not valid: {e}") from None


# =============================================================================== middleware

class BodyLimit:
    """413 when a body is larger than the limit: on Content-Length up front, and while it streams."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.limit
                except ValueError:
                    too_big = False
                if too_big:
                    resp = problem(413, "body-too-large", "Request body too large",
                                   f"the request body is larger than {self.limit} bytes",
                                   headers={"Connection": "close"})
                    return await resp(scope, receive, send)
        seen = 0

        async def limited_receive():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        return await self.app(scope, limited_receive, send)


# =============================================================================== the app

_bearer = HTTPBearer(auto_error=False, description="a token from the config file or $CAPTIONIST_API_TOKENS")


def _require_token(request: Request, creds: Optional[HTTPAuthorizationCredentials] = Depends(_bearer)) -> None:
    tokens: list[str] = request.app.state.captionist.settings.tokens
    given = (creds.credentials if creds and creds.scheme.lower() == "bearer" else "").encode("utf-8")
    ok = False
    for t in tokens:   # compare against every token, in constant time each
        ok |= hmac.compare_digest(given, t.encode("utf-8"))
    if not ok or not given:
        raise ProblemException(401, "unauthorized", "Authentication required",
                               "send Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})


def _record_problem(errors: list[dict[str, str]], detail: str = "the record is not valid") -> ProblemException:
    return ProblemException(422, "invalid-record", "Invalid caption record", detail, errors)


def _parse_record_text(text: str | bytes, rid: str | None = None) -> CaptionRecord:
    """A record from JSON text: a captionist record, an IPTC PMD JSON document or one ExifTool
    JSON object. 400 when it is not JSON, 422 (with each field's path) when it is not valid."""
    try:
        data = json.loads(text)
    except (ValueError, UnicodeDecodeError) as e:
        raise ProblemException(400, "malformed-body", "Malformed JSON", f"the record is not valid JSON: {e}") from None
    return _record_from_obj(data, rid)


def _record_from_obj(data: Any, rid: str | None = None, index: int | None = None) -> CaptionRecord:
    prefix = (index,) if index is not None else ()
    if not isinstance(data, dict):
        raise _record_problem([_error_item(prefix or ("",), "a record must be a JSON object")])
    fmt = export.sniff_object(data)
    strict = fmt is None
    if fmt is not None:
        try:
            data = export.objects_to_records(data, fmt)[0]
        except ValueError as e:   # an ExifTool structure that does not parse
            raise _record_problem([_error_item(prefix or ("",), str(e))]) from None
    if rid is not None:
        if data.get("id") not in (None, rid):
            raise _record_problem([_error_item(prefix + ("id",), f"the record's id must be {rid!r} (the URL's)")])
        data = {**data, "id": rid}
    try:
        return CaptionRecord.model_validate_json(json.dumps(data), strict=strict)
    except ValidationError as e:
        raise _record_problem(_pydantic_errors(e, prefix)) from None


def _safe_suffix(filename: str | None) -> str:
    suffix = Path(filename or "").suffix.lower()
    return suffix if re.match(r"^\.[a-z0-9]{1,8}$", suffix) else ""


def _disposition(filename: str) -> str:
    ascii_name = re.sub(r'[^A-Za-z0-9._ -]', "_", filename)[:150] or "image"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


async def _save_upload(upload: UploadFile, folder: Path) -> Path:
    target = folder / ("image" + _safe_suffix(upload.filename))
    with open(target, "wb") as f:
        while True:
            chunk = await upload.read(1 << 20)
            if not chunk:
                break
            f.write(chunk)
    return target


def encode_report(report: dict[str, Any]) -> str:
    """The report header's value: base64url (RFC 4648 section 5, padded) of UTF-8 JSON.
    Reports longer than REPORT_HEADER_MAX drop each change's before/after values."""
    raw = json.dumps(report, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    value = base64.urlsafe_b64encode(raw).decode("ascii")
    if len(value) > REPORT_HEADER_MAX:
        compact = {**report, "changes": [{"field": c["field"], "blocks": c["blocks"]} for c in report.get("changes", [])],
                   "truncated": True}
        value = base64.urlsafe_b64encode(json.dumps(compact, separators=(",", ":")).encode("utf-8")).decode("ascii")
    return value


def _report(out: pipeline.Outcome, filename: str) -> dict[str, Any]:
    return {"file": filename, "status": out.status, "record": out.record_id, "changes": out.changes,
            "warnings": out.warnings, "error": out.error, "seconds": round(out.seconds, 4)}


_BULK_TYPES = {
    "application/json": "json",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/x-jsonlines": "jsonl",
    "application/json-lines": "jsonl",
    "text/csv": "csv",
    "text/plain": "sheet", "text/x-caption-sheet": "sheet",
}
_SHEET_SUFFIX = ".txt"


def _bulk_records(body: bytes, kind: str) -> list[CaptionRecord]:
    if kind == "json":
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError) as e:
            raise ProblemException(400, "malformed-body", "Malformed JSON", str(e)) from None
        return _validate_all(data if isinstance(data, list) else [data])
    if kind == "jsonl":
        items = []
        try:
            text = body.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ProblemException(400, "malformed-body", "Not UTF-8", str(e)) from None
        for n, line in enumerate(text.splitlines(), 1):
            if line.strip():
                try:
                    items.append(json.loads(line))
                except ValueError as e:
                    raise ProblemException(400, "malformed-body", "Malformed JSON Lines", f"line {n}: {e}") from None
        return _validate_all(items)
    # CSV and caption sheets: the sources package reads files, so hand it one
    with tempfile.TemporaryDirectory(prefix="captionist-bulk-") as tmp:
        path = Path(tmp) / ("records" + (".csv" if kind == "csv" else _SHEET_SUFFIX))
        path.write_bytes(body)
        try:
            rs = load_records(path)
        except RecordError as e:
            status = 415 if "unknown record format" in e.reason else 422
            raise ProblemException(status, "unsupported-records" if status == 415 else "invalid-record",
                                   "Records not readable", e.reason.replace(tmp, "")) from None
        if rs.errors:
            errs = [{"field": e.field or "", "pointer": "/" + (e.field or "").replace(".", "/"),
                     "message": str(e).replace(str(path), "body")} for e in rs.errors]
            raise _record_problem(errs, f"{len(rs.errors)} record(s) not valid; nothing was stored")
        return rs.records


def _validate_all(items: list[Any]) -> list[CaptionRecord]:
    """Every item as a record (each may be an IPTC or ExifTool object), or one 422 listing all problems."""
    records, errors = [], []
    for i, item in enumerate(items):
        try:
            records.append(_record_from_obj(item, index=i))
        except ProblemException as e:
            errors += e.errors
    if errors:
        raise _record_problem(errors, f"{len(errors)} problem(s); nothing was stored")
    return records


def _problem_openapi(schema: dict[str, Any]) -> dict[str, Any]:
    """Error responses are problem documents: say so, and drop FastAPI's own 422 models."""
    ref = {"$ref": "#/components/schemas/Problem"}
    for path_item in schema.get("paths", {}).values():
        for op in path_item.values():
            responses = op.setdefault("responses", {})
            if op.get("security"):
                responses.setdefault("401", {"description": "no or wrong bearer token"})
            if op.get("requestBody"):
                responses.setdefault("413", {"description": "request body too large"})
            for code, resp in responses.items():
                if code.isdigit() and int(code) >= 400:
                    resp["content"] = {PROBLEM: {"schema": ref}}
                    if code == "422" and resp.get("description") == "Validation Error":
                        resp["description"] = "invalid input (problem document listing each field)"
    comps = schema.get("components", {}).get("schemas", {})
    comps.pop("HTTPValidationError", None)
    comps.pop("ValidationError", None)
    return schema


def create_app(settings: ApiSettings) -> FastAPI:
    if not settings.tokens:
        raise ConfigError(None, f"no API tokens: set tokens in the [api] table or ${TOKENS_ENV}")
    if settings.webhook_url and not settings.webhook_secret:
        raise ConfigError(None, "webhook_url needs webhook_secret (events are signed)")
    state = State(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state.webhooks.start()
        if state.daemon is not None:
            state.daemon.start()
        try:
            yield
        finally:
            if state.daemon is not None:
                state.daemon.stop()
            state.jobs.pool.shutdown(wait=True, cancel_futures=True)
            state.webhooks.stop()

    app = FastAPI(title="captionist", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None,
                  description="Caption records in, captioned images out: the HTTP API for DAMs. "
                              "See docs/api.md.")
    app.state.captionist = state
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    auth = [Depends(_require_token)]
    problem_responses = {400: {"description": "malformed body"}, 422: {"description": "invalid input"}}

    # ----------------------------------------------------------------- errors
    @app.exception_handler(ProblemException)
    async def _problem_exc(request: Request, exc: ProblemException):
        return problem(exc.status, exc.slug, exc.title, exc.detail, exc.errors, request.url.path, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_exc(request: Request, exc: RequestValidationError):
        if any(err.get("type") == "json_invalid" for err in exc.errors()):
            return problem(400, "malformed-body", "Malformed JSON", "the request body is not valid JSON",
                           instance=request.url.path)
        errs = []
        for err in exc.errors():
            loc = list(err.get("loc", ()))
            if loc and loc[0] in ("body", "query", "path", "header", "form"):
                loc = loc[1:]
            errs.append(_error_item(loc, err.get("msg", "invalid")))
        return problem(422, "invalid-request", "Invalid request", "the request does not fit the API", errs,
                       request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def _http_exc(request: Request, exc: StarletteHTTPException):
        slug = {404: "not-found", 405: "method-not-allowed", 413: "body-too-large"}.get(exc.status_code, "http-error")
        headers = dict(exc.headers or {})          # e.g. Allow on 405 (RFC 9110 15.5.6)
        if exc.status_code == 413:
            headers["Connection"] = "close"
        return problem(exc.status_code, slug, str(exc.detail) if exc.status_code != 413 else "Request body too large",
                       str(exc.detail), instance=request.url.path, headers=headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        return problem(500, "internal-error", "Internal error", "the server could not complete the request",
                       instance=request.url.path)

    # ----------------------------------------------------------------- health, metrics, openapi
    @app.get("/healthz", tags=["service"], summary="Liveness and readiness (no token needed)")
    def healthz() -> dict[str, Any]:
        body: dict[str, Any] = {"status": "ok", "version": __version__,
                                "uptime": round(time.time() - state.started, 1),
                                "jobs_queued": state.jobs.depth(), "webhooks_queued": state.webhooks.depth()}
        if state.daemon is not None:
            try:
                body["daemon"] = state.daemon.health()
            except Exception as e:  # noqa: BLE001
                body["daemon"] = {"status": "error", "error": str(e)}
                body["status"] = "degraded"
        return body

    @app.get("/metrics", tags=["service"], dependencies=auth, response_class=Response,
             summary="Prometheus metrics (text format 0.0.4)",
             responses={200: {"content": {"text/plain": {"schema": {"type": "string"}}}}})
    def metrics() -> Response:
        extra = ""
        if state.daemon is not None:
            try:
                m = state.daemon.metrics()
                extra = m if isinstance(m, str) else "".join(
                    f"captionist_daemon_{k} {v}\n" for k, v in (m or {}).items() if isinstance(v, (int, float)))
            except Exception:  # noqa: BLE001 - metrics never fail the scrape
                extra = ""
        text = state.metrics.render({"queue_depth": {"jobs": state.jobs.depth(), "webhooks": state.webhooks.depth()}},
                                    extra)
        return Response(text, media_type="text/plain; version=0.0.4; charset=utf-8")

    @app.get("/openapi.json", tags=["service"], dependencies=auth, include_in_schema=False)
    def openapi_doc() -> JSONResponse:
        return JSONResponse(app.openapi())

    # ----------------------------------------------------------------- records
    @app.get("/records", tags=["records"], dependencies=auth, summary="The ids of the stored records")
    def list_records() -> dict[str, list[str]]:
        return {"ids": state.store.ids()}

    @app.put("/records/{record_id}", tags=["records"], dependencies=auth, status_code=200,
             summary="Store a record under an id (created or replaced)",
             responses={201: {"description": "created"}, **problem_responses})
    def put_record(record_id: str, record: dict[str, Any], response: Response) -> dict[str, Any]:
        rec = _record_from_obj(record, rid=record_id)
        created = state.store.put_many([rec])[0]
        response.status_code = 201 if created else 200
        return rec.to_json_dict()

    @app.get("/records/{record_id}", tags=["records"], dependencies=auth, summary="A stored record",
             responses={404: {"description": "no such record"}})
    def get_record(record_id: str) -> dict[str, Any]:
        rec = state.store.get(record_id)
        if rec is None:
            raise ProblemException(404, "not-found", "No such record", f"no record with id {record_id!r}")
        return rec.to_json_dict()

    @app.delete("/records/{record_id}", tags=["records"], dependencies=auth, status_code=204,
                summary="Delete a stored record", response_class=Response,
                responses={404: {"description": "no such record"}})
    def delete_record(record_id: str) -> Response:
        if not state.store.delete(record_id):
            raise ProblemException(404, "not-found", "No such record", f"no record with id {record_id!r}")
        return Response(status_code=204)

    bulk_body = {"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"oneOf": [{"$ref": "#/components/schemas/CaptionRecord"},
                                                  {"type": "array", "items": {"$ref": "#/components/schemas/CaptionRecord"}}]}},
        "application/x-ndjson": {"schema": {"type": "string", "description": "one record per line"}},
        "text/csv": {"schema": {"type": "string", "description": "records as CSV (captionist.sources)"}},
        "text/plain": {"schema": {"type": "string", "description": "a caption sheet (captionist.sources)"}},
    }}}

    @app.post("/records", tags=["records"], dependencies=auth, openapi_extra=bulk_body,
              summary="Store many records: JSON (one or an array, IPTC PMD JSON, ExifTool JSON), JSON Lines, CSV "
                      "(also ExifTool CSV) or a caption sheet, by Content-Type; all or nothing",
              responses={415: {"description": "unsupported Content-Type"}, **problem_responses})
    async def post_records(request: Request) -> dict[str, Any]:
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        kind = _BULK_TYPES.get(ctype)
        if kind is None:
            raise ProblemException(415, "unsupported-media-type", "Unsupported Content-Type",
                                   f"send one of: {', '.join(sorted(_BULK_TYPES))}")
        body = await request.body()
        records = _bulk_records(body, kind)
        missing = [_error_item((i, "id"), "stored records need an id") for i, r in enumerate(records) if not r.id]
        if missing:
            raise _record_problem(missing, "records without an id cannot be stored; nothing was stored")
        created = state.store.put_many(records)
        return {"stored": len(records), "created": sum(created), "ids": [r.id for r in records]}

    # ----------------------------------------------------------------- embed, read
    @app.post("/embed", tags=["images"], dependencies=auth,
              summary="Caption one uploaded image; answers with the captioned file (or its XMP sidecar)",
              responses={200: {"description": f"the captioned image (same media type), or application/rdf+xml for "
                                              f"sidecar formats; the report in {REPORT_HEADER} (base64url JSON). "
                                              "With report=json: the report as JSON.",
                               "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}},
                                           "application/json": {"schema": {"type": "object"}}}},
                         404: {"description": "record_id not found"}, 415: {"description": "not an image"},
                         **problem_responses})
    async def embed(file: UploadFile = File(..., description="the image"),
                    record: Optional[str] = Form(None, description="the record as JSON text (captionist record, "
                                                                   "IPTC PMD JSON or an ExifTool JSON object)"),
                    record_id: Optional[str] = Form(None, description="the id of a stored record"),
                    policy: Optional[Policy] = Form(None),
                    report: Optional[Literal["json"]] = Query(None, description="json: answer with the report only")):
        if (record is None) == (record_id is None):
            raise ProblemException(422, "invalid-request", "Record missing",
                                   "send exactly one of the form fields record and record_id",
                                   [_error_item(("record",), "send record or record_id")])
        if record_id is not None:
            rec = state.store.get(record_id)
            if rec is None:
                raise ProblemException(404, "not-found", "No such record", f"no record with id {record_id!r}")
        else:
            rec = _parse_record_text(record)
        tmp = Path(tempfile.mkdtemp(prefix="captionist-embed-"))   # mode 0700: private
        cleanup = BackgroundTask(shutil.rmtree, tmp, ignore_errors=True)
        try:
            path = await _save_upload(file, tmp)
            try:
                with open(path, "rb") as f:
                    fmt = detect(path, f.read(64))
            except UnsupportedFormatError as e:
                raise ProblemException(415, "unsupported-image", "Not an image captionist can caption", e.reason) from None
            opts = pipeline.Options(policy=policy or settings.policy, sidecar=settings.sidecar, fsync=False)
            out = await _in_thread(pipeline.embed, path, rec, opts)
            name = file.filename or "image"
            rep = _report(out, name)
            state.metrics.observe("embed", out.status, out.seconds)
            state.webhooks.emit("file.processed", rep)
            if not out.ok:
                raise ProblemException(422, "embed-failed", "The image could not be captioned",
                                       (out.error or "").replace(str(tmp) + os.sep, ""))
            if report == "json":
                shutil.rmtree(tmp, ignore_errors=True)
                return JSONResponse(rep)
            headers = {REPORT_HEADER: encode_report(rep)}
            if fmt.embed:
                headers["Content-Disposition"] = _disposition(Path(name).name)
                return FileResponse(path, media_type=fmt.mime, headers=headers, background=cleanup)
            side = out.output if out.output and out.output.exists() else None
            headers["Content-Disposition"] = _disposition(Path(name).stem + ".xmp")
            if side is None:
                shutil.rmtree(tmp, ignore_errors=True)
                from ..exiv import SIDECAR_SKELETON
                return Response(SIDECAR_SKELETON, media_type="application/rdf+xml", headers=headers)
            return FileResponse(side, media_type="application/rdf+xml", headers=headers, background=cleanup)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise

    @app.post("/read", tags=["images"], dependencies=auth, summary="The record an uploaded image carries",
              responses={415: {"description": "not an image"}, **problem_responses})
    async def read(file: UploadFile = File(...)) -> dict[str, Any]:
        with tempfile.TemporaryDirectory(prefix="captionist-read-") as tmp:
            path = await _save_upload(file, Path(tmp))
            try:
                rec, _snap = await _in_thread(reader.read_record, path, sidecar=settings.sidecar)
            except UnsupportedFormatError as e:
                raise ProblemException(415, "unsupported-image", "Not an image captionist can read", e.reason) from None
            except ReadError as e:
                raise ProblemException(422, "unreadable-image", "The image's metadata cannot be read", e.reason) from None
        return rec.to_json_dict()

    # ----------------------------------------------------------------- jobs
    @app.post("/jobs", tags=["jobs"], dependencies=auth, status_code=202, response_model=Job,
              summary="Caption files on the storage roots in the background",
              responses={403: {"description": "a path is outside the storage roots"},
                         404: {"description": "a file or record_id does not exist"}, **problem_responses})
    def post_job(req: JobRequest, response: Response) -> Job:
        if req.record is not None and req.record_id is not None:
            raise ProblemException(422, "invalid-request", "Two records", "send record or record_id, not both",
                                   [_error_item(("record_id",), "send record or record_id, not both")])
        rec = req.record
        if req.record_id is not None:
            rec = state.store.get(req.record_id)
            if rec is None:
                raise ProblemException(404, "not-found", "No such record", f"no record with id {req.record_id!r}")
        roots = settings.storage_roots
        checked: list[tuple[str, Path]] = []
        for i, given in enumerate([*req.files, *([req.out] if req.out else [])]):
            try:
                real = confine(given, roots)
            except PathOutsideRoots as e:
                field = ("files", i) if i < len(req.files) else ("out",)
                raise ProblemException(403, "path-forbidden", "Path outside the storage roots", f"{given!r}: {e}",
                                       [_error_item(field, str(e))]) from None
            checked.append((given, real))
        out_dir = checked.pop()[1] if req.out else None
        if out_dir is not None and not out_dir.is_dir():
            raise ProblemException(404, "not-found", "No such folder", f"{req.out!r} is not a folder under the roots")
        for i, (given, real) in enumerate(checked):
            if not real.is_file():
                raise ProblemException(404, "not-found", "No such file", f"{given!r} is not a file under the roots",
                                       [_error_item(("files", i), "no such file")])
        opts = pipeline.Options(out_dir=out_dir, dry_run=req.dry_run, policy=req.policy or settings.policy,
                                sidecar=settings.sidecar)
        job = state.jobs.submit(checked, rec, opts)
        response.headers["Location"] = f"/jobs/{job.id}"
        return state.jobs.get(job.id) or job

    @app.get("/jobs/{job_id}", tags=["jobs"], dependencies=auth, response_model=Job,
             summary="A job's state and each file's report", responses={404: {"description": "no such job"}})
    def get_job(job_id: str) -> Job:
        job = state.jobs.get(job_id)
        if job is None:
            raise ProblemException(404, "not-found", "No such job", f"no job with id {job_id!r}")
        return job

    # ----------------------------------------------------------------- the OpenAPI document
    def custom_openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            from fastapi.openapi.utils import get_openapi
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            comps = schema.setdefault("components", {}).setdefault("schemas", {})
            rec_schema = CaptionRecord.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in rec_schema.pop("$defs", {}).items():
                comps.setdefault(name, sub)
            comps["CaptionRecord"] = rec_schema
            comps["Problem"] = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in comps["Problem"].pop("$defs", {}).items():
                comps.setdefault(name, sub)
            put = schema["paths"]["/records/{record_id}"]["put"]
            put["requestBody"]["content"]["application/json"]["schema"] = {"$ref": "#/components/schemas/CaptionRecord"}
            app.openapi_schema = _problem_openapi(schema)
        return app.openapi_schema

    app.openapi = custom_openapi  # type: ignore[method-assign]
    return app


async def _in_thread(fn, *args, **kw):
    """Run blocking work (exiv2 holds the GIL but releases the event loop this way)."""
    import anyio
    return await anyio.to_thread.run_sync(lambda: fn(*args, **kw))


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document, independent of any configuration (for schemas/openapi.json)."""
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(ApiSettings(tokens=["-"], records_dir=Path(tmp)))
        doc = app.openapi()
        app.state.captionist.jobs.pool.shutdown(wait=False)
    return doc
