"""One ExifTool process per test process (`-stay_open`), the independent reader of the tests.

Starting Perl and loading ExifTool costs about 0.1 s of CPU, and the tests read files back
many hundreds of times. ExifTool's stay-open mode reads one command's arguments a line at a
time from stdin; `-execute` runs them (each command with its own options, as a new call
would) and prints `{ready}` on stdout; `-echo4 TEXT` prints TEXT on stderr once the command
is done, so errors ("Error: File not found") are read up to that mark. An "Error" line counts
as the exit status 1 a separate call would have had.

Arguments an argument file cannot carry as they are (a line break, leading or trailing
spaces, a leading '#') and relative paths (this process keeps the folder it started in) go
to a separate call, as before.
"""

from __future__ import annotations

import atexit
import os
import subprocess
import threading

_DONE = "{captionist-test-done}"


class StayOpen:
    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.lock = threading.Lock()

    def _start(self) -> subprocess.Popen:
        if self.proc is None or self.proc.poll() is not None:
            self.proc = subprocess.Popen(["exiftool", "-stay_open", "True", "-@", "-"], stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        return self.proc

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.proc.stdin.write(b"-stay_open\nFalse\n")
                self.proc.stdin.flush()
                self.proc.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()
        self.proc = None

    @staticmethod
    def _fits(args: list[str]) -> bool:
        return all(a == a.strip() and "\n" not in a and "\r" not in a and not a.startswith("#")
                   and (a.startswith("-") or os.path.isabs(a) or "=" in a) for a in args)

    def run(self, args: list[str]) -> bytes:
        """ExifTool's stdout for `exiftool ARGS`; CalledProcessError as `check=True` would raise."""
        if not self._fits(args):
            return subprocess.run(["exiftool", *args], capture_output=True, check=True).stdout
        with self.lock:
            proc = self._start()
            proc.stdin.write("".join(f"{a}\n" for a in [*args, "-echo4", _DONE, "-execute"]).encode("utf-8"))
            proc.stdin.flush()
            out = []
            for line in iter(proc.stdout.readline, b""):
                if line.rstrip(b"\r\n") == b"{ready}":
                    break
                out.append(line)
            else:
                raise RuntimeError("the ExifTool process ended")
            err = []
            for line in iter(proc.stderr.readline, b""):
                if line.rstrip(b"\r\n") == _DONE.encode():
                    break
                err.append(line)
        stdout, stderr = b"".join(out), b"".join(err)
        if any(line.startswith(b"Error") for line in err):
            raise subprocess.CalledProcessError(1, ["exiftool", *args], stdout, stderr)
        return stdout


EXIFTOOL = StayOpen()
atexit.register(EXIFTOOL.close)
