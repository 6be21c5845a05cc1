"""WebP container surgery exiv2 does not do: dropping a metadata chunk.

exiv2 writes WebP's "XMP " and "EXIF" chunks but never removes one: when every XMP (or EXIF)
entry is deleted, the old chunk comes back unchanged, so an undo of a file that had no XMP
could not restore that state. A WebP file is a RIFF container (RIFF size "WEBP", then
chunks of fourcc, 32-bit little-endian size, data padded to even length); the extended
format's VP8X chunk flags which metadata chunks exist (WebP container spec, "Extended file
format": bit 0x08 EXIF, 0x04 XMP).
"""

from __future__ import annotations

import struct

_FLAG = {b"EXIF": 0x08, b"XMP ": 0x04}


def chunks(data: bytes) -> list[tuple[bytes, bytes]] | None:
    """(fourcc, whole chunk bytes) for each chunk, or None when `data` is not a plain WebP."""
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        return None
    out = []
    pos = 12
    while pos + 8 <= len(data):
        fourcc = data[pos:pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4:pos + 8])
        end = pos + 8 + size + (size & 1)
        if end > len(data):
            return None
        out.append((fourcc, data[pos:end]))
        pos = end
    return out if pos == len(data) else None


def drop_chunks(data: bytes, drop: set[bytes]) -> bytes:
    """`data` without the chunks named in `drop` (b"XMP ", b"EXIF"), VP8X flags and the RIFF
    size updated; unchanged when it is not a WebP this walks."""
    parts = chunks(data)
    if parts is None or not any(f in drop for f, _ in parts):
        return data
    out = []
    for fourcc, raw in parts:
        if fourcc in drop:
            continue
        if fourcc == b"VP8X" and len(raw) >= 9:
            flags = raw[8]
            for name in drop:
                flags &= ~_FLAG.get(name, 0)
            raw = raw[:8] + bytes([flags]) + raw[9:]
        out.append(raw)
    body = b"WEBP" + b"".join(out)
    return b"RIFF" + struct.pack("<I", len(body)) + body
