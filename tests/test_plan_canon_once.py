"""plan.make_plan puts a record's value in the record's form once (issue 14): the merged value
is not put in form again when it is the record's value as it is, which holds because the form
is a fixed point: a value already in the record's form comes out of `canonical_value`
unchanged. Proved here on every value of the corpus files, the sample records and the IPTC
reference file, and on the plan itself (every planned value is in the record's form)."""

from __future__ import annotations

import json
from pathlib import Path

from captionist import reader
from captionist.model import canonical_value
from captionist.plan import make_plan
from captionist.standard import BY_ID

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"
FILES = sorted(p for sub in ("reference", "formats", "reconcile") for p in (CORPUS / sub).glob("*")
               if p.suffix.lower() in (".jpg", ".jpeg"))


def sample_values() -> list[tuple[str, object]]:
    out = []
    for rec in json.loads((ROOT / "samples" / "records.json").read_text("utf-8")):
        out += [(k, v) for k, v in rec.items() if k in BY_ID]
    return out


def file_values() -> list[tuple[str, object]]:
    out = []
    for path in FILES:
        values, _ = reader.read_values(path)
        out += list(values.items())
    return out


def test_the_record_form_is_a_fixed_point():
    values = sample_values() + file_values()
    assert len(values) > 150 and len({k for k, _ in values}) > 30
    for pid, v in values:
        once = canonical_value(pid, v)
        assert canonical_value(pid, once) == once, (pid, v)


def test_planned_values_are_in_the_record_form():
    records = [{k: v for k, v in rec.items() if k in BY_ID}
               for rec in json.loads((ROOT / "samples" / "records.json").read_text("utf-8"))]
    planned = 0
    for path in FILES:
        snap = reader.load(path)
        for values in records:
            values = {k: canonical_value(k, v) for k, v in values.items()}
            values = {k: v for k, v in values.items() if v is not None}
            plan = make_plan(values, snap.target_raw, snap.values(only=values), snap.blocks)
            for change in plan.changes:
                planned += 1
                assert canonical_value(change.id, change.after) == change.after
                if "xmp" in change.expect:
                    assert change.expect["xmp"] == change.after
    assert planned > 50
