"""The record index (captionist.match_index) never loses a candidate: for any file, every
record that scoring all records would keep is among the index's candidates, in the records'
order, so decisions are those of scoring every record."""

from __future__ import annotations

import random
from pathlib import Path

from hypothesis import given, reject, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples
from pydantic import ValidationError

from captionist import dates, matching
from captionist.match_index import RecordIndex, index_for
from captionist.model import CaptionRecord


def rec(**kw) -> CaptionRecord:
    return CaptionRecord.model_validate({"headline": "H", **kw})


def _brute(records, facts, th=matching.DEFAULT_THRESHOLDS):
    """What matching did before the index: score every record."""
    return [r for r in records if matching.score(r, facts, th) is not None]


def _assert_superset(records, facts):
    idx = RecordIndex(records)
    got = idx.candidates(facts)
    want = _brute(records, facts)
    got_ids = [id(r) for r in got]
    assert all(id(r) in got_ids for r in want), [r.id for r in want if id(r) not in got_ids]
    assert got_ids == sorted(got_ids, key=[id(r) for r in records].index)   # the records' order
    scored = [matching.score(r, facts) for r in got]
    assert [c.record for c in scored if c is not None] == want


# ids from a small alphabet, so that near names (the difflib evidence) are common
_ids = st.text(alphabet="ab1-_. Éé", min_size=1, max_size=12)


@settings(max_examples=examples(300, 5000))
@given(ids=st.lists(_ids, min_size=1, max_size=30), stem=_ids)
def test_every_name_candidate_is_found(ids, stem):
    try:
        records = [rec(id=i) for i in ids]
    except ValidationError:   # an id the record model refuses is not a case to match
        reject()
    _assert_superset(records, matching.FileFacts(Path(f"{stem}.jpg")))


def test_sequential_ids_and_every_rule():
    rnd = random.Random(7)
    records = [rec(id=f"AMS-{n:05d}") for n in range(3000)]
    records += [rec(id=f"x{n}", match={"jobid": f"JOB-{n}"}) for n in range(50)]
    records += [rec(id=f"g{n}", match={"file": f"IMG_{n:04d}*.jpg"}) for n in range(20)]
    records += [rec(id=f"l{n}", match={"file": [f"DSC[_]{n}.jpg", f"photo[[]{n}[]].jpg"]}) for n in range(20)]
    records += [rec(id=f"p{n}", match={"position": n}) for n in range(1, 30)]
    records += [rec(id=f"u{n}", match={"supplierImageId": f" S{n} ", "digitalImageGuid": f"G{n}",
                                       "documentId": f"xmp.did:{n}"}) for n in range(20)]
    records += [rec(id=f"t{n}", match={"takenBetween": [f"2022-02-24T06:{n:02d}:00+02:00",
                                                         f"2022-02-24T06:{n:02d}:59+02:00"]})
                for n in range(0, 60, 7)]
    records += [rec(id="ams-00042"), rec(id="Ams-00042_edit"), rec(id="ÉTÉ-1")]
    names = ["AMS-00042", "ams-00042", "AMS-00042_v2", "AMS-0004", "AMS-00042.final", "IMG_0012_x",
             "DSC_3", "photo[3]", "été-1", "nothing", "x", "AMS-12345", "AMS-123456"]
    names += [f"AMS-{rnd.randrange(4000):05d}" for _ in range(20)]
    for name in names:
        facts = matching.FileFacts(Path(f"{name}.jpg"))
        _assert_superset(records, facts)
    facts = matching.FileFacts(Path("unknown.jpg"), jobid="JOB-7", supplier_image_id="S3",
                               digital_image_guid="G4", document_id="xmp.did:5", position=9,
                               taken=dates.from_exif("2022:02:24 06:14:30", "+02:00"))
    _assert_superset(records, facts)
    got = {r.id for r in RecordIndex(records).candidates(facts)}
    assert {"x7", "u3", "u4", "u5", "p9"} <= got
    assert len(got) < 100   # globs and time windows are tried, not the 3,000 sequential ids


def test_the_index_is_kept_for_the_same_list_and_rebuilt_for_another():
    records = [rec(id="a"), rec(id="b")]
    first = index_for(records)
    assert index_for(records) is first
    records.append(rec(id="c"))
    assert index_for(records) is not first
    other = [rec(id="a")]
    assert index_for(other).records is other


def test_decisions_equal_scoring_every_record():
    records = [rec(id=f"IMG_{n:04d}") for n in range(500)] + [rec(id="IMG_0412", match={"jobid": "J"})]
    for name in ("IMG_0412", "IMG_0413x", "img_0099", "IMG_041", "nothing"):
        facts = matching.FileFacts(Path(f"{name}.jpg"))
        cands = [c for c in (matching.score(r, facts) for r in records) if c is not None]
        cands.sort(key=lambda c: -c.score)
        d = matching.decide(Path(f"{name}.jpg"), records)
        assert [c.to_dict() for c in d.candidates] == [c.to_dict() for c in cands[:5]]
    assert matching.decide(Path("IMG_0412.jpg"), records).status == "review"   # the id twice
