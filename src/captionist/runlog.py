"""Journal `captionist embed` runs, so `captionist undo` can restore them like daemon runs.

The rows go into the same SQLite journal the daemon keeps (`captionist.journal`), one run row
per `embed` and one file row per file; the default place for CLI runs is the XDG state
folder, `$XDG_STATE_HOME/captionist/journal.sqlite` (`~/.local/state/...` when unset), or
`$CAPTIONIST_JOURNAL`. A row keeps each field's value before and after, and a fingerprint of
the image as written (`captionist.fingerprint`: for a JPEG the sha256 of its metadata header
and its size, not of its 10 MB of image data), so undo can tell a file edited since.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Any

from . import fingerprint, journal
from .outcome import Status


def default_path() -> Path:
    if os.environ.get("CAPTIONIST_JOURNAL"):
        return Path(os.environ["CAPTIONIST_JOURNAL"])
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state) / "captionist" / "journal.sqlite"


class RunLog:
    """One `embed` run's ledger: `add(outcomes)` as files finish, `close()` at the end."""

    def __init__(self, path: Path, settings: dict[str, Any]):
        self.path = Path(path)
        self.run_id = f"cli-{int(time.time() * 1000):x}-{os.urandom(3).hex()}"
        self.journal = journal.Journal(self.path)
        self.journal.start_run(self.run_id, "cli", None, settings)
        self.written = 0

    def add(self, outcomes, out_dir: Path | None) -> list[str]:
        """Journal finished files; returns a warning per file that could not be journaled (the
        file is written either way: the journal is the undo record, not the write)."""
        problems = []
        added = []
        # One SQLite transaction a group: a commit each costs 0.2 ms of wall a file (0.07 in
        # one), and a group's rows then land together, as its files were renamed together.
        con = self.journal.con
        txn = not con.pg and self._begin(con)
        for o in outcomes:
            try:
                if self._add(o, out_dir):
                    added.append(o)
            except (OSError, sqlite3.Error) as e:
                problems.append(f"{o.path}: written, but not journaled ({e}): `captionist undo` cannot restore it")
        if txn:
            try:
                con.execute("COMMIT")
            except sqlite3.Error as e:
                try:
                    con.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
                problems += [f"{o.path}: written, but not journaled ({e}): `captionist undo` cannot restore it"
                             for o in added]
                self.written -= sum(o.status == Status.WRITTEN for o in added)
        return problems

    @staticmethod
    def _begin(con) -> bool:
        try:
            con.execute("BEGIN")
            return True
        except sqlite3.Error:
            return False    # each row then commits on its own, as before

    def _add(self, o, out_dir: Path | None) -> bool:
        """Journal one outcome; False when there is nothing to journal."""
        if o.status not in (Status.WRITTEN, Status.FAILED, Status.UNCHANGED):
            return False   # unmatched and review files were not touched: nothing to undo
        # the path as a string: a Path a row cost the parent ~5 us a file while the workers run (fork38)
        image = os.path.abspath(o.path if out_dir is None else os.path.join(out_dir, o.path.name))
        sha_out = None
        if o.status == Status.WRITTEN and o.fingerprint and o.output is not None \
                and os.path.abspath(o.output) == image:
            sha_out = o.fingerprint     # taken from the bytes the writer wrote (issue 14)
            self.written += 1
        elif o.status == Status.WRITTEN and os.path.exists(image):
            sha_out = fingerprint.of(Path(image))
            self.written += 1
        now = time.time()
        claim = f"{self.run_id}-{os.urandom(4).hex()}"
        self.journal.record({
            "claim": claim, "item": claim, "run_id": self.run_id, "name": o.path.name, "source": "cli",
            "status": str(o.status), "output": image, "record_id": o.record_id, "grade": o.grade,
            "sha256_out": sha_out, "changes": o.changes, "warnings": o.warnings, "match": o.match,
            "error": o.error, "t_arrived": now - o.seconds, "t_claimed": now - o.seconds, "t_finished": now,
            "seconds": o.seconds, "provenance": getattr(o, "c2pa", None)})
        return True

    def close(self) -> None:
        try:
            self.journal.end_run(self.run_id)
        except sqlite3.Error:
            pass   # the run row keeps no end time; its file rows are in
        finally:
            self.journal.close()
