"""The group commit's fsyncs in a helper process (captionist.fsyncer, CAPTIONIST_GROUP_SYNC=helper,
issue 14): every temp is on disk before its rename (the power cut right after `embed` is
tests/test_group_sync.py's, with CAPTIONIST_GROUP_SYNC=helper), a helper that is killed leaves the commit to fsync the files itself,
the helper reports an fsync's error, keeps none of its parent's other descriptors, and a
forked process does not share its parent's helper."""

from __future__ import annotations

import errno
import os
import signal

from captionist import files, fsyncer


def _helper_group(monkeypatch) -> files.GroupCommit:
    monkeypatch.setattr(files, "GROUP_SYNC", "helper")
    group = files.GroupCommit()
    assert group.by_helper
    return group


def test_a_killed_helper_leaves_the_fsyncs_to_the_commit(tmp_path, monkeypatch):
    group = _helper_group(monkeypatch)
    targets = [tmp_path / f"f{i}.bin" for i in range(6)]
    for i, t in enumerate(targets[:3]):
        files.atomic_write(t, [f"first {i}".encode()], group=group)
    helper = fsyncer.get()
    os.kill(helper.pid, signal.SIGKILL)
    for i, t in enumerate(targets[3:], 3):
        files.atomic_write(t, [f"first {i}".encode()], group=group)
    failed = group.commit()
    assert failed == {}
    assert [t.read_bytes() for t in targets] == [f"first {i}".encode() for i in range(6)]
    assert helper.gone
    # the next group gets a new helper, which answers
    assert fsyncer.get() is not helper and not fsyncer.get().gone
    files.atomic_write(targets[0], [b"second"], group=group)
    assert group.commit() == {} and targets[0].read_bytes() == b"second"
    assert not [p for p in tmp_path.iterdir() if files.is_temp(p)]


def test_the_helper_reports_an_fsync_error():
    helper = fsyncer.get()
    r, w = os.pipe()                 # fsync(2) of a pipe fails with EINVAL
    try:
        seq = helper.send(r)
        assert seq is not None
        assert helper.wait(seq) == errno.EINVAL
    finally:
        os.close(r)
        os.close(w)
    with open(__file__, "rb") as f:
        seq = helper.send(f.fileno())
        assert helper.wait(seq) == 0


def test_the_helper_keeps_only_its_socket(tmp_path):
    fsyncer.shutdown()
    held = open(tmp_path / "held.bin", "wb")
    try:
        helper = fsyncer.get()
        assert helper.wait(helper.send(held.fileno())) == 0      # the helper is in its loop
        fds = set(os.listdir(f"/proc/{helper.pid}/fd"))
        targets = {n: os.readlink(f"/proc/{helper.pid}/fd/{n}") for n in fds}
        assert str(tmp_path / "held.bin") not in targets.values()
        assert sum(t.startswith("socket:") for t in targets.values()) == 1, targets
        # past stdin/out/err: the socket alone
        assert [n for n, t in targets.items() if int(n) > 2 and not t.startswith("socket:")] == [], targets
    finally:
        held.close()
        fsyncer.shutdown()


def test_a_forked_child_does_not_share_the_helper():
    parent_helper = fsyncer.get()
    pid = os.fork()
    if pid == 0:
        ok = fsyncer._helper is None and fsyncer.get().pid != parent_helper.pid
        fsyncer.shutdown()
        os._exit(0 if ok else 1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with open(__file__, "rb") as f:
        assert parent_helper.wait(parent_helper.send(f.fileno())) == 0
    fsyncer.shutdown()
    assert parent_helper.pid == 0        # waited for
