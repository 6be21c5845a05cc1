"""Run the captionist CLI (`watch`, `serve`, ...) with the tests' fault-injecting workers.

    python tests/fault_entry.py watch INBOX --records ...
    python tests/fault_entry.py serve --config ...
    python tests/fault_entry.py worker INBOX --broker ...

The daemon's pool starts `tests/fault_worker.py` instead of `python -m captionist.worker`, and
the API's worker processes run `fault_worker.install_isolated` first; the faults are chosen by
that module's environment variables. Production code is unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    from captionist.daemon.pool import WorkerProcess
    from captionist.isolation import IsolatedPool
    from fault_worker import install_isolated
    WorkerProcess.command = [sys.executable, str(Path(__file__).resolve().with_name("fault_worker.py"))]
    IsolatedPool.hook = install_isolated     # the API's workers (spawned: they import it by name)
    if sys.argv[1:2] == ["worker"]:          # a cluster node (issue 13): its tasks run the same job
        from captionist.cluster import tasks
        from fault_worker import install, install_job_sleep
        install(tasks)
        install_job_sleep()
    from captionist.cli import main
    main(prog_name="captionist")
