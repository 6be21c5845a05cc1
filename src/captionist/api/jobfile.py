"""One file of a bulk job (`POST /jobs`), here or on a cluster worker: its report (`JobFile`)
and the checks made just before it is touched (the tree may have changed since the request
was checked). The captioning itself is `batch.run_batch`, as for the CLI."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel, Field

from .. import pipeline
from ..batch import run_batch
from ..formats import sidecar_path
from ..isolation import unpack
from ..model import CaptionRecord
from ..outcome import Outcome, Status
from .paths import PathOutsideRoots, confine


class JobFile(BaseModel):
    file: str
    status: str
    record: Optional[str] = None
    output: Optional[str] = None
    changes: list[dict[str, Any]] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    error: Optional[str] = None
    seconds: float = 0.0
    c2pa: Optional[dict[str, Any]] = Field(None, description="what the write did to the file's Content Credentials "
                                                             "(C2PA): policy, action, manifest ids")

    @classmethod
    def of(cls, given: str, out: Outcome) -> JobFile:
        """The report of one outcome (`Outcome.to_dict`, named as the request named the file)."""
        d = out.to_dict()
        return cls(file=given, **{k: d[k] for k in ("status", "record", "output", "changes", "warnings", "error",
                                                    "seconds", "c2pa")})

    def outcome(self, path: Path) -> Outcome:
        return Outcome.from_dict({**self.model_dump(), "file": str(path)})


CANCELLED = "the job was cancelled before this file"


def cancelled_file(given: str) -> JobFile:
    """The report of a file a cancelled job did not start (here or on a cluster worker)."""
    return JobFile(file=given, status=str(Status.SKIPPED), error=CANCELLED)


def caption(files_: list[tuple[str, Path]], roots: list[Path], record: CaptionRecord | None, records: list | None,
            options: pipeline.Options, on_report: Callable[[JobFile], None], first: int = 1,
            batch_size: int | None = None) -> None:
    """Caption (given name, real path) pairs in order through `run_batch`; `on_report` gets
    each file's report as soon as it is done (no group commit: a job's file is final at once)."""
    names = iter([given for given, _real in files_])

    def prepare(real: Path) -> pipeline.Options:
        again = confine(str(real), roots)
        if again != real:
            raise PathOutsideRoots("the path changed since the job was accepted")
        _confine_sidecars(real, roots)
        return _keep_subfolder(options, real, roots)

    def error_text(i: int, _real: Path, e: Exception) -> str:
        given = files_[i - first][0]
        return f"{given}: {e}" if isinstance(e, PathOutsideRoots) else f"{given}: {type(e).__name__}: {e}"

    def report(outs: list[Outcome]) -> None:
        for o in outs:
            on_report(JobFile.of(next(names), o))

    run_batch([real for _given, real in files_], records, options, record=record, prepare=prepare,
              error_text=error_text, report=report, first=first, batch_size=batch_size or len(files_))


def caption_one(given: str, real: Path, roots: list[Path], record: CaptionRecord | None, records: list | None,
                options: pipeline.Options, position: int, batch_size: int) -> JobFile:
    """One file of a job (a cluster worker's task)."""
    done: list[JobFile] = []
    caption([(given, real)], roots, record, records, options, done.append, first=position, batch_size=batch_size)
    return done[0]


# In an API worker process (captionist.isolation): the records of the jobs it works on, by
# job, sent once per worker and job rather than with every file (a job may have 10,000 files)
_job_records: dict[str, list[CaptionRecord]] = {}


def caption_in_worker(real: Path, given: str, roots: list[Path], record: tuple | None, records_key: str | None,
                      records: list[tuple] | None, options: pipeline.Options, position: int,
                      batch_size: int) -> tuple[str, Any]:
    """One file of a local job, in a worker process (`IsolatedPool.call`): ("ok", its report as
    a dict), or ("records", None) when this worker has not had the job's records yet (the
    caller sends them once, as `records`)."""
    if records_key is not None and records_key not in _job_records:
        if records is None:
            return "records", None
        _job_records.clear()        # one job's records at a time: a worker takes a job's files in turn
        _job_records[records_key] = [unpack(r) for r in records]
    rec = unpack(record) if record is not None else None
    stored = _job_records[records_key] if records_key is not None else None
    return "ok", caption_one(given, real, roots, rec, stored, options, position, batch_size).model_dump()


def _confine_sidecars(image: Path, roots: list[Path]) -> None:
    """A sidecar beside the image (name.xmp or name.ext.xmp) is read and written with it, so
    it must lie under the roots too: a symlink pointing out is refused like any other path."""
    for side in (sidecar_path(image, "stem"), sidecar_path(image, "name")):
        if os.path.lexists(side):
            try:
                confine(str(side), roots)
            except PathOutsideRoots as e:
                raise PathOutsideRoots(f"its sidecar {side.name}: {e}") from None


def _keep_subfolder(options: pipeline.Options, image: Path, roots: list[Path]) -> pipeline.Options:
    """With an output folder, a file keeps its place below its root (2024/06/IMG_1.jpg ->
    out/2024/06/IMG_1.jpg), so same-named files from different folders do not collide."""
    if options.out_dir is None:
        return options
    root = next(Path(os.path.realpath(r)) for r in roots if image.is_relative_to(Path(os.path.realpath(r))))
    target = Path(options.out_dir) / image.parent.relative_to(root)
    if Path(os.path.realpath(target)) != Path(os.path.realpath(options.out_dir)) / image.parent.relative_to(root):
        raise PathOutsideRoots("the output folder path leads out of the roots")
    target.mkdir(parents=True, exist_ok=True)
    return dataclasses.replace(options, out_dir=target)
