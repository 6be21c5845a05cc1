"""`FolderStore`: the records behind `/records`, one JSON file each in the records folder.

The watch-folder daemon reads the same folder (through `captionist.sources`), so what the API
stores is what the daemon matches. Writes are atomic (`captionist.files.atomic_write`).
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from pathlib import Path

from .. import files
from ..model import CaptionRecord

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,150}$")


class FolderStore:
    """Records kept as one JSON file each in a folder (the daemon reads the same folder).

    A record with id `X` lives in `X.json` when X is a plain file name, else in
    `_<sha256 of X>.json`; the file holds the record, id included. Writes are atomic."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._records: dict[str, CaptionRecord] = {}
        self._load()

    def _load(self) -> None:
        for p in sorted(self.folder.glob("*.json")):
            try:
                data = json.loads(p.read_text(encoding="utf-8"))
                if isinstance(data, dict) and isinstance(data.get("id"), str) and self.path_for(data["id"]) == p:
                    self._records[data["id"]] = CaptionRecord.model_validate_json(json.dumps(data), strict=True)
            except (OSError, ValueError):
                continue   # not ours (a desk's own records file): the daemon may still use it

    def path_for(self, rid: str) -> Path:
        name = rid if _SAFE_NAME.match(rid) else "_" + hashlib.sha256(rid.encode()).hexdigest()
        return self.folder / f"{name}.json"

    def get(self, rid: str) -> CaptionRecord | None:
        with self._lock:
            return self._records.get(rid)

    def ids(self) -> list[str]:
        with self._lock:
            return sorted(self._records)

    def all(self) -> list[CaptionRecord]:
        with self._lock:
            return list(self._records.values())

    def put_many(self, records: list[CaptionRecord]) -> list[bool]:
        """Store records; for each, True when it is new."""
        created = []
        with self._lock:
            for rec in records:
                data = json.dumps(rec.to_json_dict(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
                files.atomic_write(self.path_for(rec.id), [data], fsync=True)
                created.append(rec.id not in self._records)
                self._records[rec.id] = rec
        return created

    def delete(self, rid: str) -> bool:
        with self._lock:
            if rid not in self._records:
                return False
            try:
                self.path_for(rid).unlink()
            except FileNotFoundError:
                pass
            del self._records[rid]
            return True


class DbStore:
    """Records kept in the `records` table of the cluster's PostgreSQL database
    (`storage.records`): every API instance on the same database serves the same records,
    and daemons and workers started with `--records postgresql://...` match against them.
    Nothing is cached here: each call reads the table, so a write by another instance is
    seen at once."""

    def __init__(self, url: str):
        from ..storage.records import RecordTable
        self.table = RecordTable(url)

    @staticmethod
    def _record(body: dict) -> CaptionRecord:
        return CaptionRecord.model_validate_json(json.dumps(body), strict=True)

    def get(self, rid: str) -> CaptionRecord | None:
        body = self.table.get(rid)
        return self._record(body) if body is not None else None

    def ids(self) -> list[str]:
        return self.table.ids()

    def all(self) -> list[CaptionRecord]:
        return [self._record(body) for _rid, body in self.table.bodies()]

    def put_many(self, records: list[CaptionRecord]) -> list[bool]:
        """Store records in one transaction (all or none); for each, True when it is new."""
        return self.table.put_many([(rec.id, rec.to_json_dict()) for rec in records])

    def delete(self, rid: str) -> bool:
        return self.table.delete(rid)
