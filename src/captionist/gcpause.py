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


# A batch (`captionist.batch.run_batch`) makes and frees a few thousand objects a file, by
# reference counting: a 200-file run left no cyclic garbage at all. The automatic collector
# still walked the young objects every 700 allocations: ~0.09 ms of a file's ~1.7 ms of CPU
# (issue 14, bench/step_cpu.py). So a batch runs with it paused and collects the young
# generations itself after a committed group once they hold YOUNG_MAX objects more than
# before (`between_groups`), which bounds whatever cycles a file may leave (an error's
# traceback, say).
YOUNG_MAX = 10_000
_batch_depth = 0
_batch_owned = False


class batch_paused:
    """The collector paused for a batch, unless it is off already (the command is loading,
    or the caller turned it off). Nested batches (a worker process's share) keep the outer one's
    state; a forked worker inherits it, and collects between its own groups."""

    def __enter__(self) -> None:
        global _batch_depth, _batch_owned
        if _batch_depth == 0 and gc.isenabled():
            gc.disable()
            _batch_owned = True
        _batch_depth += 1

    def __exit__(self, *exc: object) -> None:
        global _batch_depth, _batch_owned
        _batch_depth -= 1
        if _batch_depth == 0 and _batch_owned:
            _batch_owned = False
            gc.enable()


def between_groups() -> None:
    """A batch's group was committed: collect the young generations when they have grown."""
    if _batch_owned and gc.get_count()[0] >= YOUNG_MAX:
        gc.collect(1)
