"""A big batch runs in worker processes (captionist.parallel, issue 14): every file captioned
and reported once, positions counted over the whole batch, and the crash promises of issue 11
kept: SIGTERM stops the workers cleanly and the parent reports what they renamed; SIGKILL of
the parent takes the workers with it; a worker that dies fails only its unreported files,
which stay whole. Values are read back with ExifTool."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from conftest import ROOT, SAMPLES, exiftool_many
from daemon_helpers import wait_until, write_records

from captionist import batch, files, fingerprint, parallel, pipeline, tempfiles
from captionist.files import GroupCommit
from captionist.model import CaptionRecord
from captionist.variables import with_variables


def _scan(data: bytes) -> bytes:
    return data[data.index(b"\xff\xda"):]


def _jpeg(seed: int, size: tuple[int, int]) -> bytes:
    """A JPEG of noise with camera EXIF (noise: fast to make, and it does not compress)."""
    from PIL import Image

    im = Image.frombytes("RGB", size, hashlib.shake_256(str(seed).encode()).digest(size[0] * size[1] * 3))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "Canon", "Canon EOS R5"
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=90, exif=exif.tobytes())
    return buf.getvalue()


def _folder(tmp_path: Path, n: int, size=(64, 48)) -> tuple[Path, dict[str, bytes], Path]:
    folder = tmp_path / "batch"
    folder.mkdir()
    originals = {f"p{i:03d}.jpg": _jpeg(i, size) for i in range(n)}
    for name, data in originals.items():
        (folder / name).write_bytes(data)
    records = tmp_path / "records.json"
    write_records(records, [Path(n).stem for n in originals])
    return folder, originals, records


def _cli(folder: Path, records: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "captionist.cli", "embed", str(folder), "--records", str(records),
                             "--json", "--workers", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _workers(p: subprocess.Popen, n: int, step: float = 0.005) -> list[int]:
    """The worker processes of the CLI run `p` over `n` files, once all have started."""
    want = batch.workers_for(n, 2)     # _cli asks for two, whatever the machine's cores
    return wait_until(lambda: len(k := _children(p.pid)) >= want and k, 30, step=step, what="the worker processes")


def _running(pids: list[int]) -> list[int]:
    alive = []
    for pid in pids:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if state != "Z":
            alive.append(pid)
    return alive


def _headlines(folder: Path) -> dict[str, str | None]:
    return {Path(h["SourceFile"]).name: h.get("XMP-photoshop:Headline")
            for h in exiftool_many(sorted(folder.glob("*.jpg")), "-XMP-photoshop:Headline")}


def _check_whole(folder: Path, originals: dict[str, bytes]) -> None:
    for name, data in originals.items():
        assert _scan((folder / name).read_bytes()) == _scan(data), f"{name} is not whole"
    assert not [p for p in folder.iterdir() if files.is_temp(p)]


def test_two_workers_caption_every_file_once_with_batch_positions(tmp_path):
    folder, originals, _ = _folder(tmp_path, 40)
    paths = sorted(folder.glob("*.jpg"))
    # {position} counts over the whole batch, whichever worker does the file
    rec = with_variables(CaptionRecord.model_validate({"id": "all", "match": {"file": "p*.jpg"},
                                                       "headline": "Kyiv {position}", "description": "Опис ünïcode"}))
    reported: list = []
    outs = batch.run_batch(paths, [rec], pipeline.Options(), batch_size=len(paths),
                           group=GroupCommit(max_files=8), report=reported.append, workers=2)
    assert sorted(o.path for o in outs) == paths
    assert all(o.status == "written" for o in outs), [o.error for o in outs if o.error]
    assert sum(len(g) for g in reported) == len(paths) and all(len(g) <= 8 for g in reported)
    heads = _headlines(folder)
    assert heads == {p.name: f"Kyiv {i}" for i, p in enumerate(paths, 1)}
    for name, data in originals.items():
        assert _scan((folder / name).read_bytes()) == _scan(data)


def test_files_that_share_a_sidecar_or_a_file_stay_in_one_process(tmp_path):
    folder = tmp_path / "f"
    folder.mkdir()
    names = [f"a{i:02d}.jpg" for i in range(10)]
    for n in names:
        (folder / n).write_bytes(_jpeg(1, (16, 16)))
    paths = [folder / n for n in names]
    assert batch.split(paths, 2) == [(0, paths[:5]), (5, paths[5:])]
    # a09.tif would share a09.xmp with a09.jpg: both in the last share, so the split holds
    assert batch.split([*paths, folder / "a09.tif"], 2) is not None
    # a00.tif lands in the second share but shares a00.xmp with a00.jpg in the first
    assert batch.split([*paths, folder / "a00.tif"], 2) is None
    (folder / "link.jpg").symlink_to(folder / "a00.jpg")
    assert batch.split([*paths, folder / "link.jpg"], 2) is None
    # --out: one name from two folders
    other = tmp_path / "g"
    other.mkdir()
    shutil.copyfile(SAMPLES / "images" / "kyiv-metro-shelter.jpg", other / "a01.jpg")
    assert batch.split([*paths, other / "a01.jpg"], 2, out_dir=tmp_path / "out") is None
    assert batch.split([*paths, other / "a01.jpg"], 2) is not None


def test_sigterm_stops_the_workers_and_reports_what_they_renamed(tmp_path):
    # enough files that the batch is still running 0.15 s after its workers start (160 small
    # files took about that long once the per-file CPU fell to ~1.5 ms: clone13)
    n = batch.PARALLEL_MIN + 400
    folder, originals, records = _folder(tmp_path, n, (320, 240))
    p = _cli(folder, records)
    kids = _workers(p, n)
    time.sleep(0.15)
    p.send_signal(signal.SIGTERM)
    out, err = p.communicate(timeout=60)
    assert "Traceback" not in err, err
    assert not _running(kids)
    _check_whole(folder, originals)
    heads = _headlines(folder)
    written = {Path(json.loads(line)["file"]).name for line in out.splitlines()
               if json.loads(line)["status"] == "written"}
    # what was reported is exactly what carries the new caption: nothing renamed unreported
    assert written == {name for name, h in heads.items() if h == f"Headline {Path(name).stem}"}
    # and journaled (one transaction a group), so `captionist undo` can restore each of them
    con = sqlite3.connect(Path(os.environ["XDG_STATE_HOME"]) / "captionist" / "journal.sqlite")
    try:
        rows = con.execute("SELECT name, sha256_out FROM files WHERE status = 'written'").fetchall()
    finally:
        con.close()
    assert {name for name, _ in rows} == written
    assert all(sha.startswith(fingerprint.JPEG_PREFIX) for _, sha in rows)
    assert p.returncode == 143, (p.returncode, err)     # stopped, not finished: 500 files take longer
    assert json.loads(err.splitlines()[-2])["summary"]["stopped"]["done"] == len(written) < n
    p = _cli(folder, records)
    p.communicate(timeout=120)
    assert p.returncode == 0
    assert set(_headlines(folder).values()) == {f"Headline p{i:03d}" for i in range(n)}


def test_sigkill_of_the_parent_takes_the_workers_with_it(tmp_path):
    n = batch.PARALLEL_MIN + 60
    folder, originals, records = _folder(tmp_path, n, (320, 240))
    p = _cli(folder, records)
    kids = _workers(p, n)
    p.kill()
    p.communicate(timeout=60)
    wait_until(lambda: not _running(kids), 10, what="the workers to die with their parent")
    for name, data in originals.items():
        assert _scan((folder / name).read_bytes()) == _scan(data), f"{name} is not whole"
    p = _cli(folder, records)   # removes the temps the workers left, and finishes
    out, err = p.communicate(timeout=120)
    assert p.returncode == 0, err
    _check_whole(folder, originals)
    assert set(_headlines(folder).values()) == {f"Headline p{i:03d}" for i in range(n)}


def test_a_worker_that_dies_fails_only_its_unreported_files(tmp_path):
    n = batch.PARALLEL_MIN + 100
    folder, originals, records = _folder(tmp_path, n, (320, 240))
    p = _cli(folder, records)
    kids = _workers(p, n, step=0.002)
    os.kill(max(kids), signal.SIGKILL)      # the last forked: the second half of the batch
    out, err = p.communicate(timeout=120)
    assert "Traceback" not in err, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert sorted(Path(r["file"]).name for r in rows) == sorted(originals)    # each file once
    lost = [r for r in rows if r["status"] == "failed"]
    assert lost and p.returncode == 1
    assert all("its worker process ended (exit code -9)" in r["error"] for r in lost), lost[0]
    for name, data in originals.items():
        assert _scan((folder / name).read_bytes()) == _scan(data), f"{name} is not whole"
    heads = _headlines(folder)
    assert all(heads[Path(r["file"]).name] == f"Headline {Path(r['file']).stem}" for r in rows
               if r["status"] == "written")


def test_a_temp_whose_writer_is_a_zombie_is_an_orphan(tmp_path):
    # a worker killed with its parent stays a zombie until init reaps it (some never do)
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    try:
        wait_until(lambda: Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z", 10,
                   what="a zombie")
        temp = tmp_path / f".a.jpg.{pid}-{tempfiles.host_tag()}-0badc0de{tempfiles.TEMP_MARK}"
        temp.write_bytes(b"partial")
        live = tmp_path / f".b.jpg.{os.getpid()}-{tempfiles.host_tag()}-0badc0de{tempfiles.TEMP_MARK}"
        live.write_bytes(b"partial")
        assert tempfiles.remove_orphans([tmp_path]) == [temp]
        assert live.exists()
    finally:
        os.waitpid(pid, 0)


def _run_bounded(work, hold_r: int, hold_w: int):
    """parallel.run of one share, bounded: after 60 s the write end of the hold pipe is closed,
    which lets whatever the worker left waiting on it end (else a run that waits for the wrong
    thing would wait forever). Both ends are closed after. Returns (codes, reported, timed_out)."""
    got: list = []
    timed_out = threading.Event()

    def give_up():
        timed_out.set()
        os.close(hold_w)

    timer = threading.Timer(60, give_up)
    timer.start()
    try:
        codes = parallel.run([(0, [])], work, got.append)
    finally:
        timer.cancel()
        timer.join()
        if not timed_out.is_set():
            os.close(hold_w)
        os.close(hold_r)
    return codes, got, timed_out


def test_a_dead_worker_is_seen_though_another_process_holds_its_pipe(tmp_path):
    # the worker's end of its pipe inherited by a process that lives on (here its child; in a
    # server, a worker another thread forked meanwhile): no end of pipe comes, but its exit
    # does, and what it sent before is still reported
    hold_r, hold_w = os.pipe()

    def work(first, files, send, critical):
        pid = os.fork()
        if pid == 0:               # keeps every fd of the worker open until the test lets go
            os.close(hold_w)
            os.read(hold_r, 1)
            os._exit(0)
        send([pid])
        os.kill(os.getpid(), signal.SIGKILL)

    codes, got, timed_out = _run_bounded(work, hold_r, hold_w)
    holder = got[0][0] if got else None
    if holder is not None:
        wait_until(lambda: not _running([holder]), 30, what="the pipe's holder to end")
    assert not timed_out.is_set(), "parallel.run waited for the end of a dead worker's pipe, not for its exit"
    assert codes == {0: -signal.SIGKILL}
    assert got == [[holder]]


def test_a_worker_that_ended_its_pipe_but_does_not_exit_is_killed(monkeypatch):
    # a worker done with its share that hangs on its way out (here a thread it started, which
    # the interpreter waits for at exit) is killed after EXIT_GRACE, never waited for forever
    monkeypatch.setattr(parallel, "EXIT_GRACE", 0.5)
    hold_r, hold_w = os.pipe()

    def work(first, files, send, critical):
        os.close(hold_w)
        send(["done"])
        threading.Thread(target=os.read, args=(hold_r, 1)).start()     # not a daemon: exit waits

    codes, got, timed_out = _run_bounded(work, hold_r, hold_w)
    assert not timed_out.is_set(), "parallel.run waited for a worker that did not exit"
    assert codes == {0: -signal.SIGKILL}
    assert got == [["done"]]
