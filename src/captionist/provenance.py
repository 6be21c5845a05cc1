"""Content Credentials (C2PA): find a manifest store, and keep a write from breaking it.

A C2PA manifest binds to the file's bytes with a hash (`c2pa.hash.data`, C2PA 2.1 section
9.2), so any caption written into the file makes the manifest fail validation
(`assertion.dataHash.mismatch`) and a verifier shows the picture as tampered. Before an
embedded write captionist therefore applies one of three policies (`CAPTIONIST_C2PA`):

* `refuse` (default): the file is not written; the reason names Content Credentials;
* `sign`: the caption is written, then a new manifest is signed with the desk's certificate
  through the reference SDK (`c2pa-python`), the original as its `parentOf` ingredient, and
  re-read and verified before the temp file is renamed into place;
* `strip`: the caption is written and the manifest store removed, with a warning.

Finding a store needs no SDK (a byte scan of where each format keeps it, C2PA 2.1 annex A):
JPEG APP11 segments carrying JUMBF (ISO 19566-5), PNG `caBX` chunks, WebP `C2PA` chunks, and
in TIFF/HEIF the JUMBF description box of a manifest store (its type UUID). The SDK is only
loaded to validate, show the signer, and sign.
"""

from __future__ import annotations

import io
import struct
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Callable, Literal

from . import __version__, jpeg
from .errors import CaptionistError, VerifyError, WriteError

C2paPolicy = Literal["refuse", "sign", "strip"]
POLICIES: tuple[str, ...] = ("refuse", "sign", "strip")

# The JUMBF description box ('jumd') of a C2PA manifest store has this type UUID
# (63327061-0011-0010-8000-00AA00389B71, "c2pa" + the ISO base), C2PA 2.1 section 11.1.
STORE_UUID = bytes.fromhex("6332706100110010800000aa00389b71")
STORE_MARK = b"jumd" + STORE_UUID
APP11 = 0xEB
# The one validation failure a desk's own certificate may cause: it is not on a trust list the
# SDK knows (C2PA 2.1 section 15.7). Anything else means the new manifest is not sound.
ALLOWED_FAILURES = frozenset({"signingCredential.untrusted"})

# Key algorithm from the DER-encoded OIDs inside a PEM private key (PKCS#8 or SEC1/PKCS#1).
_KEY_OIDS: list[tuple[bytes, str]] = [
    (bytes.fromhex("06082a8648ce3d030107"), "es256"),      # prime256v1 / P-256
    (bytes.fromhex("06052b81040022"), "es384"),            # secp384r1 / P-384
    (bytes.fromhex("06052b81040023"), "es512"),            # secp521r1 / P-521
    (bytes.fromhex("06032b6570"), "ed25519"),              # Ed25519 (RFC 8410)
    (bytes.fromhex("06092a864886f70d01010a"), "ps256"),    # RSASSA-PSS
    (bytes.fromhex("06092a864886f70d010101"), "ps256"),    # rsaEncryption: C2PA signs RSA with PSS only
]


class ProvenanceError(CaptionistError):
    """Content Credentials settings that cannot work (no certificate for `sign`, say)."""


# --------------------------------------------------------------------------- settings

@dataclass(frozen=True)
class C2paConfig:
    """What to do with Content Credentials on an embedded write."""

    policy: str = "refuse"
    cert: Path | None = None           # PEM chain: the signing certificate first
    key: Path | None = None            # PEM private key (unencrypted)
    tsa_url: str | None = None         # RFC 3161 time-stamp authority (none: no time-stamp)
    sign_unsigned: bool = False        # with `sign`: also sign files that had no manifest

    @classmethod
    def make(cls, policy: str = "refuse", cert: Any = None, key: Any = None, tsa_url: str | None = None,
             sign_unsigned: bool = False) -> "C2paConfig":
        """A checked config: `sign` needs a readable certificate chain and key."""
        policy = (policy or "refuse").strip().lower()
        if policy not in POLICIES:
            raise ProvenanceError("CAPTIONIST_C2PA", f"unknown policy {policy!r}; use one of {', '.join(POLICIES)}")
        cfg = cls(policy, Path(cert) if cert else None, Path(key) if key else None, tsa_url or None,
                  bool(sign_unsigned))
        if policy == "sign":
            cfg.check_signing()
        return cfg

    def check_signing(self) -> None:
        if self.cert is None or self.key is None:
            raise ProvenanceError("CAPTIONIST_C2PA", "policy sign needs the desk's certificate chain "
                                  "(CAPTIONIST_C2PA_CERT, PEM) and private key (CAPTIONIST_C2PA_KEY, PEM)")
        for what, p in (("certificate", self.cert), ("key", self.key)):
            if not p.is_file():
                raise ProvenanceError(p, f"the C2PA signing {what} file does not exist")
        if b"-----BEGIN CERTIFICATE-----" not in self.cert.read_bytes():
            raise ProvenanceError(self.cert, "not a PEM certificate chain (no BEGIN CERTIFICATE)")
        key_algorithm(self.key.read_text("ascii", "replace"), self.key)

    def to_dict(self) -> dict[str, Any]:
        return {k: (str(v) if isinstance(v, Path) else v) for k, v in asdict(self).items()}


def key_algorithm(pem: str, where: Any = "CAPTIONIST_C2PA_KEY") -> str:
    """The C2PA signing algorithm ("es256", "ps256", ...) a PEM private key calls for."""
    if "ENCRYPTED" in pem:
        raise ProvenanceError(where, "the C2PA signing key is encrypted; give an unencrypted PEM key")
    if "PRIVATE KEY-----" not in pem:
        raise ProvenanceError(where, "not a PEM private key captionist can sign with (no BEGIN ... PRIVATE KEY)")
    body = "".join(line for line in pem.splitlines() if line and not line.startswith("-----"))
    import base64       # a signing key's only: kept off every embed's start-up (issue 14)

    try:
        der = base64.b64decode(body, validate=False)
    except ValueError:
        der = b""
    if "RSA PRIVATE KEY" in pem:
        return "ps256"
    for oid, alg in _KEY_OIDS:
        if oid in der:
            return alg
    raise ProvenanceError(where, "not a PEM private key captionist can sign with "
                                 "(EC P-256/P-384/P-521, RSA or Ed25519)")


# --------------------------------------------------------------------------- detection

def _jpeg_segments(header: bytes) -> list[bytes]:
    """The marker segments of a JPEG header after SOI (a layout we cannot walk: the rest as one)."""
    out, pos = [], 2
    while pos + 4 <= len(header) and header[pos] == 0xFF and header[pos + 1] not in (0xFF, 0x01, *range(0xD0, 0xD8)):
        length = struct.unpack(">H", header[pos + 2:pos + 4])[0]
        out.append(header[pos:pos + 2 + length])
        pos += 2 + length
    if pos < len(header):
        out.append(header[pos:])
    return out


def _jpeg_store_instances(segments: list[bytes]) -> set[bytes]:
    """JUMBF box instance numbers (APP11 'JP' segments, ISO 19566-5 annex B) of C2PA stores."""
    return {s[6:8] for s in segments if len(s) > 16 and s[1] == APP11 and s[4:6] == b"JP" and STORE_MARK in s}


def _png_chunks(data: bytes):
    pos = 8
    while pos + 12 <= len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        yield pos, pos + 12 + n, kind
        pos += 12 + n


def _riff_chunks(data: bytes):
    pos = 12
    while pos + 8 <= len(data):
        kind, n = struct.unpack("<4sI", data[pos:pos + 8])
        end = pos + 8 + n + (n & 1)
        yield pos, end, kind
        pos = end


def find_store(fmt: str, data: bytes) -> str | None:
    """Where `data` (the whole file; a JPEG's header is enough) keeps a C2PA manifest store,
    or None. Byte scan only, no SDK."""
    if fmt == "jpeg":
        # a store's segment holds STORE_MARK: without it anywhere, no segment walk (each file
        # of a batch asks, issue 14)
        if STORE_MARK not in data:
            return None
        return "JPEG APP11 (JUMBF)" if _jpeg_store_instances(_jpeg_segments(data)) else None
    if fmt == "png":
        return "PNG caBX chunk" if any(k == b"caBX" for _, _, k in _png_chunks(data)) else None
    if fmt == "webp":
        return "WebP C2PA chunk" if any(k == b"C2PA" for _, _, k in _riff_chunks(data)) else None
    if STORE_MARK in data:      # TIFF (tag 52545), HEIF/AVIF (a 'uuid' box): the store's own mark
        return f"{fmt.upper()} JUMBF manifest store"
    return None


def snapshot_store(snap) -> str | None:
    """`find_store` for a reader.Snapshot (reads the file again for non-JPEG formats)."""
    if snap.header is not None:
        return find_store("jpeg", snap.header.header)
    with open(snap.path, "rb") as f:
        return find_store(snap.format.name, f.read())


# --------------------------------------------------------------------------- the SDK

def _sdk():
    try:
        import c2pa
    except ImportError as e:   # pragma: no cover - a declared dependency
        raise ProvenanceError("c2pa-python", f"the C2PA SDK is not installed ({e})") from None
    return c2pa


def inspect(data: bytes | Path, mime: str) -> dict[str, Any] | None:
    """Validation state, signer and manifest id of a file's Content Credentials (None: none)."""
    c2pa = _sdk()
    stream = io.BytesIO(data) if isinstance(data, (bytes, bytearray)) else open(data, "rb")
    try:
        with stream:
            reader = c2pa.Reader.try_create(mime, stream)
            if reader is None:
                return None
            with reader:
                active = reader.get_active_manifest() or {}
                results = reader.get_validation_results() or {}
                state = reader.get_validation_state()
    except c2pa.C2paError as e:
        return {"state": "Unreadable", "error": str(e), "manifest": None, "signer": None, "failures": []}
    sig = active.get("signature_info") or {}
    failures = [f.get("code") for f in (results.get("activeManifest") or {}).get("failure", [])]
    generator = [g.get("name") for g in active.get("claim_generator_info") or [] if g.get("name")]
    parents = [i for i in active.get("ingredients") or [] if i.get("relationship") == "parentOf"]
    return {"state": state, "manifest": active.get("label"), "failures": failures,
            "signer": {k: sig.get(k) for k in ("common_name", "issuer", "alg", "time") if sig.get(k)} or None,
            "generator": generator, "actions": _actions(active),
            "parent_manifest": parents[0].get("active_manifest") if parents else None}


def _actions(manifest: dict[str, Any]) -> list[str]:
    out = []
    for a in manifest.get("assertions") or []:
        if str(a.get("label", "")).startswith("c2pa.actions"):
            out += [x.get("action") for x in (a.get("data") or {}).get("actions", [])]
    return out


def describe(info: dict[str, Any] | None) -> str:
    """One line for a person: state, signer, manifest id."""
    if info is None:
        return "none"
    signer = info.get("signer") or {}
    who = signer.get("common_name") or "unknown signer"
    if signer.get("issuer"):
        who += f" (issued by {signer['issuer']})"
    extra = f"; failures: {', '.join(info['failures'])}" if info.get("failures") else ""
    return f"{info['state']}, signed by {who}, manifest {info.get('manifest')}{extra}"


def sign(unsigned: bytes, original: Path, mime: str, title: str, cfg: C2paConfig) -> bytes:
    """A copy of `unsigned` with a new manifest: `original` as the parentOf ingredient (its
    own manifest kept inside the new store), actions opened + edited.metadata (C2PA 2.1
    section 18.13), captionist as claim generator. Signed with the desk's certificate."""
    c2pa = _sdk()
    cfg.check_signing()
    key_pem = cfg.key.read_text("ascii")
    alg = key_algorithm(key_pem, cfg.key)
    manifest = {
        "claim_generator_info": [{"name": "captionist", "version": __version__}],
        "title": title, "format": mime,
        "assertions": [{"label": "c2pa.actions", "data": {"actions": [
            {"action": "c2pa.opened", "parameters": {"ingredientIds": ["parent"]}},
            {"action": "c2pa.edited.metadata",
             "description": "caption and credit metadata (IPTC, XMP, EXIF) written by captionist"},
        ]}}],
    }
    try:
        info = c2pa.C2paSignerInfo(alg.encode(), cfg.cert.read_bytes(), key_pem.encode(),
                                   cfg.tsa_url.encode() if cfg.tsa_url else None)
        # No thumbnails: the pixels are the original's, so a thumbnail would repeat the image
        # (and the parent's manifest keeps its own); decoding and scaling a 10 MB JPEG twice
        # would be most of the cost of signing (bench/c2pa_bench.py).
        context = c2pa.Context(settings=c2pa.Settings.from_dict({"builder": {"thumbnail": {"enabled": False}}}))
        with c2pa.Signer.from_info(info) as signer, c2pa.Builder(manifest, context=context) as builder:
            with open(original, "rb") as f:
                builder.add_ingredient({"title": original.name, "relationship": "parentOf", "label": "parent"},
                                       mime, f)
            out = io.BytesIO()
            builder.sign(signer, mime, io.BytesIO(unsigned), out)
    except c2pa.C2paError as e:
        raise WriteError(original, f"could not sign Content Credentials: {e}; nothing was replaced") from None
    return out.getvalue()


def check_signed(data: bytes, mime: str, parent_manifest: str | None, where: Path) -> dict[str, Any]:
    """The new manifest must validate (only an untrusted desk certificate allowed), name the
    original's manifest as parent, and record the metadata edit; else nothing is replaced."""
    info = inspect(data, mime)
    if info is None:
        raise VerifyError(where, "the signed file reads back without Content Credentials; nothing was replaced")
    bad = [f for f in info["failures"] if f not in ALLOWED_FAILURES]
    if info["state"] not in ("Valid", "Trusted") or bad:
        raise VerifyError(where, f"the new Content Credentials read back {info['state']}"
                                 f"{' (' + ', '.join(bad) + ')' if bad else ''}; nothing was replaced")
    if parent_manifest and info.get("parent_manifest") != parent_manifest:
        raise VerifyError(where, "the new Content Credentials do not carry the original's manifest as parent; "
                                 "nothing was replaced")
    if "c2pa.edited.metadata" not in info["actions"]:
        raise VerifyError(where, "the new Content Credentials lack the c2pa.edited.metadata action; "
                                 "nothing was replaced")
    return info


# --------------------------------------------------------------------------- strip

def strip(fmt: str, data: bytes, where: Path) -> bytes:
    """`data` without its C2PA manifest store (JPEG: the header is enough)."""
    if fmt == "jpeg":
        segs = _jpeg_segments(data)
        ids = _jpeg_store_instances(segs)
        kept = [s for s in segs if not (len(s) > 8 and s[1] == APP11 and s[4:6] == b"JP" and s[6:8] in ids)]
        return data[:2] + b"".join(kept)
    if fmt == "png":
        drop = [(a, b) for a, b, k in _png_chunks(data) if k == b"caBX"]
        return _cut(data, drop)
    if fmt == "webp":
        drop = [(a, b) for a, b, k in _riff_chunks(data) if k == b"C2PA"]
        out = _cut(data, drop)
        return out[:4] + struct.pack("<I", len(out) - 8) + out[8:]
    raise WriteError(where, f"removing Content Credentials from {fmt.upper()} is not supported; "
                            "use --c2pa sign or refuse")


def _cut(data: bytes, spans: list[tuple[int, int]]) -> bytes:
    out, pos = [], 0
    for a, b in spans:
        out.append(data[pos:a])
        pos = b
    out.append(data[pos:])
    return b"".join(out)


# --------------------------------------------------------------------------- the write hook

@dataclass
class Plan:
    """What a write does to one file's Content Credentials."""

    policy: str
    action: str                      # refuse, sign, strip, or keep (nothing is written)
    store: str | None                # where the manifest store is, when there is one
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None

    def report(self) -> dict[str, Any]:
        return {"policy": self.policy, "action": self.action, "store": self.store,
                "manifest_before": (self.before or {}).get("manifest"),
                "state_before": (self.before or {}).get("state"),
                "manifest_after": (self.after or {}).get("manifest"),
                "state_after": (self.after or {}).get("state")}

    def explain(self, dry_run: bool) -> str:
        would = "would be" if dry_run else "were"
        if self.action == "refuse":
            return (f"carries Content Credentials (C2PA, {self.store}) that a caption would invalidate; not "
                    "written. Re-sign with --c2pa sign (CAPTIONIST_C2PA=sign, CAPTIONIST_C2PA_CERT, "
                    "CAPTIONIST_C2PA_KEY), or remove them with --c2pa strip")
        if self.action == "sign":
            what = "re-signed" if self.store else "signed (the file had none)"
            return f"Content Credentials {would} {what} with the desk's certificate"
        return f"Content Credentials (C2PA, {self.store}) {would} removed: the file no longer proves its origin"


def plan(snap, cfg: C2paConfig, writes: bool) -> Plan | None:
    """The Content Credentials plan for an embedded write (`writes`: the plan changes bytes);
    None when there is nothing to say."""
    if snap.sidecar is not None or snap.format.name == "xmp":
        return None      # a sidecar write leaves the image's bytes, and so its manifest, intact
    store = snapshot_store(snap)
    if store is None:
        if writes and cfg.policy == "sign" and cfg.sign_unsigned:
            return Plan(cfg.policy, "sign", None)
        return None
    if not writes:
        return Plan(cfg.policy, "keep", store)
    return Plan(cfg.policy, cfg.policy, store, before=inspect(snap.path, snap.format.mime))


def write_hook(p: Plan | None, snap, cfg: C2paConfig, write_plan) -> Callable[[list], list] | None:
    """The `finish` hook for `writer.apply` when a plan signs or strips (else None); the
    captions are re-read from the final bytes against `write_plan`."""
    if p is None or p.action not in ("sign", "strip"):
        return None
    from . import exiv, writer

    def check_captions(data: bytes) -> None:
        # a JPEG's metadata is all in its header: exiv2 reads that, not the 10 MB behind it
        readable = jpeg.read_header(io.BytesIO(data)).carrier() if snap.header is not None else data
        writer.verify(write_plan, exiv.read(readable, snap.path), snap.path)
    return finisher(p, snap, cfg, check_captions)


def finisher(p: Plan, snap, cfg: C2paConfig, check_captions: Callable[[bytes], None]) -> Callable[[list], list]:
    """The hook `writer.apply` runs on the new file's parts before they go to the temp file:
    strip or sign, then verify. `check_captions(data)` re-reads the captions."""
    fmt, mime = snap.format.name, snap.format.mime

    def finish(parts: list) -> list:
        if p.action == "strip":
            if fmt == "jpeg" and isinstance(parts[0], bytes):
                header = strip(fmt, parts[0], snap.path)
                if find_store(fmt, header):
                    raise VerifyError(snap.path, "Content Credentials still present after removal; nothing was replaced")
                return [header, *parts[1:]]
            data = strip(fmt, materialize(parts), snap.path)
            if find_store(fmt, data):
                raise VerifyError(snap.path, "Content Credentials still present after removal; nothing was replaced")
            return [data]
        unsigned = materialize(parts)
        signed = sign(unsigned, snap.path, mime, snap.path.name, cfg)
        del unsigned
        if fmt == "jpeg":
            _same_scan(snap, signed)
        check_captions(signed)
        p.after = check_signed(signed, mime, (p.before or {}).get("manifest"), snap.path)
        return [signed]

    return finish


def _same_scan(snap, signed: bytes) -> None:
    """The compressed image data (from the first SOS on) must be the original's, byte for byte."""
    new = jpeg.read_header(io.BytesIO(signed))
    with open(snap.path, "rb") as f:
        f.seek(snap.header.scan_offset)
        old = f.read()
    if signed[new.scan_offset:] != old:
        raise VerifyError(snap.path, "signing changed the image data; nothing was replaced")


def materialize(parts: list) -> bytes:
    """The bytes of a `files.Part` list (a (path, offset) part is read from the file)."""
    out = []
    for part in parts:
        if isinstance(part, (bytes, bytearray, memoryview)):
            out.append(bytes(part))
        else:
            src, offset = part
            with open(src, "rb") as f:
                f.seek(offset)
                out.append(f.read())
    return b"".join(out)
