"""exiv2 keeps one process-wide table from XMP prefix to namespace URI; a packet that binds a
prefix captionist writes to another URI (exiv2's own crash reproducer issue_1901_poc1.xmp
declares xmlns:xmp="a") must not move later writes of that process elsewhere, nor break them.
The daemon and the API read thousands of files in one process."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from captionist import reader
from captionist.cli import main
from captionist.errors import CaptionistError

from conftest import CORPUS, exiftool

RECORD = {
    "headline": "Überschrift", "description": {"x-default": "Boote", "de": "Boote im Hafen"},
    "keywords": ["Hafen", "Möwe"], "creatorNames": ["Ana Ruiz", "Li Wei"], "imageRating": 4,
    "intellectualGenre": "Feature", "copyrightNotice": "© Ana Ruiz",
    "creatorContactInfo": {"city": "Bern", "emailwork": "ana@example.org"},
    "locationCreated": [{"city": "Zürich", "countryCode": "CHE", "countryName": "Switzerland"}],
}
# what ExifTool must read back, in the namespaces every reader looks in
WANT = {
    "XMP-photoshop:Headline": "Überschrift", "XMP-dc:Description": "Boote", "XMP-dc:Subject": ["Hafen", "Möwe"],
    "XMP-dc:Creator": ["Ana Ruiz", "Li Wei"], "XMP-xmp:Rating": 4, "XMP-iptcCore:IntellectualGenre": "Feature",
    "XMP-dc:Rights": "© Ana Ruiz",
    "XMP-iptcCore:CreatorContactInfo": {"CiAdrCity": "Bern", "CiEmailWork": "ana@example.org"},
    "XMP-iptcExt:LocationCreated": [{"City": "Zürich", "CountryCode": "CHE", "CountryName": "Switzerland"}],
}


def _rebinding_packet(tmp_path, prefix: str):
    """A sidecar of our own that binds `prefix` to another URI."""
    path = tmp_path / f"odd-{prefix}.xmp"
    path.write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:{prefix}="urn:odd:{prefix}"><{prefix}:Odd>x</{prefix}:Odd>'
        '</rdf:Description></rdf:RDF></x:xmpmeta>', encoding="utf-8")
    return path


def _embed_after(tmp_path, *packets):
    for packet in packets:
        try:
            reader.load(packet)
        except CaptionistError:
            pass            # refused or read: either way exiv2 has parsed it
    target = tmp_path / "E.jpg"
    shutil.copy(CORPUS / "reference" / "IPTC-Empty.jpg", target)
    (tmp_path / "r.json").write_text(json.dumps([{"id": "E", **RECORD}]), encoding="utf-8")
    res = CliRunner().invoke(main, ["embed", str(target), "--records", str(tmp_path / "r.json"), "--no-journal"])
    assert res.exit_code == 0, res.output
    got = exiftool(target, "-n")
    return {tag: got.get(tag) for tag in WANT}


def test_exiv2s_reproducer_does_not_move_later_writes(tmp_path):
    assert _embed_after(tmp_path, CORPUS / "malformed" / "issue_1901_poc1.xmp") == WANT


# dc, xmp, photoshop and iptc were taken over before the fix; the others are there so that the
# fix is seen to leave them working (moving iptcExt or Iptc4xmpCore away broke the structures)
@pytest.mark.parametrize("prefix", ["dc", "xmp", "photoshop", "iptc", "iptcExt", "Iptc4xmpCore", "Iptc4xmpExt",
                                    "xmpRights", "plus", "xmpMM", "exif", "tiff"])
def test_a_packet_rebinding_a_prefix_does_not_move_or_break_later_writes(tmp_path, prefix):
    assert _embed_after(tmp_path, _rebinding_packet(tmp_path, prefix)) == WANT
