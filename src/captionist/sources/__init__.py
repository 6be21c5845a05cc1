"""Record sources: where caption records come from (JSON, JSON Lines, CSV, caption sheets...).

`load_records(path)` picks a reader by extension (or `fmt`) and returns validated records;
every problem is reported with the file, the line or row, the record and the field.
"""

from __future__ import annotations

from .loader import RecordSet, load_records, validate_record

__all__ = ["RecordSet", "load_records", "validate_record"]
