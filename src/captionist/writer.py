"""Apply a write plan to a file: one pass, verified, atomic.

JPEG: exiv2 writes into a carrier made of the file's header (see `captionist.jpeg`); the new
header is spliced in front of the original scan data, which the kernel copies, or clones where
the file system can (the header is padded for that, see `captionist.clone`). Other embedded
formats: exiv2 rewrites the bytes in memory. Sidecar formats: the XMP sidecar is written and
the image is not touched. In every case the result is re-read and compared with the plan
before it replaces anything, and it replaces the target by an atomic rename.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import (clone, exiv, fingerprint, iim_keep, jpeg, leases, quietexif, readback, timing, xmp_extended,
               xmp_ns)
from .errors import VerifyError, WriteError
from .files import GroupCommit, Part, atomic_write
from .metadata import RawMetadata
from .model import canonical_value
from .plan import WritePlan
from .reader import Snapshot, decode_all
from .standard import IIM_CHARSET_KEY, IIM_VERSION_KEYS


@dataclass
class WriteResult:
    path: Path               # the file written (the sidecar for sidecar formats)
    image: Path              # the image (in --out, the copy)
    written: bool            # False when nothing had to change
    fingerprint: str | None = None   # of the image written, when known without reading it again


def verify(plan: WritePlan, raw: RawMetadata, where) -> None:
    """Re-read values must equal what the plan promised, family by family."""
    got = decode_all(raw, tuple({b for c in plan.changes for b in c.expect}), only=[c.id for c in plan.changes])
    for change in plan.changes:
        for block, want in change.expect.items():
            have = got[block].get(change.id)
            if block == "xmp":
                have = canonical_value(change.id, have)
            if have != want:
                raise VerifyError(where, f"field {change.id}: {block.upper()} reads back {_short(have)}, "
                                         f"expected {_short(want)}; nothing was replaced")


_EXIV_FAMILY = {"xmp": "xmp", "iim": "iptc", "exif": "exif"}


def read_back_families(plan: WritePlan) -> tuple[str, ...]:
    """The exiv2 families `verify` compares (the blocks the plan expects values in)."""
    return tuple(sorted({_EXIV_FAMILY[b] for c in plan.changes for b in c.expect}))


def _short(value, n: int = 200) -> str:
    text = repr(value)
    return text if len(text) <= n else f"{text[:n]}... ({len(text)} characters)"


def _iim_keys(plan: WritePlan) -> list[str]:
    # what exiv.modify sets besides the plan's datasets: the character set and record versions
    return [*plan.ops.iptc, IIM_CHARSET_KEY, *IIM_VERSION_KEYS] if plan.ops.iptc else []


def _check_unchanged(snap: Snapshot, fd: int = -1) -> os.stat_result:
    # `fd`: a descriptor just opened on the path (the lease's): its fstat, not a second lookup
    st = os.fstat(fd) if fd >= 0 else os.stat(snap.path)
    if st.st_size != snap.size or st.st_mtime_ns != snap.mtime_ns:
        raise WriteError(snap.path, "the file changed while it was being captioned; not written")
    return st


TRUNCATED = ("the JPEG does not end with its end marker (FF D9): it is cut short, or still being "
             "written; not written (--allow-truncated writes it anyway)")


def _check_complete(snap: Snapshot) -> None:
    """A JPEG still arriving has no end marker yet (T.81 B.2.1: the image ends with EOI). In
    the entropy-coded data an FF is followed by 00 or RSTn (T.81 B.1.1.5), so the first FF D9
    after the first SOS is the image's end; data after it (a motion photo's video, a
    trailer) is kept as it is. Called after `_check_unchanged`: a file of the size and mtime it
    had when it was read ends as it did then (`Snapshot.ends_with_eoi`): no second read."""
    if snap.format.name != "jpeg" or snap.header is None or snap.ends_with_eoi:
        return
    with open(snap.path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if jpeg.ends_with_eoi(f, size):
            return
        if size > snap.header.scan_offset:
            import mmap     # a file without its end marker at the end only (rare): not at start-up

            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
                if m.find(jpeg.EOI, snap.header.scan_offset) >= 0:
                    return
    raise WriteError(snap.path, TRUNCATED)


def apply(snap: Snapshot, plan: WritePlan, *, out_dir: Path | None = None, fsync: bool = True,
          group: GroupCommit | None = None, allow_truncated: bool = False,
          finish: Callable[[list[Part]], list[Part]] | None = None) -> WriteResult:
    """`apply_plan` under a lease on the original (see `captionist.leases`): a program that
    still has the file open for writing, or opens it before the rename, stops the write."""
    if plan.empty and (out_dir is None or Path(out_dir).resolve() == snap.path.parent.resolve()):
        return apply_plan(snap, plan, out_dir=out_dir, fsync=fsync, group=group, finish=finish)
    with timing.span("write: lease"):
        guard = leases.guard(snap.path)
    try:
        # a writer that came and went between the read and the lease; the stat serves the copy
        guard.stat = _check_unchanged(snap, guard.fd)
        if not allow_truncated:
            _check_complete(snap)
        return apply_plan(snap, plan, out_dir=out_dir, fsync=fsync, group=group, guard=guard, finish=finish)
    finally:
        if not guard.handed:
            guard.release()


def apply_plan(snap: Snapshot, plan: WritePlan, *, out_dir: Path | None = None, fsync: bool = True,
               group: GroupCommit | None = None, guard: leases.Guard | None = None,
               finish: Callable[[list[Part]], list[Part]] | None = None) -> WriteResult:
    """Write the plan; with a `group`, the final rename waits for `group.commit()`.

    `finish` (embedded formats): runs on the verified new file's parts before they go to the
    temp file, and may return other parts (Content Credentials re-signed or removed, see
    `captionist.provenance`); it verifies its own result and raises to cancel the write.

    In place (no `out_dir`, or `out_dir` is the file's own folder) the new file replaces the
    original. In an output folder nothing is ever overwritten: a name already taken there (by
    an earlier run, or by another file of this run) fails this file with a clear error."""
    src = snap.path
    in_place = out_dir is None or Path(out_dir).resolve() == src.parent.resolve()
    image_out = src if in_place else Path(out_dir) / src.name
    if guard is None:
        guard = leases.Guard(src)       # not acquired: check() and release() do nothing

    def check() -> None:
        _check_unchanged(snap)
        guard.check()

    def write(target, parts, **kw):
        # With a group the rename happens at its commit: the lease is released then.
        done = None
        if kw.get("group") is not None:
            done, guard.handed = guard.release, True
        # the scan data is read (cloned) through the lease's descriptor: the file it guards
        opened = {src: (guard.fd, guard.stat, guard.leased)} if guard.fd >= 0 else None
        return atomic_write(target, parts, fsync=fsync, replace=in_place, check=check, done=done,
                            opened=opened, **kw)
    if snap.sidecar is not None:
        side_out = snap.sidecar if in_place else Path(out_dir) / snap.sidecar.name
        if not in_place:
            write(image_out, [(src, 0)], mode_from=src, group=group)
            if snap.sidecar.exists() and plan.empty:
                write(side_out, [(snap.sidecar, 0)], group=group)
        if plan.empty:
            return WriteResult(side_out, image_out, False)
        base = snap.sidecar.read_bytes() if snap.sidecar.exists() else exiv.SIDECAR_SKELETON
        new = xmp_ns.restore(base, exiv.modify_sidecar(base, plan.ops, side_out))
        verify(plan, exiv.read(new, side_out), side_out)
        write(side_out, [new], mode_from=snap.sidecar if snap.sidecar.exists() else None)
        return WriteResult(side_out, image_out, True)

    if plan.empty:
        if not in_place:
            write(image_out, [(src, 0)], mode_from=src, group=group)
        return WriteResult(image_out, image_out, False)

    if snap.header is not None:
        with timing.span("write: exiv2 write"):
            modified = xmp_extended.modify(snap.header, plan.ops, snap.raw, src)
        new_header = xmp_ns.restore_header(snap.header.header, modified)
        new_header = iim_keep.keep_untouched(snap.header.header, new_header, _iim_keys(plan),
                                             recoded=snap.raw.iim_charset not in (None, "utf-8"))
        new_header = jpeg.restore_comments(snap.header.header,
                                          jpeg.refresh_iptc_digest(new_header, snap.header.header,
                                                                   bool(snap.raw.xmp)))
        # scan data at the original's offset modulo the block size: the kernel can clone it
        new_header = clone.align_header(new_header, snap.header.scan_offset,
                                        clone.block_size(image_out.parent, cached=True))
        with timing.span("write: verify"):
            # family by family, a segment's answer kept for its bytes (`readback`); else whole,
            # a maker note (read as text by pyexiv2, no planned value in it) counted 0 bytes
            families = read_back_families(plan)
            raw = readback.read(new_header, snap.header.sos_segment, src, families)
            if raw is None:
                carrier = quietexif.carrier(new_header, snap.header.sos_segment) \
                    or new_header + snap.header.sos_segment + b"\x00\x00" + jpeg.EOI
                raw = xmp_extended.read(new_header, carrier, src, families=families)
            verify(plan, raw, src)
        # (no stat here: `check` runs before the rename, or at the group's commit, and a file
        # changed meanwhile fails there with the same words)
        parts: list[Part] = [new_header, (src, snap.header.scan_offset)]
        if finish:
            parts = finish(parts)
            if len(parts) == 2 and isinstance(parts[0], bytes) and parts[1] == (src, snap.header.scan_offset):
                # the hook changed the header only (removed Content Credentials): align again
                parts[0] = clone.align_header(parts[0], snap.header.scan_offset,
                                              clone.block_size(image_out.parent, cached=True))
        with timing.span("write: temp+clone+attrs"):
            size = write(image_out, parts, mode_from=src, group=group)
        if len(parts) == 2 and isinstance(parts[0], bytes) and parts[1] == (src, snap.header.scan_offset):
            # the file is parts[0] and then the original from its SOS segment on
            # (a header the verify read, whose segments `jpeg.segments` walks: no third walk)
            whole = jpeg.segments(parts[0]) is not None
            return WriteResult(image_out, image_out, True,
                               fingerprint.of_header(parts[0], snap.header.sos_segment, size) if whole
                               else fingerprint.of_written_jpeg(parts[0] + snap.header.sos_segment, size))
    elif snap.format.name == "xmp":
        base = src.read_bytes()
        new = xmp_ns.restore(base, exiv.modify_sidecar(base, plan.ops, src))
        verify(plan, exiv.read(new, src), src)
        _check_unchanged(snap)
        write(image_out, [new], mode_from=src)
    else:
        data = src.read_bytes()
        new = xmp_ns.restore_file(data, exiv.modify(data, plan.ops, snap.raw, src), snap.raw.mime)
        del data
        verify(plan, exiv.read(new, src), src)
        _check_unchanged(snap)
        write(image_out, finish([new]) if finish else [new], mode_from=src)
    return WriteResult(image_out, image_out, True)
