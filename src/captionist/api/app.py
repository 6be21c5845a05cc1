"""The FastAPI application: `create_app(settings)` and its routes, and the OpenAPI document.

    POST /embed         multipart file + record (JSON) or record_id -> the captioned file
    POST /read          multipart file -> the record the file carries
    PUT|GET|DELETE /records/{id}, GET /records, POST /records (bulk: JSON, JSON Lines, CSV, sheet)
    POST /jobs, GET /jobs, GET /jobs/{id}, POST /jobs/{id}/cancel
                        files under the storage roots, in the background
    GET /healthz, GET /metrics  (Prometheus text format)

`State` ties the parts together for one app: settings, the records store, metrics, the
webhook sender, the job manager and, with `run_daemon`, the watch-folder daemon in-process.
Routes only move bytes, check input and report; the work is `captionist.pipeline`'s.
`openapi_document()` is the document committed as schemas/openapi.json (OpenAPI 3.1).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

from fastapi import Depends, FastAPI, File, Form, Query, Request, UploadFile
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, JSONResponse, Response
from starlette.background import BackgroundTask

from .. import __version__, pipeline
from ..errors import ReadError, UnsupportedFormatError
from ..formats import detect
from ..isolation import IsolatedPool, WorkerCrashed
from ..model import CaptionRecord, Policy
from ..settings import TOKENS_ENV, ApiSettings, ConfigError, DaemonSettings, Settings, load_settings
from ..outcome import Status
from . import problems
from .events import webhooks_openapi
from .jobs import Job, JobManager, JobPage, JobRequest, JobStatus
from .limits import BodyTimeout, QuietDisconnect
from .metrics import CONTENT_TYPE, Metrics
from .parsing import BULK_TYPES, bulk_records, parse_record_text, record_from_obj, record_problem
from .paths import PathOutsideRoots, confine
from .problems import Problem, ProblemException, error_item, problem_openapi, single_query_values
from .security import BodyLimit, require_token
from .store import DbStore, FolderStore
from .uploads import REPORT_HEADER, disposition, encode_report, file_report, save_upload
from .webhooks import WebhookSender


# what POST /embed answers with: the image's own type (captionist.formats), or its XMP sidecar
EMBED_MEDIA = ("image/jpeg", "image/tiff", "image/png", "image/webp", "application/rdf+xml")

# the path parameter says what a record id may be (captionist.model: no "/", "\\" or controls)
RecordId = Annotated[str, PathParam(min_length=1, max_length=255, pattern=r"^[^/\\\x00-\x1f]+$")]


class State:
    """One app's parts, shared by its routes (`app.state.captionist`) and its job threads."""

    def __init__(self, settings: ApiSettings, daemon: DaemonSettings | None):
        self.settings = settings
        self.c2pa = settings.c2pa_config
        self.metrics = Metrics()
        # with a database the records are shared by every API instance on it (storage.records)
        self.store = DbStore(settings.database) if settings.database else FolderStore(settings.records_dir)
        self.daemon = _make_daemon(daemon) if settings.run_daemon else None
        self.webhooks = WebhookSender(settings, self.metrics)
        if self.daemon is not None:   # watch-folder outcomes are webhook events too
            self.daemon.add_listener(lambda event: self.webhooks.emit("file.processed", event))
        self.jobs = JobManager(self)
        # exiv2 runs in worker processes, as in the daemon: a native crash fails one request
        self.isolated = IsolatedPool(settings.job_workers)
        self.started = time.time()
        self.metrics.read_at_scrape(lambda: {"jobs": self.jobs.depth(), "webhooks": self.webhooks.depth()},
                                    self.daemon.metrics if self.daemon is not None else lambda: None)


def _make_daemon(settings: DaemonSettings | None):
    """The watch-folder daemon, run in this process (captionist.daemon), with the [daemon]
    table `load_settings` checked."""
    try:
        from ..daemon import Daemon  # type: ignore[attr-defined]
    except ImportError as e:
        raise ConfigError(None, "run_daemon is set but the watch-folder daemon is not available in this "
                                f"installation ({e}); remove run_daemon or install a captionist with the daemon") from None
    if settings is None:
        raise ConfigError(None, "run_daemon is set but there are no [daemon] settings (inbox, records)")
    return Daemon(settings)


def create_app(root: Settings | None = None) -> FastAPI:
    """The app for `root`'s [api] table (and its [daemon] table, with run_daemon). Without
    `root` (an ASGI server's factory: `uvicorn --factory captionist.api:create_app`), the
    settings are loaded here, once: $CAPTIONIST_CONFIG and the environment."""
    if root is None:
        root = load_settings()
    settings = root.api
    if settings is None:
        raise ConfigError(root.config, "no [api] settings (these were loaded for the daemon only)")
    if not settings.tokens:
        raise ConfigError(None, f"no API tokens: set tokens in the [api] table or ${TOKENS_ENV}")
    if settings.webhook_url and not settings.webhook_secret:
        raise ConfigError(None, "webhook_url needs webhook_secret (events are signed)")
    state = State(settings, root.daemon)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        from ..places.index import ensure_index
        ensure_index()          # reverse geocoding's index: built at start, never inside a request
        state.webhooks.start()
        if state.daemon is not None:
            state.daemon.start()
        try:
            yield
        finally:
            if state.daemon is not None:
                state.daemon.stop()
            state.jobs.pool.shutdown(wait=True, cancel_futures=True)
            state.isolated.shutdown()
            state.webhooks.stop()

    app = FastAPI(title="captionist", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None,
                  description="Caption records in, captioned images out: the HTTP API for DAMs. "
                              "See docs/api.md.")
    app.state.captionist = state
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    app.add_middleware(BodyTimeout, idle=settings.body_idle_timeout, total=settings.body_timeout)
    app.add_middleware(QuietDisconnect)      # outermost of ours: a client gone is one log line
    auth = [Depends(require_token)]
    problem_responses = {400: {"description": "malformed body"}, 422: {"description": "invalid input"}}

    problems.install(app)

    def stored(record_id: str) -> CaptionRecord:
        """The stored record with this id, else a 404 problem."""
        rec = state.store.get(record_id)
        if rec is None:
            raise _no_record(record_id)
        return rec

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
        return Response(state.metrics.render(), media_type=CONTENT_TYPE)

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
    def put_record(record_id: RecordId, record: dict[str, Any], response: Response) -> dict[str, Any]:
        rec = record_from_obj(record, rid=record_id)
        created = state.store.put_many([rec])[0]
        response.status_code = 201 if created else 200
        return rec.to_json_dict()

    @app.get("/records/{record_id}", tags=["records"], dependencies=auth, summary="A stored record",
             responses={404: {"description": "no such record"}})
    def get_record(record_id: RecordId) -> dict[str, Any]:
        return stored(record_id).to_json_dict()

    @app.delete("/records/{record_id}", tags=["records"], dependencies=auth, status_code=204,
                summary="Delete a stored record", response_class=Response,
                responses={404: {"description": "no such record"}})
    def delete_record(record_id: RecordId) -> Response:
        if not state.store.delete(record_id):
            raise _no_record(record_id)
        return Response(status_code=204)

    # stored records need an id (post_records says so); the schema too
    stored_record = {"allOf": [{"$ref": "#/components/schemas/CaptionRecord"}, {"required": ["id"]}]}
    bulk_body = {"requestBody": {"required": True, "content": {
        "application/json": {"schema": {"oneOf": [stored_record, {"type": "array", "items": stored_record}]}},
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
        kind = BULK_TYPES.get(ctype)
        if kind is None:
            raise ProblemException(415, "unsupported-media-type", "Unsupported Content-Type",
                                   f"send one of: {', '.join(sorted(BULK_TYPES))}")
        body = await request.body()
        records = bulk_records(body, kind)
        missing = [error_item((i, "id"), "stored records need an id") for i, r in enumerate(records) if not r.id]
        if missing:
            raise record_problem(missing, "records without an id cannot be stored; nothing was stored")
        created = state.store.put_many(records)
        return {"stored": len(records), "created": sum(created), "ids": [r.id for r in records]}

    # ----------------------------------------------------------------- embed, read
    @app.post("/embed", tags=["images"], dependencies=[*auth, Depends(single_query_values)],
              summary="Caption one uploaded image; answers with the captioned file (or its XMP sidecar)",
              responses={200: {"description": f"the captioned image in its own media type, or its XMP sidecar "
                                              f"(application/rdf+xml) for HEIF, RAW and sidecar formats; the report in "
                                              f"{REPORT_HEADER}. With report=json: the report as JSON, no file.",
                               "content": {**{m: {"schema": {"type": "string", "format": "binary"}} for m in EMBED_MEDIA},
                                           "application/json": {"schema": {"$ref": "#/components/schemas/FileProcessed"}}},
                               "headers": {REPORT_HEADER: {"description": "the report (as with report=json): base64url "
                                                           "(RFC 4648 section 5) of UTF-8 JSON; absent with report=json",
                                                           "schema": {"type": "string", "pattern": "^[A-Za-z0-9_=-]+$"}},
                                           "Content-Disposition": {"description": "attachment with the upload's name "
                                                                   "(the sidecar's: <stem>.xmp), RFC 6266 and RFC 8187; "
                                                                   "absent with report=json",
                                                                   "schema": {"type": "string"}}}},
                         404: {"description": "record_id not found"}, 415: {"description": "not an image"},
                         409: {"description": "the image carries Content Credentials (C2PA) and the server's "
                                              "c2pa policy is refuse: not captioned"},
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
                                   [error_item(("record",), "send record or record_id")])
        rec = stored(record_id) if record_id is not None else parse_record_text(record)
        # on a cluster the upload waits under the first storage root, which the workers mount
        remote = bool(settings.broker and settings.storage_roots)
        shared = Path(settings.storage_roots[0]) / ".captionist-embed" if remote else None
        if shared is not None:
            shared.mkdir(exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="captionist-embed-", dir=shared))   # mode 0700: private
        cleanup = BackgroundTask(shutil.rmtree, tmp, ignore_errors=True)
        try:
            path = await save_upload(file, tmp)
            try:
                with open(path, "rb") as f:
                    fmt = detect(path, f.read(64))
            except UnsupportedFormatError as e:
                raise ProblemException(415, "unsupported-image", "Not an image captionist can caption", e.reason) from None
            opts = pipeline.Options(policy=policy or settings.policy, sidecar=settings.sidecar, fsync=False,
                                    c2pa=state.c2pa)
            try:
                if remote:      # a Celery worker captions it (captionist.cluster): its own process too
                    from ..cluster.api_jobs import embed_remote
                    out = await _in_thread(embed_remote, settings.broker, file.filename or path.name, path, rec,
                                           opts, settings.storage_roots)
                else:
                    out = await _in_thread(state.isolated.embed, path, rec, opts)
            except WorkerCrashed as e:
                state.metrics.observe("embed", Status.FAILED, 0.0)
                raise ProblemException(500, "worker-crashed", "The image could not be captioned",
                                       e.reason) from None
            name = file.filename or "image"
            rep = file_report(out, name)
            state.metrics.observe("embed", out.status, out.seconds)
            state.webhooks.emit("file.processed", rep)
            if out.status == Status.REFUSED:    # Content Credentials a caption would break (issue 12)
                raise ProblemException(409, "content-credentials", "The image carries Content Credentials",
                                       (out.error or "").replace(str(tmp) + os.sep, ""))
            if not out.ok:
                raise ProblemException(422, "embed-failed", "The image could not be captioned",
                                       (out.error or "").replace(str(tmp) + os.sep, ""))
            if report == "json":
                shutil.rmtree(tmp, ignore_errors=True)
                return JSONResponse(rep)
            headers = {REPORT_HEADER: encode_report(rep)}
            if fmt.embed:
                headers["Content-Disposition"] = disposition(Path(name).name)
                return FileResponse(path, media_type=fmt.mime, headers=headers, background=cleanup)
            side = out.output if out.output and out.output.exists() else None
            headers["Content-Disposition"] = disposition(Path(name).stem + ".xmp")
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
            path = await save_upload(file, Path(tmp))
            try:
                carried = await _in_thread(state.isolated.read, path, settings.sidecar)
            except UnsupportedFormatError as e:
                raise ProblemException(415, "unsupported-image", "Not an image captionist can read", e.reason) from None
            except ReadError as e:
                raise ProblemException(422, "unreadable-image", "The image's metadata cannot be read", e.reason) from None
            except WorkerCrashed as e:
                raise ProblemException(500, "worker-crashed", "The image could not be read", e.reason) from None
        return carried

    # ----------------------------------------------------------------- jobs
    @app.post("/jobs", tags=["jobs"], dependencies=auth, status_code=202, response_model=Job,
              summary="Caption files on the storage roots in the background",
              responses={202: {"description": "accepted: the job, queued or running",
                               "headers": {"Location": {"description": "the job: /jobs/{id}", "required": True,
                                                        "schema": {"type": "string", "pattern": "^/jobs/[0-9a-f]+$"}}}},
                         403: {"description": "a path is outside the storage roots"},
                         404: {"description": "a file or record_id does not exist"}, **problem_responses})
    def post_job(req: JobRequest, response: Response) -> Job:
        if req.record is not None and req.record_id is not None:
            raise ProblemException(422, "invalid-request", "Two records", "send record or record_id, not both",
                                   [error_item(("record_id",), "send record or record_id, not both")])
        rec = stored(req.record_id) if req.record_id is not None else req.record
        roots = settings.storage_roots
        checked: list[tuple[str, Path]] = []
        for i, given in enumerate([*req.files, *([req.out] if req.out else [])]):
            try:
                real = confine(given, roots)
            except PathOutsideRoots as e:
                field = ("files", i) if i < len(req.files) else ("out",)
                raise ProblemException(403, "path-forbidden", "Path outside the storage roots", f"{given!r}: {e}",
                                       [error_item(field, str(e))]) from None
            checked.append((given, real))
        out_dir = checked.pop()[1] if req.out else None
        if out_dir is not None and not out_dir.is_dir():
            raise ProblemException(404, "not-found", "No such folder", f"{req.out!r} is not a folder under the roots")
        for i, (given, real) in enumerate(checked):
            if not real.is_file():
                raise ProblemException(404, "not-found", "No such file", f"{given!r} is not a file under the roots",
                                       [error_item(("files", i), "no such file")])
        opts = pipeline.Options(out_dir=out_dir, dry_run=req.dry_run, policy=req.policy or settings.policy,
                                sidecar=settings.sidecar, c2pa=state.c2pa)
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

    @app.get("/jobs", tags=["jobs"], dependencies=[*auth, Depends(single_query_values)], response_model=JobPage,
             summary="The jobs, newest first, without their per-file reports (GET /jobs/{id} has them)",
             responses={422: {"description": "invalid query"}})
    def list_jobs(status: Optional[JobStatus] = Query(None, description="only the jobs in this state"),
                  limit: int = Query(20, ge=1, le=100, description="jobs on this page (at most 100)"),
                  offset: int = Query(0, ge=0, le=1_000_000, description="jobs to pass over (newest first)")) -> JobPage:
        jobs, total = state.jobs.page(status, limit, offset)
        return JobPage(jobs=jobs, total=total, offset=offset,
                       next_offset=offset + len(jobs) if offset + len(jobs) < total else None)

    @app.post("/jobs/{job_id}/cancel", tags=["jobs"], dependencies=auth, status_code=202, response_model=Job,
              summary="Cancel a job: the file in hand is finished, the files not started are skipped, "
                      "the job ends cancelled",
              responses={202: {"description": "cancel accepted: the job (status cancelled, or running until the "
                                              "file in hand is done)"},
                         404: {"description": "no such job"},
                         409: {"description": "the job has already finished"}})
    def cancel_job(job_id: str) -> Job:
        job, going = state.jobs.cancel(job_id)
        if job is None:
            raise ProblemException(404, "not-found", "No such job", f"no job with id {job_id!r}")
        if not going:
            raise ProblemException(409, "job-finished", "The job has already finished",
                                   f"job {job_id!r} is {job.status}: there is nothing left to cancel")
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
            _multipart_fields_not_null(schema)
            schema["webhooks"] = webhooks_openapi(comps)
            app.openapi_schema = problem_openapi(schema)
        return app.openapi_schema

    app.openapi = custom_openapi  # type: ignore[method-assign]
    return app


def _multipart_fields_not_null(schema: dict[str, Any]) -> None:
    """A form field is sent or left out; it cannot be JSON null (FastAPI documents Optional
    form fields as `anyOf [X, null]`, and a client sending the text "null" gets a 422)."""
    for name, body in schema.get("components", {}).get("schemas", {}).items():
        if not name.startswith("Body_"):
            continue
        for prop in body.get("properties", {}).values():
            alts = prop.get("anyOf")
            if alts and {"type": "null"} in alts and len(alts) == 2:
                prop.update(next(a for a in alts if a != {"type": "null"}))
                del prop["anyOf"]


def _no_record(record_id: str) -> ProblemException:
    return ProblemException(404, "not-found", "No such record", f"no record with id {record_id!r}")


async def _in_thread(fn, *args, **kw):
    """Run blocking work (exiv2 holds the GIL but releases the event loop this way)."""
    import anyio
    return await anyio.to_thread.run_sync(lambda: fn(*args, **kw))


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document, independent of any configuration (for schemas/openapi.json)."""
    with tempfile.TemporaryDirectory() as tmp:
        app = create_app(Settings(api=ApiSettings(tokens=["-"], records_dir=Path(tmp))))
        doc = app.openapi()
        app.state.captionist.jobs.pool.shutdown(wait=False)
    return doc
