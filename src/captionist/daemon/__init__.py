"""The watch-folder daemon: files dropped into an inbox come out captioned in `done/`.

    observer thread ──paths──▶ scheduler thread ──one job each──▶ worker processes
    (watchdog: only queues)    (stable? claim, dispatch,           (exiv2 lives here:
                                route, journal, status)            pipeline.process)

One module per concern:

| module    | owns |
|-----------|------|
| `arrival` | watchdog events, ignore rules, when a file is stable; held-file retries |
| `claims`  | the atomic rename that makes a file ours, the instance lock, taking over dead daemons' claims |
| `pool`    | the worker processes: spawn, jobs, deaths, timeouts, stop |
| `routing` | done/failed/unmatched/review, `route.json` first, moves that never overwrite |
| `records` | noticing that the records changed |
| `status`  | counts, latency histogram, last errors, the status file |
| `service` | `Daemon`: start, the scheduler loop, stop; wires the others together |

`Daemon(settings).start()` runs it in a thread (`.stop()` ends it); `.run()` runs it in the
calling thread; `health()` and `metrics()` are for the HTTP API.
"""

from ..endmarkers import looks_complete
from .service import Daemon

__all__ = ["Daemon", "looks_complete"]
