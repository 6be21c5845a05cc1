"""Merge policies on a file that already carries wire metadata (the IPTC reference image),
read back by ExifTool; and idempotence: a second run leaves every file byte-identical."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from captionist.model import CaptionRecord, Policy
from captionist.pipeline import Options, embed, process
from captionist.plan import merge
from captionist.standard import BY_ID

from conftest import CORPUS, exiftool, make_jpeg

REF21 = CORPUS / "reference" / "IPTC-PhotometadataRef-Std2021.1.jpg"
RECONCILE = CORPUS / "reconcile" / "metadata_demo_iim_and_xmp_only.jpg"
WIRE_CAPTION = "The description aka caption (ref2021.1)"
WIRE_KEYWORDS = ["Keyword1ref2021.1", "Keyword2ref2021.1", "Keyword3ref2021.1"]


@pytest.fixture
def wire(tmp_path) -> Path:
    f = tmp_path / "wire.jpg"
    shutil.copyfile(REF21, f)
    return f


def run(path: Path, run_policy: str, **values) -> dict:
    r = CaptionRecord.model_validate({"id": path.stem, **values})
    out = embed(path, r, Options(fsync=False, policy=Policy(run_policy)))
    assert out.ok, out.to_dict()
    return exiftool(path)


def test_replace(wire):
    et = run(wire, "replace", description="Desk caption", keywords=["desk"])
    assert et["IPTC:Caption-Abstract"] == et["XMP-dc:Description"] == et["IFD0:ImageDescription"] == "Desk caption"
    assert et["IPTC:Keywords"] == "desk" and et["XMP-dc:Subject"] == ["desk"]


def test_fill_empty_keeps_the_wire_values(wire):
    et = run(wire, "fill-empty", description="Desk caption", eventName="Desk event", cityName="Desk city",
             headline="Desk headline", aiSystemUsed="none")
    assert et["IPTC:Caption-Abstract"] == et["XMP-dc:Description"] == WIRE_CAPTION
    assert et["IPTC:Headline"] == "The Headline (ref2021.1)"
    assert et["XMP-iptcExt:AISystemUsed"] == "none"            # the wire left it empty


def test_append_and_prepend_text(wire):
    et = run(wire, "append", description="Desk note.", headline="(updated)")
    assert et["XMP-dc:Description"] == et["IPTC:Caption-Abstract"] == f"{WIRE_CAPTION} Desk note."
    assert et["XMP-photoshop:Headline"] == "The Headline (ref2021.1) (updated)"
    et = run(wire, "prepend", creditLine="Desk /")
    assert et["XMP-photoshop:Credit"] == et["IPTC:Credit"] == "Desk / Credit Line (ref2021.1)"


def test_append_x_default_applies_to_every_language(tmp_path):
    f = make_jpeg(tmp_path / "alt.jpg")
    run(f, "replace", description={"en": "Smoke", "nl": "Rook"})
    et = run(f, "append", description="(Photo: desk)")
    assert et["XMP-dc:Description"] == "Smoke (Photo: desk)"
    assert et["XMP-dc:Description-en"] == "Smoke (Photo: desk)"
    assert et["XMP-dc:Description-nl"] == "Rook (Photo: desk)"


def test_union_lists_and_structures(wire):
    et = run(wire, "union", keywords=["Keyword2ref2021.1", "desk"], locationsShown=[{"city": "Kyiv"}],
             headline="replaced", description={"nl": "Bijschrift", "x-default": "not used"})
    assert et["XMP-dc:Subject"] == WIRE_KEYWORDS + ["desk"]
    assert et["IPTC:Keywords"] == WIRE_KEYWORDS + ["desk"]
    assert [loc["City"] for loc in et["XMP-iptcExt:LocationShown"]] == [
        "City (Location shown1) (ref2021.1)", "City (Location shown2) (ref2021.1)", "Kyiv"]
    assert et["XMP-photoshop:Headline"] == "replaced"            # union on text replaces
    # union on a language alternative adds the languages the file lacks
    assert et["XMP-dc:Description"] == WIRE_CAPTION and et["XMP-dc:Description-nl"] == "Bijschrift"


def test_per_field_policy_beats_the_run_default(wire):
    et = run(wire, "replace", description="Desk caption", keywords=["desk"], policy={"keywords": "union",
                                                                                     "description": "fill-empty"})
    assert et["XMP-dc:Description"] == WIRE_CAPTION
    assert et["XMP-dc:Subject"] == WIRE_KEYWORDS + ["desk"]


@pytest.mark.parametrize("policy", [p.value for p in Policy])
def test_every_policy_is_idempotent_on_the_bytes(tmp_path, policy):
    files = [tmp_path / "wire.jpg", tmp_path / "cam.jpg", tmp_path / "conflict.jpg"]
    shutil.copyfile(REF21, files[0])
    make_jpeg(files[1])
    shutil.copyfile(RECONCILE, files[2])
    long = "Long caption. " * 200      # > 2000 bytes: IIM gets a cut copy
    records = [CaptionRecord.model_validate({
        "id": f.stem, "description": {"en": long, "nl": "Lang bijschrift"}, "headline": "Desk headline",
        "keywords": ["desk", "Keyword1ref2021.1"], "creatorNames": ["Desk Photographer"],
        "dateCreated": "2022-02-24T06:30:00+02:00", "locationsShown": [{"city": "Kyiv", "countryCode": "UKR"}]})
        for f in files]
    opts = Options(fsync=False, policy=Policy(policy))
    first = [process(f, records, opts) for f in files]
    assert all(o.status in ("written", "unchanged") for o in first), [o.to_dict() for o in first]
    digest = [hashlib.sha256(f.read_bytes()).hexdigest() for f in files]
    second = [process(f, records, opts) for f in files]
    assert [o.status for o in second] == ["unchanged"] * 3, [o.changes for o in second]
    assert [hashlib.sha256(f.read_bytes()).hexdigest() for f in files] == digest


def test_iim_xmp_conflict_is_warned(tmp_path):
    f = tmp_path / "conflict.jpg"
    shutil.copyfile(RECONCILE, f)
    r = CaptionRecord.model_validate({"id": "conflict", "description": "Desk", "creatorNames": ["Kept"]})
    out = embed(f, r, Options(fsync=False, dry_run=True))
    assert any(w.startswith("description: the file's IIM") and "disagree" in w for w in out.warnings), out.warnings
    out = embed(f, r.model_copy(update={"policy": {"creatorNames": Policy.FILL_EMPTY}}),
                Options(fsync=False, dry_run=True))
    assert any(w.startswith("creatorNames: the file's IIM") and "kept as is" in w for w in out.warnings), out.warnings


@pytest.mark.parametrize("policy", [p for p in Policy])
@pytest.mark.parametrize("pid, before, new", [
    ("description", {"x-default": "A", "nl": "B"}, "C"),
    ("headline", "A", "C"),
    ("keywords", ["a", "b"], ["b", "c"]),
    ("locationsShown", [{"city": "X"}], [{"city": "Y"}]),
    ("headline", None, "C"),
])
def test_merge_is_idempotent(policy, pid, before, new):
    prop = BY_ID[pid]
    once = merge(prop, policy, before, new)
    once = before if once is None else once
    twice = merge(prop, policy, once, new)
    assert (once if twice is None else twice) == once
