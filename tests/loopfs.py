"""Loop-mounted file systems for tests and benchmarks (root only, as in CI), and a measure of
how many of a file's bytes share extents with another file (FIEMAP through `filefrag -v`)."""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

MKFS = {
    "xfs": ["mkfs.xfs", "-q", "-f", "-m", "reflink=1"],
    "btrfs": ["mkfs.btrfs", "-q", "-f"],
    "ext4": ["mkfs.ext4", "-q", "-F"],
}


@contextlib.contextmanager
def mounted(fstype: str, size: str = "600M") -> Iterator[Path]:
    """A fresh `fstype` file system in a sparse image file under /tmp, loop-mounted; unmounted
    and removed afterwards whatever happens inside."""
    for tool in (MKFS[fstype][0], "mount", "umount"):
        if shutil.which(tool) is None:
            raise RuntimeError(f"{tool} is required: run `make test`, which installs it")
    work = Path(tempfile.mkdtemp(prefix=f"captionist-{fstype}-"))
    image, mnt = work / "fs.img", work / "mnt"
    mnt.mkdir()
    is_mounted = False
    try:
        subprocess.run(["truncate", "-s", size, str(image)], check=True)
        subprocess.run([*MKFS[fstype], str(image)], check=True, capture_output=True)
        subprocess.run(["mount", "-o", "loop", str(image), str(mnt)], check=True, capture_output=True)
        is_mounted = True
        yield mnt
    finally:
        if is_mounted:
            subprocess.run(["umount", str(mnt)], check=False, capture_output=True)
            if subprocess.run(["mountpoint", "-q", str(mnt)]).returncode == 0:
                subprocess.run(["umount", "-l", str(mnt)], check=False)
        shutil.rmtree(work, ignore_errors=True)


# " 0:   0..  2441:   24..  2465:   2442:   last,shared,eof" (filefrag -v, e2fsprogs)
_EXTENT = re.compile(r"^\s*\d+:\s+(\d+)\.\.\s*(\d+):\s+\d+\.\.\s*\d+:\s+(\d+):.*?([\w,]*)\s*$")


def extents(path: Path) -> list[tuple[int, int, set[str]]]:
    """(first logical block, block count, flags) of each extent of `path`, and the block size."""
    out = subprocess.run(["filefrag", "-v", "-b4096", str(path)], capture_output=True, text=True,
                         check=True).stdout
    found = []
    for line in out.splitlines():
        m = _EXTENT.match(line)
        if m:
            found.append((int(m.group(1)), int(m.group(3)), set(m.group(4).split(","))))
    return found


def shared_fraction(path: Path) -> float:
    """The part of `path`'s size held in extents the file system marks shared (reflinked)."""
    size = path.stat().st_size
    shared = sum(n for _, n, flags in extents(path) if "shared" in flags) * 4096
    return min(shared, size) / size if size else 0.0
