"""Batch captioning on file systems that clone (issue 14): captionist against ExifTool and `cp`,
on a loop-mounted XFS (reflink=1) and Btrfs image and on the machine's own file system.

    python bench/clone_bench.py                 # 300 files of ~10 MB per file system (root)
    python bench/clone_bench.py --count 30      # a smoke run

Per file system, files in the page cache:
  * cp            `cp --reflink=never` of the folder, then `sync -f`  (the copy floor; one run)
  * cp --reflink  `cp --reflink=always` (where the file system can), then `sync -f` (one run)
  * captionist    one `captionist embed` run over the folder, in place (fsync per file, rename,
                  the default journal), in one worker process per core (`batch.workers_for`)
  * exiftool      one `exiftool -overwrite_original` run writing the same fields, then `sync -f`
Wall and CPU time (user and kernel, of the children), and for captionist the share of each captioned
file's bytes held in extents shared with its original (kept through a hard link), by FIEMAP.

The two sides are measured alike, `--runs` times each (default 3), alternating which goes first
in each round: each run on files laid out just before it (written, so in the page cache; the
previous run's files deleted first), a `sync -f` of the bench's file system right before the
timed command (the lay-out's writeback, and XFS's background freeing of the deleted files,
flushed) and one after it, inside its time: `sync -f` (syncfs), not `sync`, which also waited for
every other file system's dirty data, the other jobs' on the shared machine. The first run and the median (the run of median wall, its CPU beside it) are printed
side by side, with each round's own ratio: on the shared machine ExifTool's wall alone varied
2x between single runs (its 3 GB of rewritten files go through the host's disk). The page cache
is not dropped (`drop_caches` is machine-wide: it would slow the other jobs and theirs ours).

Target: on XFS/Btrfs captionist >= 10x faster than ExifTool, >= 95% of the bytes shared.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from loopfs import mounted, shared_fraction  # noqa: E402

CAPTIONIST = str(Path(sys.executable).with_name("captionist"))
FIELDS = {"headline": "Russische invasie van Oekraïne",
          "description": "Inwoners van Kyiv schuilen in een metrostation tijdens luchtalarm.",
          "keywords": ["Oekraïne", "oorlog"]}
EXIFTOOL_ARGS = ["-overwrite_original", "-charset", "iptc=utf8", "-codedcharacterset=utf8",
                 f"-XMP-photoshop:Headline={FIELDS['headline']}", f"-IPTC:Headline={FIELDS['headline']}",
                 f"-XMP-dc:Description={FIELDS['description']}",
                 f"-IPTC:Caption-Abstract={FIELDS['description']}",
                 f"-EXIF:ImageDescription={FIELDS['description']}",
                 *(f"-XMP-dc:Subject={k}" for k in FIELDS["keywords"]),
                 *(f"-IPTC:Keywords={k}" for k in FIELDS["keywords"])]


def photo(size_mb: float) -> bytes:
    """A camera-like JPEG of about `size_mb` MB (noise does not compress)."""
    from io import BytesIO

    from PIL import Image

    side = int((size_mb * 1e6 / 0.95) ** 0.5)   # noise at quality 90: ~0.95 byte a pixel
    w, h = side * 6 // 5, side * 5 // 6
    im = Image.frombytes("RGB", (w, h), os.urandom(w * h * 3))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R5"
    buf = BytesIO()
    im.save(buf, "JPEG", quality=90, exif=exif.tobytes())
    return buf.getvalue()


def lay_out(folder: Path, data: bytes, count: int) -> list[Path]:
    """`count` files written with write(2), so that none shares blocks with another."""
    folder.mkdir(parents=True)
    paths = []
    for i in range(count):
        p = folder / f"AMS-{i:05d}.jpg"
        with open(p, "wb") as f:
            f.write(data)
        paths.append(p)
    sync(folder)
    return paths


def sync(path: Path) -> None:
    """syncfs(2) of the file system holding `path` (`sync -f`): a plain `sync` writes back every
    file system of the machine, so it waited for the other jobs' dirty data too (on the shared
    machine one `sync` after ExifTool's run took seconds of other writers' writeback)."""
    subprocess.run(["sync", "-f", str(path)], check=True)


def timed(cmd: list[str], *, then_sync: Path | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    if then_sync is not None:
        sync(then_sync)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, sys_ = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    return wall, (user, sys_), out


def _captionist_side(base: Path, data: bytes, count: int, name: str) -> tuple[tuple, tuple[float, float]]:
    """One `captionist embed` run in place over freshly laid-out files: (wall, CPU), (min, mean shared)."""
    src = lay_out(base / "src", data, count)
    # the originals stay reachable through hard links to measure sharing
    (base / "orig").mkdir()
    for p in src:
        os.link(p, base / "orig" / p.name)
    records = base / "records.json"
    records.write_text(json.dumps([{"id": "all", "match": {"file": "AMS-*.jpg"}, **FIELDS}]))
    sync(base)
    w, c, out = timed([CAPTIONIST, "embed", str(base / "src"), "--records", str(records)], then_sync=base)
    if out.returncode != 0:
        raise SystemExit(f"captionist failed on {name}:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    shares = [shared_fraction(p) for p in src]
    shutil.rmtree(base / "orig")
    shutil.rmtree(base / "src")
    return (w, c), (min(shares), sum(shares) / len(shares))


def _exiftool_side(base: Path, data: bytes, count: int, name: str) -> tuple:
    """One ExifTool run over freshly laid-out files, then `sync`: (wall, CPU)."""
    lay_out(base / "ex", data, count)
    sync(base)
    w, c, out = timed(["exiftool", *EXIFTOOL_ARGS, str(base / "ex")], then_sync=base)
    if out.returncode != 0:
        raise SystemExit(f"exiftool failed on {name}: {out.stderr[-2000:]}")
    shutil.rmtree(base / "ex")
    return w, c


def bench_fs(name: str, base: Path, data: bytes, count: int, runs: int = 1) -> dict:
    res: dict = {"fs": name}
    lay_out(base / "src", data, count)
    w, c, out = timed(["cp", "-r", "--reflink=never", str(base / "src"), str(base / "cp")], then_sync=base)
    res["cp"] = (w, c)
    shutil.rmtree(base / "cp")
    w, c, out = timed(["cp", "-r", "--reflink=always", str(base / "src"), str(base / "reflink")], then_sync=base)
    res["cp --reflink"] = (w, c) if out.returncode == 0 else None
    shutil.rmtree(base / "reflink", ignore_errors=True)
    shutil.rmtree(base / "src")
    # Both sides alike, `runs` times, alternating which goes first (a drift of the load or of
    # the host's disk then falls on both): each on files laid out (written, so in the page
    # cache) and synced just before it, and timed up to a `sync` after it.
    res["captionist"], res["exiftool"], shared = [], [], []
    for r in range(runs):
        for side in (("captionist", "exiftool") if r % 2 == 0 else ("exiftool", "captionist")):
            if side == "captionist":
                t, sh = _captionist_side(base, data, count, name)
                shared.append(sh)
            else:
                t = _exiftool_side(base, data, count, name)
            res[side].append(t)
    res["shared"] = (min(s[0] for s in shared), sum(s[1] for s in shared) / len(shared))
    return res


def _median(runs: list[tuple]) -> tuple:
    """The run of median wall (of the lower middle one for an even count), its CPU with it."""
    return sorted(runs, key=lambda t: t[0])[(len(runs) - 1) // 2]


def _fmt(v: tuple) -> str:
    return f"{v[0]:7.2f} / {sum(v[1]):6.2f} ({v[1][0]:.2f} + {v[1][1]:.2f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--fs", nargs="*", default=["xfs", "btrfs", "own"])
    ap.add_argument("--runs", type=int, default=3,
                    help="runs of captionist and of ExifTool each, alternating (first run and median printed)")
    args = ap.parse_args()
    # An installed package starts from bytecode; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would compile every module at every start instead (~60 ms).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    data = photo(args.size_mb)
    image_gb = args.count * len(data) * 2.5 / 1e9 + 0.5      # the sides run one at a time
    from captionist.batch import workers_for
    print(f"{platform.node()}: {os.cpu_count()} cores, kernel {platform.release()}, load {os.getloadavg()[0]:.1f}; "
          f"{args.count} JPEGs of {len(data) / 1e6:.1f} MB; captionist runs them in "
          f"{workers_for(args.count)} worker process(es)")
    rows = []
    for fs in args.fs:
        ctx = mounted(fs, f"{int(image_gb * 1024)}M") if fs != "own" else nullcontext(None)
        with ctx as mnt:
            base = Path(mnt) if mnt else Path(tempfile.mkdtemp(prefix="captionist-clone-bench-"))
            try:
                own = subprocess.run(["findmnt", "-no", "FSTYPE", "-T", str(base)], capture_output=True,
                                     text=True).stdout.strip()
                rows.append(bench_fs(fs if mnt else f"own ({own})", base / "run", data, args.count, args.runs))
            finally:
                if not mnt:
                    shutil.rmtree(base, ignore_errors=True)
        r = rows[-1]
        print(f"\n{r['fs']}: wall s / CPU s (user + kernel)" + (f"; first run, and median of {args.runs} "
                                                               "(alternating sides)" if args.runs > 1 else ""))
        for k in ("cp", "cp --reflink"):
            print(f"  {k:<13} " + (_fmt(r[k]) if r[k] else "   n/a (cannot clone)"))
        for k in ("captionist", "exiftool"):
            print(f"  {k:<13} " + _fmt(r[k][0]) + (f"   median {_fmt(_median(r[k]))}; walls "
                                                  + ", ".join(f"{v[0]:.2f}" for v in r[k]) if args.runs > 1 else ""))
        cp, ref = r["cp"], r["cp --reflink"]
        for label, cap, ex in (("first run", r["captionist"][0], r["exiftool"][0]),
                               *((("median", _median(r["captionist"]), _median(r["exiftool"])),)
                                 if args.runs > 1 else ())):
            print(f"  {label}: captionist vs exiftool: {ex[0] / cap[0]:.1f}x faster, CPU {sum(cap[1]) / sum(ex[1]):.2f}x; "
                  f"vs cp+sync {cap[0] / cp[0]:.2f}x" + (f"; vs cp --reflink {cap[0] / ref[0]:.0f}x" if ref else ""))
        if args.runs > 1:
            ratios = sorted(e[0] / c[0] for c, e in zip(r["captionist"], r["exiftool"]))
            print("  each run's ratio (its own pair): " + ", ".join(f"{x:.1f}x" for x in ratios))
        print(f"  bytes shared with the original: min {r['shared'][0]:.1%}, mean {r['shared'][1]:.1%}; "
              f"load {os.getloadavg()[0]:.1f} at the end")

if __name__ == "__main__":
    main()
