"""A worker with injected faults, for tests only (the production worker has no hooks).

    python tests/fault_worker.py FD RECORDS PARENT_PID MAX_JOBS [TEMPLATES CODES]

Same as `python -m captionist.worker`, except that a job whose file name contains
`$CAPTIONIST_TEST_ABORT_MARKER` calls `os.abort()` (a native crash inside exiv2), and one whose
name contains the TEXT of `$CAPTIONIST_TEST_SLEEP_MARKER=TEXT:SECONDS` sleeps first (a hang).
`install_isolated` does the same for the HTTP API's worker processes (`captionist.isolation`).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ABORT_ENV = "CAPTIONIST_TEST_ABORT_MARKER"
SLEEP_ENV = "CAPTIONIST_TEST_SLEEP_MARKER"


def install(module=None) -> None:
    """Wrap `run_job` in `module` (default `captionist.worker`, where `worker_main` looks it up
    at each job; `captionist.cluster.tasks` for a Celery worker, whose pool processes fork
    from the process that installed it)."""
    if module is None:
        from captionist import worker as module
    worker = module
    abort_marker = os.environ.get(ABORT_ENV) or None
    sleep_marker, _, sleep_for = (os.environ.get(SLEEP_ENV) or "").rpartition(":")
    real = worker.run_job

    def run_job(job, cache):
        name = Path(job["path"]).name
        if abort_marker and abort_marker in name:
            os.abort()
        if sleep_marker and sleep_marker in name:
            time.sleep(float(sleep_for))
        return real(job, cache)

    worker.run_job = run_job


def install_job_sleep() -> None:
    """In a cluster worker: a job's file (`POST /jobs` on a cluster, `api.jobfile.caption_one`)
    whose name contains the sleep marker's TEXT sleeps first, as `run_job` does above."""
    from captionist.api import jobfile
    sleep_marker, _, sleep_for = (os.environ.get(SLEEP_ENV) or "").rpartition(":")
    real = jobfile.caption_one

    def caption_one(given, *args):
        if sleep_marker and sleep_marker in Path(given).name:
            time.sleep(float(sleep_for))
        return real(given, *args)

    jobfile.caption_one = caption_one


def install_isolated() -> None:
    """In an API worker process (`captionist.isolation`): abort on an upload whose record's
    JSON contains the marker (the API saves every upload as `image.<ext>`: the name cannot
    carry it), and on a job's file whose name contains it."""
    from captionist import isolation
    from captionist.api import jobfile
    abort_marker = os.environ.get(ABORT_ENV) or None
    real, real_job_file = isolation.embed_job, jobfile.caption_in_worker

    def embed_job(path, record, options):
        if abort_marker and abort_marker in record[0]:     # the record as JSON text
            os.abort()
        return real(path, record, options)

    def caption_in_worker(path, *args):
        if abort_marker and abort_marker in Path(path).name:
            os.abort()
        return real_job_file(path, *args)

    isolation.embed_job = embed_job
    jobfile.caption_in_worker = caption_in_worker


if __name__ == "__main__":
    from multiprocessing.connection import Connection
    install()
    from captionist.worker import worker_main
    fd, records, parent, max_jobs = sys.argv[1:5]
    templates, codes = (sys.argv[5:7] + ["", ""])[:2]
    worker_main(Connection(int(fd)), records, int(parent), int(max_jobs), templates or None, codes or None)
