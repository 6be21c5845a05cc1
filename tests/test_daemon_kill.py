"""The daemon killed (SIGKILL) at many points while files arrive: every file ends in exactly one
outcome folder with one journal row (issue 11, item 4). And the window that routed one file
twice, a kill while a routed claim folder was being removed, closed step by step."""

from __future__ import annotations

import json
import os
import random
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import exiftool_many, make_jpeg
from daemon_helpers import DaemonProcess, images_in, jpeg_bytes, wait_until, write_records

from captionist import journal
from captionist.daemon import routing
from captionist.daemon.claims import Claim, reclaim

pytestmark = pytest.mark.slow
OUTCOMES = ("done", "failed", "unmatched", "review")


def _rows(inbox: Path) -> list[dict]:
    con = sqlite3.connect(inbox / ".captionist" / "journal.sqlite")
    con.row_factory = sqlite3.Row
    rows = [dict(r) for r in con.execute("SELECT * FROM files")]
    con.close()
    return rows


def _claim_state(tmp_path: Path, k: int) -> tuple[Path, Claim, Path]:
    """A claim folder as the worker leaves it: the original, the captioned copy in out/."""
    inbox = tmp_path / f"inbox{k}"
    cdir = inbox / ".captionist" / "work" / "inst" / f"claim{k}"
    (cdir / "out").mkdir(parents=True)
    make_jpeg(cdir / "x.jpg")
    make_jpeg(cdir / "out" / "x.jpg", seed=2)
    claim = Claim(f"claim{k}", cdir, "x.jpg", f"item{k}", "inbox", str(inbox), "", 1.0, 1.0, 1.0)
    (cdir / "job.json").write_text(json.dumps(claim.to_json()))
    return inbox, claim, cdir


@pytest.mark.parametrize("steps", range(0, 5))
def test_a_kill_while_a_routed_claim_is_removed_never_routes_twice(tmp_path, monkeypatch, steps):
    """Stop the removal of the claim folder after `steps` entries (what SIGKILL does at that
    point), then recover as a restarted daemon does: the file is routed once."""
    inbox, claim, cdir = _claim_state(tmp_path, steps)
    done = inbox / "done"
    folders = {f: inbox / f for f in ("done", "failed", "unmatched", "review")}
    router = routing.Router(folders, "run", fsync=False, log=lambda *a, **k: None)
    router.journal = journal.Journal(tmp_path / f"j{steps}.sqlite")
    router.journal.start_run("run", "daemon")
    real = routing.remove_claim
    monkeypatch.setattr(routing, "remove_claim", lambda d: real(d, steps=steps))
    router.finish(claim, {"status": "written", "record": "x"})
    monkeypatch.setattr(routing, "remove_claim", real)
    # the restart: finish a route that is written down, or process the claim again
    if cdir.exists():
        route = routing.read_route(cdir)
        if route is not None:
            router.apply(cdir, route)
        else:
            assert reclaim(cdir, inbox) is None, "an unrouted-looking claim would be routed a second time"
    assert [p.name for p in images_in(done)] == ["x.jpg"]
    assert not cdir.exists()
    rows = router.journal.con.execute("SELECT claim, output FROM files").fetchall()
    assert [tuple(r) for r in rows] == [("claim%d" % steps, str(done / "x.jpg"))]


def test_removal_leaves_the_route_for_last(tmp_path):
    _, _, cdir = _claim_state(tmp_path, 9)
    (cdir / "route.json").write_text("{}")
    assert [p.name for p in routing.removal_order(cdir)][-2:] == ["job.json", "route.json"]


def test_daemon_killed_at_many_points_over_400_arriving_files(tmp_path):
    rnd = random.Random(400)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    records = tmp_path / "records"
    records.mkdir()
    names = [f"k{i:03d}" for i in range(400)]
    matched = [n for i, n in enumerate(names) if i % 40 != 3]        # 10 match no record
    write_records(records / "r.json", matched)
    staging = tmp_path / "staging"
    staging.mkdir()
    payload = {n: jpeg_bytes(i) for i, n in enumerate(names)}
    for n in names:
        (staging / f"{n}.jpg").write_bytes(payload[n])
    batches = [names[i:i + 20] for i in range(0, 400, 20)]

    def routed() -> int:
        return sum(len(images_in(inbox / f)) for f in OUTCOMES)

    def unfinished() -> bool:
        """Work the killed daemon left: files not yet taken, or claim folders."""
        work = inbox / ".captionist" / "work"
        return bool(images_in(inbox)) or any(c.is_dir() for i in work.iterdir() for c in i.iterdir())

    kills = interrupted = 0
    for batch in batches:                 # files keep arriving between and during the kills
        for n in batch:
            os.rename(staging / f"{n}.jpg", inbox / f"{n}.jpg")
        d = DaemonProcess(inbox, records, "--workers", "2").start()
        time.sleep(rnd.uniform(0.05, 0.6))
        d.kill()
        kills += 1
        interrupted += unfinished()
        if kills in (7, 14):              # a kill during recovery, right after the restart
            d = DaemonProcess(inbox, records, "--workers", "2").start(wait=False)
            time.sleep(rnd.uniform(0.3, 0.9))
            d.kill()
            kills += 1
    assert kills >= 20
    assert interrupted >= 5, "the kills came after the work was done; the test proves nothing"
    d = DaemonProcess(inbox, records, "--workers", "2").start()
    try:
        wait_until(lambda: routed() >= 400 and not images_in(inbox), 180, what="all 400 files routed")
        time.sleep(0.5)
    finally:
        assert d.stop() == 0

    where: dict[str, list[str]] = {}
    for folder in OUTCOMES:
        for p in images_in(inbox / folder):
            where.setdefault(p.stem, []).append(f"{folder}/{p.name}")
    assert sorted(where) == sorted(names), "a file was lost or routed under a second name"
    assert {k: v for k, v in where.items() if len(v) != 1} == {}
    for n in names:
        assert where[n] == [f"{'done' if n in matched else 'unmatched'}/{n}.jpg"]
    rows = _rows(inbox)
    per_name: dict[str, set] = {}
    for r in rows:
        per_name.setdefault(Path(r["name"]).stem, set()).add(r["claim"])
    assert {n: c for n, c in per_name.items() if len(c) != 1} == {}, "a file has two journal rows"
    assert sorted(per_name) == sorted(names)
    done = images_in(inbox / "done")
    for p in done:
        data = p.read_bytes()
        assert data[data.index(b"\xff\xda"):] == payload[p.stem][payload[p.stem].index(b"\xff\xda"):]
    heads = exiftool_many(done, "-IPTC:Headline")
    assert all(h.get("IPTC:Headline") == f"Headline {Path(h['SourceFile']).stem}" for h in heads)
    assert not [p for f in OUTCOMES for p in (inbox / f).iterdir() if p.name.startswith(".")]
