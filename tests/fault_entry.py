"""Run the captionist CLI (`watch`, `serve`, ...) with the tests' fault-injecting workers.

    python tests/fault_entry.py watch INBOX --records ...

The worker pool starts `tests/fault_worker.py` instead of `python -m captionist.worker`; the
faults are chosen by that module's environment variables. Production code is unchanged.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __name__ == "__main__":
    from captionist.daemon.pool import WorkerProcess
    WorkerProcess.command = [sys.executable, str(Path(__file__).resolve().with_name("fault_worker.py"))]
    from captionist.cli import main
    main(prog_name="captionist")
