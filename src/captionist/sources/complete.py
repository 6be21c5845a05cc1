"""Is a records file complete, or caught while it is being written?

A records file rewritten in place (an editor saving, a script appending, a sync client) is,
for a moment, cut short. Loaded then, a JSON Lines or CSV file parses into fewer records (a
JSON document does not parse at all), and the files those records matched go to unmatched/.
`RecordStore` keeps the last good records of a file while `incomplete` says why it is not
complete; the daemon looks again twice a second.

* Another process has it open for writing: a read lease cannot be taken (see
  `captionist.leases`; where leases are not available, this test says nothing).
* A line-based file (JSON Lines, CSV, TSV) whose last line has no line break, modified in
  the last `QUIET` seconds: the writer has not finished the line. (Older than that, it is
  taken as it is: some editors save without a final line break.)
"""

from __future__ import annotations

import errno
import fcntl
import os
import time
from pathlib import Path

from ..leases import F_SETLEASE, F_SETSIG, BREAK_SIGNAL

QUIET = 5.0
LINE_FORMATS = {".jsonl", ".ndjson", ".csv", ".tsv", ".tab", ".txt"}


def open_for_writing(path: Path) -> bool:
    """True when another process has `path` open for writing (a read lease is refused)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        fcntl.fcntl(fd, F_SETSIG, BREAK_SIGNAL)
        fcntl.fcntl(fd, F_SETLEASE, fcntl.F_RDLCK)
        fcntl.fcntl(fd, F_SETLEASE, fcntl.F_UNLCK)
        return False
    except OSError as e:
        return e.errno in (errno.EAGAIN, errno.EBUSY)
    finally:
        os.close(fd)


def incomplete(path: Path, now: float | None = None) -> str | None:
    """Why `path` looks caught mid-write, or None when it looks complete."""
    path = Path(path)
    if open_for_writing(path):
        return "another program has it open for writing"
    if path.suffix.lower() not in LINE_FORMATS:
        return None
    try:
        st = path.stat()
        if st.st_size == 0:
            return None
        with open(path, "rb") as f:
            f.seek(-1, os.SEEK_END)
            last = f.read(1)
    except OSError:
        return None
    age = (now or time.time()) - st.st_mtime
    if last not in (b"\n", b"\r") and age < QUIET:
        return "its last line has no line break yet (still being written?)"
    return None
