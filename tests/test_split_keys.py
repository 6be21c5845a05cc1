"""The batch's share keys and the orphan sweep on strings (issue 14: the parent's time before
the fork): the same answers as the Path-based code they replace."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path, PurePath

from captionist import batch, tempfiles


def _path_keys(path, out_dir):
    """The keys as `batch._keys` made them from Path objects (round 31)."""
    path = Path(path)
    try:
        st = os.stat(path)
        same = ("file", st.st_dev, st.st_ino)
    except OSError:
        same = ("file", str(path))
    keys = [same, ("sidecar", os.path.abspath(path.parent), path.stem.lower())]
    if out_dir is not None:
        keys.append(("out", path.name.lower()))
    return keys


def test_stem_is_the_pure_paths():
    for name in ["a.jpg", "A.B.JPG", ".hidden", "x.", "noext", "..", "", ".a.b", "a..b"]:
        assert batch._stem(name) == PurePath(name).stem, name


def test_keys_on_strings_equal_the_path_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    for name in ["a.jpg", "B.JPG", ".hid", "x.", "sub/c.tif", "sp ace.jpeg"]:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "sub" / "link.jpg").symlink_to(tmp_path / "a.jpg")
    given = [Path("a.jpg"), "B.JPG", Path(".hid"), Path("x."), Path("sub/c.tif"), Path("sub/link.jpg"),
             tmp_path / "sp ace.jpeg", Path("missing.jpg"), "sub//c.tif", "./a.jpg", Path("../" + tmp_path.name + "/a.jpg"),
             Path("/"), Path("."), "..", str(tmp_path / "sub") + "/"]
    folders: dict[str, str] = {}
    for p in given:
        for out in (None, tmp_path / "out"):
            want = _path_keys(p, out)
            assert batch._keys(p, out) == want, p
            assert batch._keys(p, out, folders) == want, p     # the folder cache changes nothing


def test_split_still_keeps_a_symlink_and_its_target_together(tmp_path):
    paths = [tmp_path / f"a{i:02d}.jpg" for i in range(10)]
    for p in paths:
        p.write_bytes(b"x")
    (tmp_path / "z.jpg").symlink_to(paths[0])
    assert batch.split([*paths, tmp_path / "z.jpg"], 2) is None
    assert batch.split(paths, 2) == [(0, paths[:5]), (5, paths[5:])]


def test_the_orphan_sweep_takes_a_folder_once_whatever_its_spelling(tmp_path):
    dead = subprocess.Popen(["true"])
    dead.wait()
    temp = tmp_path / f".a.jpg.{dead.pid}-{tempfiles.host_tag()}-0{tempfiles.TEMP_MARK}"
    temp.write_bytes(b"x")
    assert tempfiles.remove_orphans([tmp_path, str(tmp_path), tmp_path]) == [temp]
    assert not temp.exists()
