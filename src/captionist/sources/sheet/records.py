"""Caption sheets as a record source: what `--records sheet.txt` (format "sheet" in
sources/loader.py) reads. Only an adapter: parsing is parser.py's, validation the
loader's.
"""

from __future__ import annotations

from captionist.errors import RecordError

from .parser import parse_sheet_file


def sheet_records(path):
    """A caption sheet as a record source (`--records sheet.txt`): one record per caption,
    matching its picture by stem == id or by position in the batch; the parser's warnings
    and the stray paragraphs are reported as warnings."""
    from ..recordset import RecordSet, validate_record

    result = parse_sheet_file(path)
    out = RecordSet()
    out.warnings += [f"{path}: {w}" for w in result.warnings]
    for cap in result.captions:
        where = f"{path}:{cap.line}"
        try:
            rec = validate_record(cap.record, where)
        except RecordError as e:
            out.errors.append(e)
            continue
        out.records.append(rec)
        out.origins[id(rec)] = where
        out.warnings += [f"{where}: caption {cap.position}: {w}" for w in cap.warnings]
    out.warnings += [f"{path}:{s.line}: not a caption ({s.reason})" for s in result.stray]
    return out
