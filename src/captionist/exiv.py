"""The one module that talks to pyexiv2 (exiv2). Everything else sees plain dicts and bytes.

Traps this module designs around (measured, ../shared/reference/pyexiv2-notes.md):

* Path-mode writes are neither atomic nor checked: we only ever use `ImageData` on bytes and
  write files ourselves (`captionist.files`). Every `ImageData` is closed, or its buffer leaks.
* IIM gets no character set for free: we always write 1:90 = ESC % G (UTF-8), and read IIM as
  Latin-1 so that legacy files decode per value (UTF-8 when declared, else cp1252).
* A failed call can leave exiv2's global error state dirty, so the next file raises the
  previous file's error: after any failure we open a known-good image once to flush it.
* exiv2 logs warnings to stdout; we raise its threshold to errors so JSON output stays clean.
"""

from __future__ import annotations

import marshal
import os
import platform
import re
import struct
import threading
from typing import Any


def _import_pyexiv2():
    """pyexiv2's loader asks platform.architecture() whether Python is 64-bit, which runs
    `file -b <python>` in a subprocess: 17-30 ms of every start-up (one-file `read`/`embed`,
    issue 14). The interpreter's pointer size is the same answer, without the subprocess."""
    ask = platform.architecture
    platform.architecture = lambda *a, **k: (f"{struct.calcsize('P') * 8}bit", "")
    try:
        import pyexiv2
    finally:
        platform.architecture = ask
    return pyexiv2


pyexiv2 = _import_pyexiv2()

from . import familyadd, familysplit, lazyexif, webp, xmp_ns  # noqa: E402 - after pyexiv2, as before
from .carriers import CANONICAL, CANONICAL_PACKET, KNOWN_GOOD as _KNOWN_GOOD, PACKET_CARRIER as _PACKET_CARRIER, SIDECAR_SKELETON  # noqa: E402, F401, I001 - exiv.SIDECAR_SKELETON, as before
from .errors import ReadError, WriteError
from .metadata import Changes, RawMetadata
from .standard import IIM_CHARSET_KEY, IIM_UTF8, IIM_VERSION_KEYS

pyexiv2.set_log_level(3)
# XMP Part 3's note namespace (xmpNote:HasExtendedXMP), which exiv2 does not know by itself
pyexiv2.registerNs("http://ns.adobe.com/xmp/note/", "xmpNote")

_lock = threading.Lock()  # exiv2 keeps global state; one call at a time per process

# exiv2 keeps one process-wide table from XMP prefix to namespace URI (and the XMP toolkit under
# it one more), and parsing a packet binds every prefix it declares for the rest of the
# process: a packet declaring xmlns:xmp="a" (one of exiv2's own crash reproducers) or binding
# crs to another URI moves every later write of that prefix, our captions and the next file's
# own properties alike, into a namespace no reader looks in, or makes it fail ("Unknown
# namespace prefix"). Undoing a binding afterwards was tried and does not hold (the two tables
# disagree differently per prefix). So a prefix keeps one URI for the life of the process:
# the one exiv2 has built in for it, else the first one a parsed packet gave it; data that
# declares a prefix with another URI is handled in a forked child, whose tables die with it.
# The other way round, a parse gives a URI the prefix it declared (the last one wins): after a
# file with IPTC Extension as Iptc4xmpExt (the IPTC reference images) or XMP basic as xap (early
# Photoshop), every later write used that prefix, mixed with exiv2's own inside structures. So
# such a parse is followed by one that gives exiv2's own back (`_open`), before anything is
# serialised. Proved against a fresh process's write: tests/test_exiv_namespaces.py.
# prefix -> URI this process is bound to; the XMP frame and the IPTC prefixes the toolkit knows
_bound: dict[str, str] = {
    "x": "adobe:ns:meta/", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/",
    "Iptc4xmpExt": "http://iptc.org/std/Iptc4xmpExt/2008-02-29/",
}
namespaces_bound = _bound.__len__      # exiv2's table moves only when it grows (kept answers)


def _as_exiv2_keeps(uri: str) -> str:
    """exiv2 ends a registered URI with "/" unless it ends with "/" or "#" already."""
    return uri if uri.endswith(("/", "#")) else uri + "/"


def _builtin_uri(prefix: str) -> str | None:
    """The URI exiv2 writes for `prefix` (None: a prefix it does not know), asked once."""
    _drop_kept()
    img = pyexiv2.ImageData(_PACKET_CARRIER)
    try:
        img.modify_xmp({f"Xmp.{prefix}.CaptionistProbe": "x"})
        packet = img.read_raw_xmp(encoding="utf-8")
        # the toolkit may serialise it under a prefix of its own (Xmp.iptc.* as Iptc4xmpCore:)
        written = re.search(r'([\w.-]+):CaptionistProbe', packet)
        m = written and re.search(r'xmlns:%s="([^"]*)"' % re.escape(written.group(1)), packet)
        return m.group(1) if m else None
    except Exception:  # noqa: BLE001 - exiv2 knows no namespace for the prefix
        _flush()
        return None
    finally:
        _close(img)


_aliasing = False   # the data in hand gives a namespace we write another prefix (`_guarded` sets it)


def _open(data: bytes):
    """exiv2's parse of `data`; the namespaces we write get exiv2's own prefixes back."""
    img = pyexiv2.ImageData(data)
    _unalias()
    return img


def _unalias() -> None:
    if _aliasing:                   # a packet of ours: it parses
        _close(pyexiv2.ImageData(CANONICAL_PACKET))


def _declared(data: bytes) -> tuple[list[str], bool]:
    """The URIs `data` declares under a prefix the process has bound to another URI (binding
    the prefixes it declares first), and whether it gives a namespace we write another prefix."""
    strangers, aliased = [], False
    for prefix, uri in xmp_ns.declarations(data):
        got, alias = _checked(prefix, uri)
        strangers += got
        aliased = aliased or alias
    return strangers, aliased


# (prefix, URI) as declared -> `_check`'s answer: a prefix, once bound, stays bound to one URI
# for the life of the process, so the answer for a declaration never changes; a batch meets
# the same few declarations in every file (three exiv2 calls a file, issue 14)
_answers: dict[tuple[bytes, bytes], tuple[list[str], bool]] = {}


def _checked(prefix: bytes, uri: bytes) -> tuple[list[str], bool]:
    got = _answers.get((prefix, uri))
    if got is None:
        p, u = prefix.decode("ascii"), _as_exiv2_keeps(uri.decode("utf-8", "replace"))
        got = (_check(p, u), CANONICAL.get(u, p) != p)
        if len(_answers) < 4096:
            _answers[(prefix, uri)] = got
    return list(got[0]), got[1]


def _check(prefix: str, uri: str) -> list[str]:
    uri = _as_exiv2_keeps(uri)
    if prefix not in _bound:
        _bound[prefix] = _builtin_uri(prefix) or uri
    return [uri] if _as_exiv2_keeps(_bound[prefix]) != uri else []


_FAILURES = {"ReadError": ReadError, "WriteError": WriteError}


def _guarded(work, data: bytes, where, *args):
    """`work(data, where, *args)` here, or in a forked child when `data` would re-bind a prefix.
    The caller holds `_lock`, so no other thread is inside exiv2 when the child is forked.
    The result crosses the pipe by `marshal` (plain values only)."""
    global _aliasing
    strangers, _aliasing = _declared(data)
    if not strangers:
        return work(data, where, *args)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:                                        # the child: work, answer, vanish
        code = 0
        try:
            os.close(r)
            # each stranger's URI gets a private prefix before exiv2 parses it, so that the
            # file's own properties keep their URI and ours go where readers look
            for n, uri in enumerate(strangers, 1):
                pyexiv2.registerNs(uri, f"captionistForeign{n}")
            try:
                answer = ("ok", work(data, where, *args))
            except (ReadError, WriteError) as e:     # a subclass crosses as its base
                answer = ("WriteError" if isinstance(e, WriteError) else "ReadError", e.reason)
            out = memoryview(marshal.dumps(answer))
            while out:
                out = out[os.write(w, out):]
        except BaseException:  # noqa: BLE001 - nothing may run on in a forked child
            code = 1
        finally:
            os._exit(code)
    os.close(w)
    with open(r, "rb") as pipe:
        payload = pipe.read()
    os.waitpid(pid, 0)
    if not payload:
        raise ReadError(where, "exiv2 failed on this file's XMP (it re-binds a namespace prefix)")
    answer = marshal.loads(payload)
    if answer[0] != "ok":
        raise _FAILURES[answer[0]](where, answer[1])
    return answer[1]


# exiv2 reads a text that begins with "type=" as an array or structure marker
# (XmpTextValue::read: 'type="Bag"' opens a Bag; any other word after it is an error), so a
# caption such as "type=..." cannot be set as it is. It goes in behind a private-use
# character, which is taken out of the serialised packet before the packet is stored.
_TYPE_ESCAPE = "\ue000"
_MARKER = re.compile(r'^type="(Alt|Bag|Seq|Struct)"$')


def _escape_type_texts(xmp: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    def esc(v: Any) -> Any:
        return _TYPE_ESCAPE + v if isinstance(v, str) and v.startswith("type=") and not _MARKER.match(v) else v
    out = {k: [esc(i) for i in v] if isinstance(v, list) else esc(v) for k, v in xmp.items()}
    return out, out != xmp


def _set_xmp(img, xmp: dict[str, Any]) -> None:
    xmp, escaped = _escape_type_texts(xmp)
    img.modify_xmp(xmp, encoding="utf-8")
    if escaped:
        raw = img.read_raw_xmp(encoding="utf-8")
        img.modify_raw_xmp(raw.replace(_TYPE_ESCAPE + "type=", "type="), encoding="utf-8")

def _close(img) -> None:
    """Free an ImageData's exiv2 image and buffer. pyexiv2's own close() then walks dir(img)
    to disarm every method, which costs more than the free itself (13 us, a third of a
    header read); nothing here touches an image after closing it."""
    img._exiv2api_image.close_image()
    img.buffer.destroy()


def _flush() -> None:
    _drop_kept()
    try:
        img = pyexiv2.ImageData(_KNOWN_GOOD)
        try:
            img.read_exif()
        finally:
            _close(img)
    except Exception:  # noqa: BLE001 - the point is to consume the stale error
        pass


def _decode_latin1(value: str, charset: str) -> str:
    raw = value.encode("latin-1")
    if charset == "utf-8":
        return raw.decode("utf-8", "replace")
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # bytes cp1252 leaves undefined (0x81, 0x8D...)
        return raw.decode("latin-1")


def _exif_text(value: Any) -> Any:
    if isinstance(value, str):
        raw = value.encode("latin-1", "replace")
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1252", "replace")
    return value


def _exif_of(img) -> dict[str, Any]:
    return {k: _exif_text(v) for k, v in img.read_exif(encoding="latin-1").items()}


def _read_open(img, exif: bool = True, families: tuple[str, ...] | None = None) -> RawMetadata:
    # `families`: only these ("iptc", "xmp", "exif"), without the profile and the pixel size:
    # a write's read-back compares the families it wrote (`writer.verify`, issue 14)
    want = families or ("iptc", "xmp", "exif")
    iptc, charset = _iim_of(img) if "iptc" in want else ({}, None)
    exif = _exif_of(img) if exif and "exif" in want else {}
    xmp = img.read_xmp() if "xmp" in want else {}
    if families is not None:
        return RawMetadata(iptc=iptc, xmp=xmp, exif=exif, iim_charset=charset)
    try:
        icc = bool(img.read_icc())
    except Exception:  # noqa: BLE001 - formats without a profile slot raise
        icc = False
    return RawMetadata(iptc=iptc, xmp=xmp, exif=exif, iim_charset=charset, mime=img.get_mime_type(),
                       width=img.get_pixel_width(), height=img.get_pixel_height(), icc=icc)


def _iim_of(img) -> tuple[dict[str, Any], str | None]:
    """IIM as text (see the module's note on IIM character sets), and the declared set."""
    iptc_raw = img.read_iptc(encoding="latin-1")
    charset = None
    if iptc_raw:
        charset = "utf-8" if iptc_raw.get(IIM_CHARSET_KEY) == IIM_UTF8 else "cp1252"
    return {k: [_decode_latin1(x, charset) for x in v] if isinstance(v, list) else _decode_latin1(v, charset)
            for k, v in iptc_raw.items()}, charset


# The image the last `read(..., keep=True)` parsed, still open, with the bytes it was parsed
# from: a captioned JPEG's write opens the same carrier again (`modify`), and exiv2's parse of
# an agency's XMP is the larger part of a write (1.7 ms of 3.8 for the IPTC reference
# header, issue 14). It serves only when the write of the very same bytes is the next thing
# this process asks exiv2: any other call drops it first, because exiv2's process-wide
# namespace tables move with every packet it handles, and an image parsed before another
# file's packet serialises some prefixes differently from one parsed after it (the same
# URIs, other bytes: tests/test_exiv_keep.py). An image only read is the image a fresh parse
# gives: pyexiv2's read_* calls do not change it. Touched under `_lock` only.
_kept: list[tuple[bytes, Any]] = []


def _drop_kept() -> None:
    while _kept:
        _close(_kept.pop()[1])


def _take_kept(data: bytes):
    """The kept image when it was parsed from exactly `data`, else None; nothing is kept after."""
    if _kept and (_kept[0][0] is data or _kept[0][0] == data):
        return _kept.pop()[1]
    _drop_kept()
    return None


def read(data: bytes, where, *, keep: bool = False, quiet: bytes | None = None, families=None) -> RawMetadata:
    """Read every family from an in-memory image (or XMP sidecar). `keep`: hold exiv2's parse
    for a `modify` of the same bytes (a JPEG header carrier read before its write). `quiet`:
    a carrier of the EXIF segment without its maker note (`quietexif.exif_alone`), which EXIF
    is read from; the maker note's tags are read from `data` when asked for (`lazyexif`).
    `families`: only these ("iptc", "xmp", "exif"; no profile, MIME type or size)."""
    with _lock:
        got = _guarded(_read, data, where, keep, quiet, families)
    if quiet is not None:
        got["exif"] = lazyexif.CameraExif(got["exif"], lambda: read_exif(data, where))
    return RawMetadata(**got)


def read_exif(data: bytes, where) -> dict[str, Any]:
    """Every EXIF tag of `data`, the maker note's too; from the kept parse when it is of `data`
    (a read leaves the image as a fresh parse gives it, so it stays kept)."""
    with _lock:
        if _kept and (_kept[0][0] is data or _kept[0][0] == data):
            return _exif_of(_kept[0][1])
        return _guarded(_read, data, where)["exif"]


def _read(data: bytes, where, keep: bool = False, quiet: bytes | None = None, families=None) -> dict[str, Any]:
    _drop_kept()
    try:
        img = _open(data)
    except Exception as e:  # exiv2 raises RuntimeError (and ValueError for >2 GB)
        _flush()
        raise ReadError(where, f"cannot read metadata: {_msg(e)}") from None
    try:
        got = vars(_read_open(img, exif=quiet is None, families=families))
    except Exception as e:
        _flush()
        _close(img)
        raise ReadError(where, f"cannot read metadata: {_msg(e)}") from None
    if quiet is not None:
        try:
            got["exif"] = _read(quiet, where)["exif"]
        except ReadError:           # not read without its maker note: read with it
            try:
                got["exif"] = _exif_of(img)
            except Exception as e:
                _flush()
                _close(img)
                raise ReadError(where, f"cannot read metadata: {_msg(e)}") from None
    if keep:
        _kept.append((data, img))
    else:
        _close(img)
    return got


def modify(data: bytes, changes: Changes, current: RawMetadata, where) -> bytes:
    """Apply `changes` to an in-memory image and return the new bytes."""
    iptc = dict(changes.iptc)
    if iptc:
        if current.iim_charset not in (None, "utf-8"):
            # Declaring UTF-8 re-labels every dataset already there: re-encode them too.
            for k, v in current.iptc.items():
                if k.startswith("Iptc.Application2.") and k not in iptc:
                    iptc[k] = v
        iptc[IIM_CHARSET_KEY] = IIM_UTF8
        for k, v in IIM_VERSION_KEYS.items():
            if k not in current.iptc:
                iptc[k] = v
    with _lock:
        return _guarded(_modify, data, where, iptc, changes, current.mime)


def _modify(data: bytes, where, iptc: dict[str, Any], changes: Changes, mime: str) -> bytes:
    families = [f for f, on in (("xmp", changes.xmp or changes.xmp_remove), ("iptc", iptc),
                                ("exif", changes.exif)) if on]
    if mime == "image/jpeg" and len(families) > 1:
        found = familysplit.cut(data)
        if found is not None and all(f in found.where for f in families):
            new = {}
            # XMP first: on the whole carrier, which the kept parse serves (the packet is
            # parsed once either way); then each other family on its segment alone
            for family in families:
                out = _modify_image(data if family == "xmp" else found.alone(family), where,
                                    iptc if family == "iptc" else {},
                                    _only(changes, family), mime)
                seg = familysplit.segment_of(out, family)
                if seg is None:
                    break
                new[family] = seg
            else:
                return found.splice(new)
        fresh = familyadd.fresh(found, families) if found is not None else None
        if fresh is not None:
            out = _add_families(data, where, iptc, changes, mime, fresh)
            if out is not None:
                return out
    return _modify_image(data, where, iptc, changes, mime)


def _add_families(data: bytes, where, iptc: dict[str, Any], changes: Changes, mime: str,
                  fresh: familyadd.Fresh) -> bytes | None:
    """A camera's first caption (`captionist.familyadd`): EXIF on the header, which the kept
    parse serves; the families the file lacks together on one empty carrier."""
    written = _modify_image(data, where, {}, _only(changes, "exif"), mime)
    both = Changes(xmp=changes.xmp, xmp_remove=changes.xmp_remove) if "xmp" in fresh.families else Changes()
    new = fresh.written((repr(iptc), repr(vars(both))), namespaces_bound, lambda: _modify_image(
        fresh.empty, where, iptc if "iptc" in fresh.families else {}, both, mime))
    return fresh.insert(written, new) if new is not None else None


def _only(changes: Changes, family: str) -> Changes:
    if family == "xmp":
        return Changes(xmp=changes.xmp, xmp_remove=changes.xmp_remove)
    return Changes(exif=changes.exif) if family == "exif" else Changes()


def _modify_image(data: bytes, where, iptc: dict[str, Any], changes: Changes, mime: str) -> bytes:
    try:
        img = _take_kept(data) or _open(data)
    except Exception as e:
        _flush()
        raise ReadError(where, f"cannot open for writing: {_msg(e)}") from None
    try:
        if iptc:
            img.modify_iptc(iptc, encoding="utf-8")
        if changes.xmp_remove:
            # Old values go first, in their own call: a key cannot be both deleted and set
            # in one dict, and exiv2 refuses to re-index an array it still holds.
            img.modify_xmp({k: None for k in changes.xmp_remove}, encoding="utf-8")
        if changes.xmp:
            _set_xmp(img, changes.xmp)
        if changes.exif:
            img.modify_exif(changes.exif, encoding="utf-8")
        out = img.get_bytes()
        if mime == "image/webp":
            # exiv2 keeps a WebP chunk whose entries were all deleted (an undo to "none")
            drop = {b"XMP "} if changes.xmp_remove or None in changes.xmp.values() else set()
            drop = drop if drop and not img.read_xmp() else set()
            if None in changes.exif.values() and not img.read_exif():
                drop.add(b"EXIF")
            out = webp.drop_chunks(out, drop) if drop else out
        return out
    except Exception as e:
        _flush()
        raise WriteError(where, f"exiv2 could not write the metadata: {_msg(e)}") from None
    finally:
        _close(img)


def modify_sidecar(data: bytes, changes: Changes, where) -> bytes:
    """Apply XMP changes to an XMP packet (a sidecar) and return the new packet.

    exiv2's own sidecar writer converts the packet to EXIF and back on every write, which is
    lossy (exif:ExifVersion "0.2.2.0" comes back as "0.2."). Instead the packet rides in a
    tiny PNG carrier, where exiv2 edits the XMP tree and leaves everything else as it was
    (a PNG, not a JPEG: a JPEG segment caps the packet at 64 KB)."""
    try:
        packet = data.decode("utf-8-sig") if data.strip() else SIDECAR_SKELETON.decode("utf-8")
    except UnicodeDecodeError:
        raise ReadError(where, "the XMP sidecar is not UTF-8 text") from None
    with _lock:
        out = _guarded(_modify_sidecar, data, where, packet, changes)
    if not out.lstrip().startswith("<?xpacket"):
        out = f'<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n{out}\n<?xpacket end="w"?>'
    return out.encode("utf-8")


def _modify_sidecar(data: bytes, where, packet: str, changes: Changes) -> str:
    _drop_kept()
    img = pyexiv2.ImageData(_PACKET_CARRIER)
    try:
        img.modify_raw_xmp(packet, encoding="utf-8")
        _unalias()
        if changes.xmp_remove:
            img.modify_xmp({k: None for k in changes.xmp_remove}, encoding="utf-8")
        if changes.xmp:
            _set_xmp(img, changes.xmp)
        return img.read_raw_xmp(encoding="utf-8")
    except Exception as e:
        _flush()
        raise WriteError(where, f"exiv2 could not write the XMP sidecar: {_msg(e)}") from None
    finally:
        _close(img)


def _msg(e: Exception) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text[:300]
