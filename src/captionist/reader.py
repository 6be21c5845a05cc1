"""Read what a file carries: a `Snapshot` of its metadata, and the record reconciled from it.

Reconciliation follows the Metadata Working Group's guidance in a simple form: for each
property, XMP wins (a sidecar's XMP before the file's), then IIM, then the EXIF mirror. IIM
is decoded in its declared character set (1:90), cp1252 when none is declared.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import canon, codec, containers, exiv, jpeg, quietexif, xmp_extended
from .errors import ReadError
from .formats import Format, detect, sidecar_path, stem_siblings
from .metadata import RawMetadata
from .standard import BY_ID, PROPS

if TYPE_CHECKING:
    from .model import CaptionRecord


@dataclass
class Snapshot:
    path: Path
    format: Format
    raw: RawMetadata                 # the file's own metadata (empty if exiv2 cannot read it)
    header: jpeg.Header | None       # JPEG: the header before the scan data
    sidecar: Path | None             # sidecar formats: where the XMP sidecar is (or will be)
    sidecar_raw: RawMetadata | None  # the sidecar's metadata when it exists
    size: int
    mtime_ns: int
    warnings: list[str]
    # JPEG: whether the file ended with its end marker when it was read (the writer's check of a
    # complete file needs no second read while size and mtime are as they were then)
    ends_with_eoi: bool | None = None
    # each property reconciled at most once, when first asked for: matching, the plan and
    # Location Created each ask for a few values, and decoding all of a file with an agency's
    # XMP costs ~2 ms (issue 14); `raw` is not changed after `load`
    _values: dict[str, Any] | None = field(default=None, repr=False, compare=False)
    _done: set[str] = field(default_factory=set, repr=False, compare=False)

    @property
    def target_raw(self) -> RawMetadata:
        """The metadata of the place captionist writes to."""
        if self.sidecar is not None:
            return self.sidecar_raw or RawMetadata()
        return self.raw

    @property
    def blocks(self) -> frozenset[str]:
        return self.format.blocks

    def values(self, only: Iterable[str] | None = None) -> dict[str, Any]:
        """The reconciled values (of the properties in `only`, or all), a new dict each call.
        Each property is reconciled on its own (`reconcile`), so a part of the whole equals
        reconciling just that part."""
        if only is None:
            if self._values is None or len(self._done) < len(PROPS):
                self._values, self._done = reconcile(self.raw, self.sidecar_raw), set(BY_ID)
            return dict(self._values)
        wanted = set(only)
        # the few asked for, not a walk of all ~70 properties (two asks a file, issue 14); the
        # order does not matter: each is reconciled on its own and `canon.in_order` sorts
        missing = [pid for pid in wanted if pid not in self._done and pid in BY_ID]
        if missing:
            got = reconcile(self.raw, self.sidecar_raw, only=missing)
            self._values = canon.in_order({**(self._values or {}), **got})
            self._done.update(missing)
        return {k: v for k, v in (self._values or {}).items() if k in wanted}


def load(path: Path, *, sidecar: str = "stem", force_sidecar: bool = False) -> Snapshot:
    """Read a file's metadata without loading more of it than needed (a JPEG's header only)."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())       # the file opened: one lookup of its path, not two
            head = f.read(64)
            fmt = detect(path, head)
            warnings: list[str] = []
            header = None
            eoi = None
            if fmt.name == "jpeg":
                try:
                    header = jpeg.read_header(f)
                except jpeg.JpegError as e:
                    raise ReadError(path, str(e)) from None
                # a camera's maker note is read as text only when asked for (`lazyexif`)
                raw = xmp_extended.read(header.header, header.carrier(), path, keep=True,
                                        quiet=quietexif.exif_alone(header.header, header.sos_segment))
                raw.density = jpeg.jfif_density(header.header)
                eoi = jpeg.ends_with_eoi(f, st.st_size)
                if not eoi:
                    warnings.append("the file does not end with a JPEG end marker (FF D9): it may be "
                                    "truncated, or carry data after the image")
            elif fmt.embed and not force_sidecar:
                f.seek(0)
                raw = exiv.read(f.read(), path)
            else:
                f.seek(0)
                data = f.read()
                if not fmt.embed:
                    # a damaged or cut camera file fails here: no sidecar beside it
                    warnings += containers.check(path, fmt.name, data)
                try:
                    raw = exiv.read(data, path)
                except ReadError as e:
                    # exiv2 reads most but not all RAW/HEIF files; the sidecar still works
                    raw = RawMetadata()
                    warnings.append(f"embedded metadata not readable ({e.reason}); using the sidecar only")
    except OSError as e:
        raise ReadError(path, e.strerror or str(e)) from None
    side = None
    side_raw = None
    if fmt.name == "xmp":
        pass  # a standalone XMP file is written in place
    elif not fmt.embed or force_sidecar:
        side = sidecar_path(path, sidecar, force_sidecar)
        if sidecar == "stem" and side.name == path.name + ".xmp":
            others = ", ".join(p.name for p in stem_siblings(path, force_sidecar))
            shared = path.with_suffix(".xmp")
            warnings.append(f"{others} share{'s' if ',' not in others else ''} this file's stem: its sidecar is "
                            f"{side.name}, not {shared.name}, so each keeps its own caption"
                            + (f"; the existing {shared.name} is neither read nor changed" if shared.exists() else ""))
        if side.exists():
            side_raw = exiv.read(side.read_bytes(), side)
    return Snapshot(path, fmt, raw, header, side, side_raw, st.st_size, st.st_mtime_ns, warnings, eoi)


_ROOT_END = re.compile(r"[\[/]")
_XMP_KEYS = {p.id: p.xmp_key for p in PROPS}


def decode_all(raw: RawMetadata, blocks: tuple[str, ...] = ("xmp", "iim", "exif"),
               only: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """Each property's value per family: {"xmp": {...}, "iim": {...}, "exif": {...}}
    (for the properties in `only`, or all)."""
    nx = codec.normalise_xmp(raw.xmp)
    # A property's XMP is its key, its items (key[n]) and its fields (key/...): one whose key
    # roots no entry decodes to None, and is not decoded (most of the ~70 in a camera file)
    roots = {_ROOT_END.split(k, 1)[0] if "[" in k or "/" in k else k for k in nx}
    out: dict[str, dict[str, Any]] = {b: {} for b in blocks}
    for p in PROPS if only is None else [BY_ID[i] for i in only]:
        if "xmp" in blocks and _XMP_KEYS[p.id] in roots:
            v = codec.xmp_decode(p, nx)
            if v is not None:
                out["xmp"][p.id] = v
        # likewise a property without its IIM dataset or EXIF tag (the decoders return None)
        if "iim" in blocks and p.iim is not None and p.iim.key in raw.iptc:
            v = codec.iim_decode(p, raw.iptc)
            if v is not None:
                out["iim"][p.id] = v
        if "exif" in blocks and p.exif is not None and p.exif in raw.exif:
            v = codec.exif_decode(p, raw.exif)
            if v is not None:
                out["exif"][p.id] = v
    return out


def reconcile(raw: RawMetadata, sidecar_raw: RawMetadata | None = None,
              only: Iterable[str] | None = None) -> dict[str, Any]:
    """One value per property, in the record's JSON form (invalid values dropped)."""
    only = list(only) if only is not None else None
    layers = []
    if sidecar_raw is not None:
        layers.append(decode_all(sidecar_raw, ("xmp",), only)["xmp"])
    per = decode_all(raw, only=only)
    layers += [per["xmp"], per["iim"], per["exif"]]
    merged: dict[str, Any] = {}
    for layer in layers:
        for k, v in layer.items():
            merged.setdefault(k, v)
    return canonical(merged)


def canonical(values: dict[str, Any]) -> dict[str, Any]:
    """`model.canonical`, without loading the record model (and its ~110 ms of start-up)
    unless a value needs it: decoded values are plain, and `canon` puts them in form (issue 14)."""
    done, rest = canon.split(values)
    if not rest:
        return canon.in_order(done)
    from .model import canonical as by_model
    return by_model(values)


def read_values(path: Path, **kw) -> tuple[dict[str, Any], Snapshot]:
    """What `read_record` gives, in the record's JSON form, without the record model."""
    snap = load(path, **kw)
    return snap.values(), snap


def read_record(path: Path, **kw) -> tuple[CaptionRecord, Snapshot]:
    from .model import CaptionRecord

    snap = load(path, **kw)
    return CaptionRecord.model_validate(snap.values(), strict=False), snap
