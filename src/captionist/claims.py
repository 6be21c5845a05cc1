"""A batch's files handed out one at a time to its worker processes (issue 14).

Cut into fixed contiguous shares, a 300-file batch on 2 cores ended with one worker idle for
70-80 ms while the other finished its share (quiet XFS timelines, perfile39: the worker that
started later, or that shared its core with the parent's reports, fell behind), ~6% of the
wall. Here every index is written, before the fork, into a pipe whose write end is then
closed; each worker reads 4 bytes for its next file, so the faster one takes more and both end
within one file of each other. A pipe's read runs under the pipe's lock and loops until it has
the bytes asked for (Linux `pipe_read`), and every record is 4 bytes, so two workers never get
the same index nor half of one; with no write end left, a read at the end returns b"" (EOF):
no worker waits. A worker that dies loses only the file it was writing (its claimed,
unreported files are reported lost by `batch`, as before); the rest go to the others.

The indices must fit in the pipe at once (64 KiB by default: 16,384 files; one 4 KiB page
when the user's pipe pages are used up): otherwise `Claims.open` returns None and the batch
keeps its fixed shares.
"""

from __future__ import annotations

import os
import sys
from array import array

_ITEM = 4     # bytes an index: array("I") is 4 bytes on every platform CPython supports


class Claims:
    """The read end of a pipe holding the indices 0..count-1, each taken once by one reader."""

    def __init__(self, fd: int):
        self.fd = fd

    @classmethod
    def open(cls, count: int) -> Claims | None:
        """The indices of `count` files, or None when they do not fit in a pipe at once."""
        items = array("I", range(count))
        if items.itemsize != _ITEM:
            return None
        r, w = os.pipe()
        try:
            os.set_blocking(w, False)
            view = memoryview(items.tobytes())
            while view:
                view = view[os.write(w, view):]
        except BlockingIOError:
            os.close(r)
            return None
        finally:
            os.close(w)
        return cls(r)

    def __iter__(self):
        """Indices, each as this process takes it, until none is left."""
        while True:
            data = os.read(self.fd, _ITEM)
            if len(data) < _ITEM:
                return
            yield int.from_bytes(data, sys.byteorder)

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
