"""Generate the sample pictures that `samples/records.json` describes.

The pictures are synthetic: a colour gradient, a few dark shapes standing in for a skyline,
a little coarse noise (so the encoders have something to chew on) and the record id written
across the frame. Nothing is random between runs: every image draws its randomness from a
generator seeded with a CRC of its id, and no encoder is given a timestamp, so the same Pillow
build reproduces the committed files byte for byte. A different Pillow (or its bundled libjpeg,
zlib, libwebp, FreeType) may encode differently; the dimensions and formats stay the same.

JPEGs carry camera EXIF as a desk receives it from a photographer (Make, Model,
DateTimeOriginal with OffsetTimeOriginal, BodySerialNumber, exposure; GPS on one of them) and no
IPTC or XMP: captioning is captionist's job. One picture each is a TIFF (an archive scan), a PNG
(a still from a video) and a WebP (a web rendition from a distributor).

    python samples/make_images.py              # write samples/images/ and samples/images.sha256
    python samples/make_images.py --out DIR    # write elsewhere (the manifest is not touched)
    python samples/make_images.py --check      # regenerate in a temp folder and compare
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import PIL
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
MANIFEST = HERE / "images.sha256"

SIZE = (640, 427)   # 3:2, like a camera frame, small enough to commit
JPEG_QUALITY = 85


@dataclass(frozen=True)
class Camera:
    make: str
    model: str
    serial: str
    taken: str          # EXIF "YYYY:MM:DD HH:MM:SS", local time
    offset: str         # EXIF OffsetTimeOriginal, "+02:00"
    exposure: tuple[int, int] = (1, 250)
    f_number: float = 4.0
    iso: int = 800
    focal: float = 35.0


@dataclass(frozen=True)
class Spec:
    id: str
    ext: str                            # ".jpg", ".tif", ".png", ".webp"
    top: tuple[int, int, int]           # gradient colour at the top ...
    bottom: tuple[int, int, int]        # ... and at the bottom
    camera: Camera | None = None
    gps: tuple[float, float] | None = None   # decimal degrees, north and east positive

    @property
    def name(self) -> str:
        return self.id + self.ext


CANON = ("Canon", "Canon EOS R5")
NIKON = ("NIKON CORPORATION", "NIKON Z 6_2")
SONY = ("SONY", "ILCE-7M3")

SPECS: tuple[Spec, ...] = (
    Spec("kyiv-metro-shelter", ".jpg", (70, 60, 55), (150, 130, 110),
         Camera(*CANON, "032021001734", "2022:02:24 07:15:08", "+02:00", (1, 60), 2.8, 3200, 24.0)),
    Spec("kyiv-traffic-exodus", ".jpg", (160, 170, 185), (85, 80, 75),
         Camera(*NIKON, "6021473", "2022:02:24 09:30:41", "+02:00", (1, 500), 5.6, 400, 70.0)),
    Spec("kyiv-zelensky-address", ".png", (30, 40, 70), (110, 120, 150)),
    Spec("kyiv-sandbags-archive", ".tif", (120, 115, 100), (190, 180, 160)),
    Spec("chuhuiv-damaged-apartment", ".jpg", (175, 175, 170), (95, 90, 85),
         Camera(*CANON, "032021002918", "2022:02:24 10:05:12", "+02:00", (1, 400), 8.0, 200, 50.0),
         gps=(49.8361, 36.6868)),
    Spec("kharkiv-atm-queue", ".jpg", (150, 160, 170), (60, 65, 75),
         Camera(*SONY, "4418263", "2022:02:24 11:20:33", "+02:00", (1, 320), 4.0, 640, 35.0)),
    Spec("kharkiv-metro-night", ".jpg", (40, 35, 30), (120, 100, 70),
         Camera(*SONY, "4418263", "2022:02:24 21:40:05", "+02:00", (1, 50), 1.8, 6400, 35.0)),
    Spec("armyansk-military-convoy", ".jpg", (180, 185, 190), (90, 95, 70),
         Camera(*NIKON, "6044108", "2022:02:24 08:12:57", "+03:00", (1, 1000), 5.6, 200, 200.0)),
    Spec("mariupol-morning-explosions", ".jpg", (60, 70, 100), (200, 140, 90),
         Camera(*CANON, "032021004551", "2022:02:24 05:42:19", "+02:00", (1, 125), 4.0, 1600, 85.0)),
    Spec("odesa-pharmacy-queue", ".webp", (170, 190, 210), (100, 110, 120)),
    Spec("den-haag-embassy-protest", ".jpg", (110, 115, 130), (60, 60, 65),
         Camera(*NIKON, "6030877", "2022:02:24 17:30:22", "+01:00", (1, 160), 3.5, 1250, 28.0)),
    Spec("den-haag-rutte-press", ".jpg", (200, 195, 185), (120, 110, 100),
         Camera(*CANON, "032021006120", "2022:02:24 12:04:49", "+01:00", (1, 200), 2.8, 1000, 105.0)),
    Spec("amsterdam-dam-vigil", ".jpg", (20, 25, 45), (90, 70, 40),
         Camera(*SONY, "4420915", "2022:02:24 19:45:10", "+01:00", (1, 30), 1.4, 5000, 24.0)),
)


def _seed(spec: Spec) -> int:
    return zlib.crc32(spec.id.encode("utf-8"))


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)   # Pillow >= 10.1 with FreeType: a scalable font
    except TypeError:                               # older Pillow: the fixed bitmap font
        return ImageFont.load_default()


def render(spec: Spec, size: tuple[int, int] = SIZE) -> Image.Image:
    """The picture for one spec, as an RGB image (deterministic)."""
    w, h = size
    rnd = random.Random(_seed(spec))

    # Vertical gradient: one 1-pixel-wide column, stretched across the frame.
    column = Image.new("RGB", (1, h))
    column.putdata([tuple(round(a + (b - a) * y / (h - 1)) for a, b in zip(spec.top, spec.bottom))
                    for y in range(h)])
    im = column.resize((w, h), Image.Resampling.NEAREST)

    # A skyline of dark blocks and a low sun or lamp, placed by the seeded generator.
    draw = ImageDraw.Draw(im)
    shade = tuple(max(0, c // 3) for c in spec.bottom)
    x = 0
    while x < w:
        bw = rnd.randint(30, 90)
        bh = rnd.randint(h // 6, h // 2)
        draw.rectangle((x, h - bh, x + bw, h), fill=shade)
        x += bw + rnd.randint(0, 12)
    cx, cy, r = rnd.randint(60, w - 60), rnd.randint(40, h // 3), rnd.randint(18, 40)
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=tuple(min(255, c + 70) for c in spec.top))

    # Coarse grain: 4x4-pixel noise blended in lightly.
    nw, nh = (w + 3) // 4, (h + 3) // 4
    grain = Image.frombytes("L", (nw, nh), rnd.randbytes(nw * nh)).resize((w, h), Image.Resampling.NEAREST)
    im = Image.blend(im, Image.merge("RGB", (grain, grain, grain)), 0.07)

    # The record id, on a dark band, so a human can tell the files apart at a glance.
    draw = ImageDraw.Draw(im)
    font = _font(30)
    band = (0, h - 64, w, h - 16)
    draw.rectangle(band, fill=(0, 0, 0))
    draw.text((w // 2, (band[1] + band[3]) // 2), spec.id, fill=(255, 255, 255), font=font, anchor="mm")
    draw.text((10, 10), f"captionist sample{spec.ext}", fill=(255, 255, 255), font=_font(14))
    return im


def _rational_dms(deg: float) -> tuple[float, float, float]:
    deg = abs(deg)
    d = int(deg)
    m = int((deg - d) * 60)
    s = round(((deg - d) * 60 - m) * 60, 2)
    return (float(d), float(m), s)


def camera_exif(spec: Spec) -> Image.Exif:
    """EXIF as the camera wrote it (IFD0, the Exif IFD and, when known, GPS)."""
    cam = spec.camera
    exif = Image.Exif()
    if cam is None:
        return exif
    exif[0x010F] = cam.make                  # Make
    exif[0x0110] = cam.model                 # Model
    exif[0x0112] = 1                         # Orientation: top-left
    ifd = exif.get_ifd(0x8769)               # Exif IFD
    ifd[0x829A] = cam.exposure[0] / cam.exposure[1]   # ExposureTime
    ifd[0x829D] = cam.f_number               # FNumber
    ifd[0x8827] = cam.iso                    # ISOSpeedRatings
    ifd[0x9003] = cam.taken                  # DateTimeOriginal
    ifd[0x9004] = cam.taken                  # DateTimeDigitized
    ifd[0x9011] = cam.offset                 # OffsetTimeOriginal (EXIF 2.31)
    ifd[0x920A] = cam.focal                  # FocalLength
    ifd[0xA431] = cam.serial                 # BodySerialNumber
    if spec.gps is not None:
        lat, lon = spec.gps
        gps = exif.get_ifd(0x8825)
        gps[0] = b"\x02\x03\x00\x00"         # GPSVersionID 2.3.0.0
        gps[1] = "N" if lat >= 0 else "S"
        gps[2] = _rational_dms(lat)
        gps[3] = "E" if lon >= 0 else "W"
        gps[4] = _rational_dms(lon)
    return exif


def save(spec: Spec, path: Path) -> None:
    im = render(spec)
    if spec.ext == ".jpg":
        im.save(path, "JPEG", quality=JPEG_QUALITY, exif=camera_exif(spec).tobytes())
    elif spec.ext == ".tif":
        im.save(path, "TIFF", compression="tiff_deflate", dpi=(300, 300))
    elif spec.ext == ".png":
        im.save(path, "PNG")
    elif spec.ext == ".webp":
        im.save(path, "WEBP", quality=80, method=4)
    else:
        raise ValueError(f"{spec.id}: no encoder for {spec.ext}")


def generate(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for spec in SPECS:
        path = out / spec.name
        save(spec, path)
        paths.append(path)
    return paths


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_manifest(paths: list[Path]) -> None:
    lines = [f"# made by samples/make_images.py with Pillow {PIL.__version__}"]
    lines += [f"{sha256(p)}  {p.name}" for p in paths]
    MANIFEST.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_manifest() -> tuple[str | None, dict[str, str]]:
    """(Pillow version the committed images were made with, {file name: sha256})."""
    version, sums = None, {}
    for line in MANIFEST.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            version = line.rsplit(" ", 1)[-1]
        elif line.strip():
            digest, name = line.split(maxsplit=1)
            sums[name] = digest
    return version, sums


def check() -> list[str]:
    """Regenerate into a temp folder; what differs from the committed images."""
    problems = []
    made_with, sums = read_manifest()
    with tempfile.TemporaryDirectory() as tmp:
        for path in generate(Path(tmp)):
            committed = IMAGES / path.name
            if not committed.exists():
                problems.append(f"{path.name}: not committed")
                continue
            with Image.open(path) as a, Image.open(committed) as b:
                if (a.format, a.size, a.mode) != (b.format, b.size, b.mode):
                    problems.append(f"{path.name}: {b.format} {b.size} {b.mode} committed, "
                                    f"{a.format} {a.size} {a.mode} generated")
            if made_with == PIL.__version__ and sha256(path) != sums.get(path.name):
                problems.append(f"{path.name}: bytes differ from the committed file (same Pillow {made_with})")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, help="folder to write to (default: samples/images)")
    ap.add_argument("--check", action="store_true", help="compare a fresh run with the committed images")
    args = ap.parse_args(argv)
    if args.check:
        problems = check()
        for p in problems:
            print(p, file=sys.stderr)
        print("images match" if not problems else f"{len(problems)} difference(s)")
        return 1 if problems else 0
    out = args.out or IMAGES
    paths = generate(out)
    if out.resolve() == IMAGES.resolve():
        write_manifest(paths)
    total = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} images, {total / 1024:.0f} KiB, in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
