"""What the daemon reports about itself: outcome counts, the drop-to-done latency histogram,
the last errors, and the status file `captionist status` reads.

The scheduler thread writes these figures while the HTTP API's thread reads them
(`Daemon.health()`/`metrics()`), so `Stats` guards them with a lock. The status file
(`INBOX/.captionist/status-<instance>.json`) is rewritten every `status_interval`
atomically (temp file + rename(2)), so a reader never sees half of it; a status file whose
daemon's instance folder is gone belongs to a daemon that stopped or died, and is removed
at start.
"""

from __future__ import annotations

import bisect
import logging
import threading
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .routing import write_json

LATENCY_BUCKETS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}
        self.latency = [0] * (len(LATENCY_BUCKETS) + 1)
        self.latency_sum = 0.0
        self.latency_n = 0
        self.errors: deque[dict[str, Any]] = deque(maxlen=20)

    def count(self, status: str, latency: float | None = None, error: dict[str, Any] | None = None) -> None:
        """One routed file; `latency` for files done, `error` for files failed."""
        with self.lock:
            self.counts[status] = self.counts.get(status, 0) + 1
            if latency is not None:
                self.latency[bisect.bisect_left(LATENCY_BUCKETS, latency)] += 1
                self.latency_sum += latency
                self.latency_n += 1
            if error is not None:
                self.errors.append(error)

    def error(self, entry: dict[str, Any]) -> None:
        with self.lock:
            self.errors.append(entry)

    def last_error(self) -> dict[str, Any] | None:
        with self.lock:
            return self.errors[-1] if self.errors else None

    def latency_seconds(self) -> dict[str, Any]:
        """Prometheus-style: cumulative bucket counts, sum and count."""
        with self.lock:
            cumulative, running = {}, 0
            for le, n in zip(list(LATENCY_BUCKETS) + ["+Inf"], self.latency):
                running += n
                cumulative[str(le)] = running
            return {"buckets": cumulative, "sum": round(self.latency_sum, 4), "count": self.latency_n}

    def snapshot(self) -> tuple[dict[str, int], list[dict[str, Any]]]:
        """(counts, last errors) as copies."""
        with self.lock:
            return dict(self.counts), list(self.errors)


def remove_dead(state_dir: Path, work_dir: Path) -> None:
    """Status files of daemons that stopped or died (their instance folder is gone)."""
    for f in state_dir.glob("status-*.json"):
        if not (work_dir / f.stem[len("status-"):]).exists():
            f.unlink(missing_ok=True)


def write(path: Path, status: dict[str, Any], log: Callable[..., None]) -> None:
    try:
        write_json(path, status, False)
    except Exception as e:  # noqa: BLE001 - status is informative; never stop for it
        log(logging.WARNING, "could not write the status file", error=str(e))
