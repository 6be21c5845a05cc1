"""exiv2 keeps one process-wide table from XMP prefix to namespace URI; a packet declaring one
of the prefixes captionist writes with another URI (exiv2's own crash reproducer
issue_1901_poc1.xmp declares xmlns:xmp="a") must not move later writes of that process into
the stranger's namespace. The daemon and the API read thousands of files in one process."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from captionist import reader
from captionist.cli import main
from captionist.errors import CaptionistError

from conftest import CORPUS, exiftool

POISONS = {
    # exiv2's reproducer: the xmp prefix bound to "a"
    "reproducer": CORPUS / "malformed" / "issue_1901_poc1.xmp",
}


def _own_packet(tmp_path, prefix: str, uri: str):
    """A sidecar of our own that binds `prefix` to another URI."""
    path = tmp_path / f"odd-{prefix}.xmp"
    path.write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:{prefix}="{uri}"><{prefix}:Odd>x</{prefix}:Odd>'
        '</rdf:Description></rdf:RDF></x:xmpmeta>', encoding="utf-8")
    return path


def _embed(tmp_path, record: dict):
    target = tmp_path / "E.jpg"
    shutil.copy(CORPUS / "reference" / "IPTC-Empty.jpg", target)
    (tmp_path / "r.json").write_text(json.dumps([{"id": "E", **record}]), encoding="utf-8")
    res = CliRunner().invoke(main, ["embed", str(target), "--records", str(tmp_path / "r.json"), "--no-journal"])
    assert res.exit_code == 0, res.output
    return exiftool(target, "-n")


@pytest.mark.parametrize("prefix,uri,record,tag,want", [
    ("xmp", "a", {"imageRating": 4}, "XMP-xmp:Rating", 4),
    ("dc", "urn:not-dc", {"headline": "H", "description": "Ein Bild aus Zürich"}, "XMP-dc:Description", "Ein Bild aus Zürich"),
    ("photoshop", "urn:odd:ps", {"headline": "Überschrift"}, "XMP-photoshop:Headline", "Überschrift"),
    ("iptc", "urn:odd:core", {"headline": "H", "intellectualGenre": "Feature"}, "XMP-iptcCore:IntellectualGenre", "Feature"),
])
def test_a_packet_rebinding_a_prefix_does_not_move_later_writes(tmp_path, prefix, uri, record, tag, want):
    odd = _own_packet(tmp_path, prefix, uri)
    for poison in (POISONS["reproducer"], odd):
        try:
            reader.load(poison)
        except CaptionistError:
            pass            # refused or read: either way exiv2 has parsed it
    got = _embed(tmp_path, record)
    assert got.get(tag) == want, (tag, {k: v for k, v in got.items() if k.startswith("XMP")})


def test_lists_and_languages_keep_their_form_after_a_rebound_dc(tmp_path):
    reader.load(_own_packet(tmp_path, "dc", "urn:not-dc"))
    got = _embed(tmp_path, {"headline": "H", "keywords": ["Hafen", "Möwe"], "creatorNames": ["Ana Ruiz", "Li Wei"],
                            "description": {"x-default": "Boote", "de": "Boote im Hafen"}})
    assert got.get("XMP-dc:Subject") == ["Hafen", "Möwe"]
    assert got.get("XMP-dc:Creator") == ["Ana Ruiz", "Li Wei"]
    assert got.get("XMP-dc:Description") == "Boote"
