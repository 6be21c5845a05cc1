"""The watch-folder daemon (see `service` for how it fits together)."""

from .service import Daemon, looks_complete

__all__ = ["Daemon", "looks_complete"]
