"""`RecordStore`: the records of a file or folder, reloaded when the files change.

The daemon keeps one store and calls `reload_if_changed()` before each file (cheap: one
`stat` per source file). A change is noticed from the names, sizes and modification times of
the record files (and of the templates and codes files, which shape the records too); `version`
goes up by one on every reload that found a real change, so a caller can tell whether records
it held back (unmatched files) deserve another try.

Templates and codes are applied here (`captionist.templates`), so `records` are ready to match.
A reload that fails as a whole (the folder vanished) keeps the previous records and reports
the error in `errors`. In a folder, the same holds per file: a file that cannot be read as a
whole (caught half-written, invalid JSON) keeps its last good records, with its error in
`errors` and a warning naming it in `warnings` and `kept`; bad rows in a file that reads are
only reported (the file's other records are its new good set). A file that was removed takes
its records with it.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from ..errors import CaptionistError, SourceError
from .complete import incomplete
from .loader import RecordSet, fingerprint, source_files
from .recordset import LiveRecords

log = logging.getLogger("captionist.sources")
FIRST_WAIT = 15.0     # seconds a first load waits for a records file being written


class RecordStore(LiveRecords):
    """Records from `path` (a file or a folder of JSON, JSON Lines, CSV/TSV and ExifTool files)."""

    def __init__(self, path: Path | str, *, fmt: str | None = None, templates: Path | str | None = None,
                 codes: Path | str | None = None):
        super().__init__(templates, codes)
        self.path = Path(path)
        self.fmt = fmt
        self._good: dict[Path, RecordSet] = {}    # folder mode: each file's last good load
        self._wait_complete(FIRST_WAIT)
        self.reload_if_changed()

    def _wait_complete(self, seconds: float) -> None:
        """With no last good records to keep yet, a file caught mid-write is waited for (a
        worker started while the records are rewritten), up to `seconds`; then it is read."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                paths = source_files(self.path) if self.path.is_dir() else [self.path]
            except OSError:
                return
            if not any(incomplete(p) for p in paths):
                return
            time.sleep(0.1)

    def reload_if_changed(self) -> bool:
        """Reload when a source file was added, removed or modified. True when it reloaded."""
        with self._lock:
            fp = fingerprint([self.path, self.templates_path, self.codes_path])
            if fp == self._fp:
                return False
            self.pending = False
            try:
                if self.path.is_dir():
                    new = self._load_folder()
                else:
                    why = incomplete(self.path) if self._fp is not None else None
                    if why:
                        # caught mid-write: the last good records stay until a complete file parses
                        msg = f"{self.path}: {why}; keeping its last good records ({len(self._set.records)})"
                        log.warning(msg)
                        self.pending, self.kept = True, [msg]
                        self._set = RecordSet(records=list(self._set.records), errors=list(self._set.errors),
                                              origins=dict(self._set.origins), warnings=[msg])
                        return False
                    new = load_library(self.path, fmt=self.fmt, templates=self.templates_path,
                                       codes=self.codes_path)
                    self.kept = []
            except CaptionistError as e:
                new = RecordSet(records=list(self._set.records), errors=[e])
            except Exception as e:   # a bug in a reader must not take the daemon's records away
                log.exception("reloading %s failed", self.path)
                new = RecordSet(records=list(self._set.records),
                                errors=[SourceError(self.path, f"could not be read: {type(e).__name__}: {e}")])
            if not self.pending:      # pending: the next call loads again, whatever the fingerprint
                self._fp = fp
            self._set = new
            self.version += 1
            return True

    def _load_folder(self) -> RecordSet:
        """Every record file in the folder; one that fails as a whole is served from its last
        good load (if it ever had one)."""
        from .. import templates as tpl
        from .loader import load_records

        raw, kept, good = RecordSet(), [], {}
        for child in source_files(self.path):
            why = incomplete(child)
            if why:
                self.pending = True
                rs = self._good.get(child)
                msg = (f"{child}: {why}; " + (f"keeping its last good records ({len(rs.records)})" if rs is not None
                                              else "not loaded until it is complete"))
                log.warning(msg)
                raw.warnings.append(msg)
                kept.append(msg)
                if rs is not None:
                    good[child] = rs
                    raw.extend(rs)
                continue
            try:
                rs = load_records(child, self.fmt)
            except Exception as e:   # CaptionistError, or a bug in a reader: this file only
                if not isinstance(e, CaptionistError):
                    log.exception("reading %s failed", child)
                    e = SourceError(child, f"could not be read: {type(e).__name__}: {e}")
                raw.errors.append(e)
                rs = self._good.get(child)
                if rs is None:
                    continue
                msg = (f"{child}: could not be read ({e.reason}); keeping its last good records "
                       f"({len(rs.records)})")
                log.warning(msg)
                raw.warnings.append(msg)
                kept.append(msg)
            good[child] = rs
            raw.extend(rs)
        self._good, self.kept = good, kept
        return tpl.prepare(raw, templates=self.templates_path, codes=self.codes_path)


def load_library(path: Path, *, fmt: str | None = None, templates: Path | None = None,
                 codes: Path | None = None) -> RecordSet:
    """Records from `path` with templates resolved and codes expanded; every problem collected."""
    from .. import templates as tpl
    from .loader import load_records

    if not Path(path).exists():
        raise SourceError(path, "no such file or folder")
    rs = load_records(path, fmt)
    return tpl.prepare(rs, templates=templates, codes=codes)


def open_store(path: Path | str, *, templates: Path | str | None = None, codes: Path | str | None = None):
    """A `RecordStore` for a file or folder; a `DbRecordStore` for a postgresql:// URL."""
    from ..storage.db import is_url
    if is_url(path):
        from .dbstore import DbRecordStore
        return DbRecordStore(str(path), templates=templates, codes=codes)
    return RecordStore(path, templates=templates, codes=codes)
