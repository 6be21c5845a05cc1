"""The watch daemon, end to end: the real daemon as a subprocess (or in a thread through its
Python API), files dropped by concurrent writers, ExifTool as the independent reader."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from captionist import jpeg
from conftest import cli_commands, exiftool, exiftool_many
from daemon_helpers import (DaemonProcess, files_in, images_in, jpeg_bytes, mp4_bytes, wait_until, write_records)

pytestmark = pytest.mark.slow


def scan_data(data: bytes) -> bytes:
    """The entropy-coded image data (from the SOS segment on): captionist never changes it."""
    import io
    return data[jpeg.read_header(io.BytesIO(data)).scan_offset:]


def journal_rows(inbox: Path) -> list[dict]:
    con = sqlite3.connect(inbox / ".captionist" / "journal.sqlite")
    con.row_factory = sqlite3.Row
    rows = [dict(r) for r in con.execute("SELECT * FROM files ORDER BY t_finished")]
    con.close()
    return rows


def latest_by_item(rows: list[dict]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for r in rows:
        out[r["item"]] = r
    return out


@pytest.fixture
def box(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    records = tmp_path / "records"
    records.mkdir()
    return inbox, records


# --------------------------------------------------------------------------- drop and done

def slow_writer(inbox: Path, items: list[tuple[str, bytes]], reopen: bool, seen_partial: list) -> None:
    """Write each file in 4 chunks with pauses: one open (close-write once), or re-opened per
    chunk (close-write after every chunk: the daemon must still not take it early)."""
    for name, data in items:
        target = inbox / name
        chunks = [data[i:i + len(data) // 4 + 1] for i in range(0, len(data), len(data) // 4 + 1)]
        if reopen:
            for chunk in chunks:
                with open(target, "ab") as f:
                    f.write(chunk)
                time.sleep(0.015)
        else:
            with open(target, "wb") as f:
                for chunk in chunks:
                    f.write(chunk)
                    f.flush()
                    time.sleep(0.01)
                    if not target.exists():
                        seen_partial.append(name)  # taken while this writer still had it open


def test_200_files_from_slow_concurrent_writers_end_in_done_once(box):
    inbox, records = box
    names = [f"wire-{i:03d}" for i in range(200)]
    write_records(records / "desk.json", names, creatorNames=["Ann Example"])
    d = DaemonProcess(inbox, records, "--workers", "2").start()
    try:
        payload = {n: jpeg_bytes(i) for i, n in enumerate(names)}
        items = [(f"{n}.jpg", payload[n]) for n in names]
        random.Random(4).shuffle(items)
        partial: list[str] = []
        writers = [threading.Thread(target=slow_writer, args=(inbox, items[k::4], k % 2 == 1, partial))
                   for k in range(4)]
        for w in writers:
            w.start()
        for w in writers:
            w.join()
        wait_until(lambda: len(files_in(inbox / "done")) >= 200, 90, what="200 files in done/")
        time.sleep(0.3)
    finally:
        rc = d.stop()
    assert rc == 0
    assert partial == [], f"taken while still being written: {partial}"
    done = files_in(inbox / "done")
    assert [p.name for p in done] == sorted(f"{n}.jpg" for n in names)       # each once, no -2 copies
    assert images_in(inbox / "failed") == images_in(inbox / "unmatched") == []
    assert images_in(inbox) == []
    for p in done:   # complete: every byte of image data the writer wrote is there
        assert scan_data(p.read_bytes()) == scan_data(payload[p.stem])
    tags = exiftool_many(done, "-IPTC:Headline", "-XMP-dc:Description", "-XMP-dc:Creator", "-IPTC:By-line")
    assert len(tags) == 200
    for t in tags:
        stem = Path(t["SourceFile"]).stem
        assert t["IPTC:Headline"] == f"Headline {stem}"
        assert t["XMP-dc:Description"] == f"Caption for {stem}"
        assert t["IPTC:By-line"] == "Ann Example"
    rows = journal_rows(inbox)
    assert len(rows) == 200 and {r["status"] for r in rows} == {"written"}
    assert all(r["sha256_in"] and r["sha256_out"] and r["sha256_in"] != r["sha256_out"] for r in rows)
    assert {json.loads(r["changes"])[0]["field"] for r in rows} <= {"headline", "description", "creatorNames"}
    assert not list((inbox / ".captionist" / "work").iterdir())


# --------------------------------------------------------------------------- crash and restart

def test_sigkill_mid_batch_then_restart_loses_and_duplicates_nothing(box, tmp_path):
    inbox, records = box
    names = [f"c{i:03d}" for i in range(300)]
    matched = [n for i, n in enumerate(names) if i % 30 != 7]        # 10 match no record
    corrupt = {n for i, n in enumerate(names) if i % 60 == 11}       # 5 are not images at all
    write_records(records / "r.json", matched)
    staging = tmp_path / "staging"
    staging.mkdir()
    payload = {}
    for i, n in enumerate(names):
        payload[n] = b"this is not a JPEG at all\n" * 40 if n in corrupt else jpeg_bytes(i)
        (staging / f"{n}.jpg").write_bytes(payload[n])
    for n in names:                       # a complete batch appears at once (renamed in)
        os.rename(staging / f"{n}.jpg", inbox / f"{n}.jpg")

    d = DaemonProcess(inbox, records, "--workers", "2").start()
    routed = lambda: sum(len(images_in(inbox / f)) for f in ("done", "failed", "unmatched"))  # noqa: E731
    wait_until(lambda: routed() >= 60, 60, step=0.01, what="60 files routed")
    d.kill()
    first = routed()
    assert first < 300, "the batch was finished before the kill; the test proves nothing"
    # a second crash, soon after the restart (recovery itself interrupted)
    d2 = DaemonProcess(inbox, records, "--workers", "2").start()
    time.sleep(0.4)
    d2.kill()
    d3 = DaemonProcess(inbox, records, "--workers", "2").start()
    try:
        wait_until(lambda: routed() >= 300, 90, what="all 300 files routed after the restart")
        time.sleep(0.5)
    finally:
        assert d3.stop() == 0

    where: dict[str, list[str]] = {}
    for folder in ("done", "failed", "unmatched", "review"):
        for p in images_in(inbox / folder):
            where.setdefault(p.name, []).append(folder)
    assert sorted(where) == sorted(f"{n}.jpg" for n in names)                  # none lost, none renamed -2
    assert all(len(v) == 1 for v in where.values()), {k: v for k, v in where.items() if len(v) > 1}
    for n in names:
        assert where[f"{n}.jpg"] == ["failed" if n in corrupt else "done" if n in matched else "unmatched"]
    assert images_in(inbox) == []
    assert not any(p.is_dir() for inst in (inbox / ".captionist" / "work").iterdir() for p in inst.iterdir())
    for folder in ("done", "failed", "unmatched"):
        assert not [p for p in (inbox / folder).iterdir() if p.name.startswith(".")], "temp files left"

    done = images_in(inbox / "done")
    for p in done:        # no truncated output: complete image data, readable, captioned
        assert scan_data(p.read_bytes()) == scan_data(payload[p.stem])
    tags = exiftool_many(done, "-IPTC:Headline")
    assert {Path(t["SourceFile"]).stem: t.get("IPTC:Headline") for t in tags} == \
        {p.stem: f"Headline {p.stem}" for p in done}
    for p in images_in(inbox / "failed"):
        err = json.loads(Path(str(p) + ".error.json").read_text())
        assert err["traceback_id"] and "cannot" in err["error"] or "not an image" in err["error"]

    # the journal agrees: one final row per file, at the place the file is
    final = latest_by_item(journal_rows(inbox))
    by_output = {r["output"]: r for r in final.values()}
    assert len(final) == 300
    for folder in ("done", "failed", "unmatched"):
        for p in images_in(inbox / folder):
            row = by_output[str(p)]
            assert row["folder"] == folder
            if folder == "done":
                import hashlib
                assert row["sha256_out"] == hashlib.sha256(p.read_bytes()).hexdigest()
                assert row["status"] in ("written", "unchanged")


# --------------------------------------------------------------------------- records after files

def test_files_wait_in_unmatched_until_their_records_arrive(box):
    inbox, records = box
    d = DaemonProcess(inbox, records, "--workers", "1").start()
    try:
        for i in range(5):
            (inbox / f"late-{i}.jpg").write_bytes(jpeg_bytes(i))
        wait_until(lambda: len(images_in(inbox / "unmatched")) == 5, 30, what="5 files in unmatched/")
        write_records(records / "later.json", [f"late-{i}" for i in range(5)])
        wait_until(lambda: len(images_in(inbox / "done")) == 5, 30, what="5 files captioned after the records")
    finally:
        assert d.stop() == 0
    assert images_in(inbox / "unmatched") == []
    tags = exiftool_many(images_in(inbox / "done"), "-IPTC:Headline")
    assert sorted(t["IPTC:Headline"] for t in tags) == [f"Headline late-{i}" for i in range(5)]
    rows = journal_rows(inbox)
    for item, row in latest_by_item(rows).items():
        assert row["status"] == "written" and row["source"] == "unmatched"
        assert [r["status"] for r in rows if r["item"] == item] == ["unmatched", "written"]


# --------------------------------------------------------------------------- a worker crash

def test_worker_abort_fails_that_file_only(box):
    inbox, records = box
    ids = [f"ok-{i}" for i in range(6)] + ["bad-BOOM"]
    write_records(records / "r.json", ids)
    d = DaemonProcess(inbox, records, "--workers", "2", env={"CAPTIONIST_TEST_ABORT_MARKER": "BOOM"}).start()
    try:
        for i, n in enumerate(ids):
            (inbox / f"{n}.jpg").write_bytes(jpeg_bytes(i))
        wait_until(lambda: len(images_in(inbox / "done")) == 6 and images_in(inbox / "failed"), 40,
                   what="6 done and 1 failed")
        (inbox / "ok-after.jpg").write_bytes(jpeg_bytes(99))     # the daemon goes on
        write_records(records / "r2.json", ["ok-after"])
        wait_until(lambda: (inbox / "done" / "ok-after.jpg").exists(), 30, what="a file after the crash")
        wait_until(lambda: (d.status() or {}).get("worker_restarts", 0) >= 1, 10, what="the status file")
        assert d.status()["workers"] == 2
        assert _cli("status", str(inbox), "--check").exit_code == 0
    finally:
        assert d.stop() == 0
    assert _cli("status", str(inbox), "--check").exit_code == 1
    assert [p.name for p in images_in(inbox / "failed")] == ["bad-BOOM.jpg"]
    err = json.loads((inbox / "failed" / "bad-BOOM.jpg.error.json").read_text())
    assert "worker process died (signal SIGABRT)" in err["error"] and err["traceback_id"]
    assert (inbox / "failed" / "bad-BOOM.jpg").read_bytes() == jpeg_bytes(6)     # handed over untouched


# --------------------------------------------------------------------------- arrival rules, in a thread

def _cli(*args: str):
    from click.testing import CliRunner

    from captionist.cli import main
    return CliRunner().invoke(main, list(args))


def _settings(inbox: Path, records: Path, **kw):
    from captionist.settings import load_settings
    return load_settings(daemon=dict(inbox=inbox, records=records, workers=1, **kw)).daemon


# One daemon run, seven things checked, one test each: the in-process API (health, metrics),
# noise never taken, sub-folders left alone, a sidecar travelling with its image, a name clash
# in done/, an ambiguous match in review/, and undo. The run is shared (module scope): a daemon
# start per check would add a minute to the suite for nothing.

_SIDECAR = (b'<?xpacket begin="\xef\xbb\xbf" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
            b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></x:xmpmeta>'
            b'<?xpacket end="w"?>')
_NOISE = [".hidden.jpg", "upload.jpg.part", "~$draft.jpg", "x.crdownload", "partial.tmp",
          ".x.jpg.1234-ab.captionist-tmp", "lonely.xmp"]


@pytest.fixture(scope="module")
def one_run(tmp_path_factory):
    from captionist.daemon import Daemon

    root = tmp_path_factory.mktemp("one-run")
    inbox, records = root / "inbox", root / "records"
    inbox.mkdir()
    records.mkdir()
    (records / "r.json").write_text(json.dumps([
        {"id": "pair", "headline": "Pair"},
        {"id": "twice", "headline": "Twice", "description": "New caption"},
        {"id": "amb-a", "match": {"file": "amb*.jpg"}, "headline": "A"},
        {"id": "amb-b", "match": {"file": "amb*.jpg"}, "headline": "B"},
    ]))
    for n in _NOISE:
        (inbox / n).write_bytes(b"noise")
    (inbox / "sub").mkdir()
    (inbox / "sub" / "pair.jpg").write_bytes(jpeg_bytes(1))           # not recursive: left alone
    (inbox / "done").mkdir()
    (inbox / "done" / "twice.jpg").write_bytes(b"an older file of that name")
    d = Daemon(_settings(inbox, records)).start()
    seen = {}
    try:
        seen["health"] = d.health()
        (inbox / "pair.xmp").write_bytes(_SIDECAR)
        (inbox / "pair.jpg").write_bytes(jpeg_bytes(2))
        (inbox / "twice.jpg").write_bytes(jpeg_bytes(3))
        (inbox / "amb1.jpg").write_bytes(jpeg_bytes(4))
        wait_until(lambda: len(images_in(inbox / "done")) == 4 and images_in(inbox / "review"), 30,
                   what="pair + clash in done/, amb1 in review/")
        seen["metrics"] = wait_until(lambda: (lambda m: m if sum(m["counts"].values()) == 3 else None)(d.metrics()),
                                     5, what="the counts")
    finally:
        d.stop()
    seen["health_after"] = d.health()
    seen["twice-2"] = exiftool(inbox / "done" / "twice-2.jpg")   # before the undo test changes it
    return inbox, seen


def test_the_daemons_health_and_metrics_count_what_it_did(one_run):
    _, seen = one_run
    assert seen["health"]["status"] == "ok"
    m = seen["metrics"]
    assert m["counts"] == {"written": 2, "review": 1}
    assert m["latency_seconds"]["count"] == 2 and m["latency_seconds"]["buckets"]["+Inf"] == 2
    assert seen["health_after"]["state"] == "stopped"


def test_noise_in_the_inbox_is_never_taken(one_run):
    inbox, _ = one_run
    assert sorted(p.name for p in inbox.iterdir() if p.is_file()) == sorted(_NOISE)


def test_sub_folders_are_left_alone_when_not_recursive(one_run):
    inbox, _ = one_run
    assert (inbox / "sub" / "pair.jpg").exists()


def test_a_sidecar_travels_with_its_image(one_run):
    inbox, _ = one_run
    assert (inbox / "done" / "pair.xmp").read_bytes() == _SIDECAR
    assert "pair.jpg" in [p.name for p in files_in(inbox / "done")]


def test_a_name_taken_in_done_gets_a_new_name_and_the_old_file_is_never_overwritten(one_run):
    inbox, seen = one_run
    done = inbox / "done"
    assert sorted(p.name for p in files_in(done)) == ["pair.jpg", "pair.xmp", "twice-2.jpg", "twice.jpg"]
    assert (done / "twice.jpg").read_bytes() == b"an older file of that name"
    assert seen["twice-2"]["IPTC:Headline"] == "Twice"


def test_an_ambiguous_match_goes_to_review_naming_the_candidates(one_run):
    inbox, _ = one_run
    review = json.loads((inbox / "review" / "amb1.jpg.review.json").read_text())
    assert {c["record"] for c in review["match"]["candidates"]} == {"amb-a", "amb-b"}


def test_undo_brings_back_the_metadata_before_captioning_pixels_untouched(one_run):
    from captionist.settings import load_c2pa
    from captionist.undo import undo

    inbox, seen = one_run
    done = inbox / "done"
    # the metadata before captioning comes back (here: none of it), pixels untouched
    assert seen["twice-2"]["XMP-dc:Description"] == "New caption"
    results = undo(inbox / ".captionist" / "journal.sqlite", str(done / "twice-2.jpg"), load_c2pa())
    assert [r.status for r in results] == ["undone"]
    after = exiftool(done / "twice-2.jpg")
    for tag in ("IPTC:Headline", "XMP-dc:Description", "XMP-photoshop:Headline", "IPTC:Caption-Abstract",
                "IFD0:ImageDescription"):
        assert tag not in after, tag
    assert after["IFD0:Make"] == "Canon"
    assert scan_data((done / "twice-2.jpg").read_bytes()) == scan_data(jpeg_bytes(3))
    again = undo(inbox / ".captionist" / "journal.sqlite", str(done / "twice-2.jpg"), load_c2pa())
    assert [r.status for r in again] == ["failed"]                             # already undone


def test_undo_restores_previous_values_by_run(box, tmp_path):
    from captionist.daemon import Daemon
    from captionist.pipeline import Options, embed
    from captionist.model import CaptionRecord
    from captionist.settings import load_c2pa
    from captionist.undo import undo

    inbox, records = box
    wire = tmp_path / "wire.jpg"
    wire.write_bytes(jpeg_bytes(5))
    embed(wire, CaptionRecord.model_validate({"headline": "Wire headline", "description": "Wire caption"}),
          Options())
    write_records(records / "r.json", ["wire"])
    d = Daemon(_settings(inbox, records, once=True))
    os.rename(wire, inbox / "wire.jpg")
    assert d.run() == 0
    out = inbox / "done" / "wire.jpg"
    assert exiftool(out)["IPTC:Headline"] == "Headline wire"
    results = undo(inbox / ".captionist" / "journal.sqlite", d.run_id, load_c2pa())
    assert [r.status for r in results] == ["undone"]
    t = exiftool(out)
    assert t["IPTC:Headline"] == t["XMP-photoshop:Headline"] == "Wire headline"
    assert t["XMP-dc:Description"] == t["IPTC:Caption-Abstract"] == "Wire caption"


def test_polling_mode_waits_for_a_slow_writer(box):
    from captionist.daemon import Daemon

    inbox, records = box
    write_records(records / "r.json", ["slow"])
    d = Daemon(_settings(inbox, records, polling=True, settle=0.6, poll_interval=0.1)).start()
    try:
        data = jpeg_bytes(8)
        with open(inbox / "slow.jpg", "wb") as f:
            for i in range(0, len(data), 500):
                f.write(data[i:i + 500])
                f.flush()
                time.sleep(0.1)                    # pauses shorter than the settle time
                assert (inbox / "slow.jpg").exists()
        wait_until(lambda: (inbox / "done" / "slow.jpg").exists(), 20, what="slow.jpg in done/")
    finally:
        d.stop()
    assert scan_data((inbox / "done" / "slow.jpg").read_bytes()) == scan_data(data)


def test_failed_file_gets_an_error_json_and_status_reports_it(box):
    from click.testing import CliRunner

    from captionist.cli import main
    from captionist.daemon import Daemon

    inbox, records = box
    write_records(records / "r.json", ["broken"])
    (inbox / "broken.jpg").write_bytes(b"\xff\xd8\xff\xe0 truncated")
    d = Daemon(_settings(inbox, records, once=True, incomplete_timeout=0.2))
    assert d.run() == 1
    err = json.loads((inbox / "failed" / "broken.jpg.error.json").read_text())
    assert err["status"] == "failed" and err["traceback_id"] and err["file"] == "broken.jpg"
    assert str(inbox / "broken.jpg") in err["error"]         # named where it arrived
    r = CliRunner().invoke(main, ["status", str(inbox), "--json"])
    assert r.exit_code == 0, r.output
    st = json.loads(r.output)
    assert st["counts"] == {"failed": 1} and st["on_disk"]["failed"] == 1
    assert st["last_errors"][0]["traceback_id"] == err["traceback_id"]
    r = CliRunner().invoke(main, ["history", "--inbox", str(inbox), "--status", "failed", "--json"])
    assert json.loads(r.output.splitlines()[0])["name"] == "broken.jpg"


def test_settings_precedence(tmp_path, monkeypatch):
    from captionist.settings import load_settings

    cfg = tmp_path / "c.toml"
    cfg.write_text('inbox = "/srv/in"\nrecords = "/srv/rec"\nworkers = 3\nsettle = 4.5\n'
                   'ignore = ["*.part"]\n')
    monkeypatch.setenv("CAPTIONIST_WORKERS", "5")
    s = load_settings(cfg, daemon=dict(settle=None)).daemon
    assert (s.workers, s.settle, s.ignore, str(s.inbox)) == (5, 4.5, ["*.part"], "/srv/in")
    s = load_settings(cfg, daemon=dict(workers=1)).daemon
    assert s.workers == 1 and s.folder("done") == Path("/srv/in/done")
    assert s.journal_path == Path("/srv/in/.captionist/journal.sqlite")


def test_container_files_are_valid_and_name_real_commands():
    import tomllib

    import yaml

    from captionist.cli import main
    from captionist.settings import load_settings

    root = Path(__file__).resolve().parents[1]
    compose = yaml.safe_load((root / "docker-compose.yml").read_text())
    svc = compose["services"]["captionist"]
    assert svc["command"][0] in cli_commands()
    assert svc["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL")
    check = svc["healthcheck"]["test"]
    assert check[1] == "captionist" and check[2] in cli_commands()
    assert {p.opts[0] for p in cli_commands()[check[2]].params if p.opts} >= {o for o in check[3:] if o.startswith("-")}
    for vol in svc["volumes"]:
        assert ":" in (vol if isinstance(vol, str) else vol["target"])
    # the config the compose file mounts is one `serve` accepts, daemon table included
    mounted = next(v.split(":")[0] for v in svc["volumes"] if v.split(":")[1] == svc["command"][2])
    conf = tomllib.loads((root / mounted).read_text())
    assert conf["api"]["run_daemon"] is True
    assert load_settings(root / mounted, environ={}).daemon.inbox == Path(conf["daemon"]["inbox"])
    text = (root / "Dockerfile").read_text()
    assert "ENTRYPOINT" in text and "captionist" in text and "HEALTHCHECK" in text


def test_a_hung_file_times_out_and_sigterm_hands_work_back(box):
    inbox, records = box
    write_records(records / "r.json", ["hang-SLOW", "later-SLOW", "fine"])
    d = DaemonProcess(inbox, records, "--workers", "1",
                      env={"CAPTIONIST_TEST_SLEEP_MARKER": "SLOW:3", "CAPTIONIST_JOB_TIMEOUT": "1",
                           "CAPTIONIST_STOP_TIMEOUT": "0.3"}).start()
    try:
        (inbox / "hang-SLOW.jpg").write_bytes(jpeg_bytes(1))
        wait_until(lambda: images_in(inbox / "failed"), 20, what="the hung file to fail")
        (inbox / "fine.jpg").write_bytes(jpeg_bytes(2))
        wait_until(lambda: images_in(inbox / "done"), 20, what="the next file to be done")
        (inbox / "later-SLOW.jpg").write_bytes(jpeg_bytes(3))
        wait_until(lambda: not (inbox / "later-SLOW.jpg").exists(), 10, what="later-SLOW to be claimed")
    finally:
        assert d.stop() == 0                    # SIGTERM while later-SLOW is in flight
    err = json.loads((inbox / "failed" / "hang-SLOW.jpg.error.json").read_text())
    assert "timed out after 1 s" in err["error"]
    assert (inbox / "later-SLOW.jpg").read_bytes() == jpeg_bytes(3)        # handed back, untouched
    assert [p.name for p in images_in(inbox / "done")] == ["fine.jpg"]
    assert not any((inbox / ".captionist" / "work").iterdir())
    assert any(line.get("msg") == "handed back" for line in d.log_lines())


def test_two_daemons_on_one_inbox_never_take_the_same_file(box):
    inbox, records = box
    names = [f"two-{i:03d}" for i in range(120)]
    write_records(records / "r.json", names)
    a = DaemonProcess(inbox, records, "--workers", "1", log=inbox.parent / "a.log").start()
    b = DaemonProcess(inbox, records, "--workers", "1", log=inbox.parent / "b.log").start()
    try:
        for i, n in enumerate(names):
            (inbox / f"{n}.jpg").write_bytes(jpeg_bytes(i))
        wait_until(lambda: len(images_in(inbox / "done")) >= 120, 60, what="120 files in done/")
        time.sleep(0.3)
    finally:
        assert a.stop() == 0 and b.stop() == 0
    assert [p.name for p in images_in(inbox / "done")] == [f"{n}.jpg" for n in names]
    rows = journal_rows(inbox)
    assert len(rows) == 120 and len({r["name"] for r in rows}) == 120
    assert len({r["run_id"] for r in rows}) == 2          # both did a share of the work


def test_recursive_mode_keeps_sub_folders_and_retries_expire(box):
    from captionist.daemon import Daemon

    inbox, records = box
    write_records(records / "r.json", ["deep"])
    (inbox / "agency" / "afp").mkdir(parents=True)
    (inbox / "agency" / "afp" / "deep.jpg").write_bytes(jpeg_bytes(1))
    (inbox / "agency" / "nobody.jpg").write_bytes(jpeg_bytes(2))
    d = Daemon(_settings(inbox, records, recursive=True, once=True))
    assert d.run() == 1                                  # one file matched nothing
    assert (inbox / "done" / "agency" / "afp" / "deep.jpg").exists()
    assert (inbox / "unmatched" / "agency" / "nobody.jpg").exists()
    # an unmatched file past unmatched_expire stays where it is, and is counted
    d = Daemon(_settings(inbox, records, recursive=True, once=True, unmatched_expire=0.001))
    assert d.run() == 0
    assert (inbox / "unmatched" / "agency" / "nobody.jpg").exists()
    assert d.metrics()["held_expired"] == 1


# --------------------------------------------------------------------------- routing fails, then a stop

def _copies_of(name: str, *roots: Path) -> list[bytes]:
    """The contents of every file called `name` under `roots` (the daemon's working folder included)."""
    return [p.read_bytes() for root in roots for p in root.rglob(name) if p.is_file()]


def _break_done_while_in_flight(inbox: Path, done: Path) -> None:
    wait_until(lambda: not (inbox / "a.jpg").exists(), 20, what="a.jpg to be claimed")
    done.rmdir()                                  # the share goes away: `done` becomes a plain file
    done.write_bytes(b"not a folder")


def test_routing_failure_then_once_exit_keeps_the_original(box, tmp_path):
    inbox, records = box
    write_records(records / "r.json", ["a"])
    done = tmp_path / "out" / "ok" / "done"
    d = DaemonProcess(inbox, records, "--done", str(done), "--once", "--workers", "1",
                      env={"CAPTIONIST_TEST_SLEEP_MARKER": "a.jpg:1.5"})
    original = jpeg_bytes(7)
    (inbox / "a.jpg").write_bytes(original)
    d.start(wait=False)
    _break_done_while_in_flight(inbox, done)
    rc = d.stop()                                 # --once: it exits by itself (stop() only waits)
    assert any(line.get("msg", "").startswith("routing failed") for line in d.log_lines())
    assert _copies_of("a.jpg", inbox, tmp_path / "out") == [original]      # still there, untouched
    assert rc == 1


def test_routing_failure_then_sigterm_keeps_the_original(box, tmp_path):
    inbox, records = box
    write_records(records / "r.json", ["a"])
    done = tmp_path / "out" / "ok" / "done"
    d = DaemonProcess(inbox, records, "--done", str(done), "--workers", "1",
                      env={"CAPTIONIST_TEST_SLEEP_MARKER": "a.jpg:1.5"}).start()
    original = jpeg_bytes(7)
    (inbox / "a.jpg").write_bytes(original)
    try:
        _break_done_while_in_flight(inbox, done)
        wait_until(lambda: any(line.get("msg", "").startswith("routing failed") for line in d.log_lines()),
                   20, what="the routing failure")
    finally:
        rc = d.stop()                             # SIGTERM well before the next re-scan
    assert _copies_of("a.jpg", inbox, tmp_path / "out") == [original]
    assert (inbox / "a.jpg").read_bytes() == original                      # handed back to the inbox
    assert rc == 0


def test_instance_release_leaves_claims_holding_files_for_the_next_start(tmp_path):
    from captionist.daemon.claims import Instance

    work = tmp_path / "work"
    work.mkdir()
    inst = Instance(work)
    inst.acquire("run-x")
    (inst.dir / "c1" / "out").mkdir(parents=True)
    (inst.dir / "c1" / "photo.jpg").write_bytes(b"the original")
    (inst.dir / "c2" / "out").mkdir(parents=True)               # empty: removed
    inst.release()
    assert (inst.dir / "c1" / "photo.jpg").read_bytes() == b"the original"
    assert not (inst.dir / "c2").exists() and not (inst.dir / "c1" / "out").exists()
    taken = []
    survivor = Instance(work)
    survivor.acquire("run-y")
    survivor.take_over_dead(taken.append, lambda *a, **k: None)
    assert [p.name for p in taken] == ["c1"] and (survivor.dir / "c1" / "photo.jpg").exists()
    assert not inst.dir.exists()
    survivor.release()
    (survivor.dir / "c1" / "photo.jpg").unlink()
    (survivor.dir / "c1").rmdir()
    inst2 = Instance(work)
    inst2.acquire("run-z")
    inst2.take_over_dead(taken.append, lambda *a, **k: None)
    inst2.release()
    assert not any(work.iterdir())                                # emptied folders all go


# --------------------------------------------------------------------------- truncated uploads, trailers

def test_truncated_jpeg_fails_after_the_incomplete_timeout_untouched(box):
    from captionist.daemon import Daemon

    inbox, records = box
    write_records(records / "r.json", ["e", "junk", "motion"])
    whole = jpeg_bytes(3, size=(640, 480))
    cut = whole[:len(whole) // 2]                   # `head -c` of a JPEG: header intact, no FF D9
    (inbox / "e.jpg").write_bytes(cut)
    (inbox / "junk.jpg").write_bytes(jpeg_bytes(4) + b"a trailer nobody knows")
    d = Daemon(_settings(inbox, records, once=True, incomplete_timeout=0.3))
    assert d.run() == 1
    assert [p.name for p in images_in(inbox / "failed")] == ["e.jpg"]
    assert (inbox / "failed" / "e.jpg").read_bytes() == cut                # byte-identical, never written
    err = json.loads((inbox / "failed" / "e.jpg.error.json").read_text())
    assert "no JPEG end marker (FF D9) after 0.3 s: truncated upload?" in err["error"]
    assert str(inbox / "e.jpg") in err["error"]
    import hashlib
    assert err["sha256"] == hashlib.sha256(cut).hexdigest()
    assert [p.name for p in images_in(inbox / "done")] == ["junk.jpg"]     # has its end: taken anyway
    assert (inbox / "done" / "junk.jpg").read_bytes().endswith(b"\xff\xd9a trailer nobody knows")


def test_motion_photo_is_taken_without_waiting_for_the_incomplete_timeout(box):
    from captionist.daemon import Daemon

    inbox, records = box
    write_records(records / "r.json", ["motion"])
    video = mp4_bytes(b"\xff\xd9 frame data " * 300)   # FF D9 inside, not at the end
    (inbox / "motion.jpg").write_bytes(jpeg_bytes(5) + video)
    # whole as it stands: the daemon does not wait out `incomplete_timeout` for it (the
    # decision is read from the file, so it is checked here, not by timing the run)
    from captionist.endmarkers import looks_complete
    assert looks_complete(inbox / "motion.jpg")
    d = Daemon(_settings(inbox, records, once=True, incomplete_timeout=60))
    assert d.run() == 0
    out = (inbox / "done" / "motion.jpg").read_bytes()
    assert out.endswith(video) and exiftool(inbox / "done" / "motion.jpg")["IPTC:Headline"] == "Headline motion"


# --------------------------------------------------------------------------- records caught half-written

def test_records_folder_keeps_a_half_written_files_last_good_records(tmp_path, caplog):
    from captionist.daemon.records import RecordsWatch
    from captionist.sources.store import RecordStore

    folder = tmp_path / "records"
    folder.mkdir()
    write_records(folder / "desk.json", ["a", "b"])
    write_records(folder / "wire.json", ["c"])
    (folder / "rows.jsonl").write_text('{"id": "r1"}\n{"id": "r2"}\n')
    store = RecordStore(folder)
    assert sorted(r.id for r in store.records) == ["a", "b", "c", "r1", "r2"]

    text = (folder / "desk.json").read_text()
    (folder / "desk.json").write_text(text[: len(text) // 2])             # caught half-written
    (folder / "rows.jsonl").write_text('{"id": "r1"}\n{"id": "r2", "headline": 5}\n')   # one bad row
    with caplog.at_level("WARNING", logger="captionist.sources"):
        assert store.reload_if_changed() is True
    assert sorted(r.id for r in store.records) == ["a", "b", "c", "r1"]   # r2's row is bad: not kept
    assert {r.id: r.headline for r in store.records}["a"] == "Headline a"
    assert any(str(folder / "desk.json") in str(e) and "not valid JSON" in str(e) for e in store.errors)
    assert len(store.kept) == 1 and str(folder / "desk.json") in store.kept[0]
    assert store.kept[0] in store.warnings and str(folder / "desk.json") in caplog.text
    # the daemon's figures follow the same rule
    watch = RecordsWatch(_settings(tmp_path / "inbox", folder), lambda *a, **k: None)
    watch.load()                                     # a first load that meets the broken file: no good set
    assert watch.info["count"] == 2

    write_records(folder / "desk.json", ["a", "b2"])                      # written whole again
    assert store.reload_if_changed() is True
    assert sorted(r.id for r in store.records) == ["a", "b2", "c", "r1"] and store.kept == []
    (folder / "desk.json").write_text("")                                 # truncated to nothing
    store.reload_if_changed()
    assert sorted(r.id for r in store.records) == ["a", "b2", "c", "r1"] and len(store.kept) == 1
    (folder / "desk.json").unlink()                                       # removed: its records go
    store.reload_if_changed()
    assert sorted(r.id for r in store.records) == ["c", "r1"] and store.kept == []


def test_records_watch_keeps_its_store_so_the_figures_keep_the_last_good_records(tmp_path):
    from captionist.daemon.records import RecordsWatch

    folder = tmp_path / "records"
    folder.mkdir()
    write_records(folder / "desk.json", ["a", "b"])
    write_records(folder / "wire.json", ["c"])
    logged = []
    watch = RecordsWatch(_settings(tmp_path / "inbox", folder, records_settle=0.0),
                         lambda level, msg, **kw: logged.append((msg, kw)))
    watch.load()
    assert watch.info["count"] == 3
    (folder / "desk.json").write_text('[{"id": "a", "head')
    assert watch.check(1.0) is False and watch.check(2.0) is True
    assert watch.info["count"] == 3 and str(folder / "desk.json") in watch.info["kept"][0]
    assert any(str(folder / "desk.json") in kw.get("error", "") and "last good" in msg for msg, kw in logged)


def test_container_keeps_inbox_and_output_folders_on_one_mount():
    """link(2) fails across mounts (EXDEV) even on one disk, so every route would take the copy
    path, which can route a file twice after a crash: the inbox and the output folders must be
    in one mount, in the compose file and in the image (a VOLUME below that mount would put an
    anonymous volume over part of it)."""
    import re
    import tomllib

    import yaml

    root = Path(__file__).resolve().parents[1]
    svc = yaml.safe_load((root / "docker-compose.yml").read_text())["services"]["captionist"]
    targets = [(v if isinstance(v, str) else v["target"]).split(":")[1] for v in svc["volumes"]]

    def mount_of(path: str) -> str | None:
        under = [t for t in targets if Path(path).is_relative_to(t)]
        return max(under, key=len) if under else None

    conf = tomllib.loads((root / "deploy" / "captionist.toml").read_text())
    daemon = conf["daemon"]
    folders = [daemon["inbox"], *(daemon[k] for k in ("done", "failed", "unmatched", "review"))]
    assert {mount_of(f) for f in folders} == {"/data"}
    assert mount_of(daemon["records"]) == mount_of(conf["api"]["records_dir"]) == "/data"
    assert all(mount_of(s) == "/data" for s in conf["api"]["storage_roots"])
    text = (root / "Dockerfile").read_text()
    env = dict(re.findall(r"(CAPTIONIST_(?:INBOX|DONE|FAILED|UNMATCHED|REVIEW))=(\S+)", text))
    assert len(env) == 5 and {mount_of(v) for v in env.values()} == {"/data"}
    declared = [v for m in re.findall(r"^VOLUME\s+(\[.*\])", text, re.M) for v in json.loads(m)]
    assert declared and not [v for v in declared for t in targets if Path(v).is_relative_to(t) and v != t]
