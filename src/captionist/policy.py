"""Merge policies: how a record's value meets what the file already has. Apart from the record
model (captionist.model re-exports them) so that the command line can list the choices without
building the pydantic models (that costs ~100 ms at every start)."""

from __future__ import annotations

from enum import StrEnum


class Policy(StrEnum):
    REPLACE = "replace"        # the record's value replaces what the file has
    FILL_EMPTY = "fill-empty"  # only where the file has nothing (keep what the wire put there)
    APPEND = "append"          # text: file value, a space, record value; lists: union
    PREPEND = "prepend"        # text: record value, a space, file value
    UNION = "union"            # lists: file values then new record values, no duplicates


DEFAULT_POLICY = Policy.REPLACE
