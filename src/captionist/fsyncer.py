"""A group commit's fsyncs in a helper process, out of this interpreter (issue 14;
CAPTIONIST_GROUP_SYNC=helper, see `files.GROUP_SYNC`).

With the fsyncs in threads of the captioning process, each one takes the interpreter lock to
start and again to report, and the captioning thread loses it to them at its next system call
and waits to get it back: measured, the captioning thread spent 0.27-0.3 ms a file more with
the fsync threads than without them (docs/architecture.md, "Group commit and crashes"). Here a
helper process, forked once per captioning process, receives each temp file's descriptor over
a Unix socket (SCM_RIGHTS, unix(7): the helper's descriptor shares the open file, and with it
the writeback error state fsync(2) reports), fsyncs it in threads of its own, and answers with
the descriptor's number in the group and the error, if any. The captioning process keeps its
own descriptor: when the helper is gone (killed, or the socket fails) it fsyncs the files
itself, so every temp is on disk before its rename whatever happens to the helper.

The helper ends when the socket's other end closes: when this process exits or is killed, or
`shutdown()` (which also waits for it, so that its CPU is counted with this process's).
"""

from __future__ import annotations

import atexit
import os
import queue
import struct
import threading

_REQ = struct.Struct("=q")          # the request's number; the descriptor rides as SCM_RIGHTS
_ANS = struct.Struct("=qi")         # the request's number, errno (0: on disk)
THREADS = 8                         # fsyncs in flight at once (see files.SYNC_THREADS)

_helper: "Helper | None" = None
_forking = False


class Helper:
    def __init__(self) -> None:
        global _forking
        import socket       # here, not at import: a one-file embed never forks a helper (tests/test_startup_embed.py)
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        _forking = True
        try:
            pid = os.fork()
        finally:
            _forking = False
        if pid == 0:                                # the helper: never returns
            ours.close()
            _serve(theirs)
        theirs.close()
        self.sock, self.pid = ours, pid
        self.seq = 0
        self.answers: dict[int, int] = {}
        self.gone = False

    def send(self, fd: int) -> int | None:
        """Hand `fd` over to be fsynced: the request's number, or None when the helper is gone."""
        if self.gone:
            return None
        self.seq += 1
        import socket
        try:
            socket.send_fds(self.sock, [_REQ.pack(self.seq)], [fd])
        except OSError:
            self._lost()
            return None
        return self.seq

    def wait(self, seq: int) -> int | None:
        """The errno of request `seq`'s fsync (0: on disk), or None when the helper is gone
        before answering (the caller then fsyncs the file itself)."""
        while seq not in self.answers:
            if self.gone:
                return None
            try:
                data = self.sock.recv(_ANS.size)
            except OSError:
                data = b""
            if len(data) != _ANS.size:
                self._lost()
                return None
            n, err = _ANS.unpack(data)
            self.answers[n] = err
        return self.answers.pop(seq)

    def _lost(self) -> None:
        self.gone = True
        self.answers.clear()
        self.close()

    def close(self) -> None:
        try:
            self.sock.close()
        finally:
            if self.pid:
                try:
                    os.waitpid(self.pid, 0)
                except ChildProcessError:
                    pass
                self.pid = 0


def _serve(sock: socket.socket) -> None:
    """The helper's loop: fsync each descriptor received, in THREADS threads, answer each."""
    import socket
    code = 0
    try:
        # only the socket: the parent's other descriptors (a lease on an original, a temp, a
        # replaced file waiting to be closed) must not live on here
        keep = sock.fileno()
        os.closerange(3, keep)
        os.closerange(keep + 1, max(keep + 2, os.sysconf("SC_OPEN_MAX")))
        jobs: queue.SimpleQueue = queue.SimpleQueue()
        lock = threading.Lock()

        def syncer() -> None:
            while True:
                seq, fd = jobs.get()
                err = 0
                try:
                    os.fsync(fd)
                except OSError as e:
                    err = e.errno or 5      # EIO when the kernel gave no number
                finally:
                    os.close(fd)
                with lock:
                    sock.send(_ANS.pack(seq, err))

        for _ in range(THREADS):
            threading.Thread(target=syncer, daemon=True).start()
        while True:
            msg, fds, _, _ = socket.recv_fds(sock, _REQ.size, 1)
            if not msg:
                break                   # the captioning process is gone, or shut us down
            jobs.put((_REQ.unpack(msg)[0], fds[0]))
    except BaseException:  # noqa: BLE001 - nothing may run on in a forked child
        code = 1
    finally:
        os._exit(code)


def settle(sent: list[tuple[Helper, int | None]], fds: list[int]) -> list[tuple[int, OSError]]:
    """Wait for the helper's answer for each (helper, request number) `sent`; a file it did
    not answer for (it is gone) is fsynced here, through this process's descriptor in `fds`.
    Returns the failed files' indexes and errors."""
    errors = []
    for i, ((helper, seq), fd) in enumerate(zip(sent, fds)):
        err = helper.wait(seq) if seq is not None else None
        if err is None:
            try:
                os.fsync(fd)
            except OSError as e:
                errors.append((i, e))
        elif err:
            errors.append((i, OSError(err, os.strerror(err))))
    return errors


def get() -> Helper:
    """This process's helper, started on first use (and again after it was lost)."""
    global _helper
    if _helper is None or _helper.gone:
        _helper = Helper()
    return _helper


def shutdown() -> None:
    """End this process's helper and wait for it (a process about to exit)."""
    global _helper
    if _helper is not None:
        h, _helper = _helper, None
        h.close()


def _after_fork_in_child() -> None:
    """A forked child (a batch worker, exiv2's guard) does not share its parent's helper: it
    drops its copy of the socket (the parent's stays open) and starts its own when it needs one."""
    global _helper
    if _forking:                # the helper itself: its socket is `theirs`, already in hand
        return
    if _helper is not None:
        try:
            _helper.sock.close()
        except OSError:
            pass
        _helper.pid = 0         # not this process's child
        _helper = None


os.register_at_fork(after_in_child=_after_fork_in_child)
atexit.register(shutdown)
