"""Keep the IIM datasets a write does not touch byte for byte (JPEG).

exiv2 re-encodes every IIM dataset when it writes one: times gain a zone ("111116" comes back
"111116+0000", so MWG readers show 11:11:16+00:00 for a time the file never zoned), and the
datasets are re-ordered. After exiv2 has written the new IIM block into a JPEG header, this
module rebuilds it from the original block: each untouched dataset keeps its original bytes
and place, and the datasets captionist set (as exiv2 encoded them) take the place of the
ones they replace. The layout follows IIM 4.2 section 1.5: a dataset is the tag marker 0x1C,
record and dataset numbers, a 2-byte length (or an extended length) and the data.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable

from .jpeg import _PS_SIG, _resources, SOI, segments
from .standard import IIM_CHARSET_KEY, IIM_TIME_KEY, IIM_VERSION_KEYS, PROPS

Tag = tuple[int, int]  # (record, dataset)


def _key_tags() -> dict[str, Tag]:
    tags: dict[str, Tag] = {IIM_CHARSET_KEY: (1, 90), IIM_TIME_KEY: (2, 60)}
    tags.update({"Iptc.Envelope.ModelVersion": (1, 0), "Iptc.Application2.RecordVersion": (2, 0)})
    assert set(IIM_VERSION_KEYS) <= set(tags)
    for p in PROPS:
        if p.iim is not None:
            tags[p.iim.key] = (2, p.iim.dataset)
    return tags


KEY_TAGS = _key_tags()


def datasets(block: bytes) -> list[tuple[Tag, bytes]] | None:
    """The datasets of an IIM block as ((record, dataset), raw bytes), or None when the block
    is not a plain run of datasets (then nothing is rebuilt)."""
    out = []
    pos = 0
    while pos < len(block):
        if block[pos] != 0x1C:
            # Photoshop pads the block with NULs to an even length
            return out if not block[pos:].strip(b"\x00") else None
        if pos + 5 > len(block):
            return None
        rec, ds = block[pos + 1], block[pos + 2]
        (n,) = struct.unpack(">H", block[pos + 3:pos + 5])
        head = 5
        if n & 0x8000:  # extended dataset: the next (n & 0x7FFF) bytes hold the length
            k = n & 0x7FFF
            if k > 4 or pos + 5 + k > len(block):
                return None
            n = int.from_bytes(block[pos + 5:pos + 5 + k], "big")
            head += k
        end = pos + head + n
        if end > len(block):
            return None
        out.append(((rec, ds), block[pos:end]))
        pos = end
    return out


def merge(original: bytes, new: bytes, touched: Iterable[Tag]) -> bytes | None:
    """The original block with the `touched` tags taken from `new`; None when either block
    cannot be walked."""
    old_sets, new_sets = datasets(original), datasets(new)
    if old_sets is None or new_sets is None:
        return None
    touched = set(touched)
    fresh: dict[Tag, list[bytes]] = {}
    for tag, raw in new_sets:
        if tag in touched:
            fresh.setdefault(tag, []).append(raw)
    out: list[tuple[Tag, bytes]] = []
    placed: set[Tag] = set()
    for tag, raw in old_sets:
        if tag not in touched:
            out.append((tag, raw))
        elif tag not in placed:
            out += [(tag, r) for r in fresh.get(tag, [])]
            placed.add(tag)
    for tag in sorted(set(fresh) - placed):
        # a dataset the file did not have: before the first one numbered after it (IIM keeps
        # records, and datasets within a record, in ascending order)
        at = next((i for i, (t, _) in enumerate(out) if t > tag), len(out))
        out[at:at] = [(tag, r) for r in fresh[tag]]
    return b"".join(raw for _, raw in out)


def keep_untouched(original_header: bytes, new_header: bytes, keys: Iterable[str],
                   recoded: bool = False) -> bytes:
    """`new_header` with its IIM block rebuilt from `original_header`'s (see `merge`).

    `keys`: the exiv2 IIM keys the write set; `recoded`: the write re-encoded every dataset
    (a legacy block declared UTF-8 for the first time), so none keeps its old bytes."""
    tags = [KEY_TAGS.get(k) for k in keys]
    if recoded or None in tags:
        return new_header
    old_block = _iim_block(original_header)
    if old_block is None:
        return new_header
    segs = segments(new_header)
    if segs is None:
        return new_header
    out = []
    done = False
    for seg in segs:
        if not done and seg[1] == 0xED and seg[4:4 + len(_PS_SIG)] == _PS_SIG:
            body = seg[4 + len(_PS_SIG):]
            res = next(((s, e, p, n) for s, e, rid, p, n in _resources(body) if rid == 0x0404), None)
            if res is None:
                return new_header
            s, e, p, n = res
            block = merge(old_block, body[p:p + n], tags)
            if block is None:
                return new_header
            if block == body[p:p + n]:
                # exiv2 wrote the block as the merge gives it: the same object goes on, its
                # segments walked already (`jpeg.segments`)
                return new_header
            resource = body[s:p - 4] + struct.pack(">I", len(block)) + block + (b"\x00" if len(block) & 1 else b"")
            new_body = _PS_SIG + body[:s] + resource + body[e:]
            if len(new_body) + 2 > 0xFFFF:
                return new_header
            seg = seg[:2] + struct.pack(">H", len(new_body) + 2) + new_body
            done = True
        out.append(seg)
    return SOI + b"".join(out)


def _iim_block(header: bytes) -> bytes | None:
    for seg in segments(header) or ():
        if seg[1] == 0xED and seg[4:4 + len(_PS_SIG)] == _PS_SIG:
            body = seg[4 + len(_PS_SIG):]
            return next((body[p:p + n] for _, _, rid, p, n in _resources(body) if rid == 0x0404), None)
    return None
