"""The cyclic garbage collector, paused while a command loads (issue 14).

Loading click, pydantic and the property tables makes a few hundred thousand objects that live
as long as the process. CPython's cyclic collector walks them again and again while they are
made, and once more when the interpreter exits: ~15-25 ms of CPU of a one-file `read` or
`embed` (bench/startup_bench.py). So the entry point (`captionist.start`) pauses the collector
while a command loads, and `resume()`, called once the command has loaded what it needs,
freezes those objects (`gc.freeze`: never collected, never walked again) and turns the
collector back on for the work itself. Library users and tests that import `captionist.cli`
are not affected: only the entry point pauses, and `resume()` does nothing when it did not.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """The command has loaded what it needs: collect as usual from here on."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False


def at_exit() -> None:
    """The interpreter's last collection need not walk what the work made either."""
    gc.freeze()
