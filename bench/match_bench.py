"""Matching cost per file at 100, 1,000 and 20,000 records (issue 14), with the record index
(captionist.match_index) against scoring every record (what matching did before).

    python bench/match_bench.py

Records: sequential newsroom ids (`AMS-00001`...; the hard case for the similar-name evidence,
since every id is near thousands of others) or agency-style codes (`RTR3F8K2QX`); 5% of them
with a Job Id rule, 1% with a file glob. Files: 200 names, half an id exactly, a quarter an id
with a suffix (`AMS-00042_edit`), a quarter near misses (the id less its last character).
One run each; "index ms" is building the index (once per run), the ratio what it saves per file.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from captionist import matching  # noqa: E402
from captionist.match_index import index_for  # noqa: E402
from captionist.model import CaptionRecord  # noqa: E402


def _id(kind: str, i: int) -> str:
    if kind == "sequential":
        return f"AMS-{i:05d}"
    # agency-style codes: letters and digits that do not run in sequence (RTR3F8K2QX)
    rnd = random.Random(i)
    return "".join(rnd.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))


def records(n: int, kind: str = "sequential") -> list[CaptionRecord]:
    out = []
    for i in range(1, n + 1):
        data = {"id": _id(kind, i), "headline": f"Picture {i}"}
        if i % 20 == 0:
            data["match"] = {"jobid": f"JOB-{i}"}
        elif i % 100 == 1:
            data["match"] = {"file": f"DSC_{i:05d}*.jpg"}
        out.append(CaptionRecord.model_validate(data))
    return out


def files(n: int, rnd: random.Random, kind: str = "sequential") -> list[Path]:
    out = []
    for k in range(200):
        rid = _id(kind, rnd.randrange(1, n + 1))
        name = (rid, f"{rid}_edit", rid[:-1], rid)[k % 4]
        out.append(Path(f"/photos/{name}.jpg"))
    return out


def brute(path: Path, recs: list[CaptionRecord]) -> list:
    facts = matching.FileFacts(path)
    cands = [c for c in (matching.score(r, facts) for r in recs) if c is not None]
    cands.sort(key=lambda c: -c.score)
    return cands[:5]


def main() -> None:
    rnd = random.Random(14)
    print(f"{'ids':>10} {'records':>8} {'index ms':>9} {'index ms/file':>14} {'all records ms/file':>20} "
          f"{'ratio':>7}  same decisions")
    for kind in ("sequential", "codes"):
        for n in (100, 1_000, 20_000):
            run(kind, n, rnd)


def run(kind: str, n: int, rnd: random.Random) -> None:
    recs = records(n, kind)
    paths = files(n, rnd, kind)
    t0 = time.perf_counter()
    index_for(recs)
    t_build = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    decided = [matching.decide(p, recs) for p in paths]
    t_index = (time.perf_counter() - t0) / len(paths) * 1000
    t0 = time.perf_counter()
    old = [brute(p, recs) for p in paths]
    t_all = (time.perf_counter() - t0) / len(paths) * 1000
    same = all([c.to_dict() for c in d.candidates] == [c.to_dict() for c in o] for d, o in zip(decided, old))
    print(f"{kind:>10} {n:>8} {t_build:>9.1f} {t_index:>14.3f} {t_all:>20.3f} {t_all / t_index:>6.1f}x  {same}")


if __name__ == "__main__":
    main()
