"""captionist.plan: (record values, what the file has, policy) -> what to write, without a
file (pure). A file that already holds the value in a family is left alone; a family that
disagrees is brought in line; what the policies and the IIM limits change is said."""

from __future__ import annotations

from captionist import codec
from captionist.metadata import RawMetadata
from captionist.plan import make_plan, merge
from captionist.policy import Policy
from captionist.standard import BY_ID

ALL = frozenset({"xmp", "iim", "exif"})


def _holding(values: dict) -> RawMetadata:
    """Raw metadata of a file that already carries `values` in every family."""
    raw = RawMetadata(mime="image/jpeg")
    for pid, value in values.items():
        prop = BY_ID[pid]
        raw.xmp.update(codec.xmp_encode(prop, value))
        if prop.iim is not None:
            raw.iptc.update({k: v for k, v in codec.iim_encode(prop, value)[0].items() if v is not None})
        if prop.exif is not None:
            raw.exif.update(codec.exif_encode(prop, value))
    return raw


def test_an_empty_file_gets_every_family_the_property_has():
    plan = make_plan({"headline": "Черга", "dateCreated": "2022-02-24T06:30:00+02:00"}, RawMetadata(), {}, ALL)
    blocks = {c.id: c.blocks for c in plan.changes}
    assert blocks == {"headline": ["xmp", "iim"], "dateCreated": ["xmp", "iim", "exif"]}
    assert plan.ops.iptc["Iptc.Application2.Headline"] == "Черга"
    assert plan.ops.exif["Exif.Photo.DateTimeOriginal"] == "2022:02:24 06:30:00"
    assert not plan.empty and plan.warnings == []


def test_a_file_that_already_holds_the_values_is_not_rewritten():
    values = {"headline": "Черга", "keywords": ["a", "b"], "description": {"x-default": "Kyiv", "uk": "Київ"},
              "dateCreated": "2022-02-24T06:30:00+02:00"}
    plan = make_plan(values, _holding(values), values, ALL)
    assert plan.empty and plan.changes == [] and plan.warnings == []


def test_only_the_family_that_disagrees_is_written():
    values = {"headline": "New"}
    current = _holding(values)
    current.iptc["Iptc.Application2.Headline"] = "Stale wire headline"
    plan = make_plan(values, current, values, ALL)
    assert [(c.id, c.blocks) for c in plan.changes] == [("headline", ["iim"])]
    assert plan.ops.iptc == {"Iptc.Application2.Headline": "New"} and not plan.ops.xmp


def test_fill_empty_keeps_the_files_value_and_says_so_in_kept():
    current = _holding({"headline": "Wire"})
    plan = make_plan({"headline": "Ours"}, current, {"headline": "Wire"}, ALL, default_policy=Policy.FILL_EMPTY)
    assert plan.empty and plan.kept == ["headline"]


def test_the_iim_cut_is_warned_and_xmp_keeps_the_full_text():
    long = "Ї" * 200   # 400 bytes: over IIM 2:105's 256
    plan = make_plan({"headline": long}, RawMetadata(), {}, ALL)
    assert plan.ops.xmp["Xmp.photoshop.Headline"] == long
    assert len(plan.ops.iptc["Iptc.Application2.Headline"].encode()) == 256
    assert any("cut from 400 to 256 bytes" in w for w in plan.warnings)


def test_merge_policies_on_text_lists_and_languages():
    head, kw, desc = BY_ID["headline"], BY_ID["keywords"], BY_ID["description"]
    assert merge(head, Policy.APPEND, "Kyiv", "2022") == "Kyiv 2022"
    assert merge(head, Policy.APPEND, "Kyiv 2022", "2022") == "Kyiv 2022"      # idempotent
    assert merge(head, Policy.PREPEND, "Kyiv", "Ukraine:") == "Ukraine: Kyiv"
    assert merge(kw, Policy.UNION, ["a", "b"], ["b", "c"]) == ["a", "b", "c"]
    assert merge(head, Policy.FILL_EMPTY, "Wire", "Ours") is None
    # replace with named languages keeps the file's other languages
    assert merge(desc, Policy.REPLACE, {"x-default": "Old", "nl": "Oud"}, {"x-default": "New", "uk": "Нове"}) \
        == {"x-default": "New", "uk": "Нове", "nl": "Oud"}
