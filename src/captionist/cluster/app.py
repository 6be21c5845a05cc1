"""The Celery app both sides use: `make_app(settings)`.

Late acknowledgement (`task_acks_late`) and `task_reject_on_worker_lost`: a task is removed
from the broker only once its file is routed, so a worker that dies mid-file leaves the task
to be delivered again (Redis: after `visibility_timeout`; a prefork child killed: at once).
Redelivery is safe because a task only names a claim folder (see the package docstring), and
a second run of a written file changes nothing. One task at a time per process
(`worker_prefetch_multiplier=1`): a slow file never holds others hostage in a prefetch buffer.
"""

from __future__ import annotations

from ..settings import DaemonSettings

TASK = "captionist.process"
QUEUE = "captionist"


def make_app(settings: DaemonSettings | None = None, *, broker: str | None = None, publisher: bool = False):
    """The app for a daemon's settings (watcher, worker), or for a bare broker URL (the API)."""
    from celery import Celery

    broker = broker or settings.broker
    # the API has no [daemon] table: the defaults are DaemonSettings' own (declared there once)
    known = {k: (getattr(settings, k) if settings else DaemonSettings.model_fields[k].default)
             for k in ("visibility_timeout", "max_jobs_per_worker", "job_timeout")}
    app = Celery("captionist", broker=broker, set_as_current=False)
    transport = {"visibility_timeout": known["visibility_timeout"]}
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
        task_ignore_result=True,              # except the API's job files (cluster.api_jobs)
        # results of API job files come back the way they went: Redis, or RPC over AMQP
        result_backend=broker if broker.startswith(("redis://", "rediss://")) else "rpc://",
        result_expires=3600,
        task_default_queue=QUEUE,
        worker_hijack_root_logger=False,
        worker_max_tasks_per_child=known["max_jobs_per_worker"],
        task_time_limit=known["job_timeout"] + 30,
        worker_send_task_events=False,
    )
    return app
