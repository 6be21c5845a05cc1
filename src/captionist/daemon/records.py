"""Noticing that the records changed, without reading them on every check.

The daemon compares the records' signature (name, size, mtime of each file:
`worker.records_signature`) twice a second. A change is taken only after `records_settle`
seconds without another, so a records file caught half-written is not loaded; then the
records are loaded here for the figures (count, problems) and the new signature goes with
every job, so each worker reloads exactly when the daemon has seen a change. The daemon keeps
one `RecordCache` as the workers do, so its figures follow the same rule: a file that cannot
be read keeps its last good records (`RecordStore`), and that is logged naming the file.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from ..settings import DaemonSettings
from ..storage import redact
from ..worker import RecordCache, records_signature


class RecordsWatch:
    def __init__(self, settings: DaemonSettings, log: Callable[..., None]):
        self.s = settings
        self._log = log
        self.sig: tuple = ()                   # the records the workers use
        self._seen: tuple | None = None        # the last signature seen
        self._changed_at = 0.0
        self.info: dict[str, Any] = {}
        self._cache: RecordCache | None = None

    def _signature(self) -> tuple:
        return records_signature(self.s.records, self.s.templates, self.s.codes)

    def load(self) -> None:
        self.sig = self._seen = self._signature()
        self._load_info()

    def _load_info(self) -> None:
        if self._cache is None:
            self._cache = RecordCache(self.s.records, self.s.templates, self.s.codes)
        cache = self._cache
        records = cache.get(self.sig)
        kept = list(getattr(cache.store, "kept", []))
        self.info = {"path": redact(self.s.records), "count": len(records), "errors": cache.errors[:20],
                     "kept": kept[:20]}
        for err in cache.errors[:20]:
            self._log(logging.WARNING, "record problem", error=err)
        for msg in kept[:20]:
            self._log(logging.WARNING, "records file unreadable; its last good records are kept", error=msg)

    def check(self, now: float) -> bool:
        """True when the records changed (and have been quiet for `records_settle`)."""
        sig = self._signature()
        store = self._cache.store if self._cache is not None else None
        if sig == self.sig and store is not None and store.pending:
            # a records file was caught mid-write: its last good records are in force until
            # it is complete (the workers look again too: RecordCache.get)
            if store.reload_if_changed() and not store.pending:
                self._load_info()
                self._log(logging.INFO, "records changed", records=self.info["count"],
                          errors=len(self.info["errors"]))
                return True
            return False
        if sig != self._seen:
            self._seen, self._changed_at = sig, now
            return False
        if sig != self.sig and now - self._changed_at >= self.s.records_settle:
            self.sig = sig
            self._load_info()
            self._log(logging.INFO, "records changed", records=self.info["count"],
                      errors=len(self.info["errors"]))
            return True
        return False
