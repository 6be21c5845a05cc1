"""The daemon's worker pool (captionist.daemon.pool): its worker processes get the daemon's
templates and codes files as arguments, and apply them to what they write, read back by
ExifTool."""

from __future__ import annotations

import json

from conftest import exiftool
from daemon_helpers import images_in, jpeg_bytes

DATA = __import__("pathlib").Path(__file__).parent / "data"


def test_workers_apply_the_daemons_templates_and_codes(tmp_path):
    from captionist.daemon import Daemon
    from captionist.settings import load_settings

    inbox, records = tmp_path / "inbox", tmp_path / "records"
    inbox.mkdir()
    records.mkdir()
    (records / "r.json").write_text(json.dumps([
        {"id": "pic", "extends": "jan", "headline": "Demo in #ams", "dateCreated": "2022-02-24"}]),
        encoding="utf-8")
    (inbox / "pic.jpg").write_bytes(jpeg_bytes(1))
    s = load_settings(daemon=dict(inbox=inbox, records=records, workers=1, once=True,
                                  templates=DATA / "templates.json", codes=DATA / "codes.tsv")).daemon
    assert Daemon(s).run() == 0
    assert [p.name for p in images_in(inbox / "done")] == ["pic.jpg"]
    got = exiftool(inbox / "done" / "pic.jpg")
    assert got["XMP-photoshop:Headline"] == "Demo in Amsterdam, Netherlands"   # the code, expanded
    assert got["XMP-dc:Creator"] == ["Jan de Vries"]                            # from template jan
    assert got["XMP-photoshop:Credit"] == "ANP"                                 # from template agency
    assert got["XMP-dc:Rights"] == "© 2022 ANP"                                 # its variable, filled in
