"""exiv2 keeps one process-wide table from XMP prefix to namespace URI; a packet that binds a
prefix captionist writes to another URI (exiv2's own crash reproducer issue_1901_poc1.xmp
declares xmlns:xmp="a") must not move later writes of that process elsewhere, nor break them.
The daemon and the API read thousands of files in one process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from captionist import reader
from captionist.cli import main
from captionist.errors import CaptionistError

from conftest import CORPUS, exiftool

# a record that writes into every namespace captionist uses, at the top level and inside
# structures (exif:GPS* in a location, plus:* in a licensor, xmp:Identifier in a person)
RECORD = {
    "headline": "Überschrift", "description": {"x-default": "Boote", "de": "Boote im Hafen"},
    "keywords": ["Hafen", "Möwe"], "creatorNames": ["Ana Ruiz", "Li Wei"], "imageRating": 4,
    "intellectualGenre": "Feature", "copyrightNotice": "© Ana Ruiz",
    "usageTerms": {"x-default": "Nur redaktionell"}, "webstatementRights": "https://example.org/r",
    "creatorContactInfo": {"city": "Bern", "emailwork": "ana@example.org"},
    "locationCreated": [{"city": "Zürich", "countryCode": "CHE", "countryName": "Switzerland"}],
    "locationsShown": [{"city": "Luzern", "gpsLatitude": 47.05, "gpsLongitude": 8.31, "identifiers": ["geo:1"]}],
    "personsShown": [{"name": {"x-default": "Ana"}, "identifiers": ["https://example.org/p/1"]}],
    "licensors": [{"licensorName": "Seeblick AG", "licensorUrl": "https://example.org/l"}],
    "copyrightOwners": [{"copyrightOwnerName": "Ana Ruiz"}],
    "modelReleaseStatus": "http://ns.useplus.org/ldf/vocab/MR-NON",
}


def _xmp_seen_by_exiftool(path) -> dict:
    """ExifTool's reading of the XMP, and the packet itself: a property whose type changed
    (a Bag written as a Seq) reads back the same but is not the same packet."""
    got = exiftool(path, "-n", "-XMP:all")
    seen = {k: v for k, v in got.items() if k.startswith("XMP-")}
    seen["packet"] = subprocess.run(["exiftool", "-b", "-XMP", str(path)], capture_output=True, check=True).stdout
    return seen


@pytest.fixture(scope="module")
def clean_embed(tmp_path_factory):
    """What a process that never parsed a stranger's packet writes: the CLI in a new process."""
    tmp = tmp_path_factory.mktemp("clean")
    target = tmp / "E.jpg"
    shutil.copy(CORPUS / "reference" / "IPTC-Empty.jpg", target)
    (tmp / "r.json").write_text(json.dumps([{"id": "E", **RECORD}]), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "captionist", "embed", str(target), "--records", str(tmp / "r.json"),
                    "--no-journal"], check=True, capture_output=True)
    seen = _xmp_seen_by_exiftool(target)
    # the record's own values, so that a clean write that lost them is not the yardstick
    assert seen["XMP-xmp:Rating"] == 4 and seen["XMP-iptcExt:LocationShown"][0]["GPSLatitude"] == 47.05
    assert seen["XMP-plus:Licensor"] == [{"LicensorName": "Seeblick AG", "LicensorURL": "https://example.org/l"}]
    return seen


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
    return _xmp_seen_by_exiftool(target)


def test_exiv2s_reproducer_does_not_move_later_writes(tmp_path, clean_embed):
    assert _embed_after(tmp_path, CORPUS / "malformed" / "issue_1901_poc1.xmp") == clean_embed


PREFIXES = ["dc", "xmp", "photoshop", "iptc", "iptcExt", "Iptc4xmpCore", "Iptc4xmpExt", "xmpRights", "plus", "xmpMM",
            "exif", "tiff"]


# Compared with the packet a fresh process writes, 10 of this file's 14 cases fail without the
# fix (dc, xmp, photoshop, iptc, iptcExt, plus, exif taken over; ExifTool names a stranger's URI
# by its prefix, so only the packet shows iptcExt's); moving plus or exif away instead of binding
# them back, or binding iptc back instead of moving it, made later structure writes fail.
@pytest.mark.parametrize("prefix", PREFIXES)
def test_a_packet_rebinding_a_prefix_does_not_move_or_break_later_writes(tmp_path, prefix, clean_embed):
    assert _embed_after(tmp_path, _rebinding_packet(tmp_path, prefix)) == clean_embed


def test_many_packets_in_a_row_leave_later_writes_as_in_a_fresh_process(tmp_path, clean_embed):
    """A daemon reads one odd file after another: every prefix re-bound in one process, twice."""
    packets = [_rebinding_packet(tmp_path, prefix) for prefix in PREFIXES]
    reproducer = CORPUS / "malformed" / "issue_1901_poc1.xmp"
    assert _embed_after(tmp_path, *packets, reproducer, *reversed(packets)) == clean_embed
