"""Plain containers for metadata as exiv2 names it, shared by the adapter, reader and planner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class RawMetadata:
    """What a file carries, per family, keyed as exiv2 names it. IIM values are decoded text."""

    iptc: dict[str, Any] = field(default_factory=dict)
    xmp: dict[str, Any] = field(default_factory=dict)
    exif: dict[str, Any] = field(default_factory=dict)
    iim_charset: str | None = None   # "utf-8", "cp1252", or None when there is no IIM
    mime: str = ""
    width: int = 0                   # pixel size as the format's header gives it (0: unknown)
    height: int = 0
    density: tuple[int, int, int] | None = None   # JPEG's JFIF (units, x, y), when it has one
    icc: bool = False                # carries an ICC colour profile


@dataclass
class Changes:
    """Keys to set per family (a value of None deletes the key), and XMP keys to remove before
    the XMP is set (a property being rewritten: its old items and fields)."""

    iptc: dict[str, Any] = field(default_factory=dict)
    xmp: dict[str, Any] = field(default_factory=dict)
    exif: dict[str, Any] = field(default_factory=dict)
    xmp_remove: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.iptc or self.xmp or self.exif or self.xmp_remove)
