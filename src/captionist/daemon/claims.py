"""Claims: how a file becomes one daemon's work, and how that work survives a crash.

* **Claim.** A file is taken by `rename(2)` into `INBOX/.captionist/work/<instance>/<claim>/`.
  rename is atomic within a file system: when several daemons (on one machine, or on several
  sharing the folder) go for one file, exactly one rename succeeds and the others fail with
  ENOENT, so no file is processed twice. The claim's `job.json` says where the file came
  from, so it can be routed (or handed back) under its own name and relative folder.
* **Instance lock.** A daemon holds an `flock` on `work/<instance>/.lock` while it runs. The
  kernel drops the lock when the process dies, however it dies, so a free lock means a dead
  daemon: `take_over_dead` moves that daemon's claim folders into ours, again by rename, so
  two survivors cannot both take one. (flock over NFS needs a working lock manager.)
* **Recovery.** A claim folder without a `route.json` (routing is `routing`'s) is processed
  again from its untouched original: `reclaim` drops any half-written output and returns the
  claim to queue.
"""

from __future__ import annotations

import fcntl
import json
import logging
import os
import secrets
import shutil
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .arrival import Pending, is_sidecar

CLAIM_FILES = {"job.json", "route.json", "out"}


def new_id(prefix: str = "") -> str:
    t = int(time.time() * 1000)
    return f"{prefix}{t:x}-{secrets.token_hex(4)}"


@dataclass
class Claim:
    claim: str
    dir: Path
    name: str
    item: str
    source: str
    root: str                          # folder taken from
    rel: str                           # relative parent inside root ("" at the top)
    t_arrived: float
    t_ready: float
    t_claimed: float
    companions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return dict(vars(self), dir=str(self.dir))

    @classmethod
    def from_json(cls, data: dict[str, Any], cdir: Path) -> "Claim":
        data = dict(data, dir=cdir)
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


def claim_file(p: Pending, inst_dir: Path, companions: list[Path], now: float) -> Claim:
    """Move the file (and its sidecars) into a new claim folder: the atomic step that makes it
    ours. Raises FileNotFoundError when another process took it first, another OSError when
    it cannot be taken now (the claim folder is removed either way)."""
    cid = new_id()
    cdir = inst_dir / cid
    name = p.name or p.path.name
    rel = str(p.path.parent.relative_to(p.root)) if p.path.parent != p.root else ""
    wall = time.time()
    # drop-to-done latency counts from when the writer was done (its close event), if known
    t_ready = wall - max(0.0, now - p.closed_at) if p.closed_at is not None and p.source == "inbox" else wall
    claim = Claim(cid, cdir, name, p.item or cid, p.source, str(p.root), rel if rel != "." else "",
                  p.t_arrived or wall, t_ready, wall)
    try:
        cdir.mkdir()
        (cdir / "job.json").write_text(json.dumps(claim.to_json()))
        os.rename(p.path, cdir / name)
    except OSError:
        shutil.rmtree(cdir, ignore_errors=True)
        raise
    for c in companions:
        cname = c.name
        if p.name and p.name != p.path.name:     # retried under its arrival name: rename the sidecar too
            cname = c.name.replace(p.path.stem, Path(p.name).stem, 1)
        try:
            os.rename(c, cdir / cname)
            claim.companions.append(cname)
        except OSError:
            pass
    if p.source != "inbox":
        for extra in (p.path.with_name(p.path.name + ".review.json"),):
            try:
                extra.unlink()
            except OSError:
                pass
    (cdir / "job.json").write_text(json.dumps(claim.to_json()))
    return claim


def reclaim(cdir: Path, inbox: Path) -> Claim | None:
    """The claim in a folder left unrouted (a crash, a dead daemon, a failed routing), ready to
    be processed again; None when there is nothing left to do (the folder is removed)."""
    try:
        claim = Claim.from_json(json.loads((cdir / "job.json").read_text()), cdir)
    except (OSError, ValueError, TypeError):
        names = [p.name for p in cdir.iterdir() if p.is_file() and p.name not in CLAIM_FILES
                 and not is_sidecar(p)]
        if not names:
            shutil.rmtree(cdir, ignore_errors=True)
            return None
        t = time.time()
        claim = Claim(cdir.name, cdir, names[0], cdir.name, "inbox", str(inbox), "", t, t, t)
    if not (cdir / claim.name).exists():
        shutil.rmtree(cdir, ignore_errors=True)   # the claim's rename never happened
        return None
    shutil.rmtree(cdir / "out", ignore_errors=True)
    claim.source = "recovered" if claim.source == "inbox" else claim.source
    claim.t_ready = time.time()
    return claim


def remove_empty_tree(folder: Path, keep: set[str] = frozenset()) -> bool:
    """Remove the empty folders under `folder` (never a file); True when all that is left in
    `folder` is the names in `keep`."""
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return True
    except OSError:
        return False
    left = False
    for entry in entries:
        if entry.name in keep:
            continue
        if entry.is_dir() and not entry.is_symlink() and remove_empty_tree(entry):
            try:
                os.rmdir(entry)
                continue
            except OSError:
                pass
        left = True
    return not left


# --------------------------------------------------------------------------- instances

class Instance:
    """This daemon's folder under `work/`, and the flock that says it is alive."""

    def __init__(self, work_dir: Path):
        self.name = f"{socket.gethostname()}-{os.getpid()}-{secrets.token_hex(3)}"
        self.dir = work_dir / self.name
        self._fd: int | None = None

    def acquire(self, run_id: str) -> None:
        self.dir.mkdir()
        self._fd = os.open(self.dir / ".lock", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.write(self._fd, json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                                       "run": run_id}).encode())

    def release(self) -> None:
        """Drop the lock; remove this daemon's folder only as far as it is empty. A claim that
        still holds files (its routing failed and it could not be handed back) stays where it
        is, with the lock file, for `take_over_dead` at the next start: nothing here deletes a
        file."""
        if self._fd is not None:
            if remove_empty_tree(self.dir, keep={".lock"}):
                try:
                    os.unlink(self.dir / ".lock")
                    os.rmdir(self.dir)
                except OSError:
                    pass
            os.close(self._fd)
            self._fd = None

    def take_over_dead(self, recover: Callable[[Path], None], log: Callable[..., None]) -> None:
        """Claim folders of daemons that died (their instance lock is free) become ours; each
        goes to `recover` once it is."""
        work_dir = self.dir.parent
        try:
            instances = [d for d in work_dir.iterdir() if d.is_dir() and d != self.dir]
        except OSError:
            return
        for inst in instances:
            lock = inst / ".lock"
            try:
                fd = os.open(lock, os.O_RDWR | os.O_CLOEXEC)
            except FileNotFoundError:
                try:
                    if time.time() - inst.stat().st_mtime < 60:
                        continue     # being created right now
                except OSError:
                    continue
                fd = None
            except OSError:
                continue
            try:
                if fd is not None:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    except OSError:
                        continue     # alive
                taken = []
                try:
                    cdirs = sorted(inst.iterdir())
                except OSError:
                    continue     # removed by its owner's release, or by another survivor
                for cdir in cdirs:
                    if cdir.is_dir():
                        try:
                            os.rename(cdir, self.dir / cdir.name)
                            taken.append(self.dir / cdir.name)
                        except OSError:
                            pass
                if taken:
                    log(logging.WARNING, "took over the work of a stopped daemon", instance=inst.name,
                        files=len(taken))
                for cdir in taken:
                    recover(cdir)
                if remove_empty_tree(inst, keep={".lock"}):   # a claim that would not move stays
                    try:
                        os.unlink(lock)
                        os.rmdir(inst)
                    except OSError:
                        pass
            finally:
                if fd is not None:
                    os.close(fd)
