"""Signed webhooks: events POSTed to `webhook_url` from a background thread.

Each delivery carries `X-Captionist-Timestamp` and `X-Captionist-Signature: sha256=<hex>`, an
HMAC-SHA256 (RFC 2104) keyed with `webhook_secret` over `<timestamp>.<raw body>`, so a receiver
can check both origin and freshness. Failures (network errors, 5xx, 408, 425, 429) are retried
with bounded exponential back-off and jitter; other 4xx answers are final. Outcomes are
counted in `Metrics.webhook`. With a database (`database`, or CAPTIONIST_JOURNAL as a
postgresql:// URL) every event is also an outbox row (`storage.api_state`): pending events
are sent again after a restart.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import queue
import random
import threading
import time
import urllib.error
import urllib.request
import uuid
from typing import Any

from .. import __version__
from .metrics import Metrics
from ..settings import ApiSettings

SIGNATURE_HEADER = "X-Captionist-Signature"
TIMESTAMP_HEADER = "X-Captionist-Timestamp"


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
        self.table = None
        if settings.database and self.url:
            from ..storage.api_state import DeliveryTable
            self.table = DeliveryTable(settings.database)

    def start(self) -> None:
        if self.url and self._thread is None:
            if self.table is not None:
                try:
                    for event in self.table.pending():     # not delivered before the last stop
                        self.queue.put(event)
                except Exception:  # noqa: BLE001 - the database is away: new events still go out
                    pass
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
        self._record(lambda: self.table.add(event))
        self.queue.put(event)

    def _record(self, step) -> None:
        if self.table is not None:
            try:
                step()
            except Exception:  # noqa: BLE001 - the database is away: the delivery itself goes on
                pass

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
                        self._record(lambda: self.table.done(event["id"], "delivered", attempt))
                        return
            except urllib.error.HTTPError as e:
                retry = e.code >= 500 or e.code in self.RETRY_STATUS
            except (OSError, ValueError):
                pass
            if not retry or attempt == self.attempts:
                self.metrics.webhook("failed")
                self._record(lambda: self.table.done(event["id"], "failed", attempt))
                return
            self.metrics.webhook("retried")
            delay = min(self.backoff * 2 ** (attempt - 1), self.backoff_max) * random.uniform(0.8, 1.0)
            if self._stop.wait(delay):
                self.metrics.webhook("failed")
                return
