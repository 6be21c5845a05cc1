"""Structured logs with the standard library: JSON lines for machines (the default when
stderr is not a terminal: containers, systemd, log shippers), a short human form on a terminal.

Fields given as `extra={"fields": {...}}` become top-level keys of the JSON object (and
`key=value` pairs in the human form), so `jq 'select(.status=="failed")'` works on the stream.
"""

from __future__ import annotations

import json
import logging
import os
import sys
import time
from typing import Any

class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        out.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class HumanFormatter(logging.Formatter):
    """One short line a person reads: identifiers that only correlate machine logs (run,
    instance) are left out, as is a status that repeats the message; paths under the current
    folder are shown relative to it."""

    SKIP = frozenset({"run", "instance", "traceback", "traceback_id"})

    def format(self, record: logging.LogRecord) -> str:
        stamp = time.strftime("%H:%M:%S", time.localtime(record.created))
        fields = getattr(record, "fields", None) or {}
        here = os.getcwd() + os.sep
        msg = record.getMessage()

        def show(v: Any) -> Any:
            return v[len(here):] if isinstance(v, str) and v.startswith(here) else v

        tail = " ".join(f"{k}={show(v)}" for k, v in fields.items()
                        if v is not None and k not in self.SKIP and not (k == "status" and v == msg))
        line = f"{stamp} {record.levelname.lower():7} {msg}" + (f"  {tail}" if tail else "")
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def setup(fmt: str = "auto", level: str = "INFO", stream=None) -> None:
    """Configure the `captionist` logger tree (idempotent)."""
    stream = stream or sys.stderr
    if fmt == "auto":
        fmt = "text" if getattr(stream, "isatty", lambda: False)() else "json"
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter() if fmt == "json" else HumanFormatter())
    logger = logging.getLogger("captionist")
    for h in list(logger.handlers):
        logger.removeHandler(h)
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    logger.propagate = False


def event(logger: logging.Logger, level: int, msg: str, **fields: Any) -> None:
    if logger.isEnabledFor(level):
        logger.log(level, msg, extra={"fields": fields})
