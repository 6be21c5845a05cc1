"""Time limits on what a client sends, and quiet handling of clients that go away.

* **Headers.** uvicorn times out idle keep-alive connections but not a request whose headers
  trickle in (one byte every few seconds holds a connection, and a worker's memory, for
  ever). `TimedH11Protocol` gives each request `header_timeout` seconds from the connection's
  start (or the previous response) to complete its headers, then answers 408 and closes.
* **Body.** `BodyTimeout` (ASGI middleware) gives a body `body_idle_timeout` seconds between
  chunks and `body_timeout` seconds in all; past either the request fails with 408 (RFC 9110,
  15.5.9) and the part already received is dropped (an upload is only ever used whole).
* **Disconnects.** A client that closes the connection before its body is complete is logged
  as one line (`QuietDisconnect`), not as "Exception in ASGI application".
"""

from __future__ import annotations

import asyncio
import logging
import time

from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from uvicorn.protocols.http.h11_impl import H11Protocol

log = logging.getLogger("captionist.api")

HEADER_TIMEOUT = 10.0
BODY_IDLE_TIMEOUT = 30.0
BODY_TIMEOUT = 600.0


class TimedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with a deadline for each request's headers."""

    header_timeout = HEADER_TIMEOUT

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._header_timer: asyncio.TimerHandle | None = None
        self._arm_header_timer()

    def _arm_header_timer(self) -> None:
        self._cancel_header_timer()
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _cancel_header_timer(self) -> None:
        timer = getattr(self, "_header_timer", None)
        if timer is not None:
            timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.transport.is_closing():
            return
        if self.cycle is not None and not self.cycle.response_complete:
            return       # a request is being served: its body has its own limits
        log.info("request headers not complete after %g s; connection closed", self.header_timeout,
                 extra={"client": self.client})
        try:
            self.transport.write(b"HTTP/1.1 408 Request Timeout\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        finally:
            self.transport.close()

    def handle_events(self) -> None:
        before = self.cycle
        super().handle_events()
        if self.cycle is not before:        # a request's headers arrived whole
            self._cancel_header_timer()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing():
            self._arm_header_timer()       # the next request on this connection

    def connection_lost(self, exc) -> None:
        self._cancel_header_timer()
        super().connection_lost(exc)


class BodyTooSlow(StarletteHTTPException):
    def __init__(self, detail: str):
        super().__init__(408, detail, headers={"Connection": "close"})


class BodyTimeout:
    """408 when a request body stalls (`idle` seconds between chunks) or takes too long (`total`)."""

    def __init__(self, app, idle: float = BODY_IDLE_TIMEOUT, total: float = BODY_TIMEOUT):
        self.app, self.idle, self.total = app, idle, total

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        started = time.monotonic()
        more = True

        async def timed_receive():
            nonlocal more
            if not more:        # the body is complete: waiting for a disconnect has no limit
                return await receive()
            left = self.total - (time.monotonic() - started)
            try:
                message = await asyncio.wait_for(receive(), timeout=max(0.0, min(self.idle, left)))
            except asyncio.TimeoutError:
                raise BodyTooSlow(f"the request body did not arrive in time (no data for {self.idle:g} s, "
                                  f"or more than {self.total:g} s in all)") from None
            if message["type"] == "http.request":
                more = message.get("more_body", False)
            else:
                more = False
            return message

        return await self.app(scope, timed_receive, send)


class QuietDisconnect:
    """A client gone before its request was read whole: one log line, no traceback, no answer."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        try:
            await self.app(scope, receive, send)
        except ClientDisconnect:
            log.info("client disconnected before the request was complete: %s %s; nothing was done",
                     scope.get("method"), scope.get("path"))
