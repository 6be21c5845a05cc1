"""Benchmarks: captionist embed against ExifTool and a plain copy, measured in the same run.

    python bench/run.py            # everything (needs ~3 GB of free disk, a few minutes)
    python bench/run.py --quick    # smaller counts, for a smoke run

Per file (1, 10 and 40 MB JPEGs, files in the page cache): the median time of
  * cp         shutil.copyfile of the file (what a plain copy costs),
  * captionist pipeline.embed in one process (read header, plan, write, verify, fsync, rename),
  * exiftool   one `exiftool -stay_open` process writing the same fields, file after file.
Batch: 120 files of 10 MB in one `captionist embed` run (start-up included) against
`cp` + `sync` of the same files and one `exiftool` run writing the same fields; wall and CPU
time, and captionist's peak memory for 30 and 120 files.

Targets (issue #2): per file at 10 and 40 MB <= 1.5x cp; at 1 MB >= 3x ExifTool's files/s;
batch wall <= 1.3x cp+sync, faster than ExifTool, CPU <= 0.5x ExifTool's; memory flat.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PIL import Image  # noqa: E402

from captionist import pipeline  # noqa: E402
from captionist.model import CaptionRecord  # noqa: E402
from captionist.standard import BY_ID  # noqa: E402

FIELDS = {
    "description": "Inwoners van Kyiv schuilen in een metrostation tijdens luchtalarm op 24 februari 2022.",
    "headline": "Russische invasie van Oekraïne",
    "creatorNames": ["Oleksandr Kovalenko"],
    "creditLine": "O. Kovalenko/AFP via Getty Images",
    "source": "AFP",
    "copyrightNotice": "© 2022 AFP",
    "cityName": "Kyiv",
    "countryName": "Oekraïne",
    "countryCode": "UKR",
    "keywords": ["oorlog", "Oekraïne", "metro"],
}
# The same ten fields as ExifTool arguments (XMP and IIM, and the EXIF mirrors), named by the
# property table.
EXIFTOOL_TAGS = {field: [f"-{tag}" for tag in BY_ID[field].exiftool.values()] for field in FIELDS}


def record(variant: int) -> CaptionRecord:
    data = dict(FIELDS, id="bench", match={"file": "*"})
    data["description"] = f"{FIELDS['description']} ({variant})"
    return CaptionRecord.model_validate(data)


def exiftool_args(variant: int) -> list[str]:
    args = ["-charset", "iptc=utf8", "-IPTC:CodedCharacterSet=UTF8"]
    for field, tags in EXIFTOOL_TAGS.items():
        value = FIELDS[field]
        if field == "description":
            value = f"{value} ({variant})"
        values = value if isinstance(value, list) else [value]
        for tag in tags:
            for v in values:
                args.append(f"{tag}={v}")
    return args + ["-overwrite_original"]


def make_jpeg(path: Path, megabytes: float) -> Path:
    """A camera-like JPEG of about `megabytes` MB: noise compresses poorly, so size ~ pixels."""
    px = int(megabytes * 1_000_000 / 0.97)  # noise at quality 92: about 0.97 bytes per pixel
    w = int((px * 1.5) ** 0.5)
    h = px // w
    im = Image.frombytes("RGB", (w, h), os.urandom(w * h * 3))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R5"
    im.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


class ExifTool:
    """One `exiftool -stay_open` process, fed argument files on stdin."""

    def __init__(self):
        self.proc = subprocess.Popen(["exiftool", "-stay_open", "True", "-@", "-"], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)

    def run(self, args: list[str]) -> str:
        self.proc.stdin.write(("\n".join(args) + "\n-execute\n").encode("utf-8"))
        self.proc.stdin.flush()
        out = b""
        while not out.endswith(b"{ready}\n"):
            out += self.proc.stdout.readline()
        return out.decode()

    def close(self):
        self.proc.stdin.write(b"-stay_open\nFalse\n")
        self.proc.stdin.flush()
        self.proc.wait()


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def per_file(work: Path, sizes: list[tuple[float, int]]) -> list[dict]:
    et = ExifTool()
    rows = []
    try:
        for mb, n in sizes:
            src = make_jpeg(work / f"src-{mb:g}mb.jpg", mb)
            real_mb = src.stat().st_size / 1e6
            cp_t, cpfs_t, cap_t, nofs_t, et_t = [], [], [], [], []
            target = work / f"cap-{mb:g}.jpg"
            et_target = work / f"et-{mb:g}.jpg"
            shutil.copyfile(src, target)
            shutil.copyfile(src, et_target)
            opts = pipeline.Options()
            nofsync = pipeline.Options(fsync=False)
            for i in range(n):
                t = time.perf_counter()
                shutil.copyfile(src, work / "cp.jpg")
                cp_t.append(time.perf_counter() - t)
                t = time.perf_counter()
                shutil.copyfile(src, work / "cpfs.jpg")
                fd = os.open(work / "cpfs.jpg", os.O_RDONLY)
                os.fsync(fd)
                os.close(fd)
                cpfs_t.append(time.perf_counter() - t)
                rec = record(i)
                t = time.perf_counter()
                out = pipeline.embed(target, rec, opts)
                cap_t.append(time.perf_counter() - t)
                assert out.status == "written", out.error
                t = time.perf_counter()
                out = pipeline.embed(target, record(i + 100_000), nofsync)
                nofs_t.append(time.perf_counter() - t)
                assert out.status == "written", out.error
                t = time.perf_counter()
                et.run(exiftool_args(i) + [str(et_target)])
                et_t.append(time.perf_counter() - t)
            rows.append({"size_mb": round(real_mb, 1), "n": n, "cp_ms": median_ms(cp_t),
                         "cp_fsync_ms": median_ms(cpfs_t),
                         "captionist_ms": median_ms(cap_t), "captionist_nofsync_ms": median_ms(nofs_t),
                         "exiftool_ms": median_ms(et_t)})
            for p in (src, target, et_target, work / "cp.jpg", work / "cpfs.jpg"):
                p.unlink()
    finally:
        et.close()
    return rows


def throughput(work: Path, mb: float, count: int) -> dict:
    """Steady state, processes already running: files per second over `count` distinct files,
    captionist with group commit (as `embed` and long runs do: one sync per 64 files, before
    any rename) against `exiftool -stay_open` writing the same fields file after file."""
    from captionist.files import GroupCommit

    src = make_jpeg(work / "tp-src.jpg", mb)
    cap_files = _fresh(work / "tp-cap", src, count)
    et_files = _fresh(work / "tp-et", src, count)
    cp_dir = work / "tp-cp"
    cp_dir.mkdir()
    t = time.perf_counter()
    for p in cap_files:
        shutil.copyfile(p, cp_dir / p.name)
    cp_s = time.perf_counter() - t
    rec = record(7)
    opts = pipeline.Options()
    group = GroupCommit()
    t = time.perf_counter()
    waiting = []
    for p in cap_files:
        waiting.append(pipeline.embed(p, rec, opts, group))
        if group.full:
            pipeline.commit(group, waiting)
            waiting.clear()
    pipeline.commit(group, waiting)
    cap_s = time.perf_counter() - t
    et = ExifTool()
    try:
        args = exiftool_args(7)
        t = time.perf_counter()
        for p in et_files:
            et.run(args + [str(p)])
        et_s = time.perf_counter() - t
    finally:
        et.close()
    for d in ("tp-cap", "tp-et", "tp-cp"):
        shutil.rmtree(work / d)
    src.unlink()
    return {"files": count, "size_mb": mb, "cp_files_s": count / cp_s, "captionist_files_s": count / cap_s,
            "exiftool_files_s": count / et_s}


def _run(cmd: list[str], **kw) -> tuple[float, float, int]:
    """wall seconds, CPU seconds (user+sys of the child), peak RSS in KB. The RSS is sampled
    with psutil from a thread: ru_maxrss would count the memory the child shared with this
    (large) process before exec."""
    import threading

    import psutil
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)
    peak = [0]
    done = threading.Event()

    def sample():
        try:
            ps = psutil.Process(proc.pid)
            while not done.is_set():
                peak[0] = max(peak[0], ps.memory_info().rss)
                time.sleep(0.005)
        except psutil.Error:
            pass

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    done.set()
    sampler.join()
    wall = time.perf_counter() - t
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{cmd[:3]} failed: {proc.stderr.read().decode()[-500:]}")
    return wall, usage.ru_utime + usage.ru_stime, peak[0] // 1024


def _fresh(folder: Path, src: Path, count: int) -> list[Path]:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir()
    paths = []
    for i in range(count):
        p = folder / f"img{i:04d}.jpg"
        shutil.copyfile(src, p)
        paths.append(p)
    subprocess.run(["sync"], check=True)
    return paths


def batch(work: Path, count: int, mb: float) -> dict:
    src = make_jpeg(work / "batch-src.jpg", mb)
    rec_file = work / "records.json"
    rec_file.write_text(json.dumps([record(1).model_dump(mode="json", exclude_none=True)], ensure_ascii=False))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    captionist = [sys.executable, "-m", "captionist.cli", "embed"]

    files = _fresh(work / "in", src, count)
    dst = work / "cp-out"
    dst.mkdir(exist_ok=True)
    cp_wall, cp_cpu, _ = _run(["sh", "-c", f"cp {work / 'in'}/*.jpg {dst}/ && sync"])
    shutil.rmtree(dst)

    cap_wall, cap_cpu, cap_rss = _run(captionist + [*map(str, files), "--records", str(rec_file)], env=env)

    files = _fresh(work / "in", src, count)
    args = exiftool_args(1)
    et_wall, et_cpu, _ = _run(["exiftool", *args, *map(str, files)])

    small = _fresh(work / "in", src, max(count // 4, 1))
    _, _, rss_small = _run(captionist + [*map(str, small), "--records", str(rec_file)], env=env)
    shutil.rmtree(work / "in")
    src.unlink()
    return {"files": count, "size_mb": round(mb, 1), "cp_sync_s": cp_wall, "captionist_s": cap_wall,
            "captionist_cpu_s": cap_cpu, "exiftool_s": et_wall, "exiftool_cpu_s": et_cpu,
            "peak_rss_mb": {len(small): rss_small / 1024, count: cap_rss / 1024}}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="smaller counts for a smoke run")
    ap.add_argument("--dir", type=Path, help="work folder (default: a temp folder under bench/out)")
    args = ap.parse_args()
    base = args.dir or ROOT / "bench" / "out"
    base.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=base))
    try:
        sizes = [(1, 30), (10, 8), (40, 4)] if args.quick else [(1, 200), (10, 40), (40, 12)]
        rows = per_file(work, sizes)
        b = batch(work, 24 if args.quick else 120, 10)
        small = batch(work, 50 if args.quick else 200, 1)
        tp = throughput(work, 1, 64 if args.quick else 300)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("\nPer file (median; files in page cache; captionist includes verify + fsync + rename;\n"
          "cp is shutil.copyfile, which makes nothing durable; cp+fsync is the durable copy)")
    print(f"{'size':>7} {'n':>4} {'cp ms':>7} {'cp+fsync':>9} {'captionist':>11} {'(no fsync)':>11} {'exiftool':>9} "
          f"{'vs cp':>7} {'vs cp+fsync':>12} {'no-fsync vs cp':>15} {'vs exiftool':>12}")
    for r in rows:
        print(f"{r['size_mb']:>5.1f}MB {r['n']:>4} {r['cp_ms']:>7.2f} {r['cp_fsync_ms']:>9.2f} {r['captionist_ms']:>11.2f} "
              f"{r['captionist_nofsync_ms']:>11.2f} {r['exiftool_ms']:>9.2f} "
              f"{r['captionist_ms'] / r['cp_ms']:>6.2f}x {r['captionist_ms'] / r['cp_fsync_ms']:>11.2f}x "
              f"{r['captionist_nofsync_ms'] / r['cp_ms']:>14.2f}x {r['exiftool_ms'] / r['captionist_ms']:>10.2f}x faster")
    print(f"\nBatch: {b['files']} files of {b['size_mb']} MB in one run (start-up included)")
    print(f"  cp + sync            {b['cp_sync_s']:8.2f} s")
    print(f"  captionist embed     {b['captionist_s']:8.2f} s   CPU {b['captionist_cpu_s']:.2f} s   "
          f"({b['captionist_s'] / b['cp_sync_s']:.2f}x cp+sync)")
    print(f"  exiftool (one run)   {b['exiftool_s']:8.2f} s   CPU {b['exiftool_cpu_s']:.2f} s   "
          f"(captionist is {b['exiftool_s'] / b['captionist_s']:.1f}x faster, "
          f"{b['captionist_cpu_s'] / b['exiftool_cpu_s']:.2f}x its CPU)")
    print("  captionist peak RSS  " + ", ".join(f"{n} files: {mb:.0f} MB" for n, mb in b["peak_rss_mb"].items()))
    fps_cap = small["files"] / small["captionist_s"]
    fps_et = small["files"] / small["exiftool_s"]
    print(f"\nBatch: {small['files']} files of {small['size_mb']} MB: captionist {fps_cap:.0f} files/s, "
          f"exiftool (one run) {fps_et:.0f} files/s ({fps_cap / fps_et:.1f}x); cp + sync {small['cp_sync_s']:.2f} s, "
          f"captionist {small['captionist_s']:.2f} s (CPU {small['captionist_cpu_s']:.2f} s), "
          f"exiftool {small['exiftool_s']:.2f} s (CPU {small['exiftool_cpu_s']:.2f} s)")
    print(f"\nSteady state, {tp['files']} files of {tp['size_mb']} MB: captionist {tp['captionist_files_s']:.0f} files/s "
          f"(group commit), exiftool -stay_open {tp['exiftool_files_s']:.0f} files/s "
          f"({tp['captionist_files_s'] / tp['exiftool_files_s']:.1f}x), copy {tp['cp_files_s']:.0f} files/s")
    r10 = next(r for r in rows if 9 <= r["size_mb"] <= 12)
    r40 = next(r for r in rows if r["size_mb"] >= 30)
    r1 = next(r for r in rows if r["size_mb"] < 2)
    rss = list(b["peak_rss_mb"].values())
    targets = {
        "10 MB <= 1.5x cp": r10["captionist_ms"] <= 1.5 * r10["cp_ms"],
        "40 MB <= 1.5x cp": r40["captionist_ms"] <= 1.5 * r40["cp_ms"],
        "10 MB <= 1.5x cp+fsync": r10["captionist_ms"] <= 1.5 * r10["cp_fsync_ms"],
        "40 MB <= 1.5x cp+fsync": r40["captionist_ms"] <= 1.5 * r40["cp_fsync_ms"],
        "1 MB >= 3x exiftool files/s (steady state)": tp["captionist_files_s"] >= 3 * tp["exiftool_files_s"],
        "batch <= 1.3x cp+sync": b["captionist_s"] <= 1.3 * b["cp_sync_s"],
        "batch faster than exiftool": b["captionist_s"] < b["exiftool_s"],
        "batch CPU <= 0.5x exiftool": b["captionist_cpu_s"] <= 0.5 * b["exiftool_cpu_s"],
        "memory flat (<= +10 MB)": rss[1] <= rss[0] + 10,
    }
    print("\nTargets: " + "; ".join(f"{k}: {'met' if v else 'MISSED'}" for k, v in targets.items()))
    (base / "results.json").write_text(json.dumps({"per_file": rows, "batch": b, "batch_1mb": small, "throughput_1mb": tp,
                                                   "targets": targets}, indent=2, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
