"""The webhook events the server sends, as OpenAPI 3.1 `webhooks` (a receiver's contract).

Every delivery is `POST <webhook_url>` with a JSON envelope `{id, type, time, data}` and the
headers `captionist.api.webhooks` sets: the HMAC signature over `<timestamp>.<raw body>`, the
timestamp, the event type and the delivery id (the envelope's `id`, the same on every retry,
so a receiver can drop duplicates). The payload models below document what `webhooks.emit`
is called with: `file.processed` from `/embed`, from a job and from the watch-folder daemon
(`source` says which; fields that only one source fills are optional), and `job.finished`.
"""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from .webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER

EVENT_HEADER = "X-Captionist-Event"
DELIVERY_HEADER = "X-Captionist-Delivery"


class FileProcessed(BaseModel):
    """One file's outcome (the same report `POST /embed` gives and a job keeps per file)."""
    model_config = ConfigDict(extra="allow")

    file: str = Field(description="the file's name (upload name, job path or inbox name)")
    status: str = Field(description="written, unchanged, dry-run, skipped, refused, failed, ... (docs/api.md)")
    record: Optional[str] = Field(None, description="the id of the record written")
    changes: list[dict[str, Any]] = Field(default_factory=list, description="per field: before, after, blocks")
    warnings: list[str] = Field(default_factory=list)
    error: Optional[str] = None
    seconds: Optional[float] = Field(None, description="time spent on the file (embed, job)")
    c2pa: Optional[dict[str, Any]] = Field(None, description="what the write did to Content Credentials")
    job: Optional[str] = Field(None, description="the job id, for a file of a job (POST /jobs)")
    output: Optional[str] = Field(None, description="where the captioned file went (job, watch)")
    source: Optional[Literal["watch"]] = Field(None, description="watch: a watch-folder file; absent otherwise")
    folder: Optional[str] = Field(None, description="watch: the folder the file was routed to")
    grade: Optional[str] = Field(None, description="watch: how sure the record match was")
    traceback_id: Optional[str] = Field(None, description="watch: the log entry of an unexpected error")
    latency: Optional[float] = Field(None, description="watch: seconds from arrival to routed")
    run_id: Optional[str] = Field(None, description="watch: the daemon run")


class JobFinished(BaseModel):
    """A job ended (done, failed or cancelled); `GET /jobs/{job}` has every file's report."""
    job: str
    status: Literal["done", "failed", "cancelled", "interrupted"]
    counts: dict[str, int] = Field(description="files per status")
    total: int


EVENTS: dict[str, tuple[type[BaseModel], str]] = {
    "file.processed": (FileProcessed, "A file was captioned, left unchanged, refused or failed"),
    "job.finished": (JobFinished, "A job ended"),
}


def _envelope(event: str, data_ref: str) -> dict[str, Any]:
    return {"type": "object", "required": ["id", "type", "time", "data"], "properties": {
        "id": {"type": "string", "description": f"the delivery id (also in {DELIVERY_HEADER}); unchanged on retries"},
        "type": {"const": event},
        "time": {"type": "string", "format": "date-time", "description": "when the event happened (UTC)"},
        "data": {"$ref": data_ref}}}


def _header(name: str, description: str, **schema: Any) -> dict[str, Any]:
    return {"name": name, "in": "header", "required": True, "description": description,
            "schema": {"type": "string", **schema}}


def webhooks_openapi(components: dict[str, Any]) -> dict[str, Any]:
    """The `webhooks` section; the payload schemas are added to `components` (schemas)."""
    out: dict[str, Any] = {}
    for event, (model, summary) in EVENTS.items():
        schema = model.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in schema.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components[model.__name__] = schema
        envelope = model.__name__ + "Event"
        components[envelope] = _envelope(event, f"#/components/schemas/{model.__name__}")
        out[event] = {"post": {
            "summary": summary, "operationId": "webhook_" + event.replace(".", "_"), "tags": ["webhooks"],
            "description": "POSTed to the configured webhook_url. Check the signature before trusting the body: "
                           "HMAC-SHA256 keyed with webhook_secret over `<timestamp>.<raw body>` (RFC 2104), "
                           "and refuse old timestamps. Answer 2xx when accepted; 408, 425, 429 and 5xx "
                           "(or no answer) are retried with back-off, other 4xx are final.",
            "parameters": [
                _header(SIGNATURE_HEADER, "sha256=<hex HMAC-SHA256 of `<timestamp>.<raw body>`>",
                        pattern="^sha256=[0-9a-f]{64}$"),
                _header(TIMESTAMP_HEADER, "Unix time of this delivery attempt, in seconds", pattern="^[0-9]+$"),
                _header(EVENT_HEADER, "the event type", enum=[event]),
                _header(DELIVERY_HEADER, "the delivery id, the same on every retry of one event"),
            ],
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{envelope}"}}}},
            "responses": {"2XX": {"description": "accepted"},
                          "default": {"description": "408, 425, 429, 5xx: retried; other codes: given up"}},
        }}
    return out
