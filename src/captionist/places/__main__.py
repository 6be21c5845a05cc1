"""`python -m captionist.places`: build the place index now (make install runs it), so no
command, daemon or API request pays the one-time build on first use."""

from __future__ import annotations

import time

from .index import ensure_index


def main() -> None:
    t0 = time.perf_counter()
    path = ensure_index()
    print(f"place index: {path} ({path.stat().st_size / 1e6:.1f} MB, ready in {time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
