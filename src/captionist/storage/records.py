"""The records of a cluster in PostgreSQL: one `records` table that every API instance writes
(`/records`) and every daemon, watcher and worker reads (`--records postgresql://...`).

A row is one record: its id, its JSON body (as `CaptionRecord.to_json_dict` gives it), when it
was last written, and a `version` drawn from a sequence on every write. Readers notice a change
from `stamp()`, the row count and the highest version: every put raises the highest version,
every delete lowers the count, so the two together change whenever the table does (one cheap
aggregate query, no body read)."""

from __future__ import annotations

import json
import time
from typing import Any

from .db import Db, is_url

SCHEMA = """
CREATE SEQUENCE IF NOT EXISTS records_version;
CREATE TABLE IF NOT EXISTS records (
    id       TEXT PRIMARY KEY,
    body     TEXT NOT NULL,                 -- the record as JSON, id included
    updated  REAL NOT NULL,                 -- time.time() of the last write
    version  BIGINT NOT NULL DEFAULT nextval('records_version')
);
"""


class RecordTable:
    """The `records` table at a postgresql:// URL (created if missing)."""

    def __init__(self, url: str, *, connect_timeout: int = 10):
        if not is_url(url):
            raise ValueError(f"{url}: records in a database need a postgresql:// URL")
        self.db = Db(url, SCHEMA, connect_timeout=connect_timeout)

    def stamp(self) -> tuple[int, int]:
        """(row count, highest version): changes whenever a record is put or deleted."""
        row = self.db.execute("SELECT count(*), COALESCE(max(version), 0) FROM records").fetchone()
        return int(row[0]), int(row[1])

    def bodies(self) -> list[tuple[str, dict[str, Any]]]:
        """Every (id, JSON body), in id order."""
        return [(r[0], json.loads(r[1])) for r in self.db.execute("SELECT id, body FROM records ORDER BY id")]

    def get(self, rid: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT body FROM records WHERE id=?", (rid,)).fetchone()
        return json.loads(row[0]) if row else None

    def ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM records ORDER BY id")]

    def put_many(self, items: list[tuple[str, dict[str, Any]]]) -> list[bool]:
        """Store (id, body) pairs in one transaction (all or none); for each, True when new."""
        import psycopg

        sql = ("INSERT INTO records(id, body, updated) VALUES (%s, %s, %s) ON CONFLICT (id) DO UPDATE "
               "SET body=EXCLUDED.body, updated=EXCLUDED.updated, version=nextval('records_version') "
               "RETURNING (xmax = 0)")   # xmax is 0 on a freshly inserted row, set on an updated one
        db = self.db
        for attempt in (1, 2):
            with db._lock:
                try:
                    if db._broken():
                        db._open()
                    now = time.time()
                    with db.con.transaction():
                        return [bool(db.con.execute(sql, (rid, json.dumps(body, ensure_ascii=False), now)
                                                    ).fetchone()[0]) for rid, body in items]
                except psycopg.OperationalError:
                    # the server restarted: the transaction was rolled back as a whole; once more
                    db.close()
                    if attempt == 2:
                        raise
            time.sleep(0.2)
        raise AssertionError("unreachable")

    def delete(self, rid: str) -> bool:
        return self.db.execute("DELETE FROM records WHERE id=? RETURNING id", (rid,)).fetchone() is not None

    def close(self) -> None:
        self.db.close()
