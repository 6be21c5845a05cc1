"""The API's state in the shared database (PostgreSQL, or SQLite at a path):

* `api_jobs`: one row per job holding its JSON document, so `GET /jobs/{id}` answers from any
  API instance of a cluster and after a restart (without a database: JSON files in `jobs_dir`);
* `webhook_deliveries`: an outbox, one row per event: pending until delivered or given up,
  so events not yet delivered when an API stops are sent after its restart (at least once:
  receivers tell repeats by `X-Captionist-Delivery`).

Rows carry the host of the API that owns them: a restarted API takes up only its own."""

from __future__ import annotations

import json
import socket
import time
from typing import Any
from pathlib import Path

from .db import Db, is_url, open_db

SCHEMA = """
CREATE TABLE IF NOT EXISTS api_jobs (
    id       TEXT PRIMARY KEY,
    created  REAL NOT NULL,
    status   TEXT NOT NULL,
    owner    TEXT,                    -- the host of the API that runs it
    doc      TEXT NOT NULL            -- the Job as JSON (api.jobs.Job)
);
CREATE INDEX IF NOT EXISTS api_jobs_created ON api_jobs(created);
CREATE TABLE IF NOT EXISTS webhook_deliveries (
    id        TEXT PRIMARY KEY,       -- the event id (X-Captionist-Delivery)
    type      TEXT NOT NULL,
    event     TEXT NOT NULL,          -- the event as JSON, as POSTed
    status    TEXT NOT NULL,          -- pending, delivered, failed
    attempts  INTEGER NOT NULL DEFAULT 0,
    owner     TEXT,
    t_created REAL NOT NULL,
    t_done    REAL
);
CREATE INDEX IF NOT EXISTS webhook_deliveries_status ON webhook_deliveries(status);
"""


class JobTable:
    def __init__(self, target: Path | str):
        self.db: Db = open_db(target if is_url(target) else Path(target), SCHEMA)

    def load(self) -> list[str]:
        """This host's jobs (a restarted API marks its unfinished ones interrupted; another
        host's API may still be running its own)."""
        return [row[0] for row in self.db.execute("SELECT doc FROM api_jobs WHERE owner=? ORDER BY created",
                                                  (socket.gethostname(),))]

    def get(self, job_id: str) -> str | None:
        row = self.db.execute("SELECT doc FROM api_jobs WHERE id=?", (job_id,)).fetchone()
        return row[0] if row else None

    def save(self, job_id: str, created: float, status: str, doc: str) -> None:
        self.db.upsert("api_jobs", "id", {"id": job_id, "created": created, "status": status,
                                          "owner": socket.gethostname(), "doc": doc})

    def forget(self, job_id: str) -> None:
        self.db.execute("DELETE FROM api_jobs WHERE id=?", (job_id,))


class DeliveryTable:
    def __init__(self, target: Path | str):
        self.db: Db = open_db(target if is_url(target) else Path(target), SCHEMA)

    def add(self, event: dict[str, Any]) -> None:
        self.db.upsert("webhook_deliveries", "id", {
            "id": event["id"], "type": event["type"], "event": json.dumps(event, ensure_ascii=False),
            "status": "pending", "attempts": 0, "owner": socket.gethostname(), "t_created": time.time(),
            "t_done": None})

    def done(self, event_id: str, status: str, attempts: int) -> None:
        self.db.execute("UPDATE webhook_deliveries SET status=?, attempts=?, t_done=? WHERE id=?",
                        (status, attempts, time.time(), event_id))

    def pending(self) -> list[dict[str, Any]]:
        return [json.loads(row[0]) for row in self.db.execute(
            "SELECT event FROM webhook_deliveries WHERE status='pending' AND owner=? ORDER BY t_created",
            (socket.gethostname(),))]
