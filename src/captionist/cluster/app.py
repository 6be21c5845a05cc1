"""The Celery app both sides use: `make_app(settings)`.

Late acknowledgement (`task_acks_late`) and `task_reject_on_worker_lost`: a task is removed
from the broker only once its file is routed, so a worker that dies mid-file leaves the task
to be delivered again (Redis: after `visibility_timeout`; a prefork child killed: at once).
Redelivery is safe because a task only names a claim folder (see the package docstring), and
a second run of a written file changes nothing. One task at a time per process
(`worker_prefetch_multiplier=1`): a slow file never holds others hostage in a prefetch buffer.
"""

from __future__ import annotations

from ..settings import Settings

TASK = "captionist.process"
QUEUE = "captionist"


def make_app(settings: Settings, *, publisher: bool = False):
    from celery import Celery

    app = Celery("captionist", broker=settings.broker, set_as_current=False)
    transport = {"visibility_timeout": settings.visibility_timeout}
    if publisher:
        # the watcher must never sit in a connect while the broker is away: it fails fast and
        # the claim waits in queue/ (QueuePool publishes it again later)
        transport.update(socket_connect_timeout=2, socket_timeout=5)
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        broker_transport_options=transport,
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,      # a worker waits for the broker, however long
        task_serializer="json",
        accept_content=["json"],
        task_ignore_result=True,
        task_default_queue=QUEUE,
        worker_hijack_root_logger=False,
        worker_max_tasks_per_child=settings.max_jobs_per_worker,
        task_time_limit=settings.job_timeout + 30,
        worker_send_task_events=False,
    )
    return app
