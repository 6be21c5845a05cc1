"""Jobs: files on the storage roots captioned in the background (`POST /jobs`, `GET /jobs/{id}`).

`JobManager` runs each job on a thread pool (`job_workers`), one file after another through
`captionist.pipeline` in the app's worker processes (`captionist.isolation`: a native crash
fails the file in hand, reported with its reason, and the job and the server go on), re-confining every path just before it is touched (the tree may have
changed since the request was checked). Each file's report is kept on the job, counted in the
metrics and sent as a `file.processed` webhook; `job.finished` follows. Only the last
`jobs_kept` finished jobs are remembered.
"""

from __future__ import annotations

import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from .. import pipeline
from ..errors import WriteError
from ..files import atomic_write
from ..isolation import WorkerCrashed, pack
from ..model import CaptionRecord, Policy
from ..outcome import Status
from .jobfile import CANCELLED, JobFile, caption_in_worker, cancelled_file


JobStatus = Literal["queued", "running", "done", "failed", "interrupted", "cancelled"]


class JobRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    files: list[str] = Field(min_length=1, max_length=10000,
                             description="image paths, relative to the first storage root or absolute within a root")
    record: Optional[CaptionRecord] = Field(None, description="write this record into every file")
    record_id: Optional[str] = Field(None, description="write this stored record into every file")
    out: Optional[str] = Field(None, description="write captioned copies into this folder (under a root)")
    dry_run: bool = False
    policy: Optional[Policy] = None


class Job(BaseModel):
    id: str
    status: JobStatus
    created: float
    started: Optional[float] = None
    finished: Optional[float] = None
    total: int
    done: int = 0
    counts: dict[str, int] = Field(default_factory=dict)
    files: list[JobFile] = Field(default_factory=list)
    error: Optional[str] = None
    cancel_requested: bool = Field(False, description="a cancel was asked for: the file in hand is finished, "
                                                      "the files not started are skipped, the job ends cancelled")


class JobPage(BaseModel):
    jobs: list[Job] = Field(description="newest first; files left out (see GET /jobs/{id})")
    total: int = Field(description="jobs matching the filter, in all")
    offset: int
    next_offset: Optional[int] = Field(None, description="the offset of the next page; null on the last page")


FINISHED = ("done", "failed", "interrupted", "cancelled")


class JobManager:
    """Runs jobs on a thread pool and keeps each one as a JSON file in `jobs_dir`, written
    atomically at every change of state and every SAVE_EVERY files, so `GET /jobs/{id}` still
    answers after a restart. A job the server stopped in the middle of comes back as
    `interrupted`, with the files it had done; it is not restarted (its files may have changed)."""

    SAVE_EVERY = 50

    def __init__(self, app_state: Any):
        # app_state: the app's `api.app.State` (settings, store, metrics, webhooks); not imported,
        # so this module does not import the app that imports it
        self.state = app_state
        self.jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._queued = 0
        self._names: dict[str, list[str]] = {}    # a queued job's files, to report them skipped on cancel
        settings = app_state.settings
        self.dir = settings.jobs_path
        self.dir.mkdir(parents=True, exist_ok=True)
        self.table = None           # with a database: the jobs live there (storage.api_state)
        if settings.database:
            from ..storage.api_state import JobTable
            self.table = JobTable(settings.database)
        self._load()
        self.pool = ThreadPoolExecutor(max_workers=settings.job_workers, thread_name_prefix="captionist-job")

    def _load(self) -> None:
        docs = self.table.load() if self.table is not None else []
        for path in ([] if self.table is not None else sorted(self.dir.glob("*.json"))):
            try:
                docs.append(path.read_bytes())
            except OSError:
                pass
        for doc in docs:
            try:
                job = Job.model_validate_json(doc)
            except ValueError:
                continue   # a damaged file is skipped, not fatal
            if job.status in ("queued", "running"):
                job.status = "interrupted"
                job.error = (f"the server stopped before the job finished: {job.done} of {job.total} "
                             "files were done; submit the rest again")
                job.finished = job.finished or time.time()
                self._save(job)
            self.jobs[job.id] = job

    def _save(self, job: Job) -> None:
        if self.table is not None:
            try:
                self.table.save(job.id, job.created, job.status, job.model_dump_json())
            except Exception:  # noqa: BLE001 - the database is away: the job runs on, in memory
                pass
            return
        try:
            atomic_write(self.dir / f"{job.id}.json", [job.model_dump_json().encode()], fsync=False)
        except WriteError:
            pass   # the job still runs; only its record across a restart is lost

    def _forget(self, job_id: str) -> None:
        del self.jobs[job_id]
        if self.table is not None:
            try:
                self.table.forget(job_id)
            except Exception:  # noqa: BLE001
                pass
            return
        try:
            (self.dir / f"{job_id}.json").unlink()
        except FileNotFoundError:
            pass

    def submit(self, files_: list[tuple[str, Path]], record: CaptionRecord | None, options: pipeline.Options) -> Job:
        job = Job(id=uuid.uuid4().hex, status="queued", created=time.time(), total=len(files_))
        with self._lock:
            self.jobs[job.id] = job
            self._names[job.id] = [given for given, _ in files_]
            self._queued += 1
            keep = self.state.settings.jobs_kept
            finished = [j for j in self.jobs.values() if j.status in FINISHED]
            for old in sorted(finished, key=lambda j: j.created)[: max(0, len(self.jobs) - keep)]:
                self._forget(old.id)
            self._save(job)
        self.pool.submit(self._run, job, files_, record, options)
        return job

    def get(self, jid: str) -> Job | None:
        with self._lock:
            job = self.jobs.get(jid)
            if job is not None:
                return job.model_copy(deep=True)
        if self.table is not None:      # another API instance of the cluster ran it
            try:
                doc = self.table.get(jid)
            except Exception:  # noqa: BLE001
                return None
            return Job.model_validate_json(doc) if doc else None
        return None

    def depth(self) -> int:
        return self._queued

    def page(self, status: str | None = None, limit: int = 20, offset: int = 0) -> tuple[list[Job], int]:
        """A page of the jobs, newest first, without their per-file reports (a job may hold
        10,000); and how many match in all."""
        with self._lock:
            match = [j for j in self.jobs.values() if status is None or j.status == status]
            match.sort(key=lambda j: j.created, reverse=True)
            return [j.model_copy(update={"files": []}) for j in match[offset:offset + limit]], len(match)

    def cancel(self, jid: str) -> tuple[Job | None, bool]:
        """Ask a job to stop: a queued job ends `cancelled` at once, a running one after the
        file in hand (that file is never cut in the middle: the pipeline's write is atomic
        anyway); the files not started are reported `skipped`. A finished job is unchanged.
        Returns the job (None: no such job) and whether it was still going."""
        with self._lock:
            job = self.jobs.get(jid)
            if job is None:
                return None, False
            going = job.status not in FINISHED
            if going:
                job.cancel_requested = True
                if job.status == "queued":
                    self._end_cancelled(job, self._names.pop(jid, []))
                self._save(job)
            copy = job.model_copy(deep=True)
        if going and copy.status == "cancelled" and not copy.started:
            self._finished(copy)
        return copy, going

    def _finished(self, job: Job) -> None:
        self.state.webhooks.emit("job.finished", {"job": job.id, "status": job.status, "counts": job.counts,
                                                  "total": job.total})

    def _caption_isolated(self, job: Job, given: str, real: Path, record: CaptionRecord | None,
                          records: list[CaptionRecord] | None, options: pipeline.Options, position: int,
                          total: int) -> JobFile:
        """One file of a local job in a worker process; a worker that dies with it fails it."""
        pool = self.state.isolated
        args = (given, self.state.settings.storage_roots, pack(record) if record is not None else None,
                job.id if records is not None else None)
        try:
            kind, value = pool.call(caption_in_worker, real, *args, None, options, position, total)
            if kind == "records":       # this worker's first file of the job: the records go once
                kind, value = pool.call(caption_in_worker, real, *args, [pack(r) for r in records], options,
                                        position, total)
        except WorkerCrashed as e:
            return JobFile(file=given, status=str(Status.FAILED), error=f"{given}: {e.reason}")
        return JobFile.model_validate(value)

    def _end_cancelled(self, job: Job, left: list[str]) -> None:
        """Under the lock: the files not started are skipped, the job is cancelled."""
        for given in left:
            job.files.append(cancelled_file(given))
            job.done += 1
            job.counts["skipped"] = job.counts.get("skipped", 0) + 1
        job.status, job.finished = "cancelled", time.time()

    def _run(self, job: Job, files_: list[tuple[str, Path]], record: CaptionRecord | None,
             options: pipeline.Options) -> None:
        with self._lock:
            self._queued -= 1
            self._names.pop(job.id, None)
            if job.status == "cancelled":      # cancelled while queued: already reported
                return
            job.status, job.started = "running", time.time()
            self._save(job)
        try:
            if self.state.settings.broker:     # a cluster: the files go to its workers (docs/cluster.md)
                from ..cluster.api_jobs import run_remote
                reports = run_remote(self.state.settings.broker, files_, record, options,
                                     self.state.settings.storage_roots, cancelled=lambda: job.cancel_requested)
            else:
                records = self.state.store.all() if record is None else None
                # lazy: a cancel asked for while a file is in hand skips every file after it
                reports = (cancelled_file(given) if job.cancel_requested
                           else self._caption_isolated(job, given, real, record, records, options, i, len(files_))
                           for i, (given, real) in enumerate(files_, 1))
            skipped = 0
            for report in reports:
                if report.error == CANCELLED:     # not processed: no metrics, no file.processed event
                    skipped += 1
                else:
                    self.state.metrics.observe("job", report.status, report.seconds)
                    self.state.webhooks.emit("file.processed", {"job": job.id, **report.model_dump()})
                with self._lock:
                    job.files.append(report)
                    job.done += 1
                    job.counts[report.status] = job.counts.get(report.status, 0) + 1
                    if job.done % self.SAVE_EVERY == 0:
                        self._save(job)
            with self._lock:
                job.status = "cancelled" if skipped else "done"
        except Exception as e:  # noqa: BLE001 - a job must end in a state, whatever happened
            with self._lock:
                job.status, job.error = "failed", f"{type(e).__name__}: {e}"
        finally:
            with self._lock:
                job.finished = time.time()
                self._save(job)
            self.state.webhooks.emit("job.finished", {"job": job.id, "status": job.status, "counts": job.counts,
                                                      "total": job.total})
