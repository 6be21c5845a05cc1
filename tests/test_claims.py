"""Files handed out one at a time to a batch's workers (`captionist.claims`, issue 14): every
index is taken exactly once whichever process reads it, the reads end when none is left, and a
batch whose files share a key keeps its fixed shares."""

from __future__ import annotations

import os
from pathlib import Path

from captionist import batch
from captionist.claims import Claims


def _taken_in_child(claims: Claims, delay_every: int) -> tuple[int, int]:
    """Fork a reader; returns (pid, read end of the pipe that carries what it took)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:    # pragma: no cover - the child
        try:
            os.close(r)
            got = []
            for n, i in enumerate(claims):
                got.append(i)
                if delay_every and n % delay_every == 0:
                    os.sched_yield()
            os.write(w, ",".join(map(str, got)).encode() or b"-")
        finally:
            os._exit(0)
    os.close(w)
    return pid, r


def _read_all(fd: int) -> list[int]:
    data = b""
    while chunk := os.read(fd, 1 << 16):
        data += chunk
    os.close(fd)
    return [] if data in (b"", b"-") else [int(x) for x in data.decode().split(",")]


def test_every_index_is_taken_once_by_one_of_the_readers():
    claims = Claims.open(5000)
    assert claims is not None
    kids = [_taken_in_child(claims, every) for every in (1, 7, 0)]
    claims.close()     # the parent's own copy: the children keep theirs
    got = []
    for pid, fd in kids:
        mine = _read_all(fd)
        os.waitpid(pid, 0)
        assert mine == sorted(mine)        # each reader takes them in order
        got += mine
    assert sorted(got) == list(range(5000))


def test_the_reads_end_when_nothing_is_left():
    claims = Claims.open(3)
    assert list(claims) == [0, 1, 2]
    assert list(claims) == []              # EOF, not a wait: no write end is left open
    claims.close()
    assert list(Claims.open(0) or [1]) == []


def test_a_batch_too_big_for_a_pipe_keeps_fixed_shares():
    # 4 MiB of indices do not fit a default 64 KiB pipe: no claims, the caller cuts shares
    assert Claims.open(1 << 20) is None


def test_only_a_batch_of_distinct_keys_is_handed_out_one_at_a_time(tmp_path):
    names = [f"a{i:02d}.jpg" for i in range(10)]
    for n in names:
        (tmp_path / n).write_bytes(b"x")
    paths = [tmp_path / n for n in names]
    shares, distinct = batch._shares(paths, 2, None)
    assert shares == [(0, paths[:5]), (5, paths[5:])] and distinct
    # a09.tif shares a09.xmp with a09.jpg in the same share: fixed shares hold, claims would not
    (tmp_path / "a09.tif").write_bytes(b"x")
    shares, distinct = batch._shares([*paths, tmp_path / "a09.tif"], 2, None)
    assert shares is not None and not distinct
    # across shares: no shares at all (one process), as `split` says
    assert batch._shares([*paths, tmp_path / "a00.tif"], 2, None) == (None, False)
    assert batch.split([*paths, tmp_path / "a00.tif"], 2) is None


def test_a_slow_worker_takes_fewer_files_and_every_file_is_done_once(tmp_path, monkeypatch):
    import time

    from test_parallel import _folder

    from captionist import pipeline
    from captionist.files import GroupCommit
    from captionist.model import CaptionRecord

    folder, _, _ = _folder(tmp_path, 40)
    paths = sorted(folder.glob("*.jpg"))
    slow_flag = tmp_path / "slow"
    real = pipeline.embed

    def embed(path, record, opts, group):
        try:     # the first worker to get here is the slow one
            os.close(os.open(slow_flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            os.environ["TEST_SLOW"] = "1"
        except FileExistsError:
            pass
        if os.environ.get("TEST_SLOW"):
            time.sleep(0.05)
        out = real(path, record, opts, group)
        out.warnings.append(f"pid {os.getpid()}")
        return out

    monkeypatch.setattr(pipeline, "embed", embed)
    rec = CaptionRecord.model_validate({"id": "all", "match": {"file": "p*.jpg"}, "headline": "Lviv"})
    outs = batch.run_batch(paths, None, pipeline.Options(), batch_size=len(paths), record=rec,
                           group=GroupCommit(max_files=4), workers=2)
    assert sorted(o.path for o in outs) == paths
    assert all(o.status == "written" for o in outs), [o.error for o in outs if o.error]
    by_pid: dict[str, int] = {}
    for o in outs:
        by_pid[o.warnings[-1]] = by_pid.get(o.warnings[-1], 0) + 1
    # fixed shares would give each 20; the slow one (50 ms a file) takes far fewer
    assert len(by_pid) == 2 and min(by_pid.values()) < 15, by_pid
