"""Records from CSV and TSV files whose headers are IPTC Photo Metadata JSON ids.

A spreadsheet row is one record. The header row names the columns:

* a property id (`description`, `keywords`, `dateCreated`...), or a path into it:
  `description.nl` (a language alternative), `locationsShown.1.city` (field `city` of the first
  Location Shown), `creatorContactInfo.emailwork`;
* captionist's own keys: `id`, `extends`, `match.file`, `match.jobid`, `match.takenBetween`...,
  `policy.description` (or `policy.*`).

Cells are text, as a spreadsheet exports them:

* empty cells set nothing;
* list properties (and list fields of structures) are split on `;`; `match.takenBetween` too
  (two times);
* a cell of a structure or a list of structures that starts with `{` or `[` is read as JSON
  (`locationsShown` = `[{"city": "Kyiv"}]`); a list cell that is a JSON list (`["a", "b"]`) is
  read as one, any other list cell is split on `;`; a language alternative cell that is a JSON
  object is read as one; any other cell is text (`[ARCHIEF] Kyiv in 1990` is a description);
* numbers stay strings here and the record model converts them (validation is not strict).

Encodings: UTF-8 with or without a byte order mark; when the bytes are not UTF-8 and hold no
valid multi-byte UTF-8 sequence, Windows-1252 (what Excel writes on Western-European Windows);
a UTF-8 file with a stray bad byte stays UTF-8 with a warning (`loader.read_text`). Excel's `sep=;` first line is honoured; without
it the delimiter is taken from the header line (tab for `.tsv`).

A bad row is reported with its line number and field and the other rows are used.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..errors import SourceError
from ..standard import BY_ID, STRUCTS, Kind
from .recordset import RecordSet, check_record, csv_rows, read_text

LIST_SEPARATOR = ";"
_LIST_KINDS = (Kind.LIST, Kind.INT_LIST)
_STRUCT_KINDS = (Kind.STRUCT, Kind.STRUCTS)
_LANG = re.compile(r"^(x-default|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)$")


class _Column:
    """What one header names: a path into the record and how to read its cells."""

    def __init__(self, header: str, path: list[str], kind: Kind | None):
        self.header = header
        self.path = path
        self.kind = kind

    def value(self, cell: str) -> Any:
        if self.kind in _LIST_KINDS:
            if cell[:1] == "[":   # a JSON list, else text that happens to start with "["
                try:
                    items = json.loads(cell)
                except json.JSONDecodeError:
                    items = None
                if isinstance(items, list) and all(isinstance(v, (str, int, float)) for v in items):
                    return items
            return [v.strip() for v in cell.split(LIST_SEPARATOR) if v.strip()]
        if self.kind in _STRUCT_KINDS and cell[:1] in "[{":
            return json.loads(cell)
        if self.kind is Kind.LANG_ALT and cell[:1] == "{":   # {"x-default": ..., "nl": ...}
            try:
                alt = json.loads(cell)
            except json.JSONDecodeError:
                return cell
            return alt if isinstance(alt, dict) else cell
        return cell   # text, even "[ARCHIEF] Kyiv in 1990"


def resolve_column(header: str) -> _Column:
    """Map a header to a path in the record, or raise ValueError saying why it is unknown."""
    parts = [p for p in header.strip().split(".")]
    if not parts or not parts[0]:
        raise ValueError("empty column name")
    head = parts[0]
    if head in ("id", "extends"):
        if len(parts) > 1:
            raise ValueError(f"{head!r} has no parts")
        return _Column(header, parts, Kind.TEXT)
    if head == "match":
        from ..model import MatchRule   # the record model: built only for a table with match columns
        if len(parts) != 2 or parts[1] not in MatchRule.model_fields:
            raise ValueError(f"unknown match rule (known: {', '.join(MatchRule.model_fields)})")
        kind = Kind.LIST if parts[1] in ("takenBetween", "file") else Kind.TEXT
        return _Column(header, parts, kind)
    if head == "policy":
        if len(parts) != 2:
            raise ValueError("a policy column is policy.<field> or policy.*")
        return _Column(header, parts, Kind.TEXT)
    prop = BY_ID.get(head)
    if prop is None:
        raise ValueError("not an IPTC Photo Metadata property id")
    kind, struct = prop.kind, prop.struct
    path = [head]
    rest = parts[1:]
    while rest:
        part = rest.pop(0)
        if kind is Kind.LANG_ALT:
            if rest or not _LANG.match(part):
                raise ValueError(f"{part!r} is not a language tag")
            path.append(part)
            return _Column(header, path, Kind.TEXT)
        if kind is Kind.STRUCTS:
            if not part.isdigit() or int(part) < 1:
                raise ValueError(f"{'.'.join(path)} is a list of structures: give an item number from 1")
            path.append(part)
            kind = Kind.STRUCT
            continue
        if kind is Kind.STRUCT:
            field = next((f for f in STRUCTS[struct] if f.id == part), None)
            if field is None:
                raise ValueError(f"{struct} has no field {part!r}")
            path.append(part)
            kind, struct = field.kind, field.struct
            continue
        raise ValueError(f"{'.'.join(path)} has no parts")
    return _Column(header, path, kind)


class ColumnClash(ValueError):
    """Two columns set the same value in ways that do not fit together (a whole-JSON column and
    a numbered column of the same property)."""


def _put(target: dict[str, Any], path: list[str], value: Any) -> None:
    node = target
    for i, key in enumerate(path[:-1]):
        child = node.get(key)
        if isinstance(child, str):       # "description" then "description.nl"
            child = {"x-default": child}
        elif child is None:
            child = {}
        elif not isinstance(child, dict):
            raise ColumnClash(f"{'.'.join(path[:i + 1])} is already given whole (as JSON) by another "
                              f"column; give it either whole or by its parts")
        node[key] = child
        node = child
    last = path[-1]
    prev = node.get(last)
    if isinstance(prev, dict) and isinstance(value, str):
        prev["x-default"] = value   # "description.nl" then "description"
    elif isinstance(prev, dict) and prev and not isinstance(value, dict):
        raise ColumnClash(f"{'.'.join(path)} is already given by its parts in other columns; "
                          f"give it either whole or by its parts")
    else:
        node[last] = value


def _lists(value: Any) -> Any:
    """Turn {"1": a, "2": b} (numbered columns) into [a, b], depth first."""
    if isinstance(value, dict):
        value = {k: _lists(v) for k, v in value.items()}
        if value and all(k.isdigit() for k in value):
            return [value[k] for k in sorted(value, key=int)]
    return value


def _delimiter(first_line: str, suffix: str) -> str:
    if suffix == ".tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=counts.get)
    return best if counts[best] else ","


def tabular_records(path: Path, *, delimiter: str | None = None) -> RecordSet:
    out = RecordSet()
    text = read_text(path, fallback="cp1252", warnings=out.warnings)
    first_line_no = 1
    m = re.match(r"^sep=(.)\r?\n", text)
    if m:
        delimiter = m.group(1)
        text = text[m.end():]
        first_line_no = 2
    first = text.split("\n", 1)[0]
    delimiter = delimiter or _delimiter(first, path.suffix.lower())
    rows = csv_rows(path, text, delimiter, out.errors, first_line_no)
    header_line, _end, headers = next(rows, (first_line_no, first_line_no, None))
    if headers is None:
        return out
    columns: list[_Column | None] = []
    for h in headers:
        if not h.strip():
            columns.append(None)
            continue
        try:
            columns.append(resolve_column(h))
        except ValueError as e:
            out.errors.append(SourceError(path, f"column {h!r} ignored: {e}", line=header_line, field=h))
            columns.append(None)
    for line, end, row in rows:
        if not any(c.strip() for c in row):
            continue
        data: dict[str, Any] = {}
        problems = []
        swallowed = _swallowed_rows(row, delimiter, len(columns))
        if swallowed:
            problems.append(SourceError(path, f"a quoted cell from line {line} to line {end} "
                                              f"swallows {swallowed} line(s) that look like rows: a stray \" "
                                              "opens it; close or remove the quote", line=line))
        if len(row) > len(columns):
            extra = [c for c in row[len(columns):] if c.strip()]
            if extra:
                problems.append(SourceError(path, f"{len(row)} cells but {len(columns)} columns", line=line))
        for col, cell in zip(columns, row):
            if col is None or not cell.strip():
                continue
            try:
                _put(data, col.path, col.value(cell.strip()))
            except json.JSONDecodeError as e:
                problems.append(SourceError(path, f"not valid JSON in this cell: {e.msg}", line=line,
                                            field=col.header))
            except ColumnClash as e:
                problems.append(SourceError(path, str(e), line=line, field=col.header))
        data = _lists(data)
        rid = data.get("id") if isinstance(data.get("id"), str) else None
        for p in problems:
            p.record_id = rid
        if problems:
            out.errors += problems
            continue
        record, errors = check_record(data, str(path), line=line, strict=False)
        out.add(record, errors, origin=f"{path}:{line}")
    return out


def _swallowed_rows(row: list[str], delimiter: str, ncols: int) -> int:
    """How many lines inside this row's quoted cells look like rows of their own (as many
    delimiters as the header has): the mark of a stray quote that swallowed them."""
    if ncols < 2:
        return 0
    return sum(1 for cell in row if "\n" in cell
               for ln in cell.split("\n")[1:] if ln.count(delimiter) >= ncols - 1)


def csv_records(path: Path) -> RecordSet:
    return tabular_records(path)


def tsv_records(path: Path) -> RecordSet:
    return tabular_records(path, delimiter="\t")
