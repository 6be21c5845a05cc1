"""`reader.decode_all` skips the properties a file has no entry for (issue 14: most of the ~70
properties are absent from a camera file); the skip must never change a value. Every corpus
file is decoded both ways, and a `Snapshot`'s values, reconciled once, are the same whole or
in part as reconciling just that part."""

from __future__ import annotations

import pytest

from captionist import codec, reader
from captionist.errors import CaptionistError
from captionist.standard import PROPS

from conftest import CORPUS

FILES = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in
               {".jpg", ".jpeg", ".tif", ".tiff", ".png", ".webp", ".xmp", ".heic", ".dng", ".cr2", ".nef"})


def _every_property(raw) -> dict[str, dict]:
    """The decoders called for every property, present or not (what decode_all did before)."""
    nx = codec.normalise_xmp(raw.xmp)
    out = {"xmp": {}, "iim": {}, "exif": {}}
    for p in PROPS:
        for block, value in (("xmp", codec.xmp_decode(p, nx)), ("iim", codec.iim_decode(p, raw.iptc)),
                             ("exif", codec.exif_decode(p, raw.exif))):
            if value is not None:
                out[block][p.id] = value
    return out


def _snapshots():
    for path in FILES:
        try:
            yield path, reader.load(path)
        except CaptionistError:
            continue        # the malformed part of the corpus: nothing to decode


def test_the_corpus_is_there():
    assert len(FILES) >= 30, FILES


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(CORPUS)) for p in FILES])
def test_skipping_absent_properties_changes_no_value(path):
    try:
        snap = reader.load(path)
    except CaptionistError:
        return          # malformed on purpose: nothing to decode (test_bad_records covers it)
    for raw in (snap.raw, snap.sidecar_raw):
        if raw is not None:
            assert reader.decode_all(raw) == _every_property(raw)


def test_values_in_part_equal_reconciling_that_part():
    seen = 0
    for path, snap in _snapshots():
        whole = snap.values()
        if not whole:
            continue
        seen += 1
        assert whole == reader.reconcile(snap.raw, snap.sidecar_raw)
        ids = list(whole)
        for part in (ids[:1], ids[1::2], [*ids[-2:], "locationCreated", "headline"]):
            assert snap.values(only=part) == reader.reconcile(snap.raw, snap.sidecar_raw, only=part), (path, part)
        # a caller changing what it was given does not change the snapshot
        whole.clear()
        assert snap.values() == reader.reconcile(snap.raw, snap.sidecar_raw)
    assert seen >= 20
