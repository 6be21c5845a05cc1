"""Benchmark of the cluster against the single-machine daemon, on the same files.

    python bench/cluster_bench.py [--files 300] [--rate 50] [--steady 250] [--workers 1,2,4]

Starts a private redis-server and PostgreSQL (tests/cluster_helpers.py), then for each set-up
a fresh inbox with the same ~0.5 MB JPEGs and one record per file:

* `daemon`: `captionist watch` with its own 2 worker processes and its SQLite journal (today's
  default, one machine);
* `cluster xN`: `captionist watch --broker` plus N `captionist worker --workers 1` nodes, the
  journal in PostgreSQL.

For each: a burst of `--files` files at once (throughput, files/s from the first drop to the
last file in done/), then `--steady` files at `--rate` files/s (drop-to-done p50/p99: from the
writer's close to the captioned file appearing in done/, seen by inotify in this process).
All processes share this machine's CPUs: the figures show the cost of the queue and the
shared journal, not how far N machines scale (docs/cluster.md says what they mean for more).
Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "bench"))

from cluster_helpers import Postgres, Redis, WorkerProcess  # noqa: E402
from daemon_bench import DoneWatcher, drop, noise_jpeg, pct, wait_done  # noqa: E402


def run_setup(label: str, base: Path, data: bytes, args, redis: Redis | None, pg: Postgres | None,
              nodes: int) -> dict:
    box = base / label.replace(" ", "-")
    inbox, records = box / "inbox", box / "records"
    inbox.mkdir(parents=True)
    records.mkdir()
    burst = [f"b{i:04d}.jpg" for i in range(args.files)]
    steady = [f"s{i:04d}.jpg" for i in range(args.steady)]
    recs = [{"id": Path(n).stem, "headline": f"Headline {Path(n).stem}", "description": "Benchmark caption " * 8,
             "creatorNames": ["Bench Photographer"], "creditLine": "captionist bench"} for n in burst + steady]
    (records / "bench.json").write_text(json.dumps(recs))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "CAPTIONIST_LOG_LEVEL": "WARNING"}
    procs: list[subprocess.Popen] = []
    workers: list[WorkerProcess] = []
    watch = [sys.executable, "-m", "captionist.cli", "watch", str(inbox), "--records", str(records),
             "--log-format", "json", "--workers", "2"]
    if redis is not None:
        db = f"b_{label.replace(' ', '_')}"
        import psycopg
        with psycopg.connect(pg.url, autocommit=True) as con:
            con.execute(f'DROP DATABASE IF EXISTS "{db}"')
            con.execute(f'CREATE DATABASE "{db}"')
        journal = pg.url.rsplit("/", 1)[0] + "/" + db
        watch += ["--broker", redis.url, "--journal", journal]
        for i in range(nodes):
            workers.append(WorkerProcess(inbox, records, redis.url, journal, "--workers", "1", "--log-level",
                                         "WARNING", env={"CAPTIONIST_LOG_LEVEL": "WARNING"},
                                         log=box / f"worker{i}.log").start())
    log = open(box / "watch.log", "wb")
    procs.append(subprocess.Popen(watch, env=env, stdout=log, stderr=subprocess.STDOUT))
    try:
        deadline = time.monotonic() + 60
        while not list((inbox / ".captionist").glob("status-*.json")):
            if time.monotonic() > deadline:
                raise SystemExit(f"{label}: the watcher did not start; see {box / 'watch.log'}")
            time.sleep(0.05)
        time.sleep(3.0)      # workers importing and connecting
        watcher = DoneWatcher(inbox / "done")
        closed: dict[str, float] = {}
        drop(inbox, burst, data, None, closed)
        wait_done(watcher, burst, 600)
        span = max(watcher.seen[n] for n in burst) - min(closed[n] for n in burst)
        drop(inbox, steady, data, args.rate, closed)
        wait_done(watcher, steady, 600)
        lat = [watcher.seen[n] - closed[n] for n in steady]
        watcher.stop()
        not_done = len(list((inbox / "failed").glob("*.jpg"))) + len(list((inbox / "unmatched").glob("*.jpg")))
    finally:
        for w in workers:
            w.stop()
        for p in procs:
            p.terminate()
            p.wait(60)
        log.close()
    row = {"setup": label, "files_s": round(len(burst) / span, 1), "p50_ms": round(pct(lat, 50) * 1000, 1),
           "p99_ms": round(pct(lat, 99) * 1000, 1), "not_captioned": not_done}
    print(f"{label:14} burst {len(burst)} files: {row['files_s']:6.1f} files/s   "
          f"steady {args.rate:g}/s: p50 {row['p50_ms']:7.1f} ms  p99 {row['p99_ms']:7.1f} ms"
          + (f"   ({not_done} not captioned)" if not_done else ""), flush=True)
    return row


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=300, help="files in the burst")
    ap.add_argument("--steady", type=int, default=250, help="files dropped at --rate")
    ap.add_argument("--rate", type=float, default=50.0)
    ap.add_argument("--workers", default="1,2,4", help="worker nodes per cluster run, comma-separated")
    ap.add_argument("--kb", type=int, default=512, help="size of each file")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    base = Path(tempfile.mkdtemp(prefix="captionist-cluster-bench-"))
    data = noise_jpeg(args.kb << 10, 1)
    print(f"captionist cluster benchmark: {os.cpu_count()} CPU(s), files of {len(data) / 2**20:.2f} MB, "
          f"folder {base}", flush=True)
    redis = Redis(base / "redis").start()
    pg = Postgres().start()
    results = []
    try:
        results.append(run_setup("daemon x2", base, data, args, None, None, 0))
        for n in (int(x) for x in args.workers.split(",")):
            results.append(run_setup(f"cluster x{n}", base, data, args, redis, pg, n))
    finally:
        redis.stop()
        pg.destroy()
        shutil.rmtree(base, ignore_errors=True)
    ref = results[0]["files_s"]
    for r in results[1:]:
        print(f"{r['setup']}: {r['files_s'] / ref:.2f}x the single-machine daemon's throughput")
    if args.json:
        print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
