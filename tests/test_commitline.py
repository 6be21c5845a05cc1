"""A group committed in a thread while the next group is written (`captionist.commitline`,
issue 14): the commits run one at a time and in order, a commit's failure reaches the batch,
and a kill in the middle of a commit's renames, while the batch's thread is writing the next
group's temps, leaves every file its original or completely captioned; a rerun removes the
temps, writes what was not renamed and finds nothing to do for what was."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT
from daemon_helpers import jpeg_bytes, write_records
from loopfs import mounted
from resume_check import assert_resumed

from captionist import files
from captionist.commitline import Committer


def test_commits_run_one_at_a_time_in_order():
    events: list[str] = []
    gate = threading.Event()
    c = Committer()

    def first() -> None:
        events.append("first starts")
        gate.wait(10)
        events.append("first ends")

    c.start(first)
    events.append("batch goes on")          # the batch's thread is not held by the commit
    gate.set()
    c.start(lambda: events.append("second"))    # waits for the first to end
    c.wait()
    assert events.index("first ends") < events.index("second")
    assert "batch goes on" in events and len(events) == 4
    assert threading.current_thread() is threading.main_thread()


def test_a_commit_that_failed_is_raised_in_the_batch_and_not_twice():
    c = Committer()

    def fails() -> None:
        raise OSError(5, "the disk went away")

    c.start(fails)
    with pytest.raises(OSError, match="disk went away"):
        c.wait()
    c.wait()                    # told once
    c.start(fails)
    with pytest.raises(OSError):
        c.start(lambda: None)   # a hand-over first waits for the commit in progress


class _Stop(Exception):
    pass


def _alarm(signum, frame):
    raise _Stop()


def test_a_stop_while_waiting_ends_a_plain_wait_but_not_a_patient_one():
    old = signal.signal(signal.SIGALRM, _alarm)
    try:
        c = Committer()
        done = threading.Event()
        c.start(lambda: (time.sleep(0.5), done.set()))
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        with pytest.raises(_Stop):
            c.wait()                # a stop reaches the batch's thread while it waits
        assert not done.is_set()
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        c.wait(patient=True)        # the stop's cleanup: the group in commit finishes
        assert done.is_set()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


N = 150     # two worker processes of 75 files: a group of 64 committed while the next is written

# In each worker, the commit thread stops after its 5th rename until the batch's thread has
# handed a temp of the next group to its group (proof that they overlap), then the whole run
# (the parent, and with it both workers) is SIGKILLed.
_ENTRY = r"""
import os, signal, sys, threading, time
from captionist import files
publish, add = files._publish, files.GroupCommit.add
seen, added = [0], [0]
def counted_add(self, *a, **k):
    added[0] += 1
    return add(self, *a, **k)
def counted(*a, **k):
    if threading.current_thread().name == "captionist-commit":
        if seen[0] == 5:
            end = time.monotonic() + 60
            while added[0] <= 64 and time.monotonic() < end:
                time.sleep(0.005)
            sys.stderr.write(f"overlap: {added[0]} temps added\n"); sys.stderr.flush()
            os.kill(os.getppid(), signal.SIGKILL)
            os.kill(os.getpid(), signal.SIGKILL)
        seen[0] += 1
    return publish(*a, **k)
files._publish = counted
files.GroupCommit.add = counted_add
from captionist.cli import main
main(sys.argv[2:], prog_name="captionist")
"""


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CAPTIONIST_COMMIT_THREAD": "1"}
    return subprocess.run([sys.executable, "-c", *args], capture_output=True, text=True, env=env, timeout=600)


def _scan(data: bytes) -> bytes:
    return data[data.index(b"\xff\xda"):]


@pytest.mark.parametrize("fs", ["xfs", "btrfs"])
def test_a_kill_mid_commit_while_the_next_group_is_written_leaves_whole_files(fs):
    with mounted(fs, "800M") as mnt:
        folder = mnt / "in"
        folder.mkdir()
        originals = {f"p{i:03d}.jpg": jpeg_bytes(i, (160, 120)) for i in range(N)}
        for name, data in originals.items():
            (folder / name).write_bytes(data)
        records, journal = mnt / "records.json", mnt / "journal.sqlite"
        write_records(records, [Path(n).stem for n in originals])
        args = ["embed", str(folder), "--records", str(records), "--json", "--journal", str(journal),
                "--workers", "2"]

        killed = _run(_ENTRY, "x", *args)
        assert killed.returncode == -9, (killed.returncode, killed.stderr[-2000:])
        assert "overlap:" in killed.stderr, killed.stderr[-2000:]
        now = {name: (folder / name).read_bytes() for name in originals}
        new = sorted(n for n in originals if now[n] != originals[n])
        assert 0 < len(new) <= 2 * 5, new        # each worker renamed at most 5 before the kill
        for name in originals:
            assert _scan(now[name]) == _scan(originals[name]), name
        # temps of the group in commit and of the next group, which was being written
        temps = [p for p in folder.iterdir() if files.is_temp(p)]
        assert len(temps) > 64 - 5, len(temps)
        # nothing was reported: the group in commit had not finished (no journal rows)
        if journal.exists():
            con = sqlite3.connect(journal)
            try:
                rows = con.execute("SELECT count(*) FROM files").fetchone()[0]
            except sqlite3.OperationalError:
                rows = 0
            con.close()
            assert rows == 0

        rerun = _run("from captionist.cli import main; main(prog_name='captionist')", *args)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
        assert_resumed(rerun.stdout, folder, originals, new, journal, N)
