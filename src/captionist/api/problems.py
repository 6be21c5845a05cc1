"""Errors on the wire: RFC 9457 problem details (`application/problem+json`).

Every error the API answers with is a problem document: `type` (a URI under PROBLEM_BASE
ending in a slug), `title`, `status`, `detail`, `instance` (the request path) and, for invalid
input, `errors`: one item per field, its dotted path and the same path as an RFC 6901 JSON
Pointer into the request body. Route code raises `ProblemException`; `install()` adds the
handlers that turn it, FastAPI's request validation errors, Starlette's HTTP errors and any
crash into problem documents, and `problem_openapi()` says so in the OpenAPI document.
"""

from __future__ import annotations

from typing import Any, Optional

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

PROBLEM = "application/problem+json"
PROBLEM_BASE = "https://captionist.example/problems/"


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


def error_item(loc: tuple | list, message: str) -> dict[str, str]:
    """One `errors` item: the field's dotted path and its JSON Pointer (RFC 6901 escaping)."""
    parts = [str(x) for x in loc]
    return {"field": ".".join(parts), "pointer": "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts),
            "message": message}


def single_query_values(request: Request) -> None:
    """Refuse a query parameter given twice (`?offset=1&offset=2`): frameworks differ on which
    value wins, so taking one silently could page or filter differently than the client meant."""
    names = [name for name, _ in request.query_params.multi_items()]
    repeated = sorted({n for n in names if names.count(n) > 1})
    if repeated:
        raise ProblemException(422, "invalid-request", "Invalid request", "a query parameter is given more than once",
                               [error_item([n], "given more than once; give one value") for n in repeated])


def pydantic_errors(e: ValidationError, prefix: tuple = ()) -> list[dict[str, str]]:
    return [error_item(prefix + tuple(err.get("loc", ())), err.get("msg", "invalid")) for err in e.errors()]


def allowed_methods(request: Request) -> str:
    """The methods of every route whose path matches this request's."""
    from starlette.routing import Match

    methods: set[str] = set()
    for route in request.app.router.routes:
        match, _ = route.matches({**request.scope, "method": "GET"})
        if match is not Match.NONE and getattr(route, "methods", None):
            methods |= set(route.methods)
    return ", ".join(sorted(methods))


def install(app: FastAPI) -> None:
    """Answer every error of `app` with a problem document."""

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
            errs.append(error_item(loc, err.get("msg", "invalid")))
        return problem(422, "invalid-request", "Invalid request", "the request does not fit the API", errs,
                       request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def _http_exc(request: Request, exc: StarletteHTTPException):
        slug = {404: "not-found", 405: "method-not-allowed", 413: "body-too-large"}.get(exc.status_code, "http-error")
        headers = dict(exc.headers or {})          # e.g. Allow on 405 (RFC 9110 15.5.6)
        if exc.status_code == 405:
            # Starlette names the methods of the first route that matched the path only; FastAPI
            # makes one route per method, so list every route's (RFC 9110 10.2.1: all of them)
            headers["Allow"] = allowed_methods(request)
        if exc.status_code == 413:
            headers["Connection"] = "close"
        return problem(exc.status_code, slug, str(exc.detail) if exc.status_code != 413 else "Request body too large",
                       str(exc.detail), instance=request.url.path, headers=headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        return problem(500, "internal-error", "Internal error", "the server could not complete the request",
                       instance=request.url.path)


def problem_openapi(schema: dict[str, Any]) -> dict[str, Any]:
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
