"""The HTTP API for DAMs: records, one-shot embed/read, jobs on shared storage, webhooks.

`create_app(settings)` builds the ASGI app (FastAPI) from `captionist.settings.Settings`
(its [api] table, and [daemon] with run_daemon); `captionist serve` runs it with uvicorn.
Every route but `/healthz` needs `Authorization: Bearer <token>` (RFC 6750). Errors are RFC 9457
problem documents (`application/problem+json`). The work itself is `captionist.pipeline`'s, as
for the CLI and the daemon; this package only moves bytes, checks paths and reports.

One module per concern:

    problems   RFC 9457 problem documents, their handlers and their place in the OpenAPI document
    security   bearer-token auth (RFC 6750) and the request body limit (413)
    parsing    caption records from request bodies (JSON, IPTC PMD JSON, ExifTool, JSON Lines, CSV, sheets)
    uploads    saving uploads, naming downloads, the report header
    store      the records folder behind /records
    paths      confining job paths to the storage roots
    jobs       background jobs on the storage roots
    metrics    /metrics in the Prometheus text exposition format 0.0.4
    webhooks   HMAC-signed event delivery with retries
    app        create_app, the routes and the OpenAPI document

FastAPI, uvicorn and python-multipart are the optional `api` extra: this package imports them
at the top, so import it only when serving.
"""

from .app import State, create_app, openapi_document
from .paths import PathOutsideRoots, confine
from ..settings import TOKENS_ENV, ApiSettings, ConfigError, Settings, load_settings
from .uploads import REPORT_HEADER, encode_report
from .webhooks import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign

__all__ = ["ApiSettings", "ConfigError", "PathOutsideRoots", "REPORT_HEADER", "SIGNATURE_HEADER", "Settings", "State",
           "TIMESTAMP_HEADER", "TOKENS_ENV", "confine", "create_app", "encode_report", "load_settings",
           "openapi_document", "sign"]
