"""The `captionist` command's entry point: the command line, with the cyclic collector paused
while the command loads (`captionist.gcpause`, issue 14)."""

from __future__ import annotations

from . import gcpause


def run() -> None:
    gcpause.pause()
    from .cli import main

    try:
        main()
    finally:
        gcpause.at_exit()
