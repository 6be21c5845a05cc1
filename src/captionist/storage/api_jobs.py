"""The API's jobs in the shared database (PostgreSQL, or SQLite at a path): one row per job
holding its JSON document, so `GET /jobs/{id}` answers from any API instance of a cluster
and after a restart. Without a database the jobs stay JSON files in `jobs_dir`."""

from __future__ import annotations

import socket
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
