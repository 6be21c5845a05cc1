"""`captionist.canon` (the record's JSON form without the record model, issue 14) against the
model itself: what `read` and `export` print is byte-identical whether canon or the model puts
the values in form, over the corpus; and over awkward values of every kind, canon either
agrees with the model or leaves the value to it (DEFER)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from captionist import canon, model, reader
from captionist.cli import main
from captionist.standard import BY_ID, PROPS, Kind

# Every readable corpus file but the malformed ones (those go through `isolation`): the IPTC
# reference images carry every property and structure, the formats each container.
FILES = sorted([*CORPUS.glob("reference/*.jpg"), *CORPUS.glob("reconcile/*"), *CORPUS.glob("c2pa/*.jpg"),
                *(p for p in CORPUS.glob("formats/*") if p.suffix != ".xmp")])


@pytest.fixture
def model_only(monkeypatch):
    """canon decides nothing: every value goes through the record model (the reference)."""
    def run(fn):
        with monkeypatch.context() as m:
            m.setattr(canon, "split", lambda values: ({}, dict(values)))
            m.setattr(canon, "value", lambda pid, v: None if v is None else canon.DEFER)
            m.setattr(canon, "in_order", dict)   # the model's own order
            return fn()
    return run


def _cli(*args: str) -> tuple[int, bytes, bytes]:
    r = CliRunner().invoke(main, list(args))
    return r.exit_code, r.stdout_bytes, r.stderr_bytes


def test_the_corpus_is_there():
    assert len(FILES) >= 15 and any("2021.1" in f.name for f in FILES)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_read_prints_what_the_model_validated_record_prints(path, model_only):
    for args in (["read", str(path)], ["read", "--json", str(path)]):
        fast = _cli(*args)
        assert fast[0] == 0, fast
        assert fast == model_only(lambda: _cli(*args)), args


def test_read_of_several_files_and_the_reference_images_values(model_only):
    args = ["read", "--json", *map(str, FILES)]
    fast = _cli(*args)
    assert fast == model_only(lambda: _cli(*args))
    by_name = {r["file"].rsplit("/", 1)[-1]: r for r in json.loads(fast[1])}
    ref = by_name["IPTC-PhotometadataRef-Std2021.1.jpg"]
    # the reference image exercises every kind: structures in lists, nested ones, numbers, dates
    assert {BY_ID[k].kind for k in ref if k in BY_ID} == set(Kind)
    assert any("rbVertices" in r.get("regionBoundary", {}) for r in ref["imageRegion"])


def test_every_value_the_corpus_files_hold_is_decided_without_the_model():
    # so `read` never loads pydantic for them (tests/test_startup.py checks the import graph)
    for path in FILES:
        snap = reader.load(path)
        for family, values in reader.decode_all(snap.raw).items():
            done, rest = canon.split(values)
            assert rest == {} and len(done) == len(values), (path.name, family, rest)


@pytest.mark.parametrize("fmt", ["iptc-json", "exiftool-json", "exiftool-csv", "xmp"])
def test_export_is_byte_identical_to_the_model_validated_export(fmt, tmp_path, model_only):
    files = [f for f in FILES if f.suffix.lower() in (".jpg", ".jpeg", ".png", ".tiff", ".webp")]
    for i, f in enumerate(files):
        out_fast, out_model = tmp_path / f"{i}.fast", tmp_path / f"{i}.model"
        assert _cli("export", "--format", fmt, "-o", str(out_fast), str(f))[0] == 0
        assert model_only(lambda: _cli("export", "--format", fmt, "-o", str(out_model), str(f)))[0] == 0
        assert out_fast.read_bytes() == out_model.read_bytes(), f


# --------------------------------------------------------------------------- awkward values

AWKWARD: dict[Kind, list] = {
    Kind.TEXT: ["a\r\nb\rc", "x\x00y\x85z\u2028", "\ud800", "", "  é  ", 5, b"x", True, ["a"]],
    Kind.LANG_ALT: ["a", {"x-default": "a"}, {"nl": "a", "en": "b"}, {"en": "b", "x-default": "a\r"},
                    {"nl": "x", "x-default": "\ud800"}, {}, {"en_US": "x"}, {"en": 5}, ["a"], 3],
    Kind.LIST: [["a", "a", "b"], ["a\r", "a\n", "a\r\n"], [], ["\ud800"], ["a", 1], "a", ("a",)],
    Kind.INT: [5, -1, 0, 2 ** 70, True, 5.0, "5"],
    Kind.INT_LIST: [[1, 1, 2], [], [True], [1.0], "1"],
    Kind.NUMBER: [1.5, -0.0, 0.0, float("nan"), float("inf"), float("-inf"), 1e300, 3, "1.5", True],
    Kind.DATE: ["2022", "2022-02", "2022-02-24", "2022-02-30", "2022-13", "2022-02-24T06:30+0200",
                "2022-02-24 06:30:00.5Z", "2022-02-24T06:30:00.123456789-05:00", "2022\n", " 2022",
                "\uff12\uff10\uff12\uff12", "\u0662\u0660\u0662\u0662", "2022-02-24T25:00", "2022-02-24T06:30+24:00",
                "0000", "2022-02-24T06:60", 2022],
    Kind.STRUCT: [{"city": "x"}, {}, {"bogus": "x"}, {"city": None}, {"city": "a\r\n", "country": "b"},
                  {"city": 1}, "x"],
    Kind.STRUCTS: [
        [{"city": "a"}, {"city": "a"}], [{"gpsLatitude": 91.0}], [{"gpsLatitude": -90.0, "gpsLongitude": 180.0}],
        [{"gpsLongitude": -180.5}], [{"gpsLatitude": 12}], [{"name": {"x-default": "x"}}, {"name": "x"}],
        [{"name": {"en": "x"}}, {"name": "x"}], [{}], [{"gpsAltitudeRef": 1, "gpsAltitude": 12.5}],
        [{"city": "b", "sublocation": "a"}, {"sublocation": "a", "city": "b"}], [{"gpsLatitude": float("nan")}],
        [{"gpsLatitude": -0.0}, {"gpsLatitude": 0.0}],
        [{"identifiers": ["x", "x"]}], [{"city": None}], "x", [None],
    ],
}
# for each kind, a property of it, and for structures the ones that nest (regions, persons)
_OF_KIND = {Kind.TEXT: "headline", Kind.LANG_ALT: "description", Kind.LIST: "keywords", Kind.INT: "maxAvailWidth",
            Kind.INT_LIST: "modelAges", Kind.NUMBER: "imageRating", Kind.DATE: "dateCreated",
            Kind.STRUCT: "creatorContactInfo", Kind.STRUCTS: "locationsShown"}
NESTED = {
    "imageRegion": [
        [{"regionBoundary": {"rbShape": "polygon", "rbVertices": [{"rbX": 1.0, "rbY": 2.0}, {"rbX": 1.0, "rbY": 2.0}]},
          "name": {"de": "Kopf"}, "rCtype": [{"name": "x", "identifiers": ["a"]}]}],
        [{"regionBoundary": {"rbVertices": [{"rbX": 1, "rbY": 2.0}]}}],
        [{"regionBoundary": {}}], [{"rId": "r1"}, {"rId": "r1"}, {"rId": "r2"}],
    ],
    "personsShown": [[{"name": "A", "characteristics": [{"cvId": "x"}, {"cvId": "x"}, {"cvTermName": {"fr": "y"}}]}],
                     [{"characteristics": [{}]}]],
    "artworkOrObjects": [[{"dateCreated": "1890-07"}], [{"dateCreated": "1890-02-31"}], [{"creatorNames": ["a", "a"]}]],
}


def _cases():
    for kind, values in AWKWARD.items():
        for v in values:
            yield _OF_KIND[kind], v
    for pid, values in NESTED.items():
        for v in values:
            yield pid, v


def _same(a, b) -> bool:
    # key order is part of the output (dict == ignores it); NaN never reaches either side
    return json.dumps(a) == json.dumps(b)


@pytest.mark.parametrize("pid,value", list(_cases()), ids=repr)
def test_canon_agrees_with_the_model_or_leaves_the_value_to_it(pid, value):
    fast = canon.value(pid, value)
    by_model = model.validated_value(pid, value)
    if fast is not canon.DEFER:
        assert _same(fast, by_model), (fast, by_model)
    assert _same(model.canonical_value(pid, value), by_model)


def test_a_whole_record_is_the_models_in_the_models_order():
    values = {p: v for p, v in reversed(list(_cases()))}   # one value per property, keys reversed
    # a string for a number is the model's to take (lax mode) or refuse; id is the model's field
    values |= {"keywords": ["b", "a", "b"], "maxAvailWidth": "5", "imageRating": "x", "id": "x-1", "bogus": 1}
    got = model.canonical(values)
    assert list(got.items()) == list(model.validated(values).items())
    assert list(got)[0] == "id" and "bogus" not in got and got["maxAvailWidth"] == 5 and "imageRating" not in got
    plain = {k: v for k, v in values.items() if k in BY_ID}
    done, rest = canon.split(plain)
    assert list(canon.in_order(done)) == [p.id for p in PROPS if p.id in done]
    assert done and rest   # both paths are exercised
