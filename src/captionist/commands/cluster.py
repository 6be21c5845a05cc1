"""`captionist worker`: a Celery worker that captions the files `captionist watch --broker`
claims and queues (captionist.cluster; docs/cluster.md)."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import click

from ..cli import c2pa_options, main
from .daemon import _one_inbox, check_records, daemon_settings, folder_options, inbox_option, service_options

_PATH = click.Path(path_type=Path)


@main.command()
@click.argument("inbox", required=False, type=_PATH)
@inbox_option
@folder_options
@click.option("--journal", help="journal: a postgresql:// URL shared by the cluster (or an SQLite path on one machine)")
@click.option("--broker", help="Celery broker URL: redis://HOST:6379/0 or amqp://... (also CAPTIONIST_BROKER)")
@click.option("--workers", "--concurrency", "workers", type=click.IntRange(1, 64),
              help="worker processes in this node (default: CPUs, at most 4)")
@service_options
@click.option("--check", is_flag=True, help="exit 1 unless a worker process runs on this host (container health check)")
@c2pa_options
def worker(inbox, inbox_opt, records, templates, codes, done, failed, unmatched, review, journal, broker, workers, policy, config,
           log_format, log_level, check, c2pa, c2pa_cert, c2pa_key, c2pa_tsa_url, c2pa_sign_unsigned):
    """Caption the files a `watch --broker` queues, as a Celery worker on the same broker.

    INBOX (the argument or --inbox) and the output folders must be the same folders the watcher sees (one shared file
    system); the settings are the watcher's (options, CAPTIONIST_* variables, --config).
    A worker killed mid-file loses nothing: its task is delivered again."""
    from .. import logs
    from ..cluster import tasks
    from ..cluster.app import QUEUE, make_app

    s = daemon_settings(config, inbox=_one_inbox(inbox, inbox_opt), records=records, templates=templates, codes=codes,
                  done=done, failed=failed, unmatched=unmatched, review=review, journal=journal, broker=broker,
                  workers=workers, policy=policy, log_format=log_format,
                  log_level=log_level.upper() if log_level else None, c2pa=c2pa, c2pa_cert=c2pa_cert, c2pa_key=c2pa_key,
                  c2pa_tsa_url=c2pa_tsa_url, c2pa_sign_unsigned=c2pa_sign_unsigned)
    if check:
        live = tasks.live_workers(s, socket.gethostname())
        click.echo(f"{len(live)} worker process(es) running on {socket.gethostname()} for {s.inbox}")
        raise SystemExit(0 if live else 1)
    if not s.broker:
        raise click.UsageError("no broker: give --broker redis://HOST:6379/0 (or set CAPTIONIST_BROKER)")
    check_records(s.records)
    logs.setup(s.log_format, s.log_level)
    from ..places.index import ensure_index
    ensure_index()                      # built before the first task, never inside one
    tasks.configure(s)
    app = make_app(s)
    tasks.register(app)
    from ..cluster import api_jobs      # POST /jobs files from an API with the same broker
    api_jobs.register(app, lambda: tasks.context().cache.get(None))
    # one process: no pool (the task runs in this process, no hand-over to a child); more: prefork
    pool = ["--pool", "solo"] if s.workers == 1 else ["--pool", "prefork", "--concurrency", str(s.workers)]
    if s.workers == 1:
        tasks.open_now()
    try:
        app.worker_main(["worker", *pool, "--queues", QUEUE,
                         "--hostname", f"captionist-{os.getpid()}@{socket.gethostname()}", "--loglevel",
                         s.log_level.upper(), "--without-gossip", "--without-mingle", "--without-heartbeat"])
    finally:
        tasks.close_now()
