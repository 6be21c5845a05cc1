"""Who may call the API and how much they may send.

`require_token` is the FastAPI dependency on every route but `/healthz`: an RFC 6750 bearer
token (`Authorization: Bearer <token>`) that must equal one of the configured tokens, compared
in constant time against each; otherwise 401 with `WWW-Authenticate: Bearer`.
`BodyLimit` is ASGI middleware answering 413 for a body over `max_body_bytes`: up front from
Content-Length, and while a body without one (chunked) streams in.
"""

from __future__ import annotations

import hmac
from typing import Optional

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.exceptions import HTTPException as StarletteHTTPException

from .problems import ProblemException, problem

_bearer = HTTPBearer(auto_error=False, description="a token from the config file or $CAPTIONIST_API_TOKENS")


def require_token(request: Request, creds: Optional[HTTPAuthorizationCredentials] = Depends(_bearer)) -> None:
    tokens: list[str] = request.app.state.captionist.settings.tokens
    given = (creds.credentials if creds and creds.scheme.lower() == "bearer" else "").encode("utf-8")
    ok = False
    for t in tokens:   # compare against every token, in constant time each
        ok |= hmac.compare_digest(given, t.encode("utf-8"))
    if not ok or not given:
        raise ProblemException(401, "unauthorized", "Authentication required",
                               "send Authorization: Bearer <token>", headers={"WWW-Authenticate": "Bearer"})


class BodyTooLarge(StarletteHTTPException):
    def __init__(self, limit: int):
        super().__init__(413, f"the request body is larger than {limit} bytes")


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
