"""A group's commit in a thread of its own while the next group is written (issue 14).

A batch worker used to stop at each full group and wait there for the group's fsyncs, its
renames, the folder's fsync and the report: on loop XFS under load ~40 ms a group, 0.12 s of
a 150-file worker's 0.5 s wall (docs/architecture.md, "Group commit and crashes"). With a
`Committer`, the full group is handed to one commit thread and the worker goes on reading,
matching and writing the next group's temps meanwhile. Each commit does exactly what the
worker did itself, in the same order (every temp on disk, then its rename, then the folder's
fsync, then the report), so what a crash leaves is unchanged: at most one group is in commit
(a new hand-over waits for the previous commit), groups are committed and reported in order,
and the next group's files are only temps beside untouched originals until their own commit.

The thread takes no signal (CPython runs handlers in the main thread): a stop reaches the
worker's main thread, which then lets the group in commit finish (its data is on disk or on
the way) and abandons only the group it was writing (`batch.run_batch`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable

ON = os.environ.get("CAPTIONIST_COMMIT_THREAD", "1") != "0"


class Committer:
    """At most one commit running at a time, in a thread; its exception is raised at the next
    `wait` (or hand-over)."""

    def __init__(self) -> None:
        self._ended: threading.Event | None = None     # set when the commit in progress has ended
        self._error: BaseException | None = None

    def start(self, commit: Callable[[], None]) -> None:
        """Wait for the commit in progress (raising what it raised), then run `commit` in a thread."""
        self.wait()

        ended = threading.Event()

        def run() -> None:
            try:
                commit()
            except BaseException as e:  # noqa: BLE001 - raised in the batch's thread at its next wait
                self._error = e
            finally:
                ended.set()

        thread = threading.Thread(target=run, name="captionist-commit", daemon=True)
        self._ended = ended
        try:
            thread.start()
        except RuntimeError:    # no thread to be had: the commit is done here, as without a Committer
            run()

    def wait(self, *, patient: bool = False) -> None:
        """Until the commit in progress has ended; raise its exception, if any. `patient`: a
        signal's exception while waiting does not end the wait (a stop lets the commit finish)."""
        # an Event, not Thread.join: a join that a signal's exception interrupts marks the thread
        # ended while it still runs (CPython 3.11, threading._wait_for_tstate_lock)
        ended = self._ended
        while ended is not None and not ended.is_set():
            try:
                ended.wait()
            except BaseException:  # noqa: BLE001 - a stop while waiting
                if not patient:
                    raise
        self._ended = None
        error, self._error = self._error, None
        if error is not None:
            raise error
