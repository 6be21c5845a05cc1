"""`run_batch`: many files through `pipeline`, the one batch workflow (the CLI's `embed` and the
HTTP API's jobs both call it).

Each file is matched against the records (or given one record) and written; with a
`GroupCommit` the written files are renamed into place a group at a time. After each
commit, `report(outcomes)` receives the files just finished (the CLI prints and journals them,
the API updates its job and sends webhooks). A stop (`Stopped`, Ctrl-C) between files
abandons the file in flight and the group not yet committed: their outcomes are taken back
out of `outcomes` and the temp files go; what was renamed stays.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from . import pipeline
from .files import GroupCommit
from .model import CaptionRecord
from .outcome import Outcome


def _error_text(path: Path, e: Exception) -> str:
    return f"{path}: {type(e).__name__}: {e}"


def run_batch(files: Iterable[Path], records: list[CaptionRecord] | None, options: pipeline.Options, *,
              batch_size: int, record: CaptionRecord | None = None, group: GroupCommit | None = None,
              prepare: Callable[[Path], pipeline.Options] | None = None,
              error_text: Callable[[int, Path, Exception], str] | None = None, first: int = 1,
              report: Callable[[list[Outcome]], None] | None = None,
              each: Callable[[Outcome], None] | None = None,
              critical: Callable[[], AbstractContextManager] = nullcontext,
              outcomes: list[Outcome] | None = None) -> list[Outcome]:
    """Caption `files` in order; returns (and appends to `outcomes`) one outcome per file.

    `record`: write this record into every file (no matching); else match against `records`
    (`position`, counted from `first`, and `batch_size` tell the matcher where each file
    stands). `prepare(path)`: the file's options, checked just before it is read (a refusal
    fails that file only; `error_text(position, path, error)` says so). `each(outcome)`: called at once per file (progress); `report`:
    per committed group. `critical()`: a context in which a stop signal waits (renames)."""
    outcomes = [] if outcomes is None else outcomes
    waiting: list[Outcome] = []

    def flush() -> None:
        with critical():
            if group is not None:
                pipeline.commit(group, waiting)
            if report is not None:
                report(list(waiting))
            waiting.clear()

    try:
        for i, path in enumerate(files, first):
            try:
                opts = prepare(path) if prepare is not None else options
                if record is not None:
                    out = pipeline.embed(path, record, opts, group)
                else:
                    out = pipeline.process(path, records or [], opts, group, position=i, batch_size=batch_size)
            except Exception as e:  # noqa: BLE001 - one file's surprise must not end the batch
                out = Outcome.failure(path, error_text(i, path, e) if error_text else _error_text(path, e))
            waiting.append(out)
            outcomes.append(out)
            if each is not None:
                each(out)
            if group is None or group.full:
                flush()
        flush()
    except BaseException:
        for o in waiting:       # not committed: abandoned (the originals are untouched)
            if o in outcomes:
                outcomes.remove(o)
        raise
    finally:
        if group is not None:   # nothing half-done is renamed; temps go
            group.abort()
    return outcomes
