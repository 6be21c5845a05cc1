"""Core write path: what a write must keep, and where it may write."""

from __future__ import annotations

import os
import struct
from pathlib import Path

from conftest import exiftool, make_jpeg

from captionist.model import CaptionRecord
from captionist.pipeline import Options, embed


def _seg(marker: int, body: bytes) -> bytes:
    return b"\xff" + bytes([marker]) + struct.pack(">H", len(body) + 2) + body


def _record(**kw) -> CaptionRecord:
    return CaptionRecord.model_validate({"id": "r", "headline": "Kyiv", **kw})


def test_several_jpeg_comments_survive_a_write(tmp_path):
    path = make_jpeg(tmp_path / "c.jpg")
    data = path.read_bytes()
    coms = _seg(0xFE, b"first comment") + _seg(0xFE, b"second comment")
    # after the APPn segments, where encoders put them
    sof = data.index(b"\xff\xdb")
    path.write_bytes(data[:sof] + coms + data[sof:])
    out = embed(path, _record(), Options(fsync=False))
    assert out.status == "written", out.error
    new = path.read_bytes()
    assert coms in new
    assert new.count(b"\xff\xfe") == 2
    assert exiftool(path, "-Headline")["IPTC:Headline"] == "Kyiv"


def test_in_place_write_through_a_symlink_keeps_the_link(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "links").mkdir()
    real = make_jpeg(tmp_path / "real" / "a.jpg")
    link = tmp_path / "links" / "a.jpg"
    link.symlink_to(Path("..") / "real" / "a.jpg")
    out = embed(link, _record(), Options(fsync=False))
    assert out.status == "written", out.error
    assert link.is_symlink()
    assert exiftool(real, "-Headline")["IPTC:Headline"] == "Kyiv"
    assert not [p for p in (tmp_path / "links").iterdir() if p != link]
    assert not [p for p in (tmp_path / "real").iterdir() if p != real]


def test_in_place_write_keeps_owner_and_group(tmp_path):
    """As root (CI) the file belongs to another user; otherwise to one of our other groups."""
    path = make_jpeg(tmp_path / "o.jpg")
    if os.geteuid() == 0:
        uid, gid = 12345, 23456
    else:
        uid = os.getuid()
        gid = next((g for g in os.getgroups() if g != os.getgid()), os.getgid())
    os.chown(path, uid, gid)
    os.chmod(path, 0o640)
    out = embed(path, _record(), Options(fsync=False))
    assert out.status == "written", out.error
    st = os.stat(path)
    assert (st.st_uid, st.st_gid, st.st_mode & 0o7777) == (uid, gid, 0o640)


def test_a_name_near_the_file_system_limit_can_be_written(tmp_path):
    name = "Київ-" * 26 + "abc.jpg"            # 241 bytes: fits, but its temp name did not
    assert 230 < len(name.encode()) <= 255
    path = make_jpeg(tmp_path / name)
    out = embed(path, _record(), Options(fsync=False))
    assert out.status == "written", out.error
    assert exiftool(path, "-Headline")["IPTC:Headline"] == "Kyiv"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_append_one_language_to_a_lang_alt_without_x_default_does_not_mix_languages(tmp_path):
    import subprocess
    path = make_jpeg(tmp_path / "l.jpg")
    subprocess.run(["exiftool", "-q", "-overwrite_original", "-XMP-dc:Description-nl=Oud NL",
                    "-XMP-dc:Description-en=Old EN", str(path)], check=True)
    from captionist.plan import Policy
    out = embed(path, CaptionRecord.model_validate({"id": "r", "description": {"en": "New EN"}}),
                Options(fsync=False, policy=Policy("append")))
    assert out.status == "written", out.error
    got = exiftool(path, "-XMP-dc:Description*", "-IPTC:Caption-Abstract")
    assert got["XMP-dc:Description-en"] == "Old EN New EN"
    assert got["XMP-dc:Description-nl"] == "Oud NL"
    assert got["XMP-dc:Description"] == "Oud NL"
    assert got["IPTC:Caption-Abstract"] == "Oud NL"


def test_texts_that_begin_with_type_are_written_as_they_are(tmp_path):
    # exiv2 reads a value that begins with "type=" as an array marker (the roundtrip property
    # test found a creator named "type="); list items and a bare "type=" go in behind an escape
    # and come back unchanged
    path = make_jpeg(tmp_path / "t.jpg")
    rec = _record(headline="type=", creatorNames=["type=", "type=x y"], keywords=["type=Bag"],
                  locationCreated=[{"city": "type="}])
    out = embed(path, rec, Options(fsync=False))
    assert out.status == "written", out.error
    et = exiftool(path, "-XMP:all")
    assert et["XMP-photoshop:Headline"] == "type="
    assert et["XMP-dc:Creator"] == ["type=", "type=x y"]
    assert et["XMP-dc:Subject"] == ["type=Bag"]
    assert et["XMP-iptcExt:LocationCreated"] == [{"City": "type="}]
    assert "\ue000" not in path.read_bytes().decode("utf-8", "replace")


def test_a_plain_text_exiv2_cannot_hold_is_refused_and_the_file_kept(tmp_path):
    # a simple property whose text begins with "type=" and goes on is parsed again by exiv2
    # whenever it reads the packet ('type=Struct note' comes back as a Struct marker): the
    # read-back check refuses the write, names the field, and the original stays as it was
    path = make_jpeg(tmp_path / "t.jpg")
    before = path.read_bytes()
    out = embed(path, _record(headline="type=Struct note"), Options(fsync=False))
    assert out.status == "failed"
    assert "field headline" in out.error and "nothing was replaced" in out.error
    assert path.read_bytes() == before
