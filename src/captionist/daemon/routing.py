"""Routing: where a claimed file goes once its worker is done, and how it gets there.

written/unchanged go to `done/`, the rest to `unmatched/`, `review/` or `failed/` (with
`NAME.error.json`, or `NAME.review.json` listing the candidates), keeping the file's relative
folder. The worker's captioned copy waits in the claim's `out/`, the original beside it.

A route is written down before it is carried out: `route.json` (each move and the journal
row), then the moves, then the JSON beside the file, then the journal row, then the claim
folder goes. Every step checks what is already done, so a crash at any point is finished at
restart by `apply` from what is on disk: no file lost, none routed twice (the journal row is
keyed by the claim).

Moves never overwrite: on one file system a move is link(2) + unlink(2), and link fails with
EEXIST where rename(2) would silently replace; a clash gets the next free `-N` name for the
whole group (`photo-2.jpg` + `photo-2.xmp`). Across file systems it is a copy to a temp
name, fsync, link into place, unlink.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import secrets
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import files, journal
from ..outcome import FOLDER_OF, Status, status_of
from .claims import Claim



def write_json(path: Path, data: Any, fsync: bool) -> None:
    files.atomic_write(path, [json.dumps(data, ensure_ascii=False, indent=1, default=str).encode()], fsync=fsync)


def read_route(cdir: Path) -> dict[str, Any] | None:
    """The route a claim folder was given before a crash, if any (and readable)."""
    route_file = cdir / "route.json"
    if not route_file.exists():
        return None
    try:
        return json.loads(route_file.read_text())
    except (OSError, ValueError):
        return None


def route_untouched(cdir: Path, route: dict[str, Any]) -> bool:
    """True when none of a route's moves has started: every source is still in the claim
    folder and no destination exists (so the claim can still be handed back whole)."""
    return all((cdir / src).exists() and not Path(dst).exists() for src, dst in route["moves"])


def move_no_clobber(src: Path, dst: Path, fsync: bool) -> Path:
    """Move `src` to `dst` without ever replacing a file there (a clash gets the next free
    `-N` name). Same file system: link + unlink (atomic, fails on EEXIST); across file
    systems: copy to a temp name, fsync, link into place, then unlink the source."""
    while True:
        try:
            if dst.exists() and src.exists() and os.path.samefile(src, dst):
                os.unlink(src)       # linked before a crash, not yet unlinked
                return dst
        except OSError:
            pass
        try:
            os.link(src, dst)
        except FileExistsError:
            dst = files.unique_path(dst.parent, dst.name)
            continue
        except OSError as e:
            if e.errno == errno.EXDEV:
                tmp = files.temp_name(dst)
                shutil.copyfile(src, tmp)
                if fsync:
                    with open(tmp, "rb+") as f:
                        os.fsync(f.fileno())
                try:
                    os.link(tmp, dst)
                except FileExistsError:
                    os.unlink(tmp)
                    dst = files.unique_path(dst.parent, dst.name)
                    continue
                os.unlink(tmp)
            elif e.errno in (errno.EPERM, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS):
                if dst.exists():     # no hard links here (some SMB/FAT mounts): check, then rename
                    dst = files.unique_path(dst.parent, dst.name)
                    continue
                os.rename(src, dst)
                return dst
            else:
                raise
        os.unlink(src)
        return dst


def unique_names(folder: Path, names: list[str], main: str) -> dict[str, str]:
    """Names in `folder` for a group (an image and its sidecars) that clash with nothing,
    keeping the group's shared stem: photo.jpg + photo.xmp -> photo-2.jpg + photo-2.xmp."""
    first = files.unique_path(folder, main)
    n = 1 if first.name == main else int(first.stem.rsplit("-", 1)[1])
    stem = Path(main).stem
    while True:
        mapping = {}
        for name in names:
            mapping[name] = name if n == 1 else name.replace(stem, f"{stem}-{n}", 1)
        if not any((folder / v).exists() for v in mapping.values()):
            return mapping
        n += 1


def removal_order(cdir: Path) -> list[Path]:
    """What `remove_claim` deletes, in order: everything else first, `route.json` last.

    The order closes a window: a claim whose captioned copy went to done/ from `out/` leaves
    the untouched original in the claim folder. Removed in directory order (rmtree), a kill
    after `route.json` went but before the original did left a claim folder that looked
    unrouted (`job.json` and the file, no route), and the restart captioned and routed the
    file a second time (done/x.jpg and done/x-2.jpg, one journal row). While `route.json`
    exists, a restart finishes the route (every step idempotent); once it is gone, nothing
    else is left."""
    try:
        entries = sorted(cdir.iterdir(), key=lambda p: (p.name == "route.json", p.name == "job.json", p.name))
    except OSError:
        return []
    return entries


def remove_claim(cdir: Path, steps: int | None = None) -> None:
    """Remove a routed claim folder (`steps`: stop after that many entries, as a kill would)."""
    for n, entry in enumerate(removal_order(cdir)):
        if steps is not None and n >= steps:
            return
        try:
            if entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            break     # leave route.json: a later recovery finishes the removal
    try:
        os.rmdir(cdir)
    except FileNotFoundError:
        pass
    except OSError:
        if not (cdir / "route.json").exists():
            shutil.rmtree(cdir, ignore_errors=True)


def _under(base: Path, rel: str) -> Path:
    """`base`, or the file's relative folder inside it, created."""
    target = base / rel if rel else base
    target.mkdir(parents=True, exist_ok=True)
    return target


class Router:
    def __init__(self, folders: dict[str, Path], run_id: str, fsync: bool, log: Callable[..., None]):
        self.folders = folders
        self.run_id = run_id
        self.fsync = fsync
        self._log = log
        self.journal: journal.Journal | None = None     # set once the journal is open

    def finish(self, claim: Claim, result: dict[str, Any]) -> tuple[str, str, dict[str, Any]]:
        """Route one worker result; returns (status, folder, journal row)."""
        status = status_of(result.get("status"))
        if result.get("error"):   # name the file where it arrived, not inside the working folder
            origin = Path(claim.root) / claim.rel / claim.name
            result["error"] = result["error"].replace(str(claim.dir / claim.name), str(origin))
        folder = FOLDER_OF.get(status, "failed")
        if folder == "failed":
            status = Status.FAILED
            result.setdefault("traceback_id", None)
            result["traceback_id"] = result["traceback_id"] or secrets.token_hex(6)
        cdir = claim.dir
        originals = [claim.name] + [c for c in claim.companions if (cdir / c).exists()]
        moves: list[tuple[str, str]] = []
        main_src = claim.name
        if folder == "done":
            outs = sorted(p.name for p in (cdir / "out").iterdir()
                          if p.is_file() and not files.is_temp(p)) if (cdir / "out").is_dir() else []
            if claim.name in outs:
                moves = [(f"out/{n}", n) for n in outs]
                moves += [(c, c) for c in originals if c not in outs]
                main_src = f"out/{claim.name}"
            else:
                moves = [(c, c) for c in originals]
        else:
            moves = [(c, c) for c in originals]
        target = _under(self.folders[folder], claim.rel)
        names = unique_names(target, [dst for _src, dst in moves], claim.name)
        route_moves = [[src, str(target / names[dst])] for src, dst in moves]
        output = str(target / names[claim.name])
        now = time.time()
        row = {"claim": claim.claim, "item": claim.item, "run_id": self.run_id, "name": claim.name,
               "source": claim.source, "status": str(status), "folder": folder, "output": output,
               "record_id": result.get("record"), "grade": result.get("grade"),
               "sha256_in": result.get("sha256_in"),
               "sha256_out": result.get("sha256_out") if folder == "done" else None,
               "changes": result.get("changes") or [], "warnings": result.get("warnings") or [],
               "match": result.get("match"), "error": result.get("error"),
               "traceback_id": result.get("traceback_id"), "t_arrived": claim.t_arrived,
               "t_claimed": claim.t_claimed, "t_finished": now, "seconds": result.get("seconds"),
               "provenance": result.get("c2pa")}
        extras: dict[str, Any] = {}      # suffix -> JSON written beside the routed file
        if folder == "failed":
            extras[".error.json"] = {
                "file": claim.name, "status": str(Status.FAILED), "error": result.get("error"),
                "record": result.get("record"), "match": result.get("match"),
                "traceback_id": row["traceback_id"], "traceback": result.get("traceback"),
                "claim": claim.claim, "run": self.run_id, "time": now, "sha256": result.get("sha256_in")}
        elif folder == "review":
            extras[".review.json"] = {"file": claim.name, "match": result.get("match"),
                                      "error": result.get("error"), "claim": claim.claim,
                                      **({"c2pa": result["c2pa"]} if result.get("c2pa") else {})}
        route = {"moves": route_moves, "main": main_src, "extras": extras, "row": row}
        write_json(cdir / "route.json", route, self.fsync)
        self.apply(cdir, route)
        return status, folder, row

    def apply(self, cdir: Path, route: dict[str, Any]) -> None:
        """Carry out a route (again, after a crash: every step checks what is already done)."""
        moves = route["moves"]
        for i, (src, dst) in enumerate(moves):
            src_p, dst_p = cdir / src, Path(dst)
            if not src_p.exists():
                continue   # moved before a crash
            new_dst = move_no_clobber(src_p, dst_p, self.fsync)
            if new_dst != dst_p:      # someone took the name meanwhile: record the new one
                moves[i][1] = str(new_dst)
                if src == route["main"]:
                    route["row"]["output"] = str(new_dst)
                write_json(cdir / "route.json", route, self.fsync)
        for suffix, content in route["extras"].items():
            path = Path(route["row"]["output"] + suffix)
            if not path.exists():
                write_json(path, content, self.fsync)
        if self.fsync:
            for d in {Path(dst).parent for _src, dst in moves}:
                files.fsync_dir(d)
        self.journal.record(route["row"])
        remove_claim(cdir)

    def hand_back(self, claim: Claim) -> None:
        """Put a claimed file back where it came from (a stop before it was done)."""
        back = _under(Path(claim.root), claim.rel)
        names = unique_names(back, [claim.name, *claim.companions], claim.name)
        for n in [claim.name, *claim.companions]:
            src = claim.dir / n
            if src.exists():
                move_no_clobber(src, back / names[n], self.fsync)
        shutil.rmtree(claim.dir, ignore_errors=True)
        self._log(logging.INFO, "handed back", file=claim.name, to=str(back / names[claim.name]))
