"""exiv2 keeps one process-wide table from XMP prefix to namespace URI; a packet that binds a
prefix captionist writes to another URI (exiv2's own crash reproducer issue_1901_poc1.xmp
declares xmlns:xmp="a") must not move later writes of that process elsewhere, nor break them;
one that gives a URI we write another prefix (Iptc4xmpExt, xap) must not change their bytes.
The daemon and the API read thousands of files in one process."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from xml.etree import ElementTree

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


_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"


def _rdf_tree(node) -> tuple:
    """An element by namespace URI and local name, not by prefix: the URI is what readers go
    by, so a failure shows here as a property in another namespace. Order is kept inside
    rdf:Seq/Bag/Alt only."""
    children = [_rdf_tree(child) for child in node]
    if node.tag not in (_RDF + "Seq", _RDF + "Bag", _RDF + "Alt"):
        children.sort(key=repr)
    return node.tag, sorted(node.attrib.items()), (node.text or "").strip(), children


def _xmp_seen_by_exiftool(path) -> dict:
    """ExifTool's reading of the XMP, and the packet as a tree of namespace URIs: ExifTool
    names a property in a stranger's URI by its prefix, so only the URIs show it."""
    got = exiftool(path, "-n", "-XMP:all")
    seen = {k: v for k, v in got.items() if k.startswith("XMP-") and k != "XMP-x:XMPToolkit"}
    packet = subprocess.run(["exiftool", "-b", "-XMP", str(path)], capture_output=True, check=True).stdout
    seen["tree"] = _rdf_tree(ElementTree.fromstring(packet.decode("utf-8").split("?>", 1)[1].rsplit("<?xpacket", 1)[0]))
    seen["packet"] = packet         # and byte for byte: prefixes too
    return seen


# the files written after a stranger's packet: an empty one, and the IPTC reference file, which
# declares IPTC Extension under the prefix Iptc4xmpExt (exiv2's own is iptcExt)
TARGETS = ["IPTC-Empty.jpg", "IPTC-PhotometadataRef-Std2021.1.jpg"]


def _copy_with_record(folder, name):
    target = folder / name
    shutil.copy(CORPUS / "reference" / name, target)
    (folder / "r.json").write_text(json.dumps([{"id": target.stem, **RECORD}]), encoding="utf-8")
    return target, folder / "r.json"


@pytest.fixture(scope="module")
def fresh_process(tmp_path_factory):
    """What a process that never parsed a stranger's packet writes: the CLI in a new process."""
    seen = {}
    for name in TARGETS:
        target, records = _copy_with_record(tmp_path_factory.mktemp("fresh"), name)
        subprocess.run([sys.executable, "-m", "captionist", "embed", str(target), "--records", str(records),
                        "--no-journal"], check=True, capture_output=True)
        seen[name] = _xmp_seen_by_exiftool(target)
        # the record's own values, so that a fresh write that lost them is not the yardstick
        assert seen[name]["XMP-xmp:Rating"] == 4
        assert seen[name]["XMP-iptcExt:LocationShown"][0]["GPSLatitude"] == 47.05
        assert {"LicensorName": "Seeblick AG", "LicensorURL": "https://example.org/l"} in seen[name]["XMP-plus:Licensor"]
    return seen


def _rebinding_packet(tmp_path, prefix: str):
    """A sidecar of our own that binds `prefix` to another URI."""
    path = tmp_path / f"odd-{prefix}.xmp"
    path.write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="" xmlns:{prefix}="urn:odd:{prefix}"><{prefix}:Odd>x</{prefix}:Odd>'
        '</rdf:Description></rdf:RDF></x:xmpmeta>', encoding="utf-8")
    return path


def _embed_after(tmp_path, *packets, target=TARGETS[0]):
    for packet in packets:
        try:
            reader.load(packet)
        except CaptionistError:
            pass            # refused or read: either way exiv2 has parsed it
    target, records = _copy_with_record(tmp_path, target)
    res = CliRunner().invoke(main, ["embed", str(target), "--records", str(records), "--no-journal"])
    assert res.exit_code == 0, res.output
    return _xmp_seen_by_exiftool(target)


def _aliasing_packet(tmp_path):
    """A sidecar as early Photoshop wrote them: XMP basic under the prefix xap."""
    path = tmp_path / "xap.xmp"
    path.write_text(
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:xap="http://ns.adobe.com/xap/1.0/" xap:Rating="2"/>'
        '</rdf:RDF></x:xmpmeta>', encoding="utf-8")
    return path


@pytest.mark.parametrize("target", TARGETS)
def test_a_file_giving_our_namespaces_other_prefixes_does_not_change_later_writes(tmp_path, target, fresh_process):
    """Reading the IPTC reference image (Iptc4xmpExt) or an early Photoshop packet (xap) made
    every later write of the process use those prefixes, mixed with iptcExt inside structures."""
    reference = CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg"
    assert _embed_after(tmp_path, reference, _aliasing_packet(tmp_path), target=target) == fresh_process[target]
    # our captions go under exiv2's own prefix; only the reference file's own structure fields
    # keep the prefix it wrote them with (exiv2 keeps a field's path as text)
    assert b"<iptcExt:LocationCreated>" in fresh_process[target]["packet"]
    assert (b"xmlns:Iptc4xmpExt" in fresh_process[target]["packet"]) == (target != "IPTC-Empty.jpg")


def test_exiv2s_reproducer_does_not_move_later_writes(tmp_path, fresh_process):
    assert _embed_after(tmp_path, CORPUS / "malformed" / "issue_1901_poc1.xmp") == fresh_process[TARGETS[0]]


PREFIXES = ["dc", "xmp", "photoshop", "iptc", "iptcExt", "Iptc4xmpCore", "Iptc4xmpExt", "xmpRights", "plus", "xmpMM",
            "exif", "tiff"]


# Compared with what a fresh process writes, by namespace URI, most of these cases fail without
# the fix (ExifTool names a stranger's URI by its prefix, so only the URIs show some of them);
# moving plus or exif away instead of binding them back, or binding iptc back instead of moving
# it, made later structure writes fail.
@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("prefix", PREFIXES)
def test_a_packet_rebinding_a_prefix_does_not_move_or_break_later_writes(tmp_path, prefix, target, fresh_process):
    assert _embed_after(tmp_path, _rebinding_packet(tmp_path, prefix), target=target) == fresh_process[target]


@pytest.mark.parametrize("target", TARGETS)
def test_many_packets_in_a_row_leave_later_writes_as_in_a_fresh_process(tmp_path, target, fresh_process):
    """A daemon reads one odd file after another: every prefix re-bound in one process, twice."""
    packets = [_rebinding_packet(tmp_path, prefix) for prefix in PREFIXES]
    reproducer = CORPUS / "malformed" / "issue_1901_poc1.xmp"
    assert _embed_after(tmp_path, *packets, reproducer, *reversed(packets), target=target) == fresh_process[target]


def test_a_file_that_rebinds_a_prefix_is_refused_intact_and_leaves_the_process_sound(tmp_path, fresh_process):
    """The odd file itself is read and written in a child process. In it exiv2 keys the file's
    xmp:Odd (urn:odd:xmp) and our xmp:Rating by the same prefix, so the rating cannot be put
    where readers look: the write-back check refuses it, the file stays as it was, and the
    next file is written as a fresh process would."""
    odd = tmp_path / "odd" / "odd.jpg"
    odd.parent.mkdir()
    shutil.copy(CORPUS / "reference" / "IPTC-Empty.jpg", odd)
    subprocess.run(["exiftool", "-q", "-overwrite_original", f"-xmp<={_rebinding_packet(tmp_path, 'xmp')}", str(odd)],
                   check=True)
    before = odd.read_bytes()
    (tmp_path / "odd" / "r.json").write_text(json.dumps([{"id": "odd", **RECORD}]), encoding="utf-8")
    res = CliRunner().invoke(main, ["embed", str(odd), "--records", str(tmp_path / "odd" / "r.json"), "--no-journal"])
    assert res.exit_code == 1
    assert "imageRating: XMP reads back None" in res.output and "nothing was replaced" in res.output
    assert odd.read_bytes() == before
    got = reader.load(odd)          # read in a child too, without the parent's tables moving
    assert got is not None
    assert _embed_after(tmp_path) == fresh_process[TARGETS[0]]
