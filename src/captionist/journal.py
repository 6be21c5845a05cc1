"""The journal: an SQLite ledger of every file the daemon (or an undo) handled.

One row per attempt at one file (`files`), one row per daemon or undo run (`runs`). A row
keeps what is needed to review a batch and to undo it: the input and output hashes (sha256),
the record and match grade, every field's value before and after (`Outcome.changes`),
timings, and where the file went. Rows are keyed by the claim id the daemon gave the file,
so writing a row twice (a crash between routing and journaling, replayed at restart) leaves
one row.

SQLite in WAL mode lets `captionist history`/`status` read while the daemon writes. WAL
needs shared memory: keep the journal on a local disk, not on a network share. With a
`postgresql://` URL instead of a path the same tables live in PostgreSQL, shared by every
machine of a cluster (`captionist.storage`); `tasks` records what cluster workers did with
each queued task, including the ones that found nothing to do (a redelivery).
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

from .storage import Db, open_db

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id    TEXT PRIMARY KEY,
    kind      TEXT NOT NULL,              -- daemon, undo
    host      TEXT,
    pid       INTEGER,
    inbox     TEXT,
    started   REAL NOT NULL,
    ended     REAL,
    settings  TEXT                        -- JSON
);
CREATE TABLE IF NOT EXISTS files (
    claim       TEXT PRIMARY KEY,         -- unique per attempt
    item        TEXT NOT NULL,            -- the same across retries of one file (unmatched -> done)
    run_id      TEXT NOT NULL,
    name        TEXT NOT NULL,            -- the file's name when it arrived
    source      TEXT,                     -- where it was taken from: inbox, unmatched, review, recovered
    status      TEXT NOT NULL,            -- written, unchanged, unmatched, review, failed, undone
    folder      TEXT,                     -- done, failed, unmatched, review
    output      TEXT,                     -- where the file is now
    record_id   TEXT,
    grade       TEXT,
    sha256_in   TEXT,
    sha256_out  TEXT,
    changes     TEXT,                     -- JSON list of {field, before, after, blocks}
    warnings    TEXT,                     -- JSON list
    match       TEXT,                     -- JSON
    error       TEXT,
    traceback_id TEXT,
    t_arrived   REAL,
    t_claimed   REAL,
    t_finished  REAL,
    seconds     REAL,                     -- time spent in the worker
    undone_by   TEXT,                     -- claim of the undo row that reversed this one
    provenance  TEXT                      -- JSON: Content Credentials policy applied, manifest ids
);
CREATE TABLE IF NOT EXISTS tasks (
    task_id   TEXT NOT NULL,              -- the Celery task id (a redelivery has the same one)
    claim     TEXT NOT NULL,
    outcome   TEXT NOT NULL,              -- routed, resumed, gone, already-routed, busy
    host      TEXT,
    pid       INTEGER,
    t         REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS files_run ON files(run_id);
CREATE INDEX IF NOT EXISTS files_output ON files(output);
CREATE INDEX IF NOT EXISTS files_item ON files(item);
CREATE INDEX IF NOT EXISTS files_finished ON files(t_finished);
"""

FILE_COLUMNS = ("claim", "item", "run_id", "name", "source", "status", "folder", "output", "record_id", "grade",
                "sha256_in", "sha256_out", "changes", "warnings", "match", "error", "traceback_id",
                "t_arrived", "t_claimed", "t_finished", "seconds", "undone_by", "provenance")
_JSON_COLUMNS = ("changes", "warnings", "match", "provenance")
# json.dumps(v, ensure_ascii=False, default=str) builds an encoder a call; one, made once,
# gives the same text (3 a row, the parent's time while the workers run: issue 14)
_encode = json.JSONEncoder(ensure_ascii=False, default=str).encode


def _host() -> str:
    """The machine's name: gethostname(2), which on Linux is uname's nodename (os.uname needs no
    socket module: start-up, issue 14)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket
    return socket.gethostname()


def connect(target: Path | str, *, readonly: bool = False) -> Db:
    """The journal at `target`: a path (SQLite) or a postgresql:// URL."""
    db = open_db(target if isinstance(target, str) and "://" in target else Path(target), SCHEMA, readonly=readonly)
    if not readonly:
        _migrate(db)
    return db


def _migrate(db: Db) -> None:
    """Add the columns a journal made by an older captionist lacks."""
    if db.pg:
        db.execute("ALTER TABLE files ADD COLUMN IF NOT EXISTS provenance TEXT")
        return
    have = {r[1] for r in db.execute("PRAGMA table_info(files)")}
    if "provenance" not in have:
        db.execute("ALTER TABLE files ADD COLUMN provenance TEXT")


def _row(row) -> dict[str, Any]:
    out = dict(row)
    for k in _JSON_COLUMNS:
        if out.get(k):
            out[k] = json.loads(out[k])
    return out


@dataclass
class Journal:
    """A writer's handle on the journal (one per thread: sqlite3 connections are not shared)."""

    path: Path | str

    def __post_init__(self) -> None:
        if not (isinstance(self.path, str) and "://" in self.path):
            self.path = Path(self.path)
        self.con = connect(self.path)

    def close(self) -> None:
        self.con.close()

    # --- runs ---------------------------------------------------------------------------
    def start_run(self, run_id: str, kind: str, inbox: Path | None = None, settings: dict | None = None) -> None:
        self.con.upsert("runs", "run_id", {
            "run_id": run_id, "kind": kind, "host": _host(), "pid": os.getpid(),
            "inbox": str(inbox) if inbox else None, "started": time.time(),
            "settings": json.dumps(settings or {}, default=str)})

    def end_run(self, run_id: str) -> None:
        self.con.execute("UPDATE runs SET ended=? WHERE run_id=?", (time.time(), run_id))

    # --- files --------------------------------------------------------------------------
    def record(self, row: dict[str, Any]) -> None:
        """Insert or replace one attempt (keyed by `claim`)."""
        values = []
        for col in FILE_COLUMNS:
            v = row.get(col)
            if col in _JSON_COLUMNS and v is not None:
                v = _encode(v)
            elif isinstance(v, Path):
                v = str(v)
            values.append(v)
        self.con.upsert("files", "claim", dict(zip(FILE_COLUMNS, values)))

    def task(self, task_id: str, claim: str, outcome: str) -> None:
        """What a cluster worker did with one delivery of a task."""
        self.con.execute("INSERT INTO tasks(task_id, claim, outcome, host, pid, t) VALUES (?,?,?,?,?,?)",
                         (task_id, claim, outcome, _host(), os.getpid(), time.time()))

    def mark_undone(self, claims: Iterable[str], by: str) -> None:
        self.con.executemany("UPDATE files SET undone_by=? WHERE claim=?", [(by, c) for c in claims])

    def known_output(self, output: Path) -> dict[str, Any] | None:
        return latest_for_output(self.con, output)


# --- queries (shared by the daemon, `history`, `status` and `undo`) --------------------------

def latest_for_output(con: Db, output: Path | str) -> dict[str, Any] | None:
    row = con.execute("SELECT * FROM files WHERE output=? ORDER BY t_finished DESC LIMIT 1",
                      (str(output),)).fetchone()
    return _row(row) if row else None


def first_arrival(con: Db, item: str) -> float | None:
    row = con.execute("SELECT MIN(t_arrived) FROM files WHERE item=?", (item,)).fetchone()
    return row[0] if row else None


def query(con: Db, *, status: str | None = None, record: str | None = None,
          file: str | None = None, since: float | None = None, run: str | None = None,
          limit: int | None = None) -> list[dict[str, Any]]:
    """Rows, newest first. `file` matches the arrival name or the output path (SQL LIKE with
    `*` as wildcard); `status` may list several, comma-separated."""
    where, args = [], []
    if status:
        states = [s.strip() for s in status.split(",") if s.strip()]
        where.append(f"status IN ({','.join('?' * len(states))})")
        args += states
    if record:
        where.append("record_id = ?")
        args.append(record)
    if file:
        pattern = file.replace("*", "%")
        if "%" not in pattern:
            where.append("(name = ? OR output = ? OR output LIKE ?)")
            args += [pattern, pattern, f"%/{pattern}"]
        else:
            where.append("(name LIKE ? OR output LIKE ?)")
            args += [pattern, pattern]
    if since is not None:
        where.append("t_finished >= ?")
        args.append(since)
    if run:
        where.append("run_id = ?")
        args.append(run)
    sql = "SELECT * FROM files" + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY t_finished DESC"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [_row(r) for r in con.execute(sql, args)]


def runs(con: Db, limit: int = 20) -> list[dict[str, Any]]:
    return [dict(r) for r in con.execute("SELECT * FROM runs ORDER BY started DESC LIMIT ?", (limit,))]


def counts(con: Db, since: float | None = None) -> dict[str, int]:
    sql = "SELECT status, COUNT(*) FROM files"
    args: list[Any] = []
    if since is not None:
        sql += " WHERE t_finished >= ?"
        args.append(since)
    return {s: n for s, n in con.execute(sql + " GROUP BY status", args)}


def open_readonly(target: Path | str) -> Db:
    """A reader's handle (`history`, `status`): the journal must exist already."""
    return connect(target, readonly=True)


__all__ = ["Journal", "connect", "query", "runs", "counts", "latest_for_output", "first_arrival",
           "open_readonly"]
