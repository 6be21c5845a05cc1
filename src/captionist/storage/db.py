"""`Db`: one connection to SQLite or PostgreSQL behind the same small interface
(the package docstring says why plain SQL and how the dialects differ)."""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterable, Sequence

URL_PREFIXES = ("postgresql://", "postgres://")


def is_url(target: Any) -> bool:
    return isinstance(target, str) and target.startswith(URL_PREFIXES)


def redact(target: Any) -> str:
    """The target as text without its password (for logs and status files)."""
    return re.sub(r"(://[^:/@]+):[^@]*@", r"\1:***@", str(target))


class Row(tuple):
    """A row that reads like `sqlite3.Row`: row[0], row["name"], dict(row), unpacking."""

    _names: Sequence[str] = ()

    def __new__(cls, names: Sequence[str], values: Iterable[Any]) -> "Row":
        row = super().__new__(cls, values)
        row._names = names
        return row

    def keys(self) -> list[str]:
        return list(self._names)

    def __getitem__(self, key):  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names.index(key))
        return tuple.__getitem__(self, key)


def _pg_row_factory(cursor):
    names = [c.name for c in cursor.description] if cursor.description else []
    return lambda values: Row(names, values)


class Db:
    """A connection to `target` (a path or a postgresql:// URL), with the schema in place."""

    def __init__(self, target: Path | str, schema: str = "", *, readonly: bool = False, connect_timeout: int = 10):
        self.target = target
        self.pg = is_url(target)
        self.schema = schema
        self.readonly = readonly
        self.connect_timeout = connect_timeout
        self._lock = threading.RLock()
        self.con: Any = None
        self._open()

    # ----------------------------------------------------------------- connections
    def _open(self) -> None:
        if self.pg:
            import psycopg
            self.con = psycopg.connect(self.target, autocommit=True, connect_timeout=self.connect_timeout,
                                       row_factory=_pg_row_factory)
            if self.schema and not self.readonly:
                # several processes may start at once: one creates the tables at a time
                self.con.execute("SELECT pg_advisory_lock(74201)")
                try:
                    self.con.execute(pg_schema(self.schema))
                finally:
                    self.con.execute("SELECT pg_advisory_unlock(74201)")
            return
        path = Path(self.target)
        if self.readonly:
            # not SQLite's read-only mode: a WAL reader must be able to create the -shm file
            con = sqlite3.connect(path, timeout=30, isolation_level=None)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            con = sqlite3.connect(path, timeout=30, isolation_level=None)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
            if self.schema:
                con.executescript(self.schema)
        con.row_factory = sqlite3.Row
        self.con = con

    def _broken(self) -> bool:
        return bool(self.con is None or self.con.closed or getattr(self.con, "broken", False))

    def close(self) -> None:
        try:
            if self.con is not None:
                self.con.close()
        except Exception:  # noqa: BLE001 - closing a broken connection
            pass

    # ----------------------------------------------------------------- statements
    def execute(self, sql: str, args: Sequence[Any] = ()):
        if not self.pg:
            return self.con.execute(sql, args)
        import psycopg
        sql = sql.replace("?", "%s")
        with self._lock:
            try:
                if self._broken():
                    self._open()
                return self.con.execute(sql, args)
            except psycopg.OperationalError:
                # the server restarted (or the network blinked): one new connection, one retry
                self.close()
                time.sleep(0.2)
                self._open()
                return self.con.execute(sql, args)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any]]) -> None:
        for args in seq:
            self.execute(sql, args)

    def upsert(self, table: str, key: str, row: dict[str, Any]) -> None:
        """Insert `row`, or replace the row with the same `key`."""
        cols = list(row)
        marks = ",".join("?" * len(cols))
        if self.pg:
            updates = ",".join(f"{c}=EXCLUDED.{c}" for c in cols if c != key)
            sql = (f"INSERT INTO {table}({','.join(cols)}) VALUES ({marks}) "
                   f"ON CONFLICT ({key}) DO UPDATE SET {updates}")
        else:
            sql = f"INSERT OR REPLACE INTO {table}({','.join(cols)}) VALUES ({marks})"
        self.execute(sql, [row[c] for c in cols])


def pg_schema(schema: str) -> str:
    """The SQLite schema text for PostgreSQL: REAL is 4 bytes there (a timestamp would lose
    its seconds), so floats become DOUBLE PRECISION."""
    return re.sub(r"\bREAL\b", "DOUBLE PRECISION", schema)


def open_db(target: Path | str, schema: str = "", *, readonly: bool = False) -> Db:
    if not is_url(target) and readonly and not Path(target).exists():
        raise FileNotFoundError(f"{target}: no journal here (has the daemon run on this inbox?)")
    return Db(target, schema, readonly=readonly)
