"""A snapshot reconciles a property only when it is first asked for (issue 14: decoding every
property of a file with an agency's XMP was most of its matching). Whatever is asked, and in
whatever order, the answers are those of reconciling the whole file at once."""

from __future__ import annotations

import random
import shutil

import pytest
from conftest import CORPUS, make_jpeg

from captionist import reader
from captionist.matching import FileFacts
from captionist.standard import PROPS

FILES = [CORPUS / "reference/IPTC-PhotometadataRef-Std2021.1.jpg",
         CORPUS / "reference/IPTC-PhotometadataRef-Std2019.1.jpg", CORPUS / "formats/XMP.jpg",
         CORPUS / "formats/IPTC.jpg", CORPUS / "reconcile/metadata_demo_iim_and_xmp_only.jpg",
         CORPUS / "formats/xmp.tiff"]
IDS = [p.id for p in PROPS]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_each_property_alone_is_the_whole_files_value(path):
    snap = reader.load(path)
    whole = reader.reconcile(snap.raw, snap.sidecar_raw)
    assert whole, "a file with metadata to reconcile"
    for pid in IDS:
        alone = reader.load(path).values(only=[pid])
        assert alone == ({pid: whole[pid]} if pid in whole else {}), pid


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_parts_asked_in_any_order_add_up_to_the_whole(path):
    whole = reader.reconcile(*(lambda s: (s.raw, s.sidecar_raw))(reader.load(path)))
    rnd = random.Random(path.name)
    for _ in range(5):
        snap = reader.load(path)
        ids = IDS[:]
        rnd.shuffle(ids)
        while ids:
            part, ids = ids[:rnd.randint(1, 12)], ids[rnd.randint(1, 12):]
            # ids not properties (a record's own keys) are ignored, as before
            got = snap.values(only=[*part, "id", "match"])
            assert got == {k: whole[k] for k in whole if k in part}
            assert list(got) == [k for k in whole if k in part]      # the record's order
        full = snap.values()
        assert full == whole and list(full) == list(whole)


def test_a_sidecars_values_come_first_when_asked_one_by_one(tmp_path):
    tif = tmp_path / "a.tiff"
    shutil.copy(CORPUS / "formats/xmp.tiff", tif)
    tif.with_suffix(".xmp").write_bytes(
        b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        b'<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" '
        b'xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/" photoshop:Headline="From the sidecar" '
        b'xmpMM:DocumentID="xmp.did:sidecar-1"/></rdf:RDF></x:xmpmeta>')
    snap = reader.load(tif, force_sidecar=True)
    assert snap.sidecar_raw is not None
    assert snap.values(only=["headline"]) == {"headline": "From the sidecar"}
    whole = reader.reconcile(snap.raw, snap.sidecar_raw)
    assert snap.values() == whole
    # matching reads the sidecar's DocumentID before the file's
    assert FileFacts.from_snapshot(reader.load(tif, force_sidecar=True)).document_id == "xmp.did:sidecar-1"


@pytest.mark.parametrize("path", FILES[:3], ids=lambda p: p.name)
def test_matching_facts_are_those_of_the_whole_files_values(path):
    snap = reader.load(path)
    facts = FileFacts.from_snapshot(snap)
    whole = reader.reconcile(snap.raw, snap.sidecar_raw)
    assert facts.jobid == whole.get("jobid")
    assert facts.supplier_image_id == whole.get("imageSupplierImageId")
    assert facts.digital_image_guid == (whole.get("digitalImageGuid")
                                        or snap.raw.exif.get("Exif.Photo.ImageUniqueID"))
    assert set(whole.get("creatorNames") or []) <= set(facts.creators)
    assert facts.document_id == snap.raw.xmp.get("Xmp.xmpMM.DocumentID")
    # and matching decoded only what it reads
    assert snap._done == {"digitalImageGuid", "creatorNames", "jobid", "imageSupplierImageId"}


def test_a_file_without_metadata_has_no_values(tmp_path):
    snap = reader.load(make_jpeg(tmp_path / "p.jpg", camera=False))
    assert snap.values(only=["headline", "keywords"]) == {}
    assert snap.values() == reader.reconcile(snap.raw)
