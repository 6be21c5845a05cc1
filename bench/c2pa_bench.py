"""What re-signing Content Credentials costs (issue 12): `--c2pa sign` on a 10 MB JPEG.

    python bench/c2pa_bench.py            # 10 MB, 15 rounds
    python bench/c2pa_bench.py --quick    # 3 MB, 5 rounds

A camera-like JPEG is signed once with the public C2PA test key (`../shared/corpus/c2pa/`),
so it carries a manifest as a camera's picture would. Then, per round, the median of
  * cp        shutil.copyfile + fsync of the file,
  * plain     pipeline.embed of the same fields into the same JPEG without a manifest,
  * sign      pipeline.embed with policy sign (write, re-sign with the original as parent,
              verify the new manifest, captions and image data, fsync, rename),
  * strip     pipeline.embed with policy strip,
  * exiftool  one `exiftool -stay_open` process writing the same fields.
"sign adds" is sign - plain: the price of keeping the provenance chain valid.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from run import ExifTool, exiftool_args, make_jpeg, median_ms, record  # noqa: E402

from captionist import pipeline, provenance  # noqa: E402

C2PA = ROOT.parent / "shared" / "corpus" / "c2pa"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    mb, rounds = (3, 5) if args.quick else (10, 15)
    cfg = provenance.C2paConfig.make("sign", C2PA / "es256_certs.pem", C2PA / "es256_private.key")
    with tempfile.TemporaryDirectory(prefix="c2pa-bench-", dir=ROOT / "bench") as tmp:
        work = Path(tmp)
        plain_src = make_jpeg(work / "plain-src.jpg", mb)
        signed_src = work / "signed-src.jpg"
        signed_src.write_bytes(provenance.sign(plain_src.read_bytes(), plain_src, "image/jpeg", "camera.jpg", cfg))
        size = signed_src.stat().st_size / 1e6
        times: dict[str, list[float]] = {k: [] for k in ("cp", "plain", "sign", "strip", "exiftool")}
        et = ExifTool()
        try:
            for i in range(rounds):
                t = time.perf_counter()
                shutil.copyfile(signed_src, work / "cp.jpg")
                fd = os.open(work / "cp.jpg", os.O_RDONLY)
                os.fsync(fd)
                os.close(fd)
                times["cp"].append(time.perf_counter() - t)
                for kind, src, c2 in (("plain", plain_src, provenance.C2paConfig()), ("sign", signed_src, cfg),
                                      ("strip", signed_src, provenance.C2paConfig("strip"))):
                    target = work / f"{kind}.jpg"
                    shutil.copyfile(src, target)       # a fresh camera file each round
                    t = time.perf_counter()
                    out = pipeline.embed(target, record(i), pipeline.Options(c2pa=c2))
                    times[kind].append(time.perf_counter() - t)
                    assert out.status == "written", (kind, out.error)
                shutil.copyfile(plain_src, work / "et.jpg")
                t = time.perf_counter()
                et.run(exiftool_args(i) + [str(work / "et.jpg")])
                times["exiftool"].append(time.perf_counter() - t)
        finally:
            et.close()
    med = {k: median_ms(v) for k, v in times.items()}
    print(f"c2pa bench: {size:.1f} MB JPEG, {rounds} rounds, median ms per file")
    for k in ("cp", "plain", "sign", "strip", "exiftool"):
        print(f"  {k:<9} {med[k]:8.1f} ms   {med[k] / med['cp']:5.2f}x cp   {med[k] / med['exiftool']:5.2f}x exiftool")
    print(f"  sign adds {med['sign'] - med['plain']:.1f} ms per file over a plain captionist write "
          f"({(med['sign'] - med['plain']) / size:.1f} ms per MB)")


if __name__ == "__main__":
    main()
