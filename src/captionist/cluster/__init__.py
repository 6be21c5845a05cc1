"""The cluster: files claimed by `captionist watch`, captioned by `captionist worker`
processes on any machine, through a Celery broker (Redis or RabbitMQ).

    watch (one or more)                 broker              worker (any number, any machine)
    stable? claim (rename) ──▶ queue/ ──task──▶ ... ──▶ take (rename into its own folder),
                                                         pipeline.process, route, journal

The folders are the truth and the broker only says "look at claim X": a claim moves by
rename from the inbox into `INBOX/.captionist/queue/`, and from there into one worker's
locked folder under `work/` (the daemon's `claims` rules: one rename wins). So a task
delivered twice, or after its file was routed, finds nothing and is a recorded no-op; a
task lost with the broker is queued again from `queue/` (`requeue_after`); a worker that
dies leaves its claim in a folder whose lock is free, and the watcher (or the next
delivery) takes it back. The journal (SQLite, or PostgreSQL for several machines) keeps one
row per routed file, as it does for the single daemon.

| module   | owns |
|----------|------|
| `app`    | the Celery app and its settings (late ack, redelivery, visibility timeout) |
| `queue`  | the watcher's side: `QueuePool` moves claims to `queue/` and sends tasks |
| `tasks`  | the worker's side: take a claim, run the pipeline, route it, record the delivery |
"""
