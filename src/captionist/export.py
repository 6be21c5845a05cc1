"""Exchange files: what images carry, in the formats DAMs and other tools read and write.

Four formats, each written by `export_*` and read back by `load_exchange`:

* ``iptc-json``: IPTC Photo Metadata JSON. A document is
  ``{"$schema": IPTC_PMD_SCHEMA, "photoVideoMetadataIPTC": {...}}`` whose inner object uses the
  IPTC PMD JSON ids (the same names captionist records use). Language alternatives are always
  objects of language tags (``{"x-default": "...", "nl": "..."}``). captionist adds a top-level
  ``sourceFile`` naming the image the document was read from; several images give a JSON array.
* ``exiftool-json``: what ``exiftool -json -G1 -struct -n`` prints: an array of objects with
  ``SourceFile`` and group-prefixed tag names (``IPTC:Caption-Abstract``, ``XMP-dc:Description``,
  ``XMP-iptcExt:LocationShown`` as a list of structures, ``IFD0:ImageDescription``). Each family
  (XMP, IIM, EXIF) is written as the file holds it. ExifTool imports it with
  ``exiftool -n -json=FILE IMAGE``.
* ``exiftool-csv``: the same tags as ``exiftool -csv -G1 -struct -n``: structures in ExifTool's
  serialised form (``{City=Paris,CountryCode=FRA}``, ``|`` escapes), lists of text joined with
  ", " (``[a,b]`` when an item holds ", "). ExifTool imports it with
  ``exiftool -n -sep ", " -csv=FILE IMAGE``.
* ``xmp``: an XMP sidecar, made by pyexiv2 through `captionist.exiv` from the same write plan
  an embed uses, so it holds exactly what captionist would embed.

Reading back accepts what ExifTool prints with or without ``-n`` (``2019:10:16 19:01:03+00:00``
dates, ``48 deg 16' 30.00" N`` coordinates, ``480 m`` altitudes, the PLUS licensing vocabulary's
display names) and without groups or with family-0 groups (``IPTC:``, ``XMP:``, ``EXIF:``).
Per property XMP wins, then IIM, then EXIF, as `captionist.reader.reconcile` does for files.

The ExifTool tag names are in ONE table here, `EXIFTOOL_TAGS`, transcribed from the columns
exiftool_XMP / exiftool_IIM / exiftool_EXIF of ../shared/reference/iptc-pmd-properties.tsv
(a test checks them against it). Structure fields follow ExifTool's rule: the XMP local name
with its first letter in upper case (``rbX`` -> ``RbX``), which the structs table confirms.
"""

from __future__ import annotations

import csv
import io
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Iterable

from . import codec, exiv, reader
from .errors import CaptionistError, RecordError, SourceError
from .metadata import RawMetadata
from .plan import make_plan
from .standard import BY_ID, PROPS, STRUCTS, Kind, Prop

FORMATS = ("iptc-json", "exiftool-json", "exiftool-csv", "xmp")
IPTC_PMD_SCHEMA = "http://www.iptc.org/std/photometadata/specification/iptc-pmd-schema.json"
IPTC_CONTAINER = "photoVideoMetadataIPTC"

# property id -> (ExifTool XMP tag, IIM tag, EXIF tag); None where the family has no mirror
# (or captionist does not write one). dateCreated's IIM time is IPTC:TimeCreated and its EXIF
# zone ExifIFD:OffsetTimeOriginal.
EXIFTOOL_TAGS: dict[str, tuple[str, str | None, str | None]] = {
    "description": ("XMP-dc:Description", "IPTC:Caption-Abstract", "IFD0:ImageDescription"),
    "headline": ("XMP-photoshop:Headline", "IPTC:Headline", None),
    "title": ("XMP-dc:Title", "IPTC:ObjectName", None),
    "creatorNames": ("XMP-dc:Creator", "IPTC:By-line", "IFD0:Artist"),
    "jobtitle": ("XMP-photoshop:AuthorsPosition", "IPTC:By-lineTitle", None),
    "creatorContactInfo": ("XMP-iptcCore:CreatorContactInfo", None, None),
    "creditLine": ("XMP-photoshop:Credit", "IPTC:Credit", None),
    "source": ("XMP-photoshop:Source", "IPTC:Source", None),
    "copyrightNotice": ("XMP-dc:Rights", "IPTC:CopyrightNotice", "IFD0:Copyright"),
    "usageTerms": ("XMP-xmpRights:UsageTerms", None, None),
    "dateCreated": ("XMP-photoshop:DateCreated", "IPTC:DateCreated", "ExifIFD:DateTimeOriginal"),
    "cityName": ("XMP-photoshop:City", "IPTC:City", None),
    "sublocationName": ("XMP-iptcCore:Location", "IPTC:Sub-location", None),
    "provinceState": ("XMP-photoshop:State", "IPTC:Province-State", None),
    "countryName": ("XMP-photoshop:Country", "IPTC:Country-PrimaryLocationName", None),
    "countryCode": ("XMP-iptcCore:CountryCode", "IPTC:Country-PrimaryLocationCode", None),
    "keywords": ("XMP-dc:Subject", "IPTC:Keywords", None),
    "subjectCodes": ("XMP-iptcCore:SubjectCode", "IPTC:SubjectReference", None),
    "sceneCodes": ("XMP-iptcCore:Scene", None, None),
    "intellectualGenre": ("XMP-iptcCore:IntellectualGenre", "IPTC:ObjectAttributeReference", None),
    "jobid": ("XMP-photoshop:TransmissionReference", "IPTC:OriginalTransmissionReference", None),
    "instructions": ("XMP-photoshop:Instructions", "IPTC:SpecialInstructions", None),
    "captionWriter": ("XMP-photoshop:CaptionWriter", "IPTC:Writer-Editor", None),
    "altTextAccessibility": ("XMP-iptcCore:AltTextAccessibility", None, None),
    "extDescrAccessibility": ("XMP-iptcCore:ExtDescrAccessibility", None, None),
    "personInImageNames": ("XMP-iptcExt:PersonInImage", None, None),
    "personsShown": ("XMP-iptcExt:PersonInImageWDetails", None, None),
    "locationCreated": ("XMP-iptcExt:LocationCreated", None, None),
    "locationsShown": ("XMP-iptcExt:LocationShown", None, None),
    "eventName": ("XMP-iptcExt:Event", None, None),
    "eventId": ("XMP-iptcExt:EventID", None, None),
    "organisationInImageNames": ("XMP-iptcExt:OrganisationInImageName", None, None),
    "organisationInImageCodes": ("XMP-iptcExt:OrganisationInImageCode", None, None),
    "artworkOrObjects": ("XMP-iptcExt:ArtworkOrObject", None, None),
    "productsShown": ("XMP-iptcExt:ProductInImage", None, None),
    "aboutCvTerms": ("XMP-iptcExt:AboutCvTerm", None, None),
    "genres": ("XMP-iptcExt:Genre", None, None),
    "contributors": ("XMP-iptcExt:Contributor", None, None),
    "imageRegion": ("XMP-iptcExt:ImageRegion", None, None),
    "digitalImageGuid": ("XMP-iptcExt:DigitalImageGUID", None, None),
    "digitalSourceType": ("XMP-iptcExt:DigitalSourceType", None, None),
    "imageSupplierImageId": ("XMP-plus:ImageSupplierImageID", None, None),
    "suppliers": ("XMP-plus:ImageSupplier", None, None),
    "imageCreators": ("XMP-plus:ImageCreator", None, None),
    "copyrightOwners": ("XMP-plus:CopyrightOwner", None, None),
    "licensors": ("XMP-plus:Licensor", None, None),
    "webstatementRights": ("XMP-xmpRights:WebStatement", None, None),
    "otherConstraints": ("XMP-plus:OtherConstraints", None, None),
    "dataMining": ("XMP-plus:DataMining", None, None),
    "embdEncRightsExprs": ("XMP-iptcExt:EmbdEncRightsExpr", None, None),
    "linkedEncRightsExprs": ("XMP-iptcExt:LinkedEncRightsExpr", None, None),
    "registryEntries": ("XMP-iptcExt:RegistryID", None, None),
    "modelReleaseStatus": ("XMP-plus:ModelReleaseStatus", None, None),
    "modelReleaseDocuments": ("XMP-plus:ModelReleaseID", None, None),
    "propertyReleaseStatus": ("XMP-plus:PropertyReleaseStatus", None, None),
    "propertyReleaseDocuments": ("XMP-plus:PropertyReleaseID", None, None),
    "minorModelAgeDisclosure": ("XMP-plus:MinorModelAgeDisclosure", None, None),
    "modelAges": ("XMP-iptcExt:ModelAge", None, None),
    "additionalModelInfo": ("XMP-iptcExt:AdditionalModelInformation", None, None),
    "maxAvailHeight": ("XMP-iptcExt:MaxAvailHeight", None, None),
    "maxAvailWidth": ("XMP-iptcExt:MaxAvailWidth", None, None),
    "imageRating": ("XMP-xmp:Rating", None, None),
    "aiSystemUsed": ("XMP-iptcExt:AISystemUsed", None, None),
    "aiSystemVersionUsed": ("XMP-iptcExt:AISystemVersionUsed", None, None),
    "aiPromptInformation": ("XMP-iptcExt:AIPromptInformation", None, None),
    "aiPromptWriterName": ("XMP-iptcExt:AIPromptWriterName", None, None),
}
IIM_TIME_TAG = "IPTC:TimeCreated"
EXIF_OFFSET_TAG = "ExifIFD:OffsetTimeOriginal"

# PLUS licensing vocabulary (http://ns.useplus.org/ldf/vocab/): ExifTool's value conversion
# drops the namespace ("MR-NAP"), its print conversion shows names ("Not Applicable"). Files
# hold the full URI; exports carry ExifTool's -n form, imports accept all three.
PLUS_VOCAB = "http://ns.useplus.org/ldf/vocab/"
_PLUS_NAMES: dict[str, dict[str, str]] = {
    "modelReleaseStatus": {"None": "MR-NON", "Not Applicable": "MR-NAP",
                           "Unlimited Model Releases": "MR-UMR",
                           "Limited or Incomplete Model Releases": "MR-LMR"},
    "propertyReleaseStatus": {"None": "PR-NON", "Not Applicable": "PR-NAP",
                              "Unlimited Property Releases": "PR-UPR",
                              "Limited or Incomplete Property Releases": "PR-LPR"},
    "minorModelAgeDisclosure": {"Age Unknown": "AG-UNK", "Age 25 or Over": "AG-A25",
                                "Age 15 or Under": "AG-A15",
                                **{f"Age {n}": f"AG-A{n}" for n in range(16, 25)}},
    "licensorTelephoneType1": {n.capitalize(): n for n in ("work", "cell", "fax", "home", "pager")},
    "licensorTelephoneType2": {n.capitalize(): n for n in ("work", "cell", "fax", "home", "pager")},
}
# IPTC region boundary codes are lower case; ExifTool's print conversion capitalises them.
_LOWER_CODES = {"rbShape", "rbUnit"}


def _plus_out(fid: str | None, value: Any) -> Any:
    if fid in _PLUS_NAMES and isinstance(value, str) and value.startswith(PLUS_VOCAB):
        return value[len(PLUS_VOCAB):]
    return value


def _plus_in(fid: str | None, text: str) -> str:
    if fid in _LOWER_CODES:
        return text.lower()
    if fid not in _PLUS_NAMES:
        return text
    text = _PLUS_NAMES[fid].get(text, text)
    return text if ":" in text else PLUS_VOCAB + text


def field_tag(f) -> str:
    """ExifTool's name for a structure field: the XMP local name, first letter upper case."""
    name = f.local_name
    return name[:1].upper() + name[1:]


# ============================================================================ values

def _et_date(iso: str) -> str:
    """ISO 8601 (any precision) -> ExifTool's "YYYY:MM:DD HH:MM:SS+zz:zz"."""
    date, _, time = iso.partition("T")
    return date.replace("-", ":") + (f" {time}" if time else "")


_ET_DATE = re.compile(r"^(\d{4})(?:[:-](\d{2})(?:[:-](\d{2})(?:[ T](.+))?)?)?$")


def _iso_date(text: str) -> str:
    m = _ET_DATE.match(text.strip())
    if not m:
        return text
    y, mo, d, time = m.groups()
    out = "-".join(x for x in (y, mo, d) if x)
    return f"{out}T{time.strip()}" if time else out


_DMS = re.compile(r"""^\s*(-?\d+(?:\.\d+)?)\s*deg\s*(?:(\d+(?:\.\d+)?)'\s*)?(?:(\d+(?:\.\d+)?)"\s*)?([NSEW])?\s*$""")


def _number(raw: Any) -> float | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, (int, float, Decimal)):
        return float(raw)
    if not isinstance(raw, str):
        return None
    m = _DMS.match(raw)
    if m:
        deg, mins, secs, ref = m.groups()
        value = float(deg) + float(mins or 0) / 60 + float(secs or 0) / 3600
        return round(-value if ref in ("S", "W") else value, 8)
    text = re.sub(r"\s*m$", "", raw.strip())   # GPSAltitude "480 m"
    ref = text[-1:] if text[-1:] in ("N", "S", "E", "W") else ""
    if ref:
        text = text[:-1].strip()
    try:
        value = float(text)
    except ValueError:
        return codec.gps_in(raw)
    return -value if ref in ("S", "W") else value


def _text(raw: Any) -> str | None:
    if raw is None:
        return None
    if isinstance(raw, list):
        raw = raw[0] if raw else None
        return _text(raw)
    if isinstance(raw, bool):
        return "True" if raw else "False"
    return str(raw)


def _to_et(out: dict[str, Any], name: str, kind: Kind, value: Any, struct: str | None,
           fid: str | None = None) -> None:
    """Put one value, in its record JSON form, into `out` the way ExifTool -n -struct shows it."""
    if kind is Kind.LANG_ALT:
        for tag, text in codec.lang_dict(value).items():
            out[name if tag == "x-default" else f"{name}-{tag}"] = text
    elif kind is Kind.DATE:
        out[name] = _et_date(value)
    elif kind is Kind.STRUCT:
        out[name] = _struct_to_et(struct, value)
    elif kind is Kind.STRUCTS:
        out[name] = [_struct_to_et(struct, v) for v in value]
    else:
        out[name] = _plus_out(fid, value)


def _struct_to_et(struct: str, value: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in STRUCTS[struct]:
        if value.get(f.id) is not None:
            _to_et(out, field_tag(f), f.kind, value[f.id], f.struct, f.id)
    return out


def _lang_variants(src: dict[str, Any], name: str) -> dict[str, str] | None:
    out: dict[str, str] = {}
    if src.get(name) is not None:
        out["x-default"] = _text(src[name])
    prefix = name + "-"
    for k, v in src.items():
        if k.startswith(prefix) and v is not None and re.match(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$", k[len(prefix):]):
            out[k[len(prefix):]] = _text(v)
    return out or None


def _from_et(kind: Kind, raw: Any, struct: str | None, fid: str | None = None) -> Any:
    """ExifTool's value (with or without -n) -> the record's JSON form; None when unusable."""
    if raw is None or raw == "" or raw == []:
        return None
    if kind is Kind.TEXT:
        return _plus_in(fid, _text(raw))
    if kind in (Kind.LIST, Kind.INT_LIST):
        items = raw if isinstance(raw, list) else [raw]
        if kind is Kind.INT_LIST:
            nums = [_number(x) for x in items]
            return [int(n) for n in nums if n is not None and n.is_integer()] or None
        return [_text(x) for x in items if _text(x)] or None
    if kind is Kind.INT:
        n = _number(raw)
        return int(n) if n is not None and n.is_integer() else None
    if kind is Kind.NUMBER:
        return _number(raw)
    if kind is Kind.DATE:
        return _iso_date(_text(raw))
    if kind is Kind.STRUCT:
        return _struct_from_et(struct, raw[0] if isinstance(raw, list) and raw else raw)
    if kind is Kind.STRUCTS:
        items = raw if isinstance(raw, list) else [raw]
        out = [s for s in (_struct_from_et(struct, x) for x in items) if s]
        return out or None
    if kind is Kind.LANG_ALT:   # a lone value (lang variants are gathered by the caller)
        return {"x-default": _text(raw)}
    raise AssertionError(kind)


def _struct_from_et(struct: str, raw: Any) -> dict[str, Any] | None:
    if not isinstance(raw, dict):
        return None
    out: dict[str, Any] = {}
    for f in STRUCTS[struct]:
        name = field_tag(f)
        if f.kind is Kind.LANG_ALT:
            v = _lang_variants(raw, name)
        else:
            v = _from_et(f.kind, raw.get(name), f.struct, f.id)
        if v is not None:
            out[f.id] = v
    return out or None


# ============================================================================ reading a file

def _xmp_values(snap: reader.Snapshot) -> dict[str, Any]:
    """The XMP family's values (the sidecar's first), each checked by the record model."""
    merged: dict[str, Any] = {}
    if snap.sidecar_raw is not None:
        merged.update(reader.decode_all(snap.sidecar_raw, ("xmp",))["xmp"])
    for k, v in reader.decode_all(snap.raw, ("xmp",))["xmp"].items():
        merged.setdefault(k, v)
    return reader.canonical(merged)


def exiftool_object(path: Path) -> dict[str, Any]:
    """One image as `exiftool -json -G1 -struct -n` shows the properties captionist knows."""
    snap = reader.load(Path(path))
    out: dict[str, Any] = {"SourceFile": str(path)}
    for pid, value in _xmp_values(snap).items():
        _to_et(out, EXIFTOOL_TAGS[pid][0], BY_ID[pid].kind, value, BY_ID[pid].struct, pid)
    iptc, exif = snap.raw.iptc, snap.raw.exif
    for p in PROPS:
        _xmp_tag, iim_tag, exif_tag = EXIFTOOL_TAGS[p.id]
        if iim_tag and p.iim is not None and iptc.get(p.iim.key) not in (None, "", []):
            raw = iptc[p.iim.key]
            if p.kind is Kind.DATE:
                out[iim_tag] = _text(raw).replace("-", ":")
                if iptc.get(codec.IIM_TIME_KEY):
                    out[IIM_TIME_TAG] = _text(iptc[codec.IIM_TIME_KEY])
            elif p.iim.repeatable:
                out[iim_tag] = raw if isinstance(raw, list) else [raw]
            else:
                out[iim_tag] = _text(raw)
        if exif_tag and p.exif is not None and isinstance(exif.get(p.exif), str) and exif[p.exif].strip("\x00 "):
            out[exif_tag] = exif[p.exif].rstrip("\x00")
            if p.kind is Kind.DATE and exif.get(codec.EXIF_OFFSET_KEY):
                out[EXIF_OFFSET_TAG] = exif[codec.EXIF_OFFSET_KEY]
    return out


def iptc_document(path: Path) -> dict[str, Any]:
    """One image as an IPTC Photo Metadata JSON document (reconciled values, XMP first)."""
    values = reader.load(Path(path)).values()
    inner: dict[str, Any] = {}
    for pid, value in values.items():
        prop = BY_ID[pid]
        inner[pid] = _iptc_value(prop.kind, value, prop.struct)
    return {"$schema": IPTC_PMD_SCHEMA, "sourceFile": str(path), IPTC_CONTAINER: inner}


def _iptc_value(kind: Kind, value: Any, struct: str | None) -> Any:
    if kind is Kind.LANG_ALT:
        return codec.lang_dict(value)
    if kind is Kind.STRUCT:
        return {f.id: _iptc_value(f.kind, value[f.id], f.struct) for f in STRUCTS[struct] if f.id in value}
    if kind is Kind.STRUCTS:
        return [_iptc_value(Kind.STRUCT, v, struct) for v in value]
    return value


def xmp_sidecar(path: Path) -> bytes:
    """An XMP sidecar holding what `path` carries, made as an embed would make it."""
    snap = reader.load(Path(path))
    return xmp_packet(snap.values(), where=path)


def xmp_packet(values: dict[str, Any], where: Any = "<xmp>") -> bytes:
    """A standalone XMP packet for record values (JSON form), through the write planner."""
    plan = make_plan(values, RawMetadata(), {}, frozenset({"xmp"}))
    if plan.empty:
        return exiv.SIDECAR_SKELETON
    return exiv.modify(exiv.SIDECAR_SKELETON, plan.ops, RawMetadata(), where)


# ============================================================================ writing exchange files

def export_iptc_json(paths: Iterable[Path]) -> str:
    docs = [iptc_document(p) for p in paths]
    return json.dumps(docs[0] if len(docs) == 1 else docs, ensure_ascii=False, indent=2) + "\n"


def export_exiftool_json(paths: Iterable[Path]) -> str:
    return json.dumps([exiftool_object(p) for p in paths], ensure_ascii=False, indent=2) + "\n"


def export_exiftool_csv(paths: Iterable[Path]) -> str:
    objs = [exiftool_object(p) for p in paths]
    columns: list[str] = ["SourceFile"]
    for o in objs:
        columns += [k for k in o if k not in columns]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(columns)
    for o in objs:
        w.writerow([_csv_value(o[c]) if c in o else "" for c in columns])
    return buf.getvalue()


def _csv_value(value: Any) -> str:
    """A CSV cell. A list of plain strings is joined with ", " as `exiftool -csv` prints it and
    `exiftool -sep ", " -csv=FILE` splits it, unless an item would make that ambiguous (it holds
    ", " or starts with "["): then ExifTool's serialised form [a,b], which captionist reads."""
    if isinstance(value, list) and not any(isinstance(v, (dict, list)) for v in value):
        items = [_num_text(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v) for v in value]
        if not any(", " in v or v.startswith("[") or v != v.strip() for v in items):
            return ", ".join(items)
    return _serialise(value, top=True)


# ExifTool's serialised structures (ExifTool "Structured Information", -struct with -csv):
# {Field=value,...} and [item,...]; a | escapes , = { } [ ] | inside values.
_SPECIAL = re.compile(r"([,=\{\}\[\]|])")


def _serialise(value: Any, top: bool = False) -> str:
    if isinstance(value, dict):
        return "{" + ",".join(f"{k}={_serialise(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ",".join(_serialise(v) for v in value) + "]"
    text = _num_text(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)
    if top:
        return text
    text = _SPECIAL.sub(r"|\1", text)
    # leading/trailing spaces would be trimmed on reading: escape them too
    if text[:1].isspace():
        text = "|" + text
    if text[-1:].isspace():
        text = text[:-1] + "|" + text[-1]
    return text


def _num_text(v: float | int) -> str:
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def _parse_serialised(text: str) -> Any:
    """Inverse of `_serialise` for one CSV cell that starts with { or [."""
    pos = 0

    def value() -> Any:
        nonlocal pos
        if pos < len(text) and text[pos] == "{":
            pos += 1
            out: dict[str, Any] = {}
            while pos < len(text) and text[pos] != "}":
                eq = text.index("=", pos)
                key = text[pos:eq].strip()
                pos = eq + 1
                out[key] = value()
                if pos < len(text) and text[pos] == ",":
                    pos += 1
            pos += 1
            return out
        if pos < len(text) and text[pos] == "[":
            pos += 1
            items = []
            while pos < len(text) and text[pos] != "]":
                items.append(value())
                if pos < len(text) and text[pos] == ",":
                    pos += 1
            pos += 1
            return items
        chars: list[tuple[str, bool]] = []          # (character, escaped)
        while pos < len(text) and text[pos] not in ",}]":
            if text[pos] == "|" and pos + 1 < len(text):
                pos += 1
                chars.append((text[pos], True))
            else:
                chars.append((text[pos], False))
            pos += 1
        # ExifTool trims whitespace around a value unless it is escaped
        while chars and not chars[0][1] and chars[0][0].isspace():
            chars.pop(0)
        while chars and not chars[-1][1] and chars[-1][0].isspace():
            chars.pop()
        return "".join(c for c, _ in chars)

    try:
        return value()
    except (ValueError, IndexError):
        return text


# ============================================================================ reading exchange files

_INDEX_FULL: dict[str, tuple[str, Prop]] = {}
_INDEX_BARE: dict[str, list[tuple[str, Prop]]] = {}
for _p in PROPS:
    for _family, _tag in zip(("xmp", "iim", "exif"), EXIFTOOL_TAGS[_p.id]):
        if _tag:
            _INDEX_FULL[_tag] = (_family, _p)
            _INDEX_BARE.setdefault(_tag.split(":", 1)[1], []).append((_family, _p))


def _family_of_group(group: str) -> str | None:
    g = group.upper()
    if g.startswith("XMP"):
        return "xmp"
    if g in ("IPTC", "IIM"):
        return "iim"
    if g in ("EXIF", "IFD0", "EXIFIFD"):
        return "exif"
    return None


def _lookup(key: str) -> tuple[str, Prop] | None:
    if key in _INDEX_FULL:
        return _INDEX_FULL[key]
    group, _, bare = key.rpartition(":")
    cands = _INDEX_BARE.get(bare, [])
    fam = _family_of_group(group) if group else None
    for family, prop in cands:
        if fam is None or fam == family:
            return family, prop
    return None


def record_from_exiftool(obj: dict[str, Any]) -> dict[str, Any]:
    """One ExifTool JSON object (or CSV row as a dict) -> record values (JSON form).

    Unknown tags are ignored; per property XMP wins, then IIM, then EXIF."""
    xmp: dict[str, Any] = {}
    iptc: dict[str, Any] = {}
    exif: dict[str, Any] = {}
    langs: dict[str, dict[str, str]] = {}
    for key, raw in obj.items():
        hit = _lookup(key)
        lang = None
        if hit is None:
            base, dash, lang = key.rpartition("-")
            hit = _lookup(base) if dash and re.match(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$|^x-default$", lang) else None
            if hit is None or hit[1].kind is not Kind.LANG_ALT or hit[0] != "xmp":
                if key.split(":")[-1] == "TimeCreated":
                    iptc[codec.IIM_TIME_KEY] = _text(raw)
                elif key.split(":")[-1] == "OffsetTimeOriginal":
                    exif[codec.EXIF_OFFSET_KEY] = _text(raw)
                continue
        family, prop = hit
        if family == "xmp":
            if prop.kind is Kind.LANG_ALT:
                if raw not in (None, ""):
                    langs.setdefault(prop.id, {})[lang or "x-default"] = _text(raw)
                continue
            v = _from_et(prop.kind, raw, prop.struct, prop.id)
            if v is not None:
                xmp[prop.id] = v
        elif family == "iim":
            if prop.kind is Kind.DATE:
                iptc[prop.iim.key] = _text(raw).replace(":", "-")
            elif isinstance(raw, list):
                iptc[prop.iim.key] = [_text(x) for x in raw]
            else:
                iptc[prop.iim.key] = _text(raw)
        else:
            exif[prop.exif] = _text(raw)
    for pid, d in langs.items():
        xmp[pid] = codec.lang_dict(d)
    merged = dict(xmp)
    per = reader.decode_all(RawMetadata(iptc=iptc, exif=exif), ("iim", "exif"))
    for layer in (per["iim"], per["exif"]):
        for k, v in layer.items():
            merged.setdefault(k, v)
    return merged


def _csv_cell(prop_kind: Kind | None, text: str) -> Any:
    if text == "":
        return None
    if text[:1] in "[{":
        return _parse_serialised(text)
    if prop_kind in (Kind.LIST, Kind.INT_LIST):
        return [x for x in text.split(", ") if x]   # ExifTool's default list separator
    return text


def _identity(source_file: str | None, fallback: str | None) -> dict[str, Any]:
    name = Path(source_file).name if source_file else None
    stem = Path(source_file).stem if source_file else fallback
    out: dict[str, Any] = {}
    if stem:
        out["id"] = stem
    if name:
        out["match"] = {"file": name}
    return out


def iptc_values(doc: dict[str, Any]) -> dict[str, Any]:
    """The properties of an IPTC PMD JSON document (or of a bare record object)."""
    inner = doc.get(IPTC_CONTAINER, doc)
    return dict(inner) if isinstance(inner, dict) else {}


def sniff(path: Path) -> str | None:
    """The exchange format of a file, or None when it is not one (a plain records file)."""
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".xmp":
        return "xmp"
    try:
        if ext == ".csv":
            with open(path, encoding="utf-8-sig", newline="") as f:
                header = next(csv.reader(f), [])
            return "exiftool-csv" if header[:1] == ["SourceFile"] else None
        if ext == ".json":
            data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
            return sniff_object(data)
    except (OSError, ValueError, UnicodeDecodeError):
        return None
    return None


def sniff_object(data: Any) -> str | None:
    first = data[0] if isinstance(data, list) and data else data
    if not isinstance(first, dict):
        return None
    if IPTC_CONTAINER in first:
        return "iptc-json"
    if "SourceFile" in first or any(":" in k for k in first):
        return "exiftool-json"
    return None


def objects_to_records(data: Any, fmt: str, fallback_id: str | None = None) -> list[Any]:
    """Record dicts (not yet validated) from a parsed iptc-json / exiftool-json value."""
    items = data if isinstance(data, list) else [data]
    out = []
    for item in items:
        if not isinstance(item, dict):
            out.append(item)
            continue
        if fmt == "iptc-json":
            values = iptc_values(item)
            ident = {} if "id" in values else _identity(item.get("sourceFile"), fallback_id if len(items) == 1 else None)
        else:
            values = record_from_exiftool(item)
            ident = _identity(item.get("SourceFile"), fallback_id if len(items) == 1 else None)
        out.append({**ident, **values})
    return out


def load_exchange(path: Path, fmt: str | None = None):
    """Records from an exchange file (format sniffed unless given), as a `RecordSet`."""
    from .sources import RecordSet, validate_record

    path = Path(path)
    fmt = fmt or sniff(path)
    if fmt not in FORMATS:
        raise SourceError(path, "not an exchange file (IPTC JSON, ExifTool JSON/CSV or XMP sidecar)")
    out = RecordSet()
    if fmt == "xmp":
        try:
            values = reader.load(path).values()
        except CaptionistError as e:
            raise SourceError(path, e.reason) from None
        items = [{"id": path.stem, **values}]
    elif fmt == "exiftool-csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as e:
            raise SourceError(path, f"cannot read: {e}") from None
        items = []
        for row in csv.DictReader(io.StringIO(text)):
            obj = {}
            for k, v in row.items():
                if k is None or v is None:
                    continue
                hit = _lookup(k)
                obj[k] = _csv_cell(hit[1].kind if hit else None, v)
            items.append({**_identity(row.get("SourceFile"), None), **record_from_exiftool(obj)})
    else:
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"), parse_float=Decimal)
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise SourceError(path, f"not valid JSON: {e}") from None
        items = objects_to_records(_undecimal(data), fmt, fallback_id=path.stem)
    for i, item in enumerate(items, 1):
        where = f"{path} [record {i}]"
        try:
            rec = validate_record(item, where, strict=False)
        except RecordError as e:
            out.errors.append(e)
            continue
        out.records.append(rec)
        out.origins[id(rec)] = where
    return out


def _undecimal(data: Any) -> Any:
    """JSON numbers are parsed as Decimal, then kept as written (`_Num`): ExifTool prints
    numeric-looking text (a GTIN, a version "1.10") as a JSON number, and a float would lose
    its digits."""
    if isinstance(data, list):
        return [_undecimal(x) for x in data]
    if isinstance(data, dict):
        return {k: _undecimal(v) for k, v in data.items()}
    if isinstance(data, Decimal):
        return _Num(str(data))
    return data


class _Num(str):
    """A JSON number kept as written: text where a tag is text, a number where it is numeric."""


def load_any(path: Path):
    """Records from any source: exchange files here, everything else by `sources.load_records`."""
    from .sources import load_records

    path = Path(path)
    if path.is_file() and sniff(path):
        return load_exchange(path)
    return load_records(path)


__all__ = ["FORMATS", "EXIFTOOL_TAGS", "export_iptc_json", "export_exiftool_json", "export_exiftool_csv",
           "xmp_sidecar", "xmp_packet", "load_exchange", "load_any", "sniff", "record_from_exiftool",
           "iptc_document", "exiftool_object"]
