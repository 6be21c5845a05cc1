"""Record sources: where caption records come from (JSON, JSON Lines, CSV, caption sheets...).

`load_records(path)` picks a reader by extension (or `fmt`) and returns validated records;
every problem is reported with the file, the line or row, the record and the field.
"""

from __future__ import annotations

__all__ = ["RecordSet", "load_records", "validate_record"]


def __getattr__(name: str):
    # imported on first use (PEP 562): the loader brings in the record model (pydantic),
    # which `captionist parse` of a caption sheet never needs; importing
    # captionist.sources.sheet no longer pays for it at start-up
    if name in __all__:
        from . import loader
        return getattr(loader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
