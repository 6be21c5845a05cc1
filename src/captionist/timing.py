"""Where a batch's wall time goes, for `CAPTIONIST_TIMING=1` (issue 14: the wall of a batch
on XFS was well above its CPU time; this says which part is ours and which the kernel's).

Off by default: `span` is then a flag test. On, each process adds up the wall time of the
named spans (the clone ioctl, fsync waits, renames, ...) and, at `report`, prints them to
stderr with its threads' scheduler statistics (/proc/<pid>/task/<tid>/schedstat, see
proc(5): time on a CPU, time runnable but waiting for one), so that

    wall = on CPU + waiting for a CPU + blocked (I/O, locks, sleeping)

per thread."""

from __future__ import annotations

import atexit
import os
import sys
import time
from contextlib import nullcontext

ON = os.environ.get("CAPTIONIST_TIMING", "") not in ("", "0")
_spans: dict[str, list[float]] = {}
# CAPTIONIST_TIMELINE=<file>: every process of a run appends "<seconds since boot> <pid> <event>"
# there at each `mark` (one O_APPEND write a line: the processes' lines do not mix), so that a
# batch's whole wall (start-up, records, fork, first and last file, commits, journal, exit) reads
# as one timeline (`bench/timeline.py`). Off: `mark` is a flag test.
_TIMELINE = os.environ.get("CAPTIONIST_TIMELINE", "")


def _started() -> float:
    """This process's start on the CLOCK_BOOTTIME scale (proc(5): /proc/self/stat field 22,
    in clock ticks since boot), so the interpreter's own start-up is counted too."""
    try:
        with open("/proc/self/stat") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        return ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return time.clock_gettime(time.CLOCK_BOOTTIME)


_t0 = _started() if ON else 0.0


def restart() -> None:
    """In a freshly forked worker: its own sums, from now."""
    global _t0
    _spans.clear()
    _t0 = time.clock_gettime(time.CLOCK_BOOTTIME)


class _Span:
    __slots__ = ("name", "t")

    def __init__(self, name: str):
        self.name = name

    def __enter__(self) -> None:
        self.t = time.perf_counter()

    def __exit__(self, *exc: object) -> None:
        s = _spans.setdefault(self.name, [0.0, 0])
        s[0] += time.perf_counter() - self.t
        s[1] += 1


_OFF = nullcontext()


def mark(event: str) -> None:
    """Log `event` with the time since boot and this process's id to CAPTIONIST_TIMELINE."""
    if not _TIMELINE:
        return
    line = f"{time.clock_gettime(time.CLOCK_BOOTTIME):.6f} {os.getpid()} {event}\n".encode("utf-8", "replace")
    try:
        fd = os.open(_TIMELINE, os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    except OSError:
        pass


if _TIMELINE:       # the process's start, and its exit (a forked worker leaves by os._exit: marked there)
    try:
        with open("/proc/self/stat") as _f:
            _start = int(_f.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        mark(f"process started at {_start:.3f} (exec)")
    except (OSError, ValueError, IndexError):
        pass
    atexit.register(mark, "exit")


def span(name: str):
    """A context adding its wall time to `name`'s sum (a shared no-op when timing is off)."""
    return _Span(name) if ON else _OFF


def _schedstat(tid: int) -> tuple[float, float] | None:
    try:
        with open(f"/proc/self/task/{tid}/schedstat") as f:
            on, wait, _ = f.read().split()
    except (OSError, ValueError):
        return None
    return int(on) / 1e9, int(wait) / 1e9


def report(label: str) -> None:
    if not ON:
        return
    wall = time.clock_gettime(time.CLOCK_BOOTTIME) - _t0
    pid = os.getpid()
    main = _schedstat(pid) or (0.0, 0.0)
    others = [st for st in map(_schedstat, (int(t) for t in os.listdir("/proc/self/task") if int(t) != pid)) if st]
    lines = [f"[timing {label} pid {pid}] wall {wall:.3f}s; main thread: on CPU {main[0]:.3f}s, "
             f"waiting for a CPU {main[1]:.3f}s, blocked or sleeping {max(0.0, wall - sum(main)):.3f}s; "
             f"{len(others)} other thread(s) (fsync, closes): on CPU {sum(o[0] for o in others):.3f}s"]
    for name, (secs, n) in sorted(_spans.items(), key=lambda kv: -kv[1][0]):
        lines.append(f"  {name}: {secs:.3f}s in {n} ({secs / n * 1e3:.2f} ms each)")
    # one write(2): a pipe keeps it whole (under PIPE_BUF, pipe(7)) among the other workers' reports
    sys.stderr.flush()
    try:
        os.write(sys.stderr.fileno(), ("\n".join(lines) + "\n").encode("utf-8", "replace"))
    except (OSError, ValueError, AttributeError):
        pass

if ON:      # the whole process, from its start (a forked worker leaves by os._exit: not there)
    atexit.register(report, "process at exit")
