"""`run_batch`: many files through `pipeline`, the one batch workflow (the CLI's `embed` and the
HTTP API's jobs both call it).

Each file is matched against the records (or given one record) and written; with a
`GroupCommit` the written files are renamed into place a group at a time. After each
commit, `report(outcomes)` receives the files just finished (the CLI prints and journals them,
the API updates its job and sends webhooks). A stop (`Stopped`, Ctrl-C) between files
abandons the file in flight and the group not yet committed: their outcomes are taken back
out of `outcomes` and the temp files go; what was renamed stays.

A big batch (`workers_for`) runs in worker processes, each taking the next file as it is free
(`captionist.claims`), or on a contiguous share of the files when some must stay together
(`captionist.parallel`): the outcomes then arrive a committed group at a time, in no fixed
order between the shares.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from . import gcpause, pipeline, timing
from . import commitline
from .commitline import Committer
from .files import GroupCommit
from .outcome import Outcome

if TYPE_CHECKING:   # import-time laziness only (issue 14): the record model is built on first use
    from .model import CaptionRecord


# Below this many files one process does the batch: forking and the hand-over of outcomes
# cost more than the second core saves (~1.5 ms a file, issue 14).
PARALLEL_MIN = 100
MAX_WORKERS = 4


def _error_text(path: Path, e: Exception) -> str:
    return f"{path}: {type(e).__name__}: {e}"


def workers_for(count: int, requested: int | None = None) -> int:
    """How many worker processes a batch of `count` files gets: `requested` (embed --workers)
    if given, else one per core this process may use (at most MAX_WORKERS); 1 (this process)
    below PARALLEL_MIN files either way."""
    if count < PARALLEL_MIN:
        return 1
    if requested:
        return requested
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def _stem(name: str) -> str:
    """`PurePath(name).stem`: the name less its last suffix (none for '.x' or 'x.')."""
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def _keys(path: Path, out_dir: Path | None, folders: dict[str, str] | None = None) -> list[tuple]:
    # what two files of one run may share and must then be done by one process, in order: the
    # file itself (a symlink or a name given twice), its sidecar (photo.jpg and photo.tif ->
    # photo.xmp; the run refuses the second, see pipeline.Options.sidecars), its name in --out.
    # On strings, with one abspath a folder (`folders`): Path objects and an abspath a file
    # cost the parent ~20 us a file before the fork (issue 14)
    s = os.fspath(path if isinstance(path, Path) else Path(path))
    try:
        st = os.stat(s)
        same = ("file", st.st_dev, st.st_ino)
    except OSError:
        same = ("file", s)      # it fails on its own, in whichever process
    head, name = os.path.split(s)
    name = "" if name == "." else name      # Path(".").name
    folder = folders.get(head) if folders is not None else None
    if folder is None:
        folder = os.path.abspath(head or ".")
        if folders is not None:
            folders[head] = folder
    keys = [same, ("sidecar", folder, _stem(name).lower())]
    if out_dir is not None:
        keys.append(("out", name.lower()))
    return keys


def split(files: list[Path], workers: int, out_dir: Path | None = None) -> list[tuple[int, list[Path]]] | None:
    """`files` cut into `workers` contiguous shares as (index of the first, files), or None
    when two shares would hold files that must be done by one process (see `_keys`)."""
    return _shares(files, workers, out_dir)[0]


def _shares(files: list[Path], workers: int, out_dir: Path | None) -> tuple[list[tuple[int, list[Path]]] | None, bool]:
    """`split`'s answer, and whether no two files of the batch share a key at all (then any
    worker may take any file: `captionist.claims`), from one stat a file."""
    size = -(-len(files) // workers)
    shares = [(i, files[i:i + size]) for i in range(0, len(files), size)]
    owner: dict[tuple, int] = {}
    folders: dict[str, str] = {}
    distinct = True
    n = 0
    for n, (_, share) in enumerate(shares):
        for path in share:
            for key in _keys(path, out_dir, folders):
                if key in owner:
                    if owner[key] != n:
                        return None, False
                    distinct = False
                else:
                    owner[key] = n
    return (shares if len(shares) > 1 else None), distinct


def run_batch(files: Iterable[Path], records: list[CaptionRecord] | None, options: pipeline.Options, *,
              batch_size: int, record: CaptionRecord | None = None, group: GroupCommit | None = None,
              prepare: Callable[[Path], pipeline.Options] | None = None,
              error_text: Callable[[int, Path, Exception], str] | None = None, first: int = 1,
              report: Callable[[list[Outcome]], None] | None = None,
              each: Callable[[Outcome], None] | None = None,
              critical: Callable[[], AbstractContextManager] = nullcontext,
              outcomes: list[Outcome] | None = None, workers: int = 1, overlap: bool = False,
              numbered: Iterable[tuple[int, Path]] | None = None) -> list[Outcome]:
    """Caption `files` in order; returns (and appends to `outcomes`) one outcome per file.

    `record`: write this record into every file (no matching); else match against `records`
    (`position`, counted from `first`, and `batch_size` tell the matcher where each file
    stands). `prepare(path)`: the file's options, checked just before it is read (a refusal
    fails that file only; `error_text(position, path, error)` says so). `each(outcome)`: called at once per file (progress); `report`:
    per committed group. `critical()`: a context in which a stop signal waits (renames).
    `workers` > 1 (with a `group`): the files are shared out to that many processes, when
    `split` allows; `each` is then called a committed group at a time. `overlap` (with a
    `group`): each full group is committed and reported in a thread while the next one is
    written (`captionist.commitline`); `report` and `critical` must then work in any thread.
    `numbered`: (position, file) pairs to do instead of `files` counted from `first` (a worker
    taking its files one at a time, `captionist.claims`)."""
    outcomes = [] if outcomes is None else outcomes
    if workers > 1 and group is not None and prepare is None:
        files = list(files)
        shares, distinct = _shares(files, workers, options.out_dir)
        if shares is not None:
            return _run_shared(shares, records, options, batch_size=batch_size, record=record, group=group,
                               error_text=error_text, first=first, report=report, each=each, critical=critical,
                               outcomes=outcomes, shared_out=distinct)
    waiting: list[Outcome] = []
    current = [group]       # the group being written (a new one after each hand-over when overlapping)
    committer = Committer() if overlap and group is not None else None

    def commit(g: GroupCommit | None, done: list[Outcome]) -> None:
        with critical():
            if g is not None:
                pipeline.commit(g, done)
            timing.mark(f"group of {len(done)} committed")
            if report is not None:
                report(list(done))
            done.clear()

    def flush(last: bool = False) -> None:
        if committer is not None:
            with timing.span("commit: waiting for the previous"):
                committer.wait()        # the previous group's commit (raising what it raised)
        g = current[0]
        if committer is not None and not last:
            with critical():        # a stop waits until the group is handed over (then it is committed)
                done = list(waiting)
                current[0] = GroupCommit(g.max_files, g.max_bytes)
                waiting.clear()
                committer.start(lambda: commit(g, done))
        else:
            with timing.span("commit: in the batch's thread"):
                commit(g, waiting)
        gcpause.between_groups()

    try:
        with gcpause.batch_paused():
            _each_file(enumerate(files, first) if numbered is None else numbered, records, options,
                       batch_size=batch_size, record=record, group=current, prepare=prepare,
                       error_text=error_text, each=each, waiting=waiting, outcomes=outcomes, flush=flush)
        flush(last=True)
    except BaseException:
        if committer is not None:   # the group in commit has its data on disk or on the way: it finishes
            try:
                committer.wait(patient=True)
            except BaseException:  # noqa: BLE001 - the first exception is the one raised
                pass
        for o in waiting:       # not committed: abandoned (the originals are untouched)
            if o in outcomes:
                outcomes.remove(o)
        raise
    finally:
        if current[0] is not None:   # nothing half-done is renamed; temps go
            current[0].abort()
    return outcomes


def _each_file(numbered: Iterable[tuple[int, Path]], records, options: pipeline.Options, *, batch_size: int,
               record, group: list, prepare, error_text, each, waiting: list[Outcome], outcomes: list[Outcome],
               flush: Callable[[], None]) -> None:
    """`run_batch`'s loop over the (position, file) pairs, in this process; `group[0]`: the
    group being written."""
    for i, path in numbered:
        group_now = group[0]
        try:
            opts = prepare(path) if prepare is not None else options
            if record is not None:
                out = pipeline.embed(path, record, opts, group_now)
            else:
                out = pipeline.process(path, records or [], opts, group_now, position=i, batch_size=batch_size)
        except Exception as e:  # noqa: BLE001 - one file's surprise must not end the batch
            out = Outcome.failure(path, error_text(i, path, e) if error_text else _error_text(path, e))
        waiting.append(out)
        outcomes.append(out)
        timing.mark("file done")
        if each is not None:
            each(out)
        if group_now is None or group_now.full:
            flush()


def _run_shared(shares: list[tuple[int, list[Path]]], records, options: pipeline.Options, *, batch_size: int,
                record, group: GroupCommit, error_text, first: int, report, each, critical,
                outcomes: list[Outcome], shared_out: bool = False) -> list[Outcome]:
    """`run_batch` with each share in a worker process (see `captionist.parallel`).
    `shared_out` (no two files share a key, see `_shares`): the files are not cut into fixed
    shares but taken one at a time by whichever worker is free (`captionist.claims`)."""
    from . import parallel     # multiprocessing: only for a batch that uses it
    done: set[Path] = set()
    files = [p for _, share in shares for p in share]
    claims = None
    if shared_out:
        from .claims import Claims
        claims = Claims.open(len(files))

    def work(start: int, share: list[Path], send, child_critical) -> None:
        numbered = None if claims is None else ((first + i, files[i]) for i in claims)
        run_batch(share if claims is None else (), records, options, batch_size=batch_size, record=record,
                  first=first + start, group=GroupCommit(group.max_files, group.max_bytes),
                  error_text=error_text, report=send, critical=child_critical, overlap=commitline.ON,
                  numbered=numbered)

    def on_group(committed: list[Outcome]) -> None:
        timing.mark(f"parent: group of {len(committed)} received")
        with critical():
            for o in committed:
                done.add(o.path)
                outcomes.append(o)
                if each is not None:
                    each(o)
            if report is not None:
                report(committed)
        timing.mark("parent: group reported")

    try:
        codes = parallel.run(shares, work, on_group, critical)
    finally:
        if claims is not None:
            claims.close()
    if claims is None:
        lost = [(codes.get(n), p) for n, (_, share) in enumerate(shares) for p in share if p not in done]
    else:   # taken one at a time: a file not reported was the one a worker that ended was on
        ended = next((c for c in codes.values() if c), None)
        lost = [(ended, p) for p in files if p not in done]
    if lost:
        # a worker that died (killed, out of memory): a write is atomic, so each file it did not
        # report is its original, or complete if it died between a rename and the report
        failed = [Outcome.failure(p, f"{p}: its worker process ended (exit code {code}) before reporting "
                                     "it: the file is as it was or completely captioned, never half-written; "
                                     "run again to finish") for code, p in lost]
        on_group(failed)
    return outcomes
