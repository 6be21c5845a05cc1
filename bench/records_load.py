"""How long loading a large record file takes (the 10,000-row CSV with one bad row that
tests/test_sources_loader.py checks for correctness; its speed is measured here, not asserted).

    python bench/records_load.py [ROWS]
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from captionist.sources.loader import load_records


def main(rows: int = 10_000) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "archive.csv"
        lines = ["id,headline,keywords,dateCreated,maxAvailWidth"]
        for i in range(1, rows + 1):
            date = "2022-02-30" if i == rows * 3 // 4 else f"2022-02-{(i % 28) + 1:02d}"
            lines.append(f"scan-{i:05d},Scan {i},archive; scan,{date},{1000 + i}")
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
        t0 = time.perf_counter()
        rs = load_records(f)
        took = time.perf_counter() - t0
        print(f"{rows} rows: {len(rs.records)} records, {len(rs.errors)} error(s) in {took:.3f} s "
              f"({rows / took:,.0f} rows/s)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
