"""A CLI run killed (SIGKILL) or stopped (SIGTERM) at random points of a 150-file batch leaves
every file whole, SIGTERM leaves no temp file and exits non-zero with a summary, and a rerun
removes the temps a SIGKILL left and finishes the batch (issue 11, item 3)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import ROOT, exiftool_many
from daemon_helpers import jpeg_bytes, write_records

from captionist import files, tempfiles

N = 150


def _run(folder: Path, records: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    # its own process group: a run that hangs is killed whole (workers too) by _finish
    return subprocess.Popen([sys.executable, "-m", "captionist.cli", "embed", str(folder), "--records", str(records),
                             "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            start_new_session=True)


def _finish(p: subprocess.Popen, what: str, timeout: float = 120) -> tuple[str, str]:
    """`p.communicate()`, bounded: a run (or a worker of it holding its stdout) that has not
    ended in `timeout` seconds fails the test, with the processes left, and is killed."""
    try:
        return p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        left = subprocess.run(["ps", "-o", "pid,ppid,stat,wchan:24,args", "-g", str(p.pid)],
                              capture_output=True, text=True).stdout
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate(timeout=30)
        raise AssertionError(f"{what}: not ended after {timeout} s (a hang); its processes:\n{left}\n"
                             f"stderr:\n{err[-3000:]}") from None


def _scan(data: bytes) -> bytes:
    return data[data.index(b"\xff\xda"):]


def _temps(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if files.is_temp(p)]


def _check_whole(folder: Path, originals: dict[str, bytes]) -> None:
    for name, data in originals.items():
        now = (folder / name).read_bytes()
        assert _scan(now) == _scan(data), f"{name} is not whole"


def test_kills_at_random_points_then_a_rerun(tmp_path):
    rnd = random.Random(11)
    folder = tmp_path / "batch"
    folder.mkdir()
    originals = {f"p{i:03d}.jpg": jpeg_bytes(i, (320, 240)) for i in range(N)}
    records = tmp_path / "records.json"
    write_records(records, [Path(n).stem for n in originals])

    def reset():
        for name, data in originals.items():
            (folder / name).write_bytes(data)

    reset()
    t0 = time.monotonic()
    p = _run(folder, records)
    _finish(p, "the first run")
    span = time.monotonic() - t0      # calibrates the kill points (not asserted)
    assert p.returncode == 0
    kills = [signal.SIGKILL, signal.SIGTERM] * 3
    left_by_kill = 0
    for sig in kills:
        reset()
        p = _run(folder, records)
        time.sleep(rnd.uniform(0.05, span))
        p.send_signal(sig)
        out, err = _finish(p, f"the run stopped by {sig.name}")
        assert "Traceback" not in err, err
        _check_whole(folder, originals)
        if sig == signal.SIGTERM and p.returncode != 0:
            # stopped mid-run: a clean stop (128 + 15), a summary, and no temp file behind
            assert p.returncode in (143, -15), (p.returncode, err)
            if p.returncode == 143:
                assert "stopped by SIGTERM" in err
                assert json.loads(err.splitlines()[-2])["summary"]["stopped"]["signal"] == "SIGTERM"
            assert not _temps(folder)
        if sig == signal.SIGKILL:
            left_by_kill += len(_temps(folder))
        # the rerun finishes the batch and removes what a killed run left
        p = _run(folder, records)
        out, err = _finish(p, f"the rerun after {sig.name}")
        assert p.returncode == 0, err
        assert not _temps(folder)
        _check_whole(folder, originals)
    heads = exiftool_many(sorted(folder.iterdir()), "-XMP-photoshop:Headline")
    assert all(h["XMP-photoshop:Headline"] == f"Headline {Path(h['SourceFile']).stem}" for h in heads)


def test_a_rerun_removes_orphaned_temps_but_not_live_ones(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    (folder / "p000.jpg").write_bytes(jpeg_bytes(0))
    records = tmp_path / "records.json"
    write_records(records, ["p000"])
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    tag = tempfiles.host_tag()
    orphan = folder / f".p000.jpg.{dead_pid}-{tag}-0badc0de{tempfiles.TEMP_MARK}"
    live = folder / f".p000.jpg.{os.getpid()}-{tag}-0badc0de{tempfiles.TEMP_MARK}"
    foreign = folder / f".p000.jpg.{dead_pid}-ffffff-0badc0de{tempfiles.TEMP_MARK}"
    for p in (orphan, live, foreign):
        p.write_bytes(b"partial")
    p = _run(folder, records)
    out, err = _finish(p, "the run")
    assert p.returncode == 0, err
    assert f"removed a temp file left by a stopped run: {orphan}" in err
    assert not orphan.exists()
    assert live.exists()        # its owner (this test) is alive
    assert foreign.exists() or tag == "ffffff"   # another machine's: only when a day old
    old = time.time() - tempfiles.FOREIGN_MAX_AGE - 60
    os.utime(foreign, (old, old))
    p = _run(folder, records)
    _finish(p, "the second run")
    assert not foreign.exists()


def test_out_folder_that_cannot_be_created_is_a_clear_error(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file, not a folder")
    (tmp_path / "p000.jpg").write_bytes(jpeg_bytes(0))
    records = tmp_path / "records.json"
    write_records(records, ["p000"])
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    res = subprocess.run([sys.executable, "-m", "captionist.cli", "embed", str(tmp_path / "p000.jpg"), "--records",
                          str(records), "--out", str(blocker / "sub")], capture_output=True, text=True, env=env,
                         timeout=120)
    assert res.returncode == 1
    assert "Traceback" not in res.stderr
    assert f"{blocker / 'sub'}: cannot create the output folder: Not a directory" in res.stderr
