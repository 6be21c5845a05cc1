"""Which image formats captionist writes into, and which get an XMP sidecar.

Detection is by content (magic bytes), with the extension used only to tell camera RAW files
(TIFF-based) from plain TIFF. exiv2 writes EXIF, IIM and XMP into JPEG, TIFF and PNG, and
EXIF + XMP into WebP (WebP has no place for IIM). It cannot write HEIC/AVIF (ISO BMFF), and
rewriting a camera's RAW file is a risk no desk wants: those get an XMP sidecar, as do other
formats exiv2 reads but cannot write.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import UnsupportedFormatError

RAW_EXTENSIONS = {".cr2", ".cr3", ".nef", ".nrw", ".arw", ".srf", ".sr2", ".dng", ".orf", ".rw2",
                  ".pef", ".raf", ".srw", ".3fr", ".erf", ".kdc", ".mrw", ".x3f", ".iiq", ".rwl"}
BMFF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1", b"avif",
               b"avis", b"crx "}

ALL_BLOCKS = frozenset({"iim", "xmp", "exif"})


@dataclass(frozen=True)
class Format:
    name: str                  # "jpeg", "tiff", "png", "webp", "heif", "raw", "xmp"
    embed: bool                # metadata goes into the file itself
    blocks: frozenset[str]     # families the file can carry when embedded
    mime: str


JPEG = Format("jpeg", True, ALL_BLOCKS, "image/jpeg")
TIFF = Format("tiff", True, ALL_BLOCKS, "image/tiff")
PNG = Format("png", True, ALL_BLOCKS, "image/png")
WEBP = Format("webp", True, frozenset({"xmp", "exif"}), "image/webp")
HEIF = Format("heif", False, frozenset({"xmp"}), "image/heif")
RAW = Format("raw", False, frozenset({"xmp"}), "image/x-raw")
XMP = Format("xmp", False, frozenset({"xmp"}), "application/rdf+xml")


def detect(path: Path, head: bytes) -> Format:
    """The format of `path` from its first bytes (at least 32)."""
    ext = path.suffix.lower()
    if head[:3] == b"\xff\xd8\xff":
        return JPEG
    if head[:8] == b"\x89PNG\r\n\x1a\n":
        return PNG
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return WEBP
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return RAW if ext in RAW_EXTENSIONS else TIFF
    if head[4:8] == b"ftyp" and head[8:12] in BMFF_BRANDS:
        return RAW if head[8:12] == b"crx " else HEIF
    if ext in RAW_EXTENSIONS and len(head) >= 16:
        return RAW   # RAW formats without a TIFF header (RAF, X3F, ...): sidecar only
    if ext == ".xmp" or head.lstrip()[:9] in (b"<?xpacket", b"<x:xmpmet"):
        return XMP
    raise UnsupportedFormatError(path, "not an image format captionist can caption "
                                       "(JPEG, TIFF, PNG, WebP embedded; HEIC/AVIF/RAW via XMP sidecar)")


# Extensions of files that get a sidecar: two of them with one stem (RAW + HEIC from one
# camera) would share `stem.xmp`.
SIDECAR_EXTENSIONS = RAW_EXTENSIONS | {".heic", ".heif", ".hif", ".avif"}


EMBED_EXTENSIONS = {".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".png", ".webp"}


def stem_siblings(path: Path, force: bool = False) -> list[Path]:
    """Other files beside `path` with its stem that would also get a sidecar (checked by name,
    a few stat calls, not a folder listing: inboxes can hold many files). `force`: every
    image gets one (--force-sidecar)."""
    out = []
    for ext in sorted(SIDECAR_EXTENSIONS | (EMBED_EXTENSIONS if force else set())):
        for cand in {ext, ext.upper()}:
            if cand != path.suffix:
                sib = path.with_suffix(cand)
                if sib.exists() and not sib.samefile(path):
                    out.append(sib)
    return out


def sidecar_path(path: Path, style: str = "stem", force: bool = False) -> Path:
    """`name.xmp` (Lightroom, Bridge, darktable's default differs) or `name.ext.xmp`.

    With `stem`, a file whose stem another sidecar-format file shares (shot.cr2 + shot.avif)
    gets `name.ext.xmp` too: one `shot.xmp` for both would let the second caption replace
    the first."""
    exts = SIDECAR_EXTENSIONS | (EMBED_EXTENSIONS if force else set())
    if style == "name" or (path.suffix.lower() in exts and stem_siblings(path, force)):
        return path.with_name(path.name + ".xmp")
    return path.with_suffix(".xmp")
