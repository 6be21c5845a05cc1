"""Benchmark of the watch daemon: drop-to-done latency, throughput and peak memory.

    python bench/daemon_bench.py [--workers 2] [--rate 50] [--small 500] [--large 50]

Runs the real daemon (`python -m captionist.cli watch`) as a subprocess on a temporary inbox
and drops JPEG files into it from this process:

1. `--small` files of ~1 MB at `--rate` files per second (the desk's steady flow): latency;
2. the same number of ~1 MB files at once (a burst): throughput;
3. `--large` files of ~20 MB at once: throughput and latency for big files.

Latency is from the moment the writer closed a file to the moment its captioned copy appears
in done/ (seen by inotify in this process). Memory is the daemon's resident set plus its
workers' (psutil), sampled every 20 ms; the peak is printed per phase, so growth with batch
size shows. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

import psutil  # noqa: E402
from PIL import Image  # noqa: E402


def noise_jpeg(target_bytes: int, seed: int = 1) -> bytes:
    """A camera-like JPEG of about `target_bytes` (random pixels compress poorly, as noise
    and detail in real photos do)."""
    import random
    rnd = random.Random(seed)
    side = int(target_bytes ** 0.5)     # ~1 byte per pixel at quality 92 for noise (4:2:0)
    w, h = int(side * 1.25), int(side / 1.25)
    im = Image.frombytes("RGB", (w, h), rnd.randbytes(w * h * 3))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R5"
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=92, exif=exif.tobytes())
    return buf.getvalue()


class DoneWatcher:
    """Records when each file appears in done/ (inotify, in this process)."""

    def __init__(self, folder: Path):
        from watchdog.events import FileSystemEventHandler
        from watchdog.observers import Observer

        self.seen: dict[str, float] = {}
        outer = self

        class H(FileSystemEventHandler):
            def on_any_event(self, event):
                if event.event_type in ("created", "moved", "closed") and not event.is_directory:
                    name = os.path.basename(event.dest_path if event.event_type == "moved" else event.src_path)
                    if not name.startswith("."):
                        outer.seen.setdefault(name, time.monotonic())

        folder.mkdir(parents=True, exist_ok=True)
        self.obs = Observer()
        self.obs.schedule(H(), str(folder), recursive=False)
        self.obs.start()

    def stop(self):
        self.obs.stop()
        self.obs.join()


class MemorySampler(threading.Thread):
    def __init__(self, pid: int):
        super().__init__(daemon=True)
        self.proc = psutil.Process(pid)
        self.peak = 0
        self.running = True

    def sample(self) -> int:
        total = 0
        try:
            procs = [self.proc, *self.proc.children(recursive=True)]
        except psutil.Error:
            return 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def run(self):
        while self.running:
            self.peak = max(self.peak, self.sample())
            time.sleep(0.02)

    def take_peak(self) -> int:
        peak, self.peak = self.peak, 0
        return peak


def drop(inbox: Path, names: list[str], data: bytes, rate: float | None, closed: dict[str, float]) -> None:
    interval = 1.0 / rate if rate else 0.0
    t_next = time.monotonic()
    for name in names:
        if interval:
            delay = t_next - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            t_next += interval
        with open(inbox / name, "wb") as f:
            f.write(data)
        closed[name] = time.monotonic()


def wait_done(watcher: DoneWatcher, names: list[str], timeout: float) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if all(n in watcher.seen for n in names):
            return
        time.sleep(0.02)
    missing = [n for n in names if n not in watcher.seen]
    raise SystemExit(f"timed out: {len(missing)} file(s) never reached done/ (e.g. {missing[:3]})")


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, max(0, int(round(q / 100 * len(s) + 0.5)) - 1))]


def report(label: str, names: list[str], closed: dict, watcher: DoneWatcher, mb: float, peak: int | None) -> dict:
    lat = [watcher.seen[n] - closed[n] for n in names]
    span = max(watcher.seen[n] for n in names) - min(closed[n] for n in names)
    row = {"phase": label, "files": len(names), "MB_each": round(mb, 2),
           "latency_median_ms": round(statistics.median(lat) * 1000, 1),
           "latency_p99_ms": round(pct(lat, 99) * 1000, 1), "latency_max_ms": round(max(lat) * 1000, 1),
           "throughput_files_s": round(len(names) / span, 1), "throughput_MB_s": round(len(names) * mb / span, 1),
           "peak_rss_MB": round(peak / 2**20, 1) if peak is not None else None}
    print(f"{label:28} {row['files']:4} x {mb:5.1f} MB  latency median {row['latency_median_ms']:7.1f} ms  "
          f"p99 {row['latency_p99_ms']:7.1f} ms  max {row['latency_max_ms']:7.1f} ms  "
          f"{row['throughput_files_s']:6.1f} files/s ({row['throughput_MB_s']:6.1f} MB/s)  "
          + (f"peak RSS {row['peak_rss_MB']:6.1f} MB" if peak is not None else "(both halves above)"), flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--rate", type=float, default=50.0, help="files/s for the steady phase")
    ap.add_argument("--small", type=int, default=500)
    ap.add_argument("--large", type=int, default=50)
    ap.add_argument("--one-record", action="store_true",
                    help="one record matching every file by glob, instead of one record per file "
                         "(separates the daemon's cost from matching's, which grows with the records)")
    ap.add_argument("--no-fsync", action="store_true", help="run the daemon without fsync")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON at the end")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="captionist-bench-"))
    inbox, records = tmp / "inbox", tmp / "records"
    inbox.mkdir()
    records.mkdir()
    phases = {"steady": [f"s{i:04d}.jpg" for i in range(args.small)],
              "burst": [f"b{i:04d}.jpg" for i in range(args.small)],
              "large": [f"L{i:03d}.jpg" for i in range(args.large)]}
    ids = [Path(n).stem for names in phases.values() for n in names]
    common = {"description": "Benchmark caption " * 8, "creatorNames": ["Bench Photographer"],
              "creditLine": "captionist bench", "keywords": ["bench", "daemon"]}
    if args.one_record:
        recs = [{"id": "bench", "match": {"file": "*.jpg"}, "headline": "Headline", **common}]
    else:
        recs = [{"id": i, "headline": f"Headline {i}", **common} for i in ids]
    (records / "bench.json").write_text(json.dumps(recs))
    small, large = noise_jpeg(1 << 20, 1), noise_jpeg(20 << 20, 2)
    print(f"captionist daemon benchmark: {args.workers} worker(s), {os.cpu_count()} CPU(s), {len(recs)} record(s), "
          f"files of {len(small) / 2**20:.2f} MB and {len(large) / 2**20:.2f} MB, folder {tmp}", flush=True)

    cmd = [sys.executable, "-m", "captionist.cli", "watch", str(inbox), "--records", str(records),
           "--workers", str(args.workers), "--log-format", "json", "--log-level", "WARNING"]
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    if args.no_fsync:
        env["CAPTIONIST_FSYNC"] = "false"
    log = open(tmp / "daemon.log", "wb")
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
    results = []
    try:
        deadline = time.monotonic() + 60
        while not list((inbox / ".captionist").glob("status-*.json")):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the daemon did not start; see {tmp / 'daemon.log'}")
            time.sleep(0.05)
        time.sleep(1.0)   # workers importing
        watcher = DoneWatcher(inbox / "done")
        mem = MemorySampler(proc.pid)
        mem.start()
        time.sleep(0.2)
        idle = mem.take_peak()
        print(f"{'idle':28} peak RSS {idle / 2**20:.1f} MB (daemon + workers)", flush=True)
        closed: dict[str, float] = {}

        half = args.small // 2
        drop(inbox, phases["steady"][:half], small, args.rate, closed)
        wait_done(watcher, phases["steady"][:half], 120)
        results.append(report(f"steady {args.rate:g}/s, first half", phases["steady"][:half], closed, watcher,
                              len(small) / 2**20, mem.take_peak()))
        drop(inbox, phases["steady"][half:], small, args.rate, closed)
        wait_done(watcher, phases["steady"][half:], 120)
        results.append(report(f"steady {args.rate:g}/s, second half", phases["steady"][half:], closed, watcher,
                              len(small) / 2**20, mem.take_peak()))
        results.append(report(f"steady {args.rate:g}/s, all", phases["steady"], closed, watcher,
                              len(small) / 2**20, None))

        drop(inbox, phases["burst"], small, None, closed)
        wait_done(watcher, phases["burst"], 300)
        results.append(report("burst, 1 MB", phases["burst"], closed, watcher, len(small) / 2**20, mem.take_peak()))

        drop(inbox, phases["large"], large, None, closed)
        wait_done(watcher, phases["large"], 600)
        results.append(report("burst, 20 MB", phases["large"], closed, watcher, len(large) / 2**20,
                              mem.take_peak()))
        mem.running = False
        watcher.stop()
        failed = list((inbox / "failed").glob("*.jpg")) + list((inbox / "unmatched").glob("*.jpg"))
        if failed:
            print(f"warning: {len(failed)} file(s) not captioned, e.g. {failed[0]}")
    finally:
        proc.terminate()
        proc.wait(60)
        log.close()
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
