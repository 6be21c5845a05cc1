"""Batch captioning on file systems that clone (issue 14): captionist against ExifTool and `cp`,
on a loop-mounted XFS (reflink=1) and Btrfs image and on the machine's own file system.

    python bench/clone_bench.py                 # 300 files of ~10 MB per file system (root)
    python bench/clone_bench.py --count 30      # a smoke run

Per file system, one run each, files in the page cache:
  * cp            `cp --reflink=never` of the folder, then `sync`  (the copy floor)
  * cp --reflink  `cp --reflink=always` (where the file system can), then `sync`
  * captionist    one `captionist embed` run over the folder, in place (fsync per file, rename,
                  the default journal), in one worker process per core (`batch.workers_for`)
  * exiftool      one `exiftool -overwrite_original` run writing the same fields, then `sync`
Wall and CPU time (user and kernel, of the children), and for captionist the share of each captioned
file's bytes held in extents shared with its original (kept through a hard link), by FIEMAP.

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
    subprocess.run(["sync"], check=True)
    return paths


def timed(cmd: list[str], *, then_sync: bool = True) -> tuple[float, float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True)
    if then_sync:
        subprocess.run(["sync"], check=True)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    user, sys_ = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    return wall, (user, sys_), out


def bench_fs(name: str, base: Path, data: bytes, count: int) -> dict:
    res: dict = {"fs": name}
    src = lay_out(base / "src", data, count)
    w, c, out = timed(["cp", "-r", "--reflink=never", str(base / "src"), str(base / "cp")])
    res["cp"] = (w, c)
    shutil.rmtree(base / "cp")
    w, c, out = timed(["cp", "-r", "--reflink=always", str(base / "src"), str(base / "reflink")])
    res["cp --reflink"] = (w, c) if out.returncode == 0 else None
    shutil.rmtree(base / "reflink", ignore_errors=True)

    # captionist, in place; the originals stay reachable through hard links to measure sharing
    (base / "orig").mkdir()
    for p in src:
        os.link(p, base / "orig" / p.name)
    records = base / "records.json"
    records.write_text(json.dumps([{"id": "all", "match": {"file": "AMS-*.jpg"}, **FIELDS}]))
    w, c, out = timed([CAPTIONIST, "embed", str(base / "src"), "--records", str(records)], then_sync=True)
    if out.returncode != 0:
        raise SystemExit(f"captionist failed on {name}:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    res["captionist"] = (w, c)
    shares = [shared_fraction(p) for p in src]
    res["shared"] = (min(shares), sum(shares) / len(shares))
    shutil.rmtree(base / "orig")
    shutil.rmtree(base / "src")

    ex = lay_out(base / "ex", data, count)
    w, c, out = timed(["exiftool", *EXIFTOOL_ARGS, str(base / "ex")])
    if out.returncode != 0:
        raise SystemExit(f"exiftool failed on {name}: {out.stderr[-2000:]}")
    res["exiftool"] = (w, c)
    del ex
    shutil.rmtree(base / "ex")
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=300)
    ap.add_argument("--size-mb", type=float, default=10.0)
    ap.add_argument("--fs", nargs="*", default=["xfs", "btrfs", "own"])
    args = ap.parse_args()
    # An installed package starts from bytecode; an editable checkout run with
    # PYTHONDONTWRITEBYTECODE=1 would compile every module at every start instead (~60 ms).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "src")], check=True)
    data = photo(args.size_mb)
    image_gb = args.count * len(data) * 2.5 / 1e9 + 0.5
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
                rows.append(bench_fs(fs if mnt else f"own ({own})", base / "run", data, args.count))
            finally:
                if not mnt:
                    shutil.rmtree(base, ignore_errors=True)
        r = rows[-1]
        print(f"\n{r['fs']}: wall s / CPU s (user + kernel)")
        for k in ("cp", "cp --reflink", "captionist", "exiftool"):
            v = r[k]
            print(f"  {k:<13} " + (f"{v[0]:7.2f} / {sum(v[1]):6.2f} ({v[1][0]:.2f} + {v[1][1]:.2f})"
                                   if v else "   n/a (cannot clone)"))
        cap, ex, cp, ref = r["captionist"], r["exiftool"], r["cp"], r["cp --reflink"]
        print(f"  captionist vs exiftool: {ex[0] / cap[0]:.1f}x faster, CPU {sum(cap[1]) / sum(ex[1]):.2f}x; "
              f"vs cp+sync {cap[0] / cp[0]:.2f}x" + (f"; vs cp --reflink {cap[0] / ref[0]:.0f}x" if ref else ""))
        print(f"  bytes shared with the original: min {r['shared'][0]:.1%}, mean {r['shared'][1]:.1%}")


if __name__ == "__main__":
    main()
