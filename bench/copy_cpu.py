"""The kernel's CPU for the copy a captioned JPEG needs where the file system cannot clone
(issue 14, ext4): each way of copying a warm 9.4 MB original into a new file, then its fsync
and the rename over the original, as `embed` does, counted in this process's user and kernel
CPU a file (`captionist.directcopy` chose from these).

    python bench/copy_cpu.py --dir /var/tmp/copybench --count 60     # the machine's own file system
    python bench/copy_cpu.py --dir /mnt/ext4 --methods cfr odmmap

Methods: cfr (copy_file_range, what captionist did), sendfile, rw1m (read/write of 1 MB),
odirect (pread into an aligned buffer, O_DIRECT write), odmmap (O_DIRECT write from an mmap of
the original: what captionist does now under the lease). The originals are copies of one
photo (bench/clone_bench.py's), read once so their pages are warm, and synced before timing.
On a loop-mounted image the loop device's own write into its backing file runs in a kernel
thread this process is not charged for, by any method: use the machine's own file system.
"""

from __future__ import annotations

import argparse
import mmap
import os
import resource
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
METHODS = ("cfr", "sendfile", "rw1m", "odirect", "odmmap")


def _ru() -> tuple[float, float]:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime, r.ru_stime


def _copy(method: str, fd: int, tmp: str, size: int, buf: mmap.mmap) -> int:
    direct = method in ("odirect", "odmmap")
    out = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | (os.O_DIRECT if direct else 0), 0o644)
    whole = size // 4096 * 4096
    if method == "cfr":
        left = size
        while left:
            left -= os.copy_file_range(fd, out, left)
    elif method == "sendfile":
        off = 0
        while off < size:
            off += os.sendfile(out, fd, off, size - off)
    elif method == "odmmap":
        with mmap.mmap(fd, size, access=mmap.ACCESS_READ) as m, memoryview(m) as view:
            off = 0
            while off < whole:
                off += os.pwrite(out, view[off:min(off + (8 << 20), whole)], off)
            if whole < size:
                os.close(out)
                out = os.open(tmp, os.O_WRONLY)
                os.pwrite(out, view[whole:size], whole)
    else:   # rw1m, odirect: through a 1 MB page-aligned buffer
        view = memoryview(buf)
        off = 0
        while off < whole:
            k = os.preadv(fd, [view[:min(1 << 20, whole - off)]], off)
            os.pwrite(out, view[:k], off)
            off += k
        if whole < size:
            if direct:
                os.close(out)
                out = os.open(tmp, os.O_WRONLY)
            os.pwrite(out, os.pread(fd, size - whole, whole), whole)
    return out


def run(folder: Path, count: int, method: str, data: bytes) -> dict[str, tuple[float, float]]:
    origs = []
    for i in range(count):
        p = folder / f"o{i:04d}.jpg"
        p.write_bytes(data)
        origs.append(p)
    os.sync()
    for p in origs:
        p.read_bytes()                    # warm: clone_bench.py writes its originals just before
    stage = {k: [0.0, 0.0] for k in ("copy", "fsync", "rename")}
    with mmap.mmap(-1, 1 << 20) as buf:
        for p in origs:
            fd = os.open(p, os.O_RDONLY)
            tmp = f"{p}.tmp"
            t0 = _ru()
            out = _copy(method, fd, tmp, len(data), buf)
            t1 = _ru()
            os.fsync(out)
            t2 = _ru()
            os.close(out)
            os.close(fd)
            os.rename(tmp, p)
            t3 = _ru()
            for k, (a, b) in (("copy", (t0, t1)), ("fsync", (t1, t2)), ("rename", (t2, t3))):
                stage[k][0] += b[0] - a[0]
                stage[k][1] += b[1] - a[1]
    for p in origs:
        p.unlink()
    return {k: (u / count * 1e3, s / count * 1e3) for k, (u, s) in stage.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", type=Path, required=True)
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--methods", nargs="*", default=list(METHODS), choices=METHODS)
    args = ap.parse_args()
    from clone_bench import photo

    args.dir.mkdir(parents=True, exist_ok=True)
    data = photo(args.size_mb)
    print(f"{args.count} files of {len(data) / 1e6:.1f} MB in {args.dir}, load {os.getloadavg()[0]:.1f}; "
          "CPU ms a file (user / kernel)")
    for method in args.methods:
        got = run(args.dir, args.count, method, data)
        print(f"  {method:9s}" + "".join(f"  {k} {u:.2f} / {s:.2f}" for k, (u, s) in got.items())
              + f"  (kernel in all: {sum(s for _, s in got.values()):.2f})")


if __name__ == "__main__":
    main()
