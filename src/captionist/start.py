"""The `captionist` command's entry point: the command line, with the cyclic collector paused
while the command loads (`captionist.gcpause`, issue 14), and a quick exit after an `embed`."""

from __future__ import annotations

import os
import sys

from . import gcpause, timing


def run() -> None:
    timing.mark("start.run")
    gcpause.pause()
    from . import cli
    timing.mark("cli imported")

    try:
        cli.main()
    except SystemExit as e:
        if not cli.ends_quickly:
            raise
        code = e.code
    finally:
        gcpause.at_exit()
    leave(code)


def leave(code) -> None:
    """Exit as the interpreter does (`code` as `sys.exit` takes it; threads joined, exit
    handlers run, stdout and stderr flushed, in that order, as in Py_FinalizeEx), but without
    its teardown: freeing every module and object one by one took 23-30 ms of wall after a
    300-file `embed` at load 10, against 4-13 ms with this (issue 14, bench/timeline.py). Only
    for a command that closed what it opened (`cli.ends_quickly`): what it wrote is written."""
    import atexit
    import threading

    if code is not None and not isinstance(code, int):
        sys.stderr.write(f"{code}\n")      # as sys.exit("message") prints it
        code = 1
    shutdown = getattr(threading, "_shutdown", None)
    if shutdown is not None:
        shutdown()
    atexit._run_exitfuncs()
    code = code or 0
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            code = code or 120          # the interpreter's code for a failed flush at exit
    os._exit(code)
