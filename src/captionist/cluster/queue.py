"""The watcher's side of the cluster: `QueuePool` stands in for the daemon's worker pool.

`Daemon` hands it each claim as it would hand one to a local worker process; instead of
sending it down a pipe, `send` moves the claim folder into `INBOX/.captionist/queue/` (a
rename: atomic, same file system) and publishes a task naming it. Nothing comes back: the
worker that takes the claim routes the file and writes the journal row itself.

A publish that fails (the broker is down) loses nothing: the claim is in `queue/` and is
published again once the broker answers; a claim still in `queue/` after `requeue_after`
seconds (its task lost with a broker that kept no copy) is published again too. A task
sent twice is harmless: only one worker can rename the folder out of `queue/`.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..settings import DaemonSettings
from .app import QUEUE, TASK, make_app

STAMP = "queued"       # a file in each queued claim: its mtime is when it was last published


def queue_dir(settings: DaemonSettings) -> Path:
    return settings.state_dir / "queue"


class QueuePool:
    """The parts of `daemon.pool.Pool` the daemon calls, for a cluster: always free."""

    restarts = 0

    def __init__(self, settings: DaemonSettings, log: Callable[..., None]):
        self.s = settings
        self._log = log
        self.dir = queue_dir(settings)
        self.dir.mkdir(parents=True, exist_ok=True)
        self.app = make_app(settings, publisher=True)
        self._unsent: list[str] = []          # claims in queue/ whose publish failed
        self._down_until = 0.0
        self._last_scan = time.monotonic()
        self.published = 0

    # ----------------------------------------------------------------- figures
    def alive(self) -> int:
        return 1 if time.monotonic() >= self._down_until else 0

    def in_flight(self) -> int:
        return 0           # nothing is in flight here: the claims are the workers' now

    def busy_dirs(self) -> set[Path]:
        return set()

    def conns(self) -> list[Any]:
        return []

    def free(self) -> list[None]:
        return [None] * 64          # claim whatever is ready: queue/ is the queue

    def waiting(self) -> int:
        try:
            return sum(1 for _ in os.scandir(self.dir))
        except OSError:
            return 0

    # ----------------------------------------------------------------- no processes here
    def spawn(self) -> None:
        pass

    def ensure(self) -> None:
        pass

    def collect(self, ready: list[Any]) -> None:
        pass

    def drain(self, timeout: float) -> None:
        pass

    def abandon(self, hand_back: Callable[..., None]) -> None:
        pass

    def close(self) -> None:
        self._flush()
        try:
            self.app.close()
        except Exception:  # noqa: BLE001
            pass

    # ----------------------------------------------------------------- jobs
    def send(self, slot: Any, claim, records_sig: tuple) -> bool:
        """Queue `claim`: move its folder to queue/, then publish (or note it for later)."""
        target = self.dir / claim.claim
        os.rename(claim.dir, target)
        claim.dir = target
        (target / STAMP).touch()
        self._unsent.append(claim.claim)
        self._flush()
        return True

    def _publish(self, claim_id: str) -> bool:
        if time.monotonic() < self._down_until:
            return False
        try:
            self.app.send_task(TASK, args=[claim_id], queue=QUEUE, retry=False)
        except Exception as e:  # noqa: BLE001 - any broker error: the claim waits in queue/
            self._down_until = time.monotonic() + 2.0
            self._log(logging.WARNING, "broker unavailable; queued files wait until it answers", error=repr(e),
                      waiting=len(self._unsent))
            return False
        self.published += 1
        return True

    def _flush(self) -> None:
        while self._unsent:
            if not self._publish(self._unsent[0]):
                return
            self._unsent.pop(0)

    def check_timeouts(self) -> None:
        """Publish what failed before; every few seconds, publish again the claims that have
        waited in queue/ longer than `requeue_after` (their task was lost)."""
        self._flush()
        now = time.monotonic()
        if now - self._last_scan < min(5.0, self.s.requeue_after / 2) or self._unsent:
            return
        self._last_scan = now
        cutoff = time.time() - self.s.requeue_after
        try:
            entries = sorted(os.scandir(self.dir), key=lambda e: e.name)
        except OSError:
            return
        for entry in entries:
            stamp = Path(entry.path) / STAMP
            try:
                if stamp.stat().st_mtime > cutoff:
                    continue
            except OSError:
                continue          # taken by a worker meanwhile
            if not self._publish(entry.name):
                return
            self._log(logging.INFO, "queued again (no worker took it)", claim=entry.name)
            try:
                stamp.touch()
            except OSError:
                pass
