"""A compact "is this a city name at all" table, built with the index (issue 9, speed22).

Most names a sheet asks the index for are no place (a caption's capitalised words: "Photo",
"Minister", "Tuesday"): about three in four on the tuned corpus. Each such miss cost a SQLite
query. The builder stores, in the index's `meta` table, a Bloom filter of every key of the
`name` table (M bits, K positions per key, taken from one BLAKE2b digest: a hash that is the
same in every process, unlike Python's salted `hash`). A key the filter says is absent is
certainly absent and never reaches SQLite; a key it says may be present (every real name,
and about 0.4% of the others) is asked as before, so lookups give exactly the same answers.

1 MB (2^23 bits for ~590,000 keys, 14 bits a key, K = 4: a false "maybe" rate near 0.4%),
read from the index on the first lookup only (a one-caption parse pays ~1 ms).
"""

from __future__ import annotations

from hashlib import blake2b

M_BITS = 1 << 23
K = 4
_MASK = M_BITS - 1
META_KEY = "name_bloom"


def _positions(key: str) -> list[int]:
    # 12 bytes of digest give 4 independent 23-bit positions (4 * 23 = 92 <= 96 bits);
    # surrogatepass: a caption's stray lone surrogate is a key like any other, never an error
    d = int.from_bytes(blake2b(key.encode("utf-8", "surrogatepass"), digest_size=12).digest(), "little")
    return [(d >> (23 * i)) & _MASK for i in range(K)]


def build_bloom(keys) -> bytes:
    """The filter's bytes for an iterable of normalised keys."""
    bits = bytearray(M_BITS // 8)
    for key in keys:
        for p in _positions(key):
            bits[p >> 3] |= 1 << (p & 7)
    return bytes(bits)


def may_hold(bits: bytes, key: str) -> bool:
    """False when `key` is certainly not in the set the filter was built from."""
    for p in _positions(key):
        if not bits[p >> 3] & (1 << (p & 7)):
            return False
    return True
