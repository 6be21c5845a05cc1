"""Checks on a record's raw values that the model cannot phrase well, before it is validated.

* Control characters. XMP (XML 1.0, section 2.2) cannot hold C0 controls other than tab, LF
  and CR, nor NUL; IIM text should not carry them either. The model drops them from values
  read out of files; in a record they are an error, so nobody's caption loses a character
  without being told.
* Size. exiv2 writes a JPEG's XMP in one APP1 segment: at most 65,535 bytes with the
  29-byte namespace header and the 2-byte length (XMP spec part 3, 1.1.3.1), so 65,502 bytes
  of packet. A record whose text alone passes that cannot be written into a JPEG at all.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .canon import clean_text
from .standard import PROPS, Kind

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
XMP_JPEG_MAX = 65502
# Room kept for the packet's XML (element names, rdf:Alt/Bag wrappers) and the file's own XMP.
XMP_TEXT_BUDGET = 60000


def _leaves(value: Any, path: str):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, f"{path}.{i}")


def problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, what is wrong) for each problem in a record's raw values."""
    out: list[tuple[str, str]] = []
    sizes: dict[str, int] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key.startswith("_") or key in ("id", "match", "extends", "policy"):
            continue
        for path, text in _leaves(value, key):
            m = CONTROL.search(text)
            if m:
                ch = m.group()
                name = unicodedata.name(ch, "") or {"\x00": "NUL"}.get(ch, "control character")
                out.append((path, f"contains a control character (U+{ord(ch):04X} {name}) at character "
                                  f"{m.start() + 1}; XMP cannot hold it: remove it"))
            # a lone surrogate (JSON "\ud800") is the model's error to name, not a crash here
            sizes[key] = sizes.get(key, 0) + len(text.encode("utf-8", "surrogatepass"))
    total = sum(sizes.values())
    if total > XMP_TEXT_BUDGET:
        field = max(sizes, key=sizes.get)
        out.append((field, f"{sizes[field]:,} bytes of text ({total:,} in the record): more than the XMP of a "
                           f"JPEG holds ({XMP_JPEG_MAX:,} bytes, XMP spec part 3, 1.1.3.1); shorten it"))
    return out


def duplicate_notes(data: dict[str, Any]) -> list[str]:
    """Items a list field loses because they repeat an earlier one ("keywords: 'Kyiv'"): the
    record keeps each list free of duplicates, and a run reports what it dropped. One function
    for the record model and the plain-record path (`captionist.plainrecord`)."""
    notes = []
    for p in PROPS:
        items = data.get(p.id)
        if p.kind in (Kind.LIST, Kind.INT_LIST) and isinstance(items, list):
            seen: set = set()
            for v in items:
                key = clean_text(v) if isinstance(v, str) else v
                if isinstance(key, (str, int)) and key in seen:
                    notes.append(f"{p.id}: the duplicate {v!r} was dropped (listed twice)")
                elif isinstance(key, (str, int)):
                    seen.add(key)
    return notes
