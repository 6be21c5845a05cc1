"""Read what a file carries: a `Snapshot` of its metadata, and the record reconciled from it.

Reconciliation follows the Metadata Working Group's guidance in a simple form: for each
property, XMP wins (a sidecar's XMP before the file's), then IIM, then the EXIF mirror. IIM
is decoded in its declared character set (1:90), cp1252 when none is declared.
"""

from __future__ import annotations

import os
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from . import codec, containers, exiv, jpeg
from .errors import ReadError
from .formats import Format, detect, sidecar_path
from .metadata import RawMetadata
from .model import CaptionRecord
from .standard import BY_ID, PROPS


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
        return reconcile(self.raw, self.sidecar_raw, only=only)


def load(path: Path, *, sidecar: str = "stem", force_sidecar: bool = False) -> Snapshot:
    """Read a file's metadata without loading more of it than needed (a JPEG's header only)."""
    path = Path(path)
    try:
        st = os.stat(path)
        with open(path, "rb") as f:
            head = f.read(64)
            fmt = detect(path, head)
            warnings: list[str] = []
            header = None
            if fmt.name == "jpeg":
                try:
                    header = jpeg.read_header(f)
                except jpeg.JpegError as e:
                    raise ReadError(path, str(e)) from None
                raw = exiv.read(header.carrier(), path)
                raw.density = jpeg.jfif_density(header.header)
                if not jpeg.ends_with_eoi(f, st.st_size):
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
        side = sidecar_path(path, sidecar)
        if side.exists():
            side_raw = exiv.read(side.read_bytes(), side)
    return Snapshot(path, fmt, raw, header, side, side_raw, st.st_size, st.st_mtime_ns, warnings)


def decode_all(raw: RawMetadata, blocks: tuple[str, ...] = ("xmp", "iim", "exif"),
               only: Iterable[str] | None = None) -> dict[str, dict[str, Any]]:
    """Each property's value per family: {"xmp": {...}, "iim": {...}, "exif": {...}}
    (for the properties in `only`, or all)."""
    nx = codec.normalise_xmp(raw.xmp)
    out: dict[str, dict[str, Any]] = {b: {} for b in blocks}
    for p in PROPS if only is None else [BY_ID[i] for i in only]:
        if "xmp" in blocks:
            v = codec.xmp_decode(p, nx)
            if v is not None:
                out["xmp"][p.id] = v
        if "iim" in blocks:
            v = codec.iim_decode(p, raw.iptc)
            if v is not None:
                out["iim"][p.id] = v
        if "exif" in blocks:
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
    """Validate values through the record model and return its JSON form; a value the model
    rejects (a malformed date in a file, say) is dropped rather than failing the whole read."""
    values = dict(values)
    for _ in range(len(values) + 1):
        try:
            rec = CaptionRecord.model_validate(values, strict=False)
            return rec.model_dump(mode="json", exclude_none=True)
        except ValidationError as e:
            bad = {err["loc"][0] for err in e.errors() if err.get("loc")}
            if not bad:
                raise
            for k in bad:
                values.pop(k, None)
    return {}


@functools.cache
def _adapter(prop_id: str) -> TypeAdapter:
    return TypeAdapter(CaptionRecord.model_fields[prop_id].annotation)


def canonical_value(prop_id: str, value: Any) -> Any:
    """One property's value in the record's JSON form, or None when the model rejects it."""
    if value is None:
        return None
    adapter = _adapter(prop_id)
    try:
        checked = adapter.validate_python(value, strict=False)
    except ValidationError:
        return None
    return adapter.dump_python(checked, mode="json", exclude_none=True)


def read_record(path: Path, **kw) -> tuple[CaptionRecord, Snapshot]:
    snap = load(path, **kw)
    return CaptionRecord.model_validate(snap.values(), strict=False), snap
