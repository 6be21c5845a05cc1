"""A camera JPEG's EXIF as the load reads it: every tag but the maker note's at once, the
maker note's tags only when something asks for them (issue 14).

pyexiv2 reads EXIF as text only, every tag at once, and a camera's maker note is most of it:
a Nikon's becomes a 125,000-character string and ~170 more tags, 1.8 of the 2.1 ms of the
load of such a file, while matching, the plan and export look up a few IFD0, Exif IFD and
GPS tags by name (`standard.PROPS`, `places.reverse`). So the load reads EXIF from the EXIF
segment alone with its MakerNote entry counted 0 bytes (`quietexif.exif_alone`): exiv2 walks
the IFDs as written and gives every other tag's value as a read of the whole header would
(tests/test_lazyexif.py). A maker note's tags live in groups of their own (Exif.Nikon3.*,
Exif.Canon.*, Exif.MakerNote.*) and in Exif.Photo.MakerNote itself; a look-up of one of
them, or a walk of all tags (a `{exif:Tag}` template variable), reads the whole EXIF once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

# The groups exiv2 gives the TIFF/EXIF IFDs themselves (Exif 2.32 / CIPA DC-008 4.6: IFD0,
# IFD1, the Exif, GPS and Interoperability IFDs); a maker note's tags are never in them,
# except the MakerNote tag (0x927C) of the Exif IFD
IFD_GROUPS = ("Exif.Image.", "Exif.Photo.", "Exif.GPSInfo.", "Exif.Iop.", "Exif.Thumbnail.")
_MAKER_NOTE = "Exif.Photo.MakerNote"


def _outside_maker_note(key: str) -> bool:
    """A key whose value the quiet read gives as the whole read does."""
    return key.startswith(IFD_GROUPS) and key != _MAKER_NOTE


class CameraExif(Mapping[str, Any]):
    """EXIF tags by exiv2 key. `tags`: those read without the maker note; `whole`: reads
    every tag (called at most once, when a maker note's tag or all tags are asked for)."""

    __slots__ = ("_tags", "_whole", "_all")

    def __init__(self, tags: dict[str, Any], whole: Callable[[], dict[str, Any]]):
        self._tags, self._whole, self._all = tags, whole, None

    def _every(self) -> dict[str, Any]:
        if self._all is None:
            self._all = self._whole()
        return self._all

    def __getitem__(self, key: str) -> Any:
        if self._all is None and _outside_maker_note(key):
            return self._tags[key]
        return self._every()[key]

    def __contains__(self, key: object) -> bool:
        if self._all is None and isinstance(key, str) and _outside_maker_note(key):
            return key in self._tags
        return key in self._every()

    def get(self, key: str, default: Any = None) -> Any:
        return self[key] if key in self else default

    def __iter__(self) -> Iterator[str]:
        return iter(self._every())

    def __len__(self) -> int:
        return len(self._every())

    @property
    def maker_note_read(self) -> bool:
        return self._all is not None

    def keys_outside_maker_note(self) -> list[str]:
        """The keys of every tag outside the maker note, and Exif.Photo.MakerNote (the quiet
        read lists its entry), without reading the maker note."""
        return list(self._tags)

    def __reduce__(self):
        # pickled (an outcome crossing to the parent, a copy) as the plain dict of every tag
        return dict, (dict(self._every()),)

    def __repr__(self) -> str:
        state = "all read" if self._all is not None else "maker note not read"
        return f"CameraExif({len(self._tags)} tags outside the maker note, {state})"


def keys_outside_maker_note(exif: Mapping[str, Any]) -> list[str]:
    """`CameraExif.keys_outside_maker_note`, or every key of a plain dict."""
    return exif.keys_outside_maker_note() if isinstance(exif, CameraExif) else list(exif)
