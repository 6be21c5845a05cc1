"""The verify's read family by family (`captionist.readback`): it reads what exiv2 reads from
the whole header, serves a kept answer only for the same segment bytes (padding aside) while
no new prefix was bound, still catches a wrong planned value, and leaves other layouts to the
whole read."""

from __future__ import annotations

import shutil

import pytest
from conftest import CORPUS, make_jpeg

from captionist import clone, exiv, jpeg, pipeline, quietexif, readback, reader, writer, xmp_extended
from captionist.errors import VerifyError
from captionist.metadata import Changes
from captionist.model import CaptionRecord
from captionist.pipeline import Options

NIKON = CORPUS / "malformed/pr_1994_poc1.jpg"      # a Nikon's EXIF: a 125 KB maker note
REFERENCE = CORPUS / "reference/IPTC-PhotometadataRef-Std2021.1.jpg"
# a made-up caption for a made-up agency
VALUES = {"headline": "Veerpont weer in de vaart na storing",
          "description": "Passagiers stappen in de vroege ochtend aan boord van de gerepareerde veerpont.",
          "keywords": ["veer", "scheepvaart"], "creditLine": "Fotodienst Noord / Voorbeeld"}
FAMILIES = ("exif", "iptc", "xmp")


def _written(path, values=VALUES, block=4096):
    """(snapshot, plan, new header) as `writer.apply_plan` makes them, clone padding included."""
    snap = reader.load(path)
    plan = pipeline.plan_for(snap, CaptionRecord.model_validate({"id": "r", **values}), Options())
    new = xmp_extended.modify(snap.header, plan.ops, snap.raw, path)
    return snap, plan, clone.align_header(new, snap.header.scan_offset, block)


def _whole(snap, header, families=FAMILIES):
    carrier = quietexif.carrier(header, snap.header.sos_segment) \
        or header + snap.header.sos_segment + b"\x00\x00" + jpeg.EOI
    return xmp_extended.read(header, carrier, snap.path, families=families)


@pytest.fixture(autouse=True)
def _fresh():
    readback._known.clear()
    yield
    readback._known.clear()


@pytest.mark.parametrize("src", ["camera", NIKON, REFERENCE, CORPUS / "formats/XMP.jpg"],
                         ids=lambda p: getattr(p, "name", p))
def test_family_by_family_reads_as_the_whole_header(tmp_path, src):
    target = tmp_path / "a.jpg"
    if src == "camera":
        make_jpeg(target)
    else:
        shutil.copy(src, target)
    snap, plan, header = _written(target)
    whole = _whole(snap, header)
    for _ in range(2):                      # read, then served from what was kept
        got = readback.read(header, snap.header.sos_segment, target, FAMILIES)
        assert (got.xmp, got.iptc, got.exif, got.iim_charset) == \
            (whole.xmp, whole.iptc, whole.exif, whole.iim_charset)
        writer.verify(plan, got, target)


def test_the_padding_is_not_part_of_the_answer(tmp_path, monkeypatch):
    target = make_jpeg(tmp_path / "a.jpg")
    snap, plan, header = _written(target)
    other = clone.align_header(header, snap.header.scan_offset + 1000, 4096)   # more padding
    assert other != header and len(other) == len(header) + 1000
    seg = next(s for s in jpeg.segments(header) if s[4:8] == b"http")
    assert b" " * 500 in seg and b" " * 500 not in readback.unpadded(seg)
    # the answer is kept unless the namespace table moved during the read (a prefix bound for
    # the first time in this process, or by a thread an earlier test in this worker left): a
    # second read of the same header keeps it then
    for _ in range(3):
        readback.read(header, snap.header.sos_segment, target, FAMILIES)
        if any(family == "xmp" for family, _seg in readback._known):
            break
    assert any(family == "xmp" for family, _seg in readback._known)
    asked = []
    monkeypatch.setattr(exiv, "read", lambda data, *a, **k: asked.append(data) or exiv_read(data, *a, **k))
    got = readback.read(other, snap.header.sos_segment, target, FAMILIES)
    assert [d for d in asked if b"xmpmeta" in d] == []                  # the XMP answer was kept
    assert len(asked) == 1                                              # EXIF: read every time
    writer.verify(plan, got, target)


exiv_read = exiv.read


def test_answers_are_kept_again_once_many_were(tmp_path):
    target = make_jpeg(tmp_path / "a.jpg")
    snap, _plan, header = _written(target)
    readback.read(header, snap.header.sos_segment, target, FAMILIES)     # prefixes bound
    readback._known.clear()
    readback._table[0] = exiv.namespaces_bound()
    for n in range(2 * readback._MAX):      # a daemon's day of other records
        readback._known[("iptc", b"other record %d" % n)] = ({}, None)
    for _ in range(3):
        readback.read(header, snap.header.sos_segment, target, FAMILIES)
    kept = [family for family, seg in readback._known if not seg.startswith(b"other record")]
    assert sorted(kept) == ["iptc", "xmp"] and len(readback._known) <= 2 * readback._MAX


def test_a_wrong_value_is_caught_after_the_right_one_was_kept(tmp_path):
    target = make_jpeg(tmp_path / "a.jpg")
    snap, plan, header = _written(target)
    writer.verify(plan, readback.read(header, snap.header.sos_segment, target, FAMILIES), target)
    exiv._drop_kept()
    for family, wrong in (("xmp", {"Xmp.photoshop.Headline": "iets anders"}),
                          ("iptc", {"Iptc.Application2.Headline": "iets anders"}),
                          ("exif", {"Exif.Image.ImageDescription": "iets anders"})):
        ops = Changes(**{**vars(plan.ops), family: {**getattr(plan.ops, family), **wrong}})
        bad = jpeg.header_of(exiv.modify(snap.header.carrier(), ops, snap.raw, target))
        bad = clone.align_header(bad, snap.header.scan_offset, 4096)
        with pytest.raises(VerifyError, match="headline|description"):
            writer.verify(plan, readback.read(bad, snap.header.sos_segment, target, FAMILIES), target)


def test_a_new_prefix_drops_the_kept_answers(tmp_path):
    target = make_jpeg(tmp_path / "a.jpg")
    snap, _, header = _written(target)
    readback.read(header, snap.header.sos_segment, target, FAMILIES)
    assert readback._known
    packet = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
              b'22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:rbTestNs="http://example.org/'
              b'readback-test/" rbTestNs:Note="x"/></rdf:RDF></x:xmpmeta>')
    before = exiv.namespaces_bound()
    exiv.read(packet, "sidecar")
    assert exiv.namespaces_bound() == before + 1
    readback.read(header, snap.header.sos_segment, target, ("exif",))
    assert not readback._known


def test_other_layouts_are_left_to_the_whole_read(tmp_path):
    target = make_jpeg(tmp_path / "a.jpg")
    snap, _, header = _written(target)
    segs = jpeg.segments(header)
    xmp = next(s for s in segs if s[4:8] == b"http")
    twice = jpeg.SOI + b"".join(segs) + xmp                          # two XMP segments
    assert readback.read(twice, snap.header.sos_segment, target, FAMILIES) is None
    no_iim = jpeg.SOI + b"".join(s for s in segs if s[1] != 0xED)   # a family it lacks
    assert readback.read(no_iim, snap.header.sos_segment, target, FAMILIES) is None
    assert readback.read(no_iim, snap.header.sos_segment, target, ("exif", "xmp")) is not None


def test_unpadded_keeps_anything_but_whitespace():
    seg = b"\xff\xe1\x00\x00http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>a</x:xmpmeta>  \n <?xpacket end=\"w\"?>"
    assert readback.unpadded(seg).endswith(b"</x:xmpmeta>\n<?xpacket end=\"w\"?>")
    odd = seg.replace(b"  \n ", b" x  ")
    assert readback.unpadded(odd) == odd
    assert readback.unpadded(seg.replace(b"  \n ", b"")) == seg.replace(b"  \n ", b"")


def test_an_answer_read_while_a_prefix_was_bound_is_not_kept(tmp_path):
    target = make_jpeg(tmp_path / "a.jpg")
    snap, _, header = _written(target)
    xmp = next(s for s in jpeg.segments(header) if s[4:8] == b"http")
    declared = xmp.replace(b"<rdf:Description ", b'<rdf:Description xmlns:rbOtherNs="http://example.org/'
                           b'readback-other/" ', 1)
    declared = declared[:2] + (len(declared) - 2).to_bytes(2, "big") + declared[4:]
    new = header.replace(xmp, declared)
    before = exiv.namespaces_bound()
    got = readback.read(new, snap.header.sos_segment, target, ("xmp",))
    assert exiv.namespaces_bound() == before + 1 and got.xmp
    assert not readback._known                  # read while the table moved: not kept
    readback.read(new, snap.header.sos_segment, target, ("xmp",))
    assert readback._known                      # the table as it is now: kept
