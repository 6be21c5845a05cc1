"""The committed JSON Schema is generated from the model; a stale copy fails here."""

from __future__ import annotations

import json

from click.testing import CliRunner
from conftest import ROOT

from captionist.cli import main
from captionist.model import CaptionRecord
from captionist.standard import PROPS


def test_committed_schema_is_current():
    committed = json.loads((ROOT / "schemas" / "caption-record.schema.json").read_text(encoding="utf-8"))
    res = CliRunner().invoke(main, ["schema"])
    assert res.exit_code == 0
    assert json.loads(res.output) == committed, "schemas/caption-record.schema.json is stale: run `make schema`"


def test_schema_names_every_iptc_property_and_forbids_others():
    schema = CaptionRecord.model_json_schema()
    assert {p.id for p in PROPS} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def test_every_reference_property_is_covered():
    import iptc_ref
    assert set(iptc_ref.PROPS) <= {p.id for p in PROPS}


def test_fields_doc_is_current():
    res = CliRunner().invoke(main, ["fields", "--markdown"])
    assert res.exit_code == 0
    assert (ROOT / "docs" / "fields.md").read_text(encoding="utf-8") == res.output, \
        "docs/fields.md is stale: run `captionist fields --markdown > docs/fields.md`"
