"""Matching: every rule on real files, ties and near misses, grades and explanations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from captionist import matching, reader
from captionist.model import CaptionRecord
from captionist.pipeline import Options, process

from conftest import CORPUS, exiftool, make_jpeg

REF21 = CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg"
RECONCILE = CORPUS / "reconcile" / "metadata_demo_iim_and_xmp_only.jpg"


def rec(**kw) -> CaptionRecord:
    return CaptionRecord.model_validate({"headline": "H", **kw})


def decide(path: Path, records, **kw) -> matching.Decision:
    return matching.decide(reader.load(path), records, **kw)


@pytest.fixture(scope="module")
def camera(tmp_path_factory) -> Path:
    """Canon EOS R5, serial 012345678901, taken 2022-02-24 06:31:12+02:00."""
    return make_jpeg(tmp_path_factory.mktemp("cam") / "IMG_0412.jpg")


def test_stem_equals_id_is_strong(camera):
    d = decide(camera, [rec(id="IMG_0412"), rec(id="IMG_0413")])
    assert (d.status, d.grade, d.record.id) == ("matched", "strong", "IMG_0412")
    assert "file stem equals record id 'IMG_0412'" in d.explanation


def test_exact_name_and_glob(camera):
    d = decide(camera, [rec(id="a", match={"file": "IMG_0412.jpg"})])
    assert d.status == "matched" and d.candidates[0].score == 1.0
    d = decide(camera, [rec(id="b", match={"file": ["*.tif", "IMG_04*.jpg"]})])
    assert d.status == "matched" and d.candidates[0].score == 0.9
    assert d.candidates[0].reasons == ["file name matches 'IMG_04*.jpg'"]


def test_exact_name_beats_a_glob(camera):
    d = decide(camera, [rec(id="glob", match={"file": "IMG_*.jpg"}), rec(id="exact", match={"file": "IMG_0412.jpg"})])
    assert d.status == "matched" and d.record.id == "exact"


def test_two_globs_tie_go_to_review(camera):
    d = decide(camera, [rec(id="g1", match={"file": "IMG_*.jpg"}), rec(id="g2", match={"file": "*.jpg"})])
    assert d.status == "review" and d.record is None
    assert {c.record.id for c in d.candidates} == {"g1", "g2"}
    assert "2 records match equally well" in d.explanation


def test_duplicate_ids_go_to_review(camera):
    d = decide(camera, [rec(id="IMG_0412", headline="one"), rec(id="IMG_0412", headline="two")])
    assert d.status == "review" and len(d.candidates) == 2


def test_embedded_identifiers_on_the_reference_image():
    cases = [({"jobid": "Job Id (ref2021.1)"}, "Job Id"),
             ({"supplierImageId": "Image Supplier Image ID (ref2021.1)"}, "supplier's image id"),
             ({"digitalImageGuid": "http://example.com/imageGUIDs/TestGUID12345/ref2021.1"}, "Digital Image GUID")]
    for rule, label in cases:
        d = decide(REF21, [rec(id="wire", match=rule), rec(id="other", match={"jobid": "nope"})])
        assert (d.status, d.record.id) == ("matched", "wire"), rule
        assert d.candidates[0].reasons[0].startswith(label)


def test_document_id():
    did = "xmp.did:49a1e4c8-d59e-40ec-837f-3718022f9dea"
    d = decide(RECONCILE, [rec(id="doc", match={"documentId": did})])
    assert d.status == "matched" and d.record.id == "doc"


def test_contradicted_identifier_outweighs_the_name(tmp_path):
    f = tmp_path / "wire.jpg"
    shutil.copyfile(REF21, f)
    # the name says "wire", the Job Id in the file says otherwise: not written
    d = decide(f, [rec(id="wire", match={"jobid": "JOB-1"})])
    assert d.status == "unmatched"
    (c,) = d.candidates
    assert c.score <= 0.2
    assert "Job Id in the file is 'Job Id (ref2021.1)', record wants 'JOB-1'" in c.misses


def test_capture_window_alone_is_medium_and_goes_to_review(camera):
    d = decide(camera, [rec(id="w", match={"takenBetween": ["2022-02-24T06:00+02:00", "2022-02-24T07:00+02:00"]})])
    assert (d.status, d.grade) == ("review", "medium")
    assert "taken 2022-02-24T06:31:12+02:00 within" in d.candidates[0].reasons[0]


def test_capture_window_with_serial_or_creator_is_strong(camera, tmp_path):
    window = ["2022-02-24T04:00Z", "2022-02-24T05:00Z"]   # the same hour in UTC
    d = decide(camera, [rec(id="w", match={"takenBetween": window, "cameraSerial": "012345678901"})])
    assert (d.status, d.grade) == ("matched", "strong")
    assert "camera serial '012345678901'" in d.explanation
    # the wrong camera in the same window is a contradiction, not a match
    d = decide(camera, [rec(id="w", match={"takenBetween": window, "cameraSerial": "999"})])
    assert (d.status, d.grade) == ("unmatched", "none")
    assert "camera serial is '012345678901', record wants '999'" in d.explanation
    # creator: EXIF Artist / By-line
    f = tmp_path / "by.jpg"
    shutil.copyfile(REF21, f)
    d = decide(f, [rec(id="c", match={"takenBetween": ["2021-10-20T20:00Z", "2021-10-20T22:00Z"],
                                       "creator": "creator1 (ref2021.1)"})])
    assert d.status == "matched" and "creator 'creator1 (ref2021.1)'" in d.explanation


def test_capture_window_near_miss_is_explained(camera):
    d = decide(camera, [rec(id="late", match={"takenBetween": ["2022-02-24T06:35+02:00", "2022-02-24T07:00+02:00"]})])
    assert d.status == "unmatched" and d.grade == "low"
    assert "3 min before the window" in d.explanation


def test_position_in_batch(camera):
    recs = [rec(id=f"p{i}", match={"position": i}) for i in (1, 2, 3)]
    d = decide(camera, recs, position=2)
    assert d.status == "matched" and d.record.id == "p2"
    d = matching.decide(reader.load(camera), recs)          # no position known
    assert d.status == "unmatched"


def test_near_miss_names_are_listed_not_written(camera):
    d = decide(camera, [rec(id="IMG_0421")])     # digits swapped
    assert d.status == "unmatched" and d.grade == "low"
    assert "similar to record id 'IMG_0421'" in d.explanation
    d = decide(camera, [rec(id="img_0412")])     # letter case
    assert (d.status, d.grade) == ("review", "medium")
    d = decide(camera, [rec(id="IMG")])           # a variant of the id: a person decides
    assert (d.status, d.grade) == ("review", "medium")
    assert "file stem 'IMG_0412' begins with record id 'IMG'" in d.explanation
    d = decide(camera, [rec(id="DSC_0001")])      # nothing comes close
    assert (d.status, d.grade, d.candidates) == ("unmatched", "none", [])


def test_thresholds_are_passed_in(camera):
    window = {"takenBetween": ["2022-02-24T06:00+02:00", "2022-02-24T07:00+02:00"]}
    lax = matching.Thresholds(strong=0.7)
    assert decide(camera, [rec(id="w", match=window)], thresholds=lax).status == "matched"


def test_process_routes_and_writes_only_the_strong_match(tmp_path):
    a = make_jpeg(tmp_path / "A-1.jpg", seed=1)
    b = make_jpeg(tmp_path / "B-1.jpg", seed=2)
    c = make_jpeg(tmp_path / "C-1.jpg", seed=3)
    before_b, before_c = b.read_bytes(), c.read_bytes()
    records = [rec(id="A-1", headline="Written"), rec(id="x", match={"file": "B-*.jpg"}),
               rec(id="y", match={"file": "B-?.jpg"})]
    opts = Options(fsync=False)
    oa, ob, oc = (process(p, records, opts) for p in (a, b, c))
    assert (oa.status, oa.grade) == ("written", "strong")
    assert exiftool(a)["XMP-photoshop:Headline"] == "Written"
    assert ob.status == "review" and {c["record"] for c in ob.match["candidates"]} == {"x", "y"}
    assert oc.status == "unmatched" and oc.match["grade"] == "none"
    assert b.read_bytes() == before_b and c.read_bytes() == before_c


def test_process_reads_the_file_once(monkeypatch, tmp_path):
    f = make_jpeg(tmp_path / "once.jpg")
    calls = []
    real = reader.load
    monkeypatch.setattr(reader, "load", lambda *a, **k: calls.append(a) or real(*a, **k))
    out = process(f, [rec(id="once")], Options(fsync=False))
    assert out.status == "written" and len(calls) == 1


def test_exiftool_source_file_name_is_a_literal_not_a_glob(tmp_path):
    """`SourceFile` "/wire/photo[1].jpg" matches photo[1].jpg only, not photo1.jpg."""
    from captionist.sources.exiftool import source_identity

    src = tmp_path / "et.csv"
    src.write_text("SourceFile,XMP-dc:Description\n/wire/photo[1].jpg,Kyiv\n", encoding="utf-8")
    from captionist.sources import load_records
    (record,) = load_records(src).records
    plain = make_jpeg(tmp_path / "photo1.jpg")
    d = decide(plain, [record])
    assert d.status != "matched" and all(c.score < 0.5 for c in d.candidates), d.explanation
    literal = tmp_path / "photo[1].jpg"
    shutil.copyfile(plain, literal)
    d = decide(literal, [record])
    assert (d.status, d.grade) == ("matched", "strong") and d.candidates[0].score == 1.0
    assert source_identity("C:\\wire\\a*?.jpg")["match"]["file"] == "a[*][?].jpg"
