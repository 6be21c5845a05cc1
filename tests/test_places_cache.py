"""The place index cache keeps other checkouts' indexes (issue 9): an index of another digest
is deleted only when unused for 30 days; a use touches the index (at most once a day)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

from captionist.places.index import UNUSED_DAYS, ensure_index, prune_indexes

DAY = 86400


def _age(path, days: float) -> None:
    t = time.time() - days * DAY
    os.utime(path, (t, t))


def test_prune_keeps_recent_other_digests_and_removes_long_unused(tmp_path):
    mine = tmp_path / "places-1111111111111111.sqlite"
    recent = tmp_path / "places-2222222222222222.sqlite"      # another checkout, used last week
    stale = tmp_path / "places-3333333333333333.sqlite"       # nobody used it for 40 days
    leftover = tmp_path / ".places-abc.tmp"                    # a build killed long ago
    building = tmp_path / ".places-def.tmp"                    # a build running now
    other = tmp_path / "notes.txt"
    for p in (mine, recent, stale, leftover, building, other):
        p.write_bytes(b"x")
    _age(mine, 90)
    _age(recent, 7)
    _age(stale, UNUSED_DAYS + 10)
    _age(leftover, UNUSED_DAYS + 1)
    _age(other, 365)
    gone = prune_indexes(tmp_path, mine)
    assert sorted(gone) == sorted([stale, leftover])
    assert mine.exists() and recent.exists() and building.exists() and other.exists()
    assert not stale.exists() and not leftover.exists()


def test_prune_counts_a_recent_read_as_use(tmp_path):
    mine = tmp_path / "places-1111111111111111.sqlite"
    read = tmp_path / "places-2222222222222222.sqlite"
    for p in (mine, read):
        p.write_bytes(b"x")
    old = time.time() - 60 * DAY
    os.utime(read, (time.time() - DAY, old))      # atime yesterday, mtime two months ago
    assert prune_indexes(tmp_path, mine) == [] and read.exists()


def test_a_start_touches_its_index_and_keeps_another_checkouts(tmp_path):
    """A second process (as another checkout would start) with the cache in tmp_path: it finds
    its index (a copy of this checkout's, not rebuilt: same inode), marks it used, prunes only
    the long-unused index of another digest."""
    cache = tmp_path / "captionist"
    cache.mkdir()
    real = ensure_index()
    mine = cache / real.name
    shutil.copyfile(real, mine)
    _age(mine, 3)
    other = cache / "places-0000000000000000.sqlite"
    stale = cache / "places-ffffffffffffffff.sqlite"
    other.write_bytes(b"another checkout's index")
    stale.write_bytes(b"an index nobody used since")
    _age(other, 2)
    _age(stale, UNUSED_DAYS + 5)
    inode = mine.stat().st_ino
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path)}
    code = "from captionist.places.index import ensure_index; print(ensure_index())"
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == str(mine)
    assert mine.stat().st_ino == inode                        # used as it was, not rebuilt
    assert time.time() - mine.stat().st_mtime < DAY           # touched: in use
    assert other.exists() and other.read_bytes() == b"another checkout's index"
    assert not stale.exists()
