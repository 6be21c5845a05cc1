"""`DbRecordStore`: the records of a cluster's PostgreSQL `records` table (`storage.records`),
with the same contract as `RecordStore` (`records`, `errors`, `warnings`, `version`,
`pending`, `kept`, `reload_if_changed`).

A change is noticed from the table's `stamp()` (row count, highest version: one aggregate
query) and from the templates and codes files. When the database cannot be reached, the last
good records stay in force and a warning says so: an outage must not send files to
unmatched/ (the records did not change, the database is only away).

Each load is also written to a snapshot on local disk (`$XDG_CACHE_HOME/captionist/records-
<digest of the URL>.json`, with the table's stamp). A process that meets an outage before it
saw the newest records (a daemon's worker that had no file since the last change, or one
started during the outage) takes the snapshot when it is newer than what it holds: the
records the machine last saw in the table stay in force, not an older or empty set."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from ..storage.db import redact
from .loader import RecordSet, check_record, fingerprint
from .recordset import LiveRecords

log = logging.getLogger("captionist.sources")
_last_stamp: dict[str, tuple] = {}     # per URL: the last stamp read (records_signature in an outage)


def db_signature(url: str) -> tuple:
    """The table's stamp, for `worker.records_signature`; in an outage the last one read, so a
    database that is away does not look like a change."""
    try:
        table = _tables.get(url)
        if table is None:
            from ..storage.records import RecordTable
            table = _tables[url] = RecordTable(url, connect_timeout=3)
        stamp = ("db", *table.stamp())
    except Exception as e:  # noqa: BLE001 - psycopg errors, OSError: the database is away
        if url not in _down:        # once per outage, not twice a second
            log.warning("records database %s unreachable (%s); the last good records stay in force", redact(url), e)
            _down.add(url)
        _tables.pop(url, None)
        return _last_stamp.get(url, ("db", "unreachable"))
    _last_stamp[url] = stamp
    _down.discard(url)
    return stamp


def snapshot_path(url: str) -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "captionist" / f"records-{hashlib.sha256(url.encode()).hexdigest()[:16]}.json"


def _write_snapshot(url: str, stamp: tuple, rows: list) -> None:
    path = snapshot_path(url)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"stamp": list(stamp), "rows": rows}, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)          # atomic: a reader sees the old snapshot or the new one
    except OSError as e:
        log.warning("could not write the records snapshot %s: %s", path, e)


def _read_snapshot(url: str) -> tuple[tuple, list] | None:
    try:
        data = json.loads(snapshot_path(url).read_text(encoding="utf-8"))
        return tuple(data["stamp"]), [tuple(r) for r in data["rows"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


_tables: dict = {}          # per URL: the open table (one connection per process)
_down: set[str] = set()     # URLs whose outage was already logged


class DbRecordStore(LiveRecords):
    def __init__(self, url: str, *, templates: Path | str | None = None, codes: Path | str | None = None):
        super().__init__(templates, codes)
        self.url = url
        self.path = url
        self._table = None
        self.reload_if_changed()

    @property
    def record_set(self) -> RecordSet:
        return self._set

    def reload_if_changed(self) -> bool:
        """Reload when the table (or the templates or codes) changed. True when it reloaded."""
        from ..storage.records import RecordTable
        with self._lock:
            try:
                if self._table is None:
                    self._table = RecordTable(self.url, connect_timeout=3)
                fp = (self._table.stamp(), fingerprint([self.templates_path, self.codes_path]))
                if fp == self._fp:
                    return False
                rows = self._table.bodies()
            except Exception as e:  # noqa: BLE001 - psycopg errors, OSError: the database is away
                self._table = None
                snap = _read_snapshot(self.url)
                held = self._fp[0] if self._fp is not None else None
                if snap is not None and (held is None or tuple(snap[0]) != tuple(held)) and (
                        held is None or snap[0][1] > held[1]):
                    self._load(snap[1], (snap[0], None))
                    msg = (f"records database {redact(self.url)} unreachable ({type(e).__name__}: {e}); "
                           f"using the newest records this machine saw ({len(self._set.records)}, "
                           f"from {snapshot_path(self.url)})")
                    log.warning(msg)
                    self.pending, self.kept = True, [msg]
                    self._set.warnings.append(msg)
                    return True
                msg = (f"records database {redact(self.url)} unreachable ({type(e).__name__}: {e}); "
                       f"keeping its last good records ({len(self._set.records)})")
                if not self.pending:        # once per outage: callers look again twice a second
                    log.warning(msg)
                # pending until a load succeeds: callers look again (RecordCache.get, RecordsWatch)
                self.pending, self.kept = True, [msg]
                self._set = RecordSet(records=list(self._set.records), errors=list(self._set.errors),
                                      origins=dict(self._set.origins), warnings=[msg])
                return False
            self._load(rows, fp)
            _write_snapshot(self.url, fp[0], rows)
            self.pending, self.kept = False, []
            return True

    def _load(self, rows: list, fp: tuple) -> None:
        from .. import templates as tpl
        raw = RecordSet()
        for rid, body in rows:
            rec, errs = check_record(body, f"records table, id {rid!r}")
            raw.add(rec, errs, origin=f"records table: {rid}")
        self._set = tpl.prepare(raw, templates=self.templates_path, codes=self.codes_path)
        self._fp = fp
        self.version += 1
